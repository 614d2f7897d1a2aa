// Every view's JSON for a fixed, typed input against its reviewed golden (tests/golden/views/NAME.json). The
// views are pure: no store, no clock — the inputs below are all they see. UPDATE_GOLDEN=1 rewrites the
// goldens; the review is `git diff tests/golden/views`.
#include <gtest/gtest.h>

#include <cstdlib>
#include <fstream>
#include <sstream>

#include "domain/contest.hpp"
#include "domain/movement.hpp"
#include "rules/explain.hpp"
#include "rules/legal.hpp"
#include "text/format.hpp"
#include "views/contest.hpp"
#include "views/round.hpp"

using namespace tdkt;
using core::Date;
using core::Json;

namespace {

void golden(const std::string& name, const Json& view) {
  std::string path = std::string(TDKT_SOURCE_DIR) + "/tests/golden/views/" + name + ".json";
  std::string got = core::to_json(view, 2) + "\n";
  const char* update = std::getenv("UPDATE_GOLDEN");
  if (update && std::string(update) == "1") {
    std::ofstream(path) << got;
    return;
  }
  std::ifstream in(path);
  ASSERT_TRUE(in) << path << " is missing: run with UPDATE_GOLDEN=1 and review it";
  std::stringstream want;
  want << in.rdbuf();
  EXPECT_EQ(want.str(), got) << "view " << name << " differs from " << path;
}

const domain::Movement& phu_my() {
  static const domain::Movement m = [] {
    core::Diagnostics d;
    auto x = domain::load_movement(
        std::string(TDKT_SOURCE_DIR) + "/examples/movements/004-phu-my-cchc-2021-2025.json", d);
    if (!x) throw std::runtime_error(d.to_string());
    return *x;
  }();
  return m;
}

domain::Nomination nominee(int64_t id, domain::SubjectKind k, const std::string& name,
                           const std::string& award, const std::string& unit) {
  domain::Nomination n;
  n.id = id;
  n.dossier_id = 1;
  n.subject_kind = k;
  n.subject_code = "X" + std::to_string(id);
  n.subject_name = name;
  n.position = k == domain::SubjectKind::Person ? "Công chức Văn phòng - Thống kê" : "";
  n.unit_code = "MY-DUC";
  n.unit_name = unit;
  n.award = award;
  n.stage = domain::NominationStage::KeptByUnit;
  n.unit_agree = 5;
  return n;
}

std::vector<domain::Nomination> kept() {
  return {nominee(1, domain::SubjectKind::Agency, "Ủy ban nhân dân xã Mỹ Đức", "gk-tt-hang-nam",
                  "UBND xã Mỹ Đức"),
          nominee(2, domain::SubjectKind::Person, "Dương Tấn Bình", "gk-cn-hang-nam", "UBND xã Mỹ Đức")};
}

const views::Unit kUnit{"MY-DUC", "Ủy ban nhân dân xã Mỹ Đức", "UBND huyện Phù Mỹ"};
const std::vector<std::string> kCitations = {"Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;"};

TEST(Views, PositionIsWrittenWithItsUnitOnce) {
  EXPECT_EQ(tdkt::views::position_in("Chủ tịch UBND", "Ủy ban nhân dân xã Mỹ Lộc"),
            "Chủ tịch UBND xã Mỹ Lộc");
  EXPECT_EQ(tdkt::views::position_in("Trưởng phòng", "Phòng Nội vụ"), "Trưởng phòng Nội vụ");
  EXPECT_EQ(tdkt::views::position_in("Phó Trưởng phòng", "Phòng Tư pháp"), "Phó Trưởng phòng Tư pháp");
  EXPECT_EQ(tdkt::views::position_in("Chánh Văn phòng", "Văn phòng HĐND và UBND huyện"),
            "Chánh Văn phòng HĐND và UBND huyện");
  EXPECT_EQ(tdkt::views::position_in("Công chức Văn phòng - Thống kê", "UBND xã Thanh An"),
            "Công chức Văn phòng - Thống kê xã Thanh An");
  EXPECT_EQ(tdkt::views::position_in("Chuyên viên Phòng Nội vụ", "Phòng Nội vụ"), "Chuyên viên Phòng Nội vụ");
  EXPECT_EQ(tdkt::views::position_in("", "Phòng Nội vụ"), "");
}

}  // namespace

