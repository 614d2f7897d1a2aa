// The unit's Tờ trình with its Danh sách (form to-trinh).
#include <set>

#include "text/format.hpp"
#include "text/normalize.hpp"
#include "views/round.hpp"

namespace tdkt::views {

namespace {
// The signer's title: the user's own, else the head of a People's Committee or of a unit.
std::string unit_head(const Unit& u, const std::string& title) {
  if (!title.empty()) return text::upper(title);
  return u.name.rfind("Ủy ban nhân dân ", 0) == 0 ? "CHỦ TỊCH" : "THỦ TRƯỞNG ĐƠN VỊ";
}
}  // namespace

Json to_trinh(const ToTrinhInput& in) {
  const auto& m = *in.movement;
  Header h = header_of(in.unit, m);
  int tt = 0, cn = 0;
  std::set<std::string> awards;
  for (auto& n : in.kept) {
    (n.is_agency() ? tt : cn)++;
    awards.insert(award_name(m, n.award));
  }
  std::string award_list = join({awards.begin(), awards.end()});
  std::string symbol = "TTr-" + h.abbrev, dot = domain::round_label(in.round);
  Json j = Json::object();
  j.set("co_quan_chu_quan", S(h.chu_quan));
  j.set("co_quan_lines", arr(h.lines));
  j.set("so", S(text::doc_number(in.number, symbol)));
  j.set("dia_danh_ngay", S(in.date ? text::nd30_place_date(h.place, *in.date)
                                   : text::nd30_place_date_blank(h.place, in.draft_year)));
  const auto* first = in.kept.empty() ? nullptr : m.award(in.kept.front().award);
  j.set("kinh_gui", S(first && !first->authority.empty() ? first->authority : m.issuer.name));
  std::vector<std::string> cc = in.citations;
  cc.push_back("Căn cứ " + plan_reference(m) + ";");
  if (in.meeting_date)
    cc.push_back("Căn cứ Biên bản họp xét khen thưởng " + text::nd30_date(*in.meeting_date) + ".");
  j.set("can_cu", arr(cc));
  j.set("ky", signer(h.authority, unit_head(in.unit, in.signer_title), in.signer_name));
  // The facts the form's wording is written from (forms/to-trinh.json).
  j.set("hinh_thuc", S(award_list));
  j.set("phong_trao", S(m.name));
  j.set("dot", S(dot));
  j.set("phong_trao_dot", S(movement_in_round(m, in.round)));
  j.set("don_vi", S(in.unit.name));
  j.set("ke_hoach", S(plan_reference(m)));
  j.set("so_tap_the", S(two_digits(tt)));
  j.set("so_ca_nhan", S(two_digits(cn)));
  std::vector<std::string> summary;  // "- Tập thể: 03;" — a kind with none is left out
  if (tt) summary.push_back("Tập thể: " + two_digits(tt) + (cn ? ";" : "."));
  if (cn) summary.push_back("Cá nhân: " + two_digits(cn) + ".");
  j.set("tom_tat", arr(summary));
  j.set("doi_tuong", S(counted({{tt, "tập thể"}, {cn, "cá nhân"}})));
  Json ds = Json::object();
  ds.set("tieu_de", S("Đề nghị tặng " + award_list + " " + dot));
  ds.set("kem_theo", S(in.number && in.date ? "(Kèm theo Tờ trình số " + numbered(*in.number, symbol) + " " +
                                                  text::nd30_date(*in.date) + " của " + in.unit.name + ")"
                                            : "(Kèm theo Tờ trình của " + in.unit.name + ")"));
  ds.set("co_tien", Json::boolean(false));
  int64_t total = 0;
  ds.set("nhom", list_groups(in.kept, m, false, total));
  ds.set("tong_tien", Json::integer(0));
  j.set("danh_sach", std::move(ds));
  return j;
}

}  // namespace tdkt::views
