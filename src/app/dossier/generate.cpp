// tdkt dossier generate: the unit's Biên bản (or Trích biên bản) of its meeting and a draft Tờ trình, made
// from the dossier's current data and tagged with it, so a later change makes them stale.
#include "app/api.hpp"
#include "app/documents.hpp"
#include "app/dossier/documents.hpp"
#include "app/dossier/facts.hpp"
#include "workflow/nomination.hpp"

namespace tdkt::app {

using core::Json;

views::Unit unit_of(Workspace& w, const std::string& agency_code) {
  auto a = w.store().agency(agency_code);
  if (!a) throw core::Error("không có đơn vị mã «" + agency_code + "»");
  views::Unit u{a->code, a->name, "", a->place};
  if (auto p = a->parent_code.empty() ? std::nullopt : w.store().agency(a->parent_code))
    // "UBND huyện Hớn Quản": a short name that drops the area ("UBND huyện") would leave the header unnamed.
    u.parent_name = p->name.rfind("Ủy ban nhân dân ", 0) == 0
                        ? "UBND " + p->name.substr(std::string("Ủy ban nhân dân ").size())
                    : p->short_name.empty() ? p->name
                                            : p->short_name;
  return u;
}

Result<Json> to_trinh_data(Workspace& w, const StoredMovement& L, const domain::Dossier& d,
                           const std::optional<TrinhNumber>& numbered) {
  auto Lg = w.legal();
  if (!Lg) return Lg.error();
  views::ToTrinhInput in;
  in.movement = &L.m;
  in.round = d.round;
  in.unit = unit_of(w, d.agency_code);
  for (auto& n : w.store().nominations(d.id))
    if (workflow::kept_by_unit(n.stage)) in.kept.push_back(n);
  if (numbered) {
    in.number = numbered->number;
    in.date = numbered->date;
    in.signer_name = numbered->signer_name;
    in.signer_title = numbered->signer_title;
  }
  in.draft_year = w.today().y;
  in.individuals_first = w.store().setting("ca_nhan_truoc").value_or("0") == "1";
  in.citations = (*Lg)->citations("to_trinh", in.date.value_or(w.today()));
  auto meetings = w.store().meetings(d.movement_id, d.round, domain::MeetingKind::Unit, d.id);
  if (!meetings.empty()) {
    in.meeting_date = core::parse_date(meetings.back().date);
    in.meeting_number = meetings.back().number;
  }
  return views::to_trinh(in);
}

namespace {
Json bien_ban_data(Workspace& w, const StoredMovement& L, const domain::Dossier& d,
                   const std::vector<domain::Meeting>& meetings) {
  views::BienBanHopXetInput in;
  in.movement = &L.m;
  in.round = d.round;
  in.unit = unit_of(w, d.agency_code);
  in.meeting = meetings.back();
  in.meeting_date = core::parse_date(in.meeting.date).value_or(w.today());
  in.nominations = w.store().nominations(d.id);
  for (auto& p : w.store().people(d.agency_code)) {
    if (p.full_name == in.meeting.chair) in.chair_position = views::position_in(p.position, in.unit.name);
    if (p.full_name == in.meeting.secretary)
      in.secretary_position = views::position_in(p.position, in.unit.name);
  }
  return views::bien_ban_hop_xet(in);
}
}  // namespace

Outcome dossier_generate(Workspace& w, const DossierGenerate& r) {
  auto d = w.dossier(r.dossier);
  if (!d) return d.error();
  auto L = w.movement(d->movement_code);
  if (!L) return L.error();
  auto meetings = w.store().meetings(d->movement_id, d->round, domain::MeetingKind::Unit, r.dossier);
  if (meetings.empty())
    return fail(kRefused, "chưa ghi cuộc họp xét của đơn vị (tdkt dossier meeting): chưa lập được Biên bản");
  if (auto Lg = w.legal(); !Lg) return Lg.error();
  std::string hash = data_hash(w, *d), stem = "ho-so-" + std::to_string(r.dossier) + "-";
  Outcome o;
  Documents docs(w);
  for (auto& item : (*L)->m.dossier) {
    if (item.doc != "bien_ban" && item.doc != "trich_bien_ban") continue;
    std::string form = item.doc == "trich_bien_ban" ? "trich-bien-ban" : "bien-ban-hop-xet";
    if (!docs.render({form, stem + form, item.doc, doc_name(item.doc)}, bien_ban_data(w, **L, *d, meetings),
                     o.diags)) {
      o.exit = kInvalidInput;
      return o;
    }
  }
  // The Tờ trình as a draft (unnumbered) for the unit to review; the numbered one is made on submission.
  auto draft = to_trinh_data(w, **L, *d, std::nullopt);
  if (!draft) return draft.error();
  if (!docs.render({"to-trinh", stem + "to-trinh-du-thao", "to_trinh_du_thao", "Tờ trình (dự thảo)"}, *draft,
                   o.diags)) {
    o.exit = kInvalidInput;
    return o;
  }
  w.transaction([&] {
    auto rows = docs.record([&](domain::StoredDocument& x) {
      x.dossier_id = r.dossier;
      x.data_sha256 = hash;
    });
    w.audit("generate", "dossier", std::to_string(r.dossier),
            "lập văn bản từ dữ liệu " + hash.substr(0, 16) + Documents::detail(rows));
  });
  docs.publish();
  for (auto& x : docs.recorded()) o.text += "  " + x.path + "\n";
  o.text = "Đã lập " + std::to_string(docs.recorded().size()) + " tệp cho hồ sơ số " +
           std::to_string(r.dossier) + ":\n" + o.text;
  return o;
}

}  // namespace tdkt::app
