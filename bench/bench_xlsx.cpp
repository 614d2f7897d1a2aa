// The 100,000-row award list written two ways with the same cells: "raw" calls libxlsxwriter directly
// (constant memory, the limit), "tdkt" goes through render/xlsx as the council workbook does (stream mode).
// Usage: tdkt_bench_xlsx raw|tdkt ROWS OUT.xlsx. Timing and peak memory are taken by bench/xlsx.sh.
#include <xlsxwriter.h>

#include <cstdio>
#include <cstdlib>
#include <string>

#include "render/xlsx/xlsx.hpp"

namespace {
const char* kUnits[] = {"Ủy ban nhân dân xã Mỹ Đức", "Ủy ban nhân dân xã Mỹ Lộc", "Phòng Nội vụ",
                        "Ủy ban nhân dân thị trấn Phù Mỹ"};
std::string name(int i) {
  return "Nguyễn Thị Ngọc Ánh " + std::to_string(i);
}
const char* kAward = "Giấy khen của Chủ tịch Ủy ban nhân dân huyện";
const char* kSummary =
    "Hoàn thành xuất sắc nhiệm vụ cải cách hành chính; có sáng kiến được công nhận cấp cơ sở";

int raw(int rows, const char* out) {
  lxw_workbook_options o{};
  o.constant_memory = LXW_TRUE;
  lxw_workbook* wb = workbook_new_opt(out, &o);
  lxw_worksheet* ws = workbook_add_worksheet(wb, "Danh sách");
  lxw_format* title = workbook_add_format(wb);
  format_set_bold(title);
  format_set_align(title, LXW_ALIGN_CENTER);
  format_set_font_name(title, "Times New Roman");
  lxw_format* head = workbook_add_format(wb);
  format_set_bold(head);
  format_set_border(head, LXW_BORDER_THIN);
  format_set_text_wrap(head);
  format_set_font_name(head, "Times New Roman");
  lxw_format* text = workbook_add_format(wb);
  format_set_border(text, LXW_BORDER_THIN);
  format_set_text_wrap(text);
  format_set_font_name(text, "Times New Roman");
  lxw_format* num = workbook_add_format(wb);
  format_set_border(num, LXW_BORDER_THIN);
  format_set_num_format(num, "#,##0");
  format_set_font_name(num, "Times New Roman");
  lxw_format* pct = workbook_add_format(wb);
  format_set_border(pct, LXW_BORDER_THIN);
  format_set_num_format(pct, "0.00%");
  format_set_font_name(pct, "Times New Roman");
  worksheet_set_paper(ws, 9);
  worksheet_set_landscape(ws);
  worksheet_fit_to_pages(ws, 1, 0);
  worksheet_merge_range(ws, 0, 0, 0, 9, "DANH SÁCH ĐỀ NGHỊ KHEN THƯỞNG", title);
  const char* h[] = {"STT",
                     "Họ và tên / Tên tập thể",
                     "Chức vụ",
                     "Đơn vị",
                     "Hình thức đề nghị",
                     "Tóm tắt thành tích",
                     "Kết quả thẩm định",
                     "Phiếu đồng ý",
                     "Tỷ lệ %",
                     "Tiền thưởng (đồng)"};
  for (int c = 0; c < 10; ++c) worksheet_write_string(ws, 2, c, h[c], head);
  worksheet_autofilter(ws, 2, 0, 2 + rows, 9);
  worksheet_repeat_rows(ws, 2, 2);
  worksheet_freeze_panes(ws, 3, 0);
  double sum = 0;
  for (int i = 0; i < rows; ++i) {
    int r = 3 + i;
    worksheet_write_number(ws, r, 0, i + 1, num);
    worksheet_write_string(ws, r, 1, name(i).c_str(), text);
    worksheet_write_string(ws, r, 2, "Công chức Văn phòng - Thống kê", text);
    worksheet_write_string(ws, r, 3, kUnits[(i / 25) % 4], text);
    worksheet_write_string(ws, r, 4, kAward, text);
    worksheet_write_string(ws, r, 5, kSummary, text);
    worksheet_write_string(ws, r, 6, "Đủ điều kiện", text);
    worksheet_write_number(ws, r, 7, 6, num);
    worksheet_write_number(ws, r, 8, 6.0 / 7, pct);
    worksheet_write_number(ws, r, 9, 710000, num);
    sum += 710000;
  }
  std::string f = "=SUM(J4:J" + std::to_string(3 + rows) + ")";
  worksheet_write_formula_num(ws, 3 + rows, 9, f.c_str(), num, sum);
  return workbook_close(wb) == LXW_NO_ERROR ? 0 : 1;
}

int ours(int rows, const char* out) {
  using namespace tdkt::xlsx;
  Options o;
  o.stream = true;
  Workbook wb(out, o);
  SheetSpec sp;
  sp.name = "Danh sách";
  sp.title = {"DANH SÁCH ĐỀ NGHỊ KHEN THƯỞNG"};
  sp.columns = {{"STT", 6, Type::Integer, false},
                {"Họ và tên / Tên tập thể", 28, Type::Text, true},
                {"Chức vụ", 22, Type::Text, true},
                {"Đơn vị", 26, Type::Text, true},
                {"Hình thức đề nghị", 24, Type::Text, true},
                {"Tóm tắt thành tích", 44, Type::Text, true},
                {"Kết quả thẩm định", 16, Type::Text, true},
                {"Phiếu đồng ý", 10, Type::Integer, false},
                {"Tỷ lệ %", 10, Type::Percent, false},
                {"Tiền thưởng (đồng)", 16, Type::Money, false}};
  sp.merge_column = 3;
  sp.expected_rows = rows;
  wb.begin(sp);
  int first = wb.first_data_row();
  double sum = 0;
  std::vector<Cell> r(10);
  for (int i = 0; i < rows; ++i) {
    r[0] = Cell::num(i + 1);
    r[1] = Cell::str(name(i));
    r[2] = Cell::str("Công chức Văn phòng - Thống kê");
    r[3] = Cell::str(kUnits[(i / 25) % 4]);
    r[4] = Cell::str(kAward);
    r[5] = Cell::str(kSummary);
    r[6] = Cell::str("Đủ điều kiện");
    r[7] = Cell::num(6);
    r[8] = Cell::num(6.0 / 7);
    r[9] = Cell::num(710000);
    sum += 710000;
    wb.row(r);
  }
  std::vector<Cell> t(10);
  t[9] = Cell::formula("=SUM(J" + std::to_string(first) + ":J" + std::to_string(first + rows - 1) + ")", sum);
  wb.row(t, RowStyle::Total);
  wb.close();
  return 0;
}
}  // namespace

int main(int argc, char** argv) {
  if (argc != 4) {
    std::fprintf(stderr, "usage: tdkt_bench_xlsx raw|tdkt ROWS OUT.xlsx\n");
    return 2;
  }
  int rows = std::atoi(argv[2]);
  return std::string(argv[1]) == "raw" ? raw(rows, argv[3]) : ours(rows, argv[3]);
}
