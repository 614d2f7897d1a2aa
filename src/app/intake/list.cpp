// The lists units send: columns, header mapping, checked cells, problems and the marked copy (see list.hpp).
#include "app/intake/list.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>

#include "render/xlsx/xlsx.hpp"
#include "text/normalize.hpp"
#include "text/utf8.hpp"

namespace tdkt::app::intake_list {

const std::vector<ColumnSpec>& nomination_columns() {
  static const std::vector<ColumnSpec> v = {
      {"stt",
       "STT",
       {"stt", "số tt", "tt", "số thứ tự"},
       false,
       "Số thứ tự (không bắt buộc, không dùng để đối chiếu)",
       "1"},
      {"doi_tuong",
       "Loại",
       {"loại", "đối tượng", "loại đối tượng", "cá nhân/tập thể", "loai"},
       false,
       "«Cá nhân» hoặc «Tập thể». Có thể bỏ cột này và chia danh sách bằng dòng «I. Cá nhân», «II. Tập thể»",
       "Cá nhân"},
      {"ma",
       "Mã",
       {"mã", "mã số", "mã cá nhân", "mã đối tượng", "mã tập thể", "ma"},
       false,
       "Mã cá nhân hoặc mã đơn vị trong kho (không bắt buộc; nếu có thì phải khớp với tên)",
       ""},
      {"ten",
       "Họ và tên / Tên tập thể",
       {"họ và tên / tên tập thể", "họ và tên", "họ tên", "tên tập thể", "họ và tên/tên tập thể", "tên",
        "ho va ten", "ho ten"},
       true,
       "Họ và tên đầy đủ của cá nhân, hoặc tên tập thể như trong kho",
       "Nguyễn Văn A"},
      {"ngay_sinh",
       "Ngày sinh",
       {"ngày sinh", "ngày tháng năm sinh", "ngay sinh"},
       false,
       "Ngày sinh (dd/mm/yyyy), dùng để phân biệt người trùng tên",
       ""},
      {"chuc_vu",
       "Chức vụ",
       {"chức vụ", "chức vụ, đơn vị công tác", "chức danh", "chuc vu"},
       false,
       "Chức vụ (để đối chiếu, không ghi đè dữ liệu kho)",
       ""},
      {"don_vi",
       "Đơn vị",
       {"đơn vị", "đơn vị công tác", "mã đơn vị", "don vi"},
       false,
       "Mã hoặc tên đơn vị công tác của cá nhân (thuộc đơn vị lập hồ sơ)",
       ""},
      {"hinh_thuc",
       "Hình thức đề nghị",
       {"hình thức đề nghị", "hình thức", "hình thức khen thưởng", "hình thức khen", "hinh thuc"},
       true,
       "Tên hoặc mã hình thức khen thưởng của phong trào",
       ""},
      {"tom_tat",
       "Tóm tắt thành tích",
       {"tóm tắt thành tích", "thành tích", "tóm tắt", "tom tat thanh tich"},
       false,
       "Tóm tắt thành tích (tối đa 2.000 ký tự)",
       ""},
  };
  return v;
}

const std::vector<ColumnSpec>& people_columns() {
  static const std::vector<ColumnSpec> v = {
      {"stt", "STT", {"stt", "số tt", "tt"}, false, "Số thứ tự (không bắt buộc)", "1"},
      {"ma",
       "Mã",
       {"mã", "mã cá nhân", "mã số", "ma"},
       true,
       "Mã cá nhân, duy nhất trong kho (ví dụ PM101)",
       "PM101"},
      {"ten", "Họ và tên", {"họ và tên", "họ tên", "ho va ten"}, true, "Họ và tên đầy đủ", "Nguyễn Văn An"},
      {"gioi_tinh", "Giới tính", {"giới tính", "gioi tinh"}, false, "Nam hoặc Nữ", "Nam"},
      {"ngay_sinh", "Ngày sinh", {"ngày sinh", "ngay sinh"}, false, "dd/mm/yyyy", "05/03/1985"},
      {"chuc_vu",
       "Chức vụ",
       {"chức vụ", "chức danh", "chuc vu"},
       false,
       "Chức vụ hiện tại",
       "Công chức Văn phòng - Thống kê"},
      {"don_vi",
       "Mã đơn vị",
       {"mã đơn vị", "đơn vị", "don vi", "ma don vi"},
       true,
       "Mã đơn vị công tác (đã có trong kho hoặc trong tệp đơn vị)",
       "MY-DUC"},
      {"lanh_dao",
       "Lãnh đạo chủ chốt",
       {"lãnh đạo chủ chốt", "lãnh đạo", "lanh dao"},
       false,
       "«Có» nếu là lãnh đạo chủ chốt",
       ""},
  };
  return v;
}

const std::vector<ColumnSpec>& unit_columns() {
  static const std::vector<ColumnSpec> v = {
      {"stt", "STT", {"stt", "số tt", "tt"}, false, "Số thứ tự (không bắt buộc)", "1"},
      {"ma", "Mã", {"mã", "mã đơn vị", "ma"}, true, "Mã đơn vị, duy nhất trong kho", "MY-AN"},
      {"ten",
       "Tên đơn vị",
       {"tên đơn vị", "tên", "đơn vị", "ten don vi"},
       true,
       "Tên đầy đủ",
       "Ủy ban nhân dân xã Mỹ An"},
      {"ten_tat",
       "Tên viết tắt",
       {"tên viết tắt", "viết tắt", "tên tắt"},
       false,
       "Tên ngắn dùng trong bảng",
       "UBND xã Mỹ An"},
      {"cap", "Cấp", {"cấp", "cap"}, true, "tinh, huyen, xa, phong…", "xa"},
      {"nhom",
       "Nhóm xếp hạng",
       {"nhóm xếp hạng", "nhóm", "loại"},
       false,
       "Nhóm để xếp hạng (ví dụ xa, co_quan)",
       "xa"},
      {"cap_tren",
       "Mã đơn vị cấp trên",
       {"mã đơn vị cấp trên", "đơn vị cấp trên", "cấp trên"},
       false,
       "Mã đơn vị cấp trên",
       "PHUMY"},
  };
  return v;
}

const std::vector<ColumnSpec>& columns_of(const std::string& kind) {
  if (kind == "people") return people_columns();
  if (kind == "units") return unit_columns();
  return nomination_columns();
}

std::string norm(const std::string& s) {
  return text::lower(text::fold_spaces(text::nfc(s)));
}

std::string where(const Sheet& s, int row, int col) {
  std::string w = s.t.sheet.empty() ? "dòng " + std::to_string(row)
                                    : "trang «" + s.t.sheet + "», dòng " + std::to_string(row);
  if (col >= 0) {
    auto h = s.header.find(static_cast<size_t>(col));
    w += ", cột " + intake::column_name(static_cast<size_t>(col)) +
         (h != s.header.end() ? " «" + h->second + "»" : "");
  }
  return w;
}

// Finds the header row among the first 30 rows: the first row where every required column is found.
bool map_header(Sheet& s, const std::vector<ColumnSpec>& spec, std::vector<Problem>& file_problems,
                core::Diagnostics& warnings) {
  size_t best = 0;
  const intake::Row* best_row = nullptr;
  for (size_t i = 0; i < s.t.rows.size() && i < 30; ++i) {
    const auto& r = s.t.rows[i];
    size_t found = 0;
    for (auto& c : r.cells)
      if (c.kind == intake::Cell::Kind::Text)
        for (auto& sp : spec)
          if (std::find(sp.aliases.begin(), sp.aliases.end(), norm(c.text)) != sp.aliases.end()) {
            ++found;
            break;
          }
    if (found > best) {
      best = found;
      best_row = &r;
    }
  }
  if (!best_row) {
    std::string req;
    for (auto& sp : spec)
      if (sp.required) req += (req.empty() ? "«" : ", «") + sp.title + "»";
    file_problems.push_back({0, -1, "thieu_dong_tieu_de",
                             "không tìm thấy dòng tiêu đề cột trong 30 dòng đầu; cần các cột " + req});
    return false;
  }
  s.header_row = best_row->number;
  bool ok = true;
  for (size_t c = 0; c < best_row->cells.size(); ++c) {
    const auto& cell = best_row->cells[c];
    if (cell.kind != intake::Cell::Kind::Text || norm(cell.text).empty()) continue;
    s.header[c] = text::nfc(cell.text);
    bool known = false;
    for (auto& sp : spec)
      if (std::find(sp.aliases.begin(), sp.aliases.end(), norm(cell.text)) != sp.aliases.end()) {
        known = true;
        if (auto first = s.col.find(sp.key); first != s.col.end()) {
          // Two columns that mean the same: which one holds the data is not guessed.
          file_problems.push_back({s.header_row, static_cast<int>(c), "cot_trung",
                                   "cột «" + text::nfc(cell.text) + "» trùng nghĩa với cột " +
                                       intake::column_name(first->second) + " «" + s.header[first->second] +
                                       "»: giữ một cột, xóa cột kia"});
          ok = false;
        } else {
          s.col[sp.key] = c;
        }
        break;
      }
    if (!known)
      warnings.warning({s.t.file}, "",
                       where(s, s.header_row, static_cast<int>(c)) + ": cột không dùng đến, bỏ qua");
  }
  for (auto& sp : spec)
    if (sp.required && !s.col.count(sp.key)) {
      file_problems.push_back(
          {s.header_row, -1, "thieu_cot", "thiếu cột bắt buộc «" + sp.title + "» ở dòng tiêu đề"});
      ok = false;
    }
  return ok;
}

const intake::Cell& Field::cell(const std::string& key) const {
  static const intake::Cell empty;
  return present(key) ? r.at(s.col.at(key)) : empty;
}

void extra_fields(const Field& f) {
  if (f.s.header.empty()) return;
  if (!f.s.t.sheet.empty()) {  // a workbook's columns do not shift; a header merged over several may hide one
    for (auto& g : f.s.t.merges) {
      if (g.first_row > f.s.header_row || g.last_row < f.s.header_row || g.last_col == g.first_col) continue;
      auto h = f.s.header.find(g.first_col);
      for (size_t c = g.first_col + 1; h != f.s.header.end() && c <= g.last_col && c < f.r.cells.size(); ++c)
        if (f.r.cells[c].kind != intake::Cell::Kind::Empty && !f.s.header.count(c)) {
          f.out.push_back({f.r.number, static_cast<int>(c), "tieu_de_gop",
                           "ô có giá trị «" + text::clip(f.r.cells[c].text, 60) + "» dưới tiêu đề «" +
                               h->second + "» gộp các ô " + g.ref +
                               ": không rõ giá trị thuộc cột nào; bỏ gộp ô tiêu đề, mỗi cột một tiêu đề"});
          return;
        }
    }
    return;
  }
  size_t width = f.s.header.rbegin()->first + 1;
  for (size_t c = width; c < f.r.cells.size(); ++c) {
    const auto& cell = f.r.cells[c];
    if (cell.kind == intake::Cell::Kind::Empty || text::fold_spaces(cell.text).empty()) continue;
    f.out.push_back({f.r.number, static_cast<int>(c), "thua_truong",
                     "dòng có " + std::to_string(f.r.cells.size()) + " trường mà dòng tiêu đề chỉ có " +
                         std::to_string(width) + ": thừa «" + text::clip(cell.text, 60) +
                         "» (thường do dấu phẩy trong một ô không đặt trong ngoặc kép)"});
    return;
  }
}

std::optional<std::string> Field::text(const std::string& key, size_t max_len, bool names) const {
  const auto& c = cell(key);
  if (c.kind == intake::Cell::Kind::Empty) return std::string();
  if (c.kind == intake::Cell::Kind::Formula) {
    problem(key, "cong_thuc",
            std::string("ô là công thức") + (c.text.empty() ? "" : " (giá trị «" + c.text + "»)") +
                ": hãy dán giá trị thay cho công thức");
    return std::nullopt;
  }
  if (c.kind == intake::Cell::Kind::Error) {
    problem(key, "o_loi", "ô có lỗi của Excel (" + c.text + ")");
    return std::nullopt;
  }
  if (names && (c.kind == intake::Cell::Kind::Number || c.kind == intake::Cell::Kind::Bool)) {
    problem(key, "kieu_so", "cần chữ, ô lại là số («" + c.text + "»)");
    return std::nullopt;
  }
  for (unsigned char ch : c.text)
    if (ch < 0x20 && ch != '\n' && ch != '\t' && ch != '\r') {
      problem(key, "ky_tu_dieu_khien", "ô có ký tự điều khiển không in được (mã " + std::to_string(ch) + ")");
      return std::nullopt;
    }
  std::string v = text::nfc(c.text);
  v = names ? text::fold_spaces(v) : v;
  while (!v.empty() && (v.back() == ' ' || v.back() == '\n' || v.back() == '\r')) v.pop_back();
  while (!v.empty() && (v.front() == ' ' || v.front() == '\n')) v.erase(0, 1);
  if (text::length(v) > max_len) {
    problem(key, "qua_dai",
            "dài " + std::to_string(text::length(v)) + " ký tự, tối đa " + std::to_string(max_len));
    return std::nullopt;
  }
  return v;
}

std::optional<std::optional<core::Date>> Field::date(const std::string& key) const {
  const auto& c = cell(key);
  if (c.kind == intake::Cell::Kind::Empty) return std::optional<core::Date>();
  if (c.kind == intake::Cell::Kind::Number) {
    if (auto iso = intake::serial_to_iso(c.number, s.t.date1904); iso && c.number == std::floor(c.number))
      return core::parse_date(*iso);
    problem(key, "ngay_khong_hop_le",
            !s.t.date1904 && std::floor(c.number) == 60
                ? "«" + c.text + "» là ngày 29/02/1900 của Excel, một ngày không có: gõ lại ngày"
                : "«" + c.text + "» không phải ngày");
    return std::nullopt;
  }
  auto v = text(key, 40);
  if (!v) return std::nullopt;
  if (v->empty()) return std::optional<core::Date>();
  if (auto d = core::parse_date(*v)) return std::optional<core::Date>(*d);
  int d = 0, m = 0, y = 0;
  char a = 0, b = 0;
  if (std::sscanf(v->c_str(), "%d%c%d%c%d", &d, &a, &m, &b, &y) == 5 && (a == '/' || a == '-' || a == '.') &&
      a == b && y >= 1900) {
    core::Date x{y, m, d};
    if (x.valid()) return std::optional<core::Date>(x);
  }
  problem(key, "ngay_khong_hop_le", "«" + *v + "» không phải ngày hợp lệ (viết dd/mm/yyyy)");
  return std::nullopt;
}

void report(const Sheet& s, const std::vector<Problem>& ps, core::Diagnostics& d) {
  for (auto& p : ps)
    d.error({s.t.file}, "", (p.row ? where(s, p.row, p.col) + ": " : "") + p.message + " [" + p.code + "]");
}

namespace {
// A copy of the user's sheet, row for row, with the bad cells marked red, a comment on each, and a
// last column «Lỗi» listing the row's problems.
void write_marked(const Sheet& s, const std::vector<Problem>& ps, const std::string& path,
                  long long created) {
  std::map<int, std::vector<const Problem*>> by_row;
  for (auto& p : ps) by_row[p.row].push_back(&p);
  size_t width = 0;
  for (auto& r : s.t.rows) width = std::max(width, r.cells.size());
  xlsx::Options o;
  o.created = static_cast<std::time_t>(created);
  o.title = "Danh sách có đánh dấu lỗi";
  o.author = "tdkt";
  xlsx::Workbook wb(path, o);
  xlsx::SheetSpec sp;
  sp.name = s.t.sheet.empty() ? "Danh sách" : s.t.sheet;
  sp.header = false;
  for (size_t c = 0; c < width; ++c) sp.columns.push_back({"", c == 0 ? 6.0 : 22.0, xlsx::Type::Text, true});
  sp.columns.push_back({"", 60, xlsx::Type::Text, true});
  sp.landscape = true;
  wb.begin(sp);
  int next = 1;
  for (auto& r : s.t.rows) {
    wb.skip(r.number - next);  // the user's empty rows stay empty: nothing written, row numbers kept
    next = r.number;
    std::vector<xlsx::Cell> cells;
    for (auto& c : r.cells) {
      if (c.kind == intake::Cell::Kind::Number)
        cells.push_back(xlsx::Cell::num(c.number));
      else if (c.kind == intake::Cell::Kind::Empty)
        cells.push_back({});
      else
        cells.push_back(xlsx::Cell::str(c.text));
    }
    cells.resize(width);
    std::vector<int> marked;
    std::string all;
    auto it = by_row.find(r.number);
    if (r.number == s.header_row)
      cells.push_back(xlsx::Cell::str("Lỗi"));
    else if (it != by_row.end()) {
      for (auto* p : it->second) {
        if (p->col >= 0) marked.push_back(p->col);
        all += (all.empty() ? "" : "\n") +
               (p->col >= 0 ? "Cột " + intake::column_name(static_cast<size_t>(p->col)) + ": " : "") +
               p->message;
      }
      marked.push_back(static_cast<int>(width));
      cells.push_back(xlsx::Cell::str(all));
    }
    wb.row(cells, marked.empty() ? xlsx::RowStyle::Data : xlsx::RowStyle::Mark, marked);
    if (it != by_row.end())
      for (auto* p : it->second)
        if (p->col >= 0) wb.comment(p->col, p->message);
    ++next;
  }
  wb.close();
}

}  // namespace

// After the rows: an empty list is a problem too; every problem goes to the report, and to the marked
// copy when one was asked for.
void close_rows(const Sheet& sh, std::vector<Problem>& ps, size_t data_rows, const std::string& mark,
                long long created, Outcome& o) {
  if (data_rows == 0)
    ps.push_back({0, -1, "khong_co_dong", "tệp không có dòng dữ liệu nào dưới dòng tiêu đề"});
  report(sh, ps, o.diags);
  if (!mark.empty() && !ps.empty()) {
    write_marked(sh, ps, mark, created);
    o.text += "Bản sao có đánh dấu ô lỗi: " + mark + "\n";
  }
}

}  // namespace tdkt::app::intake_list
