// tdkt eligibility: who meets an award's criteria in a round, without a dossier — one subject with the full
// explanation, or every candidate of the right kind with its verdict.
#include <algorithm>

#include "app/api.hpp"
#include "app/dossier/assess.hpp"
#include "rules/explain.hpp"
#include "views/shared.hpp"

namespace tdkt::app {

using core::Json;

namespace {
std::vector<std::string> candidates(const domain::AwardForm& a, const rules::World& w) {
  std::vector<std::string> subjects;
  auto has = [&](const char* k) {
    return std::find(a.subjects.begin(), a.subjects.end(), k) != a.subjects.end();
  };
  const std::string agency = domain::code(domain::SubjectKind::Agency) + ":";
  const std::string person = domain::code(domain::SubjectKind::Person) + ":";
  if (has("tap_the"))
    for (auto& x : w.data().agencies)
      if (x.parent.size()) subjects.push_back(agency + x.code);
  if (has("ca_nhan"))
    for (auto& x : w.data().people) subjects.push_back(person + x.code);
  return subjects;
}
}  // namespace

Outcome eligibility(Workspace& w, const Eligibility& r) {
  if (!domain::valid_round(r.round))
    return fail(kInvalidInput, "đợt «" + r.round + "» không hợp lệ", "ghi năm (ví dụ 2024) hoặc tong_ket");
  auto L = w.movement(r.movement);
  if (!L) return L.error();
  const auto* a = (*L)->m.award(r.award);
  if (!a) return fail(kInvalidInput, "phong trào không có hình thức «" + r.award + "»");
  rules::World world(w.store().snapshot());
  std::vector<std::string> subjects =
      r.subject.empty() ? candidates(*a, world) : std::vector<std::string>{r.subject};
  rules::EvalContext ctx;
  ctx.world = &world;
  ctx.movement = &(*L)->m;
  ctx.year = rules::round_year((*L)->m, r.round);
  ctx.on = w.today();
  ctx.cong_trang = a->round != "chuyen_de" && a->round != "cuoc_thi";
  ctx.catalog_names = &w.catalog_names();
  Outcome o;
  int met = 0, manual = 0;
  Json rows = Json::array();
  for (auto& sub : subjects) {
    const std::string* name = world.name(sub);
    if (!name) return fail(kNotFound, "không có đối tượng «" + sub + "»", "dạng agency:MÃ hoặc person:MÃ");
    auto as = rules::assess({sub, r.award}, ctx);
    met += as.status == rules::Status::Met;
    manual += as.status == rules::Status::Manual;
    if (!r.subject.empty())
      o.text += *name + " — " + a->name + " " + domain::round_label(r.round) + ": " + as.summary() + "\n" +
                rules::explain(as);
    else if (as.status != rules::Status::NotMet)
      o.text += "[" + rules::status_label(as.status) + "] " + *name + " (" + sub + ")\n";
    Json j = Json::object();
    j.set("subject", views::S(sub));
    j.set("status", views::S(domain::code(appraisal_of(as.status))));
    rows.push(std::move(j));
  }
  if (r.subject.empty())
    o.text += std::to_string(subjects.size()) + " đối tượng: " + std::to_string(met) + " đạt, " +
              std::to_string(manual) + " chờ xác nhận thủ công, " +
              std::to_string(subjects.size() - static_cast<size_t>(met + manual)) + " không đạt\n";
  o.result.set("results", std::move(rows));
  return o;
}

}  // namespace tdkt::app
