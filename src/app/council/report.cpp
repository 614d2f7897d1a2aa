// The round's documents before the council decides: the appraising office's Báo cáo thẩm định and the Biên
// bản of the council's latest sitting, each numbered in its issuer's series and recorded as a document of the
// round.
#include <algorithm>
#include <map>
#include <set>

#include "app/api.hpp"
#include "app/council/threshold.hpp"
#include "app/documents.hpp"
#include "app/dossier/assess.hpp"
#include "app/dossier/documents.hpp"
#include "text/normalize.hpp"
#include "views/round.hpp"
#include "workflow/nomination.hpp"

namespace tdkt::app {

using core::Json;

namespace {
// Links a round document to its round and records the audit row, in the caller's transaction.
void record_round(Workspace& w, Documents& docs, const StoredMovement& L, const std::string& round,
                  const std::string& action, const std::string& detail) {
  auto rows = docs.record([&](domain::StoredDocument& r) {
    r.movement_id = L.row.id;
    r.round = round;
  });
  w.audit(action, "movement", L.row.code + " " + round, detail + Documents::detail(rows));
}

Outcome files_of(Outcome o, const Documents& docs, const std::string& number) {
  Json files = Json::array();
  for (auto& d : docs.recorded()) {
    o.text += "  " + d.path + "\n";
    files.push(Json::string(d.path));
  }
  o.result.set("number", Json::string(number));
  o.result.set("files", std::move(files));
  return o;
}

// The dossiers the office received (counted in the report), of them late, and those it has appraised.
struct Received {
  std::set<int64_t> received, appraised, late;
  std::vector<std::string> late_names;  // "Ủy ban nhân dân xã …, nộp ngày …, quá hạn 03 ngày"
  std::vector<std::string> returned;  // "Ủy ban nhân dân xã …, trả lại ngày … (lý do), nộp lại ngày …"
  std::vector<std::string> refused;  // "Ủy ban nhân dân thị trấn …, nộp ngày …, quá hạn 03 ngày (hạn …)"
  bool own = false;  // a dossier of the appraising office itself
};
Received received_of(Workspace& w, const CouncilReport& r) {
  Received x;
  std::map<std::string, std::string> turned_away;  // dossier id → the latest refusal's detail
  for (auto& a : w.store().audit_rows(kLateRefusal))
    if (a.entity == "dossier") turned_away[a.entity_id] = a.detail;
  for (auto& d : w.store().dossiers(r.movement, r.round)) {
    if (!workflow::reached_office(d.state)) {
      auto t = turned_away.find(std::to_string(d.id));
      if (t != turned_away.end()) x.refused.push_back(d.agency_name + ", " + t->second);
      continue;
    }
    x.received.insert(d.id);
    if (d.late_days > 0) {
      x.late.insert(d.id);
      auto on = core::parse_date(d.submission_date.substr(0, 10));
      x.late_names.push_back(d.agency_name + (on ? ", nộp ngày " + on->dmy() : std::string()) + ", quá hạn " +
                             views::two_digits(d.late_days) + " ngày");
    }
    if (!d.returned_at.empty()) {
      auto back = core::parse_date(d.returned_at.substr(0, 10));
      auto again = core::parse_date(d.submission_date.substr(0, 10));
      x.returned.push_back(d.agency_name + " (trả lại ngày " + (back ? back->dmy() : d.returned_at) +
                           (d.returned_reason.empty() ? "" : " vì " + text::lower_first(d.returned_reason)) +
                           (again ? ", nộp lại ngày " + again->dmy() : "") + ")");
    }
    x.own |= d.agency_code == r.office;
    if (workflow::appraisal_finished(d.state)) x.appraised.insert(d.id);
  }
  return x;
}
// What the appraisal rests on that is unconfirmed [U] or was left out, on the report's date: the citations of
// the Tờ trình and the Quyết định, and for each award found eligible its coefficient, the mức lương cơ sở and
// the council's vote threshold. The report names the unconfirmed values for the council (in); the drafter is
// told all of it, with how to settle it (warnings). Each note once.
void legal_notes(const StoredMovement& L, const rules::LegalData& Lg, views::BaoCaoThamDinhInput& in,
                 core::Diagnostics& warnings) {
  std::vector<std::string> told;
  auto warn = [&](const std::string& x) {
    if (std::find(told.begin(), told.end(), x) != told.end()) return;
    told.push_back(x);
    warnings.warning({}, "", "Báo cáo thẩm định: " + x,
                     "khi đã đối chiếu văn bản gốc, ghi giá trị đã xác nhận vào tệp ghi đè --legal TỆP");
  };
  auto add = [&](const std::string& x) {
    if (std::find(in.legal_notes.begin(), in.legal_notes.end(), x) == in.legal_notes.end())
      in.legal_notes.push_back(x);
  };
  for (const char* doc : {"to_trinh", "quyet_dinh"}) {
    for (auto& x : Lg.citation_notes(doc, in.date)) warn(x);
    for (auto& x : Lg.unconfirmed_citations(doc, in.date)) add(x);
  }
  for (auto& n : in.appraised) {
    const auto* aw = n.appraisal == domain::Appraisal::Eligible ? L.m.award(n.award) : nullptr;
    if (!aw) continue;
    std::string err, whom = "“" + aw->name + "” (" + (n.is_agency() ? "tập thể" : "cá nhân") + ")";
    if (auto m = Lg.money(aw->catalog, domain::award_subject(n.subject_kind), in.date, err)) {
      for (auto& x : m->warnings) warn(whom + ": " + x);
      for (auto& x : m->unconfirmed) add(x + " áp dụng cho " + whom);
    }
    auto t = Lg.vote_threshold(aw->catalog, in.date);
    if (t && t->confidence == "U") {
      std::string x = "ngưỡng biểu quyết " + std::to_string(t->percent) +
                      "% tổng số thành viên Hội đồng đối với “" + aw->name + "”";
      warn(x + " chưa được xác nhận từ văn bản gốc [U]");
      add(x);
    }
  }
}
}  // namespace

Outcome council_report(Workspace& w, const CouncilReport& r) {
  if (auto no = w.require_role(domain::Role::ChuyenVienThamDinh)) return *no;
  auto L = w.movement(r.movement);
  if (!L) return L.error();
  auto office = w.store().agency(r.office);
  if (!office)
    return fail(kNotFound, "không có đơn vị mã «" + r.office + "» (cơ quan thẩm định)",
                "xem: tdkt unit list");
  auto all = w.store().round_nominations((*L)->row.id, r.round);
  views::BaoCaoThamDinhInput in;
  for (auto& n : all)
    if (workflow::kept_by_unit(n.stage) && n.appraisal != domain::Appraisal::None) in.appraised.push_back(n);
  if (in.appraised.empty())
    return fail(kRefused, "đợt " + r.round + " chưa có đề nghị nào được thẩm định",
                "tdkt dossier appraise SỐ_HỒ_SƠ");
  auto rec = received_of(w, r);
  // The quota is checked over what was received: a dossier still with its unit is not before the council.
  std::vector<domain::Nomination> in_hand;
  for (auto& n : all)
    if (rec.received.count(n.dossier_id)) in_hand.push_back(n);
  in.movement = &(*L)->m;
  in.round = r.round;
  in.office = unit_of(w, r.office);
  in.date = w.today();
  in.received = static_cast<int>(rec.received.size());
  in.late = static_cast<int>(rec.late.size());
  in.late_names = rec.late_names;
  in.returned = rec.returned;
  in.refused = rec.refused;
  in.own_dossier = rec.own;
  in.unfinished = static_cast<int>(rec.received.size() - rec.appraised.size());
  in.quotas = quota_check(**L, rules::World(w.store().snapshot(std::nullopt)), r.round, in_hand, false);
  auto Lg = w.legal();
  if (!Lg) return Lg.error();
  Outcome o;
  legal_notes(**L, **Lg, in, o.diags);
  in.signer_title = r.title;
  in.signer_name = r.signer.empty() ? w.actor().name : text::fold_spaces(text::nfc(r.signer));
  std::string symbol = "BC-" + views::header_of(in.office, (*L)->m).abbrev, number;
  Documents docs(w);
  auto render = [&](const std::vector<int>& n) -> std::optional<Outcome> {
    in.number = n[0];
    number = views::numbered(n[0], symbol);
    if (docs.render({"bao-cao-tham-dinh",
                     "bao-cao-tham-dinh-" + views::two_digits(n[0]) + "-" + std::to_string(in.date.y),
                     "bao_cao_tham_dinh", "Báo cáo thẩm định số " + number + " của " + in.office.name},
                    views::bao_cao_tham_dinh(in), o.diags))
      return std::nullopt;
    return fail(kEnvironment, "không lập được Báo cáo thẩm định:\n" + o.diags.to_string());
  };
  auto commit = [&](const std::vector<int>&) {
    record_round(w, docs, **L, r.round, "council_report",
                 "Báo cáo thẩm định số " + number + ", " + std::to_string(in.appraised.size()) + " đề nghị");
  };
  if (auto no = with_numbers(w, docs, {{office->code, "BC", in.date.y}}, render, commit)) return *no;
  int tt = 0, cn = 0;
  for (auto& n : in.appraised)
    if (n.appraisal == domain::Appraisal::Eligible) (n.is_agency() ? tt : cn)++;
  o.text = "Báo cáo thẩm định số " + number + " (" + std::to_string(in.appraised.size()) +
           " trường hợp: " + views::two_digits(tt) + " tập thể, " + views::two_digits(cn) +
           " cá nhân đủ điều kiện):\n";
  return files_of(std::move(o), docs, number);
}

Outcome council_minutes(Workspace& w, const CouncilMinutes& r) {
  if (auto no = w.require_role(domain::Role::ThuKyHoiDong)) return *no;
  auto L = w.movement(r.movement);
  if (!L) return L.error();
  auto sittings = w.store().meetings((*L)->row.id, r.round, domain::MeetingKind::Council);
  if (sittings.empty())
    return fail(kRefused, "Hội đồng chưa họp xét đợt " + r.round,
                "tdkt council vote --movement " + r.movement + " --round " + r.round + " …");
  views::BienBanHoiDongInput in;
  in.movement = &(*L)->m;
  in.round = r.round;
  in.sitting = sittings.back();
  in.sitting_date = core::parse_date(in.sitting.date).value_or(w.today());
  in.members = w.store().council_members((*L)->row.id);
  for (auto& n : w.store().round_nominations((*L)->row.id, r.round, true))
    if (n.council_agree) in.voted.push_back(n);
  if (auto p = latest_paper(w, (*L)->row.id, r.round, "bao_cao_tham_dinh")) {
    in.report = p->number_date;
    in.report_by = p->by;
  }
  in.secretary_fallback = w.actor().name;
  auto Lg = w.legal();
  if (!Lg) return Lg.error();
  for (auto& n : in.voted) {
    const auto* aw = in.movement->award(n.award);
    std::string name = views::award_name(*in.movement, n.award);
    bool seen =
        std::any_of(in.thresholds.begin(), in.thresholds.end(), [&](auto& t) { return t.award == name; });
    if (seen) continue;
    auto t = council_threshold(w, **Lg, aw ? aw->catalog : "", in.sitting_date);
    in.thresholds.push_back({name, t.percent, t.strict});
  }
  int year = w.today().y;
  std::string number;
  Documents docs(w);
  Outcome o;
  auto render = [&](const std::vector<int>& n) -> std::optional<Outcome> {
    in.number = n[0];
    number = views::numbered(n[0], "BB-HĐTĐKT");
    if (docs.render(
            {"bien-ban-hoi-dong", "bien-ban-hoi-dong-" + views::two_digits(n[0]) + "-" + std::to_string(year),
             "bien_ban_hoi_dong", "Biên bản họp Hội đồng số " + number},
            views::bien_ban_hoi_dong(in), o.diags))
      return std::nullopt;
    return fail(kEnvironment, "không lập được Biên bản họp Hội đồng:\n" + o.diags.to_string());
  };
  auto commit = [&](const std::vector<int>&) {
    record_round(w, docs, **L, r.round, "council_minutes",
                 "Biên bản số " + number + ", họp ngày " + in.sitting.date + ", " +
                     std::to_string(in.voted.size()) + " đề nghị");
  };
  if (auto no =
          with_numbers(w, docs, {{(*L)->m.issuer.name + " — Hội đồng TĐKT", "BB", year}}, render, commit))
    return *no;
  int passed = 0;
  for (auto& n : in.voted) passed += workflow::passed_council(n.stage);
  o.text = "Biên bản họp Hội đồng số " + number + " (họp ngày " + in.sitting_date.dmy() + ", " +
           std::to_string(in.voted.size()) + " đề nghị biểu quyết, " + std::to_string(passed) + " đạt):\n";
  return files_of(std::move(o), docs, number);
}

}  // namespace tdkt::app
