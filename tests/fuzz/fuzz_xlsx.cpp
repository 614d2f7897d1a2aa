// libFuzzer harness: the XLSX reader on any bytes (a zip of any members), through a file as users give it.
#include <cstdint>
#include <string>

#include "intake/sheet.hpp"
#include "support.hpp"

using namespace tdkt;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string path = fuzz::input_file(data, size, ".xlsx");
  core::Diagnostics d;
  auto s = intake::read_xlsx(path, "", d);
  if (!s && !d.has_errors()) __builtin_trap();
  fuzz::every_error_says_something(d);
  return 0;
}
