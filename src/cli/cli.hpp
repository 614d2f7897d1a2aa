// Command-line front end: parses arguments, calls app use cases, prints text or JSON, returns the exit code.
#pragma once
#include <string>
#include <vector>

namespace tdkt::cli {

int run(const std::vector<std::string>& args);
std::string help_text(const std::string& topic);  // "" = overview

}  // namespace tdkt::cli
