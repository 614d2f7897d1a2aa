// Inside the app layer: the documents on disk against their recorded hashes, for `tdkt check`.
#pragma once
#include "app/outcome.hpp"
#include "app/workspace.hpp"

namespace tdkt::app {

// Every kept version and the newest readable copy of each document; a stale copy (a run killed before its
// copy was written) is put right with a warning. Returns the number of problems (errors in o); checked counts
// the versions read.
int check_documents(Workspace& w, Outcome& o, int& checked);

}  // namespace tdkt::app
