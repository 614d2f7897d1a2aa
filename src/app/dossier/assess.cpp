// The rules applied to a round's nominations (see assess.hpp).
#include "app/dossier/assess.hpp"

#include <algorithm>

#include "rules/explain.hpp"
#include "text/format.hpp"
#include "text/normalize.hpp"
#include "views/shared.hpp"
#include "workflow/nomination.hpp"

namespace tdkt::app {

using core::Json;

rules::EvalContext eval_context(Workspace& w, const StoredMovement& L, const std::string& round,
                                const rules::World& world, const domain::Nomination& n,
                                const std::vector<domain::Nomination>& all) {
  rules::EvalContext c;
  c.world = &world;
  c.movement = &L.m;
  const auto* award = L.m.award(n.award);
  c.year = rules::round_year(L.m, round);
  c.on = w.today();
  c.confirmed = w.store().confirmations(n.id);
  c.catalog_names = &w.catalog_names();
  c.cong_trang = !award || (award->round != "chuyen_de" && award->round != "cuoc_thi");
  for (auto& o : all)
    if (o.id < n.id && o.subject_code == n.subject_code && o.subject_kind == n.subject_kind &&
        o.stage != domain::NominationStage::DroppedByUnit)
      c.also_proposed.push_back(views::award_name(L.m, o.award));
  return c;
}

domain::Appraisal appraisal_of(rules::Status s) {
  return s == rules::Status::Met      ? domain::Appraisal::Eligible
         : s == rules::Status::NotMet ? domain::Appraisal::Ineligible
                                      : domain::Appraisal::ToConfirm;
}

rules::Assessment assess_into(Workspace& w, const StoredMovement& L, const std::string& round,
                              const rules::World& world, domain::Nomination& n,
                              const std::vector<domain::Nomination>& all) {
  auto ctx = eval_context(w, L, round, world, n, all);
  auto as = rules::assess({n.subject(), n.award}, ctx);
  n.appraisal = appraisal_of(as.status);
  n.appraisal_detail = rules::explain(as);
  n.appraisal_json = rules::to_json(as);
  return as;
}

namespace {
// The ranking rules (rank_top) of a criterion's rule tree, in the order they are searched.
std::vector<const Json*> ranking_rules(const domain::Criterion& cr) {
  std::vector<const Json*> out, stack = {&cr.rule->spec};
  while (!stack.empty()) {
    const Json* j = stack.back();
    stack.pop_back();
    auto* t = j->find("type");
    if (t && t->is_string() && t->as_string() == "rank_top") out.push_back(j);
    if (auto* of = j->find("of"); of && of->is_array())
      for (auto& x : of->items()) stack.push_back(&x);
  }
  return out;
}

// A label inside a sentence: "Điểm đánh giá …" → "điểm đánh giá …", an acronym ("PAR INDEX …") as it is.
std::string in_sentence(const std::string& label) {
  std::string first = label.substr(0, label.find(' '));
  return first.size() > 1 && text::upper(first) == first ? label : text::lower_first(label);
}

// A metric's value as the report shows it: "91 điểm", "88,6 %".
std::string shown(const domain::Metric* md, double v) {
  std::string u = md ? md->unit : "";
  return text::format_value(v) + (u.empty() ? "" : u == "%" ? "%" : " " + u);
}

// The score that orders candidates when a quota is exceeded: the metric the plan ranks by (quota.ranking),
// else the metric of a ranking criterion of the award, else the council's share of votes (one council votes
// on all). A unit's own meeting votes are not comparable between units: without any of these there is no
// order.
rules::QuotaCandidate candidate(const StoredMovement& L, const rules::World& w, const std::string& round,
                                const domain::Nomination& n) {
  rules::QuotaCandidate q{n.subject(), n.subject_name, n.award, n.unit_code, std::nullopt, "", "", false};
  int year = rules::round_year(L.m, round);
  auto by_metric = [&](const std::string& metric, const std::string& subj) {
    auto v = w.metric(subj, metric, year);
    if (!v) return false;
    const auto* md = L.m.metric(metric);
    q.score = md && !md->higher_is_better ? -*v : *v;
    q.score_text = shown(md, *v);
    q.basis = in_sentence(md ? md->label : metric) + " năm " + std::to_string(year);
    return true;
  };
  const auto* aw = L.m.award(n.award);
  std::string kind = n.is_agency() ? "tap_the" : "ca_nhan";
  if (aw && aw->quota.ranking.count(kind)) {
    q.plan_rule = true;
    by_metric(aw->quota.ranking.at(kind), n.subject());
    return q;  // the plan's rule: a candidate without its value is not ranked by another
  }
  for (auto& cr : L.m.criteria) {
    if (!cr.rule ||
        (!cr.awards.empty() && std::find(cr.awards.begin(), cr.awards.end(), n.award) == cr.awards.end()))
      continue;
    for (const Json* j : ranking_rules(cr)) {
      std::string subj = n.subject();
      if (auto* of = j->find("of"); of && of->as_string() == "unit")
        subj = domain::code(domain::SubjectKind::Agency) + ":" + n.unit_code;
      if (by_metric(j->find("metric")->as_string(), subj)) return q;
    }
  }
  if (n.council_agree && n.council_members && *n.council_members > 0) {
    q.score = 100.0 * *n.council_agree / *n.council_members;
    q.score_text = text::format_decimal(*q.score, 2) + " % thành viên Hội đồng đồng ý";
    q.basis = "tỷ lệ phiếu đồng ý của Hội đồng";
  } else if (n.unit_agree) {
    q.score_text = std::to_string(*n.unit_agree) + " phiếu đồng ý tại cuộc họp của đơn vị";
  }
  return q;
}
}  // namespace

std::vector<rules::QuotaOverflow> quota_check(const StoredMovement& L, const rules::World& w,
                                              const std::string& round,
                                              const std::vector<domain::Nomination>& all, bool passed_only) {
  std::vector<rules::QuotaCandidate> cand;
  for (auto& n : all) {
    bool in = passed_only ? workflow::passed_council(n.stage) : workflow::in_running(n.stage, n.appraisal);
    if (in) cand.push_back(candidate(L, w, round, n));
  }
  return rules::check_quotas(w, L.m, cand);
}

std::vector<std::string> quota_lines(const StoredMovement& L, const rules::World& w, const std::string& round,
                                     const std::vector<domain::Nomination>& all, bool passed_only) {
  std::vector<std::string> out;
  for (auto& q : quota_check(L, w, round, all, passed_only)) out.push_back(q.line());
  return out;
}

}  // namespace tdkt::app
