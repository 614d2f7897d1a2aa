// Spreadsheets the council works from, written with libxlsxwriter: a title block, one header row, data
// rows written top-down (streamed in constant-memory mode for large lists), section and total rows,
// vertical merges of a grouping column (normal mode only), print setup for A4 landscape, frozen header and
// autofilter. Text always goes through write_string, so "=…", "+…", "-…", "@…" stay text, never formulas.
// The file is written under a temporary name and renamed only when complete.
#pragma once
#include <ctime>
#include <memory>
#include <string>
#include <vector>

#include "core/date.hpp"

namespace tdkt::xlsx {

enum class Type { Text, Integer, Money, Percent, Date };

struct Column {
  Column() = default;
  Column(std::string h, double w, Type t, bool wr, std::vector<std::string> ch = {})
      : header(std::move(h)), width(w), type(t), wrap(wr), choices(std::move(ch)) {}
  std::string header;
  double width = 12;  // characters
  Type type = Type::Text;
  bool wrap = false;
  std::vector<std::string> choices;  // a drop-down list for the first 1,000 data rows (normal mode)
};

struct Cell {
  enum class Kind { Empty, Text, Number, Date, Formula } kind = Kind::Empty;
  std::string text;   // Text; the formula for Formula ("=SUM(J6:J20)")
  double number = 0;  // Number; the cached value for Formula
  core::Date date;
  static Cell str(std::string s) {
    Cell c;
    c.kind = Kind::Text;
    c.text = std::move(s);
    return c;
  }
  static Cell num(double v) {
    Cell c;
    c.kind = Kind::Number;
    c.number = v;
    return c;
  }
  static Cell day(core::Date d) {
    Cell c;
    c.kind = Kind::Date;
    c.date = d;
    return c;
  }
  static Cell formula(std::string f, double cached) {
    Cell c;
    c.kind = Kind::Formula;
    c.text = std::move(f);
    c.number = cached;
    return c;
  }
};

enum class RowStyle { Data, Total, Mark };  // Mark: a data row whose marked cells are shown as errors

struct SheetSpec {
  std::string name;                // made legal (≤ 31 characters, no []:*?/\) and unique in the workbook
  std::vector<std::string> title;  // merged, centred, bold lines above the header
  std::vector<std::string> notes;  // merged, centred, italic lines under the title
  std::vector<Column> columns;
  int merge_column = -1;  // equal consecutive values of this column are merged (normal mode)
  bool landscape = true;
  bool filter = true;        // autofilter over the header and data rows
  bool blank_lines = false;  // ballots: taller rows with room to write
  int expected_rows = -1;    // the autofilter range when streaming (it must be set before the rows)
  bool header = true;        // false: no header row (a copy of a user's rows, row for row)
};

struct Options {
  bool stream = false;      // constant memory: rows are flushed as written; vertical merges are not possible
  std::string tmpdir;       // libxlsxwriter's temporary files in stream mode
  std::time_t created = 0;  // document creation time (fixed → same bytes for the same input)
  std::string title, author, subject;
};

class Workbook {
 public:
  Workbook(const std::string& path, const Options& o);
  ~Workbook();  // an unclosed workbook leaves nothing under its final name
  Workbook(const Workbook&) = delete;
  Workbook& operator=(const Workbook&) = delete;

  void begin(const SheetSpec& spec);
  // A full-width bold line in the data area ("I. CÁ NHÂN", "Đơn vị: …").
  void section(const std::string& text);
  void row(const std::vector<Cell>& cells, RowStyle style = RowStyle::Data,
           const std::vector<int>& marked = {});
  // Leaves n rows empty, writing nothing in them (a marked copy keeps the rows of the user's sheet).
  void skip(int n);
  // A comment on a cell of the row just written (the reason a cell is marked).
  void comment(int col, const std::string& text);
  // Plain text lines after the table (signatures, notes).
  void footer(const std::vector<std::string>& lines);
  // The row number (1-based, as in A1 references) the next row() will use, and the first data row.
  int next_row() const;
  int first_data_row() const;
  // "J" for column 9.
  static std::string col_name(int col);
  bool streaming() const;
  // Writes the file (temp name, then rename). Throws core::Error with the reason.
  void close();

 private:
  struct Impl;
  std::unique_ptr<Impl> p_;
};

}  // namespace tdkt::xlsx
