// The unit's own files in its dossier: a Báo cáo thành tích per nominee, one at a time or a whole folder
// matched to the nominees by file name. Each file is kept by content (store/files.hpp), so later edits of the
// original do not matter.
#include <filesystem>
#include <set>

#include "app/api.hpp"
#include "app/dossier/attach_match.hpp"
#include "app/workspace.hpp"
#include "core/files.hpp"
#include "text/utf8.hpp"
#include "workflow/nomination.hpp"

namespace tdkt::app {

namespace fs = std::filesystem;

namespace {
// A dossier that still takes attachments (being drafted, or returned for completion), or the refusal.
std::optional<Outcome> refuse_attach(const domain::Dossier& d) {
  if (workflow::with_unit(d.state)) return std::nullopt;
  return fail(kRefused, "hồ sơ số " + std::to_string(d.id) + " đã trình (" + domain::label(d.state) +
                            "): chỉ đính kèm khi đang lập hoặc được trả lại để bổ sung");
}

// Inside the transaction: the file kept by content and recorded as the nominee's report, with its audit row.
domain::StoredDocument keep_report(Workspace& w, const domain::Dossier& d, const domain::Nomination& n,
                                   const std::string& file, const std::string& bytes) {
  domain::StoredDocument r;
  r.dossier_id = d.id;
  r.nomination_id = n.id;
  r.kind = "bao_cao_thanh_tich";
  r.title = "Báo cáo thành tích — " + n.subject_name + " (" + fs::path(file).filename().string() + ")";
  r.blob = w.files().put(bytes, fs::path(file).extension().string());
  r.sha256 = core::sha256_hex(bytes);
  r.size = static_cast<int64_t>(bytes.size());
  r.source = domain::DocSource::Attached;
  r.id = w.store().add_document(r);
  w.audit("attach", "dossier", std::to_string(d.id), r.title + " sha256=" + r.sha256);
  return r;
}
}  // namespace

Outcome dossier_attach(Workspace& w, const DossierAttach& r) {
  auto d = w.dossier(r.dossier);
  if (!d) return d.error();
  if (auto no = refuse_attach(*d)) return *no;
  auto n = w.store().nomination(r.nomination);
  if (!n || n->dossier_id != r.dossier)
    return fail(kNotFound, "hồ sơ " + std::to_string(r.dossier) + " không có đề nghị số " +
                               std::to_string(r.nomination));
  std::string err;
  auto bytes = core::read_file(r.file, err);
  if (!bytes) return fail(kInvalidInput, r.file + ": " + err);
  if (bytes->empty()) return fail(kInvalidInput, r.file + ": tệp rỗng");
  domain::StoredDocument kept;
  w.transaction([&] { kept = keep_report(w, *d, *n, r.file, *bytes); });
  Outcome o;
  o.text = "Đã đính kèm " + kept.title + " (" + std::to_string(kept.size) + " byte, SHA-256 " +
           kept.sha256.substr(0, 16) + "…)\n";
  return o;
}

namespace {
// The files of a folder that may be reports: hidden files and Office lock files are skipped.
Result<std::vector<std::string>> folder_files(const std::string& folder) {
  std::error_code ec;
  if (!fs::is_directory(folder, ec))
    return fail(kInvalidInput, folder + ": không phải thư mục hoặc không đọc được");
  std::vector<std::string> files;
  for (auto& e : fs::directory_iterator(folder, ec)) {
    std::string name = e.path().filename().string();
    if (!skipped_file(name) && e.is_regular_file(ec)) files.push_back(name);
  }
  if (ec) return fail(kInvalidInput, folder + ": không đọc được thư mục (" + ec.message() + ")");
  std::sort(files.begin(), files.end());
  if (files.empty()) return fail(kInvalidInput, folder + ": thư mục không có tệp nào để đính kèm");
  return files;
}

// Kept nominees (or not yet voted) still without a report after this folder.
std::string still_missing(Workspace& w, int64_t dossier, const std::vector<domain::Nomination>& noms) {
  std::set<int64_t> have;
  for (auto& r : w.store().documents(dossier))
    if (r.kind == "bao_cao_thanh_tich" && r.nomination_id) have.insert(*r.nomination_id);
  std::string missing;
  for (auto& n : noms)
    if ((n.stage == domain::NominationStage::Proposed || workflow::kept_by_unit(n.stage)) &&
        !have.count(n.id))
      missing += (missing.empty() ? "" : ", ") + std::to_string(n.id) + " " + n.subject_name;
  return missing;
}
}  // namespace

Outcome dossier_attach_folder(Workspace& w, const DossierAttachFolder& r) {
  auto d = w.dossier(r.dossier);
  if (!d) return d.error();
  if (auto no = refuse_attach(*d)) return *no;
  auto files = folder_files(r.folder);
  if (!files) return files.error();
  auto noms = w.store().nominations(r.dossier);
  auto plan = match_folder(r.folder, *files, noms, r.dossier);
  if (!plan.problems.empty()) {
    std::string msg = r.folder + ": " + std::to_string(plan.problems.size()) + " lỗi, chưa đính kèm tệp nào:";
    for (auto& p : plan.problems) msg += "\n  " + p;
    return fail(
        kInvalidInput, msg,
        "đặt tên tệp theo họ tên hoặc mã của người, tập thể được đề nghị (ví dụ «Bao cao - Nguyen Van "
        "An.pdf»)");
  }
  w.transaction([&] {
    for (auto& m : plan.matches) keep_report(w, *d, *m.nomination, m.file, m.bytes);
  });
  Outcome o;
  o.text = "Đã đính kèm " + std::to_string(plan.matches.size()) + " báo cáo thành tích vào hồ sơ số " +
           std::to_string(r.dossier) + ":\n";
  for (auto& m : plan.matches)
    o.text += "  " + m.file + " → đề nghị số " + std::to_string(m.nomination->id) + " " +
              m.nomination->subject_name + "\n";
  if (std::string missing = still_missing(w, r.dossier, noms); !missing.empty())
    o.diags.warning({r.folder}, "", "còn thiếu Báo cáo thành tích của đề nghị: " + missing);
  return o;
}

}  // namespace tdkt::app
