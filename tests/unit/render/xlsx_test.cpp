// The council's workbook writer: files written to a temporary folder and read back with the project's own
// reader (intake::read_xlsx) and with libzip (the XML parts checked as text).
#include "render/xlsx/xlsx.hpp"

#include <gtest/gtest.h>
#include <unistd.h>
#include <zip.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <functional>
#include <map>
#include <sstream>
#include <stdexcept>

#include "../support/temp_dir.hpp"
#include "core/diag.hpp"
#include "intake/sheet.hpp"

using namespace tdkt;
namespace fs = std::filesystem;
using xlsx::Cell;
using xlsx::Type;

namespace {

using test::slurp;
using test::TempDir;

// One member of a zip, read with libzip; nullopt when absent.
std::optional<std::string> member(const std::string& zip_path, const std::string& name) {
  int err = 0;
  zip_t* z = zip_open(zip_path.c_str(), ZIP_RDONLY | ZIP_CHECKCONS, &err);
  if (!z) throw std::runtime_error("libzip cannot open " + zip_path);
  zip_stat_t st;
  zip_stat_init(&st);
  std::optional<std::string> out;
  if (zip_stat(z, name.c_str(), 0, &st) == 0) {
    std::string bytes(st.size, '\0');
    zip_file_t* f = zip_fopen(z, name.c_str(), 0);
    if (f && zip_fread(f, bytes.data(), bytes.size()) == static_cast<zip_int64_t>(bytes.size())) out = bytes;
    if (f) zip_fclose(f);
  }
  zip_discard(z);
  return out;
}

std::string part(const std::string& zip_path, const std::string& name) {
  auto m = member(zip_path, name);
  if (!m) throw std::runtime_error(zip_path + " has no " + name);
  return *m;
}

std::string sheet_xml(const std::string& path, int n = 1) {
  return part(path, "xl/worksheets/sheet" + std::to_string(n) + ".xml");
}

intake::Sheet read_back(const std::string& path, const std::string& sheet = "") {
  core::Diagnostics d;
  auto s = intake::read_xlsx(path, sheet, d);
  if (!s || d.has_errors()) throw std::runtime_error("intake cannot read " + path + ": " + d.to_string());
  return *s;
}

const intake::Row* row_numbered(const intake::Sheet& s, int number) {
  for (auto& r : s.rows)
    if (r.number == number) return &r;
  return nullptr;
}

// The text of one cell as read back ("" when the row or cell is absent).
std::string text_at(const intake::Sheet& s, int row, size_t col) {
  const auto* r = row_numbered(s, row);
  return r ? r->at(col).text : "";
}

// The start tag of cell `ref` in sheet XML ("" when absent).
std::string cell_tag(const std::string& xml, const std::string& ref) {
  auto at = xml.find("<c r=\"" + ref + "\"");
  if (at == std::string::npos) return "";
  return xml.substr(at, xml.find('>', at) + 1 - at);
}
// The whole element of cell `ref`.
std::string cell_element(const std::string& xml, const std::string& ref) {
  std::string tag = cell_tag(xml, ref);
  if (tag.empty() || tag.ends_with("/>")) return tag;
  auto at = xml.find(tag);
  return xml.substr(at, xml.find("</c>", at) + 4 - at);
}
std::string attr(const std::string& tag, const std::string& name) {
  auto at = tag.find(" " + name + "=\"");
  if (at == std::string::npos) return "";
  at += name.size() + 3;
  return tag.substr(at, tag.find('"', at) - at);
}

// The number format of cell `ref` of the first sheet, as its code: the xf's numFmtId through numFmts, the
// built-in ids spelled out.
std::string num_format(const std::string& path, const std::string& ref) {
  std::string s = attr(cell_tag(sheet_xml(path), ref), "s");
  int index = s.empty() ? 0 : std::stoi(s);
  std::string styles = part(path, "xl/styles.xml");
  size_t at = styles.find("<cellXfs");
  for (int i = 0; i <= index && at != std::string::npos; ++i) at = styles.find("<xf ", at + 1);
  if (at == std::string::npos) return "?";
  std::string id = attr(styles.substr(at, styles.find('>', at) - at), "numFmtId");
  static const std::map<std::string, std::string> builtin = {
      {"0", "General"},  {"1", "0"},  {"2", "0.00"},  {"3", "#,##0"},
      {"4", "#,##0.00"}, {"9", "0%"}, {"10", "0.00%"}};
  if (builtin.count(id)) return builtin.at(id);
  auto f = styles.find("<numFmt numFmtId=\"" + id + "\"");
  return f == std::string::npos ? "?" + id : attr(styles.substr(f, styles.find('>', f) - f), "formatCode");
}

size_t count(const std::string& hay, const std::string& needle) {
  size_t n = 0;
  for (size_t at = hay.find(needle); at != std::string::npos; at = hay.find(needle, at + 1)) ++n;
  return n;
}

xlsx::Options options(bool stream, std::time_t created = 1733389200) {
  xlsx::Options o;
  o.stream = stream;
  o.created = created;
  o.title = "Danh sách đề nghị khen thưởng";
  o.author = "Phòng Nội vụ";
  o.subject = "Thi đua";
  return o;
}

void build(const std::string& path, const xlsx::Options& o,
           const std::function<void(xlsx::Workbook&)>& fill) {
  xlsx::Workbook wb(path, o);
  fill(wb);
  wb.close();
}

// A council list as the app writes it: title, notes, a section, n data rows of every type, a total with a
// cached SUM, footer lines.
void council_list(xlsx::Workbook& wb, int n) {
  xlsx::SheetSpec s;
  s.name = "Danh sách";
  s.title = {"DANH SÁCH ĐỀ NGHỊ KHEN THƯỞNG", "NĂM 2025"};
  s.notes = {"(Kèm theo Tờ trình số 05/TTr-UBND)"};
  s.columns = {{"STT", 6, Type::Integer, false},           {"Họ và tên", 26, Type::Text, false},
               {"Đơn vị", 24, Type::Text, true},           {"Ngày sinh", 12, Type::Date, false},
               {"Tỷ lệ đồng ý", 10, Type::Percent, false}, {"Tiền thưởng", 14, Type::Money, false}};
  s.expected_rows = n + 2;
  wb.begin(s);
  wb.section("I. CÁ NHÂN");
  int first = wb.next_row();
  double sum = 0;
  for (int i = 0; i < n; ++i) {
    double money = 1490000.0 * (1 + i % 3);
    sum += money;
    wb.row({Cell::num(i + 1), Cell::str("Nguyễn Văn " + std::to_string(i)),
            Cell::str(i % 7 == 0 ? "=Xã An Hòa" : "Xã An Hòa"),
            Cell::day({1970 + i % 30, 1 + i % 12, 1 + i % 28}), Cell::num(0.5 + (i % 50) / 100.0),
            Cell::num(money)});
  }
  int last = wb.next_row() - 1;
  wb.row({Cell::str("Cộng"),
          {},
          {},
          {},
          {},
          Cell::formula("=SUM(F" + std::to_string(first) + ":F" + std::to_string(last) + ")", sum)},
         xlsx::RowStyle::Total);
  wb.footer({"NGƯỜI LẬP BIỂU", "Trần Thị Bình"});
}

std::vector<xlsx::Column> text_columns(int n) {
  std::vector<xlsx::Column> c;
  for (int i = 0; i < n; ++i) c.push_back({"Cột " + std::to_string(i + 1), 12, Type::Text, false});
  return c;
}

}  // namespace

