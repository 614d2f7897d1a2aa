// libFuzzer harness: packet verify on any bytes — the zip a unit or an office receives, and its manifest.
#include <cstdint>
#include <string>

#include "packet/packet.hpp"
#include "support.hpp"

using namespace tdkt;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string path = fuzz::input_file(data, size, ".zip");
  core::Json manifest;
  core::Diagnostics d;
  auto r = packet::verify(path, manifest, d);
  (void)r.ok();
  fuzz::every_error_says_something(d);
  return 0;
}
