// The located JSON parser: values keep line:col; syntax errors are Vietnamese with a location.
#include "core/json.hpp"

#include <gtest/gtest.h>

#include "core/fields.hpp"

using namespace tdkt::core;

TEST(Json, ParsesWithPositions) {
  Diagnostics d;
  auto j =
      parse_json("{\n  \"a\": [1, 2.5, \"Độc lập\"],\n  \"b\": {\"c\": null, \"d\": true}\n}", "x.json", d);
  ASSERT_TRUE(j) << d.to_string();
  auto* a = j->find("a");
  ASSERT_TRUE(a && a->is_array());
  EXPECT_EQ(a->pos().line, 2);
  EXPECT_EQ(a->pos().col, 8);
  EXPECT_EQ(a->items()[2].as_string(), "Độc lập");
  EXPECT_EQ(a->items()[2].pos().col, 17);  // columns count code points
  EXPECT_TRUE(a->items()[0].is_integer());
  EXPECT_FALSE(a->items()[1].is_integer());
  EXPECT_TRUE(j->find("b")->find("d")->as_bool());
}

TEST(Json, ReportsErrorsWithLineAndColumn) {
  struct Case {
    const char* text;
    int line, col;
    const char* words;
  };
  Case cases[] = {
      {"{\"a\": 1,}", 1, 9, "tên trường"},
      {"{\"a\": 1\n \"b\": 2}", 2, 2, "thiếu dấu «,»"},
      {"{'a': 1}", 1, 2, "nháy kép"},
      {"{\"a\": \"x}", 1, 10, "chưa đóng"},
      {"[1, 2", 1, 6, "«]»"},
      {"{\"a\": 01}", 1, 8, "bắt đầu bằng 0"},
      {"{\"a\": 1, \"a\": 2}", 1, 10, "lặp lại"},
      {"{\"a\": tru}", 1, 7, "không mong đợi"},
      {"{} x", 1, 4, "thừa"},
  };
  for (auto& c : cases) {
    Diagnostics d;
    EXPECT_FALSE(parse_json(c.text, "f.json", d)) << c.text;
    ASSERT_FALSE(d.empty()) << c.text;
    auto& x = d.items()[0];
    EXPECT_EQ(x.loc.line, c.line) << c.text << " → " << format(x);
    EXPECT_EQ(x.loc.col, c.col) << c.text << " → " << format(x);
    EXPECT_NE(format(x).find(c.words), std::string::npos) << format(x);
  }
}

TEST(Json, DepthIsBounded) {
  std::string deep(200, '[');
  Diagnostics d;
  EXPECT_FALSE(parse_json(deep, "deep.json", d));
  EXPECT_NE(d.to_string().find("quá sâu"), std::string::npos);
}

TEST(Json, WriterRoundTripsUnicodeAndEscapes) {
  Json o = Json::object();
  o.set("tên", Json::string("Nguyễn \"Văn\"\nA"));
  o.set("n", Json::integer(2340000));
  std::string s = to_json(o, -1);
  EXPECT_EQ(s, "{\"tên\":\"Nguyễn \\\"Văn\\\"\\nA\",\"n\":2340000}");
  Diagnostics d;
  auto back = parse_json(s, "", d);
  ASSERT_TRUE(back);
  EXPECT_EQ(back->find("tên")->as_string(), "Nguyễn \"Văn\"\nA");
}

TEST(Fields, UnknownFieldGetsSuggestion) {
  Diagnostics d;
  auto j = parse_json("{\"name\": \"x\", \"nmae2\": 1, \"year\": \"2024\"}", "m.json", d);
  ASSERT_TRUE(j);
  Fields f(*j, "issuer", "m.json", d);
  f.str("name");
  f.integer("year", true, 1990, 2100);
  f.str("place");
  f.finish();
  std::string all = d.to_string();
  EXPECT_NE(all.find("m.json:1:35: lỗi: trường «issuer.year»: phải là số nguyên, nhưng là chuỗi"),
            std::string::npos)
      << all;
  EXPECT_NE(all.find("trường «issuer.place»: thiếu trường bắt buộc"), std::string::npos) << all;
  EXPECT_NE(all.find("trường «issuer.nmae2»: trường không được hỗ trợ (gợi ý: có phải ý bạn là «name»?)"),
            std::string::npos)
      << all;
  EXPECT_EQ(d.error_count(), 3u);
}
