// The IR invariant checker: what it reports and where.
#include "doc/document.hpp"

#include <gtest/gtest.h>

using namespace tdkt;

TEST(DocumentCheck, ReportsBrokenTablesAndRunsWithTheirPlace) {
  doc::Document d;
  doc::Paragraph ok;
  ok.runs.push_back({"Một dòng", {}, doc::Run::Field::None});
  d.body.emplace_back(ok);
  auto t = std::make_shared<doc::Table>();
  t->col_twips = {3000, 3000};
  doc::Row r1;
  doc::Cell c1;
  doc::Paragraph bad = ok;
  bad.runs[0].text = "hai\ndòng";
  c1.blocks.emplace_back(bad);
  r1.cells.push_back(c1);  // one column of two
  doc::Row r2;
  doc::Cell empty;
  empty.grid_span = 2;
  r2.cells.push_back(empty);
  t->rows = {r1, r2};
  d.body.emplace_back(t);
  auto problems = doc::check(d);
  ASSERT_EQ(problems.size(), 3u);
  EXPECT_EQ(problems[0], "body/2/r1/1: run contains a newline");
  EXPECT_EQ(problems[1], "body/2: row 1 spans 1 of 2 columns");
  EXPECT_EQ(problems[2], "body/2: cell without a paragraph (Word requires one)");
  d.body.pop_back();
  EXPECT_TRUE(doc::check(d).empty());
}
