// tdkt import people | units: the workspace's registry from Excel or CSV, every row checked first; units may
// name a parent further down the file, and are written parents first.
#include <filesystem>
#include <map>
#include <set>

#include "app/api.hpp"
#include "app/intake/imports.hpp"
#include "app/workspace.hpp"
#include "text/normalize.hpp"

namespace tdkt::app {

using core::Json;
using namespace intake_list;

namespace {
struct Rows {
  std::vector<domain::Person> people;
  std::vector<domain::Agency> units;
  std::vector<Problem> problems;
  std::set<int> bad_rows;
  size_t data_rows = 0;
};

void person_row(const Field& f, const std::set<std::string>& known_units, core::Date today, size_t before,
                const std::optional<std::string>& code, const std::optional<std::string>& name, Rows& out) {
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
  if (birth && *birth && **birth > today)
    f.problem("ngay_sinh", "ngay_sinh_tuong_lai", "ngày sinh " + (*birth)->dmy() + " ở tương lai");
  auto unit = f.text("don_vi", 40, true);
  if (unit && unit->empty())
    f.problem("don_vi", "thieu_don_vi", "thiếu mã đơn vị");
  else if (unit && !known_units.count(*unit))
    f.problem("don_vi", "don_vi_khong_co", "không có đơn vị mã «" + *unit + "» trong kho");
  auto pos = f.text("chuc_vu", 200, true);
  auto lead = f.text("lanh_dao", 10, true);
  if (f.out.size() != before) return;
  p.code = *code;
  p.full_name = *name;
  p.agency = *unit;
  p.position = pos.value_or("");
  p.birth_date = birth && *birth ? std::optional<core::Date>(**birth) : std::nullopt;
  std::string l = norm(lead.value_or(""));
  p.key_leader = l == "có" || l == "co" || l == "x" || l == "1";
  out.people.push_back(p);
}

void unit_row(const Field& f, const std::set<std::string>& known, const std::set<std::string>& in_file,
              size_t before, const std::optional<std::string>& code, const std::optional<std::string>& name,
              Rows& out) {
  auto level = f.text("cap", 40, true);
  if (level && level->empty()) f.problem("cap", "thieu_cap", "thiếu cấp (tinh, huyen, xa, phong…)");
  auto parent = f.text("cap_tren", 40, true);
  if (parent && !parent->empty() && !known.count(*parent) && !in_file.count(*parent))
    f.problem("cap_tren", "don_vi_khong_co", "không có đơn vị cấp trên mã «" + *parent + "»");
  auto short_name = f.text("ten_tat", 100, true);
  auto group = f.text("nhom", 40, true);
  if (f.out.size() != before) return;
  domain::Agency a;
  a.code = *code;
  a.name = *name;
  a.short_name = short_name.value_or("");
  a.level = *level;
  a.kind = group.value_or("");
  a.parent = parent.value_or("");
  out.units.push_back(a);
}

Rows read_rows(const Sheet& sh, bool people, const std::set<std::string>& known, core::Date today,
               std::vector<Problem> ps) {
  Rows out;
  out.problems = std::move(ps);
  std::map<std::string, int> seen;
  // Units may name a parent further down the file: collect codes first.
  std::set<std::string> in_file;
  if (!people && sh.col.count("ma"))
    for (auto& row : sh.t.rows)
      if (row.number > sh.header_row)
        if (const auto& cell = row.at(sh.col.at("ma")); cell.kind == intake::Cell::Kind::Text)
          in_file.insert(text::fold_spaces(text::nfc(cell.text)));
  for (auto& row : sh.t.rows) {
    if (row.number <= sh.header_row) continue;
    ++out.data_rows;
    size_t before = out.problems.size();
    Field f{sh, row, out.problems};
    extra_fields(f);
    auto code = f.text("ma", 40, true);
    auto name = f.text("ten", 200, true);
    if (code && code->empty()) f.problem("ma", "thieu_ma", "thiếu mã");
    if (std::string why = code ? text::code_problem(*code) : ""; !why.empty())
      f.problem("ma", "ma_khong_hop_le", "mã «" + *code + "» " + why);
    if (name && name->empty()) f.problem("ten", "thieu_ten", "thiếu tên");
    if (code && !code->empty()) {
      if (auto it = seen.find(*code); it != seen.end())
        f.problem("ma", "trung_dong", "mã «" + *code + "» trùng với dòng " + std::to_string(it->second));
      else
        seen[*code] = row.number;
    }
    if (people)
      person_row(f, known, today, before, code, name, out);
    else
      unit_row(f, known, in_file, before, code, name, out);
    if (out.problems.size() > before) out.bad_rows.insert(row.number);
  }
  return out;
}

// Parents before children, whatever the order of the file.
void write_units(store::Store& s, const std::vector<domain::Agency>& units, std::set<std::string> done) {
  for (size_t pass = 0; pass <= units.size(); ++pass)
    for (auto& a : units)
      if (!done.count(a.code) && (a.parent.empty() || done.count(a.parent))) {
        s.put_agency(a);
        done.insert(a.code);
      }
  for (auto& a : units)
    if (!done.count(a.code)) throw core::Error("đơn vị «" + a.code + "»: đơn vị cấp trên tạo thành vòng");
}
}  // namespace

Outcome import_registry(Workspace& w, const ImportTable& r, Sheet& sh, const std::string& sha) {
  Outcome o;
  bool people = r.kind == "people";
  std::vector<Problem> ps;
  if (!map_header(sh, people ? people_columns() : unit_columns(), ps, o.diags)) {
    report(sh, ps, o.diags);
    o.exit = kInvalidInput;
    return o;
  }
  std::set<std::string> known;
  for (auto& a : w.store().agencies()) known.insert(a.code);
  Rows rows = read_rows(sh, people, known, w.today(), std::move(ps));
  close_rows(sh, rows.problems, rows.data_rows, r.mark, w.env().clock.now_unix(), o);
  size_t n = people ? rows.people.size() : rows.units.size();
  if (!rows.problems.empty() && (!r.good_rows_only || n == 0)) {
    o.exit = kInvalidInput;
    o.text = std::to_string(rows.bad_rows.size()) + "/" + std::to_string(rows.data_rows) +
             " dòng có lỗi: không nhập dòng nào\n" + o.text;
    return o;
  }
  w.transaction([&] {
    write_units(w.store(), rows.units, known);
    for (auto& p : rows.people) w.store().put_person(p);
    w.audit(people ? "import_people" : "import_units", people ? "people" : "agencies", "",
            std::filesystem::path(r.file).filename().string() + " sha256=" + sha + "; " + std::to_string(n) +
                " dòng");
  });
  o.text =
      "Đã nhập " + std::to_string(n) + (people ? " cá nhân" : " đơn vị") +
      (rows.problems.empty() ? "" : "; bỏ qua " + std::to_string(rows.bad_rows.size()) + " dòng có lỗi") +
      "\n" + o.text;
  o.result.set("imported", Json::integer(static_cast<int64_t>(n)));
  return o;
}

}  // namespace tdkt::app
