// The spreadsheets of a round: Danh sách đề nghị khen thưởng per award form (grouped by unit), Tổng hợp
// per unit and award form with SUM formulas, Phiếu bầu for council members and Kết quả kiểm phiếu.
#pragma once
#include <string>
#include <vector>

#include "app/app.hpp"
#include "app/common.hpp"

namespace tdkt::app {

struct WorkbookRequest {
  std::string movement, round, out;
  std::string sort =
      "don_vi";         // "don_vi": by unit then tên; "quyet_dinh": the order of the Quyết định's list
  bool stream = false;  // constant memory even for small lists (large ones always stream)
  int64_t dossier = 0;  // only this dossier's list (no council sheets)
};
Outcome export_workbook(const Context& c, const WorkbookRequest& r);

// Writes the workbook for these nominations to path; council: add Phiếu bầu and Kết quả kiểm phiếu.
// Returns the number of list rows written.
struct WorkbookParts {
  bool council = true;
  std::string sort = "don_vi";
  bool stream = false;
};
size_t write_round_workbook(store::Store& s, const Context& c, const StoredMovement& L,
                            const std::string& round, std::vector<store::NominationRow> noms,
                            const std::string& path, const WorkbookParts& parts, core::Diagnostics& notes);

}  // namespace tdkt::app
