// The lists units send (tdkt import): the columns of each kind of list, the sheet as read with its header row
// mapped by Vietnamese titles, the checked text of a cell, and the problems of a file reported by sheet, row
// and column, with a copy of the file that marks them.
#pragma once
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "app/outcome.hpp"
#include "core/date.hpp"
#include "intake/sheet.hpp"

namespace tdkt::app::intake_list {

struct ColumnSpec {
  std::string key, title;            // title: the header of the template
  std::vector<std::string> aliases;  // accepted headers (compared in lower case, NFC, spaces folded)
  bool required;
  std::string help, example;
};

const std::vector<ColumnSpec>& nomination_columns();
const std::vector<ColumnSpec>& people_columns();
const std::vector<ColumnSpec>& unit_columns();
const std::vector<ColumnSpec>& columns_of(const std::string& kind);

// Lower case, NFC, spaces folded: how headers, names and codes are compared.
std::string norm(const std::string& s);

struct Problem {
  int row = 0;   // 1-based row of the file (0: about the file)
  int col = -1;  // 0-based column, -1: the whole row
  std::string code, message;
};

struct Sheet {
  intake::Sheet t;
  int header_row = 0;                    // 1-based
  std::map<std::string, size_t> col;     // key → column
  std::map<size_t, std::string> header;  // column → header text as written
};

// "trang «S», dòng R, cột C «Header»".
std::string where(const Sheet& s, int row, int col);
// Finds the header row among the first 30 rows: the first row where every required column is found.
bool map_header(Sheet& s, const std::vector<ColumnSpec>& spec, std::vector<Problem>& file_problems,
                core::Diagnostics& warnings);

// The text of a cell for a text column, checked: formulas, numbers where a name is expected, control
// characters and length are problems.
struct Field {
  const Sheet& s;
  const intake::Row& r;
  std::vector<Problem>& out;
  bool present(const std::string& key) const { return s.col.count(key) > 0; }
  int col(const std::string& key) const { return present(key) ? static_cast<int>(s.col.at(key)) : -1; }
  const intake::Cell& cell(const std::string& key) const;
  void problem(const std::string& key, const std::string& code, const std::string& msg) const {
    out.push_back({r.number, col(key), code, msg});
  }
  // nullopt after a problem; "" when empty.
  std::optional<std::string> text(const std::string& key, size_t max_len, bool names = false) const;
  // Dates: an Excel date (serial number), dd/mm/yyyy, d/m/yyyy or yyyy-mm-dd.
  std::optional<std::optional<core::Date>> date(const std::string& key) const;
};

// Values of a row that no header names are a problem, as dropping them would lose data unseen: in a CSV,
// fields past the header row's (they have shifted: a comma in a cell without quotes); in a workbook, a value
// under a header merged over several columns (which column it belongs to is not guessed).
void extra_fields(const Field& f);

// Every problem as an error of the file, located by sheet, row and column, with its code.
void report(const Sheet& s, const std::vector<Problem>& ps, core::Diagnostics& d);
// After the rows: an empty list is a problem too; every problem goes to the report, and to the marked copy
// (created with the clock's time) when one was asked for.
void close_rows(const Sheet& sh, std::vector<Problem>& ps, size_t data_rows, const std::string& mark,
                long long created, Outcome& o);

}  // namespace tdkt::app::intake_list
