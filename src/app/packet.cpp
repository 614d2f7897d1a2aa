// Submission packets (bộ hồ sơ trình): everything a level sends up, in the order of the plan's dossier
// composition, as DOCX and PDF, the XLSX list, one merged PDF with Vietnamese bookmarks, and
// manifest.json with the SHA-256 and size of every file. Stored documents are checked against the hash
// recorded when they were made: a file changed on disk since then stops the packet (exit 6).
#include "app/packet.hpp"

#include <unistd.h>

#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <map>
#include <thread>

#include "app/common.hpp"
#include "app/sheets.hpp"
#include "core/clock.hpp"
#include "core/files.hpp"
#include "domain/contest.hpp"
#include "packet/packet.hpp"
#include "render/pdf/pdf.hpp"
#include "workflow/workflow.hpp"

namespace tdkt::app {

using core::Json;
namespace fs = std::filesystem;

namespace {

struct Item {
  packet::Entry entry;
  std::string kind, title;
  bool in_pdf = false;
};

struct Builder {
  std::vector<Item> items;
  std::vector<render::pdf::MergePart> parts;
  std::string problem;  // a stored file that no longer matches its hash

  // Adds a stored document; false (with problem set) if the file is gone or changed.
  bool stored(const store::DocumentRow& d, const std::string& name, const std::string& title) {
    std::string err;
    auto bytes = core::read_file(d.path, err);
    if (!bytes) {
      problem = "không đọc được " + d.path + ": " + err;
      return false;
    }
    if (core::sha256_hex(*bytes) != d.sha256) {
      problem = "tệp " + d.path +
                " đã bị thay đổi sau khi lập (mã băm khác với mã đã ghi trong kho): lập lại văn bản rồi làm "
                "bộ hồ sơ";
      return false;
    }
    items.push_back({{name, *bytes}, d.kind, title, false});
    return true;
  }
};

const store::DocumentRow* latest(const std::vector<store::DocumentRow>& docs, const std::string& kind,
                                 const std::string& ext, std::optional<int64_t> nomination = std::nullopt) {
  const store::DocumentRow* r = nullptr;
  for (auto& d : docs)
    if (d.kind == kind && (ext.empty() || fs::path(d.path).extension() == ext) &&
        (!nomination || d.nomination_id == nomination))
      r = &d;
  return r;
}

// A DOCX + PDF pair of a stored document, the PDF also into the merged file.
bool pair(Builder& b, const std::vector<store::DocumentRow>& docs, const std::string& kind,
          const std::string& stem, const std::string& title, std::vector<render::pdf::MergePart>& into) {
  const auto* dx = latest(docs, kind, ".docx");
  const auto* pf = latest(docs, kind, ".pdf");
  if (!dx || !pf) return true;
  if (!b.stored(*dx, stem + ".docx", title)) return false;
  if (!b.stored(*pf, stem + ".pdf", title)) return false;
  b.items.back().in_pdf = true;
  into.push_back({title, b.items.back().entry.bytes, {}});
  return true;
}

// The XLSX list of these nominations (no council sheets), made next to the packet and read back.
std::string list_bytes(store::Store& s, const Context& c, const StoredMovement& L, const std::string& round,
                       const std::vector<store::NominationRow>& noms, const std::string& sort,
                       const std::string& out) {
  std::string tmp = out + ".danh-sach-" + std::to_string(::getpid()) + ".xlsx";
  WorkbookParts parts;
  parts.council = false;
  parts.sort = sort;
  core::Diagnostics notes;
  write_round_workbook(s, c, L, round, noms, tmp, parts, notes);
  std::string err;
  auto bytes = core::read_file(tmp, err);
  fs::remove(tmp);
  if (!bytes) throw core::Error("không đọc lại được danh sách vừa lập: " + err);
  return *bytes;
}

std::string doc_title(const store::DocumentRow& d) {
  std::string t = d.title;
  auto p = t.rfind(" (");
  return p == std::string::npos ? t : t.substr(0, p);
}

Outcome finish(const Context& c, Builder& b, Json manifest, const std::string& out,
               const std::string& root_title) {
  Outcome o;
  if (!b.parts.empty()) {
    render::pdf::Options po;
    po.created = core::now_iso();
    std::string merged = render::pdf::merge(b.parts, root_title, root_title, po);
    b.items.push_back(
        {{"ho-so-gop.pdf", merged}, "pdf_gop", "Toàn bộ hồ sơ (một tệp PDF, có dấu trang)", false});
  }
  Json files = Json::array();
  std::vector<packet::Entry> entries;
  for (auto& it : b.items) {
    Json f = packet::file_record(it.entry);
    f.set("title", Json::string(it.title));
    f.set("kind", Json::string(it.kind));
    if (it.in_pdf) f.set("in_merged_pdf", Json::boolean(true));
    files.push(std::move(f));
    entries.push_back(std::move(it.entry));
  }
  manifest.set("files", std::move(files));
  entries.insert(entries.begin(), packet::Entry{"manifest.json", core::to_json(manifest) + "\n"});
  // Test hook: TDKT_TEST_PACKET_DELAY_MS pauses with the temporary file complete, so a test can kill the run.
  auto hook = [] {
    if (const char* ms = std::getenv("TDKT_TEST_PACKET_DELAY_MS"))
      std::this_thread::sleep_for(std::chrono::milliseconds(std::atoi(ms)));
  };
  packet::write_zip(out, entries, core::now_unix(), hook);
  o.text = "Đã lập bộ hồ sơ " + out + ": " + std::to_string(entries.size() - 1) + " tệp và manifest.json\n";
  for (size_t i = 1; i < entries.size(); ++i)
    o.text += "  " + entries[i].name + " (" + std::to_string(entries[i].bytes.size()) + " byte)\n";
  o.result.set("file", Json::string(out));
  o.result.set("files", Json::integer(static_cast<int64_t>(entries.size() - 1)));
  (void)c;
  return o;
}

Json base_manifest(const StoredMovement& L, const std::optional<rules::LegalData>& Lg, core::Date on) {
  Json m = Json::object();
  m.set("format", Json::string("tdkt.packet/1"));
  m.set("created", Json::string(core::now_iso()));
  Json mv = Json::object();
  mv.set("code", Json::string(L.row.code));
  mv.set("name", Json::string(L.m.name));
  mv.set("issuer", Json::string(L.m.issuer.name));
  m.set("movement", std::move(mv));
  Json lb = Json::object();
  const auto* dec = Lg ? Lg->decree_on(on) : nullptr;
  lb.set("law", Json::string("Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022"));
  lb.set("decree", Json::string(dec ? dec->name : ""));
  lb.set("on", Json::string(on.iso()));
  m.set("legal_basis", std::move(lb));
  return m;
}

Outcome dossier_packet(const Context& c, store::Store& s, int64_t id, const std::string& out) {
  Outcome o;
  auto d = s.dossier(id);
  if (!d) return fail(kNotFound, "không có hồ sơ số " + std::to_string(id));
  auto L = load_movement(s, d->movement_code, o);
  if (!L) return o;
  core::Diagnostics ld;
  auto Lg = legal(c, ld);
  auto docs = s.documents(d->id);
  auto noms = s.nominations(d->id);
  Builder b;
  int k = 0;
  bool list_done = false;
  auto add_list = [&](const std::string& stem) {
    std::vector<store::NominationRow> kept;
    for (auto& n : noms)
      if (is_kept(n)) kept.push_back(n);
    if (kept.empty()) return;
    b.items.push_back({{stem + ".xlsx", list_bytes(s, c, *L, d->round, kept, "don_vi", out)},
                       "danh_sach_xlsx",
                       "Danh sách đề nghị khen thưởng (bảng tính)",
                       false});
    list_done = true;
  };
  for (auto& item : L->m.dossier) {
    if (item.doc == "to_trinh") {
      std::string kind = latest(docs, "to_trinh", ".pdf") ? "to_trinh" : "to_trinh_du_thao";
      const auto* pf = latest(docs, kind, ".pdf");
      if (!pf) continue;
      std::string title = doc_title(*pf) + " kèm Danh sách";
      if (!pair(b, docs, kind, two_digits(++k) + "-to-trinh", title, b.parts))
        return fail(kVerifyFailed, b.problem);
    } else if (item.doc == "danh_sach") {
      add_list(two_digits(++k) + "-danh-sach");
    } else if (item.doc == "bien_ban" || item.doc == "trich_bien_ban") {
      const auto* pf = latest(docs, item.doc, ".pdf");
      if (!pf) continue;
      if (!pair(b, docs, item.doc,
                two_digits(++k) + (item.doc == "bien_ban" ? "-bien-ban" : "-trich-bien-ban"), doc_title(*pf),
                b.parts))
        return fail(kVerifyFailed, b.problem);
    } else if (item.doc == "bao_cao_thanh_tich") {
      std::string folder = two_digits(++k) + "-bao-cao-thanh-tich/";
      render::pdf::MergePart group{"Báo cáo thành tích", "", {}};
      for (auto& n : noms) {
        if (!is_kept(n)) continue;
        const auto* a = latest(docs, "bao_cao_thanh_tich", "", n.id);
        if (!a) continue;
        std::string ext = fs::path(a->path).extension().string();
        std::string name =
            folder + two_digits(static_cast<int>(n.id)) + "-" + n.subject_type + "-" + n.subject_code + ext;
        if (!b.stored(*a, name, "Báo cáo thành tích — " + n.subject_name))
          return fail(kVerifyFailed, b.problem);
        if (ext == ".pdf") {
          b.items.back().in_pdf = true;
          group.children.push_back({n.subject_name, b.items.back().entry.bytes, {}});
        }
      }
      if (!group.children.empty()) b.parts.push_back(std::move(group));
    }
  }
  if (!list_done) add_list("danh-sach-de-nghi");
  if (b.items.empty())
    return fail(kRefused, "hồ sơ số " + std::to_string(id) + " chưa có văn bản nào (tdkt dossier generate)");
  core::Date on = core::parse_date(d->submission_date).value_or(core::today());
  Json m = base_manifest(*L, Lg, on);
  Json dj = Json::object();
  dj.set("id", Json::integer(d->id));
  dj.set("unit", Json::string(d->agency_code));
  dj.set("unit_name", Json::string(d->agency_name));
  dj.set("round", Json::string(d->round));
  dj.set("state", Json::string(d->state));
  dj.set("state_label", Json::string(workflow::label(*workflow::parse_state(d->state))));
  dj.set("version", Json::integer(d->version));
  dj.set("submission_number", Json::string(d->submission_number));
  dj.set("submission_date", Json::string(d->submission_date));
  int kept = 0;
  for (auto& n : noms) kept += is_kept(n);
  dj.set("nominations", Json::integer(kept));
  m.set("dossier", std::move(dj));
  return finish(c, b, std::move(m), out, "Hồ sơ đề nghị khen thưởng — " + d->agency_name);
}

Outcome decision_packet(const Context& c, store::Store& s, int64_t id, const std::string& out) {
  Outcome o;
  std::optional<store::DecisionRow> dec;
  std::optional<store::MovementRow> mv;
  for (auto& m : s.movements())
    for (auto& x : s.decisions(m.id))
      if (x.id == id) {
        dec = x;
        mv = m;
      }
  if (!dec)
    return fail(kNotFound, "không có quyết định số hiệu nội bộ " + std::to_string(id),
                "xem: tdkt movement status MÃ");
  auto L = load_movement(s, mv->code, o);
  if (!L) return o;
  core::Diagnostics ld;
  auto Lg = legal(c, ld);
  Builder b;
  auto qd = s.decision_documents(dec->id);
  std::string so = two_digits(dec->number) + "/" + dec->symbol;
  if (!pair(b, qd, "quyet_dinh", "01-quyet-dinh", "Quyết định số " + so + " kèm Danh sách", b.parts))
    return fail(kVerifyFailed, b.problem);
  std::vector<store::NominationRow> awarded;
  std::map<int64_t, bool> dossiers;
  for (auto& n : s.round_nominations(L->row.id, dec->round))
    if (n.decision_id && *n.decision_id == dec->id) {
      awarded.push_back(n);
      dossiers[n.dossier_id] = true;
    }
  if (!awarded.empty()) {
    b.items.push_back(
        {{"02-danh-sach-khen-thuong.xlsx", list_bytes(s, c, *L, dec->round, awarded, "quyet_dinh", out)},
         "danh_sach_xlsx",
         "Danh sách tập thể, cá nhân được khen thưởng (bảng tính)",
         false});
  }
  render::pdf::MergePart group{"Tờ trình của các đơn vị", "", {}};
  for (auto& [did, _] : dossiers) {
    auto docs = s.documents(did);
    auto d = s.dossier(did);
    std::vector<render::pdf::MergePart> sub;
    const auto* pf = latest(docs, "to_trinh", ".pdf");
    if (!pf) continue;
    if (!pair(b, docs, "to_trinh", "03-to-trinh/ho-so-" + two_digits(static_cast<int>(did)),
              doc_title(*pf) + " — " + d->agency_name, sub))
      return fail(kVerifyFailed, b.problem);
    for (auto& x : sub) group.children.push_back(std::move(x));
  }
  if (!group.children.empty()) b.parts.push_back(std::move(group));
  // What the council decided from: the appraisal report and the minutes of its sitting, when made in tdkt.
  auto round_docs = s.round_documents(L->row.id, dec->round);
  if (const auto* pf = latest(round_docs, "bao_cao_tham_dinh", ".pdf"))
    if (!pair(b, round_docs, "bao_cao_tham_dinh", "04-bao-cao-tham-dinh", doc_title(*pf), b.parts))
      return fail(kVerifyFailed, b.problem);
  if (const auto* pf = latest(round_docs, "bien_ban_hoi_dong", ".pdf"))
    if (!pair(b, round_docs, "bien_ban_hoi_dong", "05-bien-ban-hoi-dong", doc_title(*pf), b.parts))
      return fail(kVerifyFailed, b.problem);
  Json m = base_manifest(*L, Lg, core::parse_date(dec->date).value_or(core::today()));
  Json dj = Json::object();
  dj.set("id", Json::integer(dec->id));
  dj.set("number", Json::string(so));
  dj.set("date", Json::string(dec->date));
  dj.set("round", Json::string(dec->round));
  dj.set("awardees", Json::integer(static_cast<int64_t>(awarded.size())));
  dj.set("total_money", Json::integer(dec->total_money));
  m.set("decision", std::move(dj));
  return finish(c, b, std::move(m), out, "Quyết định khen thưởng số " + so);
}

// What goes to the higher council after a contest: the Tờ trình with its list, the decision that recognised
// the results, the jury's minutes and score summary (with the workbook), and the files of the entries
// forwarded.
Outcome contest_packet(const Context& c, store::Store& s, const std::string& movement,
                       const std::string& out) {
  Outcome o;
  auto L = load_movement(s, movement, o);
  if (!L) return o;
  if (L->m.kind != "cuoc_thi")
    return fail(kInvalidInput, "phong trào «" + movement + "» không phải một cuộc thi");
  auto docs = s.round_documents(L->row.id, "cuoc_thi");
  const auto* tt = latest(docs, "to_trinh_sang_kien", ".pdf");
  if (!tt)
    return fail(kRefused, "cuộc thi «" + movement + "» chưa có Tờ trình gửi cấp trên",
                "tdkt contest award --movement " + movement);
  Builder b;
  core::Diagnostics ld;
  auto Lg = legal(c, ld);
  struct Part {
    const char* kind;
    const char* stem;
  };
  for (Part p : {Part{"to_trinh_sang_kien", "01-to-trinh"}, Part{"quyet_dinh_trao_giai", "02-quyet-dinh"},
                 Part{"bien_ban_giam_khao", "03-bien-ban-giam-khao"},
                 Part{"bang_tong_hop_diem", "04-bang-tong-hop-diem"}}) {
    const auto* pf = latest(docs, p.kind, ".pdf");
    if (pf && !pair(b, docs, p.kind, p.stem, doc_title(*pf), b.parts)) return fail(kVerifyFailed, b.problem);
  }
  if (const auto* x = latest(docs, "bang_tong_hop_diem", ".xlsx"))
    if (!b.stored(*x, "04-bang-tong-hop-diem.xlsx", "Bảng tổng hợp điểm (bảng tính)"))
      return fail(kVerifyFailed, b.problem);
  // The forwarded entries: the prize winners in rank order, as many as the rules forward, with their files.
  int forward = 0;
  if (auto raw = s.contest_rules(L->row.id)) {
    core::Diagnostics rd;
    if (auto j = core::parse_json(*raw, "thể lệ", rd))
      if (auto r = domain::parse_contest(*j, "thể lệ", rd)) forward = r->forward;
  }
  auto entries = s.entries(L->row.id);
  std::sort(entries.begin(), entries.end(),
            [](auto& a, auto& z) { return a.rank.value_or(1 << 30) < z.rank.value_or(1 << 30); });
  Json sent = Json::array();
  int k = 0;
  for (auto& e : entries) {
    if (e.prize.empty() || k >= forward) continue;
    ++k;
    if (e.file_path.empty()) continue;  // an entry handed in on paper
    std::string err;
    auto bytes = core::read_file(e.file_path, err);
    if (!bytes) return fail(kVerifyFailed, "không đọc được bài dự thi " + e.code + ": " + err);
    if (core::sha256_hex(*bytes) != e.file_sha256)
      return fail(kVerifyFailed,
                  "tệp bài dự thi " + e.code + " đã bị thay đổi sau khi nhận (mã băm khác với mã đã ghi)");
    std::string name = "05-bai-du-thi/" + e.code + fs::path(e.file_path).extension().string();
    b.items.push_back({{name, *bytes}, "bai_du_thi", "Bài dự thi " + e.code + ": «" + e.title + "»", false});
    Json x = Json::object();
    x.set("code", Json::string(e.code));
    x.set("title", Json::string(e.title));
    x.set("authors", Json::string(e.author_names));
    x.set("prize", Json::string(e.prize));
    sent.push(std::move(x));
  }
  Json m = base_manifest(*L, Lg, core::today());
  m.set("contest_entries", std::move(sent));
  return finish(c, b, std::move(m), out, "Hồ sơ cuộc thi — " + L->m.name);
}

}  // namespace

Outcome packet_build(const Context& c, const std::string& target, const std::string& out) {
  return guarded([&] {
    if (target.rfind("ct:", 0) == 0) {
      if (out.empty()) return fail(kUsage, "cần -o TỆP.zip");
      auto s = open_store(c);
      return contest_packet(c, *s, target.substr(3), out);
    }
    bool decision = target.rfind("qd:", 0) == 0;
    std::string num = decision ? target.substr(3) : target;
    if (num.empty() || num.size() > 12 || num.find_first_not_of("0123456789") != std::string::npos)
      return fail(kUsage,
                  "«" + target +
                      "» không phải số hồ sơ (ví dụ 3), quyết định (ví dụ qd:1) hay cuộc thi (ví dụ ct:MÃ)");
    if (out.empty()) return fail(kUsage, "cần -o TỆP.zip");
    auto s = open_store(c);
    return decision ? decision_packet(c, *s, std::stoll(num), out)
                    : dossier_packet(c, *s, std::stoll(num), out);
  });
}

Outcome packet_verify(const Context& c, const std::string& file) {
  return guarded([&] {
    (void)c;
    Outcome o;
    if (!fs::exists(file)) return fail(kNotFound, "không có tệp " + file);
    Json manifest;
    auto r = packet::verify(file, manifest, o.diags);
    if (o.diags.has_errors()) {
      o.exit = kVerifyFailed;
      return o;
    }
    for (auto& x : r.missing) o.diags.error({file}, "", "thiếu tệp «" + x + "» (có trong manifest.json)");
    for (auto& x : r.extra) o.diags.error({file}, "", "thừa tệp «" + x + "» (không có trong manifest.json)");
    for (auto& x : r.changed)
      o.diags.error({file}, "",
                    "tệp «" + x + "» đã bị thay đổi (mã SHA-256 hoặc kích thước khác manifest.json)");
    o.result.set("checked", Json::integer(static_cast<int64_t>(r.checked)));
    o.result.set("ok", Json::boolean(r.ok()));
    if (!r.ok()) {
      o.exit = kVerifyFailed;
      o.text = "Bộ hồ sơ KHÔNG TOÀN VẸN: " + std::to_string(r.missing.size()) + " thiếu, " +
               std::to_string(r.extra.size()) + " thừa, " + std::to_string(r.changed.size()) +
               " bị thay đổi\n";
      return o;
    }
    std::string what;
    if (const auto* d = manifest.find("dossier"))
      what = "hồ sơ số " + std::to_string(d->find("id") ? d->find("id")->as_int() : 0);
    if (const auto* d = manifest.find("decision"))
      what = "Quyết định số " + (d->find("number") ? d->find("number")->as_string() : "");
    o.text = "Bộ hồ sơ toàn vẹn (" + what + "): " + std::to_string(r.checked) +
             " tệp khớp mã SHA-256 và kích thước trong manifest.json\n";
    return o;
  });
}

}  // namespace tdkt::app
