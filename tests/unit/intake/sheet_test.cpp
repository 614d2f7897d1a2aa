// The list reader: XLSX files made here by zipping hand-written XML with libzip (so every part of the format
// and every hostile case can be built), CSV text, Excel serial days and column names.
#include "intake/sheet.hpp"

#include <gtest/gtest.h>
#include <unistd.h>
#include <zip.h>

#include <cmath>
#include <filesystem>
#include <fstream>
#include <random>
#include <stdexcept>

#include "../support/temp_dir.hpp"

using namespace tdkt;
namespace fs = std::filesystem;

namespace {

using Members = std::vector<std::pair<std::string, std::string>>;

using test::TempDir;

// Zips the members (deflated, in order) with libzip; throws on any failure so the test fails loudly.
void zip_members(const std::string& path, const Members& members) {
  int err = 0;
  zip_t* z = zip_open(path.c_str(), ZIP_CREATE | ZIP_TRUNCATE, &err);
  if (!z) throw std::runtime_error("zip_open " + std::to_string(err));
  for (auto& [name, bytes] : members) {
    zip_source_t* s = zip_source_buffer(z, bytes.data(), bytes.size(), 0);
    if (!s || zip_file_add(z, name.c_str(), s, ZIP_FL_ENC_UTF_8) < 0) {
      std::string why = zip_strerror(z);
      if (s) zip_source_free(s);
      zip_discard(z);
      throw std::runtime_error("zip_file_add " + name + ": " + why);
    }
  }
  if (zip_close(z) != 0) {
    std::string why = zip_strerror(z);
    zip_discard(z);
    throw std::runtime_error("zip_close: " + why);
  }
}

void write_bytes(const std::string& path, const std::string& bytes) {
  std::ofstream(path, std::ios::binary) << bytes;
}

const char* const kMain = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const char* const kRel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

// A minimal workbook: the sheets (name, sheetData content), optional shared strings and styles, and extra
// members appended after the parts.
struct Book {
  std::vector<std::pair<std::string, std::string>> sheets;
  std::string shared;       // the content of <sst>; empty: no xl/sharedStrings.xml
  std::string styles;       // the whole xl/styles.xml; empty: none
  std::string workbook_pr;  // attributes of <workbookPr>; empty: no such element
  Members extra;
  std::string sheet_xml(const std::string& data) const {
    return std::string("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<worksheet xmlns=\"") +
           kMain + "\"><sheetData>" + data + "</sheetData></worksheet>";
  }
  Members members() const {
    std::string wb = std::string("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<workbook xmlns=\"") + kMain +
                     "\" xmlns:r=\"" + kRel + "\">" +
                     (workbook_pr.empty() ? "" : "<workbookPr " + workbook_pr + "/>") + "<sheets>";
    std::string rels =
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Relationships "
        "xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">";
    Members m;
    for (size_t i = 0; i < sheets.size(); ++i) {
      std::string n = std::to_string(i + 1);
      wb += "<sheet name=\"" + sheets[i].first + "\" sheetId=\"" + n + "\" r:id=\"rId" + n + "\"/>";
      rels += "<Relationship Id=\"rId" + n + "\" Type=\"" + kRel + "/worksheet\" Target=\"worksheets/sheet" +
              n + ".xml\"/>";
    }
    wb += "</sheets></workbook>";
    rels += "</Relationships>";
    m.push_back({"xl/workbook.xml", wb});
    m.push_back({"xl/_rels/workbook.xml.rels", rels});
    for (size_t i = 0; i < sheets.size(); ++i)
      m.push_back({"xl/worksheets/sheet" + std::to_string(i + 1) + ".xml", sheet_xml(sheets[i].second)});
    if (!shared.empty())
      m.push_back(
          {"xl/sharedStrings.xml", std::string("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<sst xmlns=\"") +
                                       kMain + "\">" + shared + "</sst>"});
    if (!styles.empty()) m.push_back({"xl/styles.xml", styles});
    m.insert(m.end(), extra.begin(), extra.end());
    return m;
  }
};

// An inline-string cell.
std::string istr(const std::string& ref, const std::string& text) {
  return "<c r=\"" + ref + "\" t=\"inlineStr\"><is><t>" + text + "</t></is></c>";
}

// Rows 1..n of one inline-string cell each.
std::string rows_of(int n) {
  std::string s;
  for (int r = 1; r <= n; ++r)
    s += "<row r=\"" + std::to_string(r) + "\">" +
         istr("A" + std::to_string(r), "Dòng " + std::to_string(r)) + "</row>";
  return s;
}

// True when an error of d is about `file` and its message and hint together contain every word.
::testing::AssertionResult refused(const core::Diagnostics& d, const std::string& file,
                                   const std::vector<std::string>& words) {
  if (!d.has_errors()) return ::testing::AssertionFailure() << "no error at all";
  for (auto& x : d.items()) {
    if (x.severity != core::Severity::Error || x.loc.file != file) continue;
    std::string all = x.message + " " + x.hint;
    bool every = true;
    for (auto& w : words) every = every && all.find(w) != std::string::npos;
    if (every) return ::testing::AssertionSuccess();
  }
  return ::testing::AssertionFailure() << "no error about " << file << " with the words; got:\n"
                                       << d.to_string();
}

}  // namespace

// ---- XLSX: what the cells hold ----

