// The Chủ tịch issues the Quyết định khen thưởng for the dossiers the council voted on: the quotas and the
// awards' validity checked, the money (coefficient × mức lương cơ sở on the day, rounded up), the numbered
// decision with its list, the awards written into the history the next year's criteria read.
#include <algorithm>
#include <set>

#include "app/api.hpp"
#include "app/documents.hpp"
#include "app/dossier/assess.hpp"
#include "app/dossier/facts.hpp"
#include "text/format.hpp"
#include "text/normalize.hpp"
#include "views/round.hpp"

namespace tdkt::app {

using core::Json;

namespace {
struct Conflict {};

// The voted dossiers of the round (all, or the ones asked for), checked by the decision's guards.
struct Voted {
  std::vector<domain::Dossier> dossiers;
  std::vector<domain::Nomination> passed;
};
Result<Voted> voted_dossiers(Workspace& w, const StoredMovement& L, const rules::LegalData& Lg,
                             const DecisionIssue& r) {
  Voted v;
  for (auto& d : w.store().dossiers(L.row.code, r.round))
    if (d.state == domain::DossierState::DaBieuQuyet &&
        (r.dossiers.empty() || std::find(r.dossiers.begin(), r.dossiers.end(), d.id) != r.dossiers.end()))
      v.dossiers.push_back(d);
  if (!r.dossiers.empty() && v.dossiers.size() != r.dossiers.size())
    return fail(kRefused, "có hồ sơ chưa ở trạng thái «Hội đồng đã biểu quyết»");
  if (v.dossiers.empty())
    return fail(kRefused,
                "không có hồ sơ nào đã qua Hội đồng biểu quyết trong " + domain::round_label(r.round));
  auto quota = quota_lines(L, rules::World(w.store().snapshot()), r.round,
                           w.store().round_nominations(L.row.id, r.round, true), true);
  ActorInfo who = w.actor_info();
  std::string refusals;
  core::Date today = w.today();
  for (auto& d : v.dossiers) {
    auto f = facts(w, L, d, who, "", &quota);
    for (auto& n : w.store().nominations(d.id)) {
      if (n.stage != domain::NominationStage::CouncilPassed) continue;
      const auto* aw = L.m.award(n.award);
      const auto* cat = aw ? Lg.award(aw->catalog) : nullptr;
      if (!cat)
        f.award_not_in_force.push_back("«" + views::award_name(L.m, n.award) +
                                       "» không có trong danh mục pháp lý");
      else if (cat->valid_to && *cat->valid_to < today)
        f.award_not_in_force.push_back("«" + cat->name + "» chỉ có hiệu lực đến " + cat->valid_to->dmy() +
                                       ", không tặng được vào ngày " + today.dmy());
      v.passed.push_back(n);
    }
    auto verdict = workflow::decide(f, domain::Action::QuyetDinh);
    if (!verdict.allowed)
      refusals += "Hồ sơ số " + std::to_string(d.id) + " (" + d.agency_name + "):\n" + verdict.refusal();
  }
  if (!refusals.empty()) return fail(kRefused, "không ban hành được quyết định:\n" + refusals);
  return v;
}

// Money per awardee: coefficient × mức lương cơ sở on the decision date, rounded up.
std::optional<Outcome> price(const StoredMovement& L, const rules::LegalData& Lg, core::Date on, Voted& v,
                             int64_t& total, std::set<std::string>& warnings) {
  total = 0;
  for (auto& n : v.passed) {
    std::string err;
    auto m = Lg.money(L.m.award(n.award)->catalog, domain::award_subject(n.subject_kind), on, err);
    if (!m) return fail(kRefused, "không tính được tiền thưởng cho " + n.subject_name + ": " + err);
    for (auto& x : m->warnings) warnings.insert(x);
    n.money = m->rounded;
    total += m->rounded;
  }
  return std::nullopt;
}

// The awards into the history the next years' criteria read.
domain::PastAward history_of(const StoredMovement& L, const std::string& round, const domain::Nomination& n,
                             const std::string& so, core::Date on) {
  const auto* aw = L.m.award(n.award);
  domain::PastAward h;
  h.subject = {domain::code(n.subject_kind), n.subject_code};
  h.year = rules::round_year(L.m, round);
  h.award = aw->catalog;
  h.name = aw->name;
  h.decision = so;
  h.date = on;
  h.issuer = aw->authority;
  h.kind = aw->round == "chuyen_de" ? "chuyen_de" : "cong_trang";
  h.topic = L.m.topic;
  return h;
}
// What the decision writes, in its transaction: the decision, the dossiers decided (version-checked), the
// awardees with their money and history, the documents, the audit rows.
struct Issued {
  std::string round;
  int number = 0;
  std::string symbol, so;
  core::Date date;
  int64_t total = 0;
};
void record(Workspace& w, const StoredMovement& L, const Issued& is, Voted& v, Documents& docs) {
  int64_t id = w.store().add_decision(
      {0, L.row.id, is.round, is.number, is.symbol, is.date.iso(), w.actor().name, is.total, ""});
  for (auto& d : v.dossiers) {
    auto next = d;
    next.state = domain::DossierState::DaQuyetDinh;
    if (!w.store().update_dossier(next, d.version)) throw Conflict{};
  }
  for (auto& p : v.passed) {
    p.stage = domain::NominationStage::Awarded;
    p.decision_id = id;
    w.store().update_nomination(p);
    w.store().add_award(history_of(L, is.round, p, is.so, is.date));
  }
  auto rows = docs.record([&](domain::StoredDocument& x) { x.decision_id = id; });
  for (auto& d : v.dossiers)
    w.audit("quyet_dinh", "dossier", std::to_string(d.id),
            domain::code(d.state) + " -> " + domain::code(domain::DossierState::DaQuyetDinh) +
                "; Quyết định số " + is.so);
  w.audit("decision", "decision", is.so,
          std::to_string(v.passed.size()) + " tập thể, cá nhân; tổng tiền " + std::to_string(is.total) +
              Documents::detail(rows));
}
}  // namespace

Outcome decision_issue(Workspace& w, const DecisionIssue& req) {
  if (auto no = w.require_role(domain::Role::ChuTich)) return *no;
  DecisionIssue r = req;
  if (r.movement.empty()) {  // from tdkt dossier act SỐ quyet_dinh: the dossier's round
    auto d = w.dossier(r.dossiers.at(0));
    if (!d) return d.error();
    r.movement = d->movement_code;
    r.round = d->round;
  }
  auto L = w.movement(r.movement);
  if (!L) return L.error();
  auto Lg = w.legal();
  if (!Lg) return Lg.error();
  auto v = voted_dossiers(w, **L, **Lg, r);
  if (!v) return v.error();
  core::Date today = w.today();
  int64_t total = 0;
  std::set<std::string> warnings;
  if (auto no = price(**L, **Lg, today, *v, total, warnings)) return *no;
  auto who = w.actor_info();
  views::QuyetDinhInput in{&(*L)->m,
                           r.round,
                           0,
                           today,
                           v->passed,
                           {},
                           (*Lg)->citations("quyet_dinh", today),
                           total,
                           who.user ? text::upper(who.user->title) : "",
                           w.actor().name,
                           w.store().setting("stt_theo_nhom").value_or("0") == "1"};
  for (auto& d : v->dossiers) {  // each Tờ trình with an awardee once, with its number, date and issuer
    if (std::none_of(v->passed.begin(), v->passed.end(), [&](auto& n) { return n.dossier_id == d.id; }))
      continue;
    auto on = core::parse_date(d.submission_date);
    std::string cite =
        "số " + d.submission_number + (on ? " ngày " + on->dmy() : "") + " của " + d.agency_name;
    if (std::find(in.submissions.begin(), in.submissions.end(), cite) == in.submissions.end())
      in.submissions.push_back(cite);
  }
  // The council's Biên bản and the appraisal report of the round, the latest of each.
  if (auto p = latest_paper(w, (*L)->row.id, r.round, "bien_ban_hoi_dong"))
    in.council_minutes = p->number_date;
  if (auto p = latest_paper(w, (*L)->row.id, r.round, "bao_cao_tham_dinh")) {
    in.appraisal_report = p->number_date;
    in.appraisal_office = p->by;
    in.appraisal_symbol = p->symbol;
  }
  std::string symbol = "QĐ-" + (*L)->m.issuer.abbrev, so;
  Documents docs(w);
  Outcome o;
  auto render = [&](const std::vector<int>& n) -> std::optional<Outcome> {
    in.number = n[0];
    so = views::numbered(n[0], symbol);
    if (docs.render({"quyet-dinh", "quyet-dinh-" + views::two_digits(n[0]) + "-" + std::to_string(today.y),
                     "quyet_dinh", "Quyết định số " + so},
                    views::quyet_dinh(in), o.diags))
      return std::nullopt;
    return fail(kEnvironment, "không lập được Quyết định:\n" + o.diags.to_string());
  };
  auto commit = [&](const std::vector<int>& n) {
    record(w, **L, {r.round, n[0], symbol, so, today, total}, *v, docs);
  };
  try {
    if (auto no = with_numbers(w, docs, {{(*L)->m.issuer.name, "QĐ", today.y}}, render, commit)) return *no;
  } catch (const Conflict&) {
    return fail(kConflict,
                "một hồ sơ vừa được người khác thay đổi trong lúc ban hành: không ghi gì; thực hiện lại");
  }
  o.text = "Đã ban hành Quyết định số " + so + " ngày " + today.dmy() + ": " +
           std::to_string(v->passed.size()) + " tập thể, cá nhân, tổng tiền thưởng " +
           text::format_money(total) + "\n";
  for (auto& n : v->passed) o.text += "  " + n.subject_name + " — " + text::format_money(*n.money) + "\n";
  for (auto& x : docs.recorded()) o.text += "  " + x.path + "\n";
  for (auto& x : warnings) o.text += "Lưu ý: " + x + "\n";
  o.result.set("number", Json::integer(in.number));
  o.result.set("total", Json::integer(total));
  o.result.set("awardees", Json::integer(static_cast<int64_t>(v->passed.size())));
  return o;
}

}  // namespace tdkt::app
