// Lists in and out and the packets through the use cases: an Excel/CSV list imported whole or not at all, the
// council workbook read back, a dossier's packet built and verified, also after the workspace was moved.
#include <zip.h>

#include <filesystem>
#include <fstream>
#include <thread>

#include "fixture.hpp"
#include "intake/sheet.hpp"

namespace tdkt::test {

namespace fs = std::filesystem;

TEST_F(AppTest, ListImportIsAllOrNothing) {
  load_phu_my();
  ok(app::dossier_create(*ws(), {kMovement, "MY-DUC", "2024"}));
  auto csv = dir / "danh-sach.csv";
  std::ofstream(csv) << "STT,Họ và tên,Hình thức đề nghị,Loại\n"
                        "1,Dương Tấn Bình,gk-cn-hang-nam,Cá nhân\n"
                        "2,Không Có Ai,gk-cn-hang-nam,Cá nhân\n"
                        "3,Ủy ban nhân dân xã Mỹ Đức,gk-tt-hang-nam,Tập thể\n";
  auto o = app::import_table(*ws(), {"nominations", csv.string(), "", "", 1, false});
  EXPECT_EQ(o.exit, app::kInvalidInput);
  EXPECT_NE(o.diags.to_string().find("dòng 3"), std::string::npos) << o.diags.to_string();
  EXPECT_NE(o.diags.to_string().find("[khong_tim_thay]"), std::string::npos);
  EXPECT_EQ(count("SELECT count(*) FROM nominations"), 0);
  // The good rows only, when asked; the marked copy flags the bad row.
  auto mark = dir / "loi.xlsx";
  o = ok(app::import_table(*ws(), {"nominations", csv.string(), "", mark.string(), 1, true}));
  EXPECT_EQ(o.result.find("imported")->as_int(), 2);
  EXPECT_EQ(count("SELECT count(*) FROM nominations WHERE outcome='de_nghi'"), 2);
  EXPECT_EQ(audit_rows("import_nominations"), 1);
  core::Diagnostics d;
  auto marked = intake::read_xlsx(mark.string(), "", d);
  ASSERT_TRUE(marked) << d.to_string();
  bool flagged = false;
  for (auto& r : marked->rows)
    for (auto& c : r.cells) flagged |= c.text.find("không có cá nhân «Không Có Ai»") != std::string::npos;
  EXPECT_TRUE(flagged);
  // The same rows again are already proposed.
  EXPECT_EQ(app::import_table(*ws(), {"nominations", csv.string(), "", "", 1, true}).exit,
            app::kInvalidInput);
}

TEST_F(AppTest, TwoColumnsOfOneMeaningAreRefusedNotTheFirstTaken) {
  load_phu_my();
  ok(app::dossier_create(*ws(), {kMovement, "MY-DUC", "2024"}));
  auto csv = dir / "hai-cot.csv";
  std::ofstream(csv) << "STT,Họ và tên,Hình thức đề nghị,Loại,Họ tên\n"
                        "1,Dương Tấn Bình,gk-cn-hang-nam,Cá nhân,Không Có Ai\n";
  auto o = app::import_table(*ws(), {"nominations", csv.string(), "", "", 1, true});
  EXPECT_EQ(o.exit, app::kInvalidInput);
  std::string all = o.diags.to_string();
  EXPECT_NE(all.find("[cot_trung]"), std::string::npos) << all;
  EXPECT_NE(all.find("cột «Họ tên» trùng nghĩa với cột B «Họ và tên»"), std::string::npos) << all;
  EXPECT_EQ(count("SELECT count(*) FROM nominations"), 0);
}

TEST_F(AppTest, TemplateListsTheMovementsAwardsForTheDossier) {
  load_phu_my();
  ok(app::dossier_create(*ws(), {kMovement, "MY-DUC", "2024"}));
  auto out = dir / "mau.xlsx";
  ok(app::import_template(*ws(), {"nominations", out.string(), 1}));
  core::Diagnostics d;
  auto t = intake::read_xlsx(out.string(), "Danh sách", d);
  ASSERT_TRUE(t) << d.to_string();
  EXPECT_EQ(t->sheets.size(), 2u);
  bool award = false;
  for (auto& r : t->rows)
    for (auto& c : r.cells) award |= c.text == "Giấy khen của Chủ tịch Ủy ban nhân dân huyện";
  EXPECT_TRUE(award);
  EXPECT_EQ(app::import_template(*ws(), {"khac", out.string(), 0}).exit, app::kUsage);
}

TEST_F(AppTest, WorkbookOfADossierReadsBack) {
  load_phu_my();
  draft_dossier_1();
  auto out = dir / "ds.xlsx";
  app::ExportWorkbook r;
  r.out = out.string();
  r.dossier = 1;
  auto o = ok(app::export_workbook(*ws(), r));
  EXPECT_EQ(o.result.find("rows")->as_int(), 2);
  core::Diagnostics d;
  auto t = intake::read_xlsx(out.string(), "Tổng hợp", d);
  ASSERT_TRUE(t) << d.to_string();
  bool total = false;
  for (auto& row : t->rows)
    for (auto& c : row.cells) total |= c.kind == intake::Cell::Kind::Formula && c.text == "2";
  EXPECT_TRUE(total);
  r.sort = "ten";
  EXPECT_EQ(app::export_workbook(*ws(), r).exit, app::kUsage);
}

TEST_F(AppTest, PacketVerifiesAndAMovedWorkspaceStillBuildsIt) {
  load_phu_my();
  draft_dossier_1();
  ok(app::dossier_act(*ws("2025-01-10", "thu_truong_don_vi:Trần Thị Bích Vy"), {1, "trinh", "", {}}));
  auto zip = dir / "hs1.zip";
  auto o = ok(app::packet_build(*ws("2025-01-10"), {"1", zip.string()}));
  EXPECT_GE(o.result.find("files")->as_int(), 7);
  ok(app::packet_verify(*ws(), {zip.string()}));
  // The workspace moved with its file folder: the packet is the same bytes (documents are read by content).
  auto moved = dir / "noi-khac";
  fs::create_directories(moved);
  fs::copy(db, moved / "tdkt.db");
  fs::copy(dir / "tdkt.tep", moved / "tdkt.tep", fs::copy_options::recursive);
  fs::remove_all(dir / "tdkt.tep");
  fs::remove_all(dir / "van-ban");  // the readable copies stayed behind
  std::string before = read_file(zip);
  db = (moved / "tdkt.db").string();
  auto again = moved / "hs1.zip";
  ok(app::packet_build(*ws("2025-01-10"), {"1", again.string()}));
  EXPECT_EQ(read_file(again), before);
  // A kept file changed on disk: refused, nothing written.
  auto w = ws();
  auto doc = w->store().documents(1).front();
  std::ofstream(w->files().absolute(doc.blob), std::ios::app) << "sửa tay";
  auto bad = moved / "hs1-sua.zip";
  EXPECT_EQ(app::packet_build(*ws("2025-01-10"), {"1", bad.string()}).exit, app::kVerifyFailed);
  EXPECT_FALSE(fs::exists(bad));
}

}  // namespace tdkt::test