TEST(Views, ToTrinhDraftAndNumbered) {
  views::ToTrinhInput in{&phu_my(),  "2024",           kUnit, kept(), std::nullopt, std::nullopt, 2025,
                         kCitations, Date{2025, 1, 8}, "",    ""};
  golden("to-trinh-du-thao", views::to_trinh(in));
  in.number = 3;
  in.date = Date{2025, 1, 10};
  in.signer_name = "Trần Thị Bích Vy";
  golden("to-trinh", views::to_trinh(in));
  // Its Danh sách lists collectives first, as its summary and the Quyết định do; the setting ca_nhan_truoc
  // puts individuals first.
  auto heads = [&] {
    std::string out;
    Json j = views::to_trinh(in);
    for (auto& g : j.find("danh_sach")->find("nhom")->items()) out += g.find("tieu_de")->as_string() + "; ";
    return out;
  };
  EXPECT_EQ(heads(), "I. TẬP THỂ; II. CÁ NHÂN; ");
  in.individuals_first = true;
  EXPECT_EQ(heads(), "I. CÁ NHÂN; II. TẬP THỂ; ");
}

TEST(Views, BienBanHopXet) {
  domain::Meeting m;
  m.date = "2025-01-08";
  m.chair = "Trần Thị Bích Vy";
  m.secretary = "Dương Tấn Bình";
  m.members = 5;
  m.present = 4;
  m.absences = {{"Phan Đức Định", "Đồng ý"}};
  auto noms = kept();
  noms[1].unit_agree = 2;
  noms[1].stage = domain::NominationStage::DroppedByUnit;
  golden("bien-ban-hop-xet", views::bien_ban_hop_xet({&phu_my(), "2024", kUnit, m, Date{2025, 1, 8}, noms}));
}

TEST(Views, BaoCaoThamDinhFromTheStoredStructure) {
  auto noms = kept();
  rules::Assessment a;
  a.status = rules::Status::NotMet;
  a.criteria.push_back(
      {"tt-hn-2",  // the plan's standard for a xã (kinds: xa)
       "",
       {rules::Status::NotMet,
        "đạt cả 02 điều kiện sau",
        {{rules::Status::NotMet, "PAR INDEX năm 2024 từ 70% trở lên: đạt 68,2%", {}},
         {rules::Status::NotMet,
          "Ủy ban nhân dân xã Mỹ Đức thuộc 03 vị trí đứng đầu nhóm xã, thị trấn theo PAR INDEX: "
          "năm 2024 đạt 68,2%, xếp hạng 9/12",
          {}}}},
       false});
  a.principles.push_back({rules::Status::Met, "không có đề nghị nào khác cho cùng thành tích", {}});
  noms[0].appraisal = domain::Appraisal::Ineligible;
  noms[0].appraisal_json = rules::to_json(a);
  noms[1].appraisal = domain::Appraisal::Eligible;
  rules::Assessment b;
  b.status = rules::Status::Met;
  b.criteria.push_back(
      {"cn-hn-1",
       "",
       {rules::Status::Met, "Xác nhận của xã: đã xác nhận đạt (biên bản kiểm tra của xã)", {}},
       true});
  noms[1].appraisal_json = rules::to_json(b);
  views::BaoCaoThamDinhInput in{&phu_my(),
                                "2024",
                                {"PNV", "Phòng Nội vụ", "UBND huyện Phù Mỹ"},
                                1,
                                Date{2025, 2, 15},
                                noms,
                                4,
                                1,
                                1,
                                {},
                                "",
                                "Lê Thị Hoa",
                                {"ngưỡng biểu quyết 80% chưa được xác nhận từ văn bản gốc [U]"}};
  golden("bao-cao-tham-dinh", views::bao_cao_tham_dinh(in));
}