TEST(IntakeSheet, XlsxSharedInlineRichTextFormulaErrorAndBoolCells) {
  TempDir tmp;
  Book b;
  b.shared =
      "<si><t>Họ và tên</t></si>"
      "<si><r><rPr><b/></rPr><t xml:space=\"preserve\">Nguyễn </t></r><r><t>Văn An</t></r></si>"
      "<si><t>Trần Thị Bình</t><rPh sb=\"0\" eb=\"1\"><t>チャン</t></rPh></si>"
      "<si><t>=1+1</t></si>";
  b.sheets = {
      {"Danh sách",
       "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c><c r=\"B1\" t=\"s\"><v>1</v></c>"
       "<c r=\"C1\" t=\"s\"><v>2</v></c><c r=\"D1\" t=\"s\"><v>3</v></c></row>"
       "<row r=\"2\">" +
           istr("A2", "Xã Mỹ Hiệp") +
           "<c r=\"B2\" t=\"inlineStr\"><is><r><t>Phòng </t></r><r><rPr><i/></rPr><t>Nội vụ</t></r></is></c>"
           "<c r=\"C2\"><v>3.25</v></c><c r=\"D2\" t=\"b\"><v>1</v></c><c r=\"E2\" t=\"b\"><v>0</v></c></row>"
           "<row r=\"3\"><c r=\"A3\"><f>SUM(C2:C2)*2</f><v>6.5</v></c>"
           "<c r=\"B3\" t=\"str\"><f>A2&amp;\" 1\"</f><v>Xã Mỹ Hiệp 1</v></c>"
           "<c r=\"C3\" t=\"e\"><v>#N/A</v></c><c r=\"D3\"><f>1+1</f></c></row>"}};
  auto path = tmp.path("cells.xlsx");
  zip_members(path, b.members());
  core::Diagnostics d;
  auto s = intake::read_xlsx(path, "", d);
  ASSERT_TRUE(s) << d.to_string();
  EXPECT_FALSE(d.has_errors()) << d.to_string();
  EXPECT_EQ(s->file, path);
  EXPECT_EQ(s->sheet, "Danh sách");
  ASSERT_EQ(s->rows.size(), 3u);
  const auto& r1 = s->rows[0];
  EXPECT_EQ(r1.number, 1);
  EXPECT_EQ(r1.at(0).kind, intake::Cell::Kind::Text);
  EXPECT_EQ(r1.at(0).text, "Họ và tên");
  EXPECT_EQ(r1.at(1).text, "Nguyễn Văn An") << "rich text runs are joined";
  EXPECT_EQ(r1.at(2).text, "Trần Thị Bình") << "phonetic runs are left out";
  EXPECT_EQ(r1.at(3).kind, intake::Cell::Kind::Text) << "a shared string that looks like a formula is text";
  EXPECT_EQ(r1.at(3).text, "=1+1");
  const auto& r2 = s->rows[1];
  EXPECT_EQ(r2.at(0).kind, intake::Cell::Kind::Text);
  EXPECT_EQ(r2.at(0).text, "Xã Mỹ Hiệp");
  EXPECT_EQ(r2.at(1).text, "Phòng Nội vụ") << "inline rich text";
  EXPECT_EQ(r2.at(2).kind, intake::Cell::Kind::Number);
  EXPECT_EQ(r2.at(2).text, "3.25");
  EXPECT_DOUBLE_EQ(r2.at(2).number, 3.25);
  EXPECT_FALSE(r2.at(2).date_format);
  EXPECT_EQ(r2.at(3).kind, intake::Cell::Kind::Bool);
  EXPECT_EQ(r2.at(3).text, "TRUE");
  EXPECT_EQ(r2.at(4).text, "FALSE");
  const auto& r3 = s->rows[2];
  EXPECT_EQ(r3.at(0).kind, intake::Cell::Kind::Formula);
  EXPECT_DOUBLE_EQ(r3.at(0).number, 6.5) << "the cached value";
  EXPECT_EQ(r3.at(0).text, "6.5");
  EXPECT_EQ(r3.at(1).kind, intake::Cell::Kind::Formula);
  EXPECT_EQ(r3.at(1).text, "Xã Mỹ Hiệp 1") << "a string formula's cached text";
  EXPECT_EQ(r3.at(2).kind, intake::Cell::Kind::Error);
  EXPECT_EQ(r3.at(2).text, "#N/A");
  EXPECT_EQ(r3.at(3).kind, intake::Cell::Kind::Formula) << "a formula without a cached value is still one";
  EXPECT_EQ(r3.at(9).kind, intake::Cell::Kind::Empty) << "past the last cell";
}

TEST(IntakeSheet, XlsxDateStylesFromBuiltInAndCustomFormats) {
  TempDir tmp;
  Book b;
  b.styles = std::string("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<styleSheet xmlns=\"") + kMain +
             "\"><numFmts count=\"3\"><numFmt numFmtId=\"164\" formatCode=\"dd/mm/yyyy\"/>"
             "<numFmt numFmtId=\"165\" formatCode=\"0&quot; d/m&quot;\"/>"
             "<numFmt numFmtId=\"166\" formatCode=\"[$-42A]mmmm yyyy\"/></numFmts>"
             "<cellXfs count=\"6\"><xf numFmtId=\"0\"/><xf numFmtId=\"14\"/><xf numFmtId=\"164\"/>"
             "<xf numFmtId=\"165\"/><xf numFmtId=\"3\"/><xf numFmtId=\"166\"/></cellXfs></styleSheet>";
  b.sheets = {{"Ngày",
               "<row r=\"1\"><c r=\"A1\" s=\"1\"><v>45658</v></c><c r=\"B1\" s=\"2\"><v>45292.75</v></c>"
               "<c r=\"C1\" s=\"3\"><v>12</v></c><c r=\"D1\" s=\"4\"><v>1800000</v></c>"
               "<c r=\"E1\"><v>45658</v></c><c r=\"F1\" s=\"42\"><v>45658</v></c>"
               "<c r=\"G1\" s=\"5\"><v>45658</v></c></row>"}};
  auto path = tmp.path("dates.xlsx");
  zip_members(path, b.members());
  core::Diagnostics d;
  auto s = intake::read_xlsx(path, "", d);
  ASSERT_TRUE(s) << d.to_string();
  ASSERT_EQ(s->rows.size(), 1u);
  const auto& r = s->rows[0];
  EXPECT_TRUE(r.at(0).date_format) << "numFmtId 14 is Excel's short date";
  EXPECT_EQ(intake::serial_to_iso(r.at(0).number), "2025-01-01");
  EXPECT_TRUE(r.at(1).date_format) << "a custom dd/mm/yyyy";
  EXPECT_EQ(intake::serial_to_iso(r.at(1).number), "2024-01-01") << "the time of day is dropped";
  EXPECT_FALSE(r.at(2).date_format) << "d and m inside quotes are literal text, not a date";
  EXPECT_FALSE(r.at(3).date_format) << "#,##0 is money";
  EXPECT_FALSE(r.at(4).date_format) << "no style";
  EXPECT_FALSE(r.at(5).date_format) << "a style index past cellXfs";
  EXPECT_TRUE(r.at(6).date_format) << "month and year with a locale prefix";
  for (size_t c = 0; c < 7; ++c) EXPECT_EQ(r.at(c).kind, intake::Cell::Kind::Number) << c;
}

