// Vietnamese personal names: họ (family), đệm (middle), tên (given); sorting by tên, đệm, then họ.
#pragma once
#include <string>
#include <string_view>
#include <vector>

#include "text/collate.hpp"

namespace tdkt::text {

struct PersonName {
  std::string ho, dem, ten;
  std::string full() const;
};

// Splits on spaces after NFC and space folding. Two-syllable family names from the list below
// ("Tôn Thất", "Tôn Nữ", "Âu Dương", "Nguyễn Phúc", …) stay whole.
PersonName split_name(std::string_view full);
const std::vector<std::string>& compound_family_names();

// Key for sorting people: tên, then đệm, then họ, each with Vietnamese collation.
std::string name_sort_key(const PersonName& n, const ToneOrder& order = ToneOrder());
std::string name_sort_key(std::string_view full, const ToneOrder& order = ToneOrder());
void sort_names(std::vector<std::string>& names, const ToneOrder& order = ToneOrder());

}  // namespace tdkt::text
