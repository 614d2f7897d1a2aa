// The jury's Bảng tổng hợp điểm (form bang-tong-hop-diem) and Biên bản họp Ban giám khảo (form
// bien-ban-giam-khao).
#include <algorithm>

#include "text/format.hpp"
#include "views/contest/shared.hpp"

namespace tdkt::views::contest {

namespace {
// The head of the jury (its Trưởng ban, else its first member) and of the secretaries (Tổ trưởng, else
// first).
const domain::BodyMember* head_of(const std::vector<domain::BodyMember>& body, const std::string& role) {
  const domain::BodyMember* h = body.empty() ? nullptr : &body[0];
  for (auto& x : body)
    if (x.role == role) h = &x;
  return h;
}
Json named(const domain::BodyMember* p, const std::string& role = "") {
  Json j = Json::object();
  j.set("ho_ten", S(p ? p->name : ""));
  if (!role.empty()) j.set("chuc_vu", S(role));
  return j;
}

// "Lan 85; Minh (92); Hoa 80": each judge's total, those the trimmed mean left out in brackets.
std::string judge_points(const rules::EntryResult& e, const std::map<std::string, std::string>& short_name) {
  std::string t;
  for (auto& [name, v] : e.totals) {
    bool dropped = std::find(e.dropped.begin(), e.dropped.end(), name) != e.dropped.end();
    t += (t.empty() ? "" : "; ") + short_name.at(name) + " " +
         (dropped ? "(" + points_text(v) + ")" : points_text(v));
  }
  return t;
}

Json jury_members(const domain::ContestRules& r) {
  Json tv = Json::array();
  for (auto* body : {&r.judges, &r.secretaries})
    for (auto& x : *body) {
      Json row = Json::object();
      row.set("ho_ten", S(x.name));
      row.set("chuc_vu", S(x.position));
      row.set(
          "nhiem_vu",
          S((body == &r.judges ? std::string("Ban giám khảo — ") : std::string("Tổ thư ký — ")) + x.role));
      tv.push(std::move(row));
    }
  return tv;
}

std::vector<std::string> proposals(const Context& c, const Results& r) {
  const auto& m = *c.movement;
  auto winners = r.winners();
  std::vector<std::string> dn = {
      "Ban giám khảo đề nghị " + signer_in_text(m) + " Ủy ban nhân dân " + issuer_area(m) +
      " công nhận kết quả và trao giải cho " + two_digits(static_cast<int>(winners.size())) +
      " bài dự thi; tổng tiền thưởng " + text::format_money(r.prize_money(*c.rules)) + "."};
  auto fwd = r.forwarded(c.rules->forward);
  if (!fwd.empty()) {
    std::vector<std::string> codes;
    for (auto* w : fwd) codes.push_back(w->code);
    dn.push_back("Đề nghị gửi " + two_digits(static_cast<int>(fwd.size())) +
                 " sáng kiến, giải pháp tiêu biểu (" + join(codes) + ") đến " + c.rules->forward_to +
                 " xem xét, công nhận.");
  }
  return dn;
}
}  // namespace

Json bang_tong_hop_diem(const Context& c, const Results& r) {
  const auto& m = *c.movement;
  auto short_name = judge_short_names(*c.rules);
  Json t = header_jury(m, "", text::nd30_place_date(m.issuer.place, c.date));
  t.set("trich_yeu", S(contest_name(m)));
  t.set("mo_dau", arr({aggregate_rule(*c.rules), "Điểm trong ngoặc là tổng điểm không tính vào điểm xét."}));
  Json bai = Json::array();
  for (auto& e : r.outcome.ranking) {
    Json b = result_row(r, *c.rules, e);
    b.set("diem_gk", S(judge_points(e, short_name)));
    bai.push(std::move(b));
  }
  t.set("bai", std::move(bai));
  t.set("ghi_chu", arr(r.notes()));
  t.set("thu_ky", named(head_of(c.rules->secretaries, "Tổ trưởng")));
  t.set("truong_ban", named(head_of(c.rules->judges, "Trưởng ban")));
  return t;
}

Json bien_ban_giam_khao(const Context& c, const Results& r, const Minutes& bb) {
  const auto& m = *c.movement;
  const auto& rules = *c.rules;
  Json b = header_jury(m, text::doc_number(bb.number, "BB-BGK"), "");
  b.set("thoi_gian_bat_dau", S(text::nd30_date(c.date) + "."));
  b.set("dia_diem", S(bb.place + "."));
  b.set("thanh_phan", S("Ban giám khảo: " + two_digits(static_cast<int>(rules.judges.size())) +
                        " thành viên; Tổ thư ký: " + two_digits(static_cast<int>(rules.secretaries.size())) +
                        " thành viên."));
  b.set("thanh_vien", jury_members(rules));
  b.set("chu_toa", named(head_of(rules.judges, "Trưởng ban"), "Trưởng Ban giám khảo"));
  b.set("thu_ky", named(head_of(rules.secretaries, "Tổ trưởng"), "Tổ trưởng Tổ thư ký"));
  std::vector<std::string> nd = {
      "Tổ thư ký báo cáo: cuộc thi nhận " + two_digits(static_cast<int>(r.entries.size())) +
          " bài dự thi; các bài được mã hóa" +
          (rules.blind ? ", giám khảo chấm theo mã bài, không biết tác giả." : "."),
      aggregate_rule(rules)};
  for (auto& x : bb.overlaps) nd.push_back(x);
  for (auto& n : r.notes()) nd.push_back(n);
  b.set("noi_dung", arr(nd));
  Json kq = Json::array();
  for (auto& e : r.outcome.ranking) kq.push(result_row(r, rules, e));
  b.set("ket_qua", std::move(kq));
  b.set("de_nghi", arr(proposals(c, r)));
  b.set("cuoc_thi", S(contest_name(m)));  // the fact the form's wording is written from
  return b;
}

}  // namespace tdkt::views::contest