TEST(IntakeSheet, XlsxRowNumbersGapsAndBlankRows) {
  TempDir tmp;
  Book b;
  b.sheets = {{"Trang 1", "<row r=\"2\">" + istr("A2", "STT") + istr("D2", "Đơn vị") +
                              "</row>"
                              "<row r=\"5\">" +
                              istr("B5", "   ") +
                              "</row>"                            // only blanks: skipped
                              "<row r=\"6\"><c r=\"A6\"/></row>"  // an empty cell: skipped
                              "<row r=\"7\"><c t=\"inlineStr\"><is><t>một</t></is></c>"
                              "<c t=\"inlineStr\"><is><t>hai</t></is></c>" +
                              istr("E7", "năm") + "<c t=\"inlineStr\"><is><t>sáu</t></is></c></row>" +
                              "<row><c t=\"inlineStr\"><is><t>tám</t></is></c></row>"}};
  auto path = tmp.path("rows.xlsx");
  zip_members(path, b.members());
  core::Diagnostics d;
  auto s = intake::read_xlsx(path, "", d);
  ASSERT_TRUE(s) << d.to_string();
  ASSERT_EQ(s->rows.size(), 3u);
  EXPECT_EQ(s->rows[0].number, 2);
  ASSERT_EQ(s->rows[0].cells.size(), 4u) << "cells are placed by their reference";
  EXPECT_EQ(s->rows[0].at(1).kind, intake::Cell::Kind::Empty);
  EXPECT_EQ(s->rows[0].at(3).text, "Đơn vị");
  EXPECT_EQ(s->rows[1].number, 7) << "blank rows are left out, numbers kept";
  EXPECT_EQ(s->rows[1].at(0).text, "một") << "a cell without reference follows the previous one";
  EXPECT_EQ(s->rows[1].at(1).text, "hai");
  EXPECT_EQ(s->rows[1].at(4).text, "năm");
  EXPECT_EQ(s->rows[1].at(5).text, "sáu");
  EXPECT_EQ(s->rows[2].number, 8) << "a row without a number follows the previous one";
  EXPECT_EQ(s->rows[2].at(0).text, "tám");
}

TEST(IntakeSheet, XlsxNamespacePrefixesAreAccepted) {
  TempDir tmp;
  Book b;
  b.sheets = {{"Danh sách", ""}};
  auto m = b.members();
  m[2].second = std::string("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<x:worksheet xmlns:x=\"") + kMain +
                "\"><x:sheetData><x:row r=\"1\"><x:c r=\"A1\" t=\"inlineStr\"><x:is><x:t>Lê Văn Cường</x:t>"
                "</x:is></x:c><x:c r=\"B1\"><x:v>7</x:v></x:c></x:row></x:sheetData></x:worksheet>";
  auto path = tmp.path("prefixed.xlsx");
  zip_members(path, m);
  core::Diagnostics d;
  auto s = intake::read_xlsx(path, "", d);
  ASSERT_TRUE(s) << d.to_string();
  ASSERT_EQ(s->rows.size(), 1u);
  EXPECT_EQ(s->rows[0].at(0).text, "Lê Văn Cường");
  EXPECT_DOUBLE_EQ(s->rows[0].at(1).number, 7);
}

// ---- XLSX: choosing the sheet ----

TEST(IntakeSheet, XlsxSheetByNameAndTheFirstByDefault) {
  TempDir tmp;
  Book b;
  b.sheets = {{"Hướng dẫn", "<row r=\"1\">" + istr("A1", "Đọc kỹ") + "</row>"},
              {"Danh sách", "<row r=\"1\">" + istr("A1", "Họ và tên") + "</row>"}};
  auto path = tmp.path("two.xlsx");
  zip_members(path, b.members());
  core::Diagnostics d;
  auto first = intake::read_xlsx(path, "", d);
  ASSERT_TRUE(first) << d.to_string();
  EXPECT_EQ(first->sheet, "Hướng dẫn");
  EXPECT_EQ(first->rows.at(0).at(0).text, "Đọc kỹ");
  EXPECT_EQ(first->sheets, (std::vector<std::string>{"Hướng dẫn", "Danh sách"}));
  auto second = intake::read(path, "Danh sách", d);
  ASSERT_TRUE(second) << d.to_string();
  EXPECT_EQ(second->sheet, "Danh sách");
  EXPECT_EQ(second->rows.at(0).at(0).text, "Họ và tên");
  EXPECT_FALSE(d.has_errors());
}

TEST(IntakeSheet, XlsxMissingSheetNamesTheSheetsThatExist) {
  TempDir tmp;
  Book b;
  b.sheets = {{"Hướng dẫn", ""}, {"Danh sách", ""}};
  auto path = tmp.path("two.xlsx");
  zip_members(path, b.members());
  core::Diagnostics d;
  EXPECT_FALSE(intake::read_xlsx(path, "Tập thể", d));
  EXPECT_TRUE(refused(d, path, {"«Tập thể»", "«Hướng dẫn»", "«Danh sách»"}));
}

TEST(IntakeSheet, XlsxAbsoluteSheetTargetIsFollowedAndEscapingTargetRefused) {
  TempDir tmp;
  Book b;
  b.sheets = {{"Danh sách", "<row r=\"1\">" + istr("A1", "đúng trang") + "</row>"}};
  auto m = b.members();
  auto replace = [](std::string s, const std::string& from, const std::string& to) {
    return s.replace(s.find(from), from.size(), to);
  };
  m[1].second = replace(m[1].second, "Target=\"worksheets/", "Target=\"/xl/worksheets/");
  auto good = tmp.path("absolute.xlsx");
  zip_members(good, m);
  core::Diagnostics d;
  auto s = intake::read_xlsx(good, "", d);
  ASSERT_TRUE(s) << d.to_string();
  EXPECT_EQ(s->rows.at(0).at(0).text, "đúng trang");

  m[1].second = replace(m[1].second, "Target=\"/xl/worksheets/sheet1.xml", "Target=\"../../etc/passwd");
  auto bad = tmp.path("escaping.xlsx");
  zip_members(bad, m);
  core::Diagnostics d2;
  EXPECT_FALSE(intake::read_xlsx(bad, "", d2));
  EXPECT_TRUE(refused(d2, bad, {"../../etc/passwd"}));
}

// OOXML text escapes what XML cannot carry as _xHHHH_ (ECMA-376 ST_Xstring) and a literal "_x" as _x005F_x:
// a cell Excel saved with a carriage return (or tdkt wrote with "\r\n") reads back as the text it was.
TEST(IntakeSheet, XlsxEscapedCharactersAreDecoded) {
  TempDir tmp;
  Book b;
  b.shared = "<si><t>Dòng 1_x000D_\nDòng 2</t></si><si><t>mã_x005F_x0041_</t></si>";
  b.sheets = {{"Danh sách", "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c><c r=\"B1\" t=\"s\"><v>1</v></c>" +
                                istr("C1", "a_x0009_b") + "</row>"}};
  auto path = tmp.path("escapes.xlsx");
  zip_members(path, b.members());
  core::Diagnostics d;
  auto s = intake::read_xlsx(path, "", d);
  ASSERT_TRUE(s) << d.to_string();
  EXPECT_EQ(s->rows.at(0).at(0).text, "Dòng 1\r\nDòng 2");
  EXPECT_EQ(s->rows.at(0).at(1).text, "mã_x0041_") << "_x005F_ is a literal underscore";
  EXPECT_EQ(s->rows.at(0).at(2).text, "a\tb");
}

