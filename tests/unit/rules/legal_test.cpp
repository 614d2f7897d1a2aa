// Legal data by date: decree in force, base salary, money with round-up, unconfirmed values and overrides.
#include "rules/legal.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <fstream>

using namespace tdkt;
using core::Date;

namespace {
rules::LegalData load(const std::vector<std::string>& overrides = {}) {
  core::Diagnostics d;
  auto L =
      rules::LegalData::load(std::string(TDKT_SOURCE_DIR) + "/data/legal/legal-bases.json", overrides, d);
  EXPECT_TRUE(L) << d.to_string();
  return *L;
}
}  // namespace

TEST(Legal, DecreeInForceByDate) {
  auto L = load();
  EXPECT_EQ(L.decree_on({2022, 4, 13})->code, "ND91/2017");  // seed 004
  EXPECT_EQ(L.decree_on({2023, 12, 31})->code, "ND91/2017");
  EXPECT_EQ(L.decree_on({2024, 1, 1})->code, "ND98/2023");
  EXPECT_EQ(L.decree_on({2024, 11, 5})->code, "ND98/2023");  // seed 002
  EXPECT_EQ(L.decree_on({2025, 6, 30})->code, "ND98/2023");
  EXPECT_EQ(L.decree_on({2025, 7, 1})->code, "ND152/2025");
  EXPECT_EQ(L.decree_on({2010, 1, 1}), nullptr);
}

TEST(Legal, BaseSalaryByDateIgnoresUnconfirmed) {
  auto L = load();
  EXPECT_EQ(L.base_salary_on({2024, 6, 30})->amount, 1800000);
  EXPECT_EQ(L.base_salary_on({2024, 7, 1})->amount, 2340000);
  // The 2.530.000 đ value from 01/7/2026 is marked [U] and inactive by default.
  EXPECT_EQ(L.base_salary_on({2026, 11, 21})->amount, 2340000);
}

TEST(Legal, MoneyRoundsUpToTenThousand) {
  auto L = load();
  std::string err;
  struct Case {
    const char* award;
    const char* subject;
    Date date;
    int64_t exact, rounded;
  };
  Case cases[] = {
      {"lao_dong_tien_tien", "ca_nhan", {2025, 12, 20}, 702000, 710000},
      {"tap_the_lao_dong_tien_tien", "tap_the", {2025, 12, 20}, 1872000, 1880000},
      {"giay_khen", "tap_the", {2025, 12, 20}, 1404000, 1410000},
      {"bang_khen_tinh", "ca_nhan", {2025, 12, 20}, 3510000, 3510000},
      {"bang_khen_thu_tuong", "ca_nhan", {2025, 12, 20}, 8190000, 8190000},
      {"chien_si_thi_dua_co_so", "ca_nhan", {2025, 12, 20}, 2340000, 2340000},
      {"giay_khen_chu_tich_xa", "ca_nhan", {2025, 3, 1}, 351000, 360000},  // 0,15 under NĐ 98/2023
      {"giay_khen_chu_tich_xa", "ca_nhan", {2024, 3, 1}, 270000, 270000},  // base 1.800.000 before 01/7/2024
  };
  for (auto& c : cases) {
    auto m = L.money(c.award, c.subject, c.date, err);
    ASSERT_TRUE(m) << c.award << ": " << err;
    EXPECT_EQ(m->exact, c.exact) << c.award;
    EXPECT_EQ(m->rounded, c.rounded) << c.award;
  }
  EXPECT_EQ(rules::round_up(1112000, 10000), 1120000);  // Ban TĐKT TW examples
  EXPECT_EQ(rules::round_up(834000, 10000), 840000);
}

TEST(Legal, MoneyRefusesWhatTheDataDoesNotCover) {
  auto L = load();
  std::string err;
  EXPECT_FALSE(
      L.money("giay_khen_chu_tich_huyen", "ca_nhan", {2025, 8, 1}, err));  // no district level any more
  EXPECT_NE(err.find("chỉ áp dụng đến ngày 30/06/2025"), std::string::npos) << err;
  EXPECT_FALSE(L.money("khong_co", "ca_nhan", {2025, 8, 1}, err));
  auto m = L.money("giay_khen_chu_tich_huyen", "ca_nhan", {2024, 12, 1}, err);
  ASSERT_TRUE(m) << err;
  EXPECT_FALSE(m->warnings.empty());  // 0,3 under NĐ 98/2023 is marked [U]
}

