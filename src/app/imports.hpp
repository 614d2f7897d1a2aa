// Lists from Excel or CSV: nominations into a dossier, units, people. Every row is checked before
// anything is written; errors name the sheet, row and column. Nothing is imported from a file with
// errors unless the user asks for the good rows only; a copy of the file with the bad cells marked can
// be written next to the report. The template files (tdkt import template …) have the documented columns.
#pragma once
#include <string>

#include "app/app.hpp"

namespace tdkt::app {

struct ImportRequest {
  std::string kind;               // "nominations" | "people" | "units"
  std::string file, sheet, mark;  // mark: where to write the marked copy (.xlsx), "" = none
  int64_t dossier = 0;
  bool good_rows_only = false;
};
Outcome import_table(const Context& c, const ImportRequest& r);
// An empty list to fill in, with the columns, a sample row and a sheet of instructions.
Outcome import_template(const Context& c, const std::string& kind, int64_t dossier, const std::string& out);

}  // namespace tdkt::app
