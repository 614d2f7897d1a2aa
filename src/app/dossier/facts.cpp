// Gathering the facts about a dossier (see facts.hpp).
#include "app/dossier/facts.hpp"

#include <algorithm>

#include "core/files.hpp"
#include "workflow/nomination.hpp"

namespace tdkt::app {

using domain::MeetingKind;

std::string data_hash(const std::vector<domain::Nomination>& noms,
                      const std::vector<domain::Meeting>& meetings) {
  std::string canon;
  for (auto& n : noms)
    canon += std::to_string(n.id) + "|" + n.subject() + "|" + n.award + "|" + n.summary + "|" +
             (n.unit_agree ? std::to_string(*n.unit_agree) : "-") + "\n";
  for (auto& m : meetings)
    canon += m.date + "|" + m.place + "|" + m.chair + "|" + m.secretary + "|" + std::to_string(m.members) +
             "|" + std::to_string(m.present) + "\n";
  return core::sha256_hex(canon);
}

std::string data_hash(Workspace& w, const domain::Dossier& d) {
  return data_hash(w.store().nominations(d.id),
                   w.store().meetings(d.movement_id, d.round, MeetingKind::Unit, d.id));
}

const char* doc_name(const std::string& kind) {
  if (kind == "to_trinh") return "Tờ trình";
  if (kind == "danh_sach") return "Danh sách";
  if (kind == "bien_ban") return "Biên bản họp xét";
  if (kind == "trich_bien_ban") return "Trích biên bản họp xét";
  if (kind == "bao_cao_thanh_tich") return "Báo cáo thành tích";
  if (kind == "quyet_dinh") return "Quyết định khen thưởng";
  return "văn bản khác";
}

std::optional<workflow::DeadlineCheck> deadline_of(Workspace& w, const StoredMovement& L,
                                                   const std::string& round, const std::string& step) {
  return workflow::deadline(L.m, round, step, w.store().round_dates(L.row.id, round), w.holidays(),
                            w.today());
}

namespace {
// The documents the plan's dossier composition asks for that are missing or made from older data.
void documents(const StoredMovement& L, const std::vector<domain::Nomination>& noms,
               const std::vector<domain::StoredDocument>& docs, const std::string& hash, workflow::Facts& f) {
  for (auto& item : L.m.dossier) {
    if (item.doc == "bien_ban" || item.doc == "trich_bien_ban") {
      const domain::StoredDocument* latest = nullptr;
      for (auto& x : docs)
        if (x.kind == item.doc && x.source == domain::DocSource::Generated) latest = &x;
      if (!latest)
        f.missing_documents.push_back(std::string(doc_name(item.doc)) + " (tdkt dossier generate)");
      else if (latest->data_sha256 != hash)
        f.stale_documents.push_back(doc_name(item.doc));
    } else if (item.doc == "bao_cao_thanh_tich") {
      for (auto& n : noms) {
        if (!workflow::kept_by_unit(n.stage)) continue;
        bool has = std::any_of(docs.begin(), docs.end(), [&](auto& x) {
          return x.kind == "bao_cao_thanh_tich" && x.nomination_id == n.id;
        });
        if (!has)
          f.missing_documents.push_back("Báo cáo thành tích của " + n.subject_name + " (đề nghị số " +
                                        std::to_string(n.id) + ")");
      }
    }
  }
}

void counts(const std::vector<domain::Nomination>& noms, workflow::Facts& f) {
  f.nominations = static_cast<int>(noms.size());
  for (auto& n : noms) {
    bool kept = workflow::kept_by_unit(n.stage);
    f.unvoted += !n.unit_agree;
    f.kept += kept;
    if (kept && n.appraisal == domain::Appraisal::None) ++f.unassessed;
    if (kept && n.appraisal == domain::Appraisal::ToConfirm) ++f.to_confirm;
    if (n.appraisal == domain::Appraisal::Eligible) {
      ++f.eligible;
      f.without_council_vote += !n.council_agree;
    }
  }
}
}  // namespace

workflow::Facts facts(Workspace& w, const StoredMovement& L, const domain::Dossier& d, const ActorInfo& a,
                      const std::string& reason, const std::vector<std::string>* quota) {
  workflow::Facts f;
  f.state = d.state;
  f.dossier_unit = d.agency_code;
  f.role = a.role.value_or(domain::Role::CanBoDonVi);
  f.actor_registered = a.user.has_value();
  f.actor_unit = a.user ? a.user->agency_code : "";
  f.reason = reason;
  auto noms = w.store().nominations(d.id);
  counts(noms, f);
  auto meetings = w.store().meetings(d.movement_id, d.round, MeetingKind::Unit, d.id);
  f.meeting = !meetings.empty();
  auto docs = w.store().documents(d.id);
  documents(L, noms, docs, data_hash(noms, meetings), f);
  f.changed_since_return = d.returned_at.empty() || std::any_of(docs.begin(), docs.end(), [&](auto& x) {
                             return x.id > d.returned_after_doc;
                           });
  f.submit_deadline = deadline_of(w, L, d.round, "nop_ho_so");
  f.appraisal_deadline = deadline_of(w, L, d.round, "tham_dinh");
  if (quota) f.quota_overflows = *quota;
  return f;
}

}  // namespace tdkt::app
