// The content-addressed folder of a workspace (see files.hpp).
#include "store/files.hpp"

#include <filesystem>

#include "core/diag.hpp"
#include "core/files.hpp"

namespace tdkt::store {

namespace fs = std::filesystem;

std::string FileStore::root_for(const std::string& db_path) {
  fs::path p(db_path);
  if (p.extension() == ".db") p.replace_extension();
  return p.string() + ".tep";
}

std::string FileStore::name_for(const std::string& sha256, const std::string& ext) {
  return "sha256/" + sha256.substr(0, 2) + "/" + sha256 + ext;
}

std::string FileStore::put(const std::string& bytes, const std::string& ext) {
  std::string rel = name_for(core::sha256_hex(bytes), ext);
  std::string path = absolute(rel);
  std::error_code ec;
  if (fs::exists(path, ec) && fs::file_size(path, ec) == bytes.size()) return rel;  // same content, same name
  fs::create_directories(fs::path(path).parent_path(), ec);
  if (ec)
    throw core::Error("không tạo được thư mục lưu tệp «" + fs::path(path).parent_path().string() +
                      "»: " + ec.message());
  fs::create_directories(root_ + "/tmp", ec);
  core::write_file_atomic(path, bytes, root_ + "/tmp");
  return rel;
}

std::optional<std::string> FileStore::read(const std::string& relative, std::string& err) const {
  return core::read_file(absolute(relative), err);
}

}  // namespace tdkt::store
