#include "workflow/dossier.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <set>
#include <tuple>

#include "workflow/nomination.hpp"

namespace wf = tdkt::workflow;
using tdkt::domain::code;
using tdkt::domain::kActions;
using tdkt::domain::kDossierStates;
using tdkt::domain::kRoles;
using wf::Action;
using wf::Role;
using wf::State;

namespace {

// Facts under which every guard holds: only the table decides.
wf::Facts all_good(State s, Role r) {
  wf::Facts f;
  f.state = s;
  f.role = r;
  f.dossier_unit = "MY-DUC";
  f.actor_unit = "MY-DUC";
  f.reason = "lý do";
  f.nominations = 3;
  f.kept = 2;
  f.meeting = true;
  f.eligible = 2;
  return f;
}

}  // namespace

// The exhaustive check the issue asks for: over every state × action × role, exactly the table's
// transitions are allowed (with all guards satisfied), and nothing else.
TEST(Workflow, ExactlyTheTableIsAllowed) {
  std::set<std::tuple<State, Action, Role>> expected;
  for (auto& t : wf::table())
    for (auto r : t.roles) expected.insert({t.from, t.action, r});
  int allowed = 0, refused = 0;
  for (auto s : kDossierStates.all())
    for (auto a : kActions.all())
      for (auto r : kRoles.all()) {
        auto v = wf::decide(all_good(s, r), a);
        bool want = expected.count({s, a, r}) > 0;
        EXPECT_EQ(v.allowed, want) << code(s) << " " << code(a) << " " << code(r) << "\n" << v.refusal();
        if (v.allowed) {
          ++allowed;
          ASSERT_TRUE(v.to);
          for (auto& t : wf::table())
            if (t.from == s && t.action == a) {
              EXPECT_EQ(*v.to, t.to);
            }
        } else {
          ++refused;
          EXPECT_FALSE(v.refusal().empty());
        }
      }
  EXPECT_EQ(allowed, static_cast<int>(expected.size()));
  EXPECT_EQ(allowed + refused,
            static_cast<int>(kDossierStates.all().size() * kActions.all().size() * kRoles.all().size()));
}

TEST(Workflow, EveryStateIsReachableAndWithdrawIsPossibleBeforeTheDecision) {
  std::set<State> reached = {State::DuThao};
  for (int i = 0; i < 12; ++i)
    for (auto& t : wf::table())
      if (reached.count(t.from)) reached.insert(t.to);
  EXPECT_EQ(reached.size(), kDossierStates.all().size());
  for (auto s : kDossierStates.all()) {
    bool before_decision = s != State::DaQuyetDinh && s != State::LuuTru && s != State::DaRut;
    auto acts = wf::actions_from(s);
    EXPECT_EQ(std::count(acts.begin(), acts.end(), Action::Rut) == 1, before_decision) << code(s);
  }
  for (auto& t : wf::table())
    for (auto& g : t.guards) EXPECT_FALSE(wf::guard_description(g).empty()) << g;
}

TEST(Workflow, RefusalNamesEveryFailedGuard) {
  auto f = all_good(State::DaHopXet, Role::ThuTruongDonVi);
  f.actor_unit = "MY-LOC";
  f.missing_documents = {"Báo cáo thành tích của Nguyễn Văn A"};
  f.submit_deadline =
      wf::DeadlineCheck{"nop", "trước ngày 31/01", tdkt::core::Date{2025, 1, 30}, true, true, 3};
  auto v = wf::decide(f, Action::Trinh);
  EXPECT_FALSE(v.allowed);
  std::string r = v.refusal();
  EXPECT_NE(r.find("[don_vi]"), std::string::npos) << r;
  EXPECT_NE(r.find("[ho_so]"), std::string::npos) << r;
  EXPECT_NE(r.find("Nguyễn Văn A"), std::string::npos) << r;
  EXPECT_NE(r.find("[han_nop]"), std::string::npos) << r;
  EXPECT_NE(r.find("quá hạn 3 ngày"), std::string::npos) << r;
  // A plan that only flags late dossiers lets it through with a warning.
  f.actor_unit = "MY-DUC";
  f.missing_documents.clear();
  f.submit_deadline->refuse = false;
  v = wf::decide(f, Action::Trinh);
  EXPECT_TRUE(v.allowed) << v.refusal();
  bool warned = false;
  for (auto& g : v.results) warned |= g.name == "han_nop" && g.warning;
  EXPECT_TRUE(warned);
}

TEST(Workflow, UnregisteredActorAndMissingReasonAreRefused) {
  auto f = all_good(State::DangThamDinh, Role::ChuyenVienThamDinh);
  f.reason.clear();
  auto v = wf::decide(f, Action::TraLai);
  EXPECT_FALSE(v.allowed);
  EXPECT_NE(v.refusal().find("[ly_do]"), std::string::npos);
  f.reason = "thiếu Biên bản";
  f.actor_registered = false;
  v = wf::decide(f, Action::TraLai);
  EXPECT_FALSE(v.allowed);
  EXPECT_NE(v.refusal().find("[vai_tro]"), std::string::npos);
}

