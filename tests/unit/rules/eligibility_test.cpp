#include "rules/eligibility.hpp"

#include <gtest/gtest.h>

#include "core/json.hpp"
#include "rules/explain.hpp"

using namespace tdkt;
using rules::Status;

namespace {

domain::Dataset load_phu_my() {
  core::Diagnostics d;
  auto ds =
      domain::load_dataset(std::string(TDKT_SOURCE_DIR) + "/examples/datasets/phu-my-2021-2025.json", d);
  EXPECT_TRUE(ds) << d.to_string();
  return *ds;
}
domain::Movement load_movement(const std::string& file) {
  core::Diagnostics d;
  auto m = domain::load_movement(std::string(TDKT_SOURCE_DIR) + "/examples/movements/" + file, d);
  EXPECT_TRUE(m) << d.to_string();
  return *m;
}
domain::Rule rule(const std::string& json) {
  core::Diagnostics d;
  auto j = core::parse_json(json, "rule", d);
  EXPECT_TRUE(j) << d.to_string();
  return domain::Rule{j->find("type")->as_string(), *j};
}

// A small world built in the test: four communes and a person, values chosen for each rule.
struct Small {
  domain::Dataset ds;
  domain::Movement m;
  Small() {
    for (auto code : {"A", "B", "C", "D"})
      ds.agencies.push_back({code, std::string("Xã ") + code, "", "xa", "xa", "", {}});
    ds.agencies.push_back({"P", "Phòng Nội vụ", "", "phong", "co_quan", "", {}});
    ds.people.push_back({"N1", "Nguyễn Văn An", "nam", "Chủ tịch", "A", {}, true});
    ds.people.push_back({"N2", "Trần Thị Bình", "nu", "Công chức", "B", {}, false});
    auto put = [&](const char* s, std::map<int, double> v) {
      ds.metrics.push_back({{"agency", s}, "diem", v});
    };
    put("A", {{2022, 80}, {2023, 85}, {2024, 90}});
    put("B", {{2022, 70}, {2023, 69}, {2024, 88}});
    put("C", {{2022, 75}, {2023, 80}, {2024, 88}});  // ties B for 2nd in 2024
    put("D", {{2022, 60}, {2023, 90}, {2024, 70}});
    ds.ratings.push_back({{"person", "N2"}, 2024, "hoan_thanh_tot"});
    ds.awards.push_back(
        {{"person", "N2"}, 2023, "giay_khen", "Giấy khen", "1/QĐ", "", "chuyen_de", "cchc", {}});
    ds.awards.push_back({{"person", "N2"}, 2022, "giay_khen", "Giấy khen", "2/QĐ", "", "cong_trang", "", {}});
    ds.disciplines.push_back({"N1", "khien_trach", {2024, 3, 1}, core::Date{2025, 2, 28}, ""});
    ds.initiatives.push_back({"Một cửa số", "huyen", "", 2024, {{"person", "N2"}}});
    m.period_from = {2021, 1, 1};
    m.period_to = {2025, 12, 31};
    m.metrics.push_back({"diem", "điểm CCHC", "", "tap_the", "number", true, true});
  }
  rules::Explanation eval(const std::string& json, const std::string& subject, int year = 2024,
                          core::Date on = {2025, 1, 15}, bool cong_trang = true) {
    static std::unique_ptr<rules::World> keep;
    keep = std::make_unique<rules::World>(ds);
    rules::EvalContext c;
    c.world = keep.get();
    c.movement = &m;
    c.year = year;
    c.on = on;
    c.cong_trang = cong_trang;
    return rules::evaluate(rule(json), subject, c);
  }
};

}  // namespace

TEST(Eligibility, ThresholdWithValuesUsed) {
  Small s;
  auto e = s.eval(R"({"type":"threshold","metric":"diem","op":">=","value":88})", "agency:B");
  EXPECT_EQ(e.status, Status::Met);
  EXPECT_NE(e.text.find("từ 88 trở lên: đạt 88"), std::string::npos) << e.text;
  EXPECT_EQ(s.eval(R"({"type":"threshold","metric":"diem","op":">","value":88})", "agency:B").status,
            Status::NotMet);
  EXPECT_EQ(
      s.eval(R"({"type":"threshold","metric":"diem","op":">=","value":88,"year":"previous"})", "agency:B")
          .status,
      Status::NotMet);
  // No value: a person must confirm, never a silent "not met".
  EXPECT_EQ(s.eval(R"({"type":"threshold","metric":"diem","op":">=","value":1})", "agency:P").status,
            Status::Manual);
  // An individual through their unit.
  EXPECT_EQ(
      s.eval(R"({"type":"threshold","metric":"diem","of":"unit","op":">=","value":90})", "person:N1").status,
      Status::Met);
}

