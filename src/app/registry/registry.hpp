// Shared by the registry use cases (movements, data, legal) and the example report.
#pragma once
#include <string>

#include "app/workspace.hpp"

namespace tdkt::app {

// A short summary line per movement, shared by validate, import, list and show.
std::string describe_movement(const domain::Movement& m);
// Keeps a copy of the legal data (base + overrides) and its award catalogue in the workspace, so a workspace
// keeps the rules it ran under. Throws core::Error when the legal data cannot be read.
void sync_legal(Workspace& w);

}  // namespace tdkt::app
