// Layout engine with a fake font (every letter 0.5 em, space 0.25 em, bold letters 0.6 em), so that
// expected line breaks and positions can be worked out by hand.
#include "layout/layout.hpp"

#include <gtest/gtest.h>

#include <cmath>

#include "doc/theme.hpp"
#include "text/utf8.hpp"

namespace tdkt::layout {
namespace {

class FakeMetrics : public Metrics {
 public:
  double advance(int face, char32_t cp) const override {
    if (cp == U' ') return 0.25;
    return (face & Bold) ? 0.6 : 0.5;
  }
  bool has_glyph(int, char32_t cp) const override { return cp != U'☃'; }
  double ascent(int) const override { return 0.9; }
  double descent(int) const override { return 0.25; }
  std::string face_name(int face) const override { return "Fake-" + std::to_string(face); }
};

doc::Paragraph para(const std::string& text, doc::Align a = doc::Align::Justify, int first = 0) {
  doc::Paragraph p;
  p.style.align = a;
  p.style.first_line_twips = first;
  p.style.after_twips = 0;
  doc::Run r;
  r.text = text;
  r.style.half_points = 20;  // 10 pt: a letter is 5 pt, a space 2.5 pt
  p.runs.push_back(r);
  return p;
}

// A page whose text area is exactly `width` points wide and `height` points high.
doc::Document page(double width, double height) {
  doc::Document d;
  d.page.left_twips = 1000;
  d.page.right_twips = 1000;
  d.page.top_twips = 1000;
  d.page.bottom_twips = 1000;
  d.page.width_twips = static_cast<int>(width * 20) + 2000;
  d.page.height_twips = static_cast<int>(height * 20) + 2000;
  d.page.page_numbers = false;
  return d;
}

// Text pieces of one page grouped into lines (by baseline), each line's words joined by spaces.
std::vector<std::string> lines_of(const Page& p) {
  std::vector<std::pair<double, std::string>> lines;
  for (auto& t : p.text) {
    if (!lines.empty() && std::abs(lines.back().first - t.baseline) < 0.01)
      lines.back().second += " " + t.text;
    else
      lines.push_back({t.baseline, t.text});
  }
  std::vector<std::string> out;
  for (auto& l : lines) out.push_back(l.second);
  return out;
}

FakeMetrics fake;

TEST(Layout, FirstFitBreaksWhereTheNextWordNoLongerFits) {
  // Words "aaaa" are 20 pt, a space 2.5 pt: three words take 65 pt, four 87.5 pt.
  auto d = page(80, 500);
  d.body.push_back(para("aaaa bbbb cccc dddd eeee"));
  auto ps = paginate(d, fake);
  ASSERT_EQ(ps.pages.size(), 1u);
  EXPECT_EQ(lines_of(ps.pages[0]), (std::vector<std::string>{"aaaa bbbb cccc", "dddd eeee"}));
  ASSERT_EQ(ps.paragraphs.size(), 1u);
  EXPECT_EQ(ps.paragraphs[0].lines, (std::vector<std::string>{"aaaa bbbb cccc", "dddd eeee"}));
}

TEST(Layout, JustifiedLinesEndAtTheRightMarginExceptTheLast) {
  auto d = page(80, 500);
  d.body.push_back(para("aaaa bbbb cccc dddd eeee"));
  auto ps = paginate(d, fake);
  auto& t = ps.pages[0].text;
  ASSERT_EQ(t.size(), 4u);  // justified lines: a piece per word; the last line is one string
  double left = 50, right = 130;
  EXPECT_NEAR(t[0].x, left, 1e-6);
  EXPECT_NEAR(t[2].x + t[2].width, right, 1e-6);          // "cccc" ends at the margin
  EXPECT_NEAR(t[1].x - (t[0].x + t[0].width), 10, 1e-6);  // 2.5 pt space + (80 - 65) / 2 gaps
  EXPECT_EQ(t[3].text, "dddd eeee");
  EXPECT_NEAR(t[3].width, 42.5, 1e-6);  // last line: natural spaces
}

TEST(Layout, CentredAndRightAlignedLines) {
  auto d = page(100, 500);
  d.body.push_back(para("aaaa", doc::Align::Center));
  d.body.push_back(para("bbbb", doc::Align::Right));
  auto ps = paginate(d, fake);
  EXPECT_NEAR(ps.pages[0].text[0].x, 50 + 40, 1e-6);
  EXPECT_NEAR(ps.pages[0].text[1].x, 50 + 80, 1e-6);
}

TEST(Layout, FirstLineIndentShortensTheFirstLine) {
  auto d = page(80, 500);
  d.body.push_back(para("aaaa bbbb cccc dddd", doc::Align::Left, 400));  // 20 pt indent
  auto ps = paginate(d, fake);
  EXPECT_EQ(lines_of(ps.pages[0]), (std::vector<std::string>{"aaaa bbbb", "cccc dddd"}));
  EXPECT_NEAR(ps.pages[0].text[0].x, 70, 1e-6);
}

TEST(Layout, CentredTitleWithAShortLastLineIsBalanced) {
  // At 80 pt: "aaaa bbbb cccc" (65 pt) over "dddd" (20 pt). Two lines of 42.5 pt hold the same words, and
  // those breaks hold for widths in [42.53, 65.03): the middle, 53.78 pt, leaves 13.11 pt (262 twips) a side.
  auto d = page(80, 500);
  d.body.push_back(para("aaaa bbbb cccc dddd", doc::Align::Center));
  d.body.push_back(para("aaaa bbbb cccc ddddd", doc::Align::Center));       // 65 over 25: balanced too
  d.body.push_back(para("aaaa bbbb cccc dddd eeeee", doc::Align::Center));  // 65 over 47.5: even enough
  d.body.push_back(para("aaaa bbbb cccc dddd"));                            // justified: not a title
  balance_centred(d, fake);
  auto& p0 = std::get<doc::Paragraph>(d.body[0]).style;
  EXPECT_EQ(p0.left_twips, 262);
  EXPECT_EQ(p0.right_twips, 262);
  EXPECT_GT(std::get<doc::Paragraph>(d.body[1]).style.left_twips, 0);
  EXPECT_EQ(std::get<doc::Paragraph>(d.body[2]).style.left_twips, 0);
  EXPECT_EQ(std::get<doc::Paragraph>(d.body[3]).style.left_twips, 0);
  auto ps = paginate(d, fake);
  EXPECT_EQ(ps.paragraphs[0].lines, (std::vector<std::string>{"aaaa bbbb", "cccc dddd"}));
  EXPECT_EQ(ps.paragraphs[1].lines, (std::vector<std::string>{"aaaa bbbb", "cccc ddddd"}));
  EXPECT_EQ(ps.paragraphs[2].lines, (std::vector<std::string>{"aaaa bbbb cccc", "dddd eeeee"}));
  EXPECT_EQ(ps.paragraphs[3].lines, (std::vector<std::string>{"aaaa bbbb cccc", "dddd"}));
  // Still centred in the full width: the first line's middle is the text area's middle.
  EXPECT_NEAR(ps.pages[0].text[0].x + ps.pages[0].text[0].width / 2, 50 + 40, 1e-6);
}

TEST(Layout, BreaksAfterAHyphenInsideAWordButNotBeforeDigits) {
  auto d = page(80, 500);
  // "số 77/QĐ-UBND": "77/QĐ-" fits on the first line, "UBND" goes down.
  d.body.push_back(para("aa aa aa 77/QĐ-UBND", doc::Align::Left));
  d.body.push_back(para("aa aa aa aa 2021-2025", doc::Align::Left));
  auto ps = paginate(d, fake);
  EXPECT_EQ(ps.paragraphs[0].lines, (std::vector<std::string>{"aa aa aa 77/QĐ-", "UBND"}));
  EXPECT_EQ(ps.paragraphs[1].lines, (std::vector<std::string>{"aa aa aa aa", "2021-2025"}));
}

TEST(Layout, AWordWiderThanTheLineIsCutBetweenCharacters) {
  auto d = page(30, 500);  // 6 letters
  d.body.push_back(para("abcdefghijklmn", doc::Align::Left));
  auto ps = paginate(d, fake);
  EXPECT_EQ(ps.paragraphs[0].lines, (std::vector<std::string>{"abcdef", "ghijkl", "mn"}));
}

TEST(Layout, TotalFitAvoidsTheLooseLineFirstFitLeaves) {
  // First fit fills line 1 and leaves a very loose line 2 before a long word; total fit spreads it.
  auto d = page(100, 500);
  d.body.push_back(para("aa aa aa aa aa aa aa aa aaaaaaaaaaaaaaa aa aa aa aa aa aa aa aa aa"));
  auto ff = paginate(d, fake, {Breaking::FirstFit});
  auto tf = paginate(d, fake, {Breaking::TotalFit});
  // The widest gap on any line but the last (justified lines): smaller with total fit.
  auto worst = [](const PageSet& ps) {
    std::vector<std::vector<const Text*>> lines;
    for (auto& t : ps.pages[0].text) {
      if (lines.empty() || std::abs(lines.back().back()->baseline - t.baseline) > 0.01) lines.emplace_back();
      lines.back().push_back(&t);
    }
    double w = 0;
    for (size_t l = 0; l + 1 < lines.size(); ++l)
      for (size_t i = 1; i < lines[l].size(); ++i)
        w = std::max(w, lines[l][i]->x - (lines[l][i - 1]->x + lines[l][i - 1]->width));
    return w;
  };
  EXPECT_LT(worst(tf), worst(ff));
  for (auto& l : tf.paragraphs[0].lines) EXPECT_FALSE(l.empty());
}

TEST(Layout, ThreeLineParagraphIsNotSplitAcrossPages) {
  // Line height 10 pt × 1.15 = 11.5 pt. The page holds 10 lines; a 9-line paragraph leaves room for one.
  auto d = page(80, 115);
  d.body.push_back(
      para("aaaa aaaa aaaa aaaa aaaa aaaa aaaa aaaa aaaa aaaa aaaa aaaa aaaa aaaa aaaa aaaa aaaa aaaa aaaa "
           "aaaa aaaa aaaa aaaa aaaa aaaa aaaa aaaa"));
  d.body.push_back(
      para("bbbb bbbb bbbb bbbb bbbb bbbb bbbb"));  // 3 lines: orphan + widow rule keep all three together
  auto ps = paginate(d, fake);
  ASSERT_EQ(ps.paragraphs[0].lines.size(), 9u);
  ASSERT_EQ(ps.pages.size(), 2u);
  EXPECT_EQ(ps.paragraphs[1].page, 2);
  EXPECT_EQ(lines_of(ps.pages[1]).size(), 3u);
}

TEST(Layout, HeadingKeptWithTheNextParagraph) {
  auto d = page(80, 115);
  for (int i = 0; i < 9; ++i) d.body.push_back(para("x"));
  auto h = para("Heading", doc::Align::Left);
  h.style.keep_next = true;
  d.body.push_back(h);  // would fit as line 10, but alone at the bottom
  d.body.push_back(para("body"));
  auto ps = paginate(d, fake);
  ASSERT_EQ(ps.pages.size(), 2u);
  EXPECT_EQ(lines_of(ps.pages[1]).front(), "Heading");
}

std::shared_ptr<doc::Table> list_table(int rows, bool cant_split) {
  auto t = std::make_shared<doc::Table>();
  t->col_twips = {600, 1000};  // 30 pt + 50 pt
  t->borders = true;
  doc::Row h;
  h.header = true;
  h.cant_split = true;
  for (auto* s : {"STT", "Tên"}) {
    doc::Cell c;
    c.blocks.push_back(para(s, doc::Align::Left));
    h.cells.push_back(c);
  }
  t->rows.push_back(h);
  for (int i = 1; i <= rows; ++i) {
    doc::Row r;
    r.cant_split = cant_split;
    doc::Cell a, b;
    a.blocks.push_back(para(std::to_string(i), doc::Align::Left));
    b.blocks.push_back(para("nnnn", doc::Align::Left));
    r.cells = {a, b};
    t->rows.push_back(r);
  }
  return t;
}

TEST(Layout, HeaderRowRepeatsOnEveryPageOfATable) {
  auto d = page(80, 120);  // 10 rows per page: 11.5 pt of text + 0.5 pt top border
  d.body.push_back(list_table(25, true));
  auto ps = paginate(d, fake);
  ASSERT_EQ(ps.pages.size(), 3u);
  for (auto& p : ps.pages) EXPECT_EQ(lines_of(p).front(), "STT Tên");
  EXPECT_EQ(lines_of(ps.pages[1])[1], "10 nnnn");  // page 1: header + rows 1–9
  EXPECT_FALSE(ps.pages[0].strokes.empty());       // bordered
}

TEST(Layout, RowThatMaySplitIsSplitAtALine) {
  auto d = page(80, 115);
  for (int i = 0; i < 8; ++i) d.body.push_back(para("x"));
  auto t = std::make_shared<doc::Table>();
  t->col_twips = {1600};
  doc::Row r;
  doc::Cell c;
  for (int i = 0; i < 4; ++i) c.blocks.push_back(para("line" + std::to_string(i), doc::Align::Left));
  r.cells.push_back(c);
  t->rows.push_back(r);
  auto split = d;
  split.body.push_back(t);
  auto ps = paginate(split, fake);
  ASSERT_EQ(ps.pages.size(), 2u);
  EXPECT_EQ(lines_of(ps.pages[0]).back(), "line1");  // two lines fit under the 8
  EXPECT_EQ(lines_of(ps.pages[1]).front(), "line2");

  t->rows[0].cant_split = true;  // now the row moves whole
  auto whole = d;
  whole.body.push_back(t);
  auto pw = paginate(whole, fake);
  ASSERT_EQ(pw.pages.size(), 2u);
  EXPECT_EQ(lines_of(pw.pages[1]).front(), "line0");
}

TEST(Layout, PageNumbersFromPageTwoTopCentre) {
  auto d = page(80, 115);
  d.page.page_numbers = true;
  for (int i = 0; i < 25; ++i) d.body.push_back(para("x"));
  auto ps = paginate(d, fake);
  ASSERT_EQ(ps.pages.size(), 3u);
  EXPECT_EQ(ps.pages[0].text.front().text, "x");
  EXPECT_EQ(ps.pages[1].text.front().text, "2");
  EXPECT_EQ(ps.pages[2].text.front().text, "3");
  EXPECT_LT(ps.pages[1].text.front().baseline, 50);  // in the top margin
}

TEST(Layout, ExplicitPageBreakAndLandscape) {
  auto d = page(80, 500);
  d.page = doc::page_setup(true);
  d.body.push_back(para("one"));
  auto p2 = para("two");
  p2.style.page_break_before = true;
  d.body.push_back(p2);
  auto ps = paginate(d, fake);
  ASSERT_EQ(ps.pages.size(), 2u);
  EXPECT_GT(ps.pages[0].width, ps.pages[0].height);
  EXPECT_NEAR(ps.pages[0].width, 841.9, 0.1);
}

TEST(Layout, SignaturePlacesBetweenTitleAndName) {
  auto d = page(200, 500);
  auto title = para("CHỦ TỊCH", doc::Align::Center);
  auto name = para("Lê Văn Lịch", doc::Align::Center);
  name.style.before_twips = 1800;  // 90 pt for the signature
  name.signatures = {"nguoi-ky", "co-quan"};
  d.body.push_back(title);
  d.body.push_back(name);
  auto ps = paginate(d, fake);
  auto& s = ps.pages[0].signatures;
  ASSERT_EQ(s.size(), 2u);
  EXPECT_EQ(s[0].name, "tdkt_chu_ky_nguoi_ky");
  EXPECT_EQ(s[1].name, "tdkt_chu_ky_co_quan");
  double title_bottom = ps.pages[0].text[0].baseline + 2.5;
  double name_top = ps.pages[0].text.back().baseline - 9;
  EXPECT_GT(s[0].y, title_bottom);
  EXPECT_LT(s[0].y + s[0].h, name_top);
  // The agency's place overlaps the left third of the signer's.
  EXPECT_LT(s[1].x, s[0].x + s[0].w / 3);
  EXPECT_NEAR(s[1].x + s[1].w, s[0].x + s[0].w / 3, 1e-6);
}

TEST(Layout, MissingGlyphIsAnErrorNamingTheCharacter) {
  auto d = page(200, 500);
  d.body.push_back(para("Người tuyết ☃ ở đây"));
  try {
    paginate(d, fake);
    FAIL() << "expected MissingGlyph";
  } catch (const MissingGlyph& e) {
    std::string m = e.what();
    EXPECT_NE(m.find("U+2603"), std::string::npos) << m;
    EXPECT_NE(m.find("«☃»"), std::string::npos) << m;
    EXPECT_NE(m.find("đoạn văn thứ 1"), std::string::npos) << m;
  }
}

TEST(Fonts, BundledTinosCoversVietnameseAndHasTimesMetrics) {
  auto& f = FontSet::in(TDKT_SOURCE_DIR "/fonts");
  const std::string letters =
      "aàáảãạăằắẳẵặâầấẩẫậbcdđeèéẻẽẹêềếểễệghiìíỉĩịklmnoòóỏõọôồốổỗộơờớởỡợpqrstuùúủũụưừứửữựvxyỳýỷỹỵ"
      "AÀÁẢÃẠĂẰẮẲẴẶÂẦẤẨẪẬBCDĐEÈÉẺẼẸÊỀẾỂỄỆGHIÌÍỈĨỊKLMNOÒÓỎÕỌÔỒỐỔỖỘƠỜỚỞỠỢPQRSTUÙÚỦŨỤƯỪỨỬỮỰVXYỲÝỶỸỴ“”–…№";
  for (int face = 0; face < 4; ++face)
    for (char32_t cp : text::decode(letters))
      EXPECT_TRUE(f.has_glyph(face, cp)) << "face " << face << " U+" << std::hex << static_cast<unsigned>(cp);
  EXPECT_DOUBLE_EQ(f.advance(Regular, U' '), 0.25);                  // Times New Roman's space
  EXPECT_NEAR(f.ascent(Regular) + f.descent(Regular), 1.15, 0.001);  // "single" line height
  EXPECT_GT(f.advance(Bold, U'a'), f.advance(Regular, U'a'));
  EXPECT_FALSE(f.has_glyph(Regular, U'☃'));
  EXPECT_NE(f.face_name(BoldItalic).find("Tinos"), std::string::npos);
}

TEST(Fonts, BrokenFontFileIsAnErrorNamingIt) {
  EXPECT_THROW(TrueTypeFont::load("/nonexistent/x.ttf"), core::Error);
  try {
    TrueTypeFont::load(std::string(TDKT_SOURCE_DIR) + "/README.md");
    FAIL();
  } catch (const core::Error& e) {
    EXPECT_NE(std::string(e.what()).find("README.md"), std::string::npos);
  }
}

}  // namespace
}  // namespace tdkt::layout

