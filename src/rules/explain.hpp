// An assessment as people read it (the indented text the CLI prints and the store keeps) and as structure
// (JSON the store keeps since migration 7, read back by the Báo cáo thẩm định): the same tree both ways.
#pragma once
#include <optional>
#include <string>

#include "core/json.hpp"
#include "rules/eligibility.hpp"

namespace tdkt::rules {

// "  Tiêu chí ID:\n    [đạt] …\n      [không đạt] …\n" per criterion, then one line per principle.
std::string explain(const Assessment& a);
core::Json to_json(const Assessment& a);
// nullopt when the JSON is not an assessment written by to_json.
std::optional<Assessment> assessment_from_json(const core::Json& j);
// The text explain() wrote, read back into its tree (appraisals stored before migration 7 keep only the
// text). The overall status is not in the text: it comes back Manual. nullopt when no line reads as explain()
// writes.
std::optional<Assessment> assessment_from_text(const std::string& text);

}  // namespace tdkt::rules
