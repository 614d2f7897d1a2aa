// Imports. Flow: read the table (table/), find the header row, map columns by their Vietnamese titles,
// check every row and collect every problem (sheet, row, column, kind), then either write all rows in one
// transaction with one audit row, or nothing. Text is NFC-normalised before any comparison, so lists typed
// on a Mac (NFD) match the names in the workspace.
#include "app/imports.hpp"

#include <algorithm>
#include <cmath>
#include <filesystem>
#include <map>
#include <set>

#include "app/common.hpp"
#include "core/clock.hpp"
#include "core/files.hpp"
#include "intake/sheet.hpp"
#include "render/xlsx/xlsx.hpp"
#include "text/normalize.hpp"
#include "text/utf8.hpp"
#include "workflow/workflow.hpp"

namespace tdkt::app {

using core::Json;

namespace {

// ─── Columns ───

struct ColumnSpec {
  std::string key, title;            // title: the header of the template
  std::vector<std::string> aliases;  // accepted headers (compared in lower case, NFC, spaces folded)
  bool required;
  std::string help, example;
};

const std::vector<ColumnSpec>& nomination_columns() {
  static const std::vector<ColumnSpec> v = {
      {"stt",
       "STT",
       {"stt", "số tt", "tt", "số thứ tự"},
       false,
       "Số thứ tự (không bắt buộc, không dùng để đối chiếu)",
       "1"},
      {"loai",
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

// ─── Problems ───

struct Problem {
  int row = 0;   // 1-based row of the file (0: about the file)
  int col = -1;  // 0-based column, -1: the whole row
  std::string code, message;
};

struct Sheet {
  intake::Sheet t;
  int header_row = 0;                    // 1-based
  std::map<std::string, size_t> col;     // key → column
  std::map<size_t, std::string> header;  // column → header text as written
};

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
  for (size_t c = 0; c < best_row->cells.size(); ++c) {
    const auto& cell = best_row->cells[c];
    if (cell.kind != intake::Cell::Kind::Text || norm(cell.text).empty()) continue;
    s.header[c] = text::nfc(cell.text);
    bool known = false;
    for (auto& sp : spec)
      if (std::find(sp.aliases.begin(), sp.aliases.end(), norm(cell.text)) != sp.aliases.end()) {
        known = true;
        if (!s.col.count(sp.key)) s.col[sp.key] = c;
        break;
      }
    if (!known)
      warnings.warning({s.t.file}, "",
                       where(s, s.header_row, static_cast<int>(c)) + ": cột không dùng đến, bỏ qua");
  }
  bool ok = true;
  for (auto& sp : spec)
    if (sp.required && !s.col.count(sp.key)) {
      file_problems.push_back(
          {s.header_row, -1, "thieu_cot", "thiếu cột bắt buộc «" + sp.title + "» ở dòng tiêu đề"});
      ok = false;
    }
  return ok;
}

// The text of a cell for a text column, checked: formulas, numbers where a name is expected, control
// characters and length are problems.
struct Field {
  const Sheet& s;
  const intake::Row& r;
  std::vector<Problem>& out;
  bool present(const std::string& key) const { return s.col.count(key) > 0; }
  int col(const std::string& key) const { return present(key) ? static_cast<int>(s.col.at(key)) : -1; }
  const intake::Cell& cell(const std::string& key) const {
    static const intake::Cell empty;
    return present(key) ? r.at(s.col.at(key)) : empty;
  }
  void problem(const std::string& key, const std::string& code, const std::string& msg) const {
    out.push_back({r.number, col(key), code, msg});
  }
  // nullopt after a problem; "" when empty.
  std::optional<std::string> text(const std::string& key, size_t max_len, bool names = false) const {
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
        problem(key, "ky_tu_dieu_khien",
                "ô có ký tự điều khiển không in được (mã " + std::to_string(ch) + ")");
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
  // Dates: an Excel date (serial number), dd/mm/yyyy, d/m/yyyy or yyyy-mm-dd.
  std::optional<std::optional<core::Date>> date(const std::string& key) const {
    const auto& c = cell(key);
    if (c.kind == intake::Cell::Kind::Empty) return std::optional<core::Date>();
    if (c.kind == intake::Cell::Kind::Number) {
      if (auto iso = intake::serial_to_iso(c.number); iso && c.number == std::floor(c.number))
        return core::parse_date(*iso);
      problem(key, "ngay_khong_hop_le", "«" + c.text + "» không phải ngày");
      return std::nullopt;
    }
    auto v = text(key, 40);
    if (!v) return std::nullopt;
    if (v->empty()) return std::optional<core::Date>();
    if (auto d = core::parse_date(*v)) return std::optional<core::Date>(*d);
    int d = 0, m = 0, y = 0;
    char a = 0, b = 0;
    if (std::sscanf(v->c_str(), "%d%c%d%c%d", &d, &a, &m, &b, &y) == 5 &&
        (a == '/' || a == '-' || a == '.') && a == b && y >= 1900) {
      core::Date x{y, m, d};
      if (x.valid()) return std::optional<core::Date>(x);
    }
    problem(key, "ngay_khong_hop_le", "«" + *v + "» không phải ngày hợp lệ (viết dd/mm/yyyy)");
    return std::nullopt;
  }
};

void report(const Sheet& s, const std::vector<Problem>& ps, core::Diagnostics& d) {
  for (auto& p : ps)
    d.error({s.t.file}, "", (p.row ? where(s, p.row, p.col) + ": " : "") + p.message + " [" + p.code + "]");
}

// A copy of the user's sheet, row for row, with the bad cells marked red, a comment on each, and a
// last column «Lỗi» listing the row's problems.
void write_marked(const Sheet& s, const std::vector<Problem>& ps, const std::string& path) {
  std::map<int, std::vector<const Problem*>> by_row;
  for (auto& p : ps) by_row[p.row].push_back(&p);
  size_t width = 0;
  for (auto& r : s.t.rows) width = std::max(width, r.cells.size());
  xlsx::Options o;
  o.created = static_cast<std::time_t>(core::now_unix());
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
    while (next < r.number) {
      wb.row({});
      ++next;
    }
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

// After the rows: an empty list is a problem too; every problem goes to the report, and to the marked
// copy when one was asked for.
void close_rows(const Sheet& sh, std::vector<Problem>& ps, size_t data_rows, const std::string& mark,
                Outcome& o) {
  if (data_rows == 0)
    ps.push_back({0, -1, "khong_co_dong", "tệp không có dòng dữ liệu nào dưới dòng tiêu đề"});
  report(sh, ps, o.diags);
  if (!mark.empty() && !ps.empty()) {
    write_marked(sh, ps, mark);
    o.text += "Bản sao có đánh dấu ô lỗi: " + mark + "\n";
  }
}

// ─── Nominations ───

struct Kind {
  std::string type;  // "person" | "agency"
};
std::optional<std::string> kind_of(const std::string& v) {
  std::string n = norm(v);
  if (n == "cá nhân" || n == "ca nhan" || n == "cn" || n == "person") return "person";
  if (n == "tập thể" || n == "tap the" || n == "tt" || n == "agency") return "agency";
  return std::nullopt;
}
// "I. CÁ NHÂN", "II. Tập thể", "Cá nhân": a section row that sets the kind of the rows below it.
std::optional<std::string> section_kind(const intake::Row& r) {
  const intake::Cell* only = nullptr;
  for (auto& c : r.cells)
    if (c.kind != intake::Cell::Kind::Empty) {
      if (only) return std::nullopt;
      only = &c;
    }
  if (!only || only->kind != intake::Cell::Kind::Text) return std::nullopt;
  std::string n = norm(only->text);
  size_t i = 0;
  while (i < n.size() && (n[i] == 'i' || n[i] == 'v' || n[i] == 'x')) ++i;
  if (i > 0 && i < n.size() && n[i] == '.') n = text::fold_spaces(n.substr(i + 1));
  if (n.rfind("cá nhân", 0) == 0) return "person";
  if (n.rfind("tập thể", 0) == 0) return "agency";
  return std::nullopt;
}

struct NewNomination {
  int row;
  std::string type, code, award;
  int64_t subject_id;
  std::string summary, label;
};

Outcome import_nominations(const Context& c, const ImportRequest& r, Sheet& sh, const std::string& sha) {
  Outcome o;
  auto s = open_store(c);
  auto d = s->dossier(r.dossier);
  if (!d) return fail(kNotFound, "không có hồ sơ số " + std::to_string(r.dossier));
  if (d->state != "du_thao" && d->state != "tra_lai")
    return fail(kRefused, "hồ sơ số " + std::to_string(r.dossier) + " đang ở trạng thái «" +
                              workflow::label(*workflow::parse_state(d->state)) +
                              "»: chỉ nhập đề nghị khi đang lập hoặc được trả lại để bổ sung");
  auto L = load_movement(*s, d->movement_code, o);
  if (!L) return o;
  std::vector<Problem> ps;
  if (!map_header(sh, nomination_columns(), ps, o.diags)) {
    report(sh, ps, o.diags);
    o.exit = kInvalidInput;
    return o;
  }
  // The units the dossier may nominate from: its own and those directly under it.
  auto du = *s->agency(d->agency_code);
  std::vector<store::AgencyRow> scope;
  for (auto& a : s->agencies())
    if (a.id == du.id || (a.parent_id && *a.parent_id == du.id)) scope.push_back(a);
  std::map<std::string, const store::AgencyRow*> unit_by_key;  // code, name, short name (normalised)
  for (auto& a : scope) {
    unit_by_key[norm(a.code)] = &a;
    unit_by_key[norm(a.name)] = &a;
    if (!a.short_name.empty()) unit_by_key[norm(a.short_name)] = &a;
  }
  std::set<std::string> all_units;
  for (auto& a : s->agencies()) {
    all_units.insert(norm(a.code));
    all_units.insert(norm(a.name));
    if (!a.short_name.empty()) all_units.insert(norm(a.short_name));
  }
  std::map<std::string, store::PersonRow> person_by_code;
  std::multimap<std::string, store::PersonRow> person_by_name;
  for (auto& a : scope)
    for (auto& p : s->people(a.code)) {
      person_by_code[p.code] = p;
      person_by_name.emplace(norm(p.full_name), p);
    }
  std::set<std::string> in_dossier, elsewhere;
  for (auto& n : s->nominations(d->id)) in_dossier.insert(n.subject() + "|" + n.award);
  for (auto& n : s->round_nominations(d->movement_id, d->round, true))
    if (n.dossier_id != d->id) elsewhere.insert(n.subject() + "|" + n.award);

  std::vector<NewNomination> good;
  std::map<std::string, int> seen;  // subject|award → first row
  std::string section;
  size_t data_rows = 0;
  std::set<int> bad_rows;
  for (auto& row : sh.t.rows) {
    if (row.number <= sh.header_row) continue;
    if (auto k = section_kind(row)) {
      section = *k;
      continue;
    }
    ++data_rows;
    size_t before = ps.size();
    Field f{sh, row, ps};
    auto name = f.text("ten", 200, true);
    auto award_txt = f.text("hinh_thuc", 200, true);
    auto kind_txt = f.text("loai", 40, true);
    auto code = f.text("ma", 40, true);
    auto unit_txt = f.text("don_vi", 200, true);
    auto summary = f.text("tom_tat", 2000);
    f.text("chuc_vu", 200, true);
    auto birth = f.date("ngay_sinh");
    if (name && name->empty()) f.problem("ten", "thieu_ten", "thiếu họ và tên / tên tập thể");
    if (award_txt && award_txt->empty()) f.problem("hinh_thuc", "thieu_hinh_thuc", "thiếu hình thức đề nghị");
    std::string type = section;
    if (kind_txt && !kind_txt->empty()) {
      if (auto k = kind_of(*kind_txt))
        type = *k;
      else
        f.problem("loai", "loai_khong_hop_le", "«" + *kind_txt + "» không phải «Cá nhân» hay «Tập thể»");
    }
    // The award: by code, or by name narrowed by kind and round.
    const domain::AwardForm* award = nullptr;
    if (award_txt && !award_txt->empty()) {
      std::vector<const domain::AwardForm*> cands;
      for (auto& a : L->m.awards)
        if (a.id == *award_txt || norm(a.name) == norm(*award_txt)) cands.push_back(&a);
      if (cands.empty()) {
        std::string list;
        for (auto& a : L->m.awards) list += (list.empty() ? "" : "; ") + a.name + " (" + a.id + ")";
        f.problem("hinh_thuc", "hinh_thuc_khong_co",
                  "phong trào không có hình thức «" + *award_txt + "»; các hình thức: " + list);
      } else {
        if (type.empty()) {
          std::set<std::string> kinds;
          for (auto* a : cands)
            for (auto& k : a->subjects) kinds.insert(k);
          if (kinds.size() == 1) type = *kinds.begin() == "tap_the" ? "agency" : "person";
        }
        if (type.empty()) {
          if (ps.size() == before)
            f.problem(
                "loai", "loai_khong_xac_dinh",
                "không biết là cá nhân hay tập thể: thêm cột «Loại» hoặc dòng «I. Cá nhân» / «II. Tập thể»");
          cands.clear();
        }
        std::vector<const domain::AwardForm*> by_kind, by_round;
        for (auto* a : cands)
          if (type.empty() || std::find(a->subjects.begin(), a->subjects.end(),
                                        type == "agency" ? "tap_the" : "ca_nhan") != a->subjects.end())
            by_kind.push_back(a);
        for (auto* a : by_kind)
          if ((d->round == "tong_ket") == (a->round == "tong_ket")) by_round.push_back(a);
        if (cands.empty()) {
        } else if (by_kind.empty())
          f.problem("hinh_thuc", "hinh_thuc_sai_doi_tuong",
                    "«" + *award_txt + "» không dành cho " + (type == "agency" ? "tập thể" : "cá nhân"));
        else if (by_round.empty())
          f.problem("hinh_thuc", "hinh_thuc_sai_dot",
                    "«" + *award_txt + "» không dùng cho " + round_label(d->round));
        else if (by_round.size() > 1)
          f.problem("hinh_thuc", "hinh_thuc_mo_ho",
                    "«" + *award_txt + "» ứng với nhiều hình thức; ghi mã: " + by_round[0]->id + ", " +
                        by_round[1]->id);
        else
          award = by_round[0];
      }
    }
    if (type.empty() && ps.size() == before)
      f.problem("loai", "loai_khong_xac_dinh",
                "không biết là cá nhân hay tập thể: thêm cột «Loại» hoặc dòng «I. Cá nhân» / «II. Tập thể»");
    // The unit column, when given.
    const store::AgencyRow* unit = nullptr;
    if (unit_txt && !unit_txt->empty()) {
      auto it = unit_by_key.find(norm(*unit_txt));
      if (it != unit_by_key.end())
        unit = it->second;
      else if (all_units.count(norm(*unit_txt)))
        f.problem("don_vi", "don_vi_ngoai_ho_so",
                  "đơn vị «" + *unit_txt + "» không thuộc " + du.name + " (đơn vị lập hồ sơ)");
      else
        f.problem("don_vi", "don_vi_khong_co", "không có đơn vị «" + *unit_txt + "» trong kho");
    }
    // The subject.
    int64_t sid = 0;
    std::string scode;
    if (name && !name->empty() && !type.empty() && ps.size() == before) {
      if (type == "person") {
        if (code && !code->empty()) {
          auto it = person_by_code.find(*code);
          if (it == person_by_code.end()) {
            if (s->person(*code))
              f.problem("ma", "don_vi_ngoai_ho_so", "cá nhân mã «" + *code + "» không thuộc " + du.name);
            else
              f.problem("ma", "ma_khong_co", "không có cá nhân mã «" + *code + "» trong kho");
          } else if (norm(it->second.full_name) != norm(*name)) {
            f.problem("ten", "ma_khac_ten",
                      "mã «" + *code + "» là của «" + it->second.full_name + "», không phải «" + *name + "»");
          } else {
            sid = it->second.id;
            scode = it->second.code;
          }
        } else {
          std::vector<store::PersonRow> hits;
          auto [a, b] = person_by_name.equal_range(norm(*name));
          for (auto it = a; it != b; ++it)
            if (!unit || it->second.agency_id == unit->id) hits.push_back(it->second);
          if (hits.size() > 1 && birth && *birth) {
            std::vector<store::PersonRow> same;
            for (auto& p : hits)
              if (p.birth_date == (*birth)->iso()) same.push_back(p);
            if (same.empty())
              f.problem("ngay_sinh", "ngay_sinh_khong_khop",
                        "không ai tên «" + *name + "» sinh ngày " + (*birth)->dmy());
            hits = same;
          }
          if (hits.empty() && ps.size() == before)
            f.problem("ten", "khong_tim_thay",
                      "không có cá nhân «" + *name + "»" +
                          (unit ? " ở " + unit->name : " trong " + du.name + " và các đơn vị trực thuộc"));
          else if (hits.size() > 1)
            f.problem("ten", "trung_ten",
                      std::to_string(hits.size()) + " người tên «" + *name +
                          "»: thêm cột «Mã» hoặc «Ngày sinh» để phân biệt");
          else if (hits.size() == 1) {
            if (birth && *birth && !hits[0].birth_date.empty() && hits[0].birth_date != (*birth)->iso())
              f.problem("ngay_sinh", "ngay_sinh_khong_khop",
                        "«" + *name + "» trong kho sinh ngày " + core::parse_date(hits[0].birth_date)->dmy() +
                            ", không phải " + (*birth)->dmy());
            else {
              sid = hits[0].id;
              scode = hits[0].code;
            }
          }
        }
      } else {
        const store::AgencyRow* a = nullptr;
        if (code && !code->empty()) {
          auto it = unit_by_key.find(norm(*code));
          if (it == unit_by_key.end()) {
            if (s->agency(*code))
              f.problem("ma", "don_vi_ngoai_ho_so", "đơn vị mã «" + *code + "» không thuộc " + du.name);
            else
              f.problem("ma", "ma_khong_co", "không có đơn vị mã «" + *code + "» trong kho");
          } else if (norm(it->second->name) != norm(*name) && norm(it->second->short_name) != norm(*name)) {
            f.problem("ten", "ma_khac_ten",
                      "mã «" + *code + "» là của «" + it->second->name + "», không phải «" + *name + "»");
          } else {
            a = it->second;
          }
        } else {
          auto it = unit_by_key.find(norm(*name));
          if (it != unit_by_key.end())
            a = it->second;
          else
            f.problem("ten", "khong_tim_thay",
                      "không có tập thể «" + *name + "» trong " + du.name + " và các đơn vị trực thuộc");
        }
        if (a) {
          sid = a->id;
          scode = a->code;
        }
      }
    }
    if (sid && award && ps.size() == before) {
      std::string key = type + ":" + scode + "|" + award->id;
      if (auto it = seen.find(key); it != seen.end())
        f.problem("ten", "trung_dong",
                  "trùng với dòng " + std::to_string(it->second) + " (cùng người, cùng hình thức)");
      else if (in_dossier.count(key))
        f.problem("ten", "da_de_nghi",
                  "«" + *name + "» đã được đề nghị «" + award->name + "» trong hồ sơ này");
      else if (elsewhere.count(key))
        f.problem("ten", "de_nghi_ho_so_khac",
                  "«" + *name + "» đã được đề nghị «" + award->name + "» trong hồ sơ khác của cùng đợt");
      else {
        seen[key] = row.number;
        good.push_back(
            {row.number, type, scode, award->id, sid, summary.value_or(""), *name + " — " + award->name});
      }
    }
    if (ps.size() > before) bad_rows.insert(row.number);
  }
  close_rows(sh, ps, data_rows, r.mark, o);
  if (!ps.empty() && (!r.good_rows_only || good.empty())) {
    o.exit = kInvalidInput;
    o.text = std::to_string(bad_rows.size()) + "/" + std::to_string(data_rows) + " dòng có lỗi (" +
             std::to_string(ps.size()) + " lỗi): không nhập dòng nào" +
             (good.empty()
                  ? ""
                  : " (dùng --good-rows-only để chỉ nhập " + std::to_string(good.size()) + " dòng đúng)") +
             "\n" + o.text;
    o.result.set("errors", Json::integer(static_cast<int64_t>(ps.size())));
    o.result.set("imported", Json::integer(0));
    return o;
  }
  std::vector<int64_t> ids;
  s->transaction([&] {
    for (auto& g : good) {
      int64_t nid = s->add_nomination(d->id, g.type, g.subject_id, g.award, g.summary);
      auto n = *s->nomination(nid);
      n.outcome = "de_nghi";
      s->update_nomination(n);
      ids.push_back(nid);
    }
    s->audit(
        c.actor, "import_nominations", "dossier", std::to_string(d->id),
        std::filesystem::path(r.file).filename().string() + " sha256=" + sha + "; " +
            std::to_string(good.size()) + " đề nghị" +
            (ids.empty() ? ""
                         : " (số " + std::to_string(ids.front()) + "–" + std::to_string(ids.back()) + ")") +
            (ps.empty() ? "" : "; bỏ qua " + std::to_string(bad_rows.size()) + " dòng lỗi"));
  });
  o.text = "Đã nhập " + std::to_string(good.size()) + " đề nghị vào hồ sơ số " + std::to_string(d->id) +
           " (" + d->agency_name + ")" +
           (ps.empty() ? "" : "; bỏ qua " + std::to_string(bad_rows.size()) + " dòng có lỗi") + "\n" + o.text;
  o.result.set("imported", Json::integer(static_cast<int64_t>(good.size())));
  Json created = Json::array();  // the new nominations' numbers, in the file's order (for --vote in scripts)
  for (auto id : ids) created.push(Json::integer(id));
  o.result.set("nominations", created);
  o.result.set("errors", Json::integer(static_cast<int64_t>(ps.size())));
  return o;
}

// ─── People and units ───

Outcome import_registry(const Context& c, const ImportRequest& r, Sheet& sh, const std::string& sha) {
  Outcome o;
  auto s = open_store(c);
  std::vector<Problem> ps;
  bool people = r.kind == "people";
  if (!map_header(sh, people ? people_columns() : unit_columns(), ps, o.diags)) {
    report(sh, ps, o.diags);
    o.exit = kInvalidInput;
    return o;
  }
  std::set<std::string> known_units;
  for (auto& a : s->agencies()) known_units.insert(a.code);
  std::vector<domain::Person> persons;
  std::vector<domain::Agency> units;
  std::map<std::string, int> seen;
  std::set<int> bad_rows;
  size_t data_rows = 0;
  // Units may name a parent further down the file: collect codes first.
  std::set<std::string> file_units;
  if (!people)
    for (auto& row : sh.t.rows)
      if (row.number > sh.header_row && sh.col.count("ma")) {
        const auto& cell = row.at(sh.col["ma"]);
        if (cell.kind == intake::Cell::Kind::Text) file_units.insert(text::fold_spaces(text::nfc(cell.text)));
      }
  for (auto& row : sh.t.rows) {
    if (row.number <= sh.header_row) continue;
    ++data_rows;
    size_t before = ps.size();
    Field f{sh, row, ps};
    auto code = f.text("ma", 40, true);
    auto name = f.text("ten", 200, true);
    if (code && code->empty()) f.problem("ma", "thieu_ma", "thiếu mã");
    if (code && code->find_first_of(" :/\\") != std::string::npos)
      f.problem("ma", "ma_khong_hop_le", "mã «" + *code + "» không được có dấu cách, «:» hay «/»");
    if (name && name->empty()) f.problem("ten", "thieu_ten", "thiếu tên");
    if (code && !code->empty()) {
      if (auto it = seen.find(*code); it != seen.end())
        f.problem("ma", "trung_dong", "mã «" + *code + "» trùng với dòng " + std::to_string(it->second));
      else
        seen[*code] = row.number;
    }
    if (people) {
      domain::Person p;
      auto g = f.text("gioi_tinh", 10, true);
      if (g && !g->empty()) {
        std::string n = norm(*g);
        if (n == "nam")
          p.gender = "nam";
        else if (n == "nữ" || n == "nu")
          p.gender = "nu";
        else
          f.problem("gioi_tinh", "gioi_tinh_khong_hop_le", "giới tính «" + *g + "» phải là Nam hoặc Nữ");
      }
      auto birth = f.date("ngay_sinh");
      if (birth && *birth && **birth > core::today())
        f.problem("ngay_sinh", "ngay_sinh_tuong_lai", "ngày sinh " + (*birth)->dmy() + " ở tương lai");
      auto unit = f.text("don_vi", 40, true);
      if (unit && unit->empty())
        f.problem("don_vi", "thieu_don_vi", "thiếu mã đơn vị");
      else if (unit && !known_units.count(*unit))
        f.problem("don_vi", "don_vi_khong_co", "không có đơn vị mã «" + *unit + "» trong kho");
      auto pos = f.text("chuc_vu", 200, true);
      auto lead = f.text("lanh_dao", 10, true);
      if (ps.size() == before) {
        p.code = *code;
        p.full_name = *name;
        p.agency = *unit;
        p.position = pos.value_or("");
        p.birth_date = birth && *birth ? std::optional<core::Date>(**birth) : std::nullopt;
        std::string l = norm(lead.value_or(""));
        p.key_leader = l == "có" || l == "co" || l == "x" || l == "1";
        persons.push_back(p);
      }
    } else {
      auto level = f.text("cap", 40, true);
      if (level && level->empty()) f.problem("cap", "thieu_cap", "thiếu cấp (tinh, huyen, xa, phong…)");
      auto parent = f.text("cap_tren", 40, true);
      if (parent && !parent->empty() && !known_units.count(*parent) && !file_units.count(*parent))
        f.problem("cap_tren", "don_vi_khong_co", "không có đơn vị cấp trên mã «" + *parent + "»");
      auto short_name = f.text("ten_tat", 100, true);
      auto group = f.text("nhom", 40, true);
      if (ps.size() == before) {
        domain::Agency a;
        a.code = *code;
        a.name = *name;
        a.short_name = short_name.value_or("");
        a.level = *level;
        a.kind = group.value_or("");
        a.parent = parent.value_or("");
        units.push_back(a);
      }
    }
    if (ps.size() > before) bad_rows.insert(row.number);
  }
  close_rows(sh, ps, data_rows, r.mark, o);
  size_t n = people ? persons.size() : units.size();
  if (!ps.empty() && (!r.good_rows_only || n == 0)) {
    o.exit = kInvalidInput;
    o.text = std::to_string(bad_rows.size()) + "/" + std::to_string(data_rows) +
             " dòng có lỗi: không nhập dòng nào\n" + o.text;
    return o;
  }
  s->transaction([&] {
    // Parents before children, whatever the order of the file.
    std::set<std::string> done = known_units;
    for (size_t pass = 0; pass <= units.size(); ++pass)
      for (auto& a : units)
        if (!done.count(a.code) && (a.parent.empty() || done.count(a.parent))) {
          s->put_agency(a);
          done.insert(a.code);
        }
    for (auto& a : units)
      if (!done.count(a.code)) throw core::Error("đơn vị «" + a.code + "»: đơn vị cấp trên tạo thành vòng");
    for (auto& p : persons) s->put_person(p);
    s->audit(c.actor, people ? "import_people" : "import_units", people ? "people" : "agencies", "",
             std::filesystem::path(r.file).filename().string() + " sha256=" + sha + "; " + std::to_string(n) +
                 " dòng");
  });
  o.text = "Đã nhập " + std::to_string(n) + (people ? " cá nhân" : " đơn vị") +
           (ps.empty() ? "" : "; bỏ qua " + std::to_string(bad_rows.size()) + " dòng có lỗi") + "\n" + o.text;
  o.result.set("imported", Json::integer(static_cast<int64_t>(n)));
  return o;
}

}  // namespace

Outcome import_table(const Context& c, const ImportRequest& r) {
  return guarded([&] {
    Outcome o;
    if (r.kind != "nominations" && r.kind != "people" && r.kind != "units")
      return fail(kUsage, "không có loại nhập «" + r.kind + "»: dùng nominations, people hoặc units");
    if (r.kind == "nominations" && r.dossier <= 0) return fail(kUsage, "nhập đề nghị cần --dossier SỐ");
    std::string err;
    auto bytes = core::read_file(r.file, err);
    if (!bytes) return fail(kNotFound, err);
    Sheet sh;
    auto t = intake::read(r.file, r.sheet, o.diags);
    if (!t) {
      o.exit = kInvalidInput;
      return o;
    }
    sh.t = std::move(*t);
    std::string sha = core::sha256_hex(*bytes);
    auto res = r.kind == "nominations" ? import_nominations(c, r, sh, sha) : import_registry(c, r, sh, sha);
    res.diags.append(o.diags);
    return res;
  });
}

Outcome import_template(const Context& c, const std::string& kind, int64_t dossier, const std::string& out) {
  return guarded([&] {
    Outcome o;
    if (kind != "nominations" && kind != "people" && kind != "units")
      return fail(kUsage, "không có mẫu «" + kind + "»: dùng nominations, people hoặc units");
    const auto& spec = columns_of(kind);
    std::vector<std::string> awards;
    std::string title = kind == "nominations" ? "DANH SÁCH ĐỀ NGHỊ KHEN THƯỞNG"
                        : kind == "people"    ? "DANH SÁCH CÁ NHÂN"
                                              : "DANH SÁCH ĐƠN VỊ";
    std::string note;
    if (dossier) {
      auto s = open_store(c);
      auto d = s->dossier(dossier);
      if (!d) return fail(kNotFound, "không có hồ sơ số " + std::to_string(dossier));
      auto L = load_movement(*s, d->movement_code, o);
      if (!L) return o;
      std::set<std::string> names;
      for (auto& a : L->m.awards)
        if ((d->round == "tong_ket") == (a.round == "tong_ket") && names.insert(a.name).second)
          awards.push_back(a.name);
      note = d->agency_name + " — phong trào " + L->m.name + ", " + round_label(d->round);
    }
    xlsx::Options xo;
    xo.created = static_cast<std::time_t>(core::now_unix());
    xo.title = title;
    xo.author = "tdkt";
    xlsx::Workbook wb(out, xo);
    xlsx::SheetSpec sp;
    sp.name = "Danh sách";
    sp.title = {title};
    if (!note.empty()) sp.notes = {note};
    for (auto& col : spec) {
      std::vector<std::string> choices;
      if (col.key == "loai") choices = {"Cá nhân", "Tập thể"};
      if (col.key == "hinh_thuc") choices = awards;
      if (col.key == "gioi_tinh") choices = {"Nam", "Nữ"};
      double w = col.key == "stt" ? 6 : col.key == "tom_tat" ? 44 : col.key == "ten" ? 28 : 18;
      sp.columns.push_back(
          {col.title, w, col.key == "stt" ? xlsx::Type::Integer : xlsx::Type::Text, true, choices});
    }
    wb.begin(sp);
    std::vector<xlsx::Cell> example;
    for (auto& col : spec)
      example.push_back(col.key == "stt"                            ? xlsx::Cell::num(1)
                        : col.key == "hinh_thuc" && !awards.empty() ? xlsx::Cell::str(awards[0])
                                                                    : xlsx::Cell::str(col.example));
    wb.row(example);
    xlsx::SheetSpec guide;
    guide.name = "Hướng dẫn";
    guide.title = {"HƯỚNG DẪN ĐIỀN DANH SÁCH"};
    guide.notes = {
        "Dòng tiêu đề cột phải giữ nguyên tên cột; thứ tự cột tùy ý; dòng mẫu số 1 hãy thay bằng dữ liệu "
        "thật"};
    guide.columns = {{"Cột", 28, xlsx::Type::Text, true},
                     {"Bắt buộc", 10, xlsx::Type::Text, false},
                     {"Cách ghi", 80, xlsx::Type::Text, true}};
    guide.filter = false;
    wb.begin(guide);
    for (auto& col : spec)
      wb.row(
          {xlsx::Cell::str(col.title), xlsx::Cell::str(col.required ? "Có" : ""), xlsx::Cell::str(col.help)});
    wb.close();
    o.text = "Đã lập mẫu " + out + " (" + std::to_string(spec.size()) + " cột; xem trang «Hướng dẫn»)\n";
    return o;
  });
}

}  // namespace tdkt::app
