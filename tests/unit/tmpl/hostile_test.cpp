// Hostile templates and expressions, each of which crashed, hung or ran out of memory before the engine had
// its bounds: deep nesting of elements and of parentheses, an include fan-out, nested loops that make
// nothing, an integer too large, a DOCTYPE. Each must end in one located Vietnamese error, quickly.
#include <gtest/gtest.h>

#include <chrono>
#include <fstream>

#include "../support/temp_dir.hpp"
#include "expr/expr.hpp"
#include "tmpl/template.hpp"

using namespace tdkt;
using core::Json;

namespace {

std::string repeat(const std::string& s, size_t n) {
  std::string o;
  o.reserve(s.size() * n);
  for (size_t i = 0; i < n; ++i) o += s;
  return o;
}

struct Rendered {
  bool ok;
  std::string errors;
  double seconds;
};

Rendered render(const std::string& source, const Json& data = Json::object(), tmpl::Options o = {}) {
  core::Diagnostics d;
  auto t0 = std::chrono::steady_clock::now();
  auto doc = tmpl::render_text(source, "t.xml", data, o, d);
  double s = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  return {doc.has_value(), d.to_string(), s};
}

}  // namespace

TEST(HostileTemplate, DeepInlineNestingIsRefusedNotAStackOverflow) {
  auto r = render("<template><p>" + repeat("<b>", 28000) + "x" + repeat("</b>", 28000) + "</p></template>");
  EXPECT_FALSE(r.ok);
  EXPECT_NE(r.errors.find("t.xml:1:"), std::string::npos) << r.errors;
  EXPECT_NE(r.errors.find("thẻ lồng nhau quá sâu (tối đa 100 tầng)"), std::string::npos) << r.errors;
}

TEST(HostileTemplate, DeepBlockNestingIsRefused) {
  auto r = render("<template>" + repeat("<if test=\"true\">", 28000) + "<p>x</p>" + repeat("</if>", 28000) +
                  "</template>");
  EXPECT_FALSE(r.ok);
  EXPECT_NE(r.errors.find("thẻ lồng nhau quá sâu"), std::string::npos) << r.errors;
  // 100 levels are allowed: a real template nests 5 or 6.
  tmpl::Options o;
  auto ok = render(
      "<template>" + repeat("<if test=\"true\">", 99) + "<p>x</p>" + repeat("</if>", 99) + "</template>",
      Json::object(), o);
  EXPECT_TRUE(ok.ok) << ok.errors;
}

TEST(HostileTemplate, DeepRowsAndCellsAreRefused) {
  auto r = render("<template><table cols=\"1000\">" + repeat("<if test=\"true\">", 5000) +
                  "<row><cell/></row>" + repeat("</if>", 5000) + "</table></template>");
  EXPECT_FALSE(r.ok);
  EXPECT_NE(r.errors.find("thẻ lồng nhau quá sâu"), std::string::npos) << r.errors;
}

TEST(HostileTemplate, DeepParenthesesAndLongChainsInAnExpression) {
  auto r = render("<template><p>{{ " + repeat("(", 10000) + "1" + repeat(")", 10000) + " }}</p></template>");
  EXPECT_FALSE(r.ok);
  EXPECT_NE(r.errors.find("dài quá 4096 byte"), std::string::npos) << r.errors;
  // Within the length, the depth is what stops it.
  r = render("<template><p>{{ " + repeat("(", 1000) + "1" + repeat(")", 1000) + " }}</p></template>");
  EXPECT_NE(r.errors.find("biểu thức lồng quá sâu (tối đa 64 tầng)"), std::string::npos) << r.errors;
  // The message quotes the expression cut to 80 letters, not 2,000 characters.
  EXPECT_LT(r.errors.find('\n'), 400u) << r.errors;
  r = render("<template><p>{{ " + repeat("not ", 900) + "true }}</p></template>");
  EXPECT_NE(r.errors.find("lồng quá sâu"), std::string::npos) << r.errors;
  r = render("<template><p>{{ " + repeat("true or ", 400) + "true }}</p></template>");
  EXPECT_NE(r.errors.find("lồng quá sâu"), std::string::npos) << r.errors;
  r = render("<template><p>{{ 1" + repeat(" | default(1", 250) + repeat(")", 250) + " }}</p></template>");
  EXPECT_NE(r.errors.find("lồng quá sâu"), std::string::npos) << r.errors;
  // What real templates write still parses.
  r = render("<template><p>{{ (1 == 1) and not (2 > 3) }}</p></template>");
  EXPECT_TRUE(r.ok) << r.errors;
}

