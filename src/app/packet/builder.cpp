// Building submission packets (see builder.hpp).
#include "app/packet/builder.hpp"

#include <unistd.h>

#include <chrono>
#include <filesystem>
#include <thread>

#include "app/documents.hpp"
#include "app/export/workbook.hpp"
#include "core/files.hpp"

namespace tdkt::app {

using core::Json;
namespace fs = std::filesystem;

bool PacketBuilder::stored(const domain::StoredDocument& d, const std::string& name,
                           const std::string& title) {
  std::string err, where = d.blob.empty() ? d.path : w_.files().absolute(d.blob);
  auto bytes = d.blob.empty() ? core::read_file(d.path, err) : w_.files().read(d.blob, err);
  if (!bytes) {
    problem_ = "không đọc được " + where + ": " + err;
    return false;
  }
  auto changed = [&](const std::string& file) {
    problem_ =
        "tệp " + file +
        " đã bị thay đổi sau khi lập (mã băm khác với mã đã ghi trong kho): lập lại văn bản rồi làm bộ hồ sơ";
    return false;
  };
  if (core::sha256_hex(*bytes) != d.sha256) return changed(where);
  // The readable copy is the one people open and sign: an edit of it must not pass unseen.
  if (!d.blob.empty() && !d.path.empty()) {
    auto state = readable_copy(w_, d);
    if (state == CopyState::Changed) return changed(d.path);
    // An older version left by a run killed before its copy was written: put right, not called an edit.
    if (state == CopyState::Stale) restore_copy(w_, d);
  }
  items_.push_back({{name, std::move(*bytes)}, d.kind, title, false});
  return true;
}

bool PacketBuilder::pair(const std::vector<domain::StoredDocument>& docs, const std::string& kind,
                         const std::string& stem, const std::string& title,
                         std::vector<render::pdf::MergePart>& into) {
  const auto* dx = latest(docs, kind, ".docx");
  const auto* pf = latest(docs, kind, ".pdf");
  if (!dx || !pf) return true;
  if (!stored(*dx, stem + ".docx", title) || !stored(*pf, stem + ".pdf", title)) return false;
  items_.back().in_pdf = true;
  into.push_back({title, items_.back().entry.bytes, {}});
  return true;
}

void PacketBuilder::add(const std::string& name, std::string bytes, const std::string& kind,
                        const std::string& title) {
  items_.push_back({{name, std::move(bytes)}, kind, title, false});
}

Outcome PacketBuilder::finish(Json manifest, const std::string& out, const std::string& root_title) {
  if (!parts_.empty()) {
    render::pdf::Options po;
    po.created = w_.now_iso();
    po.audit_head = w_.audit_anchor();
    add("ho-so-gop.pdf", render::pdf::merge(parts_, root_title, root_title, po), "pdf_gop",
        "Toàn bộ hồ sơ (một tệp PDF, có dấu trang)");
  }
  Json files = Json::array();
  std::vector<packet::Entry> entries;
  for (auto& it : items_) {
    Json f = packet::file_record(it.entry);
    f.set("title", Json::string(it.title));
    f.set("kind", Json::string(it.kind));
    if (it.in_pdf) f.set("in_merged_pdf", Json::boolean(true));
    files.push(std::move(f));
    entries.push_back(std::move(it.entry));
  }
  manifest.set("files", std::move(files));
  entries.insert(entries.begin(), packet::Entry{"manifest.json", core::to_json(manifest) + "\n"});
  // Test hook: pauses with the temporary file complete, so a test can kill the run.
  int delay = w_.env().hooks.packet_delay_ms;
  packet::write_zip(out, entries, w_.env().clock.now_unix(), [delay] {
    if (delay) std::this_thread::sleep_for(std::chrono::milliseconds(delay));
  });
  Outcome o;
  o.text = "Đã lập bộ hồ sơ " + out + ": " + std::to_string(entries.size() - 1) + " tệp và manifest.json\n";
  for (size_t i = 1; i < entries.size(); ++i)
    o.text += "  " + entries[i].name + " (" + std::to_string(entries[i].bytes.size()) + " byte)\n";
  o.result.set("file", Json::string(out));
  o.result.set("files", Json::integer(static_cast<int64_t>(entries.size() - 1)));
  return o;
}

const domain::StoredDocument* latest(const std::vector<domain::StoredDocument>& docs, const std::string& kind,
                                     const std::string& ext, std::optional<int64_t> nomination) {
  const domain::StoredDocument* r = nullptr;
  for (auto& d : docs) {
    std::string e = fs::path(d.blob.empty() ? d.path : d.blob).extension().string();
    if (d.kind == kind && (ext.empty() || e == ext) && (!nomination || d.nomination_id == nomination)) r = &d;
  }
  return r;
}

std::string doc_title(const domain::StoredDocument& d) {
  auto p = d.title.rfind(" (");
  return p == std::string::npos ? d.title : d.title.substr(0, p);
}

Json base_manifest(Workspace& w, const StoredMovement& L, core::Date on) {
  Json m = Json::object();
  m.set("format", Json::string("tdkt.packet/1"));
  m.set("created", Json::string(w.now_iso()));
  {
    // The chain head this packet was made at: a later truncation or recomputation of the log shows against
    // it.
    auto h = w.store().audit_head();
    Json a = Json::object();
    a.set("seq", Json::integer(h.seq));
    a.set("hash", Json::string(h.hash));
    m.set("audit_head", std::move(a));
  }
  Json mv = Json::object();
  mv.set("code", Json::string(L.row.code));
  mv.set("name", Json::string(L.m.name));
  mv.set("issuer", Json::string(L.m.issuer.name));
  m.set("movement", std::move(mv));
  auto Lg = w.legal();
  const auto* law = Lg ? (*Lg)->law_on(on) : nullptr;
  const auto* dec = Lg ? (*Lg)->decree_on(on) : nullptr;
  Json lb = Json::object();
  lb.set("law", Json::string(law ? law->name : ""));
  lb.set("decree", Json::string(dec ? dec->name : ""));
  lb.set("on", Json::string(on.iso()));
  m.set("legal_basis", std::move(lb));
  return m;
}

std::string list_bytes(Workspace& w, const StoredMovement& L, const std::string& round,
                       const std::vector<domain::Nomination>& noms, const std::string& sort) {
  fs::create_directories(w.files().root());
  std::string tmp = w.files().root() + "/danh-sach-" + std::to_string(::getpid()) + ".xlsx";
  WorkbookParts parts{false, sort, false};
  core::Diagnostics notes;
  write_round_workbook(w, L, round, noms, tmp, parts, notes);
  std::string err;
  auto bytes = core::read_file(tmp, err);
  fs::remove(tmp);
  if (!bytes) throw core::Error("không đọc lại được danh sách vừa lập: " + err);
  return *bytes;
}

}  // namespace tdkt::app