TEST(Eligibility, YearsMeetingAndConsecutiveYears) {
  Small s;
  auto e = s.eval(
      R"({"type":"years_meeting","metric":"diem","op":">=","value":75,"from":2021,"to":2025,"at_least":2})",
      "agency:C");
  EXPECT_EQ(e.status, Status::Met) << e.text;  // 2022: 75, 2023: 80, 2024: 88 → 3 years
  EXPECT_EQ(
      s.eval(
           R"({"type":"years_meeting","metric":"diem","op":">=","value":75,"from":2021,"to":2025,"at_least":2})",
           "agency:D")
          .status,
      Status::NotMet);
  EXPECT_EQ(
      s.eval(R"({"type":"consecutive_years","metric":"diem","op":">=","value":70,"count":2})", "agency:B")
          .status,
      Status::NotMet);  // 69 in 2023
  EXPECT_EQ(
      s.eval(R"({"type":"consecutive_years","metric":"diem","op":">=","value":70,"count":3})", "agency:A")
          .status,
      Status::Met);
}

TEST(Eligibility, RankTopSharesRanksOnTies) {
  Small s;
  rules::World w(s.ds);
  auto r = rules::rank(w, s.m, {"agency:A", "agency:B", "agency:C", "agency:D"}, "diem", 2024);
  ASSERT_EQ(r.size(), 4u);
  EXPECT_EQ(r[0].rank, 1);
  EXPECT_EQ(r[1].rank, 2);
  EXPECT_EQ(r[2].rank, 2);  // B and C tie at 88
  EXPECT_EQ(r[3].rank, 4);
  // Top 2 includes both tied communes; the explanation says so.
  auto e = s.eval(R"({"type":"rank_top","metric":"diem","n":2,"within":"kind"})", "agency:C");
  EXPECT_EQ(e.status, Status::Met) << e.text;
  EXPECT_NE(e.text.find("đồng hạng"), std::string::npos) << e.text;
  EXPECT_EQ(s.eval(R"({"type":"rank_top","metric":"diem","n":3,"within":"kind"})", "agency:D").status,
            Status::NotMet);
  // The Phòng is not in the communes' group.
  EXPECT_EQ(s.eval(R"({"type":"rank_top","metric":"diem","n":3,"within":"kind"})", "agency:P").status,
            Status::NotMet);
  // Every year of the period vs at least one year.
  EXPECT_EQ(s.eval(R"({"type":"rank_top","metric":"diem","n":1,"within":"kind","years":"each_in_period"})",
                   "agency:A")
                .status,
            Status::NotMet);  // 2023: D first
  EXPECT_EQ(
      s.eval(
           R"({"type":"rank_top","metric":"diem","n":1,"within":"kind","years":"any_in_period","at_least_years":1})",
           "agency:D")
          .status,
      Status::Met);
}

TEST(Eligibility, RankMetricsAreBetterWhenLower) {
  Small s;
  s.m.metrics.push_back({"hang", "xếp hạng", "", "tap_the", "rank", true, true});
  s.ds.metrics.push_back({{"agency", "A"}, "hang", {{2023, 5}, {2024, 3}}});
  EXPECT_EQ(s.eval(R"({"type":"better_than_previous_year","metric":"hang"})", "agency:A").status,
            Status::Met);
  EXPECT_EQ(s.eval(R"({"type":"better_than_previous_year","metric":"diem"})", "agency:D").status,
            Status::NotMet);  // 90 → 70
}

TEST(Eligibility, DisciplineOfSelfAndOfKeyLeaders) {
  Small s;
  auto unit = s.eval(
      R"({"type":"no_discipline","who":"key_leaders","min_level":"khien_trach","during":"current_year"})",
      "agency:A");
  EXPECT_EQ(unit.status, Status::NotMet);
  EXPECT_NE(unit.text.find("Nguyễn Văn An"), std::string::npos);
  EXPECT_EQ(
      s.eval(R"({"type":"no_discipline","who":"key_leaders","min_level":"canh_cao","during":"current_year"})",
             "agency:A")
          .status,
      Status::Met);
  EXPECT_EQ(s.eval(R"({"type":"no_discipline","who":"self","min_level":"khien_trach","during":"pending"})",
                   "person:N1", 2024, {2025, 3, 1})
                .status,
            Status::Met);
  EXPECT_EQ(s.eval(R"({"type":"no_discipline","who":"self","min_level":"khien_trach","during":"pending"})",
                   "person:N1", 2024, {2025, 2, 1})
                .status,
            Status::NotMet);
}

