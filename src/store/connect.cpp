// Opening the SQLite connection of a workspace: read-write as a rule; read-only when the file or its folder
// cannot be written (a copy on a read-only share, a DVD, a folder of another account), so that a store can
// still be read, verified and printed from where it lies.
#include <sqlite3.h>
#include <unistd.h>

#include <cstdio>
#include <filesystem>

#include "core/diag.hpp"
#include "store/sqlite.hpp"

namespace tdkt::store {

namespace fs = std::filesystem;
using core::Error;

namespace {

// WAL writes "-wal" and "-shm" beside the file: the folder must be writable too.
bool writable(const fs::path& file) {
  if (::access(file.parent_path().c_str(), W_OK) != 0) return false;
  return ::access(file.c_str(), F_OK) != 0 || ::access(file.c_str(), W_OK) == 0;
}

// A file: URI of an absolute path; the characters a URI gives a meaning to are escaped.
std::string uri(const fs::path& file, const char* query) {
  std::string u = "file:";
  for (char c : file.string()) {
    if (c == '%' || c == '?' || c == '#') {
      char b[4];
      std::snprintf(b, sizeof b, "%%%02X", static_cast<unsigned char>(c));
      u += b;
    } else {
      u += c;
    }
  }
  return u + "?" + query;
}

sqlite3* open_uri(const std::string& u, int flags) {
  sqlite3* db = nullptr;
  if (sqlite3_open_v2(u.c_str(), &db, flags | SQLITE_OPEN_URI, nullptr) == SQLITE_OK) {
    // The header and, in WAL mode, the shared memory are only read at the first statement.
    if (sqlite3_exec(db, "SELECT count(*) FROM sqlite_master", nullptr, nullptr, nullptr) == SQLITE_OK)
      return db;
  }
  sqlite3_close_v2(db);
  return nullptr;
}

}  // namespace

sqlite3* connect(const std::string& path, const Store::Options& o, bool& read_only) {
  std::error_code ec;
  fs::path file = fs::absolute(path, ec);
  read_only = o.read_only || (!ec && fs::exists(file, ec) && !writable(file));
  if (!read_only) {
    sqlite3* db = nullptr;
    int flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_FULLMUTEX | (o.create ? SQLITE_OPEN_CREATE : 0);
    if (sqlite3_open_v2(path.c_str(), &db, flags, nullptr) != SQLITE_OK) {
      std::string m = db ? sqlite3_errmsg(db) : "?";
      sqlite3_close_v2(db);
      throw Error("không mở được kho dữ liệu «" + path + "»: " + m);
    }
    return db;
  }
  const int flags = SQLITE_OPEN_READONLY | SQLITE_OPEN_FULLMUTEX;
  // Read-only, still seeing what a writer with the right to the folder commits (its -wal and -shm).
  if (sqlite3* db = open_uri(uri(file, "mode=ro"), flags)) return db;
  // No -shm and no right to make one. Immutable reads the main file alone: right only when no write is
  // pending in a -wal beside it; otherwise refused rather than shown without its last changes.
  fs::path wal = file.string() + "-wal";
  if (fs::exists(wal, ec) && fs::file_size(wal, ec) > 0)
    throw Error("kho dữ liệu «" + path + "» chỉ đọc được và còn thay đổi chưa gộp trong «" + wal.string() +
                "»: mở kho một lần ở nơi có quyền ghi để gộp, rồi đọc lại");
  if (sqlite3* db = open_uri(uri(file, "immutable=1"), flags)) return db;
  throw Error("không mở được kho dữ liệu «" + path + "» (chỉ đọc)");
}

}  // namespace tdkt::store
