// tdkt export workbook: the council's workbook of a round (what reached the appraising office), or a unit's
// own list of one dossier.
#include <set>

#include "app/api.hpp"
#include "app/export/workbook.hpp"
#include "workflow/nomination.hpp"

namespace tdkt::app {

Outcome export_workbook(Workspace& w, const ExportWorkbook& r) {
  if (r.sort != "don_vi" && r.sort != "quyet_dinh")
    return fail(kUsage, "--sort phải là don_vi hoặc quyet_dinh");
  std::string movement = r.movement, round = r.round;
  std::vector<domain::Nomination> noms;
  if (r.dossier) {
    auto d = w.dossier(r.dossier);
    if (!d) return d.error();
    movement = d->movement_code;
    round = d->round;
    // The unit's working list: what its meeting kept, and what it has not voted on yet.
    for (auto& n : w.store().nominations(d->id))
      if (workflow::kept_by_unit(n.stage) || n.stage == domain::NominationStage::Proposed) noms.push_back(n);
  }
  auto L = w.movement(movement);
  if (!L) return L.error();
  if (!domain::valid_round(round))
    return fail(kUsage, "đợt «" + round + "» không hợp lệ: viết năm (2024) hoặc tong_ket");
  if (!r.dossier) {
    // What reached the appraising office: dossiers submitted and not returned or withdrawn.
    std::set<int64_t> sent;
    for (auto& d : w.store().dossiers(movement, round))
      if (workflow::before_council(d.state)) sent.insert(d.id);
    for (auto& n : w.store().round_nominations((*L)->row.id, round))
      if (workflow::kept_by_unit(n.stage) && sent.count(n.dossier_id)) noms.push_back(n);
  }
  if (noms.empty())
    return fail(kNotFound, "không có đề nghị nào để lập danh sách trong " + domain::round_label(round));
  WorkbookParts parts{r.dossier == 0, r.sort, r.stream};
  Outcome o;
  size_t n = write_round_workbook(w, **L, round, noms, r.out, parts, o.diags);
  o.text = "Đã lập bảng tính " + r.out + ": " + std::to_string(n) + " dòng danh sách" +
           (parts.council ? ", tổng hợp, phiếu bầu, kết quả kiểm phiếu" : ", tổng hợp") + "\n";
  o.result.set("rows", core::Json::integer(static_cast<int64_t>(n)));
  o.result.set("file", core::Json::string(r.out));
  return o;
}

}  // namespace tdkt::app
