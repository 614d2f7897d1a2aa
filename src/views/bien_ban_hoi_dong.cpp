// The Biên bản họp Hội đồng Thi đua - Khen thưởng of a round's latest sitting (form bien-ban-hoi-dong).
#include <algorithm>

#include "text/format.hpp"
#include "views/round.hpp"
#include "workflow/nomination.hpp"

namespace tdkt::views {

namespace {
using domain::CouncilRole;

bool absent(const domain::Meeting& m, const std::string& name) {
  return std::any_of(m.absences.begin(), m.absences.end(), [&](auto& ab) { return ab.first == name; });
}

Json person(const std::string& name, const std::string& role) {
  Json p = Json::object();
  p.set("ho_ten", S(name));
  p.set("chuc_vu", S(role));
  return p;
}

// The members with their place in the council, present or absent; the chair and the secretary by their role.
void members(const BienBanHoiDongInput& in, Json& j) {
  Json people = Json::array();
  Json chair, sec;
  for (auto& x : in.members) {
    std::string role = domain::label(x.role) + (x.position.empty() ? "" : " (" + x.position + ")");
    Json r = person(x.name, role);
    r.set("tham_du", S(absent(in.sitting, x.name) ? "vắng" : "có mặt"));
    people.push(std::move(r));
    if (x.role == CouncilRole::Chair)
      chair = person(x.name, (x.position.empty() ? "" : x.position + ", ") + "Chủ tịch Hội đồng");
    if (x.role == CouncilRole::Secretary)
      sec = person(x.name, x.position.empty() ? "Thư ký Hội đồng" : x.position);
  }
  if (!chair.is_object()) chair = person(in.sitting.chair, "Chủ tịch Hội đồng");
  if (!sec.is_object())
    sec = person(in.sitting.secretary.empty() ? in.secretary_fallback : in.sitting.secretary,
                 "Thư ký Hội đồng");
  j.set("thanh_vien", std::move(people));
  j.set("chu_toa", std::move(chair));
  j.set("thu_ky", std::move(sec));
}

// Only written opinions are read into the minutes.
Json written_opinions(const BienBanHoiDongInput& in) {
  Json abs = Json::array();
  for (auto& [name, op] : in.sitting.absences) {
    if (op.empty()) continue;
    std::string role = domain::label(CouncilRole::Member);
    for (auto& x : in.members)
      if (x.name == name) role = domain::label(x.role);
    Json r = person(name, role);
    r.set("y_kien", S(op));
    abs.push(std::move(r));
  }
  return abs;
}

Json results(const BienBanHoiDongInput& in) {
  Json res = Json::array();
  for (auto& n : in.voted) {
    Json r = Json::object();
    int total = n.council_members.value_or(in.sitting.members);
    r.set("ten", S(name_with_unit(n)));
    r.set("hinh_thuc", S(award_name(*in.movement, n.award)));
    r.set("dong_y", Json::integer(*n.council_agree));
    r.set("ty_le", S(text::format_decimal(total ? 100.0 * *n.council_agree / total : 0, 2)));
    r.set("ket_luan", S(workflow::passed_council(n.stage) ? "Đạt" : "Không đạt"));
    res.push(std::move(r));
  }
  return res;
}

// «có mặt: 07/07 thành viên.» or «có mặt: 08/09; vắng: 01 (Hồ Văn Tư, có ý kiến bằng văn bản).»
std::string attendance(const domain::Meeting& m) {
  std::string s = "Tổng số thành viên Hội đồng: " + two_digits(m.members) +
                  "; có mặt: " + two_digits(m.present) + "/" + two_digits(m.members) + " thành viên";
  if (m.absences.empty()) return s + ".";
  std::vector<std::string> away;
  for (auto& [name, opinion] : m.absences)
    away.push_back(name + (opinion.empty() ? ", không có ý kiến bằng văn bản" : ", có ý kiến bằng văn bản"));
  return s + "; vắng: " + two_digits(static_cast<int>(m.absences.size())) + " (" + join(away, "; ") + ").";
}

// «trên 50%» / «từ 70% … trở lên» of all members, per award when the awards voted on differ.
std::string threshold_sentence(const BienBanHoiDongInput& in) {
  auto rule = [](const BienBanHoiDongInput::VoteRule& t) {
    return (t.strict ? "trên " : "từ ") + std::to_string(t.percent) + "% tổng số thành viên Hội đồng" +
           (t.strict ? "" : " trở lên");
  };
  if (in.thresholds.empty()) return "";
  std::string with_written = in.sitting.written_opinions() ? " (kể cả ý kiến bằng văn bản)" : "";
  bool same = std::all_of(in.thresholds.begin(), in.thresholds.end(), [&](auto& t) {
    return t.percent == in.thresholds[0].percent && t.strict == in.thresholds[0].strict;
  });
  if (same)
    return " Trường hợp được đề nghị khen thưởng khi có " + rule(in.thresholds[0]) + " đồng ý" +
           with_written + ".";
  std::vector<std::string> each;
  for (auto& t : in.thresholds) each.push_back(t.award + ": " + rule(t));
  return " Trường hợp được đề nghị khen thưởng khi có số thành viên đồng ý" + with_written +
         " đạt tỷ lệ: " + join(each, "; ") + ".";
}

// What the council concludes: whom it proposes to the chairman, by name up to ten, and whom it does not.
std::vector<std::string> conclusion(const BienBanHoiDongInput& in) {
  const auto& m = *in.movement;
  // Per kind, collectives first as the Quyết định lists them: who passed and who did not.
  std::vector<std::string> passed_of[2], failed_of[2], awards;
  for (auto& n : in.voted) {
    bool ok = workflow::passed_council(n.stage);
    (ok ? passed_of : failed_of)[n.is_agency() ? 0 : 1].push_back(name_with_unit(n));
    std::string a = award_name(m, n.award);
    if (ok && std::find(awards.begin(), awards.end(), a) == awards.end()) awards.push_back(a);
  }
  // «05 tập thể (A, B, …) và 01 cá nhân (C)»; names left out past ten, the table above has them.
  auto listed = [](const std::vector<std::string>(&of)[2]) {
    std::vector<std::string> parts;
    for (int k = 0; k < 2; ++k)
      if (!of[k].empty())
        parts.push_back(two_digits(static_cast<int>(of[k].size())) + (k == 0 ? " tập thể" : " cá nhân") +
                        (of[k].size() <= 10 ? " (" + join(of[k]) + ")" : ""));
    return join(parts, " và ");
  };
  bool any = !passed_of[0].empty() || !passed_of[1].empty();
  bool none_failed = failed_of[0].empty() && failed_of[1].empty();
  std::string s = "Kết luận: ";
  if (!any)
    s += "không có trường hợp nào đạt tỷ lệ phiếu đồng ý để đề nghị khen thưởng.";
  else
    s += "Hội đồng thống nhất đề nghị Chủ tịch " + issuer_in_text(m) + " tặng " + join(awards) + " cho " +
         listed(passed_of) + ".";
  if (any && !none_failed)
    s += " Không đề nghị khen thưởng " + listed(failed_of) + " không đạt tỷ lệ phiếu đồng ý.";
  return {s};
}
}  // namespace

Json bien_ban_hoi_dong(const BienBanHoiDongInput& in) {
  const auto& m = *in.movement;
  auto lines = issuer_lines_of(m);
  Json j = Json::object();
  j.set("co_quan_chu_quan", S(lines.size() > 1 ? "UBND " + lines[1] : lines[0]));
  j.set("co_quan_lines", arr({"HỘI ĐỒNG THI ĐUA -", "KHEN THƯỞNG"}));
  j.set("so", S(text::doc_number(in.number, "BB-HĐTĐKT")));
  j.set("thoi_gian_bat_dau", S(text::nd30_date(in.sitting_date) + "."));
  j.set("dia_diem", S(in.sitting.place.empty() ? "Trụ sở Ủy ban nhân dân " + issuer_area(m) + "."
                                               : in.sitting.place + "."));
  j.set("thanh_phan", S(attendance(in.sitting)));
  members(in, j);
  std::string report = in.report.empty()
                           ? std::string("Cơ quan thẩm định báo cáo kết quả thẩm định")
                           : (in.report_by.empty() ? std::string("Cơ quan thẩm định") : in.report_by) +
                                 " trình bày Báo cáo thẩm định " + in.report;
  j.set("noi_dung", arr({report + " về hồ sơ đề nghị khen thưởng " + domain::round_label(in.round) + ".",
                         "Hội đồng thảo luận và biểu quyết từng trường hợp." + threshold_sentence(in)}));
  j.set("y_kien_vang_mat", written_opinions(in));
  j.set("tong_thanh_vien", Json::integer(in.sitting.members));
  j.set("ket_qua", results(in));
  // Written opinions are said once: in the threshold sentence when there is one, else in the form's heading.
  if (!in.thresholds.empty() || !in.sitting.written_opinions())
    j.set("ket_qua_mo_dau", S("Kết quả biểu quyết (tỷ lệ tính trên tổng số " +
                              two_digits(in.sitting.members) + " thành viên Hội đồng):"));
  j.set("ket_luan", arr(conclusion(in)));
  // The facts the form's wording is written from (forms/bien-ban-hoi-dong.json).
  j.set("hoi_dong", S(council_name(m)));
  j.set("phong_trao", S(m.name));
  j.set("dot", S(domain::round_label(in.round)));
  j.set("phong_trao_dot", S(movement_in_round(*in.movement, in.round)));
  j.set("so_thanh_vien", S(two_digits(in.sitting.members)));
  return j;
}

}  // namespace tdkt::views
