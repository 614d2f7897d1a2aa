// libFuzzer harness: the CSV reader on any bytes (limits as shipped).
#include <cstdint>
#include <string>

#include "intake/sheet.hpp"
#include "support.hpp"

using namespace tdkt;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  core::Diagnostics d;
  auto s = intake::read_csv_text("ds.csv", std::string(reinterpret_cast<const char*>(data), size), d);
  if (!s && !d.has_errors()) __builtin_trap();
  fuzz::every_error_says_something(d);
  return 0;
}