// More eligible than the quota: the proposal names those inside it, says who is left out and why, and leaves
// a boundary tie to the council.
TEST(Views, BaoCaoThamDinhCutsAtTheQuota) {
  auto xa = [](int64_t id, const std::string& name) {
    auto n = nominee(id, domain::SubjectKind::Agency, name, "gk-tt-hang-nam", name);
    n.appraisal = domain::Appraisal::Eligible;
    return n;
  };
  std::vector<domain::Nomination> noms = {xa(1, "Ủy ban nhân dân xã Mỹ Đức"),
                                          xa(2, "Ủy ban nhân dân xã Mỹ Lộc"),
                                          xa(3, "Ủy ban nhân dân xã Mỹ Châu")};
  using P = rules::QuotaOverflow::Place;
  auto cand = [&](size_t i, double v) {
    return rules::QuotaCandidate{noms[i].subject(),     noms[i].subject_name, "gk-tt-hang-nam", "", v,
                                 text::format_value(v), "PAR INDEX năm 2024"};
  };
  rules::QuotaOverflow q{"gk-tt-hang-nam",
                         "nhóm xã, phường, thị trấn",
                         2,
                         3,
                         {},
                         "Giấy khen của Chủ tịch Ủy ban nhân dân huyện",
                         "PAR INDEX năm 2024",
                         ""};
  q.ranking = {{cand(0, 92.75), P::Fits}, {cand(1, 88.6), P::Fits}, {cand(2, 80), P::Out}};
  views::BaoCaoThamDinhInput in{&phu_my(),
                                "2024",
                                {"PNV", "Phòng Nội vụ", "UBND huyện Phù Mỹ"},
                                1,
                                Date{2025, 2, 15},
                                noms,
                                3,
                                0,
                                0,
                                {q},
                                "",
                                "Lê Thị Hoa",
                                {}};
  auto j = views::bao_cao_tham_dinh(in);
  EXPECT_EQ(j.find("doi_tuong")->as_string(), "02 tập thể");
  ASSERT_EQ(j.find("cat_so_luong")->items().size(), 1u);
  EXPECT_EQ(j.find("cat_so_luong")->items()[0].as_string(),
            "Không đề nghị 01 tập thể đủ điều kiện nhưng ngoài số lượng khen thưởng của Kế hoạch: "
            "Ủy ban nhân dân xã Mỹ Châu.");
  EXPECT_EQ(j.find("so_luong")->items()[3].as_string(),
            "3. Ủy ban nhân dân xã Mỹ Châu: 80, ngoài số lượng khen thưởng.");
  // Mỹ Lộc and Mỹ Châu tie at the boundary: one fits, the council chooses one of the two.
  q.ranking = {{cand(0, 92.75), P::Fits}, {cand(1, 88.6), P::Tie}, {cand(2, 88.6), P::Tie}};
  in.quotas = {q};
  j = views::bao_cao_tham_dinh(in);
  EXPECT_EQ(j.find("doi_tuong")->as_string(), "01 tập thể");
  EXPECT_EQ(
      j.find("kien_nghi")->items()[0].as_string(),
      "Phòng Nội vụ kính trình Hội đồng Thi đua - Khen thưởng huyện Phù Mỹ xem xét, đề nghị tặng Giấy khen "
      "của Chủ tịch Ủy ban nhân dân huyện cho 01 tập thể đủ điều kiện, trong số lượng của Kế hoạch, và cho "
      "01 trong 02 trường hợp nêu trên do Hội đồng lựa chọn./.");
  EXPECT_EQ(j.find("cat_so_luong")->items()[0].as_string(),
            "Đề nghị Hội đồng Thi đua - Khen thưởng huyện Phù Mỹ biểu quyết lựa chọn không quá 01 trong 02 "
            "trường hợp Giấy khen của Chủ tịch Ủy ban nhân dân huyện (nhóm xã, phường, thị trấn) đồng hạng ở "
            "ranh giới số lượng: Ủy ban nhân dân xã Mỹ Lộc, Ủy ban nhân dân xã Mỹ Châu.");
}

