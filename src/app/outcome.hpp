// What every use case returns: an exit code (documented, stable), Vietnamese diagnostics, a JSON result (the
// shape --json prints and the HTTP API will send) and the text a person reads. Result<T> carries either a
// value or the Outcome that refuses it, so a use case reads as a sequence of checks.
#pragma once
#include <optional>
#include <string>
#include <utility>

#include "core/diag.hpp"
#include "core/json.hpp"

namespace tdkt::app {

// Documented, stable exit codes (README "Mã thoát").
enum Exit : int {
  kOk = 0,
  kInvalidInput = 1,  // a file or value failed validation
  kUsage = 2,         // wrong command line
  kNotFound = 3,      // no such movement, unit, person
  kRefused = 4,       // an action refused by a rule or guard
  kConflict = 5,      // someone else changed the same thing first
  kVerifyFailed = 6,  // audit chain or integrity check failed
  kEnvironment = 10,  // disk, permissions, SQLite, missing data files
};

struct Outcome {
  int exit = kOk;
  core::Diagnostics diags;
  core::Json result = core::Json::object();
  std::string text;  // human-readable report (Vietnamese)
};

// An outcome with one error: the message and a hint.
Outcome fail(int code, const std::string& msg, const std::string& hint = "");

template <class T>
class Result {
 public:
  Result(T v) : value_(std::move(v)) {}  // NOLINT: implicit, so `return value;` reads naturally
  Result(Outcome refusal) : error_(std::move(refusal)) {}
  explicit operator bool() const { return value_.has_value(); }
  T& operator*() { return *value_; }
  const T& operator*() const { return *value_; }
  T* operator->() { return &*value_; }
  const T* operator->() const { return &*value_; }
  const Outcome& error() const { return error_; }

 private:
  std::optional<T> value_;
  Outcome error_;
};

}  // namespace tdkt::app
