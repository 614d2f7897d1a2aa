// Where a round stands (dossiers by state and unit, nominations by outcome, decisions), the dates a round
// needs, and the workflow's diagram.
#include <algorithm>
#include <map>

#include "app/api.hpp"
#include "app/dossier/facts.hpp"
#include "app/workspace.hpp"
#include "text/format.hpp"
#include "views/shared.hpp"
#include "workflow/nomination.hpp"

namespace tdkt::app {

using core::Json;

namespace {
// One line per dossier: its unit, state, counts, lateness and what it still misses.
std::string dossier_line(Workspace& w, const StoredMovement& L, const domain::Dossier& d,
                         std::map<domain::NominationStage, int>& by_stage, int& noms) {
  auto ns = w.store().nominations(d.id);
  int kept = 0, awarded = 0;
  for (auto& n : ns) {
    ++by_stage[n.stage];
    kept += workflow::kept_by_unit(n.stage);
    awarded += n.stage == domain::NominationStage::Awarded;
  }
  noms += static_cast<int>(ns.size());
  auto f = facts(w, L, d, ActorInfo{}, "", nullptr);
  bool missing = !f.missing_documents.empty() && workflow::with_unit(d.state);
  return "  " + std::to_string(d.id) + "\t" + d.round + "\t" + d.agency_name + "\t" + domain::label(d.state) +
         "\t" + std::to_string(ns.size()) + " đề nghị, " + std::to_string(kept) + " giữ, " +
         std::to_string(awarded) + " được khen" +
         (d.late_days ? ", nộp muộn " + std::to_string(d.late_days) + " ngày" : "") +
         (missing ? ", thiếu " + std::to_string(f.missing_documents.size()) + " văn bản" : "") + "\n";
}
}  // namespace

Outcome movement_status(Workspace& w, const MovementStatus& r) {
  auto L = w.movement(r.movement);
  if (!L) return L.error();
  Outcome o;
  std::map<domain::DossierState, int> by_state;
  std::map<domain::NominationStage, int> by_stage;
  std::string lines;
  int noms = 0;
  for (auto& d : w.store().dossiers(r.movement, r.round)) {
    ++by_state[d.state];
    lines += dossier_line(w, **L, d, by_stage, noms);
  }
  o.text = (*L)->m.name + (r.round.empty() ? "" : " — " + domain::round_label(r.round)) + "\n";
  o.text += "Theo trạng thái:\n";
  Json st = Json::object();
  for (auto x : domain::kDossierStates.all())
    if (by_state.count(x)) {
      o.text += "  " + domain::label(x) + ": " + std::to_string(by_state[x]) + "\n";
      st.set(domain::code(x), Json::integer(by_state[x]));
    }
  o.text += "Đề nghị: " + std::to_string(noms) + "\n";
  // By the stored code, in its alphabetical order (as the report has always listed them).
  std::map<std::string, std::pair<std::string, int>> by_code;
  for (auto& [k, v] : by_stage) by_code[domain::code(k)] = {domain::label(k), v};
  Json oc = Json::object();
  for (auto& [code, lv] : by_code) {
    o.text += "  " + lv.first + ": " + std::to_string(lv.second) + "\n";
    oc.set(code, Json::integer(lv.second));
  }
  o.text += "Theo đơn vị:\n" + lines;
  for (auto& d : w.store().decisions((*L)->row.id))
    if (r.round.empty() || d.round == r.round)
      o.text += "Quyết định số " + views::numbered(d.number, d.symbol) + " ngày " +
                core::parse_date(d.date).value_or(core::Date{}).dmy() + ", tổng tiền " +
                text::format_money(d.total_money) + "\n";
  o.result.set("states", std::move(st));
  o.result.set("outcomes", std::move(oc));
  o.result.set("nominations", Json::integer(noms));
  return o;
}

Outcome movement_date(Workspace& w, const MovementDate& r) {
  if (!domain::valid_round(r.round))
    return fail(kInvalidInput, "đợt «" + r.round + "» không hợp lệ", "ghi năm (ví dụ 2024) hoặc tong_ket");
  if (!core::parse_date(r.date))
    return fail(kInvalidInput, "ngày «" + r.date + "» không hợp lệ; viết YYYY-MM-DD");
  auto L = w.movement(r.movement);
  if (!L) return L.error();
  std::vector<std::string> keys;
  for (auto& d : (*L)->m.deadlines) {
    keys.push_back(d.id);
    if (!d.event.empty()) keys.push_back(d.event);
  }
  if (std::find(keys.begin(), keys.end(), r.key) == keys.end())
    return fail(kInvalidInput, "kế hoạch không có thời hạn hay sự kiện «" + r.key + "»",
                keys.empty() ? "kế hoạch không ghi thời hạn" : "dùng: " + views::join(keys));
  w.transaction([&] {
    w.store().set_round_date((*L)->row.id, r.round, r.key, r.date);
    w.audit("round_date", "movement", r.movement + " " + r.round, r.key + " = " + r.date);
  });
  Outcome o;
  o.text = "Đã ghi " + r.key + " = " + core::parse_date(r.date)->dmy() + " cho " +
           domain::round_label(r.round) + "\n";
  return o;
}

Outcome workflow_diagram(Workspace&, const WorkflowDiagram& r) {
  Outcome o;
  o.text = r.dot ? workflow::diagram_dot() : workflow::diagram_text();
  return o;
}

}  // namespace tdkt::app
