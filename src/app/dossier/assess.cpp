// The rules applied to a round's nominations (see assess.hpp).
#include "app/dossier/assess.hpp"

#include <algorithm>

#include "rules/explain.hpp"
#include "text/format.hpp"
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

// Score that orders candidates when a quota is exceeded: the ranking metric of the award's criteria if it has
// one, else the council's share of votes, else the unit's.
rules::QuotaCandidate candidate(const StoredMovement& L, const rules::World& w, const std::string& round,
                                const domain::Nomination& n) {
  rules::QuotaCandidate q{n.subject(), n.subject_name, n.award, n.unit_code, 0, ""};
  for (auto& cr : L.m.criteria) {
    if (!cr.rule ||
        (!cr.awards.empty() && std::find(cr.awards.begin(), cr.awards.end(), n.award) == cr.awards.end()))
      continue;
    for (const Json* j : ranking_rules(cr)) {
      std::string metric = j->find("metric")->as_string();
      std::string subj = n.subject();
      if (auto* of = j->find("of"); of && of->as_string() == "unit")
        subj = domain::code(domain::SubjectKind::Agency) + ":" + n.unit_code;
      if (auto v = w.metric(subj, metric, rules::round_year(L.m, round))) {
        const auto* md = L.m.metric(metric);
        bool lower = md && md->type == "rank";
        q.score = lower ? -*v : *v;
        q.score_text = (md ? md->label : metric) + " " + text::format_decimal(*v, 2);
        return q;
      }
    }
  }
  if (n.council_agree && n.council_members && *n.council_members > 0) {
    q.score = 100.0 * *n.council_agree / *n.council_members;
    q.score_text = "Hội đồng đồng ý " + text::format_decimal(q.score, 2) + " %";
  } else if (n.unit_agree) {
    q.score = *n.unit_agree;
    q.score_text = std::to_string(*n.unit_agree) + " phiếu tại đơn vị";
  }
  return q;
}
}  // namespace

std::vector<std::string> quota_lines(const StoredMovement& L, const rules::World& w, const std::string& round,
                                     const std::vector<domain::Nomination>& all, bool passed_only) {
  std::vector<rules::QuotaCandidate> cand;
  for (auto& n : all) {
    bool in = passed_only ? workflow::passed_council(n.stage) : workflow::in_running(n.stage, n.appraisal);
    if (in) cand.push_back(candidate(L, w, round, n));
  }
  std::vector<std::string> out;
  for (auto& q : rules::check_quotas(w, L.m, cand)) out.push_back(q.line());
  return out;
}

}  // namespace tdkt::app
