// The workspace and its registry through the use cases: movements, data, users, settings, the legal data and
// the audit chain.
#include <fstream>

#include "fixture.hpp"

namespace tdkt::test {

TEST_F(AppTest, InitCreatesOnceAndReportsTheSchema) {
  auto o = ok(app::init_workspace(*ws(), {}));
  EXPECT_TRUE(o.result.find("created")->as_bool());
  EXPECT_EQ(o.result.find("schema_version")->as_int(), store::Store::latest_schema_version());
  EXPECT_FALSE(ok(app::init_workspace(*ws(), {})).result.find("created")->as_bool());
  EXPECT_EQ(audit_rows("migrate"), 1);
}

TEST_F(AppTest, OneBadMovementFileImportsNone) {
  std::string root = TDKT_SOURCE_DIR;
  auto bad = dir / "hong.json";
  std::ofstream(bad) << "{\"schema\": \"tdkt.movement/1\", \"code\": \"X\"}";
  auto o = app::movement_import(
      *ws(), {{root + "/examples/movements/004-phu-my-cchc-2021-2025.json", bad.string()}});
  EXPECT_EQ(o.exit, app::kInvalidInput);
  EXPECT_NE(o.text.find("Không nhập tệp nào"), std::string::npos);
  EXPECT_EQ(o.result.find("failed")->as_int(), 1);
  EXPECT_FALSE(std::filesystem::exists(db));  // refused before the store is even opened
  ok(app::init_workspace(*ws(), {}));
  EXPECT_EQ(app::movement_import(*ws(), {{bad.string()}}).exit, app::kInvalidInput);
  EXPECT_EQ(count("SELECT count(*) FROM movements"), 0);
  EXPECT_EQ(audit_rows("movement_import"), 0);
}

TEST_F(AppTest, MovementStatusAndShow) {
  load_phu_my();
  draft_dossier_1();
  auto o = ok(app::movement_status(*ws(), {kMovement, "2024"}));
  EXPECT_EQ(o.result.find("nominations")->as_int(), 2);
  EXPECT_EQ(o.result.find("states")->find("da_hop_xet")->as_int(), 1);
  EXPECT_EQ(o.result.find("outcomes")->find("giu")->as_int(), 2);
  EXPECT_EQ(app::movement_show(*ws(), {"KHONG-CO"}).exit, app::kNotFound);
  EXPECT_EQ(app::movement_date(*ws(), {kMovement, "2024", "khong_co", "2025-01-20"}).exit,
            app::kInvalidInput);
}

TEST_F(AppTest, UsersAreKeyedByNameAndRoleAndNamesakesAreRefused) {
  load_phu_my();
  int64_t before = audit_rows("user_add");
  auto o = app::user_add(*ws(), {"Trần Thị Bích Vy", "thu_truong_don_vi", "MY-LOC", ""});
  EXPECT_EQ(o.exit, app::kRefused);
  EXPECT_NE(o.diags.to_string().find("MY-DUC"), std::string::npos);
  EXPECT_EQ(app::user_add(*ws(), {"Ai Đó", "vai_la", "", ""}).exit, app::kInvalidInput);
  EXPECT_EQ(app::user_add(*ws(), {"Ai Đó", "can_bo_don_vi", "", ""}).exit,
            app::kInvalidInput);  // needs --unit
  EXPECT_EQ(audit_rows("user_add"), before);
  EXPECT_EQ(ok(app::user_list(*ws(), {})).result.find("users")->items().size(), 5u);
}

TEST_F(AppTest, SettingsAreCheckedBeforeTheyAreStored) {
  ok(app::init_workspace(*ws(), {}));
  EXPECT_EQ(app::config_set(*ws(), {"khong_co", "1"}).exit, app::kInvalidInput);
  EXPECT_EQ(app::config_set(*ws(), {"nguong_bieu_quyet", "50"}).exit, app::kInvalidInput);
  EXPECT_EQ(app::config_set(*ws(), {"ngay_nghi", "2025-02-30"}).exit, app::kInvalidInput);
  EXPECT_EQ(app::config_set(*ws(), {"templates_dir", (dir / "khong-co").string()}).exit, app::kInvalidInput);
  EXPECT_EQ(count("SELECT count(*) FROM settings"), 0);
  ok(app::config_set(*ws(), {"nguong_bieu_quyet", ">=80"}));
  EXPECT_EQ(ok(app::config_list(*ws(), {})).result.find("nguong_bieu_quyet")->as_string(), ">=80");
  EXPECT_EQ(count("SELECT count(*) FROM audit_log WHERE action LIKE 'setting%' OR action LIKE 'config%'"), 1);
}

TEST_F(AppTest, LegalMoneyOnTheDecisionDate) {
  auto o = ok(app::legal_money(*ws(), {"lao_dong_tien_tien", "ca_nhan", core::Date{2025, 12, 20}}));
  EXPECT_EQ(o.result.find("exact")->as_int(), 702000);
  EXPECT_EQ(o.result.find("amount")->as_int(), 710000);
  EXPECT_EQ(app::legal_money(*ws(), {"khong_co", "ca_nhan", core::Date{2025, 12, 20}}).exit, app::kNotFound);
  auto show = ok(app::legal_show(*ws(), {core::Date{2023, 6, 1}}));
  EXPECT_EQ(show.result.find("decree")->as_string(), "ND91/2017");
}

TEST_F(AppTest, AnEditedAuditRowIsFound) {
  load_phu_my();
  ok(app::audit_verify(*ws(), {}));
  auto w = ws();
  w->store().exec("DROP TRIGGER audit_log_no_update");
  w->store().exec("UPDATE audit_log SET detail='sửa tay' WHERE seq=3");
  auto o = app::audit_verify(*ws(), {});
  EXPECT_EQ(o.exit, app::kVerifyFailed);
  EXPECT_NE(o.diags.to_string().find("3"), std::string::npos);
  EXPECT_EQ(app::workspace_check(*ws(), {}).exit, app::kVerifyFailed);
}

}  // namespace tdkt::test
