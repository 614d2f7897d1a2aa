// tdkt contest award: the results recognised once — the Bảng tổng hợp điểm (DOCX, PDF, XLSX), the Biên bản
// họp Ban giám khảo, the Quyết định công nhận kết quả và trao giải with its list, a Giấy chứng nhận per
// winning entry and the Tờ trình sending the best entries up — numbered in their series in one transaction;
// then the ranks, prizes and points of every entry are frozen.
#include "app/api.hpp"
#include "app/contest/contest.hpp"
#include "app/contest/workbook.hpp"
#include "app/documents.hpp"
#include "text/format.hpp"
#include "views/contest/shared.hpp"

namespace tdkt::app {

using core::Json;
namespace vc = views::contest;

namespace {
std::optional<Outcome> award_checks(Workspace& w, const Contest& k, const vc::Results& j,
                                    const std::string& movement) {
  if (!may_decide(k, w.actor().name))
    return fail(kRefused, "Quyết định công nhận kết quả do người ký của kế hoạch (" + k.L->m.signer.name +
                              ") hoặc Ban tổ chức lập");
  if (j.entries.empty()) return fail(kRefused, "cuộc thi chưa có bài dự thi");
  if (awarded(j.entries))
    return fail(kRefused, "cuộc thi đã công nhận kết quả; không lập lại Quyết định",
                "xem văn bản đã lập: tdkt contest entries --movement " + movement);
  if (!j.outcome.complete()) {
    std::string list;
    for (auto& p : j.outcome.problems) list += "\n  - " + p;
    return fail(kRefused, "chưa công nhận được kết quả:" + list,
                "nhập đủ điểm (tdkt contest score) hoặc Ban giám khảo quyết định thứ hạng");
  }
  return std::nullopt;
}

// Renders the five documents (the workbook made once, outside the numbers) with the numbers given.
bool render_all(Workspace& w, Documents& docs, const Contest& k, const vc::Results& j, vc::Award& a,
                const std::string& place, const std::string& workbook, core::Diagnostics& d) {
  auto ctx = k.context(w.today());
  const auto& m = k.L->m;
  std::string year = std::to_string(ctx.date.y), so_qd = views::numbered(a.decision, "QĐ-" + m.issuer.abbrev);
  bool ok = docs.render(
      {"bang-tong-hop-diem", "bang-tong-hop-diem-" + year, "bang_tong_hop_diem", "Bảng tổng hợp điểm"},
      vc::bang_tong_hop_diem(ctx, j), d);
  if (!ok) return false;
  docs.add({"", "bang-tong-hop-diem-" + year, "bang_tong_hop_diem", "Bảng tổng hợp điểm"}, ".xlsx", workbook);
  ok = docs.render(
           {"bien-ban-giam-khao", "bien-ban-giam-khao-" + views::two_digits(a.minutes) + "-" + year,
            "bien_ban_giam_khao", "Biên bản họp Ban giám khảo số " + views::numbered(a.minutes, "BB-BGK")},
           vc::bien_ban_giam_khao(ctx, j, {a.minutes, place, overlap_notes(w, k, j.entries)}), d) &&
       docs.render({"quyet-dinh", "quyet-dinh-" + views::two_digits(a.decision) + "-" + year + "-trao-giai",
                    "quyet_dinh_trao_giai", "Quyết định số " + so_qd + " công nhận kết quả và trao giải"},
                   vc::quyet_dinh_trao_giai(ctx, j, a), d) &&
       docs.render({"giay-chung-nhan", "giay-chung-nhan-" + views::two_digits(a.decision) + "-" + year,
                    "giay_chung_nhan", "Giấy chứng nhận theo Quyết định số " + so_qd},
                   vc::giay_chung_nhan(ctx, j, a), d);
  if (!ok || !a.submission) return ok;
  return docs.render({"to-trinh", "to-trinh-" + views::two_digits(a.submission) + "-" + year + "-sang-kien",
                      "to_trinh_sang_kien",
                      "Tờ trình số " + views::numbered(a.submission, "TTr-" + m.issuer.abbrev) +
                          " đề nghị công nhận sáng kiến"},
                     vc::to_trinh_sang_kien(ctx, j, a), d);
}

std::map<std::string, std::string> unit_names(Workspace& w, const vc::Results& j) {
  std::map<std::string, std::string> names;
  for (auto& e : j.entries)
    if (auto ag = w.store().agency(e.unit_code)) names[e.unit_code] = ag->name;
  return names;
}
}  // namespace

Outcome contest_award(Workspace& w, const ContestAward& r) {
  auto k = open_contest(w, r.movement);
  if (!k) return k.error();
  auto j = judge_all(w, *k);
  if (auto no = award_checks(w, *k, j, r.movement)) return *no;
  auto Lg = w.legal();
  if (!Lg) return Lg.error();
  const auto& m = k->L->m;
  core::Date today = w.today();
  std::string place = r.place.empty() ? "Hội trường Ủy ban nhân dân " + views::issuer_area(m) : r.place;
  auto winners = j.winners();
  bool forwards = !j.forwarded(k->rules.forward).empty();
  vc::Award a{0, 0, 0, (*Lg)->citations("quyet_dinh_cuoc_thi", today), unit_names(w, j)};
  std::vector<Series> series = {{m.issuer.name + " — Ban giám khảo", "BB", today.y},
                                {m.issuer.name, "QĐ", today.y}};
  if (forwards) series.push_back({m.issuer.name, "TTr", today.y});
  std::string workbook = score_workbook(w, *k, j), so_qd;
  int64_t total = j.prize_money(k->rules);
  Documents docs(w);
  Outcome o;
  auto render = [&](const std::vector<int>& n) -> std::optional<Outcome> {
    a.minutes = n[0];
    a.decision = n[1];
    a.submission = forwards ? n[2] : 0;
    so_qd = views::numbered(a.decision, "QĐ-" + m.issuer.abbrev);
    if (render_all(w, docs, *k, j, a, place, workbook, o.diags)) return std::nullopt;
    return fail(kEnvironment, "không lập được văn bản công nhận kết quả:\n" + o.diags.to_string());
  };
  auto commit = [&](const std::vector<int>&) {
    auto rows = docs.record([&](domain::StoredDocument& x) {
      x.movement_id = k->L->row.id;
      x.round = kContestRound;
    });
    for (auto& e : j.outcome.ranking)
      w.store().set_entry_result(j.entry(e.code).id, e.prize, e.rank, e.aggregate);
    w.audit("contest_award", "movement", r.movement,
            "Quyết định số " + so_qd + ", " + std::to_string(winners.size()) + " giải, tổng " +
                text::format_money(total) + Documents::detail(rows));
  };
  if (auto no = with_numbers(w, docs, series, render, commit)) return *no;
  o.text = "Đã công nhận kết quả " + vc::contest_name(m) + ": Quyết định số " + so_qd + ", " +
           std::to_string(winners.size()) + " giải, tổng tiền thưởng " + text::format_money(total) + "\n";
  for (auto* x : winners)
    o.text += "  " + vc::prize_name(k->rules, x->prize) + ": " + x->code + " «" + j.entry(x->code).title +
              "» — " + j.entry(x->code).author_names + " (" + text::format_decimal(x->aggregate, 2) +
              " điểm)\n";
  for (auto& d : docs.recorded()) o.text += "  " + d.path + "\n";
  o.result.set("decision", views::S(so_qd));
  o.result.set("total", Json::integer(total));
  o.result.set("winners", Json::integer(static_cast<int64_t>(winners.size())));
  return o;
}

}  // namespace tdkt::app
