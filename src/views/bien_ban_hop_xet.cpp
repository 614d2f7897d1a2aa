// The unit's Biên bản (or Trích biên bản) họp xét (forms bien-ban-hop-xet, trich-bien-ban).
#include "text/format.hpp"
#include "views/round.hpp"
#include "workflow/nomination.hpp"

namespace tdkt::views {

namespace {
Json person(const std::string& name, const std::string& role) {
  Json p = Json::object();
  p.set("ho_ten", S(name));
  p.set("chuc_vu", S(role));
  return p;
}

Json absences(const domain::Meeting& m) {
  Json abs = Json::array();
  for (auto& [name, op] : m.absences) {
    Json r = person(name, "thành viên");
    r.set("y_kien", S(op.empty() ? "không có ý kiến" : op));
    abs.push(std::move(r));
  }
  return abs;
}

// "08:00" → "08 giờ 00 phút, " (the date follows), or "08 giờ 00 phút" at the end of a sentence; "" for none.
std::string hour_words(const std::string& hhmm, bool before_date = true) {
  if (hhmm.size() != 5) return "";
  return hhmm.substr(0, 2) + " giờ " + hhmm.substr(3, 2) + " phút" + (before_date ? ", " : "");
}

Json votes(const BienBanHopXetInput& in) {
  Json res = Json::array();
  int members = in.meeting.members;
  for (auto& n : in.nominations) {
    Json r = Json::object();
    int agree = n.unit_agree.value_or(0);
    r.set("ten", S(n.subject_name));
    r.set("hinh_thuc", S(award_name(*in.movement, n.award)));
    r.set("dong_y", Json::integer(agree));
    r.set("ty_le", S(text::format_decimal(members ? 100.0 * agree / members : 0, 2)));
    r.set("ket_luan", S(workflow::kept_by_unit(n.stage) ? "Đạt" : "Không đạt"));
    res.push(std::move(r));
  }
  return res;
}
}  // namespace

Json bien_ban_hop_xet(const BienBanHopXetInput& in) {
  const auto& m = in.meeting;
  Header h = header_of(in.unit, *in.movement);
  Json j = Json::object();
  j.set("co_quan_chu_quan", S(h.chu_quan));
  j.set("co_quan_lines", arr(h.lines));
  j.set("so", S(text::doc_number(m.number, "BB-" + h.abbrev)));
  j.set("thoi_gian_bat_dau", S(hour_words(m.starts) + text::nd30_date(in.meeting_date) + "."));
  if (!m.ends.empty())
    j.set("ket_thuc", S("Cuộc họp kết thúc vào lúc " + hour_words(m.ends, false) +
                        " cùng ngày. Biên bản đã được thông qua trước toàn thể thành viên dự họp./."));
  j.set("dia_diem", S(m.place.empty() ? "Trụ sở " + in.unit.name + "." : m.place + "."));
  j.set("thanh_vien", Json::array());
  j.set("chu_toa", person(m.chair, in.chair_position));  // a position from the unit's people, never a role
  j.set("thu_ky", person(m.secretary, in.secretary_position));
  j.set("y_kien_vang_mat", absences(m));
  j.set("tong_thanh_vien", Json::integer(m.members));
  j.set("ket_qua", votes(in));
  // The facts the form's wording is written from (forms/bien-ban-hop-xet.json, trich-bien-ban.json).
  j.set("phong_trao", S(in.movement->name));
  j.set("dot", S(domain::round_label(in.round)));
  j.set("phong_trao_dot", S(movement_in_round(*in.movement, in.round)));
  j.set("ke_hoach", S(plan_reference(*in.movement)));
  j.set("so_thanh_vien", S(two_digits(m.members)));
  j.set("so_co_mat", S(two_digits(m.present)));
  j.set("cach_tinh", S(m.written_opinions() ? " (tính cả ý kiến bằng văn bản của thành viên vắng mặt)" : ""));
  return j;
}

}  // namespace tdkt::views
