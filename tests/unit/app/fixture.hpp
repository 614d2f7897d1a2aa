// A workspace in a temporary folder for the use-case tests: the Phù Mỹ movement and data imported, its users
// and council registered, and one Workspace per "command" with its own fixed clock and actor, as the CLI
// makes them.
#pragma once
#include <gtest/gtest.h>

#include <filesystem>
#include <memory>
#include <string>

#include "app/api.hpp"
#include "app/workspace.hpp"

namespace tdkt::test {

constexpr const char* kMovement = "PM-CCHC-2021-2025";

class AppTest : public ::testing::Test {
 protected:
  void SetUp() override;
  void TearDown() override;
  // A workspace for one command: the clock fixed at `when` (YYYY-MM-DD), acting as "role:Name" ("" = system).
  std::unique_ptr<app::Workspace> ws(const std::string& when = "2025-01-06", const std::string& as = "");
  // The Phù Mỹ movement, dataset, users and council (as examples/rounds/phu-my-2024.sh registers them).
  void load_phu_my();
  // Dossier 1 (UBND xã Mỹ Đức) with nominations 1 (the xã) and 2 (person PM026), voted, documents made, a
  // report attached to each: ready to submit.
  void draft_dossier_1();
  // Dossier 1 submitted, received, under appraisal.
  void dossier_1_under_appraisal();
  // A count from the store (SELECT count(*) …).
  int64_t count(const std::string& where_sql);
  int64_t audit_rows(const std::string& action);
  // Expects success and returns the outcome.
  static app::Outcome ok(app::Outcome o);

  std::filesystem::path dir;
  std::string db;
};

std::string read_file(const std::filesystem::path& p);

}  // namespace tdkt::test
