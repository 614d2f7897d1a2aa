// Diagnostics: expected failures as values, each with a location, a field path and a Vietnamese message.
#pragma once
#include <stdexcept>
#include <string>
#include <vector>

namespace tdkt::core {

struct Location {
  Location() = default;
  Location(std::string f, int l = 0, int c = 0, std::string src = {})
      : file(std::move(f)), line(l), col(c), source_line(std::move(src)) {}
  std::string file;
  int line = 0;             // 1-based; 0 = unknown
  int col = 0;              // 1-based, counted in Unicode code points
  std::string source_line;  // the text of that line, when known: printed with a caret under the column
};

// The line `line` (1-based) of text, without its newline; empty if out of range.
std::string line_of(const std::string& text, int line);

enum class Severity { Error, Warning, Note };

struct Diagnostic {
  Severity severity = Severity::Error;
  Location loc;
  std::string field;    // e.g. "criteria[2].rule.op"; empty when not about one field
  std::string message;  // Vietnamese, for the user
  std::string hint;     // optional Vietnamese hint
};

// Formats "file:line:col: lỗi: [field] message (gợi ý: hint)".
std::string format(const Diagnostic& d);

class Diagnostics {
 public:
  void add(Diagnostic d) { items_.push_back(std::move(d)); }
  void error(Location loc, std::string field, std::string message, std::string hint = {});
  void warning(Location loc, std::string field, std::string message, std::string hint = {});
  void append(const Diagnostics& other);
  bool has_errors() const;
  size_t error_count() const;
  size_t warning_count() const;
  const std::vector<Diagnostic>& items() const { return items_; }
  bool empty() const { return items_.empty(); }
  std::string to_string() const;  // one formatted line per diagnostic
  // Fills the source line of every diagnostic about `file` that has a line but no text yet, so the
  // message can show the line with a caret under the column.
  void attach_source(const std::string& file, const std::string& text);

 private:
  std::vector<Diagnostic> items_;
};

// An environmental or unexpected failure; only app/ catches these.
struct Error : std::runtime_error {
  using std::runtime_error::runtime_error;
};

}  // namespace tdkt::core
