// The one intermediate model (IR) between templates and writers: paragraphs of styled runs, tables,
// short rules, page setup, page-number header. Writers never see templates, the store or the CLI.
#pragma once
#include <map>
#include <memory>
#include <string>
#include <variant>
#include <vector>

namespace tdkt::doc {

enum class Align { Left, Center, Right, Justify };

struct RunStyle {
  bool bold = false, italic = false, underline = false;
  int half_points = 28;  // 14 pt
  std::string color;     // "C00000" for the red lines of certificates; empty = black
};

struct Run {
  std::string text;  // NFC; "\t" is a tab, no newlines
  RunStyle style;
  enum class Field { None, Page } field = Field::None;
};

struct ParaStyle {
  Align align = Align::Justify;
  int first_line_twips = 0;  // 1 cm = 567
  int left_twips = 0, right_twips = 0;
  int before_twips = 0, after_twips = 120;  // 6 pt after
  int line_240ths = 240;                    // 240 = single, 360 = 1.5 lines
  bool keep_next = false, keep_lines = false, page_break_before = false;
  // A page break after the text (a break run at its end): used where the next paragraphs are framed,
  // because Word ignores page-break-before on a framed paragraph.
  bool page_break_after = false;
  // A bottom border of the given length, centred: the short rules under agency name and trích yếu.
  int rule_twips = 0;
  // Absolute position on the page (printing onto pre-printed certificate blanks); frame_w 0 = not framed.
  int frame_x_twips = 0, frame_y_twips = 0, frame_w_twips = 0;
};

struct Paragraph {
  std::string style_name;  // theme style it came from, for the dump and the DOCX style id
  ParaStyle style;
  std::vector<Run> runs;
  // Where digital signatures go (NĐ 30/2020 Phụ lục I §3.4): the signer's between the title and the name,
  // the agency's over its left third. Stable names, e.g. "nguoi-ky", "co-quan"; empty = none.
  std::vector<std::string> signatures;
  std::string text() const;
};

struct Table;
using Block = std::variant<Paragraph, std::shared_ptr<Table>>;

struct Cell {
  std::vector<Block> blocks;
  int grid_span = 1;
  enum class VMerge { None, Start, Continue } vmerge = VMerge::None;
};
struct Row {
  std::vector<Cell> cells;
  bool header = false;  // repeat on every page
  bool cant_split = false;
};
struct Table {
  std::vector<int> col_twips;
  std::vector<Row> rows;
  bool borders = false;  // false: layout table (header block, signature area)
};

struct PageSetup {
  bool landscape = false;
  int width_twips = 11906, height_twips = 16838;                                    // A4
  int top_twips = 1134, bottom_twips = 1134, left_twips = 1701, right_twips = 850;  // 20/20/30/15 mm
  bool page_numbers = true;                                                         // top centre, from page 2
};

struct Document {
  std::string title, author, subject;
  // An attachment issued as a separate file (phụ lục): the agency's digital signature goes at the top right
  // of its first page (NĐ 30/2020 Phụ lục I §3.4).
  bool attachment = false;
  PageSetup page;
  std::vector<Block> body;
};

// The rule every form gets: a signature block (a table holding a signature place) is never alone at the top
// of a page. Its rows are made unsplittable, and the paragraph before it is kept whole and with it
// (keep-next, keep-lines), so that Word, LibreOffice and tdkt's own PDF all move that paragraph over with the
// signature rather than leave it behind, or split it differently from each other.
void keep_with_signature(Document& d);

// Stable, human-readable dump for golden tests (`tdkt render … --to ir`).
std::string dump(const Document& d);
// Invariant check: returns problems (empty runs ok; newlines inside runs, unbalanced spans, … are not).
std::vector<std::string> check(const Document& d);

// The stable, unique name a signature place gets in a written document (DOCX bookmark, PDF field):
// "nguoi-ky" → "tdkt_chu_ky_nguoi_ky", a repeat → "tdkt_chu_ky_nguoi_ky_2" …; `seen` counts the names
// given so far in that document, in document order.
std::string signature_name(const std::string& place, std::map<std::string, int>& seen);

constexpr int twips_from_mm(double mm) {
  return static_cast<int>(mm * 1440.0 / 25.4 + 0.5);
}

}  // namespace tdkt::doc
