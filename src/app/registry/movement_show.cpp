// tdkt movement show: a movement as its plan states it — issuer, number, awards with quotas, criteria,
// dossier, deadlines, recipients, signer — and the decree in force on its date.
#include "app/api.hpp"
#include "app/registry/registry.hpp"
#include "app/workspace.hpp"
#include "text/format.hpp"
#include "text/normalize.hpp"

namespace tdkt::app {

using core::Json;

namespace {
std::string quota_text(const domain::AwardForm& a) {
  std::string q;
  if (a.quota.tap_the) q += std::to_string(*a.quota.tap_the) + " tập thể ";
  if (a.quota.ca_nhan) q += std::to_string(*a.quota.ca_nhan) + " cá nhân ";
  if (a.quota.tong) q += "tổng không quá " + std::to_string(*a.quota.tong) + " ";
  for (auto& [g, n] : a.quota.per_group) q += g + ": " + std::to_string(n) + " ";
  if (a.quota.set_by_unit) q += "do đơn vị quy định ";
  return q;
}

std::string awards_text(const domain::Movement& m) {
  std::string t = "\nHình thức khen thưởng:\n";
  for (auto& a : m.awards) {
    t += "  [" + a.id + "] " + a.name + " — " + a.authority;
    if (std::string q = quota_text(a); !q.empty()) t += "; số lượng: " + text::fold_spaces(q);
    if (!a.quota.text.empty()) t += " — «" + a.quota.text + "»";
    t += "\n";
  }
  return t;
}

std::string rest_text(const domain::Movement& m) {
  std::string t = "\nTiêu chí (" + std::to_string(m.criteria.size()) + "):\n";
  for (auto& cr : m.criteria)
    t += "  [" + cr.id + "] " + (cr.rule ? "(" + cr.rule->type + ") " : "(thủ công) ") +
         cr.text.substr(0, 160) + (cr.text.size() > 160 ? "…" : "") + "\n";
  if (!m.dossier.empty()) {
    t += "\nHồ sơ đề nghị:\n";
    for (auto& d : m.dossier) t += "  - " + d.text + "\n";
  }
  if (!m.deadlines.empty()) {
    t += "\nThời hạn:\n";
    for (auto& d : m.deadlines) t += "  - " + d.text + "\n";
  }
  t += "\nNơi nhận:\n";
  for (auto& r : m.recipients) t += "  - " + r + "\n";
  t += "\n" + (m.signer.authority.empty() ? "" : m.signer.authority + " / ") + m.signer.title + ": " +
       m.signer.name + "\n";
  return t;
}
}  // namespace

Outcome movement_show(Workspace& w, const MovementShow& r) {
  auto L = w.movement(r.code);
  if (!L) return L.error();
  const domain::Movement& m = (*L)->m;
  Outcome o;
  std::string& t = o.text;
  t += describe_movement(m) + "\n";
  t += "Cơ quan ban hành: " + (m.issuer.parent.empty() ? "" : m.issuer.parent + " / ") + m.issuer.name + "\n";
  t += text::doc_number(m.document.number, m.document.symbol) + "; " +
       (m.document.date ? text::nd30_place_date(m.issuer.place, *m.document.date)
                        : text::nd30_place_date_blank(m.issuer.place, m.document.year, m.document.month)) +
       "\n";
  t += "Trích yếu: " + m.document.summary + "\n";
  t += "Thời gian: " + m.period_from.dmy() + " – " + m.period_to.dmy() + "\n";
  if (auto Lg = w.legal())
    if (auto* dc = (*Lg)->decree_on(m.effective_date()))
      t += "Văn bản áp dụng (theo ngày ban hành): " + dc->name + "\n";
  t += awards_text(m) + rest_text(m);
  o.result.set("movement", (*L)->json);
  o.result.set("sha256", Json::string((*L)->row.sha256));
  return o;
}

}  // namespace tdkt::app
