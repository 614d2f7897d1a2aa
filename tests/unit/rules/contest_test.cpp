// Contest judging: trimmed mean from five judges, ties broken by the listed criteria and documented, a tie
// left at a prize boundary and a missing sheet reported, the duplicate check's similarity.
#include "rules/contest.hpp"

#include <gtest/gtest.h>

using namespace tdkt;

namespace {
domain::ContestRules jury_rules(int judges = 5) {
  domain::ContestRules r;
  r.criteria = {{"moi", "Tính mới", 40}, {"hieu-qua", "Hiệu quả", 40}, {"trinh-bay", "Trình bày", 20}};
  r.tie_break = {"moi", "hieu-qua"};
  r.prizes = {
      {"nhat", "Giải Nhất", 1, 3000000}, {"nhi", "Giải Nhì", 1, 2000000}, {"ba", "Giải Ba", 2, 1000000}};
  r.min_total = 50;
  for (int i = 1; i <= judges; ++i) r.judges.push_back({"GK" + std::to_string(i), "", "", ""});
  return r;
}
// Every judge gives the same sheet, except the overrides.
rules::EntryScores entry(const std::string& code, double moi, double hq, double tb,
                         std::map<std::string, std::map<std::string, double>> over = {}, int judges = 5) {
  rules::EntryScores e;
  e.code = code;
  for (int i = 1; i <= judges; ++i)
    e.by_judge["GK" + std::to_string(i)] = {{"moi", moi}, {"hieu-qua", hq}, {"trinh-bay", tb}};
  for (auto& [j, s] : over) e.by_judge[j] = s;
  return e;
}
const rules::EntryResult& find(const rules::ContestOutcome& o, const std::string& code) {
  for (auto& e : o.ranking)
    if (e.code == code) return e;
  throw std::runtime_error("no " + code);
}
}  // namespace

TEST(Contest, TrimmedMeanDropsTheHighestAndLowestTotal) {
  auto r = jury_rules();
  // Totals 90, 80, 80, 80, 20: the mean without 90 and 20 is 80 (the plain mean would be 70).
  auto o = rules::judge_contest(r, {entry("A", 30, 30, 20,
                                          {{"GK1", {{"moi", 40}, {"hieu-qua", 30}, {"trinh-bay", 20}}},
                                           {"GK5", {{"moi", 5}, {"hieu-qua", 5}, {"trinh-bay", 10}}}})});
  EXPECT_DOUBLE_EQ(find(o, "A").aggregate, 80);
  EXPECT_EQ(find(o, "A").dropped, (std::vector<std::string>{"GK1", "GK5"}));
  r.aggregate = "mean";
  o = rules::judge_contest(r, {entry("A", 30, 30, 20,
                                     {{"GK1", {{"moi", 40}, {"hieu-qua", 30}, {"trinh-bay", 20}}},
                                      {"GK5", {{"moi", 5}, {"hieu-qua", 5}, {"trinh-bay", 10}}}})});
  EXPECT_DOUBLE_EQ(find(o, "A").aggregate, 70);
  // Four judges only: nothing is trimmed.
  auto r4 = jury_rules(4);
  o = rules::judge_contest(
      r4, {entry("A", 30, 30, 20, {{"GK1", {{"moi", 40}, {"hieu-qua", 30}, {"trinh-bay", 20}}}}, 4)});
  EXPECT_DOUBLE_EQ(find(o, "A").aggregate, 82.5);
  EXPECT_TRUE(find(o, "A").dropped.empty());
}

TEST(Contest, TieOnTheTotalIsBrokenByTheListedCriteriaAndDocumented) {
  auto r = jury_rules();
  // B and C both 85; B has more «Tính mới» (40 against 35).
  auto o = rules::judge_contest(
      r, {entry("A", 38, 38, 19), entry("C", 35, 35, 15), entry("B", 40, 30, 15), entry("D", 30, 30, 10)});
  ASSERT_EQ(o.ranking.size(), 4u);
  EXPECT_EQ(o.ranking[0].code, "A");
  EXPECT_EQ(o.ranking[1].code, "B");
  EXPECT_EQ(o.ranking[2].code, "C");
  EXPECT_EQ(find(o, "B").rank, 2);
  EXPECT_EQ(find(o, "C").rank, 3);
  EXPECT_FALSE(find(o, "B").tie);
  EXPECT_NE(find(o, "C").tie_note.find("“Tính mới” (40,00 so với 35,00)"), std::string::npos)
      << find(o, "C").tie_note;
  EXPECT_EQ(find(o, "A").prize, "nhat");
  EXPECT_EQ(find(o, "B").prize, "nhi");
  EXPECT_EQ(find(o, "C").prize, "ba");
  EXPECT_EQ(find(o, "D").prize, "ba");  // 70 ≥ 50: the second Giải Ba
  EXPECT_TRUE(o.complete());
}