TEST(XlsxWriter, TextStaysTextEvenWhenItLooksLikeAFormula) {
  const std::vector<std::string> hostile = {
      "=SUM(A1:A9)", "+84912345678", "-5", "@admin", "=cmd|' /C calc'!A0", "0912345678", " Lê Văn Cường "};
  for (bool stream : {false, true}) {
    TempDir tmp;
    auto path = tmp.path("ds.xlsx");
    build(path, options(stream), [&](xlsx::Workbook& wb) {
      xlsx::SheetSpec s;
      s.name = "Danh sách";
      s.columns = text_columns(static_cast<int>(hostile.size()));
      wb.begin(s);
      std::vector<Cell> row;
      for (auto& t : hostile) row.push_back(Cell::str(t));
      wb.row(row);
    });
    auto sheet = read_back(path);
    const auto* r = row_numbered(sheet, 2);
    ASSERT_TRUE(r) << stream;
    for (size_t c = 0; c < hostile.size(); ++c) {
      EXPECT_EQ(r->at(c).kind, intake::Cell::Kind::Text) << stream << " " << hostile[c];
      EXPECT_EQ(r->at(c).text, hostile[c]) << stream;
    }
    EXPECT_EQ(sheet_xml(path).find("<f>"), std::string::npos) << stream << ": no formula anywhere";
  }
}

