// tdkt dossier appraise: the appraising office checks every kept nomination of one or several dossiers of a
// round against the plan's criteria and the law's principles, and sees the quotas after this run's results.
#include <algorithm>
#include <map>

#include "app/api.hpp"
#include "app/dossier/assess.hpp"
#include "views/shared.hpp"
#include "workflow/nomination.hpp"

namespace tdkt::app {

using core::Json;

namespace {
// Every dossier is checked before anything is written: under appraisal, of one round.
Result<std::vector<domain::Dossier>> under_appraisal(Workspace& w, const std::vector<int64_t>& ids) {
  std::vector<domain::Dossier> ds;
  for (auto id : ids) {
    auto d = w.dossier(id);
    if (!d) return d.error();
    std::string n = std::to_string(id);
    if (d->state != domain::DossierState::DangThamDinh)
      return fail(kRefused, "hồ sơ số " + n +
                                " chưa ở trạng thái đang thẩm định (hiện: " + domain::code(d->state) + ")");
    if (!ds.empty() && (d->movement_id != ds[0].movement_id || d->round != ds[0].round))
      return fail(kInvalidInput,
                  "hồ sơ số " + n + " không cùng phong trào, đợt với hồ sơ số " + std::to_string(ds[0].id));
    if (std::none_of(ds.begin(), ds.end(), [&](auto& x) { return x.id == id; })) ds.push_back(*d);
  }
  return ds;
}

struct Tally {
  int counts[3] = {0, 0, 0};  // eligible, ineligible, to confirm
  void add(rules::Status s) { counts[s == rules::Status::Met ? 0 : s == rules::Status::NotMet ? 1 : 2]++; }
  std::string text() const {
    return std::to_string(counts[0]) + " đủ điều kiện, " + std::to_string(counts[1]) + " không đủ, " +
           std::to_string(counts[2]) + " chờ xác nhận";
  }
};
}  // namespace

Outcome dossier_appraise(Workspace& w, const DossierAppraise& r) {
  if (auto no = w.require_role(domain::Role::ChuyenVienThamDinh)) return *no;
  auto ds = under_appraisal(w, r.dossiers);
  if (!ds) return ds.error();
  auto L = w.movement((*ds)[0].movement_code);
  if (!L) return L.error();
  const std::string& round = (*ds)[0].round;
  auto all = w.store().round_nominations((*ds)[0].movement_id, round, true);
  std::map<int64_t, size_t> at;  // nomination id → index in all, to count this run's results in the quotas
  for (size_t i = 0; i < all.size(); ++i) at[all[i].id] = i;
  Outcome o;
  std::vector<domain::Nomination> updated;
  std::vector<std::pair<int64_t, Tally>> done;
  Tally total;
  std::optional<rules::World> world;
  for (auto& d : *ds) {
    world.emplace(w.store().snapshot(d.id));
    Tally t;
    if (ds->size() > 1) o.text += "Hồ sơ số " + std::to_string(d.id) + " — " + d.agency_name + ":\n";
    for (auto n : w.store().nominations(d.id)) {
      if (!workflow::kept_by_unit(n.stage)) continue;
      auto as = assess_into(w, **L, d.round, *world, n, all);
      t.add(as.status);
      total.add(as.status);
      o.text += std::to_string(n.id) + ". " + n.subject_name + " — " + views::award_name((*L)->m, n.award) +
                ": " + as.summary() + "\n" + n.appraisal_detail;
      if (auto it = at.find(n.id); it != at.end()) all[it->second].appraisal = n.appraisal;
      updated.push_back(n);
    }
    done.emplace_back(d.id, t);
  }
  // Any of the scoped worlds serves the quotas: they read every agency and metric value, and group people by
  // the unit their nomination carries.
  auto quotas = quota_lines(**L, *world, round, all, false);
  w.transaction([&] {
    for (auto& n : updated) w.store().update_nomination(n);
    for (auto& [id, t] : done) w.audit("appraise", "dossier", std::to_string(id), t.text());
  });
  if (ds->size() > 1)
    o.text += "Đã thẩm định " + std::to_string(ds->size()) + " hồ sơ: " + total.text() + "\n";
  for (auto& q : quotas) o.text += "Lưu ý chỉ tiêu: " + q + "\n";
  o.result.set("eligible", Json::integer(total.counts[0]));
  o.result.set("ineligible", Json::integer(total.counts[1]));
  o.result.set("to_confirm", Json::integer(total.counts[2]));
  o.result.set("quota", views::arr(quotas));
  return o;
}

}  // namespace tdkt::app