namespace tdkt::test {

// One subject, one award, one round: the unit (xã Mỹ Đức) and the huyện above it both list the same person.
// Nominate refuses the second; two imports started at the same moment cannot both pass (the check runs inside
// the write transaction, and the schema's unique index stands behind it); a withdrawn dossier frees the name.
TEST_F(AppTest, ASubjectIsNominatedOnceInARoundWhateverThePath) {
  load_phu_my();
  ok(app::dossier_create(*ws(), {kMovement, "MY-DUC", "2024"}));   // 1
  ok(app::dossier_create(*ws(), {kMovement, "UBND-PM", "2024"}));  // 2
  ok(app::dossier_nominate(*ws(), {1, "gk-cn-hang-nam", "person:PM026", ""}));
  auto o = app::dossier_nominate(*ws(), {2, "gk-cn-hang-nam", "person:PM026", ""});
  EXPECT_EQ(o.exit, app::kConflict);
  EXPECT_NE(o.diags.to_string().find("trong hồ sơ số 1 của cùng đợt"), std::string::npos)
      << o.diags.to_string();
  EXPECT_EQ(count("SELECT count(*) FROM nominations"), 1);

  // The race: ten times, two imports of the same person into dossiers 1 and 2 at once.
  auto csv = dir / "mot-nguoi.csv";
  std::ofstream(csv)
      << "STT,Họ và tên,Mã,Hình thức đề nghị,Loại\n1,Phan Đức Định,PM027,gk-cn-hang-nam,Cá nhân\n";
  int both = 0;
  for (int round = 0; round < 10; ++round) {
    int exits[2] = {-1, -1};
    std::thread a([&] {
      exits[0] = app::import_table(*ws(), {"nominations", csv.string(), "", "", 1, false}).exit;
    });
    std::thread b([&] {
      exits[1] = app::import_table(*ws(), {"nominations", csv.string(), "", "", 2, false}).exit;
    });
    a.join();
    b.join();
    int passed[2] = {exits[0] == 0, exits[1] == 0};
    EXPECT_EQ(passed[0] + passed[1], 1) << "round " << round;
    // The loser is told which row, as a list error, not an SQLite failure.
    EXPECT_EQ(exits[0] + exits[1], app::kInvalidInput) << "round " << round;
    both += passed[0] && passed[1];
    ASSERT_EQ(
        count("SELECT count(*) FROM nominations n JOIN people p ON p.id=n.subject_id WHERE p.code='PM027'"),
        1);
    auto w = ws();
    w->store().exec("DELETE FROM nominations WHERE subject_id=(SELECT id FROM people WHERE code='PM027')");
  }
  EXPECT_EQ(both, 0);

  // No other writer gets around it: the schema refuses a second row.
  auto w = ws();
  EXPECT_THROW(w->store().exec("INSERT INTO nominations(dossier_id,subject_type,subject_id,award) SELECT 2,"
                               "subject_type,subject_id,award FROM nominations WHERE dossier_id=1"),
               core::Error);
  // Withdrawn, dossier 1 no longer holds the name.
  w->store().exec("UPDATE dossiers SET state='da_rut' WHERE id=1");
  ok(app::dossier_nominate(*ws(), {2, "gk-cn-hang-nam", "person:PM026", ""}));
}

}  // namespace tdkt::test