TEST(Legal, OverrideActivatesAValueAndReplacesByKey) {
  std::string path = ::testing::TempDir() + "/override.json";
  std::ofstream(path) << R"({"schema": "tdkt.legal/1", "base_salary": [
    {"from": "2026-07-01", "amount": 2530000, "basis": "NĐ 161/2026/NĐ-CP", "confidence": "V", "active": true}]})";
  auto L = load({path});
  EXPECT_EQ(L.base_salary_on({2026, 11, 21})->amount, 2530000);
  std::string err;
  EXPECT_EQ(L.money("lao_dong_tien_tien", "ca_nhan", {2026, 11, 21}, err)->rounded,
            760000);                   // 759.000 → 760.000
  EXPECT_EQ(L.salaries().size(), 4u);  // replaced, not added (1.490.000, 1.800.000, 2.340.000, 2.530.000)
}

TEST(Legal, BadOverrideIsReportedWithLocation) {
  std::string path = ::testing::TempDir() + "/bad-override.json";
  std::ofstream(path) << "{\"schema\": \"tdkt.legal/1\",\n \"awards\": [{\"code\": \"x\", \"name\": \"X\", "
                         "\"kind\": \"danh_hieu\",\n"
                         "  \"coefficients\": [{\"basis\": \"ND152/2025\", \"subject\": \"ca_nhan\", "
                         "\"value\": \"0,3x\", \"confidence\": \"S\"}]}]}";
  core::Diagnostics d;
  auto L = rules::LegalData::load(std::string(TDKT_SOURCE_DIR) + "/data/legal/legal-bases.json", {path}, d);
  EXPECT_FALSE(L);
  EXPECT_NE(d.to_string().find("bad-override.json:3:"), std::string::npos) << d.to_string();
  EXPECT_NE(d.to_string().find("awards[1].coefficients[1].value"), std::string::npos) << d.to_string();
}

// The texts a Quyết định cites on its date, one test per period the legal data holds. The expected lines are
// written from shared/domain/legal-reference.md §0 (numbers, dates, issuers), not read from the data file.
namespace {
const char* kLaw2022 = "Căn cứ Luật Thi đua, khen thưởng số 06/2022/QH15 ngày 15 tháng 6 năm 2022;";
const char* kNd91 =
    "Căn cứ Nghị định số 91/2017/NĐ-CP ngày 31 tháng 7 năm 2017 của Chính phủ quy định chi tiết "
    "thi hành một số điều của Luật Thi đua, khen thưởng;";
const char* kNd98 =
    "Căn cứ Nghị định số 98/2023/NĐ-CP ngày 31 tháng 12 năm 2023 của Chính phủ quy định chi tiết "
    "thi hành một số điều của Luật Thi đua, khen thưởng;";
const char* kNd152 =
    "Căn cứ Nghị định số 152/2025/NĐ-CP ngày 14 tháng 6 năm 2025 của Chính phủ quy định chi tiết "
    "thi hành một số điều của Luật Thi đua, khen thưởng;";
bool mentions(const std::vector<std::string>& lines, const std::string& what) {
  return std::any_of(lines.begin(), lines.end(), [&](auto& l) { return l.find(what) != std::string::npos; });
}
// "Căn cứ Luật Tổ chức chính quyền địa phương số N/YYYY/QHnn ngày D tháng M năm YYYY…" — cited in full.
bool local_government_law_in_full(const std::string& line) {
  return line.rfind("Căn cứ Luật Tổ chức chính quyền địa phương số ", 0) == 0 &&
         line.find("/QH") != std::string::npos && line.find(" ngày ") != std::string::npos &&
         line.find(" tháng ") != std::string::npos && line.back() == ';';
}
}  // namespace

TEST(LegalByDate, DecisionOf2023CitesTheOldLawAndDecree91) {  // seed 003's decision, 30/01/2023
  auto L = load();
  auto c = L.citations("quyet_dinh", {2023, 1, 30});
  ASSERT_EQ(c.size(), 3u);
  EXPECT_TRUE(local_government_law_in_full(c[0])) << c[0];
  EXPECT_NE(c[1].find("Luật Thi đua, khen thưởng số 15/2003/QH11"), std::string::npos) << c[1];
  EXPECT_EQ(c[2], kNd91);
  EXPECT_FALSE(mentions(c, "06/2022/QH15")) << "in force only from 01/01/2024";
  EXPECT_FALSE(mentions(c, "98/2023"));
  // The old law and the local government law are not in the reference: the reader is told.
  auto notes = L.citation_notes("quyet_dinh", {2023, 1, 30});
  EXPECT_TRUE(mentions(notes, "15/2003/QH11")) << notes.size();
  EXPECT_TRUE(mentions(notes, "[U]"));
}

TEST(LegalByDate, LastDayOfDecree91AndFirstOfTheNewLaw) {
  auto L = load();
  auto before = L.citations("quyet_dinh", {2023, 12, 31});
  EXPECT_EQ(before.back(), kNd91);
  EXPECT_FALSE(mentions(before, "06/2022/QH15"));
  auto after = L.citations("quyet_dinh", {2024, 1, 1});
  ASSERT_EQ(after.size(), 3u);
  EXPECT_EQ(after[1], kLaw2022);
  EXPECT_EQ(after[2], kNd98);
}

