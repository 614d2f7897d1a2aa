// Whole-file IO, atomic replacement and hashing; the one place that talks to the file system directly.
#include "core/files.hpp"

#include <fcntl.h>
#include <openssl/evp.h>
#include <openssl/hmac.h>
#include <openssl/rand.h>
#include <signal.h>
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

void write_file_atomic(const std::string& path, const std::string& content, const std::string& tmp_dir) {
  // tmp_dir (same file system) keeps temporary files where remove_stale_temps looks, not among many folders.
  std::string base = tmp_dir.empty() ? path : tmp_dir + "/" + std::filesystem::path(path).filename().string();
  std::string tmp = base + ".tmp-" + std::to_string(::getpid());
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

uint64_t remove_stale_temps(const std::string& dir) {
  uint64_t freed = 0;
  std::error_code ec;
  for (auto it = std::filesystem::directory_iterator(dir, ec);
       !ec && it != std::filesystem::directory_iterator(); it.increment(ec)) {
    std::string name = it->path().filename().string();
    auto at = name.rfind(".tmp-");
    if (at == std::string::npos || at + 5 >= name.size() || !it->is_regular_file(ec)) continue;
    std::string pid = name.substr(at + 5);
    if (pid.size() > 9 || pid.find_first_not_of("0123456789") != std::string::npos) continue;
    // Alive (this or another tdkt still writing): kept. Gone: its rename will never come.
    if (::kill(static_cast<pid_t>(std::stol(pid)), 0) == 0 || errno != ESRCH) continue;
    uint64_t size = it->file_size(ec);
    if (std::filesystem::remove(it->path(), ec)) freed += size;
  }
  return freed;
}

namespace {
std::string hex(const unsigned char* p, size_t n) {
  static const char* hx = "0123456789abcdef";
  std::string s;
  for (size_t i = 0; i < n; ++i) {
    s += hx[p[i] >> 4];
    s += hx[p[i] & 15];
  }
  return s;
}
}  // namespace

std::string hmac_sha256_hex(const std::string& key, const std::string& data) {
  unsigned char md[EVP_MAX_MD_SIZE];
  unsigned int len = 0;
  if (!HMAC(EVP_sha256(), key.data(), static_cast<int>(key.size()),
            reinterpret_cast<const unsigned char*>(data.data()), data.size(), md, &len))
    throw Error("không tính được HMAC-SHA-256");
  return hex(md, len);
}

std::string random_hex(size_t n) {
  std::string b(n, '\0');
  if (RAND_bytes(reinterpret_cast<unsigned char*>(b.data()), static_cast<int>(n)) != 1)
    throw Error("không lấy được số ngẫu nhiên từ hệ điều hành");
  return hex(reinterpret_cast<const unsigned char*>(b.data()), n);
}

std::string sha256_hex(const std::string& data) {
  unsigned char md[EVP_MAX_MD_SIZE];
  unsigned int len = 0;
  EVP_Digest(data.data(), data.size(), md, &len, EVP_sha256(), nullptr);
  return hex(md, len);
}

Sha256::Sha256() : ctx_(EVP_MD_CTX_new()) {
  if (!ctx_ || EVP_DigestInit_ex(static_cast<EVP_MD_CTX*>(ctx_), EVP_sha256(), nullptr) != 1)
    throw Error("không tính được SHA-256");
}
Sha256::~Sha256() {
  EVP_MD_CTX_free(static_cast<EVP_MD_CTX*>(ctx_));
}
void Sha256::add(const char* data, size_t n) {
  EVP_DigestUpdate(static_cast<EVP_MD_CTX*>(ctx_), data, n);
}
std::string Sha256::hex() {
  unsigned char md[EVP_MAX_MD_SIZE];
  unsigned int len = 0;
  EVP_DigestFinal_ex(static_cast<EVP_MD_CTX*>(ctx_), md, &len);
  return core::hex(md, len);
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
