// Submission packets as files: a deterministic zip (entries in the given order, one fixed time, fixed
// compression) written under a temporary name and renamed only when complete, and the verification of a
// packet against its manifest.json (SHA-256 and size of every file; missing, extra or changed files).
#pragma once
#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "core/diag.hpp"
#include "core/json.hpp"
#include "core/limits.hpp"

namespace tdkt::packet {

struct Entry {
  std::string name;  // path inside the zip ("01-to-trinh.pdf")
  std::string bytes;
};

// mtime: seconds since 1970 (the injected clock); the zip stores it with 2-second precision.
// Throws core::Error; on failure nothing exists under path.
// before_rename runs when the temporary file is complete (tests use it to kill a run at the worst moment).
void write_zip(const std::string& path, const std::vector<Entry>& entries, long long mtime,
               const std::function<void()>& before_rename = {});

// The manifest's "files" array: one object per entry with name, sha256, size (plus what the caller adds).
core::Json file_record(const Entry& e);

struct Report {
  size_t checked = 0;
  std::vector<std::string> missing, extra, changed;
  bool ok() const { return missing.empty() && extra.empty() && changed.empty(); }
};
// Reads FILE.zip, its manifest.json, recomputes every hash. Unreadable or unsafe files → errors in d
// and nullopt-like empty report with d.has_errors().
struct Bounds {
  uint64_t entries = core::limits::kPacketEntries;
  uint64_t member_bytes = core::limits::kPacketMemberBytes;
};
Report verify(const std::string& path, core::Json& manifest, core::Diagnostics& d, const Bounds& b = {});

}  // namespace tdkt::packet
