// Whole-file IO, atomic replacement and hashing; the one place that talks to the file system directly.
#include "core/files.hpp"

#include <fcntl.h>
#include <openssl/evp.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "core/diag.hpp"

namespace tdkt::core {

std::optional<std::string> read_file(const std::string& path, std::string& err) {
  std::error_code ec;
  if (std::filesystem::is_directory(path, ec)) {
    err = "là một thư mục, không phải tệp";
    return std::nullopt;
  }
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    err = errno == ENOENT ? "không tìm thấy tệp" : std::string("không mở được tệp: ") + std::strerror(errno);
    return std::nullopt;
  }
  std::ostringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

void write_file_atomic(const std::string& path, const std::string& content) {
  std::string tmp = path + ".tmp-" + std::to_string(::getpid());
  int fd = ::open(tmp.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
  if (fd < 0) throw Error("không tạo được tệp tạm " + tmp + ": " + std::strerror(errno));
  size_t off = 0;
  while (off < content.size()) {
    ssize_t n = ::write(fd, content.data() + off, content.size() - off);
    if (n < 0) {
      if (errno == EINTR) continue;
      int e = errno;
      ::close(fd);
      ::unlink(tmp.c_str());
      throw Error("không ghi được " + tmp + ": " + std::strerror(e));
    }
    off += static_cast<size_t>(n);
  }
  if (::fsync(fd) != 0 || ::close(fd) != 0) {
    ::unlink(tmp.c_str());
    throw Error("không lưu được " + tmp + ": " + std::strerror(errno));
  }
  if (::rename(tmp.c_str(), path.c_str()) != 0) {
    int e = errno;
    ::unlink(tmp.c_str());
    throw Error("không đổi tên " + tmp + " thành " + path + ": " + std::strerror(e));
  }
}

std::string sha256_hex(const std::string& data) {
  unsigned char md[EVP_MAX_MD_SIZE];
  unsigned int len = 0;
  EVP_Digest(data.data(), data.size(), md, &len, EVP_sha256(), nullptr);
  static const char* hx = "0123456789abcdef";
  std::string s;
  for (unsigned i = 0; i < len; ++i) {
    s += hx[md[i] >> 4];
    s += hx[md[i] & 15];
  }
  return s;
}

bool safe_relative_path(const std::string& n) {
  if (n.empty() || n[0] == '/' || n.find('\\') != std::string::npos || (n.size() > 1 && n[1] == ':'))
    return false;
  for (size_t start = 0; start <= n.size();) {
    size_t end = n.find('/', start);
    if (end == std::string::npos) end = n.size();
    if (end - start == 2 && n.compare(start, 2, "..") == 0) return false;
    start = end + 1;
  }
  return true;
}

std::string project_root() {
  namespace fs = std::filesystem;
  if (const char* r = std::getenv("TDKT_ROOT"); r && *r) return r;
  std::error_code ec;
  fs::path exe = fs::read_symlink("/proc/self/exe", ec);
  if (!ec) {
    for (fs::path p = exe.parent_path(); !p.empty() && p != p.root_path(); p = p.parent_path())
      if (fs::exists(p / "data" / "legal", ec)) return p.string();
  }
  return TDKT_SOURCE_DIR;
}

std::string version() {
  return TDKT_VERSION;
}

}  // namespace tdkt::core
