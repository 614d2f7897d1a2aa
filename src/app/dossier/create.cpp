// A unit opens its dossier for a round and proposes its nominees.
#include <algorithm>

#include "app/api.hpp"
#include "app/workspace.hpp"
#include "text/normalize.hpp"
#include "workflow/nomination.hpp"

namespace tdkt::app {

using core::Json;

Outcome dossier_create(Workspace& w, const DossierCreate& r) {
  if (!domain::valid_round(r.round))
    return fail(kInvalidInput, "đợt «" + r.round + "» không hợp lệ", "ghi năm (ví dụ 2024) hoặc tong_ket");
  auto L = w.movement(r.movement);
  if (!L) return L.error();
  auto a = w.store().agency(r.unit);
  if (!a) return fail(kNotFound, "không có đơn vị mã «" + r.unit + "»", "xem: tdkt unit list");
  for (auto& d : w.store().dossiers(r.movement, r.round))
    if (d.agency_code == r.unit)
      return fail(kConflict, "đơn vị «" + r.unit + "» đã có hồ sơ số " + std::to_string(d.id) + " cho " +
                                 domain::round_label(r.round) + " của phong trào này");
  int64_t id = 0;
  w.transaction([&] {
    id = w.store().create_dossier((*L)->row.id, a->id, r.round);
    w.audit("dossier_create", "dossier", std::to_string(id), r.movement + " " + r.round + " " + r.unit);
  });
  Outcome o;
  o.text = "Đã tạo hồ sơ số " + std::to_string(id) + ": " + a->name + ", " + (*L)->m.name + " " +
           domain::round_label(r.round) + "\n";
  o.result.set("dossier", Json::integer(id));
  return o;
}

namespace {
// The nominee of "agency:MÃ" / "person:MÃ": its id and the unit it belongs to.
struct Subject {
  domain::SubjectKind kind;
  int64_t id = 0;
  std::string unit;
};
Result<Subject> subject_of(Workspace& w, const std::string& subject) {
  auto colon = subject.find(':');
  auto kind = colon == std::string::npos ? std::nullopt
                                         : domain::parse<domain::SubjectKind>(subject.substr(0, colon));
  if (!kind) return fail(kUsage, "đối tượng phải là agency:MÃ hoặc person:MÃ");
  std::string code = subject.substr(colon + 1);
  if (*kind == domain::SubjectKind::Agency) {
    auto x = w.store().agency(code);
    if (!x) return fail(kNotFound, "không có đơn vị mã «" + code + "»");
    return Subject{*kind, x->id, x->code};
  }
  auto x = w.store().person(code);
  if (!x) return fail(kNotFound, "không có cá nhân mã «" + code + "»");
  return Subject{*kind, x->id, x->agency_code};
}

// The award of the movement for this round and kind of nominee, or the refusal.
Result<const domain::AwardForm*> award_for(const domain::Movement& m, const domain::Dossier& d,
                                           const std::string& award) {
  const auto* a = m.award(award);
  if (!a) {
    std::string list;
    for (auto& x : m.awards) list += (list.empty() ? "" : ", ") + x.id;
    return fail(kInvalidInput, "phong trào không có hình thức «" + award + "»", "các hình thức: " + list);
  }
  if (domain::is_period_round(d.round) != (a->round == "tong_ket"))
    return fail(kInvalidInput, "hình thức «" + award + "» thuộc đợt " + a->round + ", không dùng cho " +
                                   domain::round_label(d.round));
  return a;
}
}  // namespace

Outcome dossier_nominate(Workspace& w, const DossierNominate& r) {
  auto d = w.dossier(r.dossier);
  if (!d) return d.error();
  std::string id = std::to_string(r.dossier);
  if (!workflow::may_edit_nominations(d->state))
    return fail(kRefused, "hồ sơ số " + id + " đang ở trạng thái «" + domain::label(d->state) +
                              "»: chỉ thêm đề nghị khi đang lập hoặc được trả lại để bổ sung");
  auto L = w.movement(d->movement_code);
  if (!L) return L.error();
  auto a = award_for((*L)->m, *d, r.award);
  if (!a) return a.error();
  auto sub = subject_of(w, r.subject);
  if (!sub) return sub.error();
  const auto& subjects = (*a)->subjects;
  if (std::find(subjects.begin(), subjects.end(), domain::award_subject(sub->kind)) == subjects.end())
    return fail(kInvalidInput, "hình thức «" + r.award + "» không dành cho " + domain::label(sub->kind));
  auto du = w.store().agency(d->agency_code);
  bool own = sub->unit == d->agency_code;
  if (auto su = own ? std::nullopt : w.store().agency(sub->unit);
      su && su->parent_id && *su->parent_id == du->id)
    own = true;
  if (!own)
    return fail(kRefused, "«" + r.subject + "» không thuộc đơn vị «" + d->agency_code + "» của hồ sơ");
  for (auto& n : w.store().nominations(r.dossier))
    if (n.subject() == r.subject && n.award == r.award)
      return fail(kConflict, "đã có đề nghị này trong hồ sơ (số " + std::to_string(n.id) + ")");
  int64_t nid = 0;
  std::optional<int64_t> elsewhere;
  w.transaction([&] {
    // Asked inside the write transaction: a second writer waits for it, and then sees this nomination.
    if ((elsewhere = w.store().nominated_in_round(r.dossier, sub->kind, sub->id, r.award))) return;
    nid = w.store().add_nomination(r.dossier, sub->kind, sub->id, r.award, text::nfc(r.summary));
    w.audit("nominate", "dossier", id, "đề nghị " + std::to_string(nid) + ": " + r.subject + " — " + r.award);
  });
  if (elsewhere)
    return fail(kConflict, "«" + r.subject + "» đã được đề nghị «" + (*a)->name + "» trong hồ sơ số " +
                               std::to_string(*elsewhere) + " của cùng đợt: mỗi đợt chỉ đề nghị một lần");
  Outcome o;
  o.text = "Đã thêm đề nghị số " + std::to_string(nid) + ": " + r.subject + " — " + (*a)->name + "\n";
  o.result.set("nomination", Json::integer(nid));
  return o;
}

}  // namespace tdkt::app
