// The settings a workspace understands (tdkt config), their checks, and the two that are lists or thresholds.
#pragma once
#include <optional>
#include <set>
#include <string>
#include <utility>
#include <vector>

#include "core/date.hpp"

namespace tdkt::app {

struct SettingInfo {
  std::string key, description, fallback;
};
const std::vector<SettingInfo>& known_settings();
// The Vietnamese hint for a value the setting refuses, or "" when the value is fine (templates_dir: its
// folder is checked by config set).
std::string setting_problem(const std::string& key, const std::string& value);

// "2025-01-27, 2025-01-28" (holidays); nullopt when one is malformed.
std::optional<std::set<core::Date>> parse_date_list(const std::string& value);
// ">50" / ">=80" (vote thresholds): percent and whether it is strict; nullopt when malformed.
std::optional<std::pair<int, bool>> parse_threshold(const std::string& value);

}  // namespace tdkt::app
