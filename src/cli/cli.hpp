// Command-line front end: finds the declared command, checks its options, fills its request, calls the use
// case, prints text or JSON, returns the exit code.
#pragma once
#include <string>
#include <vector>

#include "app/outcome.hpp"

namespace tdkt::cli {

int run(const std::vector<std::string>& args);
// Prints an outcome as text (stdout, diagnostics on stderr) or as one JSON object; returns its exit code.
int emit(const app::Outcome& o, bool json);
// The help of a topic ("" = the overview); "" when there is no such topic.
std::string help_text(const std::string& topic);
// The README's command table, from the declarations.
std::string command_table();
// The table of limits (core/limits.hpp) as Markdown: tdkt help limits, and docs/limits.md.
std::string limits_table();

}  // namespace tdkt::cli