// ---- XLSX: hostile and broken files ----

TEST(IntakeSheet, XlsxEntryNamesOutsideThePackageAreRefused) {
  for (std::string evil :
       {"../../evil.sh", "xl/../../evil.sh", "/etc/cron.d/evil", "xl\\..\\evil.sh", "C:evil"}) {
    TempDir tmp;
    Book b;
    b.sheets = {{"Danh sách", rows_of(2)}};
    b.extra = {{evil, "boom"}};
    auto path = tmp.path("evil.xlsx");
    zip_members(path, b.members());
    core::Diagnostics d;
    EXPECT_FALSE(intake::read_xlsx(path, "", d)) << evil;
    EXPECT_TRUE(refused(d, path, {"«" + evil + "»"})) << evil;
  }
}

TEST(IntakeSheet, XlsxDoctypeOrEntityInAnyPartIsRefused) {
  const std::string doctype =
      "<!DOCTYPE worksheet [<!ENTITY boom \"BOOM\">]>\n<worksheet xmlns=\"" + std::string(kMain) +
      "\"><sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>&boom;</t></is></c></row></sheetData>"
      "</worksheet>";
  const std::string entity_in_shared = std::string("<?xml version=\"1.0\"?>\n<!DOCTYPE sst SYSTEM ") +
                                       "\"file:///etc/passwd\"><sst xmlns=\"" + kMain +
                                       "\"><si><t>x</t></si></sst>";
  for (auto [member, bytes] : std::vector<std::pair<std::string, std::string>>{
           {"xl/worksheets/sheet1.xml", "<?xml version=\"1.0\"?>\n" + doctype},
           {"xl/sharedStrings.xml", entity_in_shared}}) {
    TempDir tmp;
    Book b;
    b.sheets = {{"Danh sách", rows_of(1)}};
    b.shared = "<si><t>x</t></si>";
    auto m = b.members();
    for (auto& [n, x] : m)
      if (n == member) x = bytes;
    auto path = tmp.path("doctype.xlsx");
    zip_members(path, m);
    core::Diagnostics d;
    EXPECT_FALSE(intake::read_xlsx(path, "", d)) << member;
    EXPECT_TRUE(refused(d, path, {"«" + member + "»", "DOCTYPE"})) << member;
  }
}

// pugixml would parse UTF-16 (found from the BOM), where the DOCTYPE search over UTF-8 bytes sees nothing:
// parts that are not UTF-8 are refused.
TEST(IntakeSheet, XlsxDoctypeInUtf16XmlIsRefused) {
  TempDir tmp;
  Book b;
  b.sheets = {{"Danh sach", ""}};
  auto m = b.members();
  std::string x =
      "<?xml version=\"1.0\" encoding=\"UTF-16\"?>\n<!DOCTYPE worksheet [<!ENTITY boom \"BOOM\">]>\n" +
      std::string("<worksheet xmlns=\"") + kMain +
      "\"><sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>Dong 1</t></is></c></row>"
      "</sheetData></worksheet>";
  std::string utf16 = "\xFF\xFE";  // little-endian BOM; every character of x is ASCII
  for (char c : x) utf16 += std::string{c, '\0'};
  m[2].second = utf16;
  auto path = tmp.path("utf16.xlsx");
  zip_members(path, m);
  core::Diagnostics d;
  auto s = intake::read_xlsx(path, "", d);
  EXPECT_FALSE(s) << "accepted; A1 = «" << (s && !s->rows.empty() ? s->rows[0].at(0).text : "") << "»";
  EXPECT_TRUE(refused(d, path, {"«xl/worksheets/sheet1.xml»"}));
}

// Sheet names are checked for UTF-8 as cell text is: they travel into Sheet::sheets and the messages.
TEST(IntakeSheet, XlsxSheetNameNotUtf8IsRefused) {
  TempDir tmp;
  Book b;
  b.sheets = {{"Danh s\xC3", rows_of(1)}};
  auto path = tmp.path("name.xlsx");
  zip_members(path, b.members());
  core::Diagnostics d;
  auto s = intake::read_xlsx(path, "", d);
  EXPECT_FALSE(s) << "accepted as sheet «" << (s ? s->sheet : "") << "»";
  EXPECT_TRUE(refused(d, path, {"UTF-8"}));
}

TEST(IntakeSheet, XlsxMemberOverTheLimitIsRefusedEvenIfNeverRead) {
  TempDir tmp;
  Book b;
  b.sheets = {{"Danh sách", rows_of(40)}};  // about 3 KB of sheet XML
  auto path = tmp.path("big.xlsx");
  zip_members(path, b.members());
  core::Diagnostics ok;
  ASSERT_TRUE(intake::read_xlsx(path, "", ok))
      << "the same file within the default limits: " << ok.to_string();

  intake::Limits lim;
  lim.max_member = 2000;
  core::Diagnostics d;
  EXPECT_FALSE(intake::read_xlsx(path, "", d, lim));
  EXPECT_TRUE(refused(d, path, {"«xl/worksheets/sheet1.xml»"}));

  // A member nobody would read is judged from the directory all the same.
  Book c;
  c.sheets = {{"Danh sách", rows_of(1)}};
  c.extra = {{"xl/media/image1.png", std::string(5000, 'x')}};
  auto unread = tmp.path("unread.xlsx");
  zip_members(unread, c.members());
  core::Diagnostics d2;
  EXPECT_FALSE(intake::read_xlsx(unread, "", d2, lim));
  EXPECT_TRUE(refused(d2, unread, {"«xl/media/image1.png»"}));
}

