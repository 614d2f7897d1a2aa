// The council's vote threshold (see threshold.hpp).
#include "app/council/threshold.hpp"

#include "app/admin/settings.hpp"

namespace tdkt::app {

Threshold council_threshold(Workspace& w, const rules::LegalData& Lg, const std::string& catalog,
                            core::Date on) {
  if (auto t = Lg.vote_threshold(catalog, on))
    return {t->percent, false, "theo " + t->basis + (t->confidence == "U" ? " (chưa xác nhận)" : "")};
  std::string v = w.store().setting("nguong_bieu_quyet").value_or(">50");
  auto p = parse_threshold(v).value_or(std::make_pair(50, true));
  return {p.first, p.second, "mặc định của kho (nguong_bieu_quyet " + v + ")"};
}

}  // namespace tdkt::app