TEST(XlsxWriter, NumbersAreNumbersWithIntegerMoneyPercentAndDateFormats) {
  TempDir tmp;
  auto path = tmp.path("so.xlsx");
  build(path, options(false), [](xlsx::Workbook& wb) {
    xlsx::SheetSpec s;
    s.name = "Số";
    s.columns = {{"STT", 6, Type::Integer, false},
                 {"Tiền", 14, Type::Money, false},
                 {"Tỷ lệ", 10, Type::Percent, false},
                 {"Ngày", 12, Type::Date, false},
                 {"Ghi chú", 12, Type::Text, false}};
    wb.begin(s);
    wb.row(
        {Cell::num(1), Cell::num(1800000), Cell::num(0.875), Cell::day({2025, 1, 15}), Cell::str("1800000")});
  });
  auto sheet = read_back(path);
  const auto* r = row_numbered(sheet, 2);
  ASSERT_TRUE(r);
  EXPECT_EQ(r->at(0).kind, intake::Cell::Kind::Number);
  EXPECT_DOUBLE_EQ(r->at(0).number, 1);
  EXPECT_EQ(r->at(1).kind, intake::Cell::Kind::Number);
  EXPECT_DOUBLE_EQ(r->at(1).number, 1800000);
  EXPECT_DOUBLE_EQ(r->at(2).number, 0.875);
  EXPECT_EQ(r->at(3).kind, intake::Cell::Kind::Number);
  EXPECT_TRUE(r->at(3).date_format);
  EXPECT_EQ(intake::serial_to_iso(r->at(3).number), "2025-01-15");
  EXPECT_FALSE(r->at(1).date_format);
  EXPECT_EQ(r->at(4).kind, intake::Cell::Kind::Text) << "digits given as text stay text";
  EXPECT_EQ(num_format(path, "A2"), "0");
  EXPECT_EQ(num_format(path, "B2"), "#,##0");
  EXPECT_EQ(num_format(path, "C2"), "0.00%");
  EXPECT_EQ(num_format(path, "D2"), "dd/mm/yyyy");
  EXPECT_EQ(num_format(path, "E2"), "General");
  EXPECT_EQ(num_format(path, "B1"), "General") << "the header of a money column is text";
}

TEST(XlsxWriter, FormulaKeepsItsCachedValueAndTotalsLeaveTheFilter) {
  for (bool stream : {false, true}) {
    TempDir tmp;
    auto path = tmp.path("tong.xlsx");
    build(path, options(stream), [](xlsx::Workbook& wb) {
      xlsx::SheetSpec s;
      s.name = "Tổng hợp";
      s.columns = {{"Đơn vị", 20, Type::Text, false}, {"Tiền", 14, Type::Money, false}};
      s.expected_rows = 2;
      wb.begin(s);
      EXPECT_EQ(wb.first_data_row(), 2);
      wb.row({Cell::str("Xã An Hòa"), Cell::num(100)});
      wb.row({Cell::str("Xã Mỹ Hiệp"), Cell::num(200)});
      EXPECT_EQ(wb.next_row(), 4);
      wb.row({Cell::str("Cộng"), Cell::formula("=SUM(B2:B3)", 300)}, xlsx::RowStyle::Total);
    });
    auto sheet = read_back(path);
    const auto* total = row_numbered(sheet, 4);
    ASSERT_TRUE(total) << stream;
    EXPECT_EQ(total->at(1).kind, intake::Cell::Kind::Formula) << stream;
    EXPECT_DOUBLE_EQ(total->at(1).number, 300) << stream;
    std::string xml = sheet_xml(path);
    std::string cell = cell_element(xml, "B4");
    EXPECT_NE(cell.find("<f>SUM(B2:B3)</f>"), std::string::npos) << cell;
    EXPECT_NE(cell.find("<v>300</v>"), std::string::npos) << cell;
    EXPECT_NE(attr(cell_tag(xml, "B4"), "s"), attr(cell_tag(xml, "B3"), "s"))
        << "a total row has its own style";
    EXPECT_NE(xml.find("<autoFilter ref=\"A1:B3\"/>"), std::string::npos)
        << stream << ": header and data only";
  }
}

