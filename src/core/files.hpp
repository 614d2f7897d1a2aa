// File access for the whole toolkit: whole-file reads, atomic writes (temp + fsync + rename), SHA-256.
#pragma once
#include <cstdint>
#include <optional>
#include <string>

namespace tdkt::core {

// Reads a whole file; on failure returns nullopt and sets err to a Vietnamese reason.
std::optional<std::string> read_file(const std::string& path, std::string& err);
// Writes to "<path>.tmp-<pid>" in the same folder, fsyncs, then renames over path. Throws core::Error.
void write_file_atomic(const std::string& path, const std::string& content, const std::string& tmp_dir = "");
// Removes the temporary files («NAME.tmp-PID») that runs killed before their rename left in dir (not its
// sub-folders), when process PID is gone. Returns how many bytes were freed.
uint64_t remove_stale_temps(const std::string& dir);
std::string sha256_hex(const std::string& data);
// SHA-256 of data given in pieces (a member read from a zip without holding it whole).
class Sha256 {
 public:
  Sha256();
  ~Sha256();
  Sha256(const Sha256&) = delete;
  Sha256& operator=(const Sha256&) = delete;
  void add(const char* data, size_t n);
  std::string hex();  // once, at the end
 private:
  void* ctx_;
};
// HMAC-SHA-256 of data under key, as 64 hex digits.
std::string hmac_sha256_hex(const std::string& key, const std::string& data);
// n bytes from the operating system's random source, as 2n hex digits; throws core::Error when it fails.
std::string random_hex(size_t n);
// A path from an archive that stays inside where it is unpacked: relative, no ".." part, no backslash, no
// drive letter. Zip readers refuse any other entry.
bool safe_relative_path(const std::string& p);

// Where the shipped data (data/, examples/, templates/, forms/, fonts/) lives: $TDKT_ROOT, else the
// folder above the executable if it has data/legal, else the source tree tdkt was built from.
std::string project_root();
std::string version();

}  // namespace tdkt::core
