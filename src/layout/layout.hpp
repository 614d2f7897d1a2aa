// The layout engine: IR → PageSet of positioned text, rules and signature places, in points from the
// top-left corner of each page. Line breaking, justification, tables, pagination, keep rules. The PDF
// writer only draws what is here; tests check it with a fake Metrics.
#pragma once
#include <string>
#include <vector>

#include "core/diag.hpp"
#include "core/limits.hpp"
#include "doc/document.hpp"
#include "layout/font.hpp"

namespace tdkt::layout {

// Word-compatible first fit (default: the PDF breaks lines where Word and LibreOffice break the DOCX), or
// total fit (Knuth–Plass: the whole paragraph is optimised, fewer loose lines).
enum class Breaking { FirstFit, TotalFit };

struct Options {
  Breaking breaking = Breaking::FirstFit;
  size_t max_pages = core::limits::kPages;  // past it paginate throws core::Error naming the limit
};

// One piece of text in one face and size, drawn at (x, baseline). Justified lines come word by word.
struct Text {
  double x = 0, baseline = 0, size = 14, width = 0;
  int face = Regular;
  uint32_t rgb = 0;  // 0xRRGGBB
  std::string text;  // NFC UTF-8, no spaces at either end
};
// A straight line (rules under the agency name, table borders, underlines).
struct Stroke {
  double x1 = 0, y1 = 0, x2 = 0, y2 = 0, width = 0.5;
};
// An empty digital-signature place (NĐ 30/2020 Phụ lục I §3.4): y is the top edge.
struct SignaturePlace {
  std::string name;  // stable: tdkt_chu_ky_nguoi_ky, tdkt_chu_ky_co_quan, "_2" … for repeats
  double x = 0, y = 0, w = 0, h = 0;
};
struct Page {
  double width = 595.276, height = 841.89;
  std::vector<Text> text;
  std::vector<Stroke> strokes;
  std::vector<SignaturePlace> signatures;
};
// The lines one paragraph was broken into (document order), for fidelity measurements against a word
// processor's rendering of the DOCX.
struct ParagraphLines {
  int page = 1;  // where its first line is
  std::vector<std::string> lines;
};
struct PageSet {
  std::string title, author, subject;
  std::vector<Page> pages;
  std::vector<ParagraphLines> paragraphs;
  // Words wider than their line or cell, cut between letters («ST» / «T»): a column too narrow for its text.
  std::vector<std::string> cut_words;
};

// Bad input, not a broken installation: the data holds a character the embedded font cannot draw.
struct MissingGlyph : core::Error {
  using core::Error::Error;
};

// Throws MissingGlyph when a character has no glyph in its face (names the character, the face and the
// paragraph), before any layout.
void check_glyphs(const doc::Document& d, const Metrics& m);
PageSet paginate(const doc::Document& d, const Metrics& m, const Options& o = {});
// Balanced centred titles: each centred body paragraph of two to four lines whose last line is short gets
// equal indents that even out its lines (the same breaks in the PDF and in a word processor's reading of
// the DOCX, which carries the indents). Run on the IR before it is rendered to either.
void balance_centred(doc::Document& d, const Metrics& m);

// Stable text dump (coordinates to 0.01 pt) for golden tests: `tdkt render … --to pageset`.
std::string dump(const PageSet& p);
// Paragraph lines as text, one paragraph per block separated by a blank line: `--to lines`.
std::string dump_lines(const PageSet& p);

}  // namespace tdkt::layout
