#include "domain/contest.hpp"

#include <set>

#include "core/fields.hpp"
#include "core/files.hpp"
#include "text/json_file.hpp"
#include "text/normalize.hpp"
#include "text/utf8.hpp"

namespace tdkt::domain {

using core::Fields;
using core::item_path;
using core::Json;

double ContestRules::max_total() const {
  double t = 0;
  for (auto& c : criteria) t += c.max;
  return t;
}

const BodyMember* ContestRules::judge(const std::string& name) const {
  for (auto& j : judges)
    if (j.name == name) return &j;
  return nullptr;
}

namespace {

std::vector<BodyMember> members(Fields& f, const std::string& key, bool required, core::Diagnostics& d) {
  std::vector<BodyMember> out;
  const Json* arr = f.array(key, required, required);
  if (!arr) return out;
  std::set<std::string> names;
  for (size_t i = 0; i < arr->items().size(); ++i) {
    Fields m(arr->items()[i], item_path(f.path(key), i), f.file(), d);
    if (!m.ok()) continue;
    BodyMember b;
    b.name = text::fold_spaces(m.str("name").value_or(""));
    b.position = m.str("position").value_or("");
    b.unit = m.str("unit", false).value_or("");
    b.role = m.str("role", false).value_or("Thành viên");
    if (!b.name.empty() && !names.insert(b.name).second)
      m.error("name", "«" + b.name + "» có tên hai lần trong " + key);
    m.finish();
    out.push_back(b);
  }
  return out;
}

}  // namespace

std::optional<ContestRules> parse_contest(const Json& root, const std::string& file, core::Diagnostics& d) {
  size_t before = d.error_count();
  Fields f(root, "", file, d);
  if (!f.ok()) return std::nullopt;
  ContestRules r;
  if (auto s = f.str("schema"); s && *s != "tdkt.contest/1")
    f.error("schema", "schema phải là «tdkt.contest/1»");
  r.movement = f.str("movement").value_or("");
  r.code_prefix = f.str("code_prefix", false).value_or("BDT");
  for (char ch : r.code_prefix)
    if (!((ch >= 'A' && ch <= 'Z') || (ch >= '0' && ch <= '9'))) {
      f.error("code_prefix", "tiền tố mã bài chỉ gồm chữ in hoa không dấu và số, ví dụ «SK»");
      break;
    }
  r.entry_deadline = f.date("entry_deadline", false);
  r.blind = f.boolean("blind").value_or(true);
  if (const Json* cs = f.array("criteria", true, true)) {
    std::set<std::string> ids;
    for (size_t i = 0; i < cs->items().size(); ++i) {
      Fields c(cs->items()[i], item_path("criteria", i), file, d);
      if (!c.ok()) continue;
      ScoringCriterion sc;
      sc.id = c.str("id").value_or("");
      sc.text = c.str("text").value_or("");
      sc.max = c.number("max", true, 0.5, 1000).value_or(0);
      if (!sc.id.empty() && !ids.insert(sc.id).second)
        c.error("id", "mã tiêu chí chấm «" + sc.id + "» bị trùng");
      c.finish();
      r.criteria.push_back(sc);
    }
  }
  if (const Json* a = f.object("aggregate", false)) {
    Fields ag(*a, "aggregate", file, d);
    r.aggregate = ag.choice("method", true, {"mean", "trimmed_mean"}).value_or("trimmed_mean");
    r.trim_from = static_cast<int>(ag.integer("trim_from_judges", false, 3, 100).value_or(5));
    ag.finish();
  }
  r.tie_break = f.strings("tie_break", false);
  for (auto& t : r.tie_break) {
    bool known = false;
    for (auto& c : r.criteria) known |= c.id == t;
    if (!known) f.error("tie_break", "tiêu chí «" + t + "» không có trong «criteria»");
  }
  r.min_total = f.number("min_total_for_prize", false, 0, 1000).value_or(0);
  if (r.min_total > r.max_total() && r.max_total() > 0)
    f.error("min_total_for_prize", "điểm tối thiểu để đạt giải lớn hơn tổng điểm tối đa");
  if (const Json* ps = f.array("prizes", true, true)) {
    std::set<std::string> ids;
    for (size_t i = 0; i < ps->items().size(); ++i) {
      Fields p(ps->items()[i], item_path("prizes", i), file, d);
      if (!p.ok()) continue;
      Prize z;
      z.id = p.str("id").value_or("");
      z.name = p.str("name").value_or("");
      z.count = static_cast<int>(p.integer("count", true, 1, 1000).value_or(0));
      z.amount = p.integer("amount", true, 0, 1000000000).value_or(0);
      if (!z.id.empty() && !ids.insert(z.id).second) p.error("id", "mã giải «" + z.id + "» bị trùng");
      p.finish();
      r.prizes.push_back(z);
    }
  }
  r.forward = static_cast<int>(f.integer("forward", false, 0, 1000).value_or(0));
  r.forward_to = f.str("forward_to", r.forward > 0).value_or("");
  r.similarity = f.number("similarity", false, 0.1, 1.0).value_or(0.6);
  if (const Json* b = f.object("bodies", true)) {
    Fields bf(*b, "bodies", file, d);
    r.organisers = members(bf, "ban_to_chuc", true, d);
    r.judges = members(bf, "ban_giam_khao", true, d);
    r.secretaries = members(bf, "to_thu_ky", false, d);
    bf.finish();
    if (!r.judges.empty() && r.judges.size() < 3)
      bf.error("ban_giam_khao", "Ban giám khảo cần ít nhất 3 thành viên để chấm khách quan");
  }
  r.notes = f.str("notes", false, true).value_or("");
  f.finish();
  if (d.error_count() > before) return std::nullopt;
  return r;
}

std::optional<ContestRules> load_contest(const std::string& path, core::Diagnostics& d, std::string* raw) {
  auto f = text::read_json_file(path, d);
  if (!f) return std::nullopt;
  if (raw) *raw = f->text;
  auto r = parse_contest(f->json, path, d);
  d.attach_source(path, f->text);
  return r;
}

}  // namespace tdkt::domain
