// Formatting and bookkeeping of diagnostics.
#include "core/diag.hpp"

#include <cstdio>

namespace tdkt::core {

namespace {

// Control characters (C0 but tab and, in messages, newline; DEL; C1) never reach the terminal raw: a value
// quoted in a message could otherwise move the cursor, recolour or forge lines. In messages they read
// «U+001B»; in a quoted source line each becomes one «�» so the caret stays under its column.
std::string visible(const std::string& t, bool keep_newline, bool one_char) {
  std::string o;
  o.reserve(t.size());
  for (size_t i = 0; i < t.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(t[i]);
    unsigned cp = 0;
    size_t len = 1;
    if (c < 0x20 || c == 0x7F) {
      cp = c;
    } else if (c == 0xC2 && i + 1 < t.size() && static_cast<unsigned char>(t[i + 1]) >= 0x80 &&
               static_cast<unsigned char>(t[i + 1]) <= 0x9F) {
      cp = static_cast<unsigned char>(t[i + 1]);
      len = 2;
    } else {
      o += t[i];
      continue;
    }
    if (cp == '\t' || (keep_newline && cp == '\n')) {
      o += static_cast<char>(cp);
      continue;
    }
    if (one_char) {
      o += "\xEF\xBF\xBD";
    } else {
      char b[12];
      std::snprintf(b, sizeof b, "«U+%04X»", cp);
      o += b;
    }
    i += len - 1;
  }
  return o;
}

}  // namespace

std::string format(const Diagnostic& raw) {
  Diagnostic d = raw;
  d.loc.file = visible(d.loc.file, false, false);
  d.field = visible(d.field, false, false);
  d.message = visible(d.message, true, false);
  d.hint = visible(d.hint, true, false);
  d.loc.source_line = visible(d.loc.source_line, false, true);
  std::string s;
  if (!d.loc.file.empty()) {
    s += d.loc.file;
    if (d.loc.line > 0) {
      s += ":" + std::to_string(d.loc.line);
      if (d.loc.col > 0) s += ":" + std::to_string(d.loc.col);
    }
    s += ": ";
  }
  switch (d.severity) {
    case Severity::Error:
      s += "lỗi: ";
      break;
    case Severity::Warning:
      s += "cảnh báo: ";
      break;
    case Severity::Note:
      s += "ghi chú: ";
      break;
  }
  if (!d.field.empty()) s += "trường «" + d.field + "»: ";
  s += d.message;
  if (!d.hint.empty()) s += " (gợi ý: " + d.hint + ")";
  if (!d.loc.source_line.empty() && d.loc.col > 0) {
    // The offending line and a caret under the column (columns count code points, tabs kept as tabs).
    s += "\n    " + d.loc.source_line + "\n    ";
    int c = 1;
    for (size_t i = 0; i < d.loc.source_line.size() && c < d.loc.col; ++i) {
      unsigned char ch = static_cast<unsigned char>(d.loc.source_line[i]);
      if ((ch & 0xC0) == 0x80) continue;
      s += ch == '\t' ? '\t' : ' ';
      ++c;
    }
    s += '^';
  }
  return s;
}

std::string line_of(const std::string& text, int line) {
  if (line < 1) return "";
  size_t pos = 0;
  for (int l = 1; l < line; ++l) {
    pos = text.find('\n', pos);
    if (pos == std::string::npos) return "";
    ++pos;
  }
  size_t end = text.find('\n', pos);
  std::string out = text.substr(pos, end == std::string::npos ? std::string::npos : end - pos);
  if (!out.empty() && out.back() == '\r') out.pop_back();
  return out.size() > 300 ? out.substr(0, 300) + "…" : out;
}

void Diagnostics::error(Location loc, std::string field, std::string message, std::string hint) {
  items_.push_back({Severity::Error, std::move(loc), std::move(field), std::move(message), std::move(hint)});
}
void Diagnostics::warning(Location loc, std::string field, std::string message, std::string hint) {
  items_.push_back(
      {Severity::Warning, std::move(loc), std::move(field), std::move(message), std::move(hint)});
}
void Diagnostics::append(const Diagnostics& other) {
  items_.insert(items_.end(), other.items_.begin(), other.items_.end());
}
bool Diagnostics::has_errors() const {
  return error_count() > 0;
}
size_t Diagnostics::error_count() const {
  size_t n = 0;
  for (auto& d : items_) n += d.severity == Severity::Error;
  return n;
}
size_t Diagnostics::warning_count() const {
  size_t n = 0;
  for (auto& d : items_) n += d.severity == Severity::Warning;
  return n;
}
void Diagnostics::attach_source(const std::string& file, const std::string& text) {
  for (auto& d : items_)
    if (d.loc.file == file && d.loc.line > 0 && d.loc.source_line.empty())
      d.loc.source_line = line_of(text, d.loc.line);
}

std::string Diagnostics::to_string() const {
  std::string s;
  for (auto& d : items_) s += format(d) + "\n";
  return s;
}

}  // namespace tdkt::core