TEST(Eligibility, RatingPriorAwardsAndInitiatives) {
  Small s;
  EXPECT_EQ(s.eval(R"({"type":"rating_at_least","level":"hoan_thanh_tot"})", "person:N2").status,
            Status::Met);
  EXPECT_EQ(s.eval(R"({"type":"rating_at_least","level":"hoan_thanh_xuat_sac"})", "person:N2").status,
            Status::NotMet);
  EXPECT_EQ(s.eval(R"({"type":"rating_at_least","level":"hoan_thanh"})", "person:N1").status, Status::Manual);
  // A thematic Giấy khen (2023) does not count toward a công trạng proposal…
  auto e = s.eval(R"({"type":"prior_awards","award":"giay_khen","count":1,"window":"previous_year"})",
                  "person:N2");
  EXPECT_EQ(e.status, Status::NotMet) << e.text;
  EXPECT_NE(e.text.find("không tính"), std::string::npos) << e.text;
  // …unless the rule names its topic, or the proposal is itself thematic.
  EXPECT_EQ(
      s.eval(
           R"({"type":"prior_awards","award":"giay_khen","count":1,"window":"previous_year","topic":"cchc"})",
           "person:N2")
          .status,
      Status::Met);
  EXPECT_EQ(s.eval(R"({"type":"prior_awards","award":"giay_khen","count":1,"window":"previous_year"})",
                   "person:N2", 2024, {2025, 1, 15}, false)
                .status,
            Status::Met);
  EXPECT_EQ(s.eval(R"({"type":"prior_awards","award":"giay_khen","count":2,"window":"period"})", "person:N2",
                   2024, {2025, 1, 15}, false)
                .status,
            Status::Met);
  // Initiatives: a higher level satisfies a lower requirement, the collective counts its members'.
  EXPECT_EQ(s.eval(R"({"type":"initiative_recognised","level":"co_so"})", "person:N2").status, Status::Met);
  EXPECT_EQ(s.eval(R"({"type":"initiative_recognised","level":"tinh"})", "person:N2").status, Status::NotMet);
  EXPECT_EQ(s.eval(R"({"type":"initiative_recognised","level":"huyen"})", "agency:B").status, Status::Met);
  EXPECT_EQ(s.eval(R"({"type":"initiative_recognised","level":"huyen"})", "person:N2", 2023).status,
            Status::NotMet);
}

TEST(Eligibility, AllAnyAndManualCombine) {
  Small s;
  auto e = s.eval(
      R"({"type":"all","of":[{"type":"threshold","metric":"diem","op":">=","value":80},{"type":"manual","note":"x"}]})",
      "agency:A");
  EXPECT_EQ(e.status, Status::Manual);
  ASSERT_EQ(e.parts.size(), 2u);
  EXPECT_EQ(
      s.eval(
           R"({"type":"all","of":[{"type":"threshold","metric":"diem","op":">=","value":95},{"type":"manual"}]})",
           "agency:A")
          .status,
      Status::NotMet);
  EXPECT_EQ(
      s.eval(
           R"({"type":"any","of":[{"type":"threshold","metric":"diem","op":">=","value":80},{"type":"manual"}]})",
           "agency:A")
          .status,
      Status::Met);
  EXPECT_EQ(
      s.eval(
           R"({"type":"any","of":[{"type":"threshold","metric":"diem","op":">=","value":95},{"type":"manual"}]})",
           "agency:A")
          .status,
      Status::Manual);
}

