// The council's vote threshold for an award on a date: percent of ALL members and whether it is strict ("more
// than"), from the legal basis in force, else the workspace default (setting nguong_bieu_quyet).
#pragma once
#include <string>

#include "app/workspace.hpp"

namespace tdkt::app {

struct Threshold {
  int percent = 50;
  bool strict = true;
  std::string source;  // where it comes from, in words
};
Threshold council_threshold(Workspace& w, const rules::LegalData& Lg, const std::string& catalog,
                            core::Date on);

}  // namespace tdkt::app