TEST(HostileTemplate, AnIntegerTooLargeIsAnErrorNotAnException) {
  auto r = render("<template><p>{{ 99999999999999999999999 }}</p></template>");
  EXPECT_FALSE(r.ok);
  EXPECT_NE(r.errors.find("số «99999999999999999999999» không đọc được"), std::string::npos) << r.errors;
  r = render("<template><p>{{ 9223372036854775807 }}</p></template>");
  EXPECT_TRUE(r.ok) << r.errors;
}

TEST(HostileTemplate, NestedLoopsThatMakeNothingStopAtTheStepBudget) {
  Json d = Json::object();
  Json l = Json::array();
  for (int i = 0; i < 40; ++i) l.push(Json::integer(i));
  d.set("l", l);
  auto r = render("<template>" + repeat("<for each=\"x in l\">", 8) + "<if test=\"false\"><p>a</p></if>" +
                      repeat("</for>", 8) + "</template>",
                  d);
  EXPECT_FALSE(r.ok);
  EXPECT_NE(r.errors.find("mẫu cần hơn 2000000 bước"), std::string::npos) << r.errors;
  EXPECT_LT(r.seconds, 10.0);  // 40^8 iterations would run for days
}

TEST(HostileTemplate, IncludeFanOutStopsAtTheIncludeBudget) {
  test::TempDir dir;
  for (int k = 1; k <= 8; ++k) {
    std::ofstream f(dir.path("p" + std::to_string(k) + ".xml"));
    f << "<partial>"
      << (k < 8 ? repeat("<include src=\"p" + std::to_string(k + 1) + ".xml\"/>", 10)
                : "<p>" + std::string(1000, 'x') + "</p>")
      << "</partial>";
  }
  tmpl::Options o;
  o.root = dir.dir().string();
  auto r = render("<template>" + repeat("<include src=\"p1.xml\"/>", 10) + "</template>", Json::object(), o);
  EXPECT_FALSE(r.ok);
  EXPECT_NE(r.errors.find("mẫu include hơn 1000 lần"), std::string::npos) << r.errors;
  // A partial used 10 times is read once and rendered 10 times.
  auto ok = render("<template>" + repeat("<include src=\"p8.xml\"/>", 10) + "</template>", Json::object(), o);
  EXPECT_TRUE(ok.ok) << ok.errors;
}

TEST(HostileTemplate, ADoctypeIsRefusedAsTheSpreadsheetReaderRefusesIt) {
  auto r = render(
      "<?xml version=\"1.0\"?>\n<!DOCTYPE t [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>\n"
      "<template><p>&xxe;</p></template>");
  EXPECT_FALSE(r.ok);
  EXPECT_NE(r.errors.find("t.xml:2:"), std::string::npos) << r.errors;
  EXPECT_NE(r.errors.find("mẫu không được có <!DOCTYPE>"), std::string::npos) << r.errors;
}

TEST(HostileTemplate, ControlCharactersInAMessageAreShownNotSent) {
  auto r = render("<template><p>{{ x\x1b[31m }}</p></template>");
  EXPECT_FALSE(r.ok);
  EXPECT_EQ(r.errors.find('\x1b'), std::string::npos) << r.errors;
  EXPECT_NE(r.errors.find("«U+001B»"), std::string::npos) << r.errors;
}

TEST(HostileExpression, ParserLimitsHoldOutsideTemplates) {
  expr::ParseError e{};
  EXPECT_EQ(expr::parse(std::string(5000, ' ') + "1", e), nullptr);
  EXPECT_NE(e.message.find("4096"), std::string::npos);
  std::string at_limit = repeat("(", 64) + "1" + repeat(")", 64);
  EXPECT_NE(expr::parse(at_limit, e), nullptr) << e.message;
  EXPECT_EQ(expr::parse("(" + at_limit + ")", e), nullptr);
}