// Seed 004 on its dataset: top-3 communes by PAR INDEX in 2024 with the tie for second place.
TEST(Eligibility, PhuMyTop3CommunesWithTie) {
  auto m = load_movement("004-phu-my-cchc-2021-2025.json");
  rules::World w(load_phu_my());
  rules::EvalContext c;
  c.world = &w;
  c.movement = &m;
  c.year = 2024;
  c.on = {2025, 2, 10};
  auto status = [&](const std::string& unit) {
    return rules::assess({"agency:" + unit, "gk-tt-hang-nam"}, c).status;
  };
  EXPECT_EQ(status("MY-DUC"), Status::Met);
  EXPECT_EQ(status("MY-LOC"), Status::Met);       // 88,60: rank 2
  EXPECT_EQ(status("MY-CHAU"), Status::Met);      // 88,60: rank 2 too
  EXPECT_EQ(status("TT-PHUMY"), Status::NotMet);  // rank 4
  auto a = rules::assess({"agency:MY-CHAU", "gk-tt-hang-nam"}, c);
  bool tie_explained = false;
  for (auto& cr : a.criteria)
    tie_explained |= cr.result.text.find("xếp hạng 2/") != std::string::npos &&
                     cr.result.text.find("đồng hạng với 01 đơn vị") != std::string::npos;
  EXPECT_TRUE(tie_explained);
  // Period award: at least 3 of 5 years ≥ 70 (MY-THANG reaches it in exactly 3 years).
  c.year = 2025;
  auto t = rules::assess({"agency:MY-THANG", "gk-tt-tong-ket"}, c);
  EXPECT_EQ(t.status, Status::Met) << t.summary();
}

TEST(Eligibility, ConfirmationsResolveManualCriteriaAndPrinciplesBlock) {
  Small s;
  s.m.awards.push_back({"gk", "giay_khen", "Giấy khen", "", "hang_nam", {"ca_nhan"}, {}});
  domain::Criterion c1{"c1",
                       "ca_nhan",
                       "g",
                       {"gk"},
                       "Hoàn thành tốt",
                       "-",
                       rule(R"({"type":"rating_at_least","level":"hoan_thanh_tot"})"),
                       true,
                       {}};
  domain::Criterion c2{"c2", "ca_nhan", "g", {"gk"}, "Có đạo đức", "-", rule(R"({"type":"manual"})"),
                       true, {}};
  s.m.criteria = {c1, c2};
  rules::World w(s.ds);
  rules::EvalContext c;
  c.world = &w;
  c.movement = &s.m;
  c.year = 2024;
  c.on = {2025, 1, 15};
  EXPECT_EQ(rules::assess({"person:N2", "gk"}, c).status, Status::Manual);
  c.confirmed["c2"] = {true, "Chi bộ xác nhận"};
  auto a = rules::assess({"person:N2", "gk"}, c);
  EXPECT_EQ(a.status, Status::Met) << a.summary();
  EXPECT_TRUE(a.criteria[1].confirmed_by_hand);
  c.also_proposed = {"bk"};
  EXPECT_EQ(rules::assess({"person:N2", "gk"}, c).status, Status::NotMet);
  c.also_proposed.clear();
  // N1 is under discipline until 28/02/2025.
  c.confirmed["c2"] = {true, ""};
  s.ds.ratings.push_back({{"person", "N1"}, 2024, "hoan_thanh_xuat_sac"});
  rules::World w2(s.ds);
  c.world = &w2;
  auto d = rules::assess({"person:N1", "gk"}, c);
  EXPECT_EQ(d.status, Status::NotMet);
  EXPECT_EQ(d.principles[0].status, Status::NotMet);
}

// Standards "đối với cơ quan" and "đối với UBND xã" (criterion kinds): each collective meets only its own
// kind's, an individual those of the unit they work in.
TEST(Eligibility, CriterionKindsSelectTheStandardsOfTheUnitsKind) {
  Small s;
  s.m.awards.push_back({"gk", "giay_khen", "Giấy khen", "", "hang_nam", {"tap_the", "ca_nhan"}, {}});
  domain::Criterion office{
      "cq", "ca_hai",   "g-cq", {"gk"}, "Tham mưu đạt 90%", "+", rule(R"({"type":"manual"})"),
      true, {"co_quan"}};
  domain::Criterion commune{"xa",
                            "ca_hai",
                            "g-xa",
                            {"gk"},
                            "Điểm CCHC từ 85",
                            "+",
                            rule(R"({"type":"threshold","metric":"diem","op":">=","value":85})"),
                            true,
                            {"xa"}};
  s.m.criteria = {office, commune};
  rules::World w(s.ds);
  rules::EvalContext c;
  c.world = &w;
  c.movement = &s.m;
  c.year = 2024;
  c.on = {2025, 1, 15};
  auto ids = [&](const std::string& subject) {
    std::string out;
    for (auto& r : rules::assess({subject, "gk"}, c).criteria) out += r.id + " ";
    return out;
  };
  EXPECT_EQ(ids("agency:A"), "xa ");
  EXPECT_EQ(ids("agency:P"), "cq ");
  EXPECT_EQ(ids("person:N2"), "xa ");  // works in Xã B
  EXPECT_EQ(rules::assess({"agency:A", "gk"}, c).status,
            Status::Met);  // 90 ≥ 85, the office's manual standard not asked
  EXPECT_EQ(rules::assess({"agency:D", "gk"}, c).status, Status::NotMet);  // 70
  EXPECT_EQ(rules::assess({"agency:P", "gk"}, c).status, Status::Manual);
}

