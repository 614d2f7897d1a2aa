// The contest's first documents: the Quyết định thành lập the bodies, and one Phiếu chấm điểm per judge.
#include "app/documents.hpp"

#include "app/api.hpp"
#include "app/contest/contest.hpp"
#include "text/normalize.hpp"
#include "views/shared.hpp"

namespace tdkt::app {

namespace {
// Links a contest document to the contest's round.
std::vector<domain::StoredDocument> record_contest(Documents& docs, const Contest& k) {
  return docs.record([&](domain::StoredDocument& r) {
    r.movement_id = k.L->row.id;
    r.round = kContestRound;
  });
}

std::string paths(const Documents& docs) {
  std::string s;
  for (auto& d : docs.recorded()) s += "  " + d.path + "\n";
  return s;
}
}  // namespace

Outcome contest_establish(Workspace& w, const ContestEstablish& r) {
  auto k = open_contest(w, r.movement);
  if (!k) return k.error();
  const auto& m = k->L->m;
  if (!may_decide(*k, w.actor().name))
    return fail(kRefused,
                "Quyết định thành lập do người ký của kế hoạch (" + m.signer.name + ") hoặc Ban tổ chức lập");
  auto Lg = w.legal();
  if (!Lg) return Lg.error();
  core::Date today = w.today();
  std::string so;
  Documents docs(w);
  Outcome o;
  auto render = [&](const std::vector<int>& n) -> std::optional<Outcome> {
    so = views::numbered(n[0], "QĐ-" + m.issuer.abbrev);
    auto data = views::contest::quyet_dinh_thanh_lap(k->context(today), n[0],
                                                     (*Lg)->citations("quyet_dinh_cuoc_thi", today));
    if (docs.render(
            {"quyet-dinh-thanh-lap",
             "quyet-dinh-" + views::two_digits(n[0]) + "-" + std::to_string(today.y) + "-thanh-lap-cac-ban",
             "quyet_dinh_thanh_lap", "Quyết định số " + so + " thành lập các ban"},
            data, o.diags))
      return std::nullopt;
    return fail(kEnvironment,
                "không lập được Quyết định số " + so + " thành lập các ban:\n" + o.diags.to_string());
  };
  auto commit = [&](const std::vector<int>&) {
    auto rows = record_contest(docs, *k);
    w.audit("contest_establish", "movement", r.movement, "Quyết định số " + so + Documents::detail(rows));
  };
  if (auto no = with_numbers(w, docs, {{m.issuer.name, "QĐ", today.y}}, render, commit)) return *no;
  o.text = "Quyết định thành lập Ban tổ chức, Ban giám khảo, Tổ thư ký số " + so + ":\n" + paths(docs);
  return o;
}

Outcome contest_sheets(Workspace& w, const ContestSheets& r) {
  auto k = open_contest(w, r.movement);
  if (!k) return k.error();
  auto j = judge_all(w, *k);
  auto ctx = k->context(w.today());
  Outcome o;
  Documents docs(w);
  int n = 0;
  for (auto& judge : k->rules.judges) {
    std::string stem =
        "phieu-cham-diem-" + views::two_digits(++n) + "-" + text::ascii_words(judge.name).back();
    if (!docs.render(
            {"phieu-cham-diem", stem, "phieu_cham_diem", "Phiếu chấm điểm của giám khảo " + judge.name},
            views::contest::phieu_cham_diem(ctx, judge, j), o.diags))
      return fail(kEnvironment,
                  "không lập được Phiếu chấm điểm của giám khảo " + judge.name + ":\n" + o.diags.to_string());
  }
  w.transaction([&] {
    auto rows = record_contest(docs, *k);
    w.audit("contest_sheets", "movement", r.movement,
            std::to_string(k->rules.judges.size()) + " phiếu chấm điểm" + Documents::detail(rows));
  });
  docs.publish();
  o.text = "Phiếu chấm điểm của " + std::to_string(k->rules.judges.size()) + " giám khảo (" +
           std::to_string(j.entries.size()) + " bài):\n" + paths(docs);
  return o;
}

}  // namespace tdkt::app