TEST(IntakeSheet, XlsxSuspiciousCompressionRatioIsRefused) {
  TempDir tmp;
  Book b;
  b.sheets = {{"Danh sách", rows_of(1)}};
  b.extra = {{"xl/media/pad.bin", std::string(3u << 20, '\0')}};  // 3 MB of zeros deflate ~1000:1
  auto path = tmp.path("bomb.xlsx");
  zip_members(path, b.members());
  core::Diagnostics d;
  EXPECT_FALSE(intake::read_xlsx(path, "", d));
  EXPECT_TRUE(refused(d, path, {"«xl/media/pad.bin»", "bom nén"}));

  intake::Limits lax;
  lax.max_ratio = 100000;
  core::Diagnostics d2;
  EXPECT_TRUE(intake::read_xlsx(path, "", d2, lax)) << "the ratio is what was refused: " << d2.to_string();

  // As large but incompressible: a real picture, accepted under the default limits.
  std::string noise(3u << 20, '\0');
  std::mt19937 rng(11);
  for (auto& ch : noise) ch = static_cast<char>(rng());
  b.extra = {{"xl/media/photo.jpg", noise}};
  auto photo = tmp.path("photo.xlsx");
  zip_members(photo, b.members());
  core::Diagnostics d3;
  EXPECT_TRUE(intake::read_xlsx(photo, "", d3)) << d3.to_string();
}

TEST(IntakeSheet, XlsxTotalUncompressedLimitStopsReading) {
  TempDir tmp;
  Book b;
  b.sheets = {{"Danh sách", rows_of(20)}};
  auto path = tmp.path("total.xlsx");
  zip_members(path, b.members());
  intake::Limits lim;
  lim.max_total = 1500;  // every member is under max_member; together they are not
  core::Diagnostics d;
  EXPECT_FALSE(intake::read_xlsx(path, "", d, lim));
  EXPECT_TRUE(refused(d, path, {"giới hạn"}));
}

TEST(IntakeSheet, XlsxTooManyEntriesIsRefused) {
  TempDir tmp;
  Book b;
  b.sheets = {{"Danh sách", rows_of(1)}};
  b.extra = {{"a.txt", "a"}, {"b.txt", "b"}};
  auto path = tmp.path("entries.xlsx");
  zip_members(path, b.members());  // 5 entries
  intake::Limits lim;
  lim.max_entries = 5;
  core::Diagnostics ok;
  EXPECT_TRUE(intake::read_xlsx(path, "", ok, lim)) << ok.to_string();
  lim.max_entries = 4;
  core::Diagnostics d;
  EXPECT_FALSE(intake::read_xlsx(path, "", d, lim));
  EXPECT_TRUE(refused(d, path, {"5"}));
}

TEST(IntakeSheet, XlsxTooManyRowsIsRefusedBlankRowsNotCounted) {
  TempDir tmp;
  intake::Limits lim;
  lim.max_rows = 3;
  Book b;
  b.sheets = {{"Danh sách", rows_of(3) + "<row r=\"4\">" + istr("A4", " ") + "</row>"}};
  auto at_limit = tmp.path("three.xlsx");
  zip_members(at_limit, b.members());
  core::Diagnostics ok;
  auto s = intake::read_xlsx(at_limit, "", ok, lim);
  ASSERT_TRUE(s) << ok.to_string();
  EXPECT_EQ(s->rows.size(), 3u);

  b.sheets = {{"Danh sách", rows_of(4)}};
  auto over = tmp.path("four.xlsx");
  zip_members(over, b.members());
  core::Diagnostics d;
  EXPECT_FALSE(intake::read_xlsx(over, "", d, lim));
  EXPECT_TRUE(refused(d, over, {"3 dòng"}));
}

TEST(IntakeSheet, XlsxInvalidUtf8InACellNamesTheCell) {
  for (bool shared : {false, true}) {
    TempDir tmp;
    Book b;
    const std::string bad = "Nguy\xE1\xBB";  // a truncated three-byte sequence
    if (shared) {
      b.shared = "<si><t>" + bad + "</t></si>";
      b.sheets = {
          {"Danh sách", "<row r=\"2\">" + istr("A2", "ổn") + "<c r=\"B2\" t=\"s\"><v>0</v></c></row>"}};
    } else {
      b.sheets = {{"Danh sách", "<row r=\"2\">" + istr("A2", "ổn") + istr("B2", bad) + "</row>"}};
    }
    auto path = tmp.path("utf8.xlsx");
    zip_members(path, b.members());
    core::Diagnostics d;
    EXPECT_FALSE(intake::read_xlsx(path, "", d)) << shared;
    EXPECT_TRUE(refused(d, path, {"B2", "UTF-8"})) << shared;
  }
}

TEST(IntakeSheet, XlsxBrokenFilesAreErrorsNamingTheFile) {
  TempDir tmp;
  auto not_zip = tmp.path("plain.xlsx");
  write_bytes(not_zip, "Họ và tên,Đơn vị\n");
  core::Diagnostics d1;
  EXPECT_FALSE(intake::read_xlsx(not_zip, "", d1));
  EXPECT_TRUE(refused(d1, not_zip, {"zip"}));

  auto missing = tmp.path("missing.xlsx");
  core::Diagnostics d2;
  EXPECT_FALSE(intake::read(missing, "", d2));
  EXPECT_TRUE(refused(d2, missing, {}));

  Book b;
  b.sheets = {{"Danh sách", rows_of(1)}};
  auto m = b.members();
  m.erase(m.begin());  // no xl/workbook.xml
  auto no_workbook = tmp.path("no-workbook.xlsx");
  zip_members(no_workbook, m);
  core::Diagnostics d3;
  EXPECT_FALSE(intake::read_xlsx(no_workbook, "", d3));
  EXPECT_TRUE(refused(d3, no_workbook, {"«xl/workbook.xml»"}));

  m = b.members();
  m[2].second = "<worksheet><sheetData><row>";  // not well-formed
  auto broken = tmp.path("broken.xlsx");
  zip_members(broken, m);
  core::Diagnostics d4;
  EXPECT_FALSE(intake::read_xlsx(broken, "", d4));
  EXPECT_TRUE(refused(d4, broken, {"«xl/worksheets/sheet1.xml»", "XML"}));

  b.sheets = {{"Danh sách", "<row r=\"1\"><c r=\"1A\"><v>1</v></c></row>"}};
  auto bad_ref = tmp.path("bad-ref.xlsx");
  zip_members(bad_ref, b.members());
  core::Diagnostics d5;
  EXPECT_FALSE(intake::read_xlsx(bad_ref, "", d5));
  EXPECT_TRUE(refused(d5, bad_ref, {"«1A»"}));
}

// ---- read(): the reader by extension ----

