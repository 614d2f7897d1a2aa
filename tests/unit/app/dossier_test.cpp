// The unit's dossier through the use cases: outcomes, the rows and audit rows they write, and refusals that
// write nothing.
#include <filesystem>
#include <fstream>

#include "app/documents.hpp"
#include "core/files.hpp"
#include "fixture.hpp"
#include "rules/explain.hpp"
#include "views/round.hpp"

namespace tdkt::test {

namespace fs = std::filesystem;

TEST_F(AppTest, DossierCreateAndNominateRefuseWithoutWriting) {
  load_phu_my();
  auto o = app::dossier_create(*ws(), {kMovement, "MY-DUC", "2024"});
  ASSERT_EQ(o.exit, 0) << o.diags.to_string();
  EXPECT_EQ(o.result.find("dossier")->as_int(), 1);
  EXPECT_EQ(audit_rows("dossier_create"), 1);
  // The same unit twice in a round: a conflict, nothing written.
  EXPECT_EQ(app::dossier_create(*ws(), {kMovement, "MY-DUC", "2024"}).exit, app::kConflict);
  EXPECT_EQ(app::dossier_create(*ws(), {kMovement, "MY-DUC", "năm nay"}).exit, app::kInvalidInput);
  EXPECT_EQ(count("SELECT count(*) FROM dossiers"), 1);
  // Wrong kind of nominee, wrong round's award, someone of another unit: refused, no nomination.
  EXPECT_EQ(app::dossier_nominate(*ws(), {1, "gk-cn-hang-nam", "agency:MY-DUC", ""}).exit,
            app::kInvalidInput);
  EXPECT_EQ(app::dossier_nominate(*ws(), {1, "gk-tt-tong-ket", "agency:MY-DUC", ""}).exit,
            app::kInvalidInput);
  EXPECT_EQ(app::dossier_nominate(*ws(), {1, "gk-tt-hang-nam", "agency:MY-LOC", ""}).exit, app::kRefused);
  EXPECT_EQ(app::dossier_nominate(*ws(), {1, "gk-tt-hang-nam", "MY-DUC", ""}).exit, app::kUsage);
  EXPECT_EQ(count("SELECT count(*) FROM nominations"), 0);
  ok(app::dossier_nominate(*ws(), {1, "gk-tt-hang-nam", "agency:MY-DUC", ""}));
  EXPECT_EQ(app::dossier_nominate(*ws(), {1, "gk-tt-hang-nam", "agency:MY-DUC", ""}).exit, app::kConflict);
  EXPECT_EQ(count("SELECT count(*) FROM nominations WHERE outcome='de_nghi'"), 1);
  EXPECT_EQ(audit_rows("nominate"), 1);
}

TEST_F(AppTest, MeetingKeepsByShareOfAllMembers) {
  load_phu_my();
  ok(app::dossier_create(*ws(), {kMovement, "MY-DUC", "2024"}));
  ok(app::dossier_nominate(*ws(), {1, "gk-tt-hang-nam", "agency:MY-DUC", ""}));
  ok(app::dossier_nominate(*ws(), {1, "gk-cn-hang-nam", "person:PM026", ""}));
  // A vote missing and one above the members: nothing recorded.
  app::MeetingInput bad{"2025-01-08", "", "Trần Thị Bích Vy", "Dương Tấn Bình", 5, 5, {}, {{1, 6}}};
  auto o = app::dossier_meeting(*ws(), {1, bad});
  EXPECT_EQ(o.exit, app::kInvalidInput);
  EXPECT_EQ(o.diags.error_count(), 2u) << o.diags.to_string();
  EXPECT_EQ(count("SELECT count(*) FROM meetings"), 0);
  // A role given for a name («Thư ký: Thư ký» in the Biên bản) is refused with the option named.
  app::MeetingInput roles{"2025-01-08", "", "Chủ trì", " thư  ký", 5, 5, {}, {{1, 3}, {2, 3}}};
  o = app::dossier_meeting(*ws(), {1, roles});
  EXPECT_EQ(o.exit, app::kInvalidInput);
  EXPECT_NE(o.diags.to_string().find("«--chair»: «Chủ trì» là vai trò"), std::string::npos)
      << o.diags.to_string();
  EXPECT_NE(o.diags.to_string().find("«--secretary»"), std::string::npos) << o.diags.to_string();
  EXPECT_EQ(count("SELECT count(*) FROM meetings"), 0);
  // 3 of 5 keeps (more than half of all members), 2 of 5 drops, whoever was present.
  app::MeetingInput m{"2025-01-08", "", "Trần Thị Bích Vy", "Dương Tấn Bình", 5, 3, {}, {{1, 3}, {2, 2}}};
  o = ok(app::dossier_meeting(*ws(), {1, m}));
  EXPECT_NE(o.text.find("3/5 → giữ lại"), std::string::npos) << o.text;
  EXPECT_NE(o.text.find("2/5 → không được đề nghị"), std::string::npos) << o.text;
  EXPECT_EQ(count("SELECT count(*) FROM nominations WHERE outcome='giu'"), 1);
  EXPECT_EQ(count("SELECT count(*) FROM nominations WHERE outcome='loai'"), 1);
}

TEST_F(AppTest, GeneratedDocumentsAreKeptByContentAndPublished) {
  load_phu_my();
  draft_dossier_1();
  auto w = ws();
  auto docs = w->store().documents(1);
  ASSERT_EQ(docs.size(), 6u);  // Biên bản DOCX+PDF, Tờ trình dự thảo DOCX+PDF, two attachments
  for (auto& d : docs) {
    std::string err;
    auto bytes = w->files().read(d.blob, err);
    ASSERT_TRUE(bytes) << d.blob << ": " << err;
    EXPECT_EQ(core::sha256_hex(*bytes), d.sha256);
    EXPECT_EQ(d.blob, store::FileStore::name_for(d.sha256, fs::path(d.blob).extension().string()));
    if (d.source == domain::DocSource::Generated) {
      EXPECT_EQ(read_file(d.path), *bytes) << d.path;  // the readable copy is the same bytes
      EXPECT_FALSE(d.data_sha256.empty());
    } else {
      EXPECT_TRUE(d.path.empty());  // attachments are kept only by content
    }
  }
  EXPECT_TRUE(fs::exists(dir / "tdkt.tep" / "sha256"));
  EXPECT_EQ(audit_rows("generate"), 1);
  EXPECT_EQ(audit_rows("attach"), 2);
}

TEST_F(AppTest, SubmissionNumbersTheTorTrinhInTheUnitsSeries) {
  load_phu_my();
  draft_dossier_1();
  auto o =
      ok(app::dossier_act(*ws("2025-01-10", "thu_truong_don_vi:Trần Thị Bích Vy"), {1, "trinh", "", {}}));
  EXPECT_NE(o.text.find("(Tờ trình số 01/TTr-UBND)"), std::string::npos) << o.text;
  auto d = *ws()->store().dossier(1);
  EXPECT_EQ(d.state, domain::DossierState::DaTrinh);
  EXPECT_EQ(d.submission_number, "01/TTr-UBND");
  EXPECT_EQ(d.submission_date, "2025-01-10");
  EXPECT_EQ(count("SELECT count(*) FROM documents WHERE kind='to_trinh'"), 2);
  EXPECT_EQ(count("SELECT last FROM number_series WHERE issuer='MY-DUC' AND series='TTr' AND year=2025"), 1);
  // A stale version: a conflict, nothing written.
  int64_t rows = count("SELECT count(*) FROM audit_log");
  auto stale =
      app::dossier_act(*ws("2025-01-12", "chuyen_vien_tham_dinh:Võ Thị Thu Hằng"), {1, "tiep_nhan", "", 1});
  EXPECT_EQ(stale.exit, app::kConflict);
  EXPECT_EQ(count("SELECT count(*) FROM audit_log"), rows);
  // The unit cannot receive its own dossier: every failed guard is named.
  auto wrong =
      app::dossier_act(*ws("2025-01-12", "thu_truong_don_vi:Trần Thị Bích Vy"), {1, "tiep_nhan", "", {}});
  EXPECT_EQ(wrong.exit, app::kRefused);
  EXPECT_NE(wrong.diags.to_string().find("[vai_tro]"), std::string::npos);
  EXPECT_EQ(app::dossier_act(*ws(), {1, "bay_len", "", {}}).exit, app::kUsage);
}

TEST_F(AppTest, NominationsAreFrozenOnceSubmitted) {
  load_phu_my();
  draft_dossier_1();
  ok(app::dossier_act(*ws("2025-01-10", "thu_truong_don_vi:Trần Thị Bích Vy"), {1, "trinh", "", {}}));
  EXPECT_EQ(app::dossier_nominate(*ws(), {1, "gk-cn-hang-nam", "person:PM027", ""}).exit, app::kRefused);
  auto f = dir / "muon.txt";
  std::ofstream(f) << "x";
  EXPECT_EQ(app::dossier_attach(*ws(), {1, 1, f.string()}).exit, app::kRefused);
  EXPECT_EQ(count("SELECT count(*) FROM nominations"), 2);
  EXPECT_EQ(count("SELECT count(*) FROM documents WHERE source='attached'"), 2);
}

TEST_F(AppTest, AppraisalIsStoredAsStructureAndTheReportReadsItAsTheTextSays) {
  load_phu_my();
  draft_dossier_1();
  dossier_1_under_appraisal();
  // Only the appraising office appraises.
  EXPECT_EQ(app::dossier_appraise(*ws("2025-02-10", "thu_ky_hoi_dong:Nguyễn Văn Thư"), {{1}}).exit,
            app::kRefused);
  EXPECT_EQ(count("SELECT count(*) FROM nominations WHERE appraisal<>''"), 0);
  auto o = ok(app::dossier_appraise(*ws("2025-02-10", "chuyen_vien_tham_dinh:Võ Thị Thu Hằng"), {{1}}));
  EXPECT_EQ(audit_rows("appraise"), 1);
  auto w = ws();
  auto L = w->movement(kMovement);
  ASSERT_TRUE(L);
  int with_structure = 0;
  for (auto& n : w->store().nominations(1)) {
    ASSERT_NE(n.appraisal, domain::Appraisal::None);
    auto a = rules::assessment_from_json(n.appraisal_json);
    ASSERT_TRUE(a) << n.subject_name;
    ++with_structure;
    EXPECT_EQ(rules::explain(*a), n.appraisal_detail);  // the structure says what the text says
    // The Báo cáo thẩm định's rows: from the structure, and from the text of a row appraised before
    // migration 7.
    auto from_json = views::criterion_rows((*L)->m, n);
    auto old = n;
    old.appraisal_json = core::Json();
    EXPECT_EQ(core::to_json(from_json), core::to_json(views::criterion_rows((*L)->m, old)));
  }
  EXPECT_EQ(with_structure, 2);
  EXPECT_EQ(o.result.find("eligible")->as_int() + o.result.find("ineligible")->as_int() +
                o.result.find("to_confirm")->as_int(),
            2);
}

TEST_F(AppTest, ManualCriterionConfirmedForTheDossier) {
  load_phu_my();
  draft_dossier_1();
  dossier_1_under_appraisal();
  std::string V = "chuyen_vien_tham_dinh:Võ Thị Thu Hằng";
  ok(app::dossier_appraise(*ws("2025-02-10", V), {{1}}));
  app::NominationConfirm c;
  c.dossier = 1;
  c.criterion = "khong-co";
  EXPECT_EQ(app::nomination_confirm(*ws("2025-02-10", V), c).exit, app::kInvalidInput);
  c.criterion = "cn-hn-1";
  c.note = "xác nhận của xã";
  auto o = ok(app::nomination_confirm(*ws("2025-02-10", V), c));
  EXPECT_EQ(audit_rows("confirm"), 1);  // only the individual: the criterion is for ca_nhan
  EXPECT_EQ(count("SELECT count(*) FROM confirmations WHERE criterion='cn-hn-1' AND met=1"), 1);
  EXPECT_NE(o.text.find("cn-hn-1: đạt"), std::string::npos) << o.text;
}

}  // namespace tdkt::test
