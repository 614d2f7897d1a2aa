// Reading a JSON file tdkt is given (movement, dataset, contest rules, form declarations, legal data, a
// form's data): UTF-8 checked, normalised to NFC with a warning when it was not, parsed with positions. The
// caller attaches the text to the diagnostics after its own checks (d.attach_source), so every error shows
// its line.
#pragma once

#include <optional>
#include <string>

#include "core/diag.hpp"
#include "core/json.hpp"

namespace tdkt::text {

struct JsonFile {
  core::Json json;
  std::string text;  // as normalised (NFC)
};

std::optional<JsonFile> read_json_file(const std::string& path, core::Diagnostics& d);

}  // namespace tdkt::text
