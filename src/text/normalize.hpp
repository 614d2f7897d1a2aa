// Unicode normalisation and Vietnamese case mapping (ICU); all stored and rendered text is NFC.
#pragma once
#include <string>
#include <string_view>
#include <vector>

namespace tdkt::text {

std::string nfc(std::string_view s);  // s must be valid UTF-8
std::string nfd(std::string_view s);
bool is_nfc(std::string_view s);
std::string upper(std::string_view s);  // "Ủy ban nhân dân" → "ỦY BAN NHÂN DÂN"
std::string lower(std::string_view s);
// The first letter in upper (lower) case, the rest as it is: "đẩy mạnh" → "Đẩy mạnh"; a letter is never
// split.
std::string upper_first(std::string_view s);
std::string lower_first(std::string_view s);
// The first letter of every word (after a space or a hyphen) in upper case: "phù mỹ" → "Phù Mỹ".
std::string upper_words(std::string_view s);
// Collapses runs of white space (incl. NBSP and line breaks) into one space and trims both ends.
std::string fold_spaces(std::string_view s);
// The words of s without tone marks and diacritics, in lower case ASCII, for matching file names that people
// type with or without accents: "Báo cáo - Nguyễn Văn Đức (2024).pdf" →
// {"bao","cao","nguyen","van","duc","2024","pdf"}. Letters and digits other than Latin ones split words like
// punctuation does.
std::vector<std::string> ascii_words(std::string_view s);
// Why a code (of a unit, a person, …) cannot be one, "" when it can: a code is matched by its bytes, so it
// has no white space, no «:», «/» or «\\», no control character and no invisible one (U+200B, U+FEFF, …) that
// would make two codes look the same. s must be valid UTF-8.
std::string code_problem(std::string_view s);

}  // namespace tdkt::text