TEST(Eligibility, QuotaOverflowRanksAndFlagsTheBoundaryTie) {
  Small s;
  domain::AwardForm gk{"gk", "giay_khen", "Giấy khen", "", "hang_nam", {"tap_the"}, {}};
  gk.quota.tap_the = 2;
  s.m.awards = {gk};
  rules::World w(s.ds);
  const std::string basis = "Chỉ số CCHC năm 2024";
  std::vector<rules::QuotaCandidate> cand = {{"agency:D", "Xã D", "gk", "D", 70, "70", basis},
                                             {"agency:B", "Xã B", "gk", "B", 88, "88", basis},
                                             {"agency:A", "Xã A", "gk", "A", 90, "90", basis},
                                             {"agency:C", "Xã C", "gk", "C", 88, "88", basis}};
  auto q = rules::check_quotas(w, s.m, cand);
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].limit, 2);
  EXPECT_EQ(q[0].count, 4);
  using P = rules::QuotaOverflow::Place;
  EXPECT_EQ(q[0].ranking[0].first.name, "Xã A");
  EXPECT_EQ(q[0].ranking[0].second, P::Fits);
  EXPECT_EQ(q[0].ranking[1].second, P::Tie);  // B and C tie for the last place
  EXPECT_EQ(q[0].ranking[2].second, P::Tie);
  EXPECT_EQ(q[0].ranking[3].second, P::Out);
  EXPECT_NE(q[0].line().find("đồng hạng"), std::string::npos);
  // The report's lines: the quota with its basis, then each candidate with its shared rank (1, 2, 2, 4).
  auto l = q[0].lines();
  ASSERT_EQ(l.size(), 5u);
  EXPECT_EQ(l[0],
            "- Giấy khen (tập thể): đề nghị 04, số lượng tối đa 02, vượt 02. Xếp thứ tự theo " + basis + ":");
  EXPECT_EQ(l[1], "1. Xã A: 90, trong số lượng khen thưởng;");
  EXPECT_EQ(l[2].rfind("2. Xã B: 88, đồng hạng", 0), 0u) << l[2];
  EXPECT_EQ(l[3].rfind("2. Xã C: 88, đồng hạng", 0), 0u) << l[3];
  EXPECT_EQ(l[4], "4. Xã D: 70, ngoài số lượng khen thưởng.");
  // Two equal scores wholly outside the limit are no boundary tie: A and E fit, B and C are out.
  cand.push_back({"agency:E", "Xã E", "gk", "E", 89, "89", basis});
  q = rules::check_quotas(w, s.m, cand);
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].ranking[1].first.name, "Xã E");
  EXPECT_EQ(q[0].ranking[1].second, P::Fits);
  EXPECT_EQ(q[0].ranking[2].second, P::Out);
  EXPECT_EQ(q[0].ranking[3].second, P::Out);
  EXPECT_EQ(q[0].line().find("đồng hạng"), std::string::npos);
  cand.pop_back();
  cand.pop_back();
  cand.pop_back();
  EXPECT_TRUE(rules::check_quotas(w, s.m, {cand[1], cand[0]}).empty());
}

