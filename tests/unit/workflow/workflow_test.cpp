#include "workflow/workflow.hpp"

#include <gtest/gtest.h>

#include <set>
#include <tuple>

namespace wf = tdkt::workflow;
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
  std::set<std::tuple<State, std::string, Role>> expected;
  for (auto& t : wf::table())
    for (auto r : t.roles) expected.insert({t.from, t.action, r});
  int allowed = 0, refused = 0;
  for (auto s : wf::all_states())
    for (auto& a : wf::all_actions())
      for (auto r : wf::all_roles()) {
        auto v = wf::decide(all_good(s, r), a.code);
        bool want = expected.count({s, a.code, r}) > 0;
        EXPECT_EQ(v.allowed, want) << wf::code(s) << " " << a.code << " " << wf::code(r) << "\n"
                                   << v.refusal();
        if (v.allowed) {
          ++allowed;
          ASSERT_TRUE(v.to);
          for (auto& t : wf::table())
            if (t.from == s && t.action == a.code) {
              EXPECT_EQ(*v.to, t.to);
            }
        } else {
          ++refused;
          EXPECT_FALSE(v.refusal().empty());
        }
      }
  EXPECT_EQ(allowed, static_cast<int>(expected.size()));
  EXPECT_EQ(allowed + refused,
            static_cast<int>(wf::all_states().size() * wf::all_actions().size() * wf::all_roles().size()));
}

TEST(Workflow, EveryStateIsReachableAndWithdrawIsPossibleBeforeTheDecision) {
  std::set<State> reached = {State::DuThao};
  for (int i = 0; i < 12; ++i)
    for (auto& t : wf::table())
      if (reached.count(t.from)) reached.insert(t.to);
  EXPECT_EQ(reached.size(), wf::all_states().size());
  for (auto s : wf::all_states()) {
    bool before_decision = s != State::DaQuyetDinh && s != State::LuuTru && s != State::DaRut;
    auto acts = wf::actions_from(s);
    EXPECT_EQ(std::count(acts.begin(), acts.end(), "rut") == 1, before_decision) << wf::code(s);
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
  auto v = wf::decide(f, "trinh");
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
  v = wf::decide(f, "trinh");
  EXPECT_TRUE(v.allowed) << v.refusal();
  bool warned = false;
  for (auto& g : v.results) warned |= g.name == "han_nop" && g.warning;
  EXPECT_TRUE(warned);
}

TEST(Workflow, UnregisteredActorAndMissingReasonAreRefused) {
  auto f = all_good(State::DangThamDinh, Role::ChuyenVienThamDinh);
  f.reason.clear();
  auto v = wf::decide(f, "tra_lai");
  EXPECT_FALSE(v.allowed);
  EXPECT_NE(v.refusal().find("[ly_do]"), std::string::npos);
  f.reason = "thiếu Biên bản";
  f.actor_registered = false;
  v = wf::decide(f, "tra_lai");
  EXPECT_FALSE(v.allowed);
  EXPECT_NE(v.refusal().find("[vai_tro]"), std::string::npos);
}

TEST(Workflow, QuotaIsAWarningAtAppraisalAndARefusalAtDecision) {
  auto f = all_good(State::DangThamDinh, Role::ChuyenVienThamDinh);
  f.quota_overflows = {"«gk» tập thể: 4 đề nghị, chỉ tiêu 3"};
  EXPECT_TRUE(wf::decide(f, "hoan_thanh_tham_dinh").allowed);
  f.state = State::DaBieuQuyet;
  f.role = Role::ChuTich;
  auto v = wf::decide(f, "quyet_dinh");
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
    EXPECT_NE(d.find(wf::code(t.from) + " —" + t.action), std::string::npos) << t.action;
  EXPECT_NE(wf::diagram_dot().find("digraph"), std::string::npos);
}
