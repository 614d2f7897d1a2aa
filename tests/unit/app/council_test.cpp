// The council and the decision through the use cases: the appraisal report, the votes as a share of all
// members, the minutes, the Quyết định with its money and history; and the refusals that write nothing.
#include "fixture.hpp"

namespace tdkt::test {

namespace {
const char* V = "chuyen_vien_tham_dinh:Võ Thị Thu Hằng";
const char* T = "thu_ky_hoi_dong:Nguyễn Văn Thư";
const char* C = "chu_tich:Lê Văn Lịch";
}  // namespace

class CouncilTest : public AppTest {
 protected:
  // Dossier 1 appraised (the individual's manual criterion confirmed) and its appraisal finished.
  std::vector<int64_t> appraised() {
    load_phu_my();
    draft_dossier_1();
    dossier_1_under_appraisal();
    ok(app::dossier_appraise(*ws("2025-02-10", V), {{1}}));
    app::NominationConfirm c;
    c.nomination = 2;
    c.criterion = "cn-hn-1";
    ok(app::nomination_confirm(*ws("2025-02-10", V), c));
    ok(app::dossier_act(*ws("2025-02-10", V), {1, "hoan_thanh_tham_dinh", "", {}}));
    std::vector<int64_t> eligible;
    for (auto& n : ws()->store().nominations(1))
      if (n.appraisal == domain::Appraisal::Eligible) eligible.push_back(n.id);
    return eligible;
  }
};

TEST_F(CouncilTest, VotesCountAgainstAllMembers) {
  auto eligible = appraised();
  ASSERT_FALSE(eligible.empty());
  // Not the council's secretary: refused; a vote above the members: nothing recorded.
  app::MeetingInput m{"2025-02-20", "", "", "", 0, 0, {}, {{eligible[0], 3}}};
  EXPECT_EQ(app::council_vote(*ws("2025-02-20", V), {kMovement, "2024", m}).exit, app::kRefused);
  m.votes = {{eligible[0], 6}};
  EXPECT_EQ(app::council_vote(*ws("2025-02-20", T), {kMovement, "2024", m}).exit, app::kInvalidInput);
  EXPECT_EQ(count("SELECT count(*) FROM meetings WHERE kind='hoi_dong'"), 0);
  // 3 of 5 members pass (more than half of all), whoever is absent; 2 of 5 fail.
  m.absences = {{"Đặng Minh Quang", "Đồng ý"}};
  m.votes.clear();
  for (size_t i = 0; i < eligible.size(); ++i) m.votes.push_back({eligible[i], i == 0 ? 3 : 2});
  auto o = ok(app::council_vote(*ws("2025-02-20", T), {kMovement, "2024", m}));
  EXPECT_NE(o.text.find("3/5 = 60"), std::string::npos) << o.text;
  EXPECT_EQ(count("SELECT count(*) FROM nominations WHERE outcome='dat'"), 1);
  EXPECT_EQ(count("SELECT count(*) FROM nominations WHERE outcome='khong_dat'"),
            static_cast<int64_t>(eligible.size() - 1));
  EXPECT_EQ(count("SELECT present FROM meetings WHERE kind='hoi_dong'"), 4);
}

TEST_F(CouncilTest, ReportMinutesAndDecision) {
  auto eligible = appraised();
  ASSERT_FALSE(eligible.empty());
  auto rep = ok(app::council_report(*ws("2025-02-15", V), {kMovement, "2024", "PNV", "", ""}));
  EXPECT_EQ(rep.result.find("number")->as_string(), "01/BC-PNV");
  EXPECT_EQ(count("SELECT count(*) FROM documents WHERE kind='bao_cao_tham_dinh' AND round='2024'"), 2);
  app::MeetingInput m{"2025-02-20", "", "", "", 0, 0, {}, {}};
  for (auto id : eligible) m.votes.push_back({id, 5});
  ok(app::council_vote(*ws("2025-02-20", T), {kMovement, "2024", m}));
  // Before the council's act the decision is refused and nothing is written.
  EXPECT_EQ(app::decision_issue(*ws("2025-02-25", C), {kMovement, "2024", {}}).exit, app::kRefused);
  EXPECT_EQ(count("SELECT count(*) FROM decisions"), 0);
  auto min = ok(app::council_minutes(*ws("2025-02-20", T), {kMovement, "2024"}));
  EXPECT_EQ(min.result.find("number")->as_string(), "01/BB-HĐTĐKT");
  ok(app::dossier_act(*ws("2025-02-20", T), {1, "bieu_quyet", "", {}}));
  EXPECT_EQ(app::decision_issue(*ws("2025-02-25", T), {kMovement, "2024", {}}).exit,
            app::kRefused);  // not the chair
  auto dec = ok(app::decision_issue(*ws("2025-02-25", C), {kMovement, "2024", {}}));
  EXPECT_EQ(dec.result.find("number")->as_int(), 1);
  EXPECT_EQ(dec.result.find("awardees")->as_int(), static_cast<int64_t>(eligible.size()));
  int64_t total = dec.result.find("total")->as_int();
  EXPECT_GT(total, 0);
  EXPECT_EQ(total % 10000, 0);  // rounded up to tens of thousands
  EXPECT_EQ(count("SELECT sum(money) FROM nominations WHERE outcome='duoc_khen'"), total);
  EXPECT_EQ(count("SELECT count(*) FROM award_history WHERE decision='01/QĐ-UBND'"),
            static_cast<int64_t>(eligible.size()));
  EXPECT_EQ(count("SELECT count(*) FROM documents WHERE kind='quyet_dinh' AND decision_id=1"), 2);
  EXPECT_EQ(audit_rows("decision"), 1);
  EXPECT_EQ(ws()->store().dossier(1)->state, domain::DossierState::DaQuyetDinh);
  // Issued once: a second decision finds nothing voted.
  EXPECT_EQ(app::decision_issue(*ws("2025-02-26", C), {kMovement, "2024", {}}).exit, app::kRefused);
  EXPECT_EQ(count("SELECT count(*) FROM decisions"), 1);
  EXPECT_TRUE(ws()->store().verify_audit().empty());
}

}  // namespace tdkt::test