namespace tdkt::layout {
namespace {
TEST(Layout, SeparateAttachmentCarriesTheAgencySignatureTopRightOfPageOne) {
  auto d = page(200, 115);
  d.page.top_twips = 1134;  // 20 mm
  d.attachment = true;
  for (int i = 0; i < 15; ++i) d.body.push_back(para("x"));
  auto ps = paginate(d, fake);
  ASSERT_EQ(ps.pages.size(), 2u);
  ASSERT_EQ(ps.pages[0].signatures.size(), 1u);
  auto& s = ps.pages[0].signatures[0];
  EXPECT_EQ(s.name, "tdkt_chu_ky_co_quan");
  EXPECT_NEAR(s.x + s.w, 50 + 200, 1e-6);  // flush with the right edge of the text area
  EXPECT_LE(s.y + s.h, 1134 / 20.0);       // within the top margin, above the text
  EXPECT_TRUE(ps.pages[1].signatures.empty());
}
// The signature block never starts a page alone: keep_with_signature moves the paragraph before it along,
// whole. Without the rule the paragraph stays on page 1 and page 2 holds only the signature.
TEST(Layout, TheParagraphBeforeTheSignatureGoesOverWithIt) {
  auto make = [] {
    auto d = page(80, 115);  // 10 lines of 11,5 pt
    for (int i = 0; i < 5; ++i) d.body.push_back(para("x"));
    // 4 lines (3 + 3 + 3 + 1 words): the page is full to line 9. keep-next alone would take its last two
    // lines over (widow control), leaving the first two behind; keep-lines takes it whole.
    d.body.push_back(para("cccc cccc cccc cccc cccc cccc cccc cccc cccc cccc"));
    auto t = std::make_shared<doc::Table>();
    t->col_twips = {1600};
    doc::Row r;
    doc::Cell c;
    auto title = para("CHỦ TỊCH", doc::Align::Center);
    auto name = para("Lê Văn Lịch", doc::Align::Center);
    name.signatures = {"nguoi-ky"};
    c.blocks = {title, para(""), name};  // 3 lines: cannot fit in the one line left
    r.cells = {c};
    r.cant_split = true;  // as the signature partials write it
    t->rows = {r};
    d.body.push_back(t);
    return d;
  };
  auto bare = make();
  auto ps = paginate(bare, fake);
  ASSERT_EQ(ps.pages.size(), 2u);
  EXPECT_EQ(lines_of(ps.pages[1]).front(), "CHỦ TỊCH");  // what the rule prevents
  auto kept = make();
  doc::keep_with_signature(kept);
  EXPECT_TRUE(std::get<doc::Paragraph>(kept.body[5]).style.keep_lines);
  ps = paginate(kept, fake);
  ASSERT_EQ(ps.pages.size(), 2u);
  auto p2 = lines_of(ps.pages[1]);
  ASSERT_GE(p2.size(), 5u);
  EXPECT_EQ(p2.front(), "cccc cccc cccc");  // the whole paragraph, then the block
  EXPECT_EQ(ps.paragraphs[5].page, 2);
  EXPECT_EQ(p2[4], "CHỦ TỊCH");
}

}  // namespace
}  // namespace tdkt::layout
