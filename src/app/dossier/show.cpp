// A dossier as its unit and the office see it: state, submission, nominations with every result so far, its
// documents, what is still missing, the deadline, and what can be done next by whom; and the list of
// dossiers.
#include "app/api.hpp"
#include "app/dossier/facts.hpp"
#include "text/format.hpp"
#include "views/shared.hpp"

namespace tdkt::app {

using core::Json;
using views::S;

namespace {
std::string nomination_line(const StoredMovement& L, const domain::Nomination& n) {
  std::string t = "  " + std::to_string(n.id) + ". " + n.subject_name +
                  (n.is_person() ? " (" + n.position + ", " + n.unit_name + ")" : "") + " — " +
                  views::award_name(L.m, n.award) + ": " + domain::label(n.stage);
  if (n.unit_agree) t += "; đơn vị " + std::to_string(*n.unit_agree) + " phiếu";
  if (n.appraisal != domain::Appraisal::None) t += "; thẩm định: " + domain::label(n.appraisal);
  if (n.council_agree)
    t += "; Hội đồng " + std::to_string(*n.council_agree) + "/" +
         std::to_string(n.council_members.value_or(0));
  if (n.money) t += "; tiền thưởng " + text::format_money(*n.money);
  return t + "\n";
}

Json nomination_json(const domain::Nomination& n) {
  Json j = Json::object();
  j.set("id", Json::integer(n.id));
  j.set("subject", S(n.subject()));
  j.set("name", S(n.subject_name));
  j.set("award", S(n.award));
  j.set("outcome", S(domain::code(n.stage)));
  j.set("appraisal", S(domain::code(n.appraisal)));
  j.set("summary", S(n.summary));
  if (n.money) j.set("money", Json::integer(*n.money));
  return j;
}

// What can be done next, and by which roles.
std::string next_actions(domain::DossierState st) {
  auto acts = workflow::actions_from(st);
  if (acts.empty()) return "";
  std::string t = "Thao tác tiếp theo:";
  for (auto a : acts)
    t += "\n  " + domain::code(a) + " (" + domain::label(a) + ") — " + workflow::roles_for(st, a);
  return t + "\n";
}

std::string missing_text(const workflow::Facts& f) {
  if (f.missing_documents.empty() && f.stale_documents.empty()) return "";
  std::string t = "Còn thiếu:\n";
  for (auto& m : f.missing_documents) t += "  - " + m + "\n";
  for (auto& m : f.stale_documents) t += "  - " + m + " lập từ dữ liệu cũ: lập lại (tdkt dossier generate)\n";
  return t;
}

void set_result(Outcome& o, const domain::Dossier& d, Json noms, const workflow::Facts& f) {
  o.result.set("id", Json::integer(d.id));
  o.result.set("state", S(domain::code(d.state)));
  o.result.set("version", Json::integer(d.version));
  o.result.set("unit", S(d.agency_code));
  o.result.set("round", S(d.round));
  o.result.set("submission_number", S(d.submission_number));
  o.result.set("submission_date", S(d.submission_date));
  o.result.set("late_days", Json::integer(d.late_days));
  o.result.set("returned_reason", S(d.returned_reason));
  o.result.set("nominations", std::move(noms));
  o.result.set("missing", views::arr(f.missing_documents));
}
}  // namespace

Outcome dossier_show(Workspace& w, const DossierShow& r) {
  auto d = w.dossier(r.dossier);
  if (!d) return d.error();
  auto L = w.movement(d->movement_code);
  if (!L) return L.error();
  Outcome o;
  std::string& t = o.text;
  t += "Hồ sơ số " + std::to_string(d->id) + " — " + d->agency_name + " (" + d->agency_code + ")\n";
  t += "Phong trào: " + (*L)->m.name + " (" + d->movement_code + "), " + domain::round_label(d->round) + "\n";
  t += "Trạng thái: " + domain::label(d->state) + " [" + domain::code(d->state) + "], phiên bản " +
       std::to_string(d->version) + "\n";
  if (!d->submission_number.empty())
    t += "Tờ trình số " + d->submission_number + " ngày " +
         core::parse_date(d->submission_date).value_or(core::Date{}).dmy() + "\n";
  if (d->late_days) t += "Nộp muộn " + std::to_string(d->late_days) + " ngày\n";
  if (!d->returned_reason.empty()) t += "Lần trả lại gần nhất: " + d->returned_reason + "\n";
  t += "Đề nghị:\n";
  Json noms = Json::array();
  for (auto& n : w.store().nominations(d->id)) {
    t += nomination_line(**L, n);
    noms.push(nomination_json(n));
  }
  auto docs = w.store().documents(d->id);
  if (!docs.empty()) t += "Văn bản:\n";
  for (auto& x : docs)
    t += "  " + x.title + " — " + (x.path.empty() ? w.files().absolute(x.blob) : x.path) + " (SHA-256 " +
         x.sha256.substr(0, 16) + "…)\n";
  auto f = facts(w, **L, *d, ActorInfo{}, "", nullptr);
  t += missing_text(f);
  if (f.submit_deadline && f.submit_deadline->due)
    t +=
        "Hạn nộp: " + f.submit_deadline->due->dmy() + (f.submit_deadline->late ? " (đã quá hạn)" : "") + "\n";
  t += next_actions(d->state);
  set_result(o, *d, std::move(noms), f);
  return o;
}

Outcome dossier_list(Workspace& w, const DossierList& r) {
  Outcome o;
  Json a = Json::array();
  for (auto& d : w.store().dossiers(r.movement, r.round)) {
    o.text += std::to_string(d.id) + "\t" + d.movement_code + "\t" + d.round + "\t" + d.agency_code + "\t" +
              domain::code(d.state) + "\n";
    Json j = Json::object();
    j.set("id", Json::integer(d.id));
    j.set("unit", S(d.agency_code));
    j.set("state", S(domain::code(d.state)));
    a.push(std::move(j));
  }
  o.result.set("dossiers", std::move(a));
  return o;
}

}  // namespace tdkt::app
