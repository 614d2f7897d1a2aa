// A form's wording is data: a copy of the forms folder with one default changed, and the documents say the
// new words — rendered from a data file that leaves the field out, and generated from a workspace's dossier.
#include <zip.h>

#include <filesystem>
#include <fstream>
#include <regex>

#include "fixture.hpp"

namespace tdkt::test {

namespace fs = std::filesystem;

namespace {
// The text of word/document.xml inside a DOCX.
std::string document_xml(const std::string& docx) {
  int err = 0;
  zip_t* z = zip_open(docx.c_str(), ZIP_RDONLY, &err);
  if (!z) return "";
  std::string out;
  if (zip_file_t* f = zip_fopen(z, "word/document.xml", 0)) {
    char buf[65536];
    zip_int64_t n;
    while ((n = zip_fread(f, buf, sizeof buf)) > 0) out.append(buf, static_cast<size_t>(n));
    zip_fclose(f);
  }
  zip_discard(z);
  return out;
}

// A copy of the shipped forms with the Tờ trình's closing sentence changed.
fs::path forms_with_new_wording(const fs::path& dir) {
  auto forms = dir / "forms";
  fs::copy(fs::path(TDKT_SOURCE_DIR) / "forms", forms, fs::copy_options::recursive);
  auto p = forms / "to-trinh.json";
  std::string s = read_file(p);
  std::string from = "\"Kính trình {{ nguoi_xet }} xem xét, quyết định./.\"",
              to = "\"Kính trình Chủ tịch xem xét, khen thưởng./.\"";
  auto at = s.find(from);
  EXPECT_NE(at, std::string::npos);
  s.replace(at, from.size(), to);
  std::ofstream(p) << s;
  return forms;
}
}  // namespace

TEST_F(AppTest, AChangedDefaultChangesTheRenderedWording) {
  auto forms = forms_with_new_wording(dir);
  // The example without its closing sentence: the form's default fills it.
  std::string ex = read_file(fs::path(TDKT_SOURCE_DIR) / "forms/examples/to-trinh.json");
  ex = std::regex_replace(ex, std::regex("\\s*\"ket_thuc\": \"[^\"]*\",?"), "");
  auto data = dir / "to-trinh.json";
  std::ofstream(data) << ex;
  auto run = [&](bool edited) {
    auto env = core::Environment::at(TDKT_SOURCE_DIR, *core::Clock::fixed("2025-01-10"));
    if (edited) env.forms_dir = forms.string();
    app::Workspace w(env, {(dir / "khong-dung.db").string(), {}, {}, ""});
    app::RenderForm r;
    r.form = "to-trinh";
    r.data_file = data.string();
    r.to = "ir";
    r.out = "-";
    return app::render_form(w, r);
  };
  auto shipped = ok(run(false));
  EXPECT_NE(shipped.text.find("Kính trình Chủ tịch Ủy ban nhân dân huyện Phù Mỹ xem xét, quyết định./."),
            std::string::npos);
  auto edited = ok(run(true));
  EXPECT_NE(edited.text.find("Kính trình Chủ tịch xem xét, khen thưởng./."), std::string::npos)
      << edited.text;
  EXPECT_EQ(edited.text.find("xem xét, quyết định./."), std::string::npos);
}

TEST_F(AppTest, AChangedDefaultChangesTheGeneratedDocument) {
  load_phu_my();
  draft_dossier_1();
  auto forms = forms_with_new_wording(dir);
  auto env = core::Environment::at(TDKT_SOURCE_DIR, *core::Clock::fixed("2025-01-10"));
  env.forms_dir = forms.string();
  app::Session s;
  s.db_path = db;
  s.actor = {"Trần Thị Bích Vy", "thu_truong_don_vi"};
  app::Workspace w(env, s);
  ok(app::dossier_act(w, {1, "trinh", "", {}}));
  auto docs = ws()->store().documents(1);
  std::string docx;
  for (auto& d : docs)
    if (d.kind == "to_trinh" && d.path.size() > 5 && d.path.substr(d.path.size() - 5) == ".docx")
      docx = d.path;
  ASSERT_FALSE(docx.empty());
  std::string xml = document_xml(docx);
  EXPECT_NE(xml.find("Kính trình Chủ tịch xem xét, khen thưởng./."), std::string::npos);
  // The draft made before the change keeps the shipped wording.
  std::string draft = document_xml((dir / "van-ban" / "ho-so-1-to-trinh-du-thao.docx").string());
  EXPECT_NE(draft.find("Kính trình Chủ tịch Ủy ban nhân dân huyện Phù Mỹ xem xét, quyết định./."),
            std::string::npos);
}

}  // namespace tdkt::test
