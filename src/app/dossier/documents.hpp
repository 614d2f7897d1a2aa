// The unit's documents from the workspace: the header of a unit, the Biên bản of its meeting, the Tờ trình
// (a draft to review, or numbered on submission).
#pragma once
#include <optional>
#include <string>

#include "app/workspace.hpp"
#include "views/round.hpp"

namespace tdkt::app {

// A unit as its documents name it (with its parent's name for the header).
views::Unit unit_of(Workspace& w, const std::string& agency_code);
// The Tờ trình's data: a draft (no number) or numbered and dated by the signer.
struct TrinhNumber {
  int number = 0;
  core::Date date;
  std::string signer_name, signer_title;
};
Result<core::Json> to_trinh_data(Workspace& w, const StoredMovement& L, const domain::Dossier& d,
                                 const std::optional<TrinhNumber>& numbered);

}  // namespace tdkt::app
