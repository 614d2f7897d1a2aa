// Unicode normalisation and Vietnamese case mapping (ICU); all stored and rendered text is NFC.
#pragma once
#include <string>
#include <string_view>

namespace tdkt::text {

std::string nfc(std::string_view s);  // s must be valid UTF-8
std::string nfd(std::string_view s);
bool is_nfc(std::string_view s);
std::string upper(std::string_view s);  // "Ủy ban nhân dân" → "ỦY BAN NHÂN DÂN"
std::string lower(std::string_view s);
// Collapses runs of white space (incl. NBSP and line breaks) into one space and trims both ends.
std::string fold_spaces(std::string_view s);

}  // namespace tdkt::text
