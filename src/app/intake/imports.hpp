// The two kinds of list import behind tdkt import (nominations into a dossier; people or units into the
// registry).
#pragma once
#include <string>

#include "app/api.hpp"
#include "app/intake/list.hpp"
#include "app/workspace.hpp"

namespace tdkt::app {

Outcome import_nominations(Workspace& w, const ImportTable& r, intake_list::Sheet& sh,
                           const std::string& sha);
Outcome import_registry(Workspace& w, const ImportTable& r, intake_list::Sheet& sh, const std::string& sha);

}  // namespace tdkt::app
