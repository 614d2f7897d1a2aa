// Matching the files of a folder to a dossier's nominees by file name: the nominee's code or full name inside
// the name (accents, case and NFD ignored); the code wins over names, the longest name wins, a tie is
// ambiguous.
#pragma once
#include <string>
#include <vector>

#include "domain/round.hpp"

namespace tdkt::app {

struct FolderPlan {
  struct Match {
    std::string file;
    const domain::Nomination* nomination = nullptr;
    std::string bytes;
  };
  std::vector<Match> matches;
  std::vector<std::string> problems;  // one Vietnamese line per bad file; any problem → nothing is attached
};

// Hidden files, Office lock files (~$…) and the desktop files of Windows are not reports.
bool skipped_file(const std::string& name);
// Matches every file and reads the matched ones (all read before anything is written).
FolderPlan match_folder(const std::string& folder, const std::vector<std::string>& files,
                        const std::vector<domain::Nomination>& noms, int64_t dossier);

}  // namespace tdkt::app