TEST(XlsxWriter, TitleNotesHeaderAndPrintSetup) {
  TempDir tmp;
  auto path = tmp.path("ds.xlsx");
  build(path, options(false), [](xlsx::Workbook& wb) {
    xlsx::SheetSpec s;
    s.name = "Danh sách";
    s.title = {"DANH SÁCH ĐỀ NGHỊ", "KHEN THƯỞNG NĂM 2025"};
    s.notes = {"(Kèm theo Tờ trình số 05/TTr-UBND)"};
    s.columns = text_columns(4);
    wb.begin(s);
    EXPECT_EQ(wb.first_data_row(), 6) << "2 title lines, 1 note, 1 empty line, the header";
    EXPECT_EQ(wb.next_row(), 6);
    wb.row({Cell::str("a")});
    wb.row({Cell::str("b")});
    EXPECT_EQ(wb.next_row(), 8);
  });
  auto sheet = read_back(path);
  EXPECT_EQ(text_at(sheet, 1, 0), "DANH SÁCH ĐỀ NGHỊ");
  EXPECT_EQ(text_at(sheet, 2, 0), "KHEN THƯỞNG NĂM 2025");
  EXPECT_EQ(text_at(sheet, 3, 0), "(Kèm theo Tờ trình số 05/TTr-UBND)");
  EXPECT_EQ(row_numbered(sheet, 4), nullptr) << "an empty line before the table";
  EXPECT_EQ(text_at(sheet, 5, 0), "Cột 1");
  EXPECT_EQ(text_at(sheet, 5, 3), "Cột 4");
  EXPECT_EQ(text_at(sheet, 6, 0), "a");
  std::string xml = sheet_xml(path);
  for (auto ref : {"A1:D1", "A2:D2", "A3:D3"})
    EXPECT_NE(xml.find("<mergeCell ref=\"" + std::string(ref) + "\"/>"), std::string::npos) << ref;
  EXPECT_EQ(count(xml, "<mergeCell "), 3u);
  EXPECT_NE(xml.find("ySplit=\"5\" topLeftCell=\"A6\""), std::string::npos) << "the header row is frozen";
  EXPECT_NE(xml.find("paperSize=\"9\""), std::string::npos) << "A4";
  EXPECT_NE(xml.find("orientation=\"landscape\""), std::string::npos);
  EXPECT_NE(xml.find("fitToHeight=\"0\""), std::string::npos) << "one page wide";
  EXPECT_NE(xml.find("<oddFooter>&amp;CTrang &amp;P/&amp;N</oddFooter>"), std::string::npos);
  EXPECT_NE(xml.find("<autoFilter ref=\"A5:D7\"/>"), std::string::npos);
  std::string wbx = part(path, "xl/workbook.xml");
  EXPECT_NE(wbx.find("_xlnm.Print_Titles"), std::string::npos);
  EXPECT_NE(wbx.find("'Danh sách'!$5:$5"), std::string::npos) << "the header repeats on every printed page";
}

TEST(XlsxWriter, PortraitNoTitleAndASingleColumn) {
  TempDir tmp;
  auto path = tmp.path("doc.xlsx");
  build(path, options(false), [](xlsx::Workbook& wb) {
    xlsx::SheetSpec s;
    s.name = "Phiếu";
    s.landscape = false;
    s.filter = false;
    s.title = {"PHIẾU BẦU"};
    s.columns = text_columns(1);
    wb.begin(s);
    EXPECT_EQ(wb.first_data_row(), 4);
    wb.row({Cell::str("x")});
  });
  std::string xml = sheet_xml(path);
  EXPECT_NE(xml.find("orientation=\"portrait\""), std::string::npos);
  EXPECT_EQ(xml.find("<mergeCell"), std::string::npos) << "one column: nothing to merge";
  EXPECT_EQ(xml.find("<autoFilter"), std::string::npos) << "filter off";
  auto sheet = read_back(path);
  EXPECT_EQ(text_at(sheet, 1, 0), "PHIẾU BẦU");
  EXPECT_EQ(text_at(sheet, 4, 0), "x");
}

