// The award council: its members, and a sitting's votes on the eligible nominations of a round, each as a
// share of ALL members against the threshold of the legal basis in force on the day.
#include <algorithm>
#include <map>

#include "app/api.hpp"
#include "app/council/threshold.hpp"
#include "rules/eligibility.hpp"
#include "text/normalize.hpp"
#include "views/shared.hpp"

namespace tdkt::app {

Outcome council_member_add(Workspace& w, const CouncilMemberAdd& r) {
  auto L = w.movement(r.movement);
  if (!L) return L.error();
  auto role = domain::parse<domain::CouncilRole>(r.role);
  if (!role)
    return fail(kInvalidInput, "vai trò trong Hội đồng «" + r.role + "» không có",
                domain::kCouncilRoles.codes());
  std::string n = text::fold_spaces(text::nfc(r.name));
  w.transaction([&] {
    w.store().put_council_member((*L)->row.id, {n, text::nfc(r.position), *role});
    w.audit("council_member", "movement", r.movement, n + " — " + r.role);
  });
  Outcome o;
  o.text = "Thành viên Hội đồng: " + n + " (" + r.role + "), tổng số " +
           std::to_string(w.store().council_members((*L)->row.id).size()) + "\n";
  return o;
}

namespace {
struct Sitting {
  const StoredMovement* L;
  const rules::LegalData* legal;
  core::Date date;
  int total = 0;
};

// One vote checked against its nomination (of the round, appraised eligible, its dossier appraised) and
// counted.
std::optional<domain::Nomination> counted(Workspace& w, const Sitting& s, const domain::Nomination& nom,
                                          int agree, Outcome& o) {
  std::string id = "đề nghị số " + std::to_string(nom.id);
  auto d = w.store().dossier(nom.dossier_id);
  if (d->state != domain::DossierState::DaThamDinh) {
    o.diags.error(
        {}, "--vote",
        id + ": hồ sơ số " + std::to_string(d->id) + " chưa thẩm định xong (" + domain::code(d->state) + ")");
    return std::nullopt;
  }
  if (nom.appraisal != domain::Appraisal::Eligible) {
    o.diags.error({}, "--vote", id + " (" + nom.subject_name + ") không đủ điều kiện: không đưa ra Hội đồng");
    return std::nullopt;
  }
  if (agree < 0 || agree > s.total) {
    o.diags.error(
        {}, "--vote",
        id + ": " + std::to_string(agree) + " phiếu vượt tổng số " + std::to_string(s.total) + " thành viên");
    return std::nullopt;
  }
  const auto* aw = s.L->m.award(nom.award);
  auto t = council_threshold(w, *s.legal, aw ? aw->catalog : "", s.date);
  auto vr = rules::council_vote(agree, s.total, t.percent, t.strict);
  auto n = nom;
  n.council_agree = agree;
  n.council_members = s.total;
  n.council_percent = t.percent;
  n.stage = vr.passed ? domain::NominationStage::CouncilPassed : domain::NominationStage::CouncilFailed;
  o.text += "  " + n.subject_name + " — " + views::award_name(s.L->m, n.award) + ": " +
            std::to_string(agree) + "/" + std::to_string(s.total) + " = " + vr.ratio_text + " (ngưỡng " +
            (t.strict ? "trên " : "từ ") + std::to_string(t.percent) + " % tổng số thành viên, " + t.source +
            ") → " + (vr.passed ? "ĐẠT" : "KHÔNG ĐẠT") + "\n";
  return n;
}

domain::Meeting sitting_of(const CouncilVote& r, const StoredMovement& L,
                           const std::vector<domain::CouncilMember>& members) {
  domain::Meeting m;
  m.kind = domain::MeetingKind::Council;
  m.movement_id = L.row.id;
  m.round = r.round;
  m.date = r.meeting.date;
  m.place = text::nfc(r.meeting.place);
  m.members = static_cast<int>(members.size());
  m.present = m.members - static_cast<int>(r.meeting.absences.size());
  for (auto& x : members) {
    if (x.role == domain::CouncilRole::Chair) m.chair = x.name;
    if (x.role == domain::CouncilRole::Secretary) m.secretary = x.name;
  }
  for (auto& [name, op] : r.meeting.absences) m.absences.emplace_back(text::nfc(name), text::nfc(op));
  return m;
}
}  // namespace

Outcome council_vote(Workspace& w, const CouncilVote& r) {
  if (auto no = w.require_role(domain::Role::ThuKyHoiDong)) return *no;
  auto L = w.movement(r.movement);
  if (!L) return L.error();
  auto date = core::parse_date(r.meeting.date);
  if (!date) return fail(kInvalidInput, "ngày họp «" + r.meeting.date + "» không hợp lệ; viết YYYY-MM-DD");
  auto members = w.store().council_members((*L)->row.id);
  if (members.empty())
    return fail(kRefused, "phong trào chưa có danh sách thành viên Hội đồng (tdkt council member add)");
  Outcome o;
  for (auto& absent : r.meeting.absences)
    if (std::string name = absent.first;
        std::none_of(members.begin(), members.end(), [&](auto& m) { return m.name == text::nfc(name); }))
      o.diags.error({}, "--absent", "«" + name + "» không phải thành viên Hội đồng");
  auto Lg = w.legal();
  if (!Lg) return Lg.error();
  Sitting s{*L, *Lg, *date, static_cast<int>(members.size())};
  auto all = w.store().round_nominations((*L)->row.id, r.round);
  std::map<int64_t, size_t> at;  // nomination id → index in all
  for (size_t i = 0; i < all.size(); ++i) at[all[i].id] = i;
  std::vector<domain::Nomination> updated;
  for (auto& [nid, agree] : r.meeting.votes) {
    auto it = at.find(nid);
    if (it == at.end()) {
      o.diags.error({}, "--vote", "đề nghị số " + std::to_string(nid) + " không thuộc đợt này");
      continue;
    }
    if (auto n = counted(w, s, all[it->second], agree, o)) updated.push_back(*n);
  }
  if (o.diags.has_errors()) {
    o.exit = kInvalidInput;
    o.text.clear();
    return o;
  }
  auto sitting = sitting_of(r, **L, members);
  w.transaction([&] {
    w.store().add_meeting(sitting);
    for (auto& n : updated) w.store().update_nomination(n);
    w.audit("council_vote", "movement", r.movement + " " + r.round,
            "họp ngày " + r.meeting.date + ", " + std::to_string(sitting.present) + "/" +
                std::to_string(s.total) + " có mặt, " + std::to_string(updated.size()) + " đề nghị");
  });
  o.text = "Hội đồng họp ngày " + date->dmy() + ", " + std::to_string(sitting.present) + "/" +
           std::to_string(s.total) + " thành viên có mặt:\n" + o.text;
  return o;
}

}  // namespace tdkt::app
