// DOCX writer: deterministic bytes, the parts a reader needs, schema element order, page numbering.
#include "render/docx/docx.hpp"

#include <gtest/gtest.h>

#include "doc/theme.hpp"

using namespace tdkt;

namespace {
doc::Document sample() {
  doc::Document d;
  d.title = "Kế hoạch";
  d.page = doc::page_setup(false);
  doc::Paragraph p;
  p.style_name = "body";
  p.style = doc::theme_style("body")->para;
  p.runs.push_back(
      {"Độc lập - Tự do - Hạnh phúc & <ký tự>", doc::theme_style("body")->run, doc::Run::Field::None});
  d.body.emplace_back(p);
  // A paragraph that departs from its style: only the differences go into document.xml.
  doc::Paragraph q = p;
  q.style.before_twips = 240;
  q.style.first_line_twips = 0;
  q.style.align = doc::Align::Center;
  q.runs[0].style.bold = true;
  q.runs[0].style.half_points = 26;
  q.runs[0].text = "KHÁC KIỂU";
  q.runs.push_back({" có khoảng trắng đầu", doc::theme_style("body")->run, doc::Run::Field::None});
  q.signatures = {"nguoi-ky", "co-quan"};
  d.body.emplace_back(q);
  d.body.emplace_back(q);  // the same places twice: bookmark names stay unique
  auto t = std::make_shared<doc::Table>();
  t->col_twips = {3000, 6355};
  doc::Row r;
  for (int i = 0; i < 2; ++i) {
    doc::Cell c;
    doc::Paragraph q = p;
    q.style.rule_twips = i ? 2000 : 0;
    c.blocks.emplace_back(q);
    r.cells.push_back(c);
  }
  t->rows.push_back(r);
  d.body.emplace_back(t);
  return d;
}
}  // namespace

TEST(Docx, SameInputSameBytes) {
  auto a = render::docx::write(sample(), {"2026-11-21T08:00:00+07:00"});
  auto b = render::docx::write(sample(), {"2026-11-21T08:00:00+07:00"});
  EXPECT_EQ(a, b);
  auto c = render::docx::write(sample(), {"2026-11-22T08:00:00+07:00"});
  EXPECT_NE(a, c);  // the clock is part of the input
  EXPECT_EQ(a.substr(0, 2), "PK");
}

TEST(Docx, DocumentXmlFollowsSchemaOrderAndEscapes) {
  std::string x = render::docx::document_xml(sample());
  EXPECT_NE(x.find("Độc lập - Tự do - Hạnh phúc &amp; &lt;ký tự&gt;"), std::string::npos);
  // A paragraph that follows its style carries only the style reference.
  EXPECT_NE(x.find("<w:p><w:pPr><w:pStyle w:val=\"body\"/></w:pPr><w:r><w:t>Độc lập"), std::string::npos)
      << x;
  // CT_PPr order for the overriding paragraph: pStyle, spacing, ind, jc, rPr
  auto other = x.find("KHÁC KIỂU");
  auto start = x.rfind("<w:p>", other);
  auto seg = x.substr(start, other - start);
  auto p_style = seg.find("<w:pStyle"), spacing = seg.find("<w:spacing"), ind = seg.find("<w:ind"),
       jc = seg.find("<w:jc"), rpr = seg.find("<w:rPr>");
  ASSERT_NE(p_style, std::string::npos) << seg;
  EXPECT_LT(p_style, spacing);
  EXPECT_LT(spacing, ind);
  EXPECT_LT(ind, jc);
  EXPECT_LT(jc, rpr);
  // CT_RPr order in the run: b before sz
  auto run = x.substr(x.rfind("<w:r><w:rPr>", other), 120);
  EXPECT_LT(run.find("<w:b w:val=\"1\"/>"), run.find("<w:sz w:val=\"26\"/>")) << run;
  // Signature places are named bookmarks, unique in the document.
  EXPECT_NE(
      x.find("<w:bookmarkStart w:id=\"1\" w:name=\"tdkt_chu_ky_nguoi_ky\"/><w:bookmarkEnd w:id=\"1\"/>"),
      std::string::npos)
      << x;
  EXPECT_NE(x.find("w:name=\"tdkt_chu_ky_co_quan\""), std::string::npos);
  EXPECT_NE(x.find("w:name=\"tdkt_chu_ky_nguoi_ky_2\""), std::string::npos);
  // Spaces that Word would drop are preserved, and only there.
  EXPECT_NE(x.find("<w:t xml:space=\"preserve\"> có khoảng trắng đầu</w:t>"), std::string::npos);
  // The theme lives in styles.xml: Times New Roman 14 pt by default, and each NĐ 30 style with its spacing.
  std::string st = render::docx::styles_xml();
  auto fonts = st.find("<w:rFonts"), sz = st.find("<w:sz "), lang = st.find("<w:lang");
  EXPECT_LT(fonts, sz);
  EXPECT_LT(sz, lang);
  EXPECT_NE(st.find("w:ascii=\"Times New Roman\""), std::string::npos);
  EXPECT_NE(st.find("w:styleId=\"quoc-hieu\""), std::string::npos);
  EXPECT_NE(st.find("<w:ind w:left=\"0\" w:right=\"0\" w:firstLine=\"567\"/><w:jc w:val=\"both\"/>"),
            std::string::npos);
  // The short rule is a centred bottom border: (6355 - 2000) / 2 on each side.
  EXPECT_NE(x.find("<w:pBdr><w:bottom w:val=\"single\""), std::string::npos);
  EXPECT_NE(x.find("w:left=\"2177\" w:right=\"2177\""), std::string::npos) << x;
  // A4 portrait, margins 20/15/20/30 mm, page 1 without number.
  EXPECT_NE(x.find("<w:pgSz w:w=\"11906\" w:h=\"16838\"/>"), std::string::npos);
  EXPECT_NE(x.find("<w:pgMar w:top=\"1134\" w:right=\"850\" w:bottom=\"1134\" w:left=\"1701\""),
            std::string::npos);
  EXPECT_NE(x.find("<w:titlePg/>"), std::string::npos);
}