TEST(XlsxWriter, SectionsAndVerticalMergesOfTheGroupingColumn) {
  auto fill = [](xlsx::Workbook& wb) {
    xlsx::SheetSpec s;
    s.name = "Danh sách";
    s.columns = {{"STT", 6, Type::Integer, false},
                 {"Đơn vị", 20, Type::Text, false},
                 {"Họ tên", 20, Type::Text, false}};
    s.merge_column = 1;
    s.expected_rows = 8;
    wb.begin(s);
    wb.section("I. CÁ NHÂN");                                                         // row 2
    wb.row({Cell::num(1), Cell::str("Xã An Hòa"), Cell::str("An")});                  // 3
    wb.row({Cell::num(2), Cell::str("Xã An Hòa"), Cell::str("Bình")});                // 4
    wb.row({Cell::num(3), Cell::str("Xã Mỹ Hiệp"), Cell::str("Cường")});              // 5
    wb.section("II. TẬP THỂ");                                                        // 6
    wb.row({Cell::num(4), Cell::str("Xã Mỹ Hiệp"), Cell::str("Tổ 1")});               // 7
    wb.row({Cell::num(5), Cell::str("Xã Mỹ Hiệp"), Cell::str("Tổ 2")});               // 8
    wb.row({Cell::str("Cộng"), Cell::str("Xã Mỹ Hiệp"), {}}, xlsx::RowStyle::Total);  // 9
    wb.row({Cell::num(6), {}, Cell::str("Không đơn vị")});                            // 10
    wb.row({Cell::num(7), {}, Cell::str("Không đơn vị")});                            // 11
  };
  TempDir tmp;
  auto normal = tmp.path("normal.xlsx");
  auto stream = tmp.path("stream.xlsx");
  build(normal, options(false), fill);
  build(stream, options(true), fill);

  std::string n = sheet_xml(normal);
  EXPECT_NE(n.find("<mergeCell ref=\"A2:C2\"/>"), std::string::npos) << "a section spans the table";
  EXPECT_NE(n.find("<mergeCell ref=\"A6:C6\"/>"), std::string::npos);
  EXPECT_NE(n.find("<mergeCell ref=\"B3:B4\"/>"), std::string::npos) << "equal consecutive units are merged";
  EXPECT_NE(n.find("<mergeCell ref=\"B7:B8\"/>"), std::string::npos) << "a section ends a merge";
  EXPECT_EQ(count(n, "<mergeCell "), 4u) << "nothing across a section, into a total, or of empty cells";
  auto ns = read_back(normal);
  EXPECT_EQ(text_at(ns, 2, 0), "I. CÁ NHÂN");
  EXPECT_EQ(text_at(ns, 3, 1), "Xã An Hòa");
  EXPECT_EQ(row_numbered(ns, 4)->at(1).kind, intake::Cell::Kind::Empty) << "covered by the merge";
  EXPECT_EQ(text_at(ns, 5, 1), "Xã Mỹ Hiệp");
  EXPECT_EQ(text_at(ns, 7, 1), "Xã Mỹ Hiệp");
  EXPECT_EQ(text_at(ns, 9, 1), "Xã Mỹ Hiệp") << "a total row is never merged into";

  std::string st = sheet_xml(stream);
  EXPECT_NE(st.find("<mergeCell ref=\"A2:C2\"/>"), std::string::npos) << "sections merge their own row";
  EXPECT_EQ(st.find("<mergeCell ref=\"B3:B4\"/>"), std::string::npos) << "no vertical merge when streaming";
  EXPECT_EQ(count(st, "<mergeCell "), 2u);
  auto ss = read_back(stream);
  EXPECT_EQ(text_at(ss, 4, 1), "Xã An Hòa") << "every row keeps its unit";
  EXPECT_EQ(text_at(ss, 8, 1), "Xã Mỹ Hiệp");
}

TEST(XlsxWriter, StreamedAndNormalModesGiveTheSameCells) {
  TempDir tmp;
  fs::create_directories(tmp.path("lxw"));
  auto normal = tmp.path("normal.xlsx");
  auto stream = tmp.path("stream.xlsx");
  build(normal, options(false), [](xlsx::Workbook& wb) {
    EXPECT_FALSE(wb.streaming());
    council_list(wb, 1500);
  });
  auto so = options(true);
  so.tmpdir = tmp.path("lxw");
  build(stream, so, [](xlsx::Workbook& wb) {
    EXPECT_TRUE(wb.streaming());
    council_list(wb, 1500);
  });
  auto a = read_back(normal);
  auto b = read_back(stream);
  ASSERT_EQ(a.rows.size(), b.rows.size());
  EXPECT_EQ(a.rows.size(), 3u + 1 + 1 + 1500 + 1 + 2) << "title, note, header, section, rows, total, footer";
  size_t diffs = 0;
  for (size_t i = 0; i < a.rows.size(); ++i) {
    const auto &x = a.rows[i], &y = b.rows[i];
    bool same = x.number == y.number && x.cells.size() == y.cells.size();
    for (size_t c = 0; same && c < x.cells.size(); ++c)
      same = x.cells[c].kind == y.cells[c].kind && x.cells[c].text == y.cells[c].text &&
             x.cells[c].number == y.cells[c].number && x.cells[c].date_format == y.cells[c].date_format;
    if (!same && diffs++ < 5) ADD_FAILURE() << "row " << x.number << " / " << y.number << " differs";
  }
  EXPECT_EQ(diffs, 0u);
  const auto* total = row_numbered(b, 1507);
  ASSERT_TRUE(total);
  EXPECT_EQ(total->at(5).kind, intake::Cell::Kind::Formula);
  EXPECT_EQ(text_at(b, 14, 2), "=Xã An Hòa") << "text stays text when streamed";
  // Two different ways of storing the same strings.
  EXPECT_TRUE(member(normal, "xl/sharedStrings.xml"));
  EXPECT_NE(sheet_xml(stream).find("t=\"inlineStr\""), std::string::npos);
  EXPECT_NE(sheet_xml(stream).find("<autoFilter ref=\"A5:F1507\"/>"), std::string::npos)
      << "the announced rows when streaming";
  EXPECT_TRUE(tmp.names("lxw").empty()) << "libxlsxwriter's temporary files are gone";
}

