// Legal data by date: decree in force, base salary, money with round-up, unconfirmed values and overrides.
#include "rules/legal.hpp"

#include <gtest/gtest.h>

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
