// Movement definitions: the five examples validate; broken files get located Vietnamese errors.
#include "domain/movement.hpp"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <regex>

#include "core/files.hpp"

using namespace tdkt;
namespace fs = std::filesystem;

namespace {
std::string examples() {
  return std::string(TDKT_SOURCE_DIR) + "/examples/movements";
}
std::vector<std::string> example_files() {
  std::vector<std::string> v;
  for (auto& e : fs::directory_iterator(examples()))
    if (e.path().extension() == ".json") v.push_back(e.path().string());
  std::sort(v.begin(), v.end());
  return v;
}
// Writes a copy of an example with one textual replacement and returns its diagnostics.
core::Diagnostics broken(const std::string& from, const std::string& to,
                         const std::string& example = "002-hung-yen-dan-van-chinh-quyen-2024.json") {
  std::string err;
  auto text = core::read_file(examples() + "/" + example, err);
  EXPECT_TRUE(text) << err;
  auto pos = text->find(from);
  EXPECT_NE(pos, std::string::npos) << "pattern not in example: " << from;
  text->replace(pos, from.size(), to);
  // One folder per test: ctest runs the tests of this file as parallel processes, and a shared path let one
  // test read the other's half-written file.
  std::string dir =
      ::testing::TempDir() + "/" + ::testing::UnitTest::GetInstance()->current_test_info()->name();
  fs::create_directories(dir);
  std::string path = dir + "/broken.json";
  std::ofstream(path) << *text;
  core::Diagnostics d;
  EXPECT_FALSE(domain::load_movement(path, d)) << "expected failure after replacing " << from;
  return d;
}
}  // namespace

TEST(Movement, AllFiveSeedsValidate) {
  auto files = example_files();
  ASSERT_EQ(files.size(), 5u);
  std::set<std::string> codes;
  for (auto& f : files) {
    core::Diagnostics d;
    auto m = domain::load_movement(f, d);
    ASSERT_TRUE(m) << f << "\n" << d.to_string();
    EXPECT_EQ(d.error_count(), 0u) << d.to_string();
    EXPECT_FALSE(m->criteria.empty() && m->kind != "cuoc_thi") << f;
    EXPECT_FALSE(m->recipients.empty()) << f;
    EXPECT_FALSE(m->signer.name.empty()) << f;
    codes.insert(m->code);
  }
  EXPECT_EQ(codes.size(), 5u);
}

TEST(Movement, SeedFactsAreEncoded) {
  core::Diagnostics d;
  auto hy = domain::load_movement(examples() + "/002-hung-yen-dan-van-chinh-quyen-2024.json", d);
  ASSERT_TRUE(hy) << d.to_string();
  EXPECT_EQ(hy->document.number, 169);
  EXPECT_EQ(hy->document.date, (core::Date{2024, 11, 5}));
  EXPECT_EQ(hy->signer.authority, "TM. ỦY BAN NHÂN DÂN");
  ASSERT_TRUE(hy->award("bk-hang-nam"));
  EXPECT_EQ(hy->award("bk-hang-nam")->quota.tong, 10);
  EXPECT_EQ(hy->award("bk-tong-ket")->quota.tong, 20);
  EXPECT_TRUE(hy->award("gk-don-vi")->quota.set_by_unit);

  auto pm = domain::load_movement(examples() + "/004-phu-my-cchc-2021-2025.json", d);
  ASSERT_TRUE(pm) << d.to_string();
  EXPECT_EQ(pm->document.date, (core::Date{2022, 4, 13}));
  bool has_top3 = false, has_3_of_5 = false, has_consecutive = false;
  for (auto& c : pm->criteria) {
    if (!c.rule) continue;
    std::string spec = core::to_json(c.rule->spec, -1);
    has_top3 |= spec.find("\"rank_top\"") != std::string::npos && spec.find("\"n\":3") != std::string::npos;
    has_3_of_5 |= spec.find("\"years_meeting\"") != std::string::npos &&
                  spec.find("\"at_least\":3") != std::string::npos;
    has_consecutive |= spec.find("\"consecutive_years\"") != std::string::npos;
  }
  EXPECT_TRUE(has_top3);
  EXPECT_TRUE(has_3_of_5);
  EXPECT_TRUE(has_consecutive);
  ASSERT_EQ(pm->deadlines.size(), 3u);
  EXPECT_EQ(pm->deadlines[0].month, 1);
  EXPECT_EQ(pm->deadlines[0].day, 31);
}

TEST(Movement, Seed004IsWrittenInCorrectVietnamese) {
  std::string err;
  auto text = core::read_file(examples() + "/004-phu-my-cchc-2021-2025.json", err);
  ASSERT_TRUE(text);
  // The OCR source has "Phit My", "huyén", "Gidy khen": none of that may survive.
  for (const char* ocr : {"Phit", "huyén", "Gidy", "Poc", "cai cach hanh chinh", "ndm", "ctia"})
    EXPECT_EQ(text->find(ocr), std::string::npos) << ocr;
  EXPECT_NE(text->find("cải cách hành chính"), std::string::npos);
  EXPECT_NE(text->find("Lê Văn Lịch"), std::string::npos);
}