// Votes at each unit's own meeting, or values of different bases, give no order: nobody is cut by the list
// order, every candidate is left to the council.
TEST(Eligibility, QuotaWithoutOneComparableValueIsLeftToTheCouncil) {
  Small s;
  domain::AwardForm gk{"gk", "giay_khen", "Giấy khen", "", "hang_nam", {"tap_the"}, {}};
  gk.quota.tap_the = 1;
  s.m.awards = {gk};
  rules::World w(s.ds);
  using P = rules::QuotaOverflow::Place;
  std::vector<rules::QuotaCandidate> cand = {{"agency:A", "Xã A", "gk", "A", std::nullopt, "5 phiếu", ""},
                                             {"agency:B", "Xã B", "gk", "B", std::nullopt, "7 phiếu", ""}};
  auto q = rules::check_quotas(w, s.m, cand);
  ASSERT_EQ(q.size(), 1u);
  EXPECT_TRUE(q[0].basis.empty());
  EXPECT_EQ(q[0].count_of(P::Tie), 2);
  EXPECT_EQ(q[0].ranking[0].first.name, "Xã A");  // input order kept: no order is claimed
  EXPECT_NE(q[0].lines()[0].find("biểu quyết lựa chọn không quá 01"), std::string::npos);
  // One value of the plan's metric beside one council share: still no order.
  cand = {{"agency:A", "Xã A", "gk", "A", 90, "90 điểm", "Chỉ số CCHC năm 2024"},
          {"agency:B", "Xã B", "gk", "B", 95, "95 %", "tỷ lệ phiếu đồng ý của Hội đồng"}};
  q = rules::check_quotas(w, s.m, cand);
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].count_of(P::Tie), 2);
  EXPECT_EQ(q[0].count_of(P::Fits), 0);
}

TEST(Eligibility, CouncilThresholdIsAShareOfAllMembers) {
  // 80 % of 9 members = 7,2 → 7 votes fail, 8 pass, whoever was present.
  EXPECT_FALSE(rules::council_vote(7, 9, 80).passed);
  EXPECT_TRUE(rules::council_vote(8, 9, 80).passed);
  EXPECT_EQ(rules::council_vote(8, 9, 80).ratio_text, "88,89 %");
  EXPECT_TRUE(rules::council_vote(9, 10, 90).passed);
  EXPECT_TRUE(rules::council_vote(6, 11, 50, true).passed);
  EXPECT_FALSE(rules::council_vote(5, 10, 50, true).passed);  // exactly half is not "more than half"
  EXPECT_TRUE(rules::council_vote(5, 10, 50, false).passed);
  EXPECT_FALSE(rules::council_vote(0, 0, 50).passed);
}

// A hand confirmation of an any-criterion settles its undecided condition, not the one the data failed, and
// the condition says so; the text the CLI prints and the store keeps reads back into the same tree.
TEST(Eligibility, ConfirmationSettlesOnlyTheUndecidedConditionsAndTheTextReadsBack) {
  Small s;
  s.m.awards.push_back({"gk", "giay_khen", "Giấy khen", "", "hang_nam", {"tap_the"}, {}});
  domain::Criterion c1{"c1",
                       "tap_the",
                       "g",
                       {"gk"},
                       "Có sáng kiến hoặc mô hình mới",
                       "-",
                       rule(R"({"type":"any","of":[{"type":"threshold","metric":"diem","op":">=","value":95},
               {"type":"manual","note":"mô hình mới được học tập"}]})"),
                       true,
                       {}};
  s.m.criteria = {c1};
  rules::World w(s.ds);
  rules::EvalContext c;
  c.world = &w;
  c.movement = &s.m;
  c.year = 2024;
  c.on = {2025, 1, 15};
  c.confirmed["c1"] = {true, "Biên bản kiểm tra (tháng 11)"};
  auto a = rules::assess({"agency:A", "gk"}, c);
  const auto& e = a.criteria[0].result;
  EXPECT_EQ(e.status, Status::Met);
  EXPECT_EQ(e.text, "đạt ít nhất một trong 02 điều kiện sau");
  ASSERT_EQ(e.parts.size(), 2u);
  EXPECT_EQ(e.parts[0].status, Status::NotMet);  // the data's answer stands
  EXPECT_EQ(e.parts[0].text, "điểm CCHC năm 2024 của Xã A từ 95 trở lên: đạt 90");
  EXPECT_EQ(e.parts[1].status, Status::Met);
  EXPECT_EQ(e.parts[1].text,
            "Mô hình mới được học tập: đã xác nhận đạt, căn cứ: biên bản kiểm tra (tháng 11)");
  auto back = rules::assessment_from_text(rules::explain(a));
  ASSERT_TRUE(back);
  back->status = a.status;
  back->criteria[0].confirmed_by_hand = a.criteria[0].confirmed_by_hand;
  back->criteria[0].text = a.criteria[0].text;
  EXPECT_EQ(core::to_json(rules::to_json(*back)), core::to_json(rules::to_json(a)));
  EXPECT_FALSE(rules::assessment_from_text("không phải bản giải thích\n"));
}