TEST(Contest, ATieNoCriterionSettlesAtAPrizeBoundaryIsReported) {
  auto r = jury_rules();
  r.prizes[2].count = 1;  // one Giải Ba
  auto o = rules::judge_contest(
      r, {entry("A", 38, 38, 19), entry("B", 36, 36, 18), entry("C", 30, 30, 15), entry("D", 30, 30, 15)});
  EXPECT_EQ(find(o, "C").rank, 3);
  EXPECT_EQ(find(o, "D").rank, 3);
  EXPECT_TRUE(find(o, "C").tie);
  EXPECT_TRUE(find(o, "C").prize.empty());
  ASSERT_EQ(o.problems.size(), 1u);
  EXPECT_NE(o.problems[0].find("đồng hạng 3 (C, D) tại ranh giới Giải Ba"), std::string::npos)
      << o.problems[0];
}

TEST(Contest, TheJurysOrderSettlesATieTheRulesLeave) {
  auto r = jury_rules();
  r.prizes[2].count = 1;
  auto c = entry("C", 30, 30, 15), d = entry("D", 30, 30, 15);
  d.jury_order = 1;  // D before C
  c.jury_order = 2;
  auto o = rules::judge_contest(r, {entry("A", 38, 38, 19), entry("B", 36, 36, 18), c, d});
  EXPECT_TRUE(o.complete());
  EXPECT_EQ(o.ranking[2].code, "D");
  EXPECT_EQ(find(o, "D").rank, 3);
  EXPECT_EQ(find(o, "C").rank, 4);
  EXPECT_EQ(find(o, "D").prize, "ba");
  EXPECT_TRUE(find(o, "C").prize.empty());
  EXPECT_NE(find(o, "C").tie_note.find("theo quyết định của Ban giám khảo"), std::string::npos)
      << find(o, "C").tie_note;
  // An order for one entry only leaves the tie.
  c.jury_order.reset();
  o = rules::judge_contest(r, {entry("A", 38, 38, 19), entry("B", 36, 36, 18), c, d});
  EXPECT_FALSE(o.complete());
}

TEST(Contest, MissingSheetsAndRecusedJudges) {
  auto r = jury_rules();
  auto a = entry("A", 38, 38, 19);
  a.by_judge.erase("GK3");
  a.by_judge["GK4"].erase("trinh-bay");  // an incomplete sheet counts as missing
  auto b = entry("B", 30, 30, 10);
  b.by_judge.erase("GK2");
  b.recused = {"GK2"};  // GK2 works in B's unit: not missing, not counted
  auto o = rules::judge_contest(r, {a, b});
  EXPECT_EQ(find(o, "A").missing, (std::vector<std::string>{"GK3", "GK4"}));
  EXPECT_TRUE(find(o, "A").prize.empty());
  EXPECT_TRUE(find(o, "B").missing.empty());
  EXPECT_EQ(find(o, "B").totals.size(), 4u);  // four sheets: under five, no trimming
  EXPECT_DOUBLE_EQ(find(o, "B").aggregate, 70);
  EXPECT_EQ(o.problems.size(), 2u);
  EXPECT_FALSE(o.complete());
}

TEST(Contest, BelowTheMinimumNoPrize) {
  auto r = jury_rules();
  auto o = rules::judge_contest(r, {entry("A", 20, 20, 5)});
  EXPECT_DOUBLE_EQ(find(o, "A").aggregate, 45);
  EXPECT_TRUE(find(o, "A").prize.empty());
  EXPECT_TRUE(o.complete());
}

TEST(Contest, SimilarityIgnoresAccentsCaseAndFunctionWords) {
  EXPECT_DOUBLE_EQ(
      rules::text_similarity("Số hóa hồ sơ một cửa bằng mã QR", "SO HOA HO SO MOT CUA BANG MA QR"), 1.0);
  EXPECT_GT(
      rules::text_similarity("Số hóa hồ sơ một cửa bằng mã QR tại phường", "Số hóa hồ sơ một cửa bằng mã QR"),
      0.7);
  EXPECT_LT(rules::text_similarity("Tuyên truyền cải cách hành chính qua loa phát thanh",
                                   "Số hóa hồ sơ một cửa bằng mã QR"),
            0.2);
  EXPECT_DOUBLE_EQ(rules::text_similarity("", "Số hóa"), 0);
}
