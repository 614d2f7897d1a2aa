// Use cases shared by the CLI and, later, an HTTP server. Only this layer catches exceptions: each use
// case returns an Outcome with an exit code, Vietnamese diagnostics and a JSON result.
#pragma once
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "core/diag.hpp"
#include "core/json.hpp"
#include "domain/movement.hpp"
#include "rules/legal.hpp"
#include "store/store.hpp"

namespace tdkt::app {

// Documented, stable exit codes (README "Mã thoát").
enum Exit : int {
  kOk = 0,
  kInvalidInput = 1,  // a file or value failed validation
  kUsage = 2,         // wrong command line
  kNotFound = 3,      // no such movement, unit, person
  kRefused = 4,       // an action refused by a rule or guard
  kConflict = 5,      // someone else changed the same thing first
  kVerifyFailed = 6,  // audit chain or integrity check failed
  kEnvironment = 10,  // disk, permissions, SQLite, missing data files
};

struct Outcome {
  int exit = kOk;
  core::Diagnostics diags;
  core::Json result = core::Json::object();
  std::string text;  // human-readable report (Vietnamese)
};

struct Context {
  std::string db_path = "tdkt.db";
  std::vector<std::string> legal_overrides;
  store::Actor actor;
  std::string tones;  // --tones: overrides the workspace's tone_order for this command
};

Outcome init_workspace(const Context& c);
Outcome movement_validate(const std::vector<std::string>& files);
Outcome movement_import(const Context& c, const std::vector<std::string>& files);
Outcome movement_list(const Context& c);
Outcome movement_show(const Context& c, const std::string& code);
Outcome data_import(const Context& c, const std::string& file);
Outcome unit_list(const Context& c);
Outcome person_list(const Context& c, const std::string& unit);
Outcome legal_show(const Context& c, core::Date date);
Outcome legal_money(const Context& c, const std::string& award, const std::string& subject, core::Date date);
Outcome audit_verify(const Context& c);
Outcome config_list(const Context& c);
Outcome config_set(const Context& c, const std::string& key, const std::string& value);
// The settings a workspace understands, with their Vietnamese description and default.
struct SettingInfo {
  std::string key, description, fallback;
};
const std::vector<SettingInfo>& known_settings();
Outcome workspace_check(const Context& c);

// A short summary line per movement, shared by list and the example report.
std::string describe_movement(const domain::Movement& m);

}  // namespace tdkt::app
