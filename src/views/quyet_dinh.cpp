// The Quyết định khen thưởng with its Danh sách and the money (form quyet-dinh).
#include <set>

#include "text/format.hpp"
#include "views/round.hpp"

namespace tdkt::views {

Json quyet_dinh(const QuyetDinhInput& in) {
  const auto& m = *in.movement;
  std::string so = numbered(in.number, "QĐ-" + m.issuer.abbrev);
  std::set<std::string> names;
  int tt = 0, cn = 0;
  for (auto& n : in.awardees) {
    names.insert(award_name(m, n.award));
    (n.is_agency() ? tt : cn)++;
  }
  std::string awards = join({names.begin(), names.end()});
  Json j = Json::object();
  j.set("co_quan_chu_quan", S(m.issuer.parent));
  j.set("co_quan_lines", arr(issuer_lines_of(m)));
  j.set("so", S("Số: " + so));
  j.set("dia_danh_ngay", S(text::nd30_place_date(m.issuer.place, in.date)));
  std::vector<std::string> cc = in.citations;
  cc.push_back("Căn cứ " + plan_reference(m) + ";");
  j.set("can_cu", arr(cc));
  j.set("ky", signer("", in.signer_title.empty() ? "CHỦ TỊCH" : in.signer_title, in.signer_name));
  // The facts the form's wording is written from (forms/quyet-dinh.json).
  j.set("hinh_thuc", S(awards));
  j.set("phong_trao", S(m.name));
  j.set("dot", S(domain::round_label(in.round)));
  j.set("phong_trao_dot", S(movement_in_round(m, in.round)));
  j.set("co_quan", S(m.issuer.name));
  j.set("to_trinh", S(join(in.submissions, "; ")));
  j.set("so_tap_the", S(two_digits(tt)));
  j.set("so_ca_nhan", S(two_digits(cn)));
  j.set("doi_tuong", S(counted({{tt, "tập thể"}, {cn, "cá nhân"}})));
  j.set("tong_tien", Json::integer(in.total));
  Json ds = Json::object();
  ds.set("tieu_de", S("Tập thể, cá nhân được tặng " + awards));
  // "của Chủ tịch Ủy ban nhân dân huyện Phù Mỹ", as running text writes the issuer (never in capitals).
  auto lines = issuer_lines_of(m);
  std::string who = !lines.empty() && lines[0] == "ỦY BAN NHÂN DÂN" && !issuer_area(m).empty()
                        ? "Chủ tịch Ủy ban nhân dân " + issuer_area(m)
                        : "Chủ tịch " + lines.back();
  ds.set("kem_theo",
         S("(Kèm theo Quyết định số " + so + " " + text::nd30_date(in.date) + " của " + who + ")"));
  ds.set("co_tien", Json::boolean(true));
  int64_t total = 0;
  ds.set("nhom", list_groups(in.awardees, m, true, total));
  ds.set("tong_tien", Json::integer(total));
  j.set("danh_sach", std::move(ds));
  return j;
}

}  // namespace tdkt::views
