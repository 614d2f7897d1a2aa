// The use-case tests' workspace (see fixture.hpp).
#include "fixture.hpp"

#include <sqlite3.h>
#include <unistd.h>

#include <fstream>
#include <sstream>

#include "core/environment.hpp"

namespace tdkt::test {

namespace fs = std::filesystem;

void AppTest::SetUp() {
  dir = fs::temp_directory_path() / ("tdkt-app-" + std::to_string(::getpid()) + "-" +
                                     ::testing::UnitTest::GetInstance()->current_test_info()->name());
  fs::remove_all(dir);
  fs::create_directories(dir);
  db = (dir / "tdkt.db").string();
}

void AppTest::TearDown() {
  fs::remove_all(dir);
}

std::unique_ptr<app::Workspace> AppTest::ws(const std::string& when, const std::string& as) {
  auto env = core::Environment::at(TDKT_SOURCE_DIR, *core::Clock::fixed(when));
  app::Session s;
  s.db_path = db;
  if (auto colon = as.find(':'); colon != std::string::npos)
    s.actor = {as.substr(colon + 1), as.substr(0, colon)};
  return std::make_unique<app::Workspace>(env, s);
}

app::Outcome AppTest::ok(app::Outcome o) {
  EXPECT_EQ(o.exit, 0) << o.diags.to_string() << o.text;
  return o;
}

void AppTest::load_phu_my() {
  std::string root = TDKT_SOURCE_DIR;
  ok(app::movement_import(*ws(), {{root + "/examples/movements/004-phu-my-cchc-2021-2025.json"}}));
  ok(app::data_import(*ws(), {root + "/examples/datasets/phu-my-2021-2025.json"}));
  auto w = ws();
  ok(app::user_add(*w, {"Trần Thị Bích Vy", "thu_truong_don_vi", "MY-DUC", ""}));
  ok(app::user_add(*w, {"Ngô Văn Khánh", "thu_truong_don_vi", "MY-LOC", ""}));
  ok(app::user_add(*w, {"Võ Thị Thu Hằng", "chuyen_vien_tham_dinh", "", ""}));
  ok(app::user_add(*w, {"Nguyễn Văn Thư", "thu_ky_hoi_dong", "", ""}));
  ok(app::user_add(*w, {"Lê Văn Lịch", "chu_tich", "", "Chủ tịch"}));
  ok(app::council_member_add(*w, {kMovement, "Lê Văn Lịch", "Chủ tịch UBND huyện", "chu_tich"}));
  ok(app::council_member_add(*w, {kMovement, "Phạm Văn Định", "Phó Chủ tịch UBND huyện", "pho_chu_tich"}));
  ok(app::council_member_add(*w, {kMovement, "Lê Thị Hoa", "Trưởng phòng Nội vụ", "uy_vien"}));
  ok(app::council_member_add(*w, {kMovement, "Đặng Minh Quang", "Chánh Văn phòng", "uy_vien"}));
  ok(app::council_member_add(*w, {kMovement, "Nguyễn Văn Thư", "Chuyên viên Phòng Nội vụ", "thu_ky"}));
}

void AppTest::draft_dossier_1() {
  ok(app::dossier_create(*ws(), {kMovement, "MY-DUC", "2024"}));
  ok(app::dossier_nominate(*ws(), {1, "gk-tt-hang-nam", "agency:MY-DUC", ""}));
  ok(app::dossier_nominate(*ws(), {1, "gk-cn-hang-nam", "person:PM026", "Phụ trách CCHC của xã"}));
  app::MeetingInput m{"2025-01-08", "", "Trần Thị Bích Vy", "Dương Tấn Bình", 5, 5, {}, {{1, 5}, {2, 4}}};
  ok(app::dossier_meeting(*ws("2025-01-08"), {1, m}));
  ok(app::dossier_act(*ws("2025-01-08", "thu_truong_don_vi:Trần Thị Bích Vy"), {1, "ghi_bien_ban", "", {}}));
  ok(app::dossier_generate(*ws("2025-01-09"), {1}));
  for (int n : {1, 2}) {
    auto f = dir / ("bao-cao-" + std::to_string(n) + ".txt");
    std::ofstream(f) << "BÁO CÁO THÀNH TÍCH — đề nghị số " << n << "\n";
    ok(app::dossier_attach(*ws("2025-01-09"), {1, n, f.string()}));
  }
}

void AppTest::dossier_1_under_appraisal() {
  ok(app::dossier_act(*ws("2025-01-10", "thu_truong_don_vi:Trần Thị Bích Vy"), {1, "trinh", "", {}}));
  for (const char* a : {"tiep_nhan", "bat_dau_tham_dinh"})
    ok(app::dossier_act(*ws("2025-01-12", "chuyen_vien_tham_dinh:Võ Thị Thu Hằng"), {1, a, "", {}}));
}

int64_t AppTest::count(const std::string& sql) {
  sqlite3* h = nullptr;
  int64_t n = -1;
  if (sqlite3_open_v2(db.c_str(), &h, SQLITE_OPEN_READONLY, nullptr) == SQLITE_OK) {
    sqlite3_stmt* st = nullptr;
    if (sqlite3_prepare_v2(h, sql.c_str(), -1, &st, nullptr) == SQLITE_OK && sqlite3_step(st) == SQLITE_ROW)
      n = sqlite3_column_int64(st, 0);
    sqlite3_finalize(st);
  }
  sqlite3_close(h);
  return n;
}

int64_t AppTest::audit_rows(const std::string& action) {
  return count("SELECT count(*) FROM audit_log WHERE action='" + action + "'");
}

std::string read_file(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

}  // namespace tdkt::test
