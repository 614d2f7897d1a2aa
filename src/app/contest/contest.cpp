// The contest as the use cases open it (see contest.hpp).
#include "app/contest/contest.hpp"

#include <algorithm>
#include <map>

namespace tdkt::app {

const std::string kContestRound = "cuoc_thi";

Result<Contest> open_contest(Workspace& w, const std::string& movement) {
  auto L = w.movement(movement);
  if (!L) return L.error();
  if ((*L)->m.kind != "cuoc_thi")
    return fail(kInvalidInput,
                "phong trào «" + movement + "» không phải một cuộc thi (kind: " + (*L)->m.kind + ")");
  auto raw = w.store().contest_rules((*L)->row.id);
  if (!raw)
    return fail(kNotFound, "cuộc thi «" + movement + "» chưa có thể lệ", "tdkt contest import THỂ_LỆ.json");
  core::Diagnostics d;
  auto json = core::parse_json(*raw, "thể lệ đã lưu", d);
  auto r = json ? domain::parse_contest(*json, "thể lệ đã lưu", d) : std::nullopt;
  if (!r) return fail(kEnvironment, "thể lệ đã lưu của «" + movement + "» không đọc được:\n" + d.to_string());
  return Contest{*L, std::move(*r)};
}

bool in_body(const std::vector<domain::BodyMember>& body, const std::string& name) {
  return std::any_of(body.begin(), body.end(), [&](auto& m) { return m.name == name; });
}

bool awarded(const std::vector<domain::ContestEntry>& entries) {
  return std::any_of(entries.begin(), entries.end(), [](auto& e) { return e.rank.has_value(); });
}

bool may_decide(const Contest& k, const std::string& actor) {
  return actor == k.L->m.signer.name || in_body(k.rules.organisers, actor);
}

std::set<std::string> recused(Workspace& w, const domain::ContestRules& r, const domain::ContestEntry& e) {
  std::set<std::string> out, author_names;
  for (auto& a : e.authors)
    if (a.rfind("person:", 0) == 0)
      if (auto p = w.store().person(a.substr(7))) author_names.insert(p->full_name);
  for (auto& j : r.judges)
    if ((!j.unit.empty() && j.unit == e.unit_code) || author_names.count(j.name)) out.insert(j.name);
  return out;
}

views::contest::Results judge_all(Workspace& w, const Contest& k) {
  views::contest::Results j;
  j.entries = w.store().entries(k.L->row.id);
  std::map<int64_t, size_t> at;
  for (auto& e : j.entries) {
    at[e.id] = j.scores.size();
    rules::EntryScores es;
    es.code = e.code;
    es.recused = recused(w, k.rules, e);
    es.jury_order = e.jury_order;
    j.scores.push_back(std::move(es));
  }
  for (auto& sc : w.store().scores(k.L->row.id))
    if (auto it = at.find(sc.entry_id); it != at.end())
      j.scores[it->second].by_judge[sc.judge][sc.criterion] = sc.points;
  j.outcome = rules::judge_contest(k.rules, j.scores);
  return j;
}

}  // namespace tdkt::app
