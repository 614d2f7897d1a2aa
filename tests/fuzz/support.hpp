// What the fuzz harnesses share: the input as a file for the readers that take a path (XLSX, packets), in a
// folder of this process, and a check that every refusal names what it refused.
#pragma once
#include <unistd.h>

#include <cstdint>
#include <cstdlib>
#include <fstream>
#include <string>

#include "core/diag.hpp"

namespace tdkt::fuzz {

inline std::string input_file(const uint8_t* data, size_t size, const char* ext) {
  std::string path = std::string("/tmp/tdkt-fuzz-") + std::to_string(::getpid()) + ext;
  std::ofstream(path, std::ios::binary | std::ios::trunc)
      .write(reinterpret_cast<const char*>(data), static_cast<std::streamsize>(size));
  return path;
}

// A refusal without a message would leave a clerk with nothing to act on: counts as a finding.
inline void every_error_says_something(const core::Diagnostics& d) {
  for (auto& x : d.items())
    if (x.severity == core::Severity::Error && x.message.empty()) std::abort();
}

}  // namespace tdkt::fuzz