TEST(LegalByDate, DecisionsUnderDecree98) {  // seeds 000 (10/01/2025) and 004 (20/02/2025); 30/6/2025
  auto L = load();
  for (Date d : {Date{2025, 1, 10}, Date{2025, 2, 20}, Date{2025, 4, 15}, Date{2025, 6, 30}}) {
    auto c = L.citations("quyet_dinh", d);
    ASSERT_EQ(c.size(), 3u) << d.dmy();
    EXPECT_TRUE(local_government_law_in_full(c[0])) << c[0];
    EXPECT_EQ(c[1], kLaw2022) << d.dmy();
    EXPECT_EQ(c[2], kNd98) << d.dmy();
  }
  // The local government law changed within the period (2015 as amended in 2019, then 2025): one text each
  // day.
  EXPECT_NE(L.citations("quyet_dinh", {2025, 2, 20})[0], L.citations("quyet_dinh", {2025, 4, 15})[0]);
}

TEST(LegalByDate, DecisionsUnderDecree152) {  // seed 002's decision, 20/01/2026
  auto L = load();
  for (Date d : {Date{2025, 7, 1}, Date{2026, 1, 20}}) {
    auto c = L.citations("quyet_dinh", d);
    ASSERT_EQ(c.size(), 3u) << d.dmy();
    EXPECT_TRUE(local_government_law_in_full(c[0])) << c[0];
    EXPECT_EQ(c[1], kLaw2022);
    EXPECT_EQ(c[2], kNd152);
    EXPECT_FALSE(mentions(c, "91/2017") || mentions(c, "98/2023"));
  }
  // The two-tier local government law that came with 01/7/2025 is not the one of the day before.
  EXPECT_NE(L.citations("quyet_dinh", {2025, 7, 1})[0], L.citations("quyet_dinh", {2025, 6, 30})[0]);
  // A Tờ trình cites the law and the decree, without the local government law.
  EXPECT_EQ(L.citations("to_trinh", {2026, 1, 5}), (std::vector<std::string>{kLaw2022, kNd152}));
}

TEST(LegalByDate, UnconfirmedAmendmentOf2026IsNamedButNotCitedUntilTurnedOn) {
  auto L = load();
  Date d{2026, 12, 3};
  auto c = L.citations("quyet_dinh", d);
  ASSERT_EQ(c.size(), 3u);
  EXPECT_EQ(c[1], kLaw2022);
  EXPECT_FALSE(mentions(c, "06/2026/QH16"));
  EXPECT_TRUE(mentions(L.citation_notes("quyet_dinh", d), "06/2026/QH16"));
  EXPECT_FALSE(mentions(L.citation_notes("quyet_dinh", {2026, 9, 30}), "06/2026/QH16"));  // not yet in force
  std::string path = ::testing::TempDir() + "/law-2026.json";
  std::ofstream(path) << R"({"schema": "tdkt.legal/1", "laws": [{"code": "LTDKT2022-2026",
    "name": "Luật sửa đổi, bổ sung một số điều của Luật Thi đua, khen thưởng số 06/2026/QH16",
    "citation": "Căn cứ Luật Thi đua, khen thưởng số 06/2022/QH15 ngày 15 tháng 6 năm 2022; Luật số 06/2026/QH16;",
    "from": "2026-10-01", "confidence": "V"}]})";
  auto on = load({path});
  EXPECT_TRUE(mentions(on.citations("quyet_dinh", d), "06/2026/QH16"));
  EXPECT_EQ(on.citations("quyet_dinh", {2026, 9, 30})[1], kLaw2022);
  EXPECT_FALSE(mentions(on.citation_notes("quyet_dinh", d), "06/2026/QH16"));
}

TEST(LegalByDate, TwoTextsOfAFamilyFromOneDayOrAnUnknownFamilyAreRefused) {
  std::string path = ::testing::TempDir() + "/laws-bad.json";
  std::ofstream(path) << R"({"schema": "tdkt.legal/1", "laws": [{"code": "X", "name": "Luật X",
    "citation": "Căn cứ Luật X;", "from": "2024-01-01", "confidence": "V"}],
    "citations": {"quyet_dinh": ["{law:khong_co}", "{law}"]}})";
  core::Diagnostics d;
  auto L = rules::LegalData::load(std::string(TDKT_SOURCE_DIR) + "/data/legal/legal-bases.json", {path}, d);
  EXPECT_FALSE(L);
  EXPECT_NE(d.to_string().find("LTDKT2022 và X"), std::string::npos) << d.to_string();
  EXPECT_NE(d.to_string().find("{law:khong_co}"), std::string::npos) << d.to_string();
}
