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
  p.runs.push_back({"Độc lập - Tự do - Hạnh phúc & <ký tự>", doc::theme_style("body")->run, doc::Run::Field::None});
  d.body.emplace_back(p);
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
  // CT_PPr order: pStyle, keep…, pBdr, spacing, ind, jc, rPr
  auto p_style = x.find("<w:pStyle"), spacing = x.find("<w:spacing"), ind = x.find("<w:ind"), jc = x.find("<w:jc");
  ASSERT_NE(p_style, std::string::npos);
  EXPECT_LT(p_style, spacing);
  EXPECT_LT(spacing, ind);
  EXPECT_LT(ind, jc);
  // CT_RPr order: rFonts, b, i, sz, u, lang
  auto fonts = x.find("<w:rFonts"), sz = x.find("<w:sz "), lang = x.find("<w:lang");
  EXPECT_LT(fonts, sz);
  EXPECT_LT(sz, lang);
  EXPECT_NE(x.find("w:ascii=\"Times New Roman\""), std::string::npos);
  // The short rule is a centred bottom border: (6355 - 2000) / 2 on each side.
  EXPECT_NE(x.find("<w:pBdr><w:bottom w:val=\"single\""), std::string::npos);
  EXPECT_NE(x.find("w:left=\"2177\" w:right=\"2177\""), std::string::npos) << x;
  // A4 portrait, margins 20/15/20/30 mm, page 1 without number.
  EXPECT_NE(x.find("<w:pgSz w:w=\"11906\" w:h=\"16838\"/>"), std::string::npos);
  EXPECT_NE(x.find("<w:pgMar w:top=\"1134\" w:right=\"850\" w:bottom=\"1134\" w:left=\"1701\""), std::string::npos);
  EXPECT_NE(x.find("<w:titlePg/>"), std::string::npos);
}
