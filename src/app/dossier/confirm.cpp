// tdkt nomination confirm: the appraiser confirms a criterion that needs a person's judgement, for one
// nomination or for every kept nomination of a dossier that the criterion conditions, and each is
// re-assessed.
#include <algorithm>

#include "app/api.hpp"
#include "app/dossier/assess.hpp"
#include "text/normalize.hpp"
#include "workflow/nomination.hpp"

namespace tdkt::app {

namespace {
// Whether a criterion conditions a nomination: rules::criterion_applies, with the kind of unit from the
// store.
bool criterion_applies(Workspace& w, const domain::Criterion& k, const domain::Nomination& n) {
  std::string unit_kind;
  if (!k.kinds.empty())  // read only when the plan sets kinds
    if (auto unit = w.store().agency(n.is_agency() ? n.subject_code : n.unit_code)) unit_kind = unit->kind;
  return rules::criterion_applies(k, domain::award_subject(n.subject_kind), n.award, unit_kind);
}

Result<std::vector<domain::Nomination>> targets_of(Workspace& w, const domain::Dossier& d,
                                                   const domain::Criterion& k,
                                                   const std::optional<domain::Nomination>& one) {
  std::vector<domain::Nomination> targets;
  if (one)
    targets.push_back(*one);
  else
    for (auto& n : w.store().nominations(d.id))
      if (workflow::kept_by_unit(n.stage) && criterion_applies(w, k, n)) targets.push_back(n);
  if (targets.empty())
    return fail(kNotFound, "hồ sơ số " + std::to_string(d.id) +
                               " không có đề nghị nào (được đơn vị thống nhất) mà tiêu chí «" + k.id +
                               "» áp dụng");
  return targets;
}

// One transaction, one audit row per nomination.
Outcome confirm(Workspace& w, const domain::Dossier& d, const NominationConfirm& r,
                const std::optional<domain::Nomination>& one) {
  if (auto no = w.require_role(domain::Role::ChuyenVienThamDinh)) return *no;
  auto L = w.movement(d.movement_code);
  if (!L) return L.error();
  const auto& crit = (*L)->m.criteria;
  auto k = std::find_if(crit.begin(), crit.end(), [&](auto& x) { return x.id == r.criterion; });
  if (k == crit.end()) return fail(kInvalidInput, "phong trào không có tiêu chí «" + r.criterion + "»");
  if (!k->standard)
    return fail(kInvalidInput,
                "«" + r.criterion +
                    "» là tiêu chí thi đua chung của cả địa bàn, không phải tiêu chuẩn khen thưởng "
                    "của từng đề nghị: không xác nhận");
  if (d.state != domain::DossierState::DangThamDinh)
    return fail(kRefused,
                "chỉ xác nhận tiêu chí khi hồ sơ đang thẩm định (hiện: " + domain::code(d.state) + ")");
  auto targets = targets_of(w, d, *k, one);
  if (!targets) return targets.error();
  rules::World world(w.store().snapshot(d.id));
  auto all =
      w.store().round_nominations(d.movement_id, d.round, true, d.id);  // the same subjects' other awards
  std::string note = text::nfc(r.note), verdict = r.met ? "đạt" : "không đạt";
  Outcome o;
  w.transaction([&] {
    for (auto n : *targets) {
      w.store().put_confirmation(n.id, r.criterion, r.met, note, w.actor().name);
      auto as = assess_into(w, **L, d.round, world, n, all);
      w.store().update_nomination(n);
      w.audit("confirm", "nomination", std::to_string(n.id),
              "tiêu chí " + r.criterion + ": " + verdict + (note.empty() ? "" : " (" + note + ")") + " → " +
                  domain::code(n.appraisal));
      o.text += n.subject_name + ", tiêu chí " + r.criterion + ": " + verdict + " → " + as.summary() + "\n";
    }
  });
  return o;
}
}  // namespace

Outcome nomination_confirm(Workspace& w, const NominationConfirm& r) {
  if (r.nomination) {
    auto n = w.store().nomination(*r.nomination);
    if (!n) return fail(kNotFound, "không có đề nghị số " + std::to_string(*r.nomination));
    auto d = w.dossier(n->dossier_id);
    if (!d) return d.error();
    return confirm(w, *d, r, n);
  }
  auto d = w.dossier(r.dossier.value_or(0));
  if (!d) return d.error();
  return confirm(w, *d, r, std::nullopt);
}

}  // namespace tdkt::app
