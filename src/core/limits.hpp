// Every bound a reader or the engine enforces on input, in one table: the values the readers take as their
// defaults, the unit, and what happens past them. `tdkt help limits` prints it, docs/limits.md and the README
// list it, and tests/unit/core/limits_test.cpp proves each row (the limit accepted, one more refused with
// the place named).
#pragma once
#include <cstdint>
#include <string>
#include <vector>

namespace tdkt::core::limits {

// Definitions written by hand (movement, dataset, contest rules, a form's data, legal data) and templates.
inline constexpr uint64_t kJsonFileBytes = 64ull << 20;
inline constexpr int kJsonDepth = 64;
inline constexpr uint64_t kTemplateBytes = 4ull << 20;
inline constexpr int kTemplateNesting = 100;
inline constexpr int kIncludeDepth = 8;
inline constexpr uint64_t kIncludes = 1000;
inline constexpr uint64_t kLoopItems = 100000;
inline constexpr uint64_t kBlocks = 500000;
inline constexpr uint64_t kSteps = 2000000;
inline constexpr uint64_t kExprBytes = 4096;
inline constexpr int kExprDepth = 64;
inline constexpr uint64_t kPages = 5000;
// The lists units send (XLSX, CSV).
inline constexpr uint64_t kListBytes = 256ull << 20;
inline constexpr uint64_t kZipEntries = 2000;
inline constexpr uint64_t kZipMemberBytes = 64ull << 20;
inline constexpr uint64_t kZipRatio = 200;
inline constexpr uint64_t kRows = 200000;
inline constexpr uint64_t kColumns = 1000;
inline constexpr uint64_t kCellChars = 32767;
// Packets received (packet verify).
inline constexpr uint64_t kPacketEntries = 10000;
inline constexpr uint64_t kPacketMemberBytes = 512ull << 20;

struct Row {
  std::string key;  // stable name, used by the tests and the docs
  uint64_t value;
  std::string unit;   // Vietnamese
  std::string what;   // what is bounded, Vietnamese
  std::string where;  // who enforces it
};
const std::vector<Row>& table();

}  // namespace tdkt::core::limits