TEST(IntakeSheet, ReadChoosesTheReaderByExtension) {
  TempDir tmp;
  auto csv = tmp.path("DANH-SACH.CSV");
  write_bytes(csv, "Họ và tên;Đơn vị\nLê Thị Hoa;Xã An Hòa\n");
  core::Diagnostics d;
  auto s = intake::read(csv, "", d);
  ASSERT_TRUE(s) << d.to_string();
  EXPECT_EQ(s->file, csv);
  EXPECT_EQ(s->sheet, "");
  ASSERT_EQ(s->rows.size(), 2u);
  EXPECT_EQ(s->rows[1].at(1).text, "Xã An Hòa");

  Book b;
  b.sheets = {{"Danh sách", rows_of(2)}};
  auto xlsx = tmp.path("danh-sach.XLSX");
  zip_members(xlsx, b.members());
  auto x = intake::read(xlsx, "", d);
  ASSERT_TRUE(x) << d.to_string();
  EXPECT_EQ(x->rows.size(), 2u);

  auto xls = tmp.path("cu.xls");
  write_bytes(xls, "\xD0\xCF\x11\xE0");
  core::Diagnostics d2;
  EXPECT_FALSE(intake::read(xls, "", d2));
  EXPECT_TRUE(refused(d2, xls, {".xlsx"}));

  auto big = tmp.path("lon.csv");
  write_bytes(big, std::string(3000, 'a'));
  intake::Limits lim;
  lim.max_total = 1000;
  core::Diagnostics d3;
  EXPECT_FALSE(intake::read(big, "", d3, lim));
  EXPECT_TRUE(refused(d3, big, {"CSV"}));
}

// ---- CSV ----

TEST(IntakeSheet, CsvBomAndCommaDelimiter) {
  core::Diagnostics d;
  auto s =
      intake::read_csv_text("ds.csv", "\xEF\xBB\xBFHọ và tên,Đơn vị,Ghi chú\nNguyễn Văn An,Xã An Hòa,\n", d);
  ASSERT_TRUE(s) << d.to_string();
  EXPECT_EQ(s->file, "ds.csv");
  ASSERT_EQ(s->rows.size(), 2u);
  EXPECT_EQ(s->rows[0].at(0).text, "Họ và tên") << "the BOM is not part of the first header";
  EXPECT_EQ(s->rows[0].cells.size(), 3u);
  EXPECT_EQ(s->rows[1].cells.size(), 2u) << "trailing empty fields are dropped";
  EXPECT_EQ(s->rows[1].at(1).text, "Xã An Hòa");
}

TEST(IntakeSheet, CsvDelimiterIsTheCommonestOfTheFirstLine) {
  core::Diagnostics d;
  auto semi = intake::read_csv_text("a.csv", "Họ tên;Điểm;Đơn vị\nAn;8,5;Xã A\n", d);
  ASSERT_TRUE(semi);
  ASSERT_EQ(semi->rows[1].cells.size(), 3u);
  EXPECT_EQ(semi->rows[1].at(1).text, "8,5") << "the comma is part of the number when ';' delimits";

  auto tab = intake::read_csv_text("b.csv", "Họ tên\tĐiểm\tGhi chú, nếu có\nAn\t8,5\tkhông\n", d);
  ASSERT_TRUE(tab);
  ASSERT_EQ(tab->rows[0].cells.size(), 3u);
  EXPECT_EQ(tab->rows[0].at(2).text, "Ghi chú, nếu có");
  EXPECT_EQ(tab->rows[1].at(1).text, "8,5");

  auto quoted = intake::read_csv_text("c.csv", "\"Họ; tên; đệm\",Điểm\nAn,9\n", d);
  ASSERT_TRUE(quoted);
  EXPECT_EQ(quoted->rows[0].at(0).text, "Họ; tên; đệm") << "delimiters inside quotes do not count";
  EXPECT_EQ(quoted->rows[1].at(1).text, "9");
  EXPECT_FALSE(d.has_errors());
}

TEST(IntakeSheet, CsvQuotedFieldsNewlinesDoubledQuotesAndLineNumbers) {
  core::Diagnostics d;
  const std::string text =
      "STT,Tóm tắt thành tích\r\n"
      "1,\"Hoàn thành xuất sắc;\nđược tặng \"\"Giấy khen\"\"\"\r\n"
      "\r\n"
      ",,\r\n"
      "2,\"\"\r\n"
      "3,cuối";
  auto s = intake::read_csv_text("tt.csv", text, d);
  ASSERT_TRUE(s) << d.to_string();
  ASSERT_EQ(s->rows.size(), 4u);
  EXPECT_EQ(s->rows[0].number, 1);
  EXPECT_EQ(s->rows[0].at(1).text, "Tóm tắt thành tích") << "CR of CRLF is dropped";
  EXPECT_EQ(s->rows[1].number, 2);
  EXPECT_EQ(s->rows[1].at(1).text, "Hoàn thành xuất sắc;\nđược tặng \"Giấy khen\"");
  EXPECT_EQ(s->rows[2].number, 6) << "the line the row starts on, counting the newline inside quotes";
  EXPECT_EQ(s->rows[2].at(0).text, "2");
  EXPECT_EQ(s->rows[2].at(1).kind, intake::Cell::Kind::Text) << "a quoted empty field is an empty text";
  EXPECT_EQ(s->rows[2].at(1).text, "");
  EXPECT_EQ(s->rows[3].number, 7);
  EXPECT_EQ(s->rows[3].at(1).text, "cuối") << "the last line needs no newline";
}

TEST(IntakeSheet, CsvUnclosedQuoteIsAnErrorAtItsLine) {
  core::Diagnostics d;
  EXPECT_FALSE(intake::read_csv_text("mo.csv", "STT,Họ tên\n1,An\n2,\"Bình\n3,Cường\n", d));
  EXPECT_TRUE(refused(d, "mo.csv", {"dòng 3"}));
  ASSERT_FALSE(d.items().empty());
  EXPECT_EQ(d.items()[0].loc.line, 3);
}

TEST(IntakeSheet, CsvInvalidUtf8NamesTheLine) {
  core::Diagnostics d;
  EXPECT_FALSE(intake::read_csv_text("win.csv", "\xEF\xBB\xBFHọ tên\nAn\n\"Nguy\xEA\xF1 V\xE3n\"\n", d));
  EXPECT_TRUE(refused(d, "win.csv", {"UTF-8", "dòng 3"}));
  ASSERT_FALSE(d.items().empty());
  EXPECT_EQ(d.items()[0].loc.line, 3);
}

TEST(IntakeSheet, CsvTooManyRowsIsRefused) {
  intake::Limits lim;
  lim.max_rows = 3;
  core::Diagnostics ok;
  auto s = intake::read_csv_text("ba.csv", "a\nb\n\nc\n", ok, lim);
  ASSERT_TRUE(s) << ok.to_string();
  EXPECT_EQ(s->rows.size(), 3u) << "blank lines do not count";
  core::Diagnostics d;
  EXPECT_FALSE(intake::read_csv_text("bon.csv", "a\nb\nc\nd\n", d, lim));
  EXPECT_TRUE(refused(d, "bon.csv", {"3 dòng"}));
}