TEST(Workflow, QuotaIsAWarningAtAppraisalAndARefusalAtDecision) {
  auto f = all_good(State::DangThamDinh, Role::ChuyenVienThamDinh);
  f.quota_overflows = {"«gk» tập thể: 4 đề nghị, chỉ tiêu 3"};
  EXPECT_TRUE(wf::decide(f, Action::HoanThanhThamDinh).allowed);
  f.state = State::DaBieuQuyet;
  f.role = Role::ChuTich;
  auto v = wf::decide(f, Action::QuyetDinh);
  EXPECT_FALSE(v.allowed);
  EXPECT_NE(v.refusal().find("chỉ tiêu 3"), std::string::npos);
}

TEST(Workflow, WorkingDaysSkipWeekendsAndHolidays) {
  using tdkt::core::Date;
  // Friday 2025-01-24 + 5 working days, with Tết holidays 27/1–31/1 (Mon–Fri): 3, 4, 5, 6, 7 February.
  std::set<Date> hol;
  for (int d = 27; d <= 31; ++d) hol.insert(Date{2025, 1, d});
  EXPECT_EQ(wf::add_days(Date{2025, 1, 24}, 5, true, hol), (Date{2025, 2, 7}));
  EXPECT_EQ(wf::add_days(Date{2025, 1, 24}, 5, false, hol), (Date{2025, 1, 29}));
  EXPECT_EQ(wf::add_days(Date{2025, 1, 24}, 1, true, {}), (Date{2025, 1, 27}));
  EXPECT_FALSE(wf::is_working_day(Date{2025, 1, 25}, {}));
}

TEST(Workflow, DiagramListsEveryTransition) {
  auto d = wf::diagram_text();
  for (auto& t : wf::table())
    EXPECT_NE(d.find(code(t.from) + " —" + code(t.action)), std::string::npos) << code(t.action);
  EXPECT_NE(wf::diagram_dot().find("digraph"), std::string::npos);
}

TEST(Workflow, StagesSayWhatTheyAllow) {
  using tdkt::domain::Appraisal;
  using tdkt::domain::NominationStage;
  EXPECT_FALSE(wf::kept_by_unit(NominationStage::Proposed));
  EXPECT_FALSE(wf::kept_by_unit(NominationStage::DroppedByUnit));
  for (auto s : {NominationStage::KeptByUnit, NominationStage::Eligible, NominationStage::Ineligible,
                 NominationStage::CouncilPassed, NominationStage::CouncilFailed, NominationStage::Awarded})
    EXPECT_TRUE(wf::kept_by_unit(s)) << code(s);
  EXPECT_TRUE(wf::passed_council(NominationStage::Awarded));
  EXPECT_FALSE(wf::passed_council(NominationStage::CouncilFailed));
  EXPECT_TRUE(wf::in_running(NominationStage::KeptByUnit, Appraisal::None));
  EXPECT_FALSE(wf::in_running(NominationStage::KeptByUnit, Appraisal::Ineligible));
  EXPECT_FALSE(wf::in_running(NominationStage::CouncilFailed, Appraisal::Eligible));
  EXPECT_TRUE(wf::may_edit_nominations(State::TraLai));
  EXPECT_FALSE(wf::may_edit_nominations(State::DaHopXet));
  EXPECT_TRUE(wf::with_unit(State::DaHopXet));
  EXPECT_TRUE(wf::reached_office(State::DaRut));
  EXPECT_FALSE(wf::before_council(State::DaRut));
  EXPECT_TRUE(wf::before_council(State::DaQuyetDinh));
}

TEST(Workflow, DeadlinesByRoundAndEvent) {
  using tdkt::core::Date;
  tdkt::domain::Movement m;
  tdkt::domain::Deadline annual;
  annual.id = "nop_hang_nam";
  annual.kind = "annual";
  annual.month = 1;
  annual.day = 31;
  annual.applies_to = "nop_ho_so";
  annual.inclusive = false;  // "trước ngày 31/01"
  m.deadlines.push_back(annual);
  auto on_time = wf::deadline(m, "2024", "nop_ho_so", {}, {}, Date{2025, 1, 30});
  ASSERT_TRUE(on_time && on_time->due);
  EXPECT_EQ(*on_time->due, (Date{2025, 1, 30}));
  EXPECT_FALSE(on_time->late);
  auto late = wf::deadline(m, "2024", "nop_ho_so", {}, {}, Date{2025, 2, 3});
  EXPECT_TRUE(late->late);
  EXPECT_EQ(late->days_late, 4);
  // An announced date overrides the plan's; the period round does not use a yearly deadline.
  auto announced =
      wf::deadline(m, "2024", "nop_ho_so", {{"nop_hang_nam", "2025-02-10"}}, {}, Date{2025, 2, 3});
  EXPECT_EQ(*announced->due, (Date{2025, 2, 9}));
  EXPECT_FALSE(wf::deadline(m, "tong_ket", "nop_ho_so", {}, {}, Date{2025, 2, 3}));
}
