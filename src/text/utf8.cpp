// A strict UTF-8 validator (RFC 3629) and code-point helpers.
#include "text/utf8.hpp"

#include <cstdio>

#include "core/utf8.hpp"

namespace tdkt::text {

size_t find_invalid_utf8(std::string_view s) {
  const auto* p = reinterpret_cast<const unsigned char*>(s.data());
  size_t n = s.size(), i = 0;
  while (i < n) {
    unsigned c = p[i];
    if (c < 0x80) {
      ++i;
      continue;
    }
    size_t len;
    char32_t cp, min;
    if ((c & 0xE0) == 0xC0) {
      len = 2;
      cp = c & 0x1F;
      min = 0x80;
    } else if ((c & 0xF0) == 0xE0) {
      len = 3;
      cp = c & 0x0F;
      min = 0x800;
    } else if ((c & 0xF8) == 0xF0) {
      len = 4;
      cp = c & 0x07;
      min = 0x10000;
    } else
      return i;
    if (i + len > n) return i;
    for (size_t k = 1; k < len; ++k) {
      if ((p[i + k] & 0xC0) != 0x80) return i;
      cp = (cp << 6) | (p[i + k] & 0x3F);
    }
    if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return i;
    i += len;
  }
  return std::string_view::npos;
}

bool is_valid_utf8(std::string_view s) {
  return find_invalid_utf8(s) == std::string_view::npos;
}

bool check_utf8(std::string_view s, const std::string& origin, core::Diagnostics& diags) {
  size_t bad = find_invalid_utf8(s);
  if (bad == std::string_view::npos) return true;
  int line = 1, col = 1;
  for (size_t i = 0; i < bad; ++i) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    if (c == '\n') {
      ++line;
      col = 1;
    } else if ((c & 0xC0) != 0x80)
      ++col;
  }
  char b[8];
  std::snprintf(b, sizeof b, "0x%02X", static_cast<unsigned char>(s[bad]));
  diags.error(
      {origin, line, col}, "",
      std::string("văn bản không phải UTF-8 hợp lệ (byte ") + b + " ở vị trí " + std::to_string(bad) + ")",
      "lưu lại tệp với mã hóa UTF-8 (Unicode), không dùng TCVN3/VNI");
  return false;
}

char32_t decode_next(std::string_view s, size_t& i) {
  const auto* p = reinterpret_cast<const unsigned char*>(s.data());
  unsigned c = p[i];
  if (c < 0x80) {
    ++i;
    return c;
  }
  size_t len = (c & 0xE0) == 0xC0 ? 2 : (c & 0xF0) == 0xE0 ? 3 : 4;
  char32_t cp = c & (len == 2 ? 0x1F : len == 3 ? 0x0F : 0x07);
  for (size_t k = 1; k < len && i + k < s.size(); ++k) cp = (cp << 6) | (p[i + k] & 0x3F);
  i += len;
  return cp;
}

std::vector<char32_t> decode(std::string_view s) {
  std::vector<char32_t> out;
  out.reserve(s.size());
  size_t i = 0;
  while (i < s.size()) out.push_back(decode_next(s, i));
  return out;
}

std::string encode(char32_t cp) {
  std::string o;
  core::append_utf8(o, cp);
  return o;
}
std::string encode(const std::vector<char32_t>& cps) {
  std::string o;
  for (auto c : cps) o += encode(c);
  return o;
}
size_t length(std::string_view s) {
  size_t n = 0;
  for (char c : s) n += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
  return n;
}

std::string clip(std::string_view s, size_t max_chars) {
  size_t n = 0, i = 0;
  while (i < s.size() && n < max_chars) {
    ++i;
    while (i < s.size() && (static_cast<unsigned char>(s[i]) & 0xC0) == 0x80) ++i;
    ++n;
  }
  return i >= s.size() ? std::string(s) : std::string(s.substr(0, i)) + "…";
}

}  // namespace tdkt::text
