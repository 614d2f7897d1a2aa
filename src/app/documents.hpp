// The documents one command makes, in three steps that keep the store's write lock short: render every form
// to DOCX and PDF in memory first (no transaction), then inside one short transaction keep the bytes by
// content (store/files.hpp) and record them with the change, then after the commit put the readable copies in
// the documents folder (temp + rename). A command that loses a race renders but records and publishes
// nothing.
#pragma once
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "app/workspace.hpp"
#include "core/json.hpp"

namespace tdkt::app {

// What a document is: its form, the stem of its readable files, its kind and title in the store.
struct DocumentSpec {
  std::string form, stem, kind, title;
};

class Documents {
 public:
  explicit Documents(Workspace& w) : w_(w) {}
  // Renders the form to DOCX and PDF in memory; false with the form's problems in d.
  bool render(const DocumentSpec& spec, const core::Json& data, core::Diagnostics& d);
  // A file made another way (a workbook), kept and recorded like the rendered ones.
  void add(const DocumentSpec& spec, const std::string& ext, std::string bytes);
  // Inside the transaction: keeps every pending file by content and records it; `link` ties each row to its
  // dossier, round or decision before it is added. Returns the rows of this call.
  std::vector<domain::StoredDocument> record(const std::function<void(domain::StoredDocument&)>& link = {});
  // After the commit: the readable copies of everything recorded.
  void publish();
  // Forgets what was rendered (before rendering again with another number).
  void clear();
  const std::vector<domain::StoredDocument>& recorded() const { return rows_; }
  // "; a.docx sha256=…; a.pdf sha256=…": the files recorded, for an audit row.
  static std::string detail(const std::vector<domain::StoredDocument>& docs);

 private:
  struct File {
    DocumentSpec spec;
    std::string ext, bytes;
  };
  Workspace& w_;
  std::vector<File> pending_;
  std::vector<std::pair<domain::StoredDocument, std::string>> kept_;  // row, bytes (until published)
  std::vector<domain::StoredDocument> rows_;
};

// The readable copy of a recorded document (its path in the documents folder) against that row's hash:
// Stale when it holds an older recorded version of the same path (a run killed between its commit and the
// copy), which restore_copy puts right from the kept bytes; Changed when it holds bytes never recorded.
enum class CopyState { Same, Stale, Changed, Missing };
CopyState readable_copy(Workspace& w, const domain::StoredDocument& d);
// Writes the kept bytes of d over its readable copy (temp + rename); false when they are not kept intact.
bool restore_copy(Workspace& w, const domain::StoredDocument& d);

// A number of a document series (an issuer's Tờ trình, Quyết định, Báo cáo… of a year).
struct Series {
  std::string issuer, series;
  int year = 0;
};
// Documents that carry numbers: render(numbers) renders with the numbers the series will give (outside the
// transaction), then one transaction takes them and runs commit(numbers); when another command took one
// meanwhile, everything is rendered again with the next ones. render returns a refusal, or nothing.
std::optional<Outcome> with_numbers(
    Workspace& w, Documents& docs, const std::vector<Series>& series,
    const std::function<std::optional<Outcome>(const std::vector<int>&)>& render,
    const std::function<void(const std::vector<int>&)>& commit);

// The audit action that records a dossier turned away for lateness (the plan refuses late dossiers): its
// detail is «nộp ngày …, quá hạn 03 ngày (hạn …)»; the Báo cáo thẩm định names each such dossier.
inline const std::string kLateRefusal = "tu_choi_nop_muon";

// A paper of the round another one cites: "số 01/BC-PNV ngày 11/02/2025" and who made it ("Phòng Nội vụ"),
// read from the latest stored document of that kind (titled "Báo cáo thẩm định số 01/BC-PNV của Phòng Nội
// vụ").
struct PaperCite {
  std::string number_date, by;
  std::string symbol;  // "BC-PNV": the kind and the code of the office whose register numbered it
};
std::optional<PaperCite> latest_paper(Workspace& w, int64_t movement_id, const std::string& round,
                                      const std::string& kind);

}  // namespace tdkt::app
