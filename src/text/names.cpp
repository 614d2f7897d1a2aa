// Splitting and ordering of Vietnamese names.
#include "text/names.hpp"

#include <algorithm>

#include "text/normalize.hpp"

namespace tdkt::text {

const std::vector<std::string>& compound_family_names() {
  static const std::vector<std::string> v = {"Tôn Thất",    "Tôn Nữ",       "Âu Dương",
                                             "Nguyễn Phúc", "Nguyễn Phước", "Công Tằng Tôn Nữ",
                                             "Hoàng Phủ",   "Tư Mã",        "Gia Cát"};
  return v;
}

std::string PersonName::full() const {
  std::string s = ho;
  if (!dem.empty()) s += (s.empty() ? "" : " ") + dem;
  if (!ten.empty()) s += (s.empty() ? "" : " ") + ten;
  return s;
}

PersonName split_name(std::string_view full) {
  std::string s = fold_spaces(nfc(full));
  std::vector<std::string> w;
  size_t a = 0;
  while (a < s.size()) {
    size_t b = s.find(' ', a);
    if (b == std::string::npos) b = s.size();
    w.push_back(s.substr(a, b - a));
    a = b + 1;
  }
  PersonName n;
  if (w.empty()) return n;
  if (w.size() == 1) {
    n.ten = w[0];
    return n;
  }
  size_t ho_words = 1;
  for (auto& c : compound_family_names()) {
    size_t cw = static_cast<size_t>(std::count(c.begin(), c.end(), ' ')) + 1;
    if (w.size() > cw && s.rfind(c + " ", 0) == 0) ho_words = std::max(ho_words, cw);
  }
  for (size_t i = 0; i < ho_words; ++i) n.ho += (i ? " " : "") + w[i];
  n.ten = w.back();
  for (size_t i = ho_words; i + 1 < w.size(); ++i) n.dem += (n.dem.empty() ? "" : " ") + w[i];
  return n;
}

std::string name_sort_key(const PersonName& n, const ToneOrder& order) {
  // Component separator 0x01 sorts below every weight, so "An" < "An Khang" as it should.
  return sort_key(n.ten, order) + '\x01' + sort_key(n.dem, order) + '\x01' + sort_key(n.ho, order);
}
std::string name_sort_key(std::string_view full, const ToneOrder& order) {
  return name_sort_key(split_name(full), order);
}

void sort_names(std::vector<std::string>& names, const ToneOrder& order) {
  std::vector<std::pair<std::string, std::string>> keyed;
  keyed.reserve(names.size());
  for (auto& n : names) keyed.emplace_back(name_sort_key(n, order), n);
  std::stable_sort(keyed.begin(), keyed.end(), [](auto& x, auto& y) { return x.first < y.first; });
  for (size_t i = 0; i < names.size(); ++i) names[i] = keyed[i].second;
}

}  // namespace tdkt::text
