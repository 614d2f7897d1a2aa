// Reading the lists units send: XLSX (libzip + pugixml; libxlsxwriter cannot read) and CSV (UTF-8, with or
// without BOM, comma or semicolon). Hostile files are refused with a clear reason before anything is
// parsed: zip entries with absolute or ".." paths, members larger than the limits or compressed far more
// than real spreadsheets are (zip bombs), XML with a DOCTYPE or entities, invalid UTF-8.
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "core/diag.hpp"
#include "core/limits.hpp"

namespace tdkt::intake {

struct Cell {
  enum class Kind { Empty, Text, Number, Bool, Formula, Error } kind = Kind::Empty;
  std::string text;          // as read (the cached value of a formula; the number as written for Number)
  double number = 0;         // Number, or a Formula's cached number
  bool date_format = false;  // a number cell formatted as a date (an Excel serial day)
};

struct Row {
  int number = 0;           // 1-based, as the user sees it
  std::vector<Cell> cells;  // index = column (0-based)
  const Cell& at(size_t col) const;
  bool blank() const;
};

// A range of merged cells of a sheet ("B1:C1").
struct Merge {
  std::string ref;
  size_t first_col = 0, last_col = 0;  // 0-based
  int first_row = 0, last_row = 0;     // 1-based
};

// One sheet of a workbook, or a CSV file.
struct Sheet {
  std::string file, sheet;          // sheet: the sheet's name ("" for CSV)
  std::vector<std::string> sheets;  // every sheet of the workbook
  std::vector<std::string> hidden;  // the sheets hidden in Excel (never read without --sheet)
  std::vector<Merge> merges;        // of the sheet read
  std::vector<Row> rows;            // non-empty rows in order
  bool date1904 = false;            // the workbook counts days from 1904 (Excel for Mac's old default)
};

struct Limits {
  size_t max_entries = core::limits::kZipEntries;
  size_t max_member = core::limits::kZipMemberBytes;  // bytes, uncompressed, per zip member
  size_t max_total = core::limits::kListBytes;        // bytes, uncompressed, all members read
  size_t max_ratio = core::limits::kZipRatio;         // uncompressed / compressed, for members above 1 MB
  size_t max_rows = core::limits::kRows;
  size_t max_columns = core::limits::kColumns;  // columns holding data
  size_t max_cell_chars =
      core::limits::kCellChars;  // Excel's own limit: a longer cell cannot be written back marked
};

// Reads one sheet (by name; empty = the first) of an .xlsx, or a .csv (by extension). Errors go to d
// with the file named; nullopt when the file cannot be read at all.
std::optional<Sheet> read(const std::string& path, const std::string& sheet, core::Diagnostics& d,
                          const Limits& lim = {});
std::optional<Sheet> read_xlsx(const std::string& path, const std::string& sheet, core::Diagnostics& d,
                               const Limits& lim = {});
std::optional<Sheet> read_csv_text(const std::string& name, const std::string& text, core::Diagnostics& d,
                                   const Limits& lim = {});

// "A" for 0, "AA" for 26.
std::string column_name(size_t col);
// An Excel serial day as YYYY-MM-DD (1900 system, or 1904 when the workbook says so); nullopt out of range,
// and for serial 60 (Excel counts a 29/02/1900 that never was).
std::optional<std::string> serial_to_iso(double serial, bool date1904 = false);

}  // namespace tdkt::intake