TEST(XlsxWriter, SheetNamesAreMadeLegalAndUnique) {
  TempDir tmp;
  auto path = tmp.path("ten.xlsx");
  const std::string long_name = "Danh sách đề nghị khen thưởng cấp huyện năm 2025";  // 48 code points
  build(path, options(false), [&](xlsx::Workbook& wb) {
    for (const std::string& n :
         std::vector<std::string>{"Danh sách [I]: cá nhân/tập thể?", "'Tổng hợp' ", "", "Tổng hợp",
                                  "Tổng hợp", "Tổng hợp", long_name, long_name, "a\\b*c"}) {
      xlsx::SheetSpec s;
      s.name = n;
      s.columns = text_columns(1);
      wb.begin(s);
      wb.row({Cell::str(n.empty() ? "rỗng" : n)});
    }
  });
  auto sheet = read_back(path);
  std::vector<std::string> want = {"Danh sách -I-- cá nhân-tập thể-",
                                   "Tổng hợp",
                                   "Trang",
                                   "Tổng hợp (2)",
                                   "Tổng hợp (3)",
                                   "Tổng hợp (4)",
                                   "Danh sách đề nghị khen thưởng c",
                                   "Danh sách đề nghị khen thưở (2)",
                                   "a-b-c"};
  EXPECT_EQ(sheet.sheets, want);
  auto third = read_back(path, "Tổng hợp (3)");
  EXPECT_EQ(text_at(third, 2, 0), "Tổng hợp") << "the rows went to their own sheet";
}

// Excel treats "Xa An Hoa" and "XA AN HOA" (and "Xã An Hòa" / "XÃ AN HÒA") as one sheet name; libxlsxwriter
// folds only ASCII. Units spelled in capitals and in lower case in the data must give "… (2)", not an error.
TEST(XlsxWriter, SheetNamesDifferingOnlyInCaseAreMadeUnique) {
  TempDir tmp;
  auto path = tmp.path("hoa-thuong.xlsx");
  EXPECT_NO_THROW(build(path, options(false), [](xlsx::Workbook& wb) {
    for (std::string n : {"Xa An Hoa", "XA AN HOA", "Xã An Hòa", "XÃ AN HÒA"}) {
      xlsx::SheetSpec s;
      s.name = n;
      s.columns = text_columns(1);
      wb.begin(s);
    }
  }));
  ASSERT_TRUE(fs::exists(path));
  auto sheet = read_back(path);
  ASSERT_EQ(sheet.sheets.size(), 4u);
  EXPECT_EQ(sheet.sheets[0], "Xa An Hoa");
  EXPECT_EQ(sheet.sheets[1], "XA AN HOA (2)");
  EXPECT_EQ(sheet.sheets[2], "Xã An Hòa");
  EXPECT_EQ(sheet.sheets[3], "XÃ AN HÒA (2)");
}

TEST(XlsxWriter, FooterLinesComeAfterTheTableWithAnEmptyLine) {
  TempDir tmp;
  auto path = tmp.path("ky.xlsx");
  build(path, options(false), [](xlsx::Workbook& wb) {
    xlsx::SheetSpec s;
    s.name = "Danh sách";
    s.columns = text_columns(3);
    s.merge_column = 0;
    wb.begin(s);
    wb.row({Cell::str("Xã An Hòa"), Cell::str("1")});
    wb.row({Cell::str("Xã An Hòa"), Cell::str("2")});
    wb.footer({"NGƯỜI LẬP BIỂU", "(Ký, ghi rõ họ tên)", "Trần Thị Bình"});
  });
  auto sheet = read_back(path);
  EXPECT_EQ(row_numbered(sheet, 4), nullptr);
  EXPECT_EQ(text_at(sheet, 5, 0), "NGƯỜI LẬP BIỂU");
  EXPECT_EQ(text_at(sheet, 6, 0), "(Ký, ghi rõ họ tên)");
  EXPECT_EQ(text_at(sheet, 7, 0), "Trần Thị Bình");
  EXPECT_EQ(sheet.rows.back().number, 7);
  std::string xml = sheet_xml(path);
  EXPECT_NE(xml.find("<mergeCell ref=\"A2:A3\"/>"), std::string::npos) << "the footer closes the merge first";
  EXPECT_EQ(xml.find("<mergeCell ref=\"A2:A5\"/>"), std::string::npos);
  EXPECT_NE(xml.find("<autoFilter ref=\"A1:C3\"/>"), std::string::npos) << "the footer is not filtered";
}

