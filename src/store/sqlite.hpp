// Internal to store/: the prepared-statement helper and the connection, shared by the repositories.
#pragma once
#include <sqlite3.h>

#include <optional>
#include <string>

#include "core/diag.hpp"
#include "store/store.hpp"

namespace tdkt::store {

class Stmt {
 public:
  Stmt(sqlite3* db, const std::string& sql) : db_(db) {
    if (sqlite3_prepare_v2(db, sql.c_str(), -1, &st_, nullptr) != SQLITE_OK)
      throw core::Error(std::string("SQL lỗi: ") + sqlite3_errmsg(db) + " — " + sql.substr(0, 80));
  }
  ~Stmt() { sqlite3_finalize(st_); }
  Stmt& bind(int i, const std::string& s) {
    sqlite3_bind_text(st_, i, s.data(), static_cast<int>(s.size()), SQLITE_TRANSIENT);
    return *this;
  }
  Stmt& bind_blob(int i, const std::string& s) {
    sqlite3_bind_blob(st_, i, s.data(), static_cast<int>(s.size()), SQLITE_TRANSIENT);
    return *this;
  }
  Stmt& bind(int i, int64_t v) {
    sqlite3_bind_int64(st_, i, v);
    return *this;
  }
  Stmt& bind(int i, int v) {
    sqlite3_bind_int64(st_, i, v);
    return *this;
  }
  Stmt& bind(int i, double v) {
    sqlite3_bind_double(st_, i, v);
    return *this;
  }
  Stmt& bind_null(int i) {
    sqlite3_bind_null(st_, i);
    return *this;
  }
  Stmt& bind_opt(int i, const std::optional<std::string>& s) { return s ? bind(i, *s) : bind_null(i); }
  bool step() {
    int rc = sqlite3_step(st_);
    if (rc == SQLITE_ROW) return true;
    if (rc == SQLITE_DONE) return false;
    throw core::Error(std::string("SQLite: ") + sqlite3_errmsg(db_));
  }
  void run() {
    while (step()) {
    }
  }
  std::string text(int c) {
    auto p = sqlite3_column_text(st_, c);
    return p ? std::string(reinterpret_cast<const char*>(p),
                           static_cast<size_t>(sqlite3_column_bytes(st_, c)))
             : "";
  }
  int64_t i64(int c) { return sqlite3_column_int64(st_, c); }
  double dbl(int c) { return sqlite3_column_double(st_, c); }
  bool null(int c) { return sqlite3_column_type(st_, c) == SQLITE_NULL; }

 private:
  sqlite3* db_;
  sqlite3_stmt* st_ = nullptr;
};

// Opens the connection (connect.cpp): read-only, and read_only set, when the store cannot be written.
sqlite3* connect(const std::string& path, const Store::Options& o, bool& read_only);

struct Store::Impl {
  sqlite3* db = nullptr;
  int depth = 0;
  bool read_only = false;
  core::Clock clock = core::Clock::system();
  void exec(const std::string& sql) {
    char* err = nullptr;
    if (sqlite3_exec(db, sql.c_str(), nullptr, nullptr, &err) != SQLITE_OK) {
      std::string m = err ? err : "?";
      sqlite3_free(err);
      throw core::Error("SQLite: " + m);
    }
  }
};

}  // namespace tdkt::store