// The row limit holds when the last row has no newline after it (the XLSX reader refuses the same rows).
TEST(IntakeSheet, CsvRowLimitHoldsWithoutAFinalNewline) {
  intake::Limits lim;
  lim.max_rows = 3;
  core::Diagnostics d;
  auto s = intake::read_csv_text("bon.csv", "a\nb\nc\nd", d, lim);
  EXPECT_FALSE(s) << "accepted with " << (s ? s->rows.size() : 0) << " rows";
  EXPECT_TRUE(refused(d, "bon.csv", {"3 dòng"}));
}

// ---- Rows, column names, serial days ----

TEST(IntakeSheet, RowBlankAndAt) {
  intake::Row r;
  EXPECT_TRUE(r.blank()) << "no cells";
  r.cells.resize(3);
  EXPECT_TRUE(r.blank()) << "only empty cells";
  r.cells[1].kind = intake::Cell::Kind::Text;
  r.cells[1].text = " \t\r\n";
  EXPECT_TRUE(r.blank()) << "whitespace-only text";
  r.cells[2].kind = intake::Cell::Kind::Number;
  r.cells[2].text = "0";
  EXPECT_FALSE(r.blank()) << "a number, even 0";
  r.cells[2] = {};
  r.cells[0].kind = intake::Cell::Kind::Formula;
  EXPECT_FALSE(r.blank()) << "a formula without cached text";
  r.cells[0].kind = intake::Cell::Kind::Text;
  r.cells[0].text = " a ";
  EXPECT_FALSE(r.blank());
  EXPECT_EQ(r.at(0).text, " a ");
  EXPECT_EQ(r.at(100).kind, intake::Cell::Kind::Empty);
}

TEST(IntakeSheet, ColumnNames) {
  EXPECT_EQ(intake::column_name(0), "A");
  EXPECT_EQ(intake::column_name(1), "B");
  EXPECT_EQ(intake::column_name(25), "Z");
  EXPECT_EQ(intake::column_name(26), "AA");
  EXPECT_EQ(intake::column_name(27), "AB");
  EXPECT_EQ(intake::column_name(51), "AZ");
  EXPECT_EQ(intake::column_name(52), "BA");
  EXPECT_EQ(intake::column_name(701), "ZZ");
  EXPECT_EQ(intake::column_name(702), "AAA");
  EXPECT_EQ(intake::column_name(16383), "XFD");
}

TEST(IntakeSheet, SerialDaysIncludingExcelsFake29February1900) {
  EXPECT_EQ(intake::serial_to_iso(1), "1900-01-01");
  EXPECT_EQ(intake::serial_to_iso(31), "1900-01-31");
  EXPECT_EQ(intake::serial_to_iso(59), "1900-02-28");
  EXPECT_EQ(intake::serial_to_iso(61), "1900-03-01") << "Excel counts a 29/02/1900 at 60";
  EXPECT_NE(intake::serial_to_iso(60), "1900-02-29") << "a day that never was";
  EXPECT_EQ(intake::serial_to_iso(366), "1900-12-31");
  EXPECT_EQ(intake::serial_to_iso(45658), "2025-01-01");
  EXPECT_EQ(intake::serial_to_iso(45658.99), "2025-01-01");
  EXPECT_EQ(intake::serial_to_iso(45716), "2025-02-28");
  EXPECT_EQ(intake::serial_to_iso(45717), "2025-03-01");
  EXPECT_EQ(intake::serial_to_iso(2958465), "9999-12-31");
  EXPECT_EQ(intake::serial_to_iso(2958466), std::nullopt);
  EXPECT_EQ(intake::serial_to_iso(0), std::nullopt);
  EXPECT_EQ(intake::serial_to_iso(0.5), std::nullopt);
  EXPECT_EQ(intake::serial_to_iso(-1), std::nullopt);
  EXPECT_EQ(intake::serial_to_iso(std::nan("")), std::nullopt);
}

// ---- Ambiguous and lossy input is refused, naming the place (each of these was read by a guess before) ----

TEST(IntakeSheet, Xlsx1904DateSystemGivesTheRightDays) {
  TempDir tmp;
  Book b;
  b.workbook_pr = "date1904=\"1\"";
  b.styles = std::string("<?xml version=\"1.0\" encoding=\"UTF-8\"?><styleSheet xmlns=\"") + kMain +
             "\"><cellXfs count=\"2\"><xf numFmtId=\"0\"/><xf numFmtId=\"14\"/></cellXfs></styleSheet>";
  // 29/6/1985 is serial 31227 in the 1900 system, 29765 in the 1904 system.
  b.sheets = {{"S", "<row r=\"1\"><c r=\"A1\" s=\"1\"><v>29765</v></c></row>"}};
  auto path = tmp.path("mac.xlsx");
  zip_members(path, b.members());
  core::Diagnostics d;
  auto s = intake::read_xlsx(path, "", d);
  ASSERT_TRUE(s) << d.to_string();
  EXPECT_TRUE(s->date1904);
  EXPECT_EQ(intake::serial_to_iso(s->rows[0].at(0).number, s->date1904), "1985-06-29");
  EXPECT_EQ(intake::serial_to_iso(31227), "1985-06-29");
  b.workbook_pr = "date1904=\"0\"";
  zip_members(path, b.members());
  s = intake::read_xlsx(path, "", d);
  ASSERT_TRUE(s);
  EXPECT_FALSE(s->date1904);
}

TEST(IntakeSheet, XlsxSharedStringIndexOutOfRangeIsRefused) {
  TempDir tmp;
  Book b;
  b.shared = "<si><t>một</t></si><si><t>hai</t></si>";
  b.sheets = {{"S",
               "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>1</v></c></row>"
               "<row r=\"2\"><c r=\"C2\" t=\"s\"><v>2</v></c></row>"}};
  auto path = tmp.path("sst.xlsx");
  zip_members(path, b.members());
  core::Diagnostics d;
  EXPECT_FALSE(intake::read_xlsx(path, "", d));
  EXPECT_TRUE(refused(d, path, {"ô C2", "số «2»", "chỉ có 2 chuỗi"}));
  b.sheets = {{"S", "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>-1</v></c></row>"}};
  zip_members(path, b.members());
  core::Diagnostics d2;
  EXPECT_FALSE(intake::read_xlsx(path, "", d2));
  EXPECT_TRUE(refused(d2, path, {"ô A1", "«-1»"}));
}

