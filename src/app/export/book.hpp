// The pieces of the council workbook its sheets share: the money per nomination (decided, else estimated),
// the order of the lists, the names of sheets and columns, and what every sheet of one workbook reads.
#pragma once
#include <cstddef>
#include <map>
#include <string>
#include <vector>

#include "app/workspace.hpp"
#include "render/xlsx/xlsx.hpp"

namespace tdkt::app::workbook {

// Lists above this size are always streamed (constant memory).
constexpr size_t kStreamAbove = 20000;

// "Đủ điều kiện" … "" when not appraised.
std::string appraisal_text(const domain::Nomination& n);
struct Money {
  std::map<int64_t, int64_t> by_nomination;
  bool estimated = false;
};
// Money per nomination: the decided amount, else coefficient × base salary today (an estimate).
Money money_of(const rules::LegalData* Lg, const StoredMovement& L,
               const std::vector<domain::Nomination>& noms, core::Date today, core::Diagnostics& notes);
// By unit (Vietnamese order of the unit name), then tên, đệm, họ; or the decision's order.
std::vector<domain::Nomination> ordered(std::vector<domain::Nomination> noms, const std::string& sort,
                                        const text::ToneOrder& tones);
std::string subtitle(const StoredMovement& L, const std::string& round);
// " (tập thể)" / " (cá nhân)" when another award form of the plan has the same name.
std::string kind_suffix(const StoredMovement& L, const domain::AwardForm& aw);
// A sheet name within Excel's 31 characters that still says which list it is.
std::string sheet_name(const domain::AwardForm& aw, bool with_kind);
std::vector<xlsx::Column> list_columns();

// What every sheet of one workbook reads.
struct Book {
  Workspace& w;
  const StoredMovement& L;
  const std::string& round;
  const std::vector<domain::Nomination>& noms;
  const Money& money;
  std::string money_note;
  text::ToneOrder tones;
  const rules::LegalData* legal;
};
std::vector<std::string> notes_of(const Book& b);

}  // namespace tdkt::app::workbook
