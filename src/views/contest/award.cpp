// The award of a contest: Quyết định công nhận kết quả và trao giải with its list (form quyet-dinh), the
// Giấy chứng nhận of each winning entry (form giay-chung-nhan), and the Tờ trình sending the best entries to
// the higher council (form to-trinh).
#include <algorithm>

#include "text/format.hpp"
#include "text/normalize.hpp"
#include "views/contest/shared.hpp"

namespace tdkt::views::contest {

namespace {
std::string decision_no(const Context& c, const Award& a) {
  return numbered(a.decision, "QĐ-" + c.movement->issuer.abbrev);
}

// One group per prize, in the rules' order: "I. GIẢI NHẤT", each winner a row with the prize money.
Json prize_groups(const Context& c, const Results& r) {
  Json groups = Json::array();
  int roman = 0, stt = 0;
  auto winners = r.winners();
  for (auto& p : c.rules->prizes) {
    std::vector<const rules::EntryResult*> in;
    for (auto* w : winners)
      if (w->prize == p.id) in.push_back(w);
    if (in.empty()) continue;
    Json g = Json::object();
    g.set("tieu_de", S(text::roman(++roman) + ". " + text::upper(p.name)));
    g.set("cong", S(two_digits(static_cast<int>(in.size())) + " giải"));
    g.set("tong_tien", Json::integer(p.amount * static_cast<int64_t>(in.size())));
    Json u = Json::object();
    u.set("ten", S("Mức thưởng: " + text::format_money(p.amount) + "/giải"));
    Json rows = Json::array();
    for (auto* w : in) {
      const auto& row = r.entry(w->code);
      Json x = Json::object();
      x.set("stt", Json::integer(++stt));
      x.set("ten", S(row.author_names));
      x.set("chuc_vu", S("Bài " + row.code + ": “" + row.title + "”"));
      x.set("hinh_thuc", S(p.name));
      x.set("tien", Json::integer(p.amount));
      rows.push(std::move(x));
    }
    u.set("dong", std::move(rows));
    Json us = Json::array();
    us.push(std::move(u));
    g.set("don_vi", std::move(us));
    groups.push(std::move(g));
  }
  return groups;
}
}  // namespace

namespace {
// Điều 3 of the award decision: the issuer's office, who pays the prizes, the organisers and the winners.
std::string executors(const domain::Movement& m, core::Date on) {
  std::vector<std::string> who;
  for (auto h : {office_head(m, on), finance_head(m, on)})
    if (!h.empty()) who.push_back(h);
  who.push_back("Ban tổ chức cuộc thi và các tác giả có tên tại Điều 1");
  return join(who);
}
}  // namespace

Json quyet_dinh_trao_giai(const Context& c, const Results& r, const Award& a) {
  const auto& m = *c.movement;
  std::string cuoc_thi = contest_name(m), so = decision_no(c, a), area = issuer_area(m);
  int64_t total = r.prize_money(*c.rules);
  auto winners = r.winners();
  Json q = header_issuer(m, text::doc_number(a.decision, "QĐ-" + m.issuer.abbrev),
                         text::nd30_place_date(m.issuer.place, c.date));
  q.set("trich_yeu", S("Về việc công nhận kết quả và trao giải " + cuoc_thi));
  q.set("tham_quyen", S(text::upper(m.signer.title) + " " + text::upper(m.issuer.name)));
  std::vector<std::string> cc = a.citations;
  cc.push_back(plan_basis(m));
  cc.push_back("Căn cứ Biên bản họp Ban giám khảo số " + numbered(a.minutes, "BB-BGK") + " " +
               text::nd30_date(c.date) + ";");
  q.set("can_cu", arr(cc));
  q.set("xet_de_nghi", S("Theo đề nghị của Ban giám khảo cuộc thi."));
  std::string funding = m.contest ? m.contest->funding : "";
  std::vector<std::string> each;  // the amount of each prize awarded, in the rules' order
  for (auto& p : c.rules->prizes)
    if (std::any_of(winners.begin(), winners.end(), [&](auto* w) { return w->prize == p.id; }))
      each.push_back(p.name + " " + text::format_money(p.amount) + "/giải");
  q.set(
      "dieu",
      arr({"Công nhận kết quả " + cuoc_thi + " và tặng Giấy chứng nhận kèm tiền thưởng cho các tác giả của " +
               two_digits(static_cast<int>(winners.size())) +
               " sáng kiến, giải pháp đạt giải (có danh sách kèm theo).",
           "Mức thưởng kèm theo Giấy chứng nhận: " + join(each, "; ") +
               ". Tổng số tiền thưởng: " + text::format_money(total) +
               " (Bằng chữ: " + text::upper_first(text::money_in_words(static_cast<uint64_t>(total))) + ")" +
               (funding.empty() ? "." : ". " + funding),
           "Quyết định có hiệu lực kể từ ngày ký. " + executors(m, c.date) +
               " chịu trách nhiệm thi hành Quyết định này./."}));
  q.set("ky", head_signer_of(m));
  Json ds = Json::object();
  ds.set("tieu_de", S("Sáng kiến, giải pháp đạt giải " + cuoc_thi));
  ds.set("kem_theo", S("(Kèm theo Quyết định số " + so + " " + text::nd30_date(c.date) + " của " +
                       signer_in_text(m) + " Ủy ban nhân dân " + area + ")"));
  ds.set("co_tien", Json::boolean(true));
  ds.set("cot_chuc_vu", S("Sáng kiến, giải pháp"));
  ds.set("nhom", prize_groups(c, r));
  ds.set("tong_tien", Json::integer(total));
  q.set("danh_sach", std::move(ds));
  return q;
}

Json giay_chung_nhan(const Context& c, const Results& r, const Award& a) {
  const auto& m = *c.movement;
  Json g = Json::object();
  g.set("chuc_vu_nguoi_cap", S(text::upper(m.signer.title) + " " + text::upper(m.issuer.name)));
  g.set("ten_cuoc_thi", S(contest_name(m)));
  g.set("so_quyet_dinh", S(decision_no(c, a)));
  g.set("ngay_quyet_dinh", S(c.date.iso()));
  g.set("dia_danh_ngay", S(text::nd30_place_date(m.issuer.place, c.date)));
  g.set("ky", head_signer_of(m));
  Json won = Json::array();
  int reg = 0;
  for (auto* w : r.winners()) {
    const auto& row = r.entry(w->code);
    Json x = Json::object();
    x.set("tac_gia", S(row.author_names));
    auto unit = a.unit_names.find(row.unit_code);
    bool person = !row.authors.empty() && row.authors[0].rfind("person:", 0) == 0;
    x.set("don_vi", S(person && unit != a.unit_names.end() ? unit->second : ""));
    x.set("giai", S(prize_name(*c.rules, w->prize)));
    x.set("ten_bai", S(row.title));
    x.set("so_vao_so", S(two_digits(++reg) + "/" + c.rules->code_prefix + "-" + std::to_string(c.date.y)));
    won.push(std::move(x));
  }
  g.set("dat_giai", std::move(won));
  return g;
}

namespace {
Json forwarded_list(const Context& c, const Results& r, const Award& a) {
  const auto& m = *c.movement;
  auto fwd = r.forwarded(c.rules->forward);
  Json l = Json::object();
  l.set("tieu_de", S("Sáng kiến, giải pháp đề nghị xét, công nhận"));
  l.set("kem_theo", S("(Kèm theo Tờ trình số " + numbered(a.submission, "TTr-" + m.issuer.abbrev) + " " +
                      text::nd30_date(c.date) + " của Ủy ban nhân dân " + issuer_area(m) + ")"));
  l.set("co_tien", Json::boolean(false));
  l.set("cot_chuc_vu", S("Sáng kiến, giải pháp"));
  Json gr = Json::object();
  gr.set("tieu_de", S("I. SÁNG KIẾN, GIẢI PHÁP"));
  gr.set("cong", S(two_digits(static_cast<int>(fwd.size())) + " sáng kiến, giải pháp"));
  gr.set("tong_tien", Json::integer(0));
  Json u = Json::object();
  u.set("ten", S(contest_name(m)));
  Json rows = Json::array();
  int n = 0;
  for (auto* w : fwd) {
    const auto& row = r.entry(w->code);
    Json x = Json::object();
    x.set("stt", Json::integer(++n));
    x.set("ten", S(row.author_names));
    x.set("chuc_vu", S("“" + row.title + "” (" + prize_name(*c.rules, w->prize) + ", " +
                       text::format_decimal(w->aggregate, 2) + " điểm)"));
    x.set("hinh_thuc", S("Công nhận sáng kiến"));
    x.set("tien", Json::integer(0));
    rows.push(std::move(x));
  }
  u.set("dong", std::move(rows));
  Json us = Json::array();
  us.push(std::move(u));
  gr.set("don_vi", std::move(us));
  Json grs = Json::array();
  grs.push(std::move(gr));
  l.set("nhom", std::move(grs));
  l.set("tong_tien", Json::integer(0));
  return l;
}
}  // namespace

Json to_trinh_sang_kien(const Context& c, const Results& r, const Award& a) {
  const auto& m = *c.movement;
  std::string cuoc_thi = contest_name(m), area = issuer_area(m), so_qd = decision_no(c, a);
  auto fwd = r.forwarded(c.rules->forward);
  Json tr = header_issuer(m, text::doc_number(a.submission, "TTr-" + m.issuer.abbrev),
                          text::nd30_place_date(m.issuer.place, c.date));
  tr.set("trich_yeu", S("Về việc đề nghị xét, công nhận sáng kiến, giải pháp đạt giải " + cuoc_thi));
  tr.set("kinh_gui", S(c.rules->forward_to));
  tr.set("can_cu", arr({plan_basis(m), "Căn cứ Quyết định số " + so_qd + " " + text::nd30_date(c.date) +
                                           " công nhận kết quả và trao giải " + cuoc_thi + "."}));
  tr.set("noi_dung", arr({"Ủy ban nhân dân " + area + " đã tổ chức " + cuoc_thi + "; " +
                          two_digits(static_cast<int>(r.entries.size())) +
                          " bài dự thi được Ban giám khảo chấm khách quan, công khai theo thể lệ."}));
  tr.set("de_nghi", S("Ủy ban nhân dân " + area + " kính đề nghị " + c.rules->forward_to +
                      " xem xét, công nhận " + two_digits(static_cast<int>(fwd.size())) +
                      " sáng kiến, giải pháp tiêu biểu (có danh sách kèm theo), gồm:"));
  std::vector<std::string> tt;
  for (auto* w : fwd)
    tt.push_back(r.entry(w->code).title + " (" + prize_name(*c.rules, w->prize) + ")" +
                 (w == fwd.back() ? "." : ";"));
  tr.set("tom_tat", arr(tt));
  tr.set("ket_thuc", S("Kính trình " + c.rules->forward_to + " xem xét, công nhận./."));
  tr.set("ky", signer_of(m));
  tr.set("danh_sach", forwarded_list(c, r, a));
  return tr;
}

}  // namespace tdkt::views::contest