TEST(Views, BienBanHoiDongAndQuyetDinh) {
  domain::Meeting s;
  s.kind = domain::MeetingKind::Council;
  s.date = "2025-02-20";
  s.members = 5;
  s.present = 4;
  s.absences = {{"Đặng Minh Quang", "Đồng ý"}};
  std::vector<domain::CouncilMember> members = {
      {"Lê Văn Lịch", "Chủ tịch UBND huyện", domain::CouncilRole::Chair},
      {"Đặng Minh Quang", "Chánh Văn phòng", domain::CouncilRole::Member},
      {"Nguyễn Văn Thư", "", domain::CouncilRole::Secretary}};
  auto noms = kept();
  for (auto& n : noms) {
    n.council_agree = 4;
    n.council_members = 5;
    n.stage = domain::NominationStage::CouncilPassed;
  }
  noms[1].council_agree = 2;
  noms[1].stage = domain::NominationStage::CouncilFailed;
  golden("bien-ban-hoi-dong",
         views::bien_ban_hoi_dong({&phu_my(), "2024", s, Date{2025, 2, 20}, 1, members, noms,
                                   "số 01/BC-PNV ngày 15/02/2025", "Phòng Nội vụ", "Nguyễn Văn Thư"}));
  std::vector<domain::Nomination> awardees = {noms[0]};
  awardees[0].money = 1410000;
  core::Diagnostics d;  // the citations of the legal data on the decision's date
  auto legal = rules::LegalData::load(std::string(TDKT_SOURCE_DIR) + "/data/legal/legal-bases.json", {}, d);
  ASSERT_TRUE(legal) << d.to_string();
  auto citations = legal->citations("quyet_dinh", Date{2025, 2, 25});
  golden("quyet-dinh", views::quyet_dinh({&phu_my(),
                                          "2024",
                                          1,
                                          Date{2025, 2, 25},
                                          awardees,
                                          {"số 01/TTr-UBND ngày 10/01/2025 của Ủy ban nhân dân xã Mỹ Đức"},
                                          citations,
                                          1410000,
                                          "",
                                          "Lê Văn Lịch",
                                          false,
                                          "số 01/BB-HĐTĐKT ngày 20/02/2025",
                                          "số 01/BC-PNV ngày 15/02/2025",
                                          "Phòng Nội vụ",
                                          "BC-PNV"}));
}

// The Quyết định's Danh sách: collectives first (as Điều 1 names them), numbered on through both groups, or
// restarting in each group when the issuer's setting says so.
TEST(Views, QuyetDinhListOrderAndNumbering) {
  auto noms = kept();
  noms.push_back(nominee(3, domain::SubjectKind::Agency, "Ủy ban nhân dân xã Mỹ Lộc", "gk-tt-hang-nam",
                         "UBND xã Mỹ Lộc"));
  for (auto& n : noms) n.money = n.is_agency() ? 1410000 : 710000;
  auto numbers = [&](bool per_group) {
    auto j = views::quyet_dinh(
        {&phu_my(), "2024", 1, Date{2025, 2, 25}, noms, {}, {}, 3530000, "", "Lê Văn Lịch", per_group});
    std::string out;
    for (auto& g : j.find("danh_sach")->find("nhom")->items()) {
      out += g.find("tieu_de")->as_string() + ":";
      for (auto& u : g.find("don_vi")->items())
        for (auto& r : u.find("dong")->items()) out += " " + r.find("stt")->as_string();
      out += "; ";
    }
    return out;
  };
  EXPECT_EQ(numbers(false), "I. TẬP THỂ: 1 2; II. CÁ NHÂN: 3; ");
  EXPECT_EQ(numbers(true), "I. TẬP THỂ: 1 2; II. CÁ NHÂN: 1; ");
}

// Điều 3 names the finance office only when the decision pays money: the plan's own, else the level's.
TEST(Views, QuyetDinhFinanceOfficeExecutesOnlyWhenMoneyIsPaid) {
  auto noms = kept();
  auto thi_hanh = [&](int64_t total) {
    return views::quyet_dinh(
               {&phu_my(), "2024", 1, Date{2025, 2, 25}, noms, {}, {}, total, "", "Lê Văn Lịch"})
        .find("thi_hanh")
        ->as_string();
  };
  EXPECT_NE(thi_hanh(1410000).find("Trưởng phòng Nội vụ, Trưởng phòng Tài chính - Kế hoạch, Thủ trưởng"),
            std::string::npos);
  EXPECT_EQ(thi_hanh(0).find("Tài chính"), std::string::npos);
}