TEST(XlsxWriter, HeaderlessSheetKeepsTheUsersRowsRowForRow) {
  TempDir tmp;
  auto path = tmp.path("ban-sao.xlsx");
  build(path, options(false), [](xlsx::Workbook& wb) {
    xlsx::SheetSpec s;
    s.name = "Bản sao";
    s.header = false;
    s.columns = text_columns(2);
    wb.begin(s);
    EXPECT_EQ(wb.first_data_row(), 1);
    wb.row({Cell::str("Họ và tên"), Cell::str("Lỗi")});
    wb.row({Cell::str("Nguyễn Văn An"), Cell::str("đơn vị không có")});
  });
  auto sheet = read_back(path);
  ASSERT_EQ(sheet.rows.size(), 2u);
  EXPECT_EQ(sheet.rows[0].number, 1);
  EXPECT_EQ(sheet.rows[0].at(0).text, "Họ và tên");
  EXPECT_EQ(sheet.rows[1].at(1).text, "đơn vị không có");
  std::string xml = sheet_xml(path);
  EXPECT_EQ(xml.find("<autoFilter"), std::string::npos);
  EXPECT_EQ(xml.find("<pane"), std::string::npos) << "nothing to freeze";
}

TEST(XlsxWriter, MarkedCellsAndComments) {
  TempDir tmp;
  auto path = tmp.path("danh-dau.xlsx");
  build(path, options(false), [](xlsx::Workbook& wb) {
    xlsx::SheetSpec s;
    s.name = "Danh sách";
    s.columns = text_columns(3);
    wb.begin(s);
    wb.row({Cell::str("An"), Cell::str("Xã A"), Cell::str("x")});
    wb.row({Cell::str("Bình"), Cell::str("Xã Không Có"), Cell::str("y")}, xlsx::RowStyle::Mark, {1});
    wb.comment(1, "Đơn vị «Xã Không Có» không có trong danh mục");
  });
  std::string xml = sheet_xml(path);
  auto s = [&](const char* ref) { return attr(cell_tag(xml, ref), "s"); };
  EXPECT_NE(s("B3"), s("B2")) << "the marked cell";
  EXPECT_EQ(s("A3"), s("A2")) << "cells not marked look like any data cell";
  EXPECT_EQ(s("C3"), s("C2"));
  std::string styles = part(path, "xl/styles.xml");
  EXPECT_NE(styles.find("FFC7CE"), std::string::npos) << "the red fill";
  auto comments = member(path, "xl/comments1.xml");
  ASSERT_TRUE(comments);
  EXPECT_NE(comments->find("Đơn vị «Xã Không Có» không có trong danh mục"), std::string::npos);
  EXPECT_NE(comments->find("ref=\"B3\""), std::string::npos) << "on the row just written";
  auto sheet = read_back(path);
  EXPECT_EQ(text_at(sheet, 3, 1), "Xã Không Có") << "the value is unchanged";
}

TEST(XlsxWriter, ChoicesBecomeADropDownInNormalModeOnly) {
  auto fill = [](xlsx::Workbook& wb) {
    xlsx::SheetSpec s;
    s.name = "Mẫu";
    s.columns = {{"Họ tên", 20, Type::Text, false},
                 {"Đồng ý", 10, Type::Text, false, {"Đồng ý", "Không đồng ý"}},
                 {"Dài", 10, Type::Text, false, std::vector<std::string>(40, "Một lựa chọn dài")}};
    wb.begin(s);
  };
  TempDir tmp;
  build(tmp.path("n.xlsx"), options(false), fill);
  build(tmp.path("s.xlsx"), options(true), fill);
  std::string n = sheet_xml(tmp.path("n.xlsx"));
  EXPECT_NE(n.find("<dataValidation type=\"list\""), std::string::npos);
  EXPECT_NE(n.find("sqref=\"B2:B1001\""), std::string::npos) << "the first 1,000 data rows";
  EXPECT_NE(n.find("<formula1>\"Đồng ý,Không đồng ý\"</formula1>"), std::string::npos);
  EXPECT_EQ(count(n, "<dataValidation "), 1u) << "a list over 255 characters is left out";
  EXPECT_EQ(sheet_xml(tmp.path("s.xlsx")).find("<dataValidation"), std::string::npos);
}

TEST(XlsxWriter, BallotRowsAreTaller) {
  TempDir tmp;
  auto path = tmp.path("phieu.xlsx");
  build(path, options(false), [](xlsx::Workbook& wb) {
    xlsx::SheetSpec s;
    s.name = "Phiếu bầu";
    s.blank_lines = true;
    s.columns = text_columns(2);
    wb.begin(s);
    wb.row({Cell::str("Nguyễn Văn An"), {}});
  });
  std::string xml = sheet_xml(path);
  auto at = xml.find("<row r=\"2\"");
  ASSERT_NE(at, std::string::npos);
  EXPECT_EQ(attr(xml.substr(at, xml.find('>', at) - at), "ht"), "30");
}

