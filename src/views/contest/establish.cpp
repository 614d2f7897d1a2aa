// Quyết định thành lập Ban tổ chức, Ban giám khảo và Tổ thư ký (form quyet-dinh-thanh-lap).
#include "text/format.hpp"
#include "text/normalize.hpp"
#include "views/contest/shared.hpp"

namespace tdkt::views::contest {

namespace {
Json bodies(const domain::ContestRules& r) {
  Json bans = Json::array();
  for (auto& [name, body] : std::vector<std::pair<std::string, const std::vector<domain::BodyMember>*>>{
           {"I. BAN TỔ CHỨC", &r.organisers},
           {"II. BAN GIÁM KHẢO", &r.judges},
           {"III. TỔ THƯ KÝ", &r.secretaries}}) {
    if (body->empty()) continue;
    Json b = Json::object();
    b.set("ten", S(name));
    Json tv = Json::array();
    for (auto& x : *body) {
      Json row = Json::object();
      row.set("ho_ten", S(x.name));
      row.set("chuc_vu", S(x.position));
      row.set("nhiem_vu", S(x.role));
      tv.push(std::move(row));
    }
    b.set("thanh_vien", std::move(tv));
    bans.push(std::move(b));
  }
  return bans;
}
}  // namespace

Json quyet_dinh_thanh_lap(const Context& c, int number, const std::vector<std::string>& citations) {
  const auto& m = *c.movement;
  std::string symbol = "QĐ-" + m.issuer.abbrev, cuoc_thi = contest_name(m);
  Json j = header_issuer(m, text::doc_number(number, symbol), text::nd30_place_date(m.issuer.place, c.date));
  j.set("tham_quyen", S(text::upper(m.signer.title) + " " + text::upper(m.issuer.name)));
  std::vector<std::string> cc = citations;
  cc.push_back(plan_basis(m));
  j.set("can_cu", arr(cc));
  j.set("ky", head_signer_of(m));
  std::string by = proposer(m, c.date), office = office_head(m, c.date);
  j.set("de_nghi_boi", S(by.empty() ? "Ban tổ chức cuộc thi" : by));
  j.set("thi_hanh",
        S((office.empty() ? "Các" : office + " và các") + std::string(" ông (bà) có tên tại Điều 1")));
  j.set("cuoc_thi",
        S(cuoc_thi));  // the fact the form's wording is written from (forms/quyet-dinh-thanh-lap.json)
  Json ds = Json::object();
  ds.set("tieu_de", S("Ban tổ chức, Ban giám khảo và Tổ thư ký " + cuoc_thi));
  ds.set("kem_theo", S("(Kèm theo Quyết định số " + numbered(number, symbol) + " " + text::nd30_date(c.date) +
                       " của " + signer_in_text(m) + " Ủy ban nhân dân " + issuer_area(m) + ")"));
  ds.set("ban", bodies(*c.rules));
  j.set("danh_sach", std::move(ds));
  return j;
}

}  // namespace tdkt::views::contest