TEST(IntakeSheet, XlsxTwoMembersOfOneNameAreRefused) {
  TempDir tmp;
  Book b;
  b.sheets = {{"S", rows_of(2)}};
  Members m = b.members();
  // libzip will not add a name twice: add the twin under a name of the same length, then rename it in the
  // bytes (names are outside the CRC).
  m.push_back({"xl/worksheets/sheetZ.xml", b.sheet_xml(istr("A1", "bản thứ hai"))});
  auto path = tmp.path("twins.xlsx");
  zip_members(path, m);
  std::string bytes = test::slurp(path);
  for (size_t at = bytes.find("sheetZ.xml"); at != std::string::npos; at = bytes.find("sheetZ.xml", at))
    bytes.replace(at, 10, "sheet1.xml");
  write_bytes(path, bytes);
  core::Diagnostics d;
  EXPECT_FALSE(intake::read_xlsx(path, "", d));
  EXPECT_TRUE(refused(d, path, {"hai thành phần cùng tên", "xl/worksheets/sheet1.xml"}));
}

TEST(IntakeSheet, XlsxRowsOutOfOrderOrRepeatedAreRefused) {
  TempDir tmp;
  Book b;
  b.sheets = {{"S", "<row r=\"3\">" + istr("A3", "a") + "</row><row r=\"3\">" + istr("A3", "b") + "</row>"}};
  auto path = tmp.path("rows.xlsx");
  zip_members(path, b.members());
  core::Diagnostics d;
  EXPECT_FALSE(intake::read_xlsx(path, "", d));
  EXPECT_TRUE(refused(d, path, {"dòng số «3»", "sau dòng 3"}));
  b.sheets = {{"S", "<row r=\"-4\">" + istr("A1", "a") + "</row>"}};
  zip_members(path, b.members());
  core::Diagnostics d2;
  EXPECT_FALSE(intake::read_xlsx(path, "", d2));
  EXPECT_TRUE(refused(d2, path, {"«-4»"}));
}

TEST(IntakeSheet, CellLengthAndColumnLimitsHoldInBothReaders) {
  TempDir tmp;
  intake::Limits lim;
  lim.max_cell_chars = 10;
  lim.max_columns = 3;
  Book b;
  b.sheets = {{"S", "<row r=\"1\">" + istr("A1", "Nguyễn Văn") + istr("C1", "x") +
                        "<c r=\"XFD1\" s=\"1\"/></row>"}};  // 10 letters; a formatted empty cell far right
  auto path = tmp.path("len.xlsx");
  zip_members(path, b.members());
  core::Diagnostics d;
  EXPECT_TRUE(intake::read_xlsx(path, "", d, lim)) << d.to_string();
  b.sheets = {{"S", "<row r=\"1\">" + istr("B1", "Nguyễn Văn A") + "</row>"}};
  zip_members(path, b.members());
  EXPECT_FALSE(intake::read_xlsx(path, "", d, lim));
  EXPECT_TRUE(refused(d, path, {"ô B1 dài 12 ký tự", "quá giới hạn 10"}));
  b.sheets = {{"S", "<row r=\"1\">" + istr("D1", "x") + "</row>"}};
  zip_members(path, b.members());
  core::Diagnostics d2;
  EXPECT_FALSE(intake::read_xlsx(path, "", d2, lim));
  EXPECT_TRUE(refused(d2, path, {"ô D1", "quá 3 cột"}));

  core::Diagnostics c;
  EXPECT_TRUE(intake::read_csv_text("a.csv", "a,b,c\nNguyễn Văn,,\n", c, lim)) << c.to_string();
  EXPECT_FALSE(intake::read_csv_text("a.csv", "a,b\nx,Nguyễn Văn A\n", c, lim));
  EXPECT_TRUE(refused(c, "a.csv", {"ô B2 dài 12 ký tự"}));
  core::Diagnostics c2;
  EXPECT_FALSE(intake::read_csv_text("a.csv", "a,b,c,d\n", c2, lim));
  EXPECT_TRUE(refused(c2, "a.csv", {"dòng 1", "quá 3 cột"}));
  // The default is Excel's own: 32,767 characters.
  EXPECT_EQ(intake::Limits{}.max_cell_chars, 32767u);
}

TEST(IntakeSheet, CsvBareCarriageReturnsEndRecordsAsNewlinesDo) {
  core::Diagnostics d;
  auto s = intake::read_csv_text("mac.csv", "Họ tên,Đơn vị\r1,a\r2,b\r\n3,c\n4,d\r5,e\r", d);
  ASSERT_TRUE(s) << d.to_string();
  ASSERT_EQ(s->rows.size(), 6u);
  EXPECT_EQ(s->rows[5].at(0).text, "5");
  EXPECT_EQ(s->rows[5].number, 6);
  EXPECT_EQ(s->rows[2].at(1).text, "b");
}

TEST(IntakeSheet, CsvTextAfterAClosingQuoteIsRefusedNotKept) {
  core::Diagnostics d;
  EXPECT_FALSE(intake::read_csv_text("q.csv", "Họ tên,Ghi chú\n\"Trần Thị Bích Ngọc\"x,\n", d));
  EXPECT_TRUE(refused(d, "q.csv", {"ô A2", "chữ sau dấu ngoặc kép đóng", "hai lần"}));
  EXPECT_EQ(d.items()[0].loc.line, 2);
  core::Diagnostics d2;
  EXPECT_FALSE(intake::read_csv_text("q.csv", "Họ tên,Ghi chú\nAn,\"nói \\\"có\\\" rồi\"\n", d2));
  EXPECT_TRUE(refused(d2, "q.csv", {"ô B2"}));
  core::Diagnostics d3;  // at the very end of a file without a final newline too
  EXPECT_FALSE(intake::read_csv_text("q.csv", "a\n\"b\"c", d3));
  EXPECT_TRUE(refused(d3, "q.csv", {"ô A2"}));
  // What is right stays right: doubled quotes, a quoted field then the delimiter or the line end.
  core::Diagnostics ok;
  auto s = intake::read_csv_text("q.csv", "a,b\n\"x \"\"y\"\"\",\"z\"\r\n\"\",w\n", ok);
  ASSERT_TRUE(s) << ok.to_string();
  EXPECT_EQ(s->rows[1].at(0).text, "x \"y\"");
  EXPECT_EQ(s->rows[1].at(1).text, "z");
  EXPECT_EQ(s->rows[2].at(0).kind, intake::Cell::Kind::Text);
}
