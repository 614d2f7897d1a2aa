// tdkt dossier act: one action of the workflow on a dossier, decided by the transition table and its guards.
// Submitting numbers and dates the Tờ trình in the unit's series; a return keeps its reason; the end of the
// appraisal settles each kept nomination. Two people acting at once: one wins, the other gets a conflict.
#include <chrono>
#include <thread>

#include "app/api.hpp"
#include "app/documents.hpp"
#include "app/dossier/assess.hpp"
#include "app/dossier/documents.hpp"
#include "app/dossier/facts.hpp"
#include "text/format.hpp"
#include "text/normalize.hpp"
#include "views/shared.hpp"
#include "workflow/nomination.hpp"

namespace tdkt::app {

using core::Json;
using domain::Action;

namespace {
struct Conflict {};

Outcome conflict(const domain::Dossier& d) {
  return fail(kConflict, "hồ sơ số " + std::to_string(d.id) +
                             " vừa được người khác thay đổi trong lúc bạn thao tác (phiên bản " +
                             std::to_string(d.version) +
                             "): không ghi gì; xem lại bằng tdkt dossier show rồi thực hiện lại");
}

// What changes besides the state: late days on submission, the reason and the moment of a return.
domain::Dossier next_of(Workspace& w, const domain::Dossier& d, Action a, const workflow::Verdict& v,
                        const workflow::Facts& f, const std::string& reason) {
  domain::Dossier next = d;
  next.state = *v.to;
  if (a == Action::Trinh && f.submit_deadline && f.submit_deadline->late)
    next.late_days = static_cast<int>(f.submit_deadline->days_late);
  if (a == Action::TraLai) {
    next.returned_reason = reason;
    next.returned_at = w.now_iso();
    for (auto& x : w.store().documents(d.id))
      next.returned_after_doc = std::max(next.returned_after_doc, x.id);
  }
  return next;
}

// The end of the appraisal settles each kept nomination: eligible, or not.
void settle_appraisal(Workspace& w, int64_t dossier) {
  for (auto n : w.store().nominations(dossier)) {
    if (!workflow::kept_by_unit(n.stage)) continue;
    n.stage = n.appraisal == domain::Appraisal::Eligible ? domain::NominationStage::Eligible
                                                         : domain::NominationStage::Ineligible;
    w.store().update_nomination(n);
  }
}

std::string audit_detail(const domain::Dossier& d, const domain::Dossier& next, const std::string& reason,
                         const std::vector<domain::StoredDocument>& docs) {
  std::string detail = domain::code(d.state) + " -> " + domain::code(next.state);
  if (!reason.empty()) detail += "; lý do: " + reason;
  if (next.late_days) detail += "; nộp muộn " + std::to_string(next.late_days) + " ngày";
  if (!next.submission_number.empty() && next.submission_number != d.submission_number)
    detail += "; Tờ trình số " + next.submission_number;
  return detail + Documents::detail(docs);
}

// Submitting: the Tờ trình rendered with the number the unit's series will give, then one transaction that
// checks the dossier's version, takes the number and records the change.
Outcome submit(Workspace& w, const StoredMovement& L, const domain::Dossier& d, domain::Dossier next,
               Action a, const ActorInfo& who, const std::string& reason, Outcome o) {
  std::string abbrev = views::header_of(unit_of(w, d.agency_code), L.m).abbrev;
  std::string hash = data_hash(w, d);
  Documents docs(w);
  auto render = [&](const std::vector<int>& n) -> std::optional<Outcome> {
    next.submission_number = views::numbered(n[0], "TTr-" + abbrev);
    next.submission_date = w.today().iso();
    auto data =
        to_trinh_data(w, L, d, TrinhNumber{n[0], w.today(), w.actor().name, who.user ? who.user->title : ""});
    if (!data) return data.error();
    Outcome bad;
    if (docs.render({"to-trinh", "ho-so-" + std::to_string(d.id) + "-to-trinh-" + std::to_string(n[0]),
                     "to_trinh", "Tờ trình số " + next.submission_number},
                    *data, bad.diags))
      return std::nullopt;
    return fail(kEnvironment, "không lập được Tờ trình:\n" + bad.diags.to_string());
  };
  auto commit = [&](const std::vector<int>&) {
    if (!w.store().update_dossier(next, d.version)) throw Conflict{};
    auto rows = docs.record([&](domain::StoredDocument& x) {
      x.dossier_id = d.id;
      x.data_sha256 = hash;
    });
    w.audit(domain::code(a), "dossier", std::to_string(d.id), audit_detail(d, next, reason, rows));
  };
  try {
    if (auto no = with_numbers(w, docs, {{d.agency_code, "TTr", w.today().y}}, render, commit)) return *no;
  } catch (const Conflict&) {
    return conflict(d);
  }
  o.text += "Hồ sơ số " + std::to_string(d.id) + ": " + domain::label(d.state) + " → " +
            domain::label(next.state) + " (Tờ trình số " + next.submission_number + ")\n";
  o.result.set("state", Json::string(domain::code(next.state)));
  o.result.set("version", Json::integer(d.version + 1));
  return o;
}

std::vector<std::string> quota_for(Workspace& w, const StoredMovement& L, const domain::Dossier& d) {
  return quota_lines(L, rules::World(w.store().snapshot(d.id)), d.round,
                     w.store().round_nominations(d.movement_id, d.round, true), false);
}
}  // namespace

Outcome dossier_act(Workspace& w, const DossierAct& r) {
  auto action = domain::parse<Action>(r.action);
  if (!action)
    return fail(kUsage, "không có thao tác «" + r.action + "»", "các thao tác: " + domain::kActions.codes());
  if (*action == Action::QuyetDinh) return decision_issue(w, {"", "", {r.dossier}});
  auto d = w.dossier(r.dossier);
  if (!d) return d.error();
  std::string id = std::to_string(r.dossier);
  if (r.expect_version && *r.expect_version != d->version)
    return fail(kConflict, "hồ sơ số " + id + " đã thay đổi (phiên bản " + std::to_string(*r.expect_version) +
                               " → " + std::to_string(d->version) +
                               "): xem lại bằng tdkt dossier show rồi thực hiện lại");
  auto L = w.movement(d->movement_code);
  if (!L) return L.error();
  ActorInfo who = w.actor_info();
  if (!who.role)
    return fail(kRefused, "vai trò «" + w.actor().role + "» không có trong quy trình",
                "dùng --as VAI_TRÒ:HỌ_TÊN, xem tdkt workflow diagram");
  bool submits = *action == Action::Trinh || *action == Action::TrinhLai;
  if (auto Lg = submits ? w.legal() : Result<const rules::LegalData*>(nullptr); !Lg) return Lg.error();
  std::optional<std::vector<std::string>> quota;
  if (*action == Action::HoanThanhThamDinh) quota = quota_for(w, **L, *d);
  std::string reason = text::nfc(r.reason);
  auto f = facts(w, **L, *d, who, reason, quota ? &*quota : nullptr);
  auto v = workflow::decide(f, *action);
  if (!v.allowed) {
    // A dossier the plan refuses for lateness was received and turned away: the office's record keeps it,
    // and the Báo cáo thẩm định names it (kLateRefusal).
    if (auto& dl = f.submit_deadline; submits && dl && dl->late && dl->refuse && dl->due)
      w.transaction([&] {
        w.audit(kLateRefusal, "dossier", id,
                "nộp ngày " + w.today().dmy() + ", quá hạn " +
                    text::two_digits(static_cast<int>(dl->days_late)) + " ngày (hạn " + dl->due->dmy() + ")");
      });
    Outcome o = fail(kRefused, "không thực hiện được «" + domain::label(*action) + "» với hồ sơ số " + id +
                                   ":\n" + v.refusal());
    o.result.set("refused", Json::boolean(true));
    return o;
  }
  Outcome o;
  o.text = v.warnings();
  // Test hook: widen the window between reading and writing to exercise the conflict path.
  if (int ms = w.env().hooks.act_delay_ms) std::this_thread::sleep_for(std::chrono::milliseconds(ms));
  auto next = next_of(w, *d, *action, v, f, reason);
  if (submits) return submit(w, **L, *d, next, *action, who, reason, std::move(o));
  try {
    w.transaction([&] {
      // The version check comes before anything else is written: a loser of a race writes nothing.
      if (!w.store().update_dossier(next, d->version)) throw Conflict{};
      if (*action == Action::HoanThanhThamDinh) settle_appraisal(w, r.dossier);
      w.audit(r.action, "dossier", id, audit_detail(*d, next, reason, {}));
    });
  } catch (const Conflict&) {
    return conflict(*d);
  }
  o.text += "Hồ sơ số " + id + ": " + domain::label(d->state) + " → " + domain::label(next.state) + "\n";
  o.result.set("state", Json::string(domain::code(next.state)));
  o.result.set("version", Json::integer(d->version + 1));
  return o;
}

}  // namespace tdkt::app
