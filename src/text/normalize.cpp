// ICU-backed normalisation and case mapping, confined to this file.
#include "text/normalize.hpp"

#include <unicode/locid.h>
#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include <cctype>
#include <cstdio>

#include "core/diag.hpp"
#include "text/utf8.hpp"

namespace tdkt::text {

static const icu::Normalizer2& norm(bool compose) {
  UErrorCode e = U_ZERO_ERROR;
  const icu::Normalizer2* n =
      compose ? icu::Normalizer2::getNFCInstance(e) : icu::Normalizer2::getNFDInstance(e);
  if (U_FAILURE(e) || !n) throw core::Error("ICU normalizer unavailable");
  return *n;
}
static std::string to_utf8(const icu::UnicodeString& u) {
  std::string out;
  u.toUTF8String(out);
  return out;
}
static icu::UnicodeString from_utf8(std::string_view s) {
  return icu::UnicodeString::fromUTF8(icu::StringPiece(s.data(), static_cast<int32_t>(s.size())));
}

std::string nfc(std::string_view s) {
  bool ascii = true;
  for (char c : s)
    if (static_cast<unsigned char>(c) >= 0x80) {
      ascii = false;
      break;
    }
  if (ascii) return std::string(s);
  UErrorCode e = U_ZERO_ERROR;
  auto out = norm(true).normalize(from_utf8(s), e);
  if (U_FAILURE(e)) throw core::Error("NFC normalisation failed");
  return to_utf8(out);
}
std::string nfd(std::string_view s) {
  UErrorCode e = U_ZERO_ERROR;
  auto out = norm(false).normalize(from_utf8(s), e);
  if (U_FAILURE(e)) throw core::Error("NFD normalisation failed");
  return to_utf8(out);
}
bool is_nfc(std::string_view s) {
  UErrorCode e = U_ZERO_ERROR;
  bool r = norm(true).isNormalized(from_utf8(s), e);
  return U_SUCCESS(e) && r;
}
std::string upper(std::string_view s) {
  auto u = from_utf8(s);
  u.toUpper(icu::Locale("vi"));
  return nfc(to_utf8(u));
}
std::string lower(std::string_view s) {
  auto u = from_utf8(s);
  u.toLower(icu::Locale("vi"));
  return nfc(to_utf8(u));
}

namespace {
// s with the code point at [i, next) replaced by f of it.
template <class F>
std::string change_at(std::string_view s, size_t i, F f) {
  size_t next = i;
  decode_next(s, next);
  return std::string(s.substr(0, i)) + f(s.substr(i, next - i)) + std::string(s.substr(next));
}
}  // namespace

std::string upper_first(std::string_view s) {
  return s.empty() ? std::string() : change_at(s, 0, [](std::string_view c) { return upper(c); });
}
std::string lower_first(std::string_view s) {
  return s.empty() ? std::string() : change_at(s, 0, [](std::string_view c) { return lower(c); });
}

std::string upper_words(std::string_view s) {
  std::string out;
  bool start = true;
  for (size_t i = 0; i < s.size();) {
    size_t a = i;
    char32_t cp = decode_next(s, i);
    std::string_view one = s.substr(a, i - a);
    out += start ? upper(one) : std::string(one);
    start = cp == U' ' || cp == U'-';
  }
  return out;
}

std::string fold_spaces(std::string_view s) {
  std::string out;
  bool space = false;
  for (size_t i = 0; i < s.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    bool ws = c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
    if (c == 0xC2 && i + 1 < s.size() && static_cast<unsigned char>(s[i + 1]) == 0xA0) {
      ws = true;
      ++i;
    }
    if (ws) {
      space = true;
      continue;
    }
    if (space && !out.empty()) out += ' ';
    space = false;
    out += static_cast<char>(c);
  }
  return out;
}

std::string code_problem(std::string_view s) {
  for (size_t i = 0; i < s.size();) {
    size_t at = i;
    char32_t c = decode_next(s, i);
    auto hex = [&] {
      char b[16];
      std::snprintf(b, sizeof b, "U+%04X", static_cast<unsigned>(c));
      return std::string(b);
    };
    auto where = " ở vị trí " + std::to_string(text::length(s.substr(0, at)) + 1);
    if (c < 0x20 || (c >= 0x7F && c < 0xA0)) return "có ký tự điều khiển " + hex() + where;
    if (u_isUWhiteSpace(static_cast<UChar32>(c))) return "có dấu cách" + where;
    if (c == ':' || c == '/' || c == '\\') return std::string("có «") + static_cast<char>(c) + "»" + where;
    auto type = u_charType(static_cast<UChar32>(c));
    if (type == U_FORMAT_CHAR || type == U_UNASSIGNED || type == U_PRIVATE_USE_CHAR)
      return "có ký tự không nhìn thấy " + hex() + where;
  }
  return "";
}

std::vector<std::string> ascii_words(std::string_view s) {
  std::vector<std::string> words;
  std::string cur;
  auto flush = [&] {
    if (!cur.empty()) words.push_back(std::move(cur));
    cur.clear();
  };
  std::string d = nfd(s);
  size_t i = 0;
  while (i < d.size()) {
    char32_t cp = decode_next(d, i);
    if (cp >= 0x300 && cp <= 0x36F) continue;  // combining marks: tones, breve, circumflex, horn
    if (cp == U'đ' || cp == U'Đ') cp = U'd';
    if (cp < 0x80 && std::isalnum(static_cast<int>(cp)))
      cur += static_cast<char>(std::tolower(static_cast<int>(cp)));
    else
      flush();
  }
  flush();
  return words;
}

}  // namespace tdkt::text
