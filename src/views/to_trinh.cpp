// The unit's Tờ trình with its Danh sách (form to-trinh).
#include <set>

#include "text/format.hpp"
#include "text/normalize.hpp"
#include "views/round.hpp"

namespace tdkt::views {

namespace {
// Whom the Tờ trình goes to, named: "Chủ tịch UBND huyện" in a plan reads "Chủ tịch Ủy ban nhân dân huyện
// Hớn Quản" in the letter.
std::string addressee(const domain::Movement& m, const std::string& authority) {
  std::string area = issuer_area(m);
  if (authority.empty() || area.empty()) return authority.empty() ? m.issuer.name : authority;
  for (const std::string bare : {" huyện", " tỉnh", " thành phố", " thị xã", " xã", " phường", " quận"})
    if (authority.size() > bare.size() &&
        authority.compare(authority.size() - bare.size(), bare.size(), bare) == 0)
      return authority.rfind("Chủ tịch", 0) == 0
                 ? "Chủ tịch " + issuer_in_text(m)
                 : authority.substr(0, authority.size() - bare.size()) + " " + area;
  return authority;
}

// The office a plan routes dossiers through, in its own words: "(qua Phòng Nội vụ)" in the deadline for
// submitting, or "gửi về phòng Nội vụ"; "" when it names none or the writer is that office.
std::string routed_through(const domain::Movement& m, const std::string& writer) {
  for (auto& d : m.deadlines) {
    if (d.applies_to != "nop_ho_so") continue;
    std::string office;
    if (size_t a = d.text.find("(qua "); a != std::string::npos) {
      size_t b = d.text.find(')', a);
      if (b != std::string::npos) office = d.text.substr(a + 5, b - a - 5);
    } else if (size_t g = d.text.find("gửi về phòng "); g != std::string::npos) {
      office = d.text.substr(g + std::string("gửi về ").size());
      office = office.substr(0, office.find_first_of("(.,;"));
      while (!office.empty() && office.back() == ' ') office.pop_back();
    }
    if (office.empty()) continue;
    office = text::upper_first(office);
    if (writer.rfind(office, 0) == 0) return "";
    return office;
  }
  // No routing in the deadlines: the plan's Nội vụ office, which appraises the dossiers, receives them.
  for (auto& r : m.responsible)
    if (r.find("Nội vụ") != std::string::npos) return writer.rfind(r, 0) == 0 ? "" : r;
  return "";
}
// What «gồm:» announces: per kind, its count and — for up to three — who («- 01 tập thể: Ủy ban nhân dân xã
// Thanh An;», «- 02 cá nhân: Nguyễn Văn A, Chủ tịch …; Trần Thị B, ….»); more are in the Danh sách. A kind
// with none is left out.
std::vector<std::string> summary_lines(const std::vector<domain::Nomination>& kept, int tt, int cn) {
  std::vector<std::string> out;
  for (bool agency : {true, false}) {
    int count = agency ? tt : cn;
    if (!count) continue;
    std::string line = two_digits(count) + (agency ? " tập thể" : " cá nhân");
    if (count <= 3) {
      std::vector<std::string> who;
      for (auto& n : kept)
        if (n.is_agency() == agency)
          who.push_back(n.subject_name +
                        (agency || n.position.empty() ? "" : ", " + position_in(n.position, n.unit_name)));
      line += ": " + join(who, agency ? ", " : "; ");  // a person's entry has its own commas
    }
    out.push_back(line);
  }
  for (size_t i = 0; i < out.size(); ++i) out[i] += i + 1 == out.size() ? "." : ";";
  return out;
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
  std::string to = addressee(m, first ? first->authority : ""), via = routed_through(m, in.unit.name);
  j.set("kinh_gui", S(via.empty() ? to : to + " (qua " + via + ")"));
  if (!via.empty()) j.set("noi_nhan", arr({"Như trên;", via + ";", "Lưu: VT."}));
  j.set("nguoi_xet", S(to));
  std::vector<std::string> cc = in.citations;
  cc.push_back("Căn cứ " + plan_citation(m) + ";");
  if (in.meeting_date)
    cc.push_back("Căn cứ Biên bản họp xét khen thưởng " +
                 (in.meeting_number ? "số " + numbered(*in.meeting_number, "BB-" + h.abbrev) + " " : "") +
                 text::nd30_date(*in.meeting_date) + " của " + in.unit.name + ".");
  j.set("can_cu", arr(cc));
  j.set("ky", signer(h.authority, head_title(in.unit.name, in.signer_title), in.signer_name));
  // The facts the form's wording is written from (forms/to-trinh.json).
  j.set("hinh_thuc", S(award_list));
  j.set("phong_trao", S(m.name));
  j.set("dot", S(dot));
  j.set("phong_trao_dot", S(movement_in_round(m, in.round)));
  j.set("don_vi", S(in.unit.name));
  j.set("ke_hoach", S(plan_reference(m)));
  j.set("so_tap_the", S(two_digits(tt)));
  j.set("so_ca_nhan", S(two_digits(cn)));
  j.set("tom_tat", arr(summary_lines(in.kept, tt, cn)));
  j.set("doi_tuong", S(counted({{tt, "tập thể"}, {cn, "cá nhân"}})));
  j.set("loai_doi_tuong", S(kinds_of(tt, cn)));
  // A People's Committee launches the movement in its area; an office carries it out within itself.
  bool committee = in.unit.name.rfind("Ủy ban nhân dân", 0) == 0;
  j.set("trien_khai", S(committee ? "tổ chức phát động, triển khai phong trào thi đua"
                                  : "quán triệt, triển khai thực hiện phong trào thi đua trong cơ quan"));
  Json ds = Json::object();
  ds.set("tieu_de", S("Đề nghị tặng " + award_list + " " + dot));
  ds.set("kem_theo", S(in.number && in.date ? "(Kèm theo Tờ trình số " + numbered(*in.number, symbol) + " " +
                                                  text::nd30_date(*in.date) + " của " + in.unit.name + ")"
                                            : "(Kèm theo Tờ trình của " + in.unit.name + ")"));
  ds.set("co_tien", Json::boolean(false));
  int64_t total = 0;
  ds.set("nhom", list_groups(in.kept, m, false, total, {!in.individuals_first, true}));
  ds.set("tong_tien", Json::integer(0));
  j.set("danh_sach", std::move(ds));
  return j;
}

}  // namespace tdkt::views
