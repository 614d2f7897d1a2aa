// The template expression language: paths, comparisons, boolean logic, filters, and located errors.
#include "expr/expr.hpp"

#include <gtest/gtest.h>

#include "text/format.hpp"

using namespace tdkt;
using core::Json;

namespace {
Json data() {
  core::Diagnostics d;
  return *core::parse_json(R"({"so": 5, "ky": {"ho_ten": "Trần Quốc Văn"}, "ds": ["a", "b", "c"],
    "ngay": "2025-01-05", "tien": 2340000, "rong": "", "khong": null})",
                           "", d);
}
std::string run(const std::string& src) {
  auto root = data();
  expr::Scope s(&root);
  expr::ParseError pe{};
  auto ast = expr::parse(src, pe);
  if (!ast) return "PARSE@" + std::to_string(pe.col) + ": " + pe.message;
  expr::EvalError ee{};
  auto v = expr::eval(*ast, s, ee);
  if (!v) return "EVAL: " + ee.message;
  return expr::to_text(*v);
}
}  // namespace

TEST(Expr, PathsLiteralsAndComparisons) {
  EXPECT_EQ(run("ky.ho_ten"), "Trần Quốc Văn");
  EXPECT_EQ(run("ds[1]"), "b");
  EXPECT_EQ(run("so == 5"), "có");
  EXPECT_EQ(run("so != 5 or ds"), "có");
  EXPECT_EQ(run("not rong and so >= 5"), "có");
  EXPECT_EQ(run("'x' == \"x\""), "có");
  EXPECT_EQ(run("khong == null"), "có");
  EXPECT_EQ(run("(so < 3)"), "không");
}

TEST(Expr, VietnameseFilters) {
  EXPECT_EQ(run("ngay | nd30_date"), "ngày 05 tháng 01 năm 2025");
  EXPECT_EQ(run("tien | money"), "2.340.000");
  EXPECT_EQ(run("tien | money_words"), "Hai triệu ba trăm bốn mươi nghìn đồng");
  EXPECT_EQ(run("so | docno('TTr-UBND')"), "Số: 05/TTr-UBND");
  EXPECT_EQ(run("khong | docno('KH-UBND')"), "Số:" + text::blank(8) + "/KH-UBND");
  EXPECT_EQ(run("ky.ho_ten | upper"), "TRẦN QUỐC VĂN");
  EXPECT_EQ(run("ky.ho_ten | name_order"), "Văn Quốc Trần");
  EXPECT_EQ(run("so | roman"), "V");
  EXPECT_EQ(run("so | letter"), "đ");
  EXPECT_EQ(run("so | pad2"), "05");
  EXPECT_EQ(run("ds | join(' - ')"), "a - b - c");
  EXPECT_EQ(run("ds | length"), "3");
  EXPECT_EQ(run("rong | default('(trống)')"), "(trống)");
}

TEST(Expr, ErrorsAreExplainedWithColumns) {
  EXPECT_EQ(run("ky.chuc_vu"), "EVAL: trường dữ liệu «ky.chuc_vu» không có");
  EXPECT_EQ(run("ds[7]"), "EVAL: «ds[7]» ngoài danh sách");
  EXPECT_EQ(run("so | khong_co"), "PARSE@6: bộ lọc «khong_co» không có");
  EXPECT_EQ(run("so = 5"), "PARSE@4: so sánh bằng viết là «==»");
  EXPECT_EQ(run("'abc"), "PARSE@5: chuỗi chưa đóng dấu nháy");
  EXPECT_EQ(run("ngay | money"), "EVAL: bộ lọc «money»: money cần số tiền nguyên (đồng)");
  EXPECT_EQ(run("so < 'a'"), "EVAL: không so sánh được số với chuỗi");
  EXPECT_EQ(run("so so"), "PARSE@4: ký tự thừa «so»");
}

// «default» stands in for a key its object leaves out (an optional field such as ky.ky_thay); a misspelt
// object, or the key used without «default», is still an error.
TEST(Expr, DefaultCoversAKeyTheObjectLeavesOut) {
  EXPECT_EQ(run("ky.ky_thay | default('không ký thay')"), "không ký thay");
  EXPECT_EQ(run("ky.ho_ten | default('x')"), "Trần Quốc Văn");
  EXPECT_EQ(run("ky.ky_thay"), "EVAL: trường dữ liệu «ky.ky_thay» không có");
  EXPECT_EQ(run("kyy.ky_thay | default('x')"), "EVAL: trường dữ liệu «kyy» không có");
}
