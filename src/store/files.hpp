// The files of a workspace by content: every generated document and every attached file is kept once under
// its SHA-256 in a folder beside the store ("tdkt.db" → "tdkt.tep/sha256/ab/abcd….pdf") and recorded by that
// relative path, so a workspace moved with its folder still finds and verifies them. Writing is atomic and
// idempotent (the same bytes land on the same name).
#pragma once
#include <optional>
#include <string>

namespace tdkt::store {

class FileStore {
 public:
  explicit FileStore(std::string root) : root_(std::move(root)) {}
  // The folder beside a store file.
  static std::string root_for(const std::string& db_path);
  const std::string& root() const { return root_; }
  // Keeps the bytes (ext with its dot, e.g. ".pdf") and returns their relative path. Throws core::Error.
  std::string put(const std::string& bytes, const std::string& ext);
  // The relative path the bytes would get, without writing.
  static std::string name_for(const std::string& sha256, const std::string& ext);
  std::string absolute(const std::string& relative) const { return root_ + "/" + relative; }
  // The bytes of a kept file; nullopt with a Vietnamese reason in err.
  std::optional<std::string> read(const std::string& relative, std::string& err) const;

 private:
  std::string root_;
};

}  // namespace tdkt::store
