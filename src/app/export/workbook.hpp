// The spreadsheets of a round: Danh sách đề nghị khen thưởng per award form (grouped by unit), Tổng hợp per
// unit and award form with SUM formulas, Phiếu bầu for council members and Kết quả kiểm phiếu.
#pragma once
#include <string>
#include <vector>

#include "app/workspace.hpp"

namespace tdkt::app {

struct WorkbookParts {
  bool council = true;          // add Phiếu bầu and Kết quả kiểm phiếu
  std::string sort = "don_vi";  // "don_vi" | "quyet_dinh"
  bool stream = false;
};
// Writes the workbook for these nominations to path; returns the number of list rows written. Problems with
// the money estimates go to notes as warnings.
size_t write_round_workbook(Workspace& w, const StoredMovement& L, const std::string& round,
                            std::vector<domain::Nomination> noms, const std::string& path,
                            const WorkbookParts& parts, core::Diagnostics& notes);

}  // namespace tdkt::app
