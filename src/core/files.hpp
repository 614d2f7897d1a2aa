// File access for the whole toolkit: whole-file reads, atomic writes (temp + fsync + rename), SHA-256.
#pragma once
#include <optional>
#include <string>

namespace tdkt::core {

// Reads a whole file; on failure returns nullopt and sets err to a Vietnamese reason.
std::optional<std::string> read_file(const std::string& path, std::string& err);
// Writes to "<path>.tmp-<pid>" in the same folder, fsyncs, then renames over path. Throws core::Error.
void write_file_atomic(const std::string& path, const std::string& content);
std::string sha256_hex(const std::string& data);
// A path from an archive that stays inside where it is unpacked: relative, no ".." part, no backslash, no
// drive letter. Zip readers refuse any other entry.
bool safe_relative_path(const std::string& p);

// Where the shipped data (data/, examples/, templates/, forms/, fonts/) lives: $TDKT_ROOT, else the
// folder above the executable if it has data/legal, else the source tree tdkt was built from.
std::string project_root();
std::string version();

}  // namespace tdkt::core
