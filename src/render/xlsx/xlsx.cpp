#include "render/xlsx/xlsx.hpp"

#include <unistd.h>
#include <xlsxwriter.h>

#include <algorithm>
#include <array>
#include <cstdio>
#include <filesystem>
#include <map>
#include <set>

#include "core/diag.hpp"
#include "text/normalize.hpp"

namespace tdkt::xlsx {

namespace {

constexpr const char* kFont = "Times New Roman";

void check(lxw_error e, const std::string& what) {
  if (e != LXW_NO_ERROR) throw core::Error("không ghi được bảng tính (" + what + "): " + lxw_strerror(e));
}

// Sheet names: at most 31 characters (UTF-8 code points), none of []:*?/\, not starting or ending with '.
std::string legal_name(const std::string& in) {
  std::string out;
  size_t count = 0;
  for (size_t i = 0; i < in.size() && count < 31;) {
    unsigned char c = static_cast<unsigned char>(in[i]);
    size_t len = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
    std::string ch = in.substr(i, len);
    i += len;
    if (ch.size() == 1 && std::string("[]:*?/\\").find(ch[0]) != std::string::npos) ch = "-";
    out += ch;
    ++count;
  }
  while (!out.empty() && (out.front() == '\'' || out.front() == ' ')) out.erase(0, 1);
  while (!out.empty() && (out.back() == '\'' || out.back() == ' ')) out.pop_back();
  return out.empty() ? "Trang" : out;
}

size_t code_points(const std::string& s) {
  size_t n = 0;
  for (unsigned char c : s)
    if ((c & 0xC0) != 0x80) ++n;
  return n;
}

}  // namespace

struct Workbook::Impl {
  std::string path, tmp;
  Options opt;
  lxw_workbook* wb = nullptr;
  lxw_worksheet* ws = nullptr;
  SheetSpec spec;
  int row = 0;  // 0-based next row
  int first_data = 0, header_row = 0;
  bool closed = false;
  std::set<std::string> names;
  std::map<std::string, lxw_format*> formats;
  std::vector<std::array<lxw_format*, 3>> col_fmt;  // per column of the current sheet, per RowStyle
  // The open vertical merge of spec.merge_column (normal mode).
  std::string merge_value;
  int merge_start = -1;
  lxw_format* merge_fmt = nullptr;

  lxw_format* fmt(Type t, RowStyle st, bool wrap, const std::string& role = "cell") {
    std::string key = role + ":" + std::to_string(static_cast<int>(t)) + ":" +
                      std::to_string(static_cast<int>(st)) + ":" + (wrap ? "w" : "");
    auto it = formats.find(key);
    if (it != formats.end()) return it->second;
    lxw_format* f = workbook_add_format(wb);
    format_set_font_name(f, kFont);
    format_set_font_size(f, 12);
    format_set_align(f, LXW_ALIGN_VERTICAL_CENTER);
    if (role == "title") {
      format_set_bold(f);
      format_set_font_size(f, 13);
      format_set_align(f, LXW_ALIGN_CENTER);
    } else if (role == "note") {
      format_set_italic(f);
      format_set_align(f, LXW_ALIGN_CENTER);
    } else if (role == "footer") {
      // plain
    } else {
      format_set_border(f, LXW_BORDER_THIN);
      if (role == "header") {
        format_set_bold(f);
        format_set_text_wrap(f);
        format_set_align(f, LXW_ALIGN_CENTER);
        format_set_bg_color(f, 0xDDEBF7);
      } else if (role == "section") {
        format_set_bold(f);
        format_set_bg_color(f, 0xF2F2F2);
      }
      if (st == RowStyle::Total) format_set_bold(f);
      if (st == RowStyle::Mark) {
        format_set_bg_color(f, 0xFFC7CE);
        format_set_font_color(f, 0x9C0006);
      }
      if (wrap) format_set_text_wrap(f);
      switch (t) {
        case Type::Integer:
          format_set_num_format(f, "0");
          format_set_align(f, LXW_ALIGN_CENTER);
          break;
        case Type::Money:
          format_set_num_format(f, "#,##0");
          break;
        case Type::Percent:
          format_set_num_format(f, "0.00%");
          format_set_align(f, LXW_ALIGN_CENTER);
          break;
        case Type::Date:
          format_set_num_format(f, "dd/mm/yyyy");
          format_set_align(f, LXW_ALIGN_CENTER);
          break;
        case Type::Text:
          break;
      }
    }
    formats[key] = f;
    return f;
  }

