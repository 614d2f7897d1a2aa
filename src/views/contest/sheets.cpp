// Phiếu chấm điểm of one judge (form phieu-cham-diem): every entry by its code, the judge's points where
// given, blank boxes elsewhere, and the entries the judge may not score marked.
#include "text/format.hpp"
#include "views/contest/shared.hpp"

namespace tdkt::views::contest {

namespace {
Json entry_row(const domain::ContestRules& r, const domain::BodyMember& judge, const domain::ContestEntry& e,
               const rules::EntryScores& sc) {
  Json b = Json::object();
  b.set("ma", S(e.code));
  b.set("ten", S(r.blind ? "" : e.title));
  bool off = sc.recused.count(judge.name) > 0;
  auto mine = sc.by_judge.find(judge.name);
  Json tc = Json::array();
  double total = 0;
  bool full = mine != sc.by_judge.end();
  for (auto& cr : r.criteria) {
    Json t = Json::object();
    t.set("noi_dung", S(cr.text));
    t.set("toi_da", S(points_text(cr.max)));
    std::string v;
    if (!off && mine != sc.by_judge.end()) {
      auto p = mine->second.find(cr.id);
      if (p != mine->second.end()) {
        v = points_text(p->second);
        total += p->second;
      } else {
        full = false;
      }
    }
    t.set("diem", S(v));
    tc.push(std::move(t));
  }
  b.set("tieu_chi", std::move(tc));
  b.set("tong", S(!off && full ? points_text(total) : ""));
  b.set("ghi_chu", S(off ? "Giám khảo không chấm bài này (bài của đơn vị mình hoặc của chính mình)." : ""));
  return b;
}
}  // namespace

Json phieu_cham_diem(const Context& c, const domain::BodyMember& judge, const Results& r) {
  const auto& m = *c.movement;
  Json d = header_jury(m, "", text::nd30_place_date(m.issuer.place, c.date));
  d.set("trich_yeu", S(contest_name(m)));
  Json gk = Json::object();
  gk.set("ho_ten", S(judge.name));
  gk.set("chuc_vu", S(judge.position));
  d.set("giam_khao", std::move(gk));
  std::vector<std::string> guide;
  for (auto& cr : c.rules->criteria)
    guide.push_back("- " + cr.text + ": tối đa " + points_text(cr.max) + " điểm.");
  d.set("huong_dan", arr(guide));
  d.set("tong_toi_da", S(points_text(c.rules->max_total())));
  Json bai = Json::array();
  for (size_t i = 0; i < r.entries.size(); ++i)
    bai.push(entry_row(*c.rules, judge, r.entries[i], r.scores[i]));
  d.set("bai", std::move(bai));
  return d;
}

}  // namespace tdkt::views::contest
