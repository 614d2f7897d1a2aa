// tdkt packet SỐ_HỒ_SƠ | qd:SỐ | ct:MÃ: what a unit, the decision or a contest sends up, as one zip; and tdkt
// packet verify: every file of a packet against its manifest.
#include <algorithm>
#include <filesystem>
#include <map>

#include "app/api.hpp"
#include "app/contest/contest.hpp"
#include "app/packet/builder.hpp"
#include "views/shared.hpp"
#include "workflow/nomination.hpp"

namespace tdkt::app {

using core::Json;
namespace fs = std::filesystem;
using views::two_digits;

namespace {
Outcome refused(const PacketBuilder& b) {
  return fail(kVerifyFailed, b.problem());
}

// The reports of the kept nominees, one folder in the zip and one group of bookmarks.
bool reports(PacketBuilder& b, const std::vector<domain::StoredDocument>& docs,
             const std::vector<domain::Nomination>& noms, const std::string& folder) {
  render::pdf::MergePart group{"Báo cáo thành tích", "", {}};
  for (auto& n : noms) {
    if (!workflow::kept_by_unit(n.stage)) continue;
    const auto* a = latest(docs, "bao_cao_thanh_tich", "", n.id);
    if (!a) continue;
    std::string ext = fs::path(a->blob.empty() ? a->path : a->blob).extension().string();
    std::string name = folder + two_digits(static_cast<int>(n.id)) + "-" + domain::code(n.subject_kind) +
                       "-" + n.subject_code + ext;
    if (!b.stored(*a, name, "Báo cáo thành tích — " + n.subject_name)) return false;
    if (ext == ".pdf") {
      b.mark_merged();
      group.children.push_back({n.subject_name, b.last_bytes(), {}});
    }
  }
  if (!group.children.empty()) b.part(std::move(group));
  return true;
}

// The documents of the plan's dossier composition, in its order.
bool dossier_parts(Workspace& w, PacketBuilder& b, const StoredMovement& L, const domain::Dossier& d,
                   const std::vector<domain::StoredDocument>& docs,
                   const std::vector<domain::Nomination>& noms) {
  int k = 0;
  bool list_done = false;
  std::vector<domain::Nomination> kept;
  for (auto& n : noms)
    if (workflow::kept_by_unit(n.stage)) kept.push_back(n);
  auto add_list = [&](const std::string& stem) {
    if (kept.empty()) return;
    b.add(stem + ".xlsx", list_bytes(w, L, d.round, kept, "don_vi"), "danh_sach_xlsx",
          "Danh sách đề nghị khen thưởng (bảng tính)");
    list_done = true;
  };
  for (auto& item : L.m.dossier) {
    if (item.doc == "to_trinh") {
      std::string kind = latest(docs, "to_trinh", ".pdf") ? "to_trinh" : "to_trinh_du_thao";
      const auto* pf = latest(docs, kind, ".pdf");
      if (pf && !b.pair(docs, kind, two_digits(++k) + "-to-trinh", doc_title(*pf) + " kèm Danh sách"))
        return false;
    } else if (item.doc == "danh_sach") {
      add_list(two_digits(++k) + "-danh-sach");
    } else if (item.doc == "bien_ban" || item.doc == "trich_bien_ban") {
      const auto* pf = latest(docs, item.doc, ".pdf");
      if (!pf) continue;  // numbered only when present
      std::string stem = two_digits(++k) + (item.doc == "bien_ban" ? "-bien-ban" : "-trich-bien-ban");
      if (!b.pair(docs, item.doc, stem, doc_title(*pf))) return false;
    } else if (item.doc == "bao_cao_thanh_tich") {
      if (!reports(b, docs, noms, two_digits(++k) + "-bao-cao-thanh-tich/")) return false;
    }
  }
  if (!list_done) add_list("danh-sach-de-nghi");
  return true;
}

Outcome dossier_packet(Workspace& w, int64_t id, const std::string& out) {
  auto d = w.dossier(id);
  if (!d) return d.error();
  auto L = w.movement(d->movement_code);
  if (!L) return L.error();
  auto docs = w.store().documents(d->id);
  auto noms = w.store().nominations(d->id);
  PacketBuilder b(w);
  if (!dossier_parts(w, b, **L, *d, docs, noms)) return refused(b);
  if (b.empty())
    return fail(kRefused, "hồ sơ số " + std::to_string(id) + " chưa có văn bản nào (tdkt dossier generate)");
  Json m = base_manifest(w, **L, core::parse_date(d->submission_date).value_or(w.today()));
  Json dj = Json::object();
  dj.set("id", Json::integer(d->id));
  dj.set("unit", Json::string(d->agency_code));
  dj.set("unit_name", Json::string(d->agency_name));
  dj.set("round", Json::string(d->round));
  dj.set("state", Json::string(domain::code(d->state)));
  dj.set("state_label", Json::string(domain::label(d->state)));
  dj.set("version", Json::integer(d->version));
  dj.set("submission_number", Json::string(d->submission_number));
  dj.set("submission_date", Json::string(d->submission_date));
  dj.set("nominations", Json::integer(std::count_if(noms.begin(), noms.end(), [](auto& n) {
           return workflow::kept_by_unit(n.stage);
         })));
  m.set("dossier", std::move(dj));
  return b.finish(std::move(m), out, "Hồ sơ đề nghị khen thưởng — " + d->agency_name);
}

// The Tờ trình of every dossier the decision answers, one group of bookmarks.
bool submissions(Workspace& w, PacketBuilder& b, const std::map<int64_t, bool>& dossiers) {
  render::pdf::MergePart group{"Tờ trình của các đơn vị", "", {}};
  for (auto& [did, _] : dossiers) {
    auto docs = w.store().documents(did);
    auto d = w.store().dossier(did);
    const auto* pf = latest(docs, "to_trinh", ".pdf");
    if (!pf) continue;
    std::vector<render::pdf::MergePart> sub;
    if (!b.pair(docs, "to_trinh", "03-to-trinh/ho-so-" + two_digits(static_cast<int>(did)),
                doc_title(*pf) + " — " + d->agency_name, sub))
      return false;
    for (auto& x : sub) group.children.push_back(std::move(x));
  }
  if (!group.children.empty()) b.part(std::move(group));
  return true;
}

Outcome decision_packet(Workspace& w, int64_t id, const std::string& out) {
  std::optional<domain::Decision> dec;
  std::string movement;
  for (auto& m : w.store().movements())
    for (auto& x : w.store().decisions(m.id))
      if (x.id == id) dec = x, movement = m.code;
  if (!dec)
    return fail(kNotFound, "không có quyết định số hiệu nội bộ " + std::to_string(id),
                "xem: tdkt movement status MÃ");
  auto L = w.movement(movement);
  if (!L) return L.error();
  PacketBuilder b(w);
  std::string so = views::numbered(dec->number, dec->symbol);
  if (!b.pair(w.store().decision_documents(dec->id), "quyet_dinh", "01-quyet-dinh",
              "Quyết định số " + so + " kèm Danh sách"))
    return refused(b);
  std::vector<domain::Nomination> awarded;
  std::map<int64_t, bool> dossiers;
  for (auto& n : w.store().round_nominations((*L)->row.id, dec->round))
    if (n.decision_id && *n.decision_id == dec->id) {
      awarded.push_back(n);
      dossiers[n.dossier_id] = true;
    }
  if (!awarded.empty())
    b.add("02-danh-sach-khen-thuong.xlsx", list_bytes(w, **L, dec->round, awarded, "quyet_dinh"),
          "danh_sach_xlsx", "Danh sách tập thể, cá nhân được khen thưởng (bảng tính)");
  if (!submissions(w, b, dossiers)) return refused(b);
  // What the council decided from: the appraisal report and the minutes of its sitting, when made in tdkt.
  auto round_docs = w.store().round_documents((*L)->row.id, dec->round);
  for (auto [kind, stem] : {std::pair{"bao_cao_tham_dinh", "04-bao-cao-tham-dinh"},
                            std::pair{"bien_ban_hoi_dong", "05-bien-ban-hoi-dong"}})
    if (const auto* pf = latest(round_docs, kind, ".pdf");
        pf && !b.pair(round_docs, kind, stem, doc_title(*pf)))
      return refused(b);
  Json m = base_manifest(w, **L, core::parse_date(dec->date).value_or(w.today()));
  Json dj = Json::object();
  dj.set("id", Json::integer(dec->id));
  dj.set("number", Json::string(so));
  dj.set("date", Json::string(dec->date));
  dj.set("round", Json::string(dec->round));
  dj.set("awardees", Json::integer(static_cast<int64_t>(awarded.size())));
  dj.set("total_money", Json::integer(dec->total_money));
  m.set("decision", std::move(dj));
  return b.finish(std::move(m), out, "Quyết định khen thưởng số " + so);
}
}  // namespace

Outcome contest_packet(Workspace& w, const std::string& movement, const std::string& out);

Outcome packet_build(Workspace& w, const PacketBuild& r) {
  if (r.target.rfind("ct:", 0) == 0) {
    if (r.out.empty()) return fail(kUsage, "cần -o TỆP.zip");
    return contest_packet(w, r.target.substr(3), r.out);
  }
  bool decision = r.target.rfind("qd:", 0) == 0;
  std::string num = decision ? r.target.substr(3) : r.target;
  if (num.empty() || num.size() > 12 || num.find_first_not_of("0123456789") != std::string::npos)
    return fail(kUsage,
                "«" + r.target +
                    "» không phải số hồ sơ (ví dụ 3), quyết định (ví dụ qd:1) hay cuộc thi (ví dụ ct:MÃ)");
  if (r.out.empty()) return fail(kUsage, "cần -o TỆP.zip");
  return decision ? decision_packet(w, std::stoll(num), r.out) : dossier_packet(w, std::stoll(num), r.out);
}

}  // namespace tdkt::app
