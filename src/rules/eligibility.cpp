// Criteria evaluation with explanations, ranking with ties, quotas and council votes.
#include "rules/eligibility.hpp"

#include <algorithm>
#include <cmath>

#include "rules/wording.hpp"
#include "text/format.hpp"
#include "text/normalize.hpp"

namespace tdkt::rules {

using core::Json;

std::string status_label(Status s) {
  switch (s) {
    case Status::Met:
      return "đạt";
    case Status::NotMet:
      return "không đạt";
    case Status::Manual:
      return "chờ xác nhận";
  }
  return "?";
}

namespace {

std::string str(const Json& spec, const char* key, const std::string& def = "") {
  const Json* v = spec.find(key);
  return v && v->is_string() ? v->as_string() : def;
}
int64_t integer(const Json& spec, const char* key, int64_t def) {
  const Json* v = spec.find(key);
  return v && v->is_number() ? v->as_int() : def;
}
double number(const Json& spec, const char* key, double def) {
  const Json* v = spec.find(key);
  return v && v->is_number() ? v->as_number() : def;
}

bool compare(double v, const std::string& op, double x) {
  constexpr double eps = 1e-9;
  if (op == ">=") return v >= x - eps;
  if (op == ">") return v > x + eps;
  if (op == "<=") return v <= x + eps;
  if (op == "<") return v < x - eps;
  return std::fabs(v - x) < eps;
}
using text::two_digits;

const std::vector<std::string> kDisciplineOrder = {"khien_trach", "canh_cao",  "ha_bac_luong",
                                                   "giang_chuc",  "cach_chuc", "buoc_thoi_viec"};
const std::vector<std::string> kRatingOrder = {"khong_hoan_thanh", "hoan_thanh", "hoan_thanh_tot",
                                               "hoan_thanh_xuat_sac"};
const std::vector<std::string> kInitiativeOrder = {"co_so", "xa", "huyen", "tinh", "bo_nganh", "toan_quoc"};
int index_of(const std::vector<std::string>& v, const std::string& x) {
  auto it = std::find(v.begin(), v.end(), x);
  return it == v.end() ? -1 : static_cast<int>(it - v.begin());
}
// Words for the codes of the data, as an officer writes them.
std::string discipline_label(const std::string& d) {
  static const std::map<std::string, std::string> m = {
      {"khien_trach", "khiển trách"}, {"canh_cao", "cảnh cáo"},   {"ha_bac_luong", "hạ bậc lương"},
      {"giang_chuc", "giáng chức"},   {"cach_chuc", "cách chức"}, {"buoc_thoi_viec", "buộc thôi việc"}};
  auto it = m.find(d);
  return it == m.end() ? d : it->second;
}
std::string level_word(const std::string& l) {
  static const std::map<std::string, std::string> m = {{"co_so", "cơ sở"},        {"xa", "xã"},
                                                       {"huyen", "huyện"},        {"tinh", "tỉnh"},
                                                       {"bo_nganh", "bộ, ngành"}, {"toan_quoc", "toàn quốc"},
                                                       {"phong", "phòng, ban"},   {"so", "sở, ngành"}};
  auto it = m.find(l);
  return it == m.end() ? l : it->second;
}
std::string kind_label(const std::string& k) {
  static const std::map<std::string, std::string> m = {{"xa", "xã, phường, thị trấn"},
                                                       {"co_quan", "cơ quan, đơn vị"},
                                                       {"doan_the", "Mặt trận và đoàn thể"},
                                                       {"ubnd", "Ủy ban nhân dân"}};
  auto it = m.find(k);
  return it == m.end() ? k : it->second;
}
// An award of the catalogue by the name the movement or the history gives it.
std::string catalog_label(const std::string& code, const EvalContext& c) {
  for (auto& a : c.movement->awards)
    if (a.catalog == code && !a.name.empty()) return a.name;
  if (c.catalog_names)
    if (auto it = c.catalog_names->find(code); it != c.catalog_names->end()) return it->second;
  return code;
}

std::string rating_label(const std::string& r) {
  if (r == "khong_hoan_thanh") return "không hoàn thành nhiệm vụ";
  if (r == "hoan_thanh") return "hoàn thành nhiệm vụ";
  if (r == "hoan_thanh_tot") return "hoàn thành tốt nhiệm vụ";
  if (r == "hoan_thanh_xuat_sac") return "hoàn thành xuất sắc nhiệm vụ";
  return r;
}

Explanation leaf(Status s, std::string text) {
  return Explanation{s, std::move(text), {}};
}

std::string subject_type(const std::string& subject) {
  return subject.substr(0, subject.find(':'));
}
std::string subject_code(const std::string& subject) {
  return subject.substr(subject.find(':') + 1);
}

// The subject whose metric is read: the nominee, or for "of": "unit" the unit an individual works in.
std::optional<std::string> metric_subject(const Json& spec, const std::string& subject, const World& w,
                                          std::string& who) {
  if (str(spec, "of", "self") == "unit" && subject_type(subject) == "person") {
    const auto* p = w.person(subject_code(subject));
    if (!p) return std::nullopt;
    const auto* a = w.agency(p->agency);
    who = a ? a->name : p->agency;
    return "agency:" + p->agency;
  }
  const std::string* n = w.name(subject);
  who = n ? *n : subject_code(subject);
  return subject;
}

int year_ref(const Json& spec, const char* key, int current) {
  const Json* v = spec.find(key);
  if (!v) return current;
  if (v->is_string()) return v->as_string() == "previous" ? current - 1 : current;
  return static_cast<int>(v->as_int());
}

bool better(const domain::Metric* m, double a, double b) {
  bool higher = m ? (m->type == "rank" ? false : m->higher_is_better) : true;
  return higher ? a > b + 1e-9 : a < b - 1e-9;
}

std::string metric_label(const domain::Movement& m, const std::string& id) {
  const auto* x = m.metric(id);
  return x ? x->label : id;
}

bool window_has(const std::string& window, int year, const EvalContext& c) {
  if (window == "previous_year") return year == c.year - 1;
  if (window == "current_year") return year == c.year;
  return year >= c.movement->period_from.y && year <= c.year;  // period, up to the judged year
}

}  // namespace

std::string level_label(const std::string& level) {
  return level_word(level);
}

// ─── World ──────────────────────────────────────────────────────────────────────────────────────────

World::World(domain::Dataset ds) : ds_(std::move(ds)) {
  for (size_t i = 0; i < ds_.agencies.size(); ++i) agency_[ds_.agencies[i].code] = i;
  for (size_t i = 0; i < ds_.people.size(); ++i) {
    person_[ds_.people[i].code] = i;
    members_[ds_.people[i].agency].push_back(i);
  }
  for (auto& m : ds_.metrics)
    for (auto& [y, v] : m.values) metric_[{m.subject.str(), m.metric, y}] = v;
  for (auto& r : ds_.ratings) rating_[{r.subject.str(), r.year}] = r.level;
  for (size_t i = 0; i < ds_.awards.size(); ++i) awards_[ds_.awards[i].subject.str()].push_back(i);
  for (size_t i = 0; i < ds_.disciplines.size(); ++i) disciplines_[ds_.disciplines[i].person].push_back(i);
  for (size_t i = 0; i < ds_.initiatives.size(); ++i)
    for (auto& a : ds_.initiatives[i].authors) initiatives_[a.str()].push_back(i);
}
const domain::Agency* World::agency(const std::string& code) const {
  auto it = agency_.find(code);
  return it == agency_.end() ? nullptr : &ds_.agencies[it->second];
}
const domain::Person* World::person(const std::string& code) const {
  auto it = person_.find(code);
  return it == person_.end() ? nullptr : &ds_.people[it->second];
}
const std::string* World::name(const std::string& subject) const {
  if (subject_type(subject) == "agency") {
    const auto* a = agency(subject_code(subject));
    return a ? &a->name : nullptr;
  }
  const auto* p = subject_type(subject) == "person" ? person(subject_code(subject)) : nullptr;
  return p ? &p->full_name : nullptr;
}
std::optional<double> World::metric(const std::string& subject, const std::string& metric, int year) const {
  auto it = metric_.find({subject, metric, year});
  if (it == metric_.end()) return std::nullopt;
  return it->second;
}
std::optional<std::string> World::rating(const std::string& subject, int year) const {
  auto it = rating_.find({subject, year});
  if (it == rating_.end()) return std::nullopt;
  return it->second;
}
std::vector<const domain::PastAward*> World::awards(const std::string& subject) const {
  std::vector<const domain::PastAward*> out;
  if (auto it = awards_.find(subject); it != awards_.end())
    for (auto i : it->second) out.push_back(&ds_.awards[i]);
  return out;
}
std::vector<const domain::Discipline*> World::disciplines(const std::string& person_code) const {
  std::vector<const domain::Discipline*> out;
  if (auto it = disciplines_.find(person_code); it != disciplines_.end())
    for (auto i : it->second) out.push_back(&ds_.disciplines[i]);
  return out;
}
std::vector<const domain::Initiative*> World::initiatives(const std::string& subject) const {
  std::vector<const domain::Initiative*> out;
  if (auto it = initiatives_.find(subject); it != initiatives_.end())
    for (auto i : it->second) out.push_back(&ds_.initiatives[i]);
  return out;
}
std::vector<const domain::Person*> World::members(const std::string& agency_code) const {
  std::vector<const domain::Person*> out;
  if (auto it = members_.find(agency_code); it != members_.end())
    for (auto i : it->second) out.push_back(&ds_.people[i]);
  return out;
}
std::vector<const domain::Person*> World::key_leaders(const std::string& agency_code) const {
  auto out = members(agency_code);
  std::erase_if(out, [](const domain::Person* p) { return !p->key_leader; });
  return out;
}
std::vector<const domain::Agency*> World::peers(const domain::Agency& a, const std::string& within) const {
  std::vector<const domain::Agency*> out;
  for (auto& x : ds_.agencies) {
    bool same = within == "all" || (within == "kind"    ? x.kind == a.kind
                                    : within == "level" ? x.level == a.level
                                                        : x.kind == within);
    if (same) out.push_back(&x);
  }
  return out;
}

// ─── Ranking ────────────────────────────────────────────────────────────────────────────────────────

std::vector<Ranked> rank(const World& w, const domain::Movement& m, const std::vector<std::string>& subjects,
                         const std::string& metric, int year) {
  std::string key = m.code + "\x1f" + metric + "\x1f" + std::to_string(year);
  for (auto& s : subjects) key += "\x1f" + s;
  if (const auto* hit = w.cached_rank(key)) return *hit;
  const auto* md = m.metric(metric);
  std::vector<Ranked> out;
  for (auto& s : subjects) {
    Ranked r;
    r.subject = s;
    const std::string* n = w.name(s);
    r.name = n ? *n : s;
    r.value = w.metric(s, metric, year);
    out.push_back(r);
  }
  for (auto& r : out) {
    if (!r.value) continue;
    r.rank = 1;
    for (auto& o : out)
      if (o.value && better(md, *o.value, *r.value)) ++r.rank;
  }
  std::stable_sort(out.begin(), out.end(), [](const Ranked& a, const Ranked& b) {
    if ((a.rank == 0) != (b.rank == 0)) return b.rank == 0;
    return a.rank < b.rank;
  });
  w.cache_rank(key, out);
  return out;
}

// ─── Rules ──────────────────────────────────────────────────────────────────────────────────────────

namespace {

Explanation eval_json(const Json& spec, const std::string& subject, const EvalContext& c, int depth);

Explanation eval_rank(const Json& spec, const std::string& subject, const EvalContext& c) {
  const World& w = *c.world;
  std::string who;
  auto ms = metric_subject(spec, subject, w, who);
  if (!ms || subject_type(*ms) != "agency")
    return leaf(Status::Manual, "xếp hạng chỉ áp dụng cho tập thể: cần xác nhận thủ công");
  const auto* a = w.agency(subject_code(*ms));
  if (!a) return leaf(Status::NotMet, "không có đơn vị «" + subject_code(*ms) + "»");
  std::string metric = str(spec, "metric"), within = str(spec, "within", "level");
  int n = static_cast<int>(integer(spec, "n", 1));
  std::string years = str(spec, "years", "current");
  std::vector<std::string> group;
  for (auto* p : w.peers(*a, within)) group.push_back("agency:" + p->code);
  std::string group_text = within == "kind"    ? "nhóm " + kind_label(a->kind)
                           : within == "level" ? "cùng cấp " + level_word(a->level)
                                               : "nhóm " + kind_label(within);
  auto rank_in = [&](int year, std::string& line) -> std::optional<int> {
    auto r = rank(w, *c.movement, group, metric, year);
    int count = 0;
    for (auto& x : r) count += x.rank > 0;
    for (auto& x : r)
      if (x.subject == *ms) {
        if (!x.rank) {
          line = "năm " + std::to_string(year) + " chưa có số liệu";
          return std::nullopt;
        }
        int tied = 0;
        for (auto& y : r) tied += y.rank == x.rank;
        line =
            "năm " + std::to_string(year) + " " +
            (wording::is_rank(*c.movement, metric) ? std::string()
                                                   : wording::reached(*c.movement, metric, *x.value) + ", ") +
            "xếp hạng " + std::to_string(x.rank) + "/" + std::to_string(count) +
            (tied > 1 ? ", đồng hạng với " + two_digits(tied - 1) + " đơn vị" : "");
        return x.rank;
      }
    line = "năm " + std::to_string(year) + " không thuộc nhóm xếp hạng";
    return std::nullopt;
  };
  std::string head = who + (n <= 1 ? " đứng đầu " : " thuộc " + two_digits(n) + " vị trí đứng đầu ") +
                     group_text + " theo " + metric_label(*c.movement, metric);
  if (years == "current") {
    std::string line;
    auto r = rank_in(c.year, line);
    return leaf(r && *r <= n ? Status::Met : Status::NotMet, head + ": " + line);
  }
  int from = c.movement->period_from.y, to = c.year;
  int inside = 0, with_data = 0;
  std::string lines;
  for (int y = from; y <= to; ++y) {
    std::string line;
    auto r = rank_in(y, line);
    if (!r) continue;
    ++with_data;
    inside += *r <= n;
    lines += (lines.empty() ? "" : "; ") + line;
  }
  bool ok;
  if (years == "each_in_period") {
    ok = with_data > 0 && inside == with_data;
    head += " tất cả các năm " + std::to_string(from) + "–" + std::to_string(to);
  } else {
    int need = static_cast<int>(integer(spec, "at_least_years", 1));
    ok = inside >= need;
    head += " ít nhất " + two_digits(need) + " năm trong giai đoạn " + std::to_string(from) + "–" +
            std::to_string(to);
  }
  return leaf(ok ? Status::Met : Status::NotMet, head + ": " + (lines.empty() ? "chưa có số liệu" : lines));
}

Explanation eval_discipline(const Json& spec, const std::string& subject, const EvalContext& c) {
  const World& w = *c.world;
  std::string who_kind = str(spec, "who", "self"), during = str(spec, "during", "current_year");
  int min = index_of(kDisciplineOrder, str(spec, "min_level", "khien_trach"));
  std::vector<const domain::Person*> people;
  std::string unit = subject_type(subject) == "agency" ? subject_code(subject) : "";
  if (subject_type(subject) == "person") {
    const auto* p = w.person(subject_code(subject));
    if (p && who_kind != "key_leaders") people.push_back(p);
    if (p && who_kind != "self") unit = p->agency;
  }
  if (who_kind != "self" && !unit.empty())
    for (auto* p : w.key_leaders(unit))
      if (std::find(people.begin(), people.end(), p) == people.end()) people.push_back(p);
  std::string found;
  for (auto* p : people)
    for (auto* d : w.disciplines(p->code)) {
      if (index_of(kDisciplineOrder, d->level) < min) continue;
      bool in = during == "current_year" ? d->date.y == c.year
                : during == "period"     ? d->date >= c.movement->period_from && d->date.y <= c.year
                                         : d->date <= c.on && (!d->until || *d->until >= c.on);
      if (in)
        found += (found.empty() ? "" : "; ") + p->full_name + " bị kỷ luật " + discipline_label(d->level) +
                 " ngày " + d->date.dmy();
    }
  std::string scope = who_kind == "self"          ? "Bản thân"
                      : who_kind == "key_leaders" ? "Lãnh đạo chủ chốt"
                                                  : "Bản thân và lãnh đạo chủ chốt";
  std::string level = discipline_label(kDisciplineOrder[static_cast<size_t>(std::max(min, 0))]);
  std::string t =
      during == "current_year"
          ? scope + " không bị kỷ luật từ mức " + level + " trở lên trong năm " + std::to_string(c.year)
      : during == "period" ? scope + " không bị kỷ luật từ mức " + level + " trở lên trong giai đoạn " +
                                 std::to_string(c.movement->period_from.y) + "–" + std::to_string(c.year)
                           : scope + " không đang thi hành kỷ luật từ mức " + level + " trở lên";
  if (!found.empty()) return leaf(Status::NotMet, t + ": " + found);
  bool pending = during != "current_year" && during != "period";
  return leaf(Status::Met,
              t + (pending ? ": không có kỷ luật đang thi hành" : ": không có trường hợp bị kỷ luật"));
}

Explanation eval_prior(const Json& spec, const std::string& subject, const EvalContext& c, bool cong_trang) {
  std::string award = str(spec, "award"), window = str(spec, "window", "period"), topic = str(spec, "topic");
  int need = static_cast<int>(integer(spec, "count", 1));
  int count = 0, skipped = 0;
  std::string used;
  for (auto* a : c.world->awards(subject)) {
    if (a->award != award || !window_has(window, a->year, c)) continue;
    if (!topic.empty()) {
      if (a->topic != topic) continue;
    } else if (cong_trang && !a->kind.empty() && a->kind != "cong_trang") {
      ++skipped;  // thematic / đột xuất awards do not count toward a công trạng proposal
      continue;
    }
    ++count;
    used += (used.empty() ? "" : "; ") + ("năm " + std::to_string(a->year)) +
            (a->decision.empty() ? "" : " theo Quyết định số " + a->decision);
  }
  std::string w = window == "previous_year"  ? "năm " + std::to_string(c.year - 1)
                  : window == "current_year" ? "năm " + std::to_string(c.year)
                                             : "giai đoạn " + std::to_string(c.movement->period_from.y) +
                                                   "–" + std::to_string(c.year);
  std::string t =
      "Đã được tặng “" + catalog_label(award, c) + "”" +
      (topic.empty() ? "" : " (chuyên đề " + (topic.size() <= 5 ? text::upper(topic) : topic) + ")") +
      " ít nhất " + two_digits(need) + " lần trong " + w + ": " +
      (count ? "được tặng " + two_digits(count) + " lần (" + used + ")" : "chưa được tặng");
  if (skipped)
    t += "; " + two_digits(skipped) + " lần khen chuyên đề, đột xuất không tính cho khen thưởng công trạng";
  return leaf(count >= need ? Status::Met : Status::NotMet, t);
}

Explanation eval_initiative(const Json& spec, const std::string& subject, const EvalContext& c) {
  int need = index_of(kInitiativeOrder, str(spec, "level", "co_so"));
  std::string window = str(spec, "window", "current_year");
  std::vector<std::string> keys = {subject};
  if (subject_type(subject) == "agency")
    for (auto* p : c.world->members(subject_code(subject))) keys.push_back("person:" + p->code);
  std::string found;
  for (auto& k : keys)
    for (auto* in : c.world->initiatives(k)) {
      bool when = window == "period" ? in->year >= c.movement->period_from.y && in->year <= c.year
                                     : in->year == c.year;
      if (when && index_of(kInitiativeOrder, in->level) >= need && found.find(in->title) == std::string::npos)
        found += (found.empty() ? "" : "; ") + ("“" + in->title + "” (cấp " + level_word(in->level) + ", " +
                                                std::to_string(in->year) + ")");
    }
  std::string t = "Có sáng kiến được công nhận từ cấp " +
                  level_word(kInitiativeOrder[static_cast<size_t>(std::max(need, 0))]) +
                  (window == "period" ? " trong giai đoạn" : " năm " + std::to_string(c.year));
  return leaf(found.empty() ? Status::NotMet : Status::Met,
              t + (found.empty() ? ": không có" : ": " + found));
}

Explanation eval_json(const Json& spec, const std::string& subject, const EvalContext& c, int depth) {
  const World& w = *c.world;
  const domain::Movement& m = *c.movement;
  std::string type = str(spec, "type");
  if (depth > 16) return leaf(Status::Manual, "điều kiện lồng quá sâu");
  if (type == "all" || type == "any") {
    Explanation e;
    const Json* of = spec.find("of");
    if (of && of->is_array())
      for (auto& x : of->items()) e.parts.push_back(eval_json(x, subject, c, depth + 1));
    bool any_met = false, any_not = false, any_manual = false;
    for (auto& p : e.parts) {
      any_met |= p.status == Status::Met;
      any_not |= p.status == Status::NotMet;
      any_manual |= p.status == Status::Manual;
    }
    if (type == "all") {
      e.status = any_not ? Status::NotMet : any_manual ? Status::Manual : Status::Met;
      e.text = e.parts.size() == 1
                   ? "đạt điều kiện sau"
                   : "đạt cả " + two_digits(static_cast<int>(e.parts.size())) + " điều kiện sau";
    } else {
      e.status = any_met ? Status::Met : any_manual ? Status::Manual : Status::NotMet;
      e.text = "đạt ít nhất một trong " + two_digits(static_cast<int>(e.parts.size())) + " điều kiện sau";
    }
    return e;
  }
  if (type == "manual") {
    std::string note = str(spec, "note");
    return leaf(Status::Manual, note.empty() ? "Hồ sơ của đơn vị" : text::upper_first(note));
  }
  if (type == "threshold" || type == "better_than_previous_year") {
    std::string who, metric = str(spec, "metric");
    auto ms = metric_subject(spec, subject, w, who);
    if (!ms) return leaf(Status::NotMet, "không có đối tượng «" + subject + "»");
    if (type == "threshold") {
      int y = year_ref(spec, "year", c.year);
      std::string op = str(spec, "op", ">=");
      double x = number(spec, "value", 0);
      auto v = w.metric(*ms, metric, y);
      std::string t =
          wording::label_in(m, metric, y) + " của " + who + " " + wording::bound(m, metric, op, x) + ": ";
      if (!v) return leaf(Status::Manual, t + "chưa có số liệu");
      return leaf(compare(*v, op, x) ? Status::Met : Status::NotMet, t + wording::reached(m, metric, *v));
    }
    auto cur = w.metric(*ms, metric, c.year), prev = w.metric(*ms, metric, c.year - 1);
    std::string t = metric_label(m, metric) + " của " + who + " năm " + std::to_string(c.year) + " " +
                    wording::better_word(m, metric) + " năm " + std::to_string(c.year - 1) + ": ";
    auto in_year = [&](int y, const std::optional<double>& v) {
      return "năm " + std::to_string(y) + " " + (v ? wording::reached(m, metric, *v) : "chưa có số liệu");
    };
    t += in_year(c.year, cur) + ", " + in_year(c.year - 1, prev);
    if (!cur || !prev) return leaf(Status::Manual, t);
    return leaf(better(m.metric(metric), *cur, *prev) ? Status::Met : Status::NotMet, t);
  }
  if (type == "years_meeting" || type == "consecutive_years") {
    std::string who, metric = str(spec, "metric"), op = str(spec, "op", ">=");
    auto ms = metric_subject(spec, subject, w, who);
    if (!ms) return leaf(Status::NotMet, "không có đối tượng «" + subject + "»");
    double x = number(spec, "value", 0);
    int from, to, need;
    if (type == "years_meeting") {
      from = static_cast<int>(integer(spec, "from", c.year));
      to = std::min(static_cast<int>(integer(spec, "to", c.year)), c.year);
      need = static_cast<int>(integer(spec, "at_least", 1));
    } else {
      need = static_cast<int>(integer(spec, "count", 2));
      to = str(spec, "ending", "current") == "previous" ? c.year - 1 : c.year;
      from = to - need + 1;
    }
    int met = 0;
    std::string vals;
    for (int y = from; y <= to; ++y) {
      auto v = w.metric(*ms, metric, y);
      vals += (vals.empty() ? "" : ", ") + ("năm " + std::to_string(y) + " ") +
              (v ? wording::reached(m, metric, *v) : std::string("chưa có số liệu"));
      if (v && compare(*v, op, x)) ++met;
    }
    std::string span = std::to_string(from) + "–" + std::to_string(to);
    std::string t = metric_label(m, metric) + " của " + who + " " + wording::bound(m, metric, op, x) +
                    (type == "years_meeting" ? " ít nhất " + two_digits(need) + " năm trong giai đoạn " + span
                                             : " " + two_digits(need) + " năm liên tục (" + span + ")") +
                    ": " + vals;
    if (type == "years_meeting") t += "; đạt yêu cầu " + two_digits(met) + " năm";
    bool ok = type == "years_meeting" ? met >= need : met == need;
    return leaf(ok ? Status::Met : Status::NotMet, t);
  }
  if (type == "rank_top") return eval_rank(spec, subject, c);
  if (type == "no_discipline") return eval_discipline(spec, subject, c);
  if (type == "rating_at_least") {
    if (subject_type(subject) != "person")
      return leaf(Status::Manual, "xếp loại chỉ áp dụng cho cá nhân: cần xác nhận");
    int y = year_ref(spec, "year", c.year);
    std::string need = str(spec, "level", "hoan_thanh");
    auto r = w.rating(subject, y);
    const std::string* name = w.name(subject);
    std::string t = "Xếp loại năm " + std::to_string(y) + (name ? " của " + *name : "") + " từ mức “" +
                    rating_label(need) + "” trở lên: ";
    if (!r) return leaf(Status::Manual, t + "chưa có kết quả xếp loại");
    return leaf(index_of(kRatingOrder, *r) >= index_of(kRatingOrder, need) ? Status::Met : Status::NotMet,
                t + "xếp loại “" + rating_label(*r) + "”");
  }
  if (type == "prior_awards") {
    return eval_prior(spec, subject, c, c.cong_trang);
  }
  if (type == "initiative_recognised") return eval_initiative(spec, subject, c);
  return leaf(Status::Manual, "loại điều kiện «" + type + "» chưa được hỗ trợ: cần xác nhận thủ công");
}

}  // namespace

Explanation evaluate(const domain::Rule& r, const std::string& subject, const EvalContext& c) {
  return eval_json(r.spec, subject, c, 0);
}

int round_year(const domain::Movement& m, const std::string& round) {
  if (!round.empty() &&
      std::all_of(round.begin(), round.end(), [](char ch) { return ch >= '0' && ch <= '9'; }))
    return std::stoi(round);
  return m.period_to.y;
}

std::string Assessment::summary() const {
  int met = 0, not_met = 0, manual = 0;
  for (auto& c : criteria) {
    met += c.result.status == Status::Met;
    not_met += c.result.status == Status::NotMet;
    manual += c.result.status == Status::Manual;
  }
  for (auto& p : principles) not_met += p.status == Status::NotMet;
  return status_label(status) + " (" + std::to_string(met) + " đạt, " + std::to_string(not_met) +
         " không đạt, " + std::to_string(manual) + " chờ xác nhận)";
}

namespace {
// A hand confirmation settles what the rules left open: every undecided part takes the officer's answer,
// and the leaves say so ("…: chưa có số liệu; đã xác nhận đạt (ghi chú)"). Decided parts keep theirs.
void confirm(Explanation& e, bool met, const std::string& note) {
  if (e.status != Status::Manual) return;
  e.status = met ? Status::Met : Status::NotMet;
  for (auto& p : e.parts) confirm(p, met, note);
  if (!e.parts.empty()) return;
  e.text += std::string(e.text.find(": ") == std::string::npos ? ": " : "; ") + "đã xác nhận " +
            (met ? "đạt" : "không đạt") +
            (note.empty()                          ? ""
             : note.find('(') == std::string::npos ? " (" + note + ")"
                                                   : ", căn cứ: " + text::lower_first(note));
}
}  // namespace

std::string criterion_unit_kind(const std::string& subject, const EvalContext& c) {
  if (!c.world) return "";
  std::string code = subject_code(subject);
  if (subject_type(subject) == "person") {
    const auto* p = c.world->person(code);
    if (!p) return "";
    code = p->agency;
  }
  const auto* a = c.world->agency(code);
  return a ? a->kind : "";
}

bool criterion_applies(const domain::Criterion& k, const std::string& subject_kind, const std::string& award,
                       const std::string& unit_kind) {
  auto has = [](const std::vector<std::string>& v, const std::string& x) {
    return std::find(v.begin(), v.end(), x) != v.end();
  };
  return k.standard && (k.applies_to == "ca_hai" || k.applies_to == subject_kind) &&
         (k.awards.empty() || has(k.awards, award)) && (k.kinds.empty() || has(k.kinds, unit_kind));
}

Assessment assess(const Nominee& n, const EvalContext& c) {
  Assessment out;
  const domain::Movement& m = *c.movement;
  const domain::AwardForm* award = m.award(n.award);
  std::string kind = subject_type(n.subject) == "agency" ? "tap_the" : "ca_nhan";
  std::string unit_kind = criterion_unit_kind(n.subject, c);
  // Criteria grouped by heading, in plan order.
  std::vector<std::string> groups;
  std::map<std::string, std::vector<size_t>> by_group;
  std::map<std::string, bool> all_required;
  for (size_t i = 0; i < m.criteria.size(); ++i) {
    const auto& cr = m.criteria[i];
    if (!criterion_applies(cr, kind, n.award, unit_kind)) continue;
    if (!by_group.count(cr.group)) groups.push_back(cr.group);
    by_group[cr.group].push_back(i);
    all_required[cr.group] =
        all_required.count(cr.group) ? all_required[cr.group] && cr.all_required : cr.all_required;
  }
  bool any_not = false, any_manual = false;
  for (auto& g : groups) {
    bool g_met = false, g_not = false, g_manual = false;
    for (auto i : by_group[g]) {
      const auto& cr = m.criteria[i];
      CriterionResult r{cr.id, cr.text, {}, false};
      r.result = cr.rule ? evaluate(*cr.rule, n.subject, c)
                         : leaf(Status::Manual, "tiêu chí không có quy tắc tự động: cần xác nhận");
      if (r.result.status == Status::Manual) {
        if (auto it = c.confirmed.find(cr.id); it != c.confirmed.end()) {
          confirm(r.result, it->second.first, it->second.second);
          r.confirmed_by_hand = true;
        }
      }
      g_met |= r.result.status == Status::Met;
      g_not |= r.result.status == Status::NotMet;
      g_manual |= r.result.status == Status::Manual;
      out.criteria.push_back(std::move(r));
    }
    if (all_required[g]) {
      any_not |= g_not;
      any_manual |= !g_not && g_manual;
    } else if (!g_met) {
      any_not |= !g_manual;
      any_manual |= g_manual;
    }
  }
  // Principles of the law.
  if (subject_type(n.subject) == "person") {
    domain::Rule r{"no_discipline", Json::object()};
    r.spec.set("type", Json::string("no_discipline"));
    r.spec.set("who", Json::string("self"));
    r.spec.set("min_level", Json::string("khien_trach"));
    r.spec.set("during", Json::string("pending"));
    Explanation e = evaluate(r, n.subject, c);
    e.text = "Không đề nghị khen thưởng người đang thi hành kỷ luật" + e.text.substr(e.text.find(": "));
    out.principles.push_back(e);
  }
  {
    Explanation e;
    if (c.also_proposed.empty()) {
      e = leaf(Status::Met, "Một thành tích chỉ đề nghị một hình thức khen thưởng: không đề nghị trùng");
    } else {
      std::string list;
      for (auto& a : c.also_proposed) list += (list.empty() ? "" : ", ") + a;
      e = leaf(Status::NotMet,
               "Một thành tích chỉ đề nghị một hình thức khen thưởng: cùng đợt còn được đề nghị " + list);
    }
    out.principles.push_back(e);
  }
  if (award && award->quota.set_by_unit) {
    // nothing to add: quotas are checked for the whole round, not per nominee
  }
  for (auto& p : out.principles) any_not |= p.status == Status::NotMet;
  out.status = any_not ? Status::NotMet : any_manual ? Status::Manual : Status::Met;
  return out;
}

// ─── Quotas ─────────────────────────────────────────────────────────────────────────────────────────

int QuotaOverflow::count_of(Place p) const {
  int n = 0;
  for (auto& r : ranking) n += r.second == p;
  return n;
}

std::vector<std::string> QuotaOverflow::lines(const std::string& counted_as) const {
  std::vector<std::string> out;
  std::string head = "- " + (award_name.empty() ? "“" + award + "”" : award_name) + " (" + scope +
                     "): " + counted_as + " " + two_digits(count) + ", số lượng tối đa " + two_digits(limit) +
                     ", vượt " + two_digits(count - limit);
  if (basis.empty()) {
    out.push_back(
        head + ". Kế hoạch không quy định cách xếp thứ tự và chưa có số liệu chung để so sánh; đề nghị " +
        "Hội đồng biểu quyết lựa chọn không quá " + two_digits(limit) + " trong các trường hợp sau:");
  } else {
    out.push_back(head + ". Xếp thứ tự theo " + basis +
                  (ranking_text.empty() ? "" : ", như Kế hoạch quy định (“" + ranking_text + "”)") + ":");
  }
  int rank = 0;
  std::optional<double> prev;
  for (size_t i = 0; i < ranking.size(); ++i) {
    auto& [c, place] = ranking[i];
    std::string s;
    if (!basis.empty()) {
      if (!prev || std::fabs(*prev - *c.score) > 1e-9) rank = static_cast<int>(i) + 1;
      prev = c.score;
      s = std::to_string(rank) + ". " + c.name + ": " + c.score_text;
      s += place == Place::Fits ? ", trong số lượng khen thưởng"
           : place == Place::Tie ? ", đồng hạng ở ranh giới số lượng, do Hội đồng biểu quyết lựa chọn"
                                 : ", ngoài số lượng khen thưởng";
    } else {
      s = "+ " + c.name + (c.score_text.empty() ? "" : " (" + c.score_text + ")");
    }
    out.push_back(s + (i + 1 == ranking.size() ? "." : ";"));
  }
  return out;
}

std::string QuotaOverflow::line() const {
  std::string s;
  for (auto& l : lines()) s += (s.empty() ? l.substr(2) : " " + l.substr(2));
  return s;
}

std::vector<QuotaOverflow> check_quotas(const World& w, const domain::Movement& m,
                                        const std::vector<QuotaCandidate>& candidates) {
  std::vector<QuotaOverflow> out;
  auto overflow = [&](const domain::AwardForm& a, const std::string& scope, int limit,
                      std::vector<QuotaCandidate> list) {
    if (static_cast<int>(list.size()) <= limit) return;
    QuotaOverflow q{a.id, scope, limit, static_cast<int>(list.size()), {}, a.name, "", ""};
    using P = QuotaOverflow::Place;
    // An order only when every candidate has a value of one same basis: votes at each unit's own meeting, or
    // one unit's metric beside another's council share, are not comparable, and a person must choose.
    bool ordered = true;
    for (auto& c : list) ordered &= c.score.has_value() && c.basis == list.front().basis;
    if (!ordered) {
      for (auto& c : list) q.ranking.emplace_back(c, P::Tie);
      out.push_back(std::move(q));
      return;
    }
    q.basis = list.front().basis;
    if (list.front().plan_rule) q.ranking_text = a.quota.ranking_text;
    std::stable_sort(list.begin(), list.end(),
                     [](const QuotaCandidate& x, const QuotaCandidate& y) { return *x.score > *y.score; });
    double boundary = *list[static_cast<size_t>(limit)].score;  // best score outside the limit
    // A tie at the boundary only when the last place inside and the first outside share a score: then every
    // candidate with that score is a tie a person must break (council vote or the chairman), never silently
    // the list order. Equal scores wholly outside the limit are simply out.
    bool split = limit > 0 && std::fabs(*list[static_cast<size_t>(limit) - 1].score - boundary) < 1e-9;
    for (size_t i = 0; i < list.size(); ++i) {
      P place = split && std::fabs(*list[i].score - boundary) < 1e-9 ? P::Tie
                : static_cast<int>(i) < limit                        ? P::Fits
                                                                     : P::Out;
      q.ranking.emplace_back(list[i], place);
    }
    out.push_back(std::move(q));
  };
  for (auto& a : m.awards) {
    if (a.quota.set_by_unit) continue;
    std::vector<QuotaCandidate> tt, cn, all;
    std::map<std::string, std::vector<QuotaCandidate>> groups;
    for (auto& c : candidates) {
      if (c.award != a.id) continue;
      all.push_back(c);
      (subject_type(c.subject) == "agency" ? tt : cn).push_back(c);
      // The unit from the nomination when known (the world may hold only some units' people).
      std::string unit =
          !c.unit.empty() ? c.unit
          : subject_type(c.subject) == "agency"
              ? subject_code(c.subject)
              : (w.person(subject_code(c.subject)) ? w.person(subject_code(c.subject))->agency : "");
      if (const auto* ag = w.agency(unit)) groups[ag->kind].push_back(c);
    }
    if (a.quota.tap_the) overflow(a, "tập thể", *a.quota.tap_the, tt);
    if (a.quota.ca_nhan) overflow(a, "cá nhân", *a.quota.ca_nhan, cn);
    if (a.quota.tong) overflow(a, "tập thể và cá nhân", *a.quota.tong, all);
    for (auto& [g, limit] : a.quota.per_group) overflow(a, "nhóm " + kind_label(g), limit, groups[g]);
  }
  return out;
}

VoteResult council_vote(int agree, int members, int percent, bool strict) {
  VoteResult r{agree, members, percent, strict, false, ""};
  int64_t lhs = static_cast<int64_t>(agree) * 100, rhs = static_cast<int64_t>(percent) * members;
  r.passed = members > 0 && (strict ? lhs > rhs : lhs >= rhs);
  double ratio = members > 0 ? 100.0 * agree / members : 0;
  r.ratio_text = text::format_decimal(ratio, 2) + " %";
  return r;
}

}  // namespace tdkt::rules