TEST(Movement, BrokenFilesGetLocatedVietnameseErrors) {
  struct Case {
    std::string from, to, expect;
  };
  std::vector<Case> cases = {
      {"\"number\": 169", "\"number\": \"169\"",
       "trường «document.number»: phải là số nguyên, nhưng là chuỗi"},
      {"\"date\": \"2024-11-05\"", "\"date\": \"2024-11-31\"",
       "trường «document.date»: ngày «2024-11-31» không hợp lệ"},
      {"\"scope\": \"giai_doan\"", "\"scope\": \"nam\"", "trường «scope»: giá trị «nam» không hợp lệ"},
      {"\"authority\": \"TM. ỦY BAN NHÂN DÂN\"", "\"authority\": \"THAY MẶT\"",
       "trường «signer.authority»: quyền hạn ký phải bắt đầu bằng TM."},
      {"\"awards\": [\"bk-hang-nam\"", "\"awards\": [\"bk-nam\"",
       "hình thức «bk-nam» chưa khai báo trong «awards»"},
      {"\"recipients\"", "\"recipient\"",
       "trường «recipient»: trường không được hỗ trợ (gợi ý: có phải ý bạn là «recipients»?)"},
      {"\"code\": \"HY-DVCQ-2024\"", "\"code\": \"HY DVCQ\"", "trường «code»: mã chỉ gồm chữ không dấu"},
  };
  for (auto& c : cases) {
    auto d = broken(c.from, c.to);
    std::string all = d.to_string();
    EXPECT_NE(all.find(c.expect), std::string::npos) << "replacing " << c.from << ":\n" << all;
    // every error carries file:line:col
    EXPECT_TRUE(std::regex_search(all, std::regex("broken\\.json:[0-9]+:[0-9]+: lỗi: "))) << all;
  }
}

TEST(Movement, RuleErrorsNameTheCriterion) {
  auto d = broken("\"metric\": \"par_index\", \"op\": \">=\", \"value\": 70, \"from\": 2021",
                  "\"metric\": \"par\", \"op\": \"=>\", \"value\": 70, \"from\": 2021",
                  "004-phu-my-cchc-2021-2025.json");
  std::string all = d.to_string();
  EXPECT_NE(all.find("chỉ số «par» chưa được khai báo trong «metrics»"), std::string::npos) << all;
  EXPECT_NE(all.find(".rule.op»: giá trị «=>» không hợp lệ"), std::string::npos) << all;
  EXPECT_TRUE(std::regex_search(all, std::regex("criteria\\[[0-9]+\\]\\.rule"))) << all;
}

// The plan's ranking rule at a quota: read from seed 000, and refused with its path when it names an
// undeclared metric or one of the other subject.
TEST(Movement, QuotaRankingIsReadAndChecked) {
  core::Diagnostics ok;
  auto m = domain::load_movement(examples() + "/000-hon-quan-cchc-2024.json", ok);
  ASSERT_TRUE(m) << ok.to_string();
  const auto& q = m->awards.at(0).quota;
  EXPECT_EQ(q.ranking.at("tap_the"), "ket_qua_cchc");
  EXPECT_EQ(q.ranking.at("ca_nhan"), "ket_qua_cchc_ca_nhan");
  EXPECT_EQ(q.ranking_text.rfind("Căn cứ kết quả thực hiện nhiệm vụ cải cách hành chính", 0), 0u);
  const std::string file = "000-hon-quan-cchc-2024.json";
  std::string all = broken("\"tap_the\": \"ket_qua_cchc\"", "\"tap_the\": \"diem\"", file).to_string();
  EXPECT_NE(all.find("quota.ranking.metrics.tap_the»: chỉ số xếp thứ tự chưa được khai báo"),
            std::string::npos)
      << all;
  all = broken("\"tap_the\": \"ket_qua_cchc\"", "\"tap_the\": \"ket_qua_cchc_ca_nhan\"", file).to_string();
  EXPECT_NE(all.find("không phải chỉ số của tập thể"), std::string::npos) << all;
  all = broken("\"tap_the\": \"ket_qua_cchc\"", "\"xa\": \"ket_qua_cchc\"", file).to_string();
  EXPECT_NE(all.find("đối tượng «xa» không hợp lệ"), std::string::npos) << all;
}

TEST(Movement, SyntaxErrorPointsAtLineAndColumn) {
  std::string path = ::testing::TempDir() + "/syntax.json";
  std::ofstream(path)
      << "{\n  \"schema\": \"tdkt.movement/1\",\n  \"code\": \"X\"\n  \"kind\": \"phong_trao\"\n}";
  core::Diagnostics d;
  EXPECT_FALSE(domain::load_movement(path, d));
  EXPECT_NE(
      d.to_string().find(
          "syntax.json:4:3: lỗi: JSON không hợp lệ: thiếu dấu «,» hoặc «}» sau giá trị của trường «code»"),
      std::string::npos)
      << d.to_string();
}

TEST(Movement, InvalidUtf8IsRefusedWithPosition) {
  std::string path = ::testing::TempDir() + "/latin1.json";
  std::ofstream(path) << "{\n  \"name\": \"Ph\xFA M\xFD\"\n}";
  core::Diagnostics d;
  EXPECT_FALSE(domain::load_movement(path, d));
  EXPECT_NE(d.to_string().find("latin1.json:2:14: lỗi: văn bản không phải UTF-8 hợp lệ"), std::string::npos)
      << d.to_string();
}
