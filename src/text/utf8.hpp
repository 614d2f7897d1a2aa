// UTF-8 validation and decoding; every input passes here before anything else reads it.
#pragma once
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "core/diag.hpp"

namespace tdkt::text {

// Returns the byte offset of the first invalid sequence (overlong, surrogate, > U+10FFFF, truncated,
// stray continuation byte), or npos when the whole text is valid.
size_t find_invalid_utf8(std::string_view s);
bool is_valid_utf8(std::string_view s);
// Adds an error "tệp:dòng:cột: lỗi: văn bản không phải UTF-8 hợp lệ (byte 0xC3 …)" when invalid.
bool check_utf8(std::string_view s, const std::string& origin, core::Diagnostics& diags);
std::vector<char32_t> decode(std::string_view s);  // s must be valid
// The code point at byte offset i (s must be valid); advances i past it.
char32_t decode_next(std::string_view s, size_t& i);
std::string encode(char32_t cp);
std::string encode(const std::vector<char32_t>& cps);
size_t length(std::string_view s);  // in code points
// At most max_chars code points of s (valid UTF-8), cut between letters, with «…» when cut: text quoted
// back in a message (an expression, a cell) stays readable whatever its length.
std::string clip(std::string_view s, size_t max_chars);

}  // namespace tdkt::text