// A deputy signs for the head (NĐ 30/2020 Điều 13): «KT. CHỦ TỊCH» above «PHÓ CHỦ TỊCH»; an acting head
// signs «Q. CHỦ TỊCH»; the head signs alone.
TEST(Views, DeputyAndActingSigners) {
  auto ky = [](const std::string& title) {
    auto k = views::signer("TM. ỦY BAN NHÂN DÂN", title, "Lê Văn Lịch");
    return k.find("quyen_han")->as_string() + " / " + k.find("ky_thay")->as_string() + " / " +
           k.find("chuc_vu")->as_string();
  };
  EXPECT_EQ(ky("Phó Chủ tịch"), "TM. ỦY BAN NHÂN DÂN / KT. CHỦ TỊCH / PHÓ CHỦ TỊCH");
  EXPECT_EQ(ky("Quyền Chủ tịch"), "TM. ỦY BAN NHÂN DÂN /  / Q. CHỦ TỊCH");
  EXPECT_EQ(ky("Chủ tịch"), "TM. ỦY BAN NHÂN DÂN /  / CHỦ TỊCH");
  EXPECT_EQ(views::signer("KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "").find("ky_thay")->as_string(), "");
}

TEST(Views, KeHoach) {
  golden("ke-hoach", views::ke_hoach(phu_my()));
}

TEST(Views, ContestDocuments) {
  core::Diagnostics d;
  std::string root = TDKT_SOURCE_DIR;
  auto m =
      domain::load_movement(root + "/examples/movements/001-trung-luong-cuoc-thi-sang-kien-2024.json", d);
  auto r = domain::load_contest(root + "/examples/contests/trung-luong-2024.json", d);
  ASSERT_TRUE(m && r) << d.to_string();
  views::contest::Results res;
  std::vector<std::pair<std::string, std::string>> entries = {{"SK-01", "Tổ công nghệ số cộng đồng"},
                                                              {"SK-02", "Số hóa hồ sơ một cửa bằng mã QR"}};
  int i = 0;
  for (auto& [code, title] : entries) {
    domain::ContestEntry e;
    e.id = ++i;
    e.code = code;
    e.title = title;
    e.authors = {"person:TL00" + std::to_string(i)};
    e.author_names = i == 1 ? "Nguyễn Văn An" : "Lê Thị Bình";
    e.unit_code = "TL";
    res.entries.push_back(e);
    rules::EntryScores sc;
    sc.code = code;
    for (auto& j : r->judges)
      for (auto& c : r->criteria) sc.by_judge[j.name][c.id] = c.max * (i == 1 ? 0.9 : 0.7);
    res.scores.push_back(sc);
  }
  res.outcome = rules::judge_contest(*r, res.scores);
  views::contest::Context c{&*m, &*r, Date{2024, 10, 20}};
  views::contest::Award a{2, 1, 3, kCitations, {{"TL", "Ủy ban nhân dân phường Trung Lương"}}};
  golden("contest-quyet-dinh-thanh-lap", views::contest::quyet_dinh_thanh_lap(c, 1, kCitations));
  golden("contest-phieu-cham-diem", views::contest::phieu_cham_diem(c, r->judges.front(), res));
  golden("contest-bang-tong-hop-diem", views::contest::bang_tong_hop_diem(c, res));
  golden("contest-bien-ban-giam-khao", views::contest::bien_ban_giam_khao(c, res, {1, "Hội trường"}));
  golden("contest-quyet-dinh-trao-giai", views::contest::quyet_dinh_trao_giai(c, res, a));
  golden("contest-giay-chung-nhan", views::contest::giay_chung_nhan(c, res, a));
  golden("contest-to-trinh", views::contest::to_trinh_sang_kien(c, res, a));
}
