// Template engine: structure, loops and conditions, whitespace, and errors with file:line:col — several
// at a time; hostile templates (self-include, deep nesting, huge loops) are refused, not run.
#include "tmpl/template.hpp"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "doc/document.hpp"

using namespace tdkt;
using core::Json;

namespace {
Json data() {
  core::Diagnostics d;
  return *core::parse_json(
      R"({"ten": "Trần Thị Hương", "ds": [{"t": "một"}, {"t": "hai"}], "co": true, "so": 7})", "", d);
}
std::string render(const std::string& body, core::Diagnostics& d, const tmpl::Options& o = {}) {
  auto doc = tmpl::render_text("<template id=\"t\">\n" + body + "\n</template>", "t.xml", data(), o, d);
  return doc ? doc::dump(*doc) : "";
}
}  // namespace

TEST(Template, ParagraphsLoopsConditionsAndInlineStyles) {
  core::Diagnostics d;
  std::string out = render(R"(<p>Kính gửi:   <b>{{ ten }}</b>
       ({{ so | pad2 }})</p>
  <for each="x in ds" index="i"><p>{{ i }}. {{ x.t }}</p></for>
  <if test="co and so > 5"><p>đúng</p><else><p>sai</p></else></if>
  <if test="not co"><p>không in</p><else><p>in nhánh else</p></else></if>
  <p>đầu <if test="co"><b>đậm</b> <if test="so > 100">lớn<else>nhỏ</else></if></if> cuối</p>)",
                           d);
  ASSERT_TRUE(d.empty()) << d.to_string();
  EXPECT_NE(out.find("P body justify first=567 after=120\n  R 14pt «Kính gửi: »\n  R 14pt b «Trần Thị "
                     "Hương»\n  R 14pt « (07)»\n"),
            std::string::npos)
      << out;
  EXPECT_NE(out.find("«1. một»"), std::string::npos);
  EXPECT_NE(out.find("«2. hai»"), std::string::npos);
  EXPECT_NE(out.find("«đúng»"), std::string::npos);
  EXPECT_EQ(out.find("«sai»"), std::string::npos);
  EXPECT_NE(out.find("«in nhánh else»"), std::string::npos);
  // inline conditions nest, and keep the inline styles
  EXPECT_NE(out.find("R 14pt «đầu »\n  R 14pt b «đậm»\n  R 14pt « nhỏ cuối»"), std::string::npos) << out;
}

TEST(Template, TablesCheckTheirColumns) {
  core::Diagnostics d;
  std::string out = render(R"(<table cols="3000,6000" borders="true">
    <row header="true"><cell><p style="cell-head">STT</p></cell><cell><p style="cell-head">Họ tên</p></cell></row>
    <for each="x in ds" index="i"><row><cell><p style="cell-center">{{ i }}</p></cell><cell><p style="cell">{{ x.t }}</p></cell></row></for>
  </table>)",
                           d);
  ASSERT_TRUE(d.empty()) << d.to_string();
  EXPECT_NE(out.find("TABLE borders cols=3000,6000\n  ROW header\n"), std::string::npos) << out;
  EXPECT_NE(out.find("«hai»"), std::string::npos);

  // Row loops take the same checks and bounds as block loops.
  core::Diagnostics d3;
  tmpl::Options small;
  small.max_loop_items = 1;
  render(
      R"(<table cols="9000"><for each="x in ds" chiso="i"><row><cell><p>{{ x.t }}</p></cell></row></for></table>)",
      d3, small);
  EXPECT_NE(d3.to_string().find("thuộc tính «chiso» không dùng được cho <for>"), std::string::npos)
      << d3.to_string();
  EXPECT_NE(d3.to_string().find("danh sách quá dài cho <for>"), std::string::npos) << d3.to_string();

  core::Diagnostics d2;
  render(R"(<table cols="3000,6000"><row><cell><p>chỉ một ô</p></cell></row></table>)", d2);
  EXPECT_NE(d2.to_string().find("t.xml:2:25: lỗi: hàng có 1 cột, bảng có 2 cột"), std::string::npos)
      << d2.to_string();
}

