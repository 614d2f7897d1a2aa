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

std::string attendance(const domain::Meeting& m) {
  int away = static_cast<int>(m.absences.size()), written = 0;
  for (auto& x : m.absences) written += !x.second.empty();
  return "Tổng số thành viên Hội đồng: " + two_digits(m.members) + "; có mặt: " + two_digits(m.present) +
         "; vắng: " + two_digits(away) +
         (!away     ? ""
          : written ? " (" + two_digits(written) + " có ý kiến bằng văn bản)"
                    : " (không có ý kiến bằng văn bản)") +
         ".";
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
  j.set("noi_dung",
        arr({report + " về hồ sơ đề nghị khen thưởng " + domain::round_label(in.round) + ".",
             "Hội đồng thảo luận và biểu quyết từng trường hợp; tỷ lệ tính trên tổng số thành viên "
             "Hội đồng."}));
  j.set("y_kien_vang_mat", written_opinions(in));
  j.set("tong_thanh_vien", Json::integer(in.sitting.members));
  j.set("ket_qua", results(in));
  // The facts the form's wording is written from (forms/bien-ban-hoi-dong.json).
  j.set("hoi_dong", S(council_name(m)));
  j.set("phong_trao", S(m.name));
  j.set("dot", S(domain::round_label(in.round)));
  j.set("phong_trao_dot", S(movement_in_round(*in.movement, in.round)));
  j.set("so_thanh_vien", S(two_digits(in.sitting.members)));
  return j;
}

}  // namespace tdkt::views
