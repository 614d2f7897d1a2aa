// Rendering, keeping and publishing the documents of a command (see documents.hpp).
#include "app/documents.hpp"

#include <filesystem>

#include "core/files.hpp"
#include "doc/document.hpp"
#include "forms/pipeline.hpp"

namespace tdkt::app {

namespace fs = std::filesystem;

bool Documents::render(const DocumentSpec& spec, const core::Json& data, core::Diagnostics& d) {
  const auto* decl = w_.forms().find(spec.form);
  if (!decl) {
    d.error({}, "", "không có mẫu «" + spec.form + "»");
    d.append(w_.form_problems());
    return false;
  }
  auto t = w_.templates();
  // The reviewed goldens of the example rounds (tests/cli/pdf_fidelity.sh, tests/golden/rounds): each
  // document's view data and IR under its file stem, the last rendering winning as its readable copy does.
  // A test hook only: the IR is built once more here rather than threaded out of the render below.
  if (const std::string& dir = w_.env().hooks.keep_form_data; !dir.empty()) {
    core::Diagnostics quiet;
    if (auto view = forms::prepare(*decl, data, spec.stem, quiet))
      if (auto ir = forms::to_document(*decl, *view, t, "", quiet)) {
        core::write_file_atomic(dir + "/" + spec.stem + ".json", core::to_json(data, 2) + "\n");
        core::write_file_atomic(dir + "/" + spec.stem + ".ir", doc::dump(*ir));
      }
  }
  std::string head = w_.audit_anchor();  // read once for both files (only the PDF carries it)
  for (const std::string to : {"docx", "pdf"}) {
    forms::Output out{to, w_.now_iso(), w_.env().fonts_dir, {}, head};
    auto bytes = forms::render(*decl, data, t, out, spec.stem, "", d);
    if (!bytes) return false;
    pending_.push_back({spec, "." + to, std::move(*bytes)});
  }
  return true;
}

void Documents::add(const DocumentSpec& spec, const std::string& ext, std::string bytes) {
  pending_.push_back({spec, ext, std::move(bytes)});
}

std::vector<domain::StoredDocument> Documents::record(
    const std::function<void(domain::StoredDocument&)>& link) {
  std::string dir = w_.documents_dir();
  std::vector<domain::StoredDocument> now;
  for (auto& f : pending_) {
    domain::StoredDocument r;
    r.kind = f.spec.kind;
    r.title = f.spec.title + " (" + f.ext.substr(1) + ")";
    r.path = dir + "/" + f.spec.stem + f.ext;
    r.blob = w_.files().put(f.bytes, f.ext);
    r.sha256 = core::sha256_hex(f.bytes);
    r.size = static_cast<int64_t>(f.bytes.size());
    r.source = domain::DocSource::Generated;
    if (link) link(r);
    r.id = w_.store().add_document(r);
    now.push_back(r);
    rows_.push_back(r);
    kept_.emplace_back(r, std::move(f.bytes));
  }
  pending_.clear();
  return now;
}

void Documents::publish() {
  for (auto& [row, bytes] : kept_) {
    std::error_code ec;
    fs::create_directories(fs::path(row.path).parent_path(), ec);
    core::write_file_atomic(row.path, bytes);
  }
  kept_.clear();
}

void Documents::clear() {
  pending_.clear();
  kept_.clear();
  rows_.clear();
}

CopyState readable_copy(Workspace& w, const domain::StoredDocument& d) {
  std::string err;
  auto copy = core::read_file(d.path, err);
  if (!copy) return CopyState::Missing;
  std::string h = core::sha256_hex(*copy);
  if (h == d.sha256) return CopyState::Same;
  for (auto& v : w.store().all_documents())
    if (v.path == d.path && v.id < d.id && v.sha256 == h) return CopyState::Stale;
  return CopyState::Changed;
}

bool restore_copy(Workspace& w, const domain::StoredDocument& d) {
  if (d.blob.empty()) return false;
  std::string err;
  auto bytes = w.files().read(d.blob, err);
  if (!bytes || core::sha256_hex(*bytes) != d.sha256) return false;
  core::write_file_atomic(d.path, *bytes);
  return true;
}

std::string Documents::detail(const std::vector<domain::StoredDocument>& docs) {
  std::string s;
  for (auto& d : docs) s += "; " + fs::path(d.path).filename().string() + " sha256=" + d.sha256;
  return s;
}

namespace {
struct NumberTaken {};
}  // namespace

std::optional<Outcome> with_numbers(
    Workspace& w, Documents& docs, const std::vector<Series>& series,
    const std::function<std::optional<Outcome>(const std::vector<int>&)>& render,
    const std::function<void(const std::vector<int>&)>& commit) {
  for (int attempt = 0;; ++attempt) {
    std::vector<int> numbers;
    for (auto& s : series) numbers.push_back(w.store().peek_number(s.issuer, s.series, s.year));
    docs.clear();
    if (auto refused = render(numbers)) return refused;
    try {
      w.transaction([&] {
        for (size_t i = 0; i < series.size(); ++i)
          if (w.store().next_number(series[i].issuer, series[i].series, series[i].year) != numbers[i])
            throw NumberTaken{};
        commit(numbers);
      });
      docs.publish();
      return std::nullopt;
    } catch (const NumberTaken&) {
      if (attempt >= 8) return fail(kConflict, "số văn bản liên tục bị lệnh khác lấy trước: thực hiện lại");
    }
  }
}

std::optional<PaperCite> latest_paper(Workspace& w, int64_t movement_id, const std::string& round,
                                      const std::string& kind) {
  std::optional<PaperCite> out;
  for (auto& d : w.store().round_documents(movement_id, round)) {
    size_t at = d.title.find(" số ");
    if (d.kind != kind || at == std::string::npos) continue;
    std::string rest = d.title.substr(at + 1);
    rest = rest.substr(0, rest.find(" ("));  // "(docx)", "(pdf)"
    const std::string of = " của ";
    size_t by = rest.find(of);
    auto on = core::parse_date(d.created_at.substr(0, 10));
    std::string number = rest.substr(0, by);  // "số 01/BC-PNV"
    size_t slash = number.find('/');
    out = PaperCite{number + (on ? " ngày " + on->dmy() : ""),
                    by == std::string::npos ? "" : rest.substr(by + of.size()),
                    slash == std::string::npos ? "" : number.substr(slash + 1)};
  }
  return out;
}

}  // namespace tdkt::app
