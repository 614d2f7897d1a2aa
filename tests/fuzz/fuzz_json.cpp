// libFuzzer harness: the JSON reader, then the three definitions an office writes by hand — a movement
// (Kế hoạch), a dataset, a contest's rules — validated from the same text.
#include <cstdint>
#include <string>

#include "core/json.hpp"
#include "domain/contest.hpp"
#include "domain/dataset.hpp"
#include "domain/movement.hpp"
#include "support.hpp"

using namespace tdkt;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  core::Diagnostics d;
  auto j = core::parse_json(std::string_view(reinterpret_cast<const char*>(data), size), "x.json", d);
  if (!j) {
    if (!d.has_errors()) __builtin_trap();
    return 0;
  }
  core::Diagnostics m, s, c;
  (void)domain::parse_movement(*j, "x.json", m);
  (void)domain::parse_dataset(*j, "x.json", s);
  (void)domain::parse_contest(*j, "x.json", c);
  fuzz::every_error_says_something(m);
  fuzz::every_error_says_something(s);
  fuzz::every_error_says_something(c);
  (void)core::to_json(*j);
  return 0;
}
