// A contest through the use cases: who may receive and score entries, conflicts of interest, points in range,
// and the results refused while incomplete — each refusal writing nothing.
#include "fixture.hpp"

namespace tdkt::test {

namespace {
const char* kContest = "TL-SK-CCHC-2024";
const char* kClerk = "thu_ky:Lê Văn Bình";
}  // namespace

class ContestTest : public AppTest {
 protected:
  void SetUp() override {
    AppTest::SetUp();
    std::string root = TDKT_SOURCE_DIR;
    ok(app::movement_import(*ws("2024-06-01"),
                            {{root + "/examples/movements/001-trung-luong-cuoc-thi-sang-kien-2024.json"}}));
    ok(app::data_import(*ws("2024-06-01"), {root + "/examples/datasets/trung-luong-2024.json"}));
    ok(app::contest_import(*ws("2024-06-01"), {root + "/examples/contests/trung-luong-2024.json"}));
  }
  app::ContestEntryAdd entry(const std::string& title, const std::string& author) {
    app::ContestEntryAdd e;
    e.movement = kContest;
    e.title = title;
    e.topic = 1;
    e.authors = {author};
    return e;
  }
};

TEST_F(ContestTest, EntriesAreReceivedByTheSecretaries) {
  auto e = entry("Số hóa hồ sơ một cửa", "agency:MTTQ-TL");
  auto refused = app::contest_entry_add(*ws("2024-09-20", "thu_ky:Người Ngoài"), e);
  EXPECT_EQ(refused.exit, app::kRefused);
  EXPECT_EQ(count("SELECT count(*) FROM contest_entries"), 0);
  auto o = ok(app::contest_entry_add(*ws("2024-09-20", kClerk), e));
  EXPECT_EQ(o.result.find("code")->as_string(), "SK-01");
  EXPECT_EQ(audit_rows("contest_entry"), 1);
  e.topic = 99;
  EXPECT_EQ(app::contest_entry_add(*ws("2024-09-20", kClerk), e).exit, app::kInvalidInput);
  EXPECT_EQ(count("SELECT count(*) FROM contest_entries"), 1);
}

TEST_F(ContestTest, PointsAreCheckedAndConflictsOfInterestRefused) {
  ok(app::contest_entry_add(*ws("2024-09-20", kClerk), entry("Số hóa hồ sơ một cửa", "agency:MTTQ-TL")));
  app::ContestScore s{
      kContest, "Võ Thị Lan", "SK-01", {{"tinh-moi", 99}, {"hieu-qua", 20}, {"nhan-rong", 15}}, ""};
  auto o = app::contest_score(*ws("2024-10-15", kClerk), s);
  EXPECT_EQ(o.exit, app::kInvalidInput);
  std::string d = o.diags.to_string();
  EXPECT_NE(d.find("ngoài khoảng 0"), std::string::npos) << d;  // 99 over the criterion's maximum
  EXPECT_NE(d.find("thiếu điểm tiêu chí «trinh-bay»"), std::string::npos) << d;
  // The Mặt trận's judge does not score the Mặt trận's entry.
  s.judge = "Phan Văn Đức";
  s.points = {{"tinh-moi", 20}, {"hieu-qua", 20}, {"nhan-rong", 15}, {"trinh-bay", 10}};
  EXPECT_EQ(app::contest_score(*ws("2024-10-15", kClerk), s).exit, app::kRefused);
  EXPECT_EQ(count("SELECT count(*) FROM contest_scores"), 0);
  s.judge = "Võ Thị Lan";
  ok(app::contest_score(*ws("2024-10-15", kClerk), s));
  EXPECT_EQ(count("SELECT count(*) FROM contest_scores"), 4);
  // Results while other judges have not scored: incomplete, and the award is refused without writing.
  auto r = ok(app::contest_results(*ws("2024-10-16"), {kContest}));
  EXPECT_FALSE(r.result.find("complete")->as_bool());
  EXPECT_EQ(app::contest_award(*ws("2024-10-20", "chu_tich:Nguyễn Công Lộc"), {kContest, ""}).exit,
            app::kRefused);
  EXPECT_EQ(count("SELECT count(*) FROM documents"), 0);
  EXPECT_EQ(
      app::contest_decide(*ws("2024-10-16", "chu_tich:Nguyễn Công Lộc"), {kContest, {"SK-01"}, "căn cứ"})
          .exit,
      app::kInvalidInput);
}

}  // namespace tdkt::test