TEST(Template, SeveralErrorsAtOnceWithLocations) {
  core::Diagnostics d;
  render(R"(<p>{{ ten_sai }}</p>
<p style="khong-co">x</p>
<bang/>
<p>{{ ten | khong_loc }}</p>
<for each="x in ten"><p>x</p></for>
<p>{{ ten </p>)",
         d);
  std::string all = d.to_string();
  EXPECT_NE(all.find("t.xml:2:4: lỗi: biểu thức «ten_sai»: trường dữ liệu «ten_sai» không có"),
            std::string::npos)
      << all;
  EXPECT_NE(all.find("t.xml:3:1: lỗi: kiểu đoạn «khong-co» không có trong bộ kiểu NĐ 30"), std::string::npos)
      << all;
  EXPECT_NE(all.find("t.xml:4:1: lỗi: thẻ <bang> không có"), std::string::npos) << all;
  EXPECT_NE(all.find("t.xml:5:4: lỗi: biểu thức «ten | khong_loc»: bộ lọc «khong_loc» không có"),
            std::string::npos)
      << all;
  EXPECT_NE(all.find("t.xml:6:1: lỗi: each cần một danh sách, nhưng là chuỗi"), std::string::npos) << all;
  EXPECT_NE(all.find("t.xml:7:4: lỗi: «{{» chưa đóng bằng «}}»"), std::string::npos) << all;
  EXPECT_EQ(d.error_count(), 6u) << all;
}

TEST(Template, FramesTakeMillimetresFromData) {
  core::Diagnostics d;
  std::string out = render(R"(<p style="gk-ten" x-mm="{{ so }}" y-mm="98" w-mm="237.5">{{ ten }}</p>)", d);
  ASSERT_TRUE(d.empty()) << d.to_string();
  EXPECT_NE(out.find("frame=397,5556,13465"), std::string::npos) << out;  // 7 mm, 98 mm, 237,5 mm in twips
  core::Diagnostics d2;
  render(R"(<p style="gk-ten" x-mm="{{ ten }}" y-mm="98" w-mm="-1">x</p>)", d2);
  EXPECT_NE(d2.to_string().find("x-mm=«Trần Thị Hương» phải là số milimét từ 0 đến 500"), std::string::npos)
      << d2.to_string();
  EXPECT_NE(d2.to_string().find("w-mm=«-1» phải là số milimét"), std::string::npos) << d2.to_string();
}

TEST(Template, XmlSyntaxErrorHasLocation) {
  core::Diagnostics d;
  auto doc = tmpl::render_text("<template>\n  <p>mở\n</template>", "hong.xml", data(), {}, d);
  EXPECT_FALSE(doc);
  EXPECT_NE(d.to_string().find("hong.xml:3:3: lỗi: XML không hợp lệ"), std::string::npos) << d.to_string();
}

TEST(Template, HostileTemplatesAreBounded) {
  auto dir = std::filesystem::path(::testing::TempDir()) / "tmpl-hostile";
  std::filesystem::create_directories(dir);
  std::ofstream(dir / "self.xml") << "<partial><include src=\"self.xml\"/></partial>";
  tmpl::Options o;
  o.root = dir.string();
  core::Diagnostics d;
  render("<include src=\"self.xml\"/>", d, o);
  EXPECT_NE(d.to_string().find("lồng <include> quá sâu"), std::string::npos) << d.to_string();

  core::Diagnostics d2;
  render("<include src=\"../../etc/passwd\"/>", d2, o);
  EXPECT_NE(d2.to_string().find("không có «..»"), std::string::npos) << d2.to_string();

  // A loop that would produce too many blocks stops with one error instead of eating memory.
  core::Diagnostics d3;
  tmpl::Options small;
  small.max_blocks = 50;
  render(
      "<for each=\"a in ds\"><for each=\"b in ds\"><for each=\"c in ds\"><for each=\"e in ds\"><for each=\"f "
      "in ds\">"
      "<for each=\"g in ds\"><p>x</p></for></for></for></for></for></for>",
      d3, small);
  EXPECT_NE(d3.to_string().find("văn bản quá lớn"), std::string::npos) << d3.to_string();
  EXPECT_EQ(d3.error_count(), 1u);

  // Entities and DTDs are not expanded (pugixml has no DTD support): a billion-laughs file is just an error.
  core::Diagnostics d4;
  auto doc = tmpl::render_text(
      "<!DOCTYPE t [<!ENTITY a \"aaaa\"><!ENTITY b \"&a;&a;&a;&a;\">]><template><p>&b;</p></template>",
      "bomb.xml", data(), {}, d4);
  if (doc) {
    EXPECT_EQ(doc::dump(*doc).find("aaaaaaaa"), std::string::npos);
  }
}