  int last_data = -1;  // the last row written by row() (0-based)
  void end_sheet() {
    close_merge();
    if (ws && spec.filter && !opt.stream)
      check(worksheet_autofilter(ws, header_row, 0, std::max(last_data, header_row + 1),
                                 static_cast<int>(spec.columns.size()) - 1),
            "bộ lọc");
  }
  void close_merge() {
    if (merge_start >= 0 && row - 1 > merge_start)
      check(worksheet_merge_range(ws, merge_start, spec.merge_column, row - 1, spec.merge_column,
                                  merge_value.c_str(), merge_fmt),
            "gộp ô");
    merge_start = -1;
  }
};

Workbook::Workbook(const std::string& path, const Options& o) : p_(std::make_unique<Impl>()) {
  p_->path = path;
  p_->opt = o;
  auto parent = std::filesystem::path(path).parent_path();
  if (!parent.empty() && !std::filesystem::is_directory(parent))
    throw core::Error("không có thư mục «" + parent.string() + "» để ghi " + path);
  p_->tmp = path + ".tmp-" + std::to_string(::getpid());
  lxw_workbook_options wo{};
  wo.constant_memory = o.stream ? LXW_TRUE : LXW_FALSE;
  wo.tmpdir = o.tmpdir.empty() ? nullptr : const_cast<char*>(o.tmpdir.c_str());
  wo.use_zip64 = LXW_FALSE;
  p_->wb = workbook_new_opt(p_->tmp.c_str(), &wo);
  if (!p_->wb) throw core::Error("không tạo được bảng tính " + path);
  lxw_doc_properties props{};
  props.title = const_cast<char*>(o.title.c_str());
  props.author = const_cast<char*>(o.author.c_str());
  props.subject = const_cast<char*>(o.subject.c_str());
  props.created = o.created;
  workbook_set_properties(p_->wb, &props);
}

Workbook::~Workbook() {
  if (!p_->closed && p_->wb) {
    // libxlsxwriter only frees its memory through workbook_close, which writes the file: write the
    // temporary one and remove it, so nothing half-made stays under the final name.
    workbook_close(p_->wb);
    std::remove(p_->tmp.c_str());
  }
}

bool Workbook::streaming() const {
  return p_->opt.stream;
}

std::string Workbook::col_name(int col) {
  std::string s;
  for (int c = col + 1; c > 0; c = (c - 1) / 26) s.insert(s.begin(), static_cast<char>('A' + (c - 1) % 26));
  return s;
}

void Workbook::begin(const SheetSpec& spec) {
  auto& P = *p_;
  if (P.ws) P.end_sheet();
  P.last_data = -1;
  std::string name = legal_name(spec.name);
  // Excel compares sheet names without case ("Xã An Hòa" and "XÃ AN HÒA" are one name); libxlsxwriter folds
  // only ASCII, so the names are kept in upper case here.
  for (int k = 2; P.names.count(text::upper(name)); ++k) {
    std::string suffix = " (" + std::to_string(k) + ")";
    std::string base = legal_name(spec.name);
    while (code_points(base) + suffix.size() > 31) {
      while (!base.empty() && (static_cast<unsigned char>(base.back()) & 0xC0) == 0x80) base.pop_back();
      if (!base.empty()) base.pop_back();
    }
    name = base + suffix;
  }
  P.names.insert(text::upper(name));
  P.ws = workbook_add_worksheet(P.wb, name.c_str());
  if (!P.ws) throw core::Error("không thêm được trang tính «" + name + "»");
  P.spec = spec;
  P.col_fmt.assign(spec.columns.size(), {nullptr, nullptr, nullptr});
  P.row = 0;
  P.merge_start = -1;
  auto* ws = P.ws;
  int last_col = static_cast<int>(spec.columns.size()) - 1;
  worksheet_set_paper(ws, 9);  // A4
  if (spec.landscape)
    worksheet_set_landscape(ws);
  else
    worksheet_set_portrait(ws);
  worksheet_set_margins(ws, 0.6, 0.4, 0.6, 0.6);
  worksheet_fit_to_pages(ws, 1, 0);
  worksheet_center_horizontally(ws);
  check(worksheet_set_footer(ws, "&CTrang &P/&N"), "chân trang");
  for (int c = 0; c <= last_col; ++c) {
    const auto& col = spec.columns[static_cast<size_t>(c)];
    check(worksheet_set_column(ws, c, c, col.width, nullptr), "độ rộng cột");
  }
  for (auto& t : spec.title) {
    if (last_col > 0)
      check(worksheet_merge_range(ws, P.row, 0, P.row, last_col, t.c_str(),
                                  P.fmt(Type::Text, RowStyle::Data, false, "title")),
            "tiêu đề");
    else
      check(
          worksheet_write_string(ws, P.row, 0, t.c_str(), P.fmt(Type::Text, RowStyle::Data, false, "title")),
          "tiêu đề");
    ++P.row;
  }
  for (auto& t : spec.notes) {
    if (last_col > 0)
      check(worksheet_merge_range(ws, P.row, 0, P.row, last_col, t.c_str(),
                                  P.fmt(Type::Text, RowStyle::Data, false, "note")),
            "ghi chú");
    else
      check(worksheet_write_string(ws, P.row, 0, t.c_str(), P.fmt(Type::Text, RowStyle::Data, false, "note")),
            "ghi chú");
    ++P.row;
  }
  if (!spec.title.empty() || !spec.notes.empty()) ++P.row;  // one empty line before the table
  P.header_row = P.row;
  if (!spec.header) {
    P.spec.filter = false;
    P.first_data = P.row;
    return;
  }
  check(worksheet_set_row(ws, P.row, 32, nullptr), "dòng tiêu đề cột");
  for (int c = 0; c <= last_col; ++c)
    check(worksheet_write_string(ws, P.row, c, spec.columns[static_cast<size_t>(c)].header.c_str(),
                                 P.fmt(Type::Text, RowStyle::Data, false, "header")),
          "tiêu đề cột");
  // In stream mode every call that touches earlier rows must come now (tech notes §5).
  // Stream mode: the autofilter must be set before the rows, over the rows announced; normal mode sets
  // it over the rows actually written when the sheet ends.
  if (spec.filter && P.opt.stream && spec.expected_rows >= 0)
    check(worksheet_autofilter(ws, P.row, 0, std::min(P.row + std::max(spec.expected_rows, 1), 1048575),
                               last_col),
          "bộ lọc");
  if (!P.opt.stream)
    for (int c = 0; c <= last_col; ++c) {
      const auto& ch = spec.columns[static_cast<size_t>(c)].choices;
      size_t len = 0;
      for (auto& x : ch) len += x.size() + 1;
      if (ch.empty() || len > 255) continue;  // Excel's limit for an inline list
      std::vector<const char*> list;
      for (auto& x : ch) list.push_back(x.c_str());
      list.push_back(nullptr);
      lxw_data_validation v{};
      v.validate = LXW_VALIDATION_TYPE_LIST;
      v.value_list = const_cast<char**>(list.data());
      v.ignore_blank = LXW_VALIDATION_ON;
      check(worksheet_data_validation_range(ws, P.row + 1, c, P.row + 1000, c, &v), "danh sách chọn");
    }
  check(worksheet_repeat_rows(ws, P.row, P.row), "dòng lặp khi in");
  worksheet_freeze_panes(ws, P.row + 1, 0);
  ++P.row;
  P.first_data = P.row;
}

void Workbook::section(const std::string& text) {
  auto& P = *p_;
  P.close_merge();
  int last_col = static_cast<int>(P.spec.columns.size()) - 1;
  auto* f = P.fmt(Type::Text, RowStyle::Data, false, "section");
  if (last_col > 0)
    check(worksheet_merge_range(P.ws, P.row, 0, P.row, last_col, text.c_str(), f), "dòng nhóm");
  else
    check(worksheet_write_string(P.ws, P.row, 0, text.c_str(), f), "dòng nhóm");
  ++P.row;
}

void Workbook::skip(int n) {
  if (n <= 0) return;
  p_->close_merge();
  p_->row += n;
}

void Workbook::row(const std::vector<Cell>& cells, RowStyle style, const std::vector<int>& marked) {
  auto& P = *p_;
  auto* ws = P.ws;
  if (P.spec.blank_lines) check(worksheet_set_row(ws, P.row, 30, nullptr), "chiều cao dòng");
  for (size_t c = 0; c < P.spec.columns.size(); ++c) {
    const auto& col = P.spec.columns[c];
    RowStyle st = style;
    if (style == RowStyle::Mark)
      st = std::find(marked.begin(), marked.end(), static_cast<int>(c)) != marked.end() ? RowStyle::Mark
                                                                                        : RowStyle::Data;
    lxw_format*& f = P.col_fmt[c][static_cast<size_t>(st)];
    if (!f) f = P.fmt(col.type, st, col.wrap);
    const Cell empty;
    const Cell& x = c < cells.size() ? cells[c] : empty;
    int r = P.row, cc = static_cast<int>(c);
    if (static_cast<int>(c) == P.spec.merge_column && style == RowStyle::Total) P.close_merge();
    if (static_cast<int>(c) == P.spec.merge_column && !P.opt.stream && style != RowStyle::Total) {
      std::string v = x.kind == Cell::Kind::Text ? x.text : "";
      if (P.merge_start >= 0 && v == P.merge_value && !v.empty()) {
        check(worksheet_write_blank(ws, r, cc, f), "ô gộp");
        continue;
      }
      P.close_merge();
      P.merge_start = r;
      P.merge_value = v;
      P.merge_fmt = f;
    }
    switch (x.kind) {
      case Cell::Kind::Empty:
        check(worksheet_write_blank(ws, r, cc, f), "ô trống");
        break;
      case Cell::Kind::Text:
        check(worksheet_write_string(ws, r, cc, x.text.c_str(), f), "ô chữ");
        break;
      case Cell::Kind::Number:
        check(worksheet_write_number(ws, r, cc, x.number, f), "ô số");
        break;
      case Cell::Kind::Date: {
        lxw_datetime d{x.date.y, x.date.m, x.date.d, 0, 0, 0};
        check(worksheet_write_datetime(ws, r, cc, &d, f), "ô ngày");
        break;
      }
      case Cell::Kind::Formula:
        check(worksheet_write_formula_num(ws, r, cc, x.text.c_str(), f, x.number), "công thức");
        break;
    }
  }
  if (style != RowStyle::Total) P.last_data = P.row;
  ++P.row;
}

void Workbook::comment(int col, const std::string& text) {
  auto& P = *p_;
  lxw_comment_options o{};
  o.author = const_cast<char*>("tdkt");
  o.width = 320;
  o.height = 90;
  check(worksheet_write_comment_opt(P.ws, P.row - 1, col, text.c_str(), &o), "ghi chú ô");
}

void Workbook::footer(const std::vector<std::string>& lines) {
  auto& P = *p_;
  P.close_merge();
  ++P.row;
  for (auto& l : lines) {
    check(
        worksheet_write_string(P.ws, P.row, 0, l.c_str(), P.fmt(Type::Text, RowStyle::Data, false, "footer")),
        "dòng cuối");
    ++P.row;
  }
}

int Workbook::next_row() const {
  return p_->row + 1;
}
int Workbook::first_data_row() const {
  return p_->first_data + 1;
}

void Workbook::close() {
  auto& P = *p_;
  if (P.closed) return;
  if (P.ws) P.end_sheet();
  P.closed = true;
  lxw_error e = workbook_close(P.wb);
  P.wb = nullptr;
  if (e != LXW_NO_ERROR) {
    std::remove(P.tmp.c_str());
    throw core::Error("không ghi được bảng tính " + P.path + ": " + lxw_strerror(e));
  }
  std::error_code ec;
  std::filesystem::rename(P.tmp, P.path, ec);
  if (ec) {
    std::remove(P.tmp.c_str());
    throw core::Error("không đổi tên được " + P.tmp + " thành " + P.path + ": " + ec.message());
  }
}

}  // namespace tdkt::xlsx