TEST(XlsxWriter, WrittenUnderATemporaryNameAndRenamedOnlyWhenComplete) {
  TempDir tmp;
  auto path = tmp.path("ds.xlsx");
  {
    xlsx::Workbook wb(path, options(false));
    council_list(wb, 5);
    EXPECT_FALSE(fs::exists(path)) << "nothing under the final name before close";
    wb.close();
    EXPECT_TRUE(fs::exists(path));
    wb.close();  // a second close does nothing
  }
  EXPECT_EQ(tmp.names(), std::vector<std::string>{"ds.xlsx"}) << "no temporary file is left";
  EXPECT_EQ(read_back(path).sheet, "Danh sách");

  // Never closed (an error in between): nothing at all remains.
  auto abandoned = tmp.path("bo-do.xlsx");
  for (bool stream : {false, true}) {
    xlsx::Workbook wb(abandoned, options(stream));
    council_list(wb, 5);
  }
  EXPECT_EQ(tmp.names(), std::vector<std::string>{"ds.xlsx"});
}

TEST(XlsxWriter, FailuresThrowNamingTheFileAndLeaveNothing) {
  TempDir tmp;
  auto no_dir = tmp.path("khong-co/ds.xlsx");
  try {
    xlsx::Workbook wb(no_dir, options(false));
    ADD_FAILURE() << "no error for a missing folder";
  } catch (const core::Error& e) {
    EXPECT_NE(std::string(e.what()).find(no_dir), std::string::npos) << e.what();
  }
  // The final name is taken by a folder: the rename fails and the temporary file goes.
  auto taken = tmp.path("ds.xlsx");
  fs::create_directories(fs::path(taken) / "con");
  try {
    build(taken, options(false), [](xlsx::Workbook& wb) { council_list(wb, 3); });
    ADD_FAILURE() << "no error when the rename fails";
  } catch (const core::Error& e) {
    EXPECT_NE(std::string(e.what()).find(taken), std::string::npos) << e.what();
  }
  EXPECT_TRUE(fs::is_directory(taken));
  EXPECT_EQ(tmp.names(), std::vector<std::string>{"ds.xlsx"}) << "no temporary file is left";
}

TEST(XlsxWriter, SameInputAndCreationTimeGiveTheSameBytes) {
  for (bool stream : {false, true}) {
    TempDir tmp;
    auto fill = [](xlsx::Workbook& wb) {
      council_list(wb, 40);
      xlsx::SheetSpec s;
      s.name = "Tổng hợp";
      s.columns = text_columns(2);
      wb.begin(s);
      wb.row({Cell::str("Xã An Hòa"), Cell::formula("=COUNTA('Danh sách'!B7:B46)", 40)});
    };
    build(tmp.path("a.xlsx"), options(stream), fill);
    build(tmp.path("b.xlsx"), options(stream), fill);
    build(tmp.path("c.xlsx"), options(stream, 1733389200 + 86400), fill);
    std::string a = slurp(tmp.path("a.xlsx"));
    ASSERT_GT(a.size(), 1000u);
    EXPECT_EQ(a, slurp(tmp.path("b.xlsx"))) << stream;
    EXPECT_NE(a, slurp(tmp.path("c.xlsx"))) << stream << ": the creation time is in the file";
    std::string core_xml = part(tmp.path("a.xlsx"), "docProps/core.xml");
    EXPECT_NE(core_xml.find("2024-12-05T09:00:00Z"), std::string::npos) << core_xml;
    EXPECT_NE(core_xml.find("<dc:title>Danh sách đề nghị khen thưởng</dc:title>"), std::string::npos);
    EXPECT_NE(core_xml.find("<dc:creator>Phòng Nội vụ</dc:creator>"), std::string::npos);
    EXPECT_NE(core_xml.find("<dc:subject>Thi đua</dc:subject>"), std::string::npos);
  }
}

TEST(XlsxWriter, ColumnNames) {
  EXPECT_EQ(xlsx::Workbook::col_name(0), "A");
  EXPECT_EQ(xlsx::Workbook::col_name(9), "J");
  EXPECT_EQ(xlsx::Workbook::col_name(25), "Z");
  EXPECT_EQ(xlsx::Workbook::col_name(26), "AA");
  EXPECT_EQ(xlsx::Workbook::col_name(701), "ZZ");
  EXPECT_EQ(xlsx::Workbook::col_name(702), "AAA");
}
