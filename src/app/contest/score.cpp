// A judge's points: for one entry (every criterion), or a whole sheet from a CSV/XLSX file with a «Mã bài»
// column and one column per criterion. Conflicts of interest, ranges and missing criteria are refused; after
// the award points are frozen.
#include <algorithm>
#include <cstdlib>
#include <map>

#include "app/api.hpp"
#include "app/contest/contest.hpp"
#include "intake/sheet.hpp"
#include "text/format.hpp"
#include "text/normalize.hpp"

namespace tdkt::app {

using views::contest::points_text;
using Sheet =
    std::vector<std::pair<std::string, std::map<std::string, double>>>;  // entry code → criterion → points

namespace {
// The rows of one entry's points, checked against the rules; problems go to o.
void check_entry(Workspace& w, const Contest& k, const domain::BodyMember& j, const domain::ContestEntry& e,
                 const std::map<std::string, double>& points, const std::string& origin,
                 std::vector<domain::ContestScore>& rows, Outcome& o) {
  const std::string& code = e.code;
  if (recused(w, k.rules, e).count(j.name)) {
    o.exit = kRefused;
    o.diags.error({origin}, "",
                  "giám khảo " + j.name + " không chấm bài " + code + ": bài của " +
                      (j.unit == e.unit_code ? "đơn vị mình (" + e.unit_code + ")" : "chính mình") +
                      " — tránh xung đột lợi ích");
    return;
  }
  for (auto& cr : k.rules.criteria) {
    auto p = points.find(cr.id);
    if (p == points.end())
      o.diags.error({origin}, "", "bài " + code + ": thiếu điểm tiêu chí «" + cr.id + "» (" + cr.text + ")");
    else if (!(p->second >= 0 && p->second <= cr.max))
      o.diags.error({origin}, "",
                    "bài " + code + ", tiêu chí «" + cr.id + "»: " + text::format_decimal(p->second, 2) +
                        " ngoài khoảng 0 – " + points_text(cr.max));
    else
      rows.push_back({e.id, j.name, cr.id, p->second});
  }
  for (auto& given : points) {
    const std::string& id = given.first;
    if (std::none_of(k.rules.criteria.begin(), k.rules.criteria.end(), [&](auto& cr) { return cr.id == id; }))
      o.diags.error({origin}, "", "bài " + code + ": thể lệ không có tiêu chí «" + id + "»");
  }
}

double total_of(const std::map<std::string, double>& points) {
  double t = 0;
  for (auto& [_, v] : points) t += v;
  return t;
}

Outcome score_sheet(Workspace& w, const Contest& k, const std::string& judge_in, const Sheet& sheet,
                    const std::string& origin) {
  std::string judge = text::fold_spaces(text::nfc(judge_in));
  const auto* j = k.rules.judge(judge);
  if (!j) {
    std::string list;
    for (auto& x : k.rules.judges) list += (list.empty() ? "" : ", ") + x.name;
    return fail(kRefused, "«" + judge + "» không phải thành viên Ban giám khảo", "Ban giám khảo: " + list);
  }
  const std::string& actor = w.actor().name;
  if (actor != judge && !in_body(k.rules.secretaries, actor))
    return fail(kRefused, "điểm của giám khảo " + judge + " do chính giám khảo hoặc Tổ thư ký nhập; «" +
                              actor + "» không được nhập");
  auto entries = w.store().entries(k.L->row.id);
  if (awarded(entries)) return fail(kRefused, "cuộc thi đã công nhận kết quả; điểm không sửa được nữa");
  Outcome o;
  std::vector<domain::ContestScore> rows;
  for (auto& line : sheet) {
    const std::string& code = line.first;
    const auto& points = line.second;
    auto e = std::find_if(entries.begin(), entries.end(), [&](auto& x) { return x.code == code; });
    if (e == entries.end())
      o.diags.error({origin}, "", "không có bài dự thi mã «" + code + "»");
    else
      check_entry(w, k, *j, *e, points, origin, rows, o);
  }
  if (o.diags.has_errors()) {
    if (!o.exit) o.exit = kInvalidInput;
    return o;
  }
  w.transaction([&] {
    for (auto& r : rows) w.store().put_score(r);
    std::string detail = "giám khảo " + judge + ":";
    for (auto& [code, points] : sheet) detail += " " + code + "=" + points_text(total_of(points));
    w.audit("contest_score", "movement", k.L->row.code, detail);
  });
  for (auto& [code, points] : sheet)
    o.text += "Giám khảo " + judge + " — bài " + code + ": " + points_text(total_of(points)) + "/" +
              points_text(k.rules.max_total()) + " điểm\n";
  return o;
}

// A judge's sheet from a file: the «Mã bài» column and the criteria by id or by their text.
Result<Sheet> read_sheet(const Contest& k, const std::string& file) {
  Outcome o;
  auto t = intake::read(file, "", o.diags);
  if (!t) {
    o.exit = kInvalidInput;
    return o;
  }
  if (t->rows.empty()) return fail(kInvalidInput, file + ": tệp không có dòng nào");
  const auto& head = t->rows[0];
  std::map<size_t, std::string> col;
  size_t code_col = SIZE_MAX;
  for (size_t i = 0; i < head.cells.size(); ++i) {
    std::string h = text::fold_spaces(head.cells[i].text);
    if (text::lower(h) == "mã bài") {
      code_col = i;
      continue;
    }
    for (auto& cr : k.rules.criteria)
      if (h == cr.id || h == cr.text) col[i] = cr.id;
  }
  if (code_col == SIZE_MAX)
    return fail(kInvalidInput, file + " dòng " + std::to_string(head.number) + ": thiếu cột «Mã bài»");
  Sheet sheet;
  for (size_t r = 1; r < t->rows.size(); ++r) {
    const auto& row = t->rows[r];
    if (row.blank()) continue;
    std::map<std::string, double> points;
    for (auto& [i, id] : col) {
      const auto& cell = row.at(i);
      if (cell.kind == intake::Cell::Kind::Empty) continue;
      std::string txt = cell.text;
      std::replace(txt.begin(), txt.end(), ',', '.');
      char* end = nullptr;
      double v = cell.kind == intake::Cell::Kind::Number ? cell.number : std::strtod(txt.c_str(), &end);
      if (cell.kind != intake::Cell::Kind::Number && (end == txt.c_str() || *end))
        o.diags.error({file, row.number, static_cast<int>(i) + 1}, id,
                      "«" + cell.text + "» không phải số điểm");
      else
        points[id] = v;
    }
    sheet.emplace_back(text::fold_spaces(row.at(code_col).text), points);
  }
  if (o.diags.has_errors()) {
    o.exit = kInvalidInput;
    return o;
  }
  return sheet;
}
}  // namespace

Outcome contest_score(Workspace& w, const ContestScore& r) {
  auto k = open_contest(w, r.movement);
  if (!k) return k.error();
  if (r.file.empty()) return score_sheet(w, *k, r.judge, {{r.entry, r.points}}, "--points");
  auto sheet = read_sheet(*k, r.file);
  if (!sheet) return sheet.error();
  return score_sheet(w, *k, r.judge, *sheet, r.file);
}

}  // namespace tdkt::app
