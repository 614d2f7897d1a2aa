// Vietnamese collation from NFD: base letter + modifier (breve, circumflex, horn) gives the letter,
// the tone mark gives the secondary weight. Our own tables so the tone order can be configured.
#include "text/collate.hpp"

#include <vector>

#include "text/normalize.hpp"
#include "text/utf8.hpp"

namespace tdkt::text {

namespace {
// Alphabet with the foreign letters f j w z slotted where Latin puts them.
const char32_t* const kAlphabet[] = {U"a", U"ă", U"â", U"b", U"c", U"d", U"đ", U"e", U"ê", U"f", U"g",
                                     U"h", U"i", U"j", U"k", U"l", U"m", U"n", U"o", U"ô", U"ơ", U"p",
                                     U"q", U"r", U"s", U"t", U"u", U"ư", U"v", U"w", U"x", U"y", U"z"};
constexpr int kLetters = sizeof(kAlphabet) / sizeof(kAlphabet[0]);

int letter_index(char32_t base, char32_t modifier) {
  char32_t lower = base >= U'A' && base <= U'Z' ? base + 32 : base;
  for (int i = 0; i < kLetters; ++i) {
    const char32_t* l = kAlphabet[i];
    // Letters with a modifier are written precomposed in the table; compare by decomposition.
    char32_t b = l[0], m = 0;
    switch (l[0]) {
      case U'ă':
        b = U'a';
        m = 0x0306;
        break;
      case U'â':
        b = U'a';
        m = 0x0302;
        break;
      case U'ê':
        b = U'e';
        m = 0x0302;
        break;
      case U'ô':
        b = U'o';
        m = 0x0302;
        break;
      case U'ơ':
        b = U'o';
        m = 0x031B;
        break;
      case U'ư':
        b = U'u';
        m = 0x031B;
        break;
      default:
        break;
    }
    if (b == lower && m == modifier) return i;
  }
  return -1;
}

Tone tone_of(char32_t mark, bool& is_tone) {
  is_tone = true;
  switch (mark) {
    case 0x0300:
      return Tone::Huyen;
    case 0x0309:
      return Tone::Hoi;
    case 0x0303:
      return Tone::Nga;
    case 0x0301:
      return Tone::Sac;
    case 0x0323:
      return Tone::Nang;
    default:
      is_tone = false;
      return Tone::Ngang;
  }
}
bool is_modifier(char32_t c) {
  return c == 0x0306 || c == 0x0302 || c == 0x031B;
}
bool is_mark(char32_t c) {
  return c >= 0x0300 && c <= 0x036F;
}

struct Unit {
  int primary;  // weight ≥ 0x10
  int tone;
  bool upper;
  char32_t raw;
};

std::vector<Unit> units(std::string_view s) {
  std::vector<Unit> out;
  auto cps = decode(nfd(s));
  for (size_t i = 0; i < cps.size(); ++i) {
    char32_t c = cps[i];
    if (is_mark(c)) continue;  // a mark with no base: ignorable
    char32_t modifier = 0;
    Tone tone = Tone::Ngang;
    size_t j = i + 1;
    for (; j < cps.size() && is_mark(cps[j]); ++j) {
      bool t;
      Tone tt = tone_of(cps[j], t);
      if (t)
        tone = tt;
      else if (is_modifier(cps[j]))
        modifier = cps[j];
    }
    Unit u{0, static_cast<int>(tone), false, c};
    bool up = (c >= U'A' && c <= U'Z') || c == U'Đ';
    u.upper = up;
    int li = (c == U'đ' || c == U'Đ') ? 6 : letter_index(c, modifier);
    if (li >= 0)
      u.primary = 0x20 + li;
    else if (c >= U'0' && c <= U'9')
      u.primary = 0x12 + static_cast<int>(c - U'0');
    else if (c == U' ' || c == U'\t' || c == U'-')
      u.primary = 0x11;
    else
      u.primary = 0x60 + static_cast<int>(c % 0x90);  // other symbols: stable, after letters
    out.push_back(u);
    i = j - 1;
  }
  return out;
}
}  // namespace

ToneOrder::ToneOrder() {
  rank_ = {0, 1, 2, 3, 4, 5};
}
ToneOrder ToneOrder::sac_before_hoi() {
  ToneOrder o;
  o.rank_ = {0, 1, 3, 4, 2, 5};
  return o;
}
bool ToneOrder::parse(std::string_view spec, ToneOrder& out) {
  static const char* names[] = {"ngang", "huyen", "hoi", "nga", "sac", "nang"};
  std::array<int, 6> r{};
  r.fill(-1);
  int pos = 0;
  size_t start = 0;
  while (start <= spec.size()) {
    size_t end = spec.find(',', start);
    if (end == std::string_view::npos) end = spec.size();
    std::string_view name = spec.substr(start, end - start);
    int found = -1;
    for (int i = 0; i < 6; ++i)
      if (name == names[i]) found = i;
    if (found < 0 || r[found] >= 0 || pos > 5) return false;
    r[found] = pos++;
    start = end + 1;
  }
  if (pos != 6) return false;
  out.rank_ = r;
  return true;
}
std::string ToneOrder::spec() const {
  static const char* names[] = {"ngang", "huyen", "hoi", "nga", "sac", "nang"};
  std::string s;
  for (int p = 0; p < 6; ++p)
    for (int i = 0; i < 6; ++i)
      if (rank_[i] == p) s += (s.empty() ? "" : ",") + std::string(names[i]);
  return s;
}

std::string sort_key(std::string_view s, const ToneOrder& order) {
  auto us = units(s);
  std::string k;
  for (auto& u : us) k += static_cast<char>(u.primary);
  k += '\x02';
  for (auto& u : us) k += static_cast<char>(0x10 + order.rank(static_cast<Tone>(u.tone)));
  k += '\x02';
  for (auto& u : us) k += static_cast<char>(u.upper ? 0x11 : 0x10);
  return k;
}

int compare(std::string_view a, std::string_view b, const ToneOrder& order) {
  auto ka = sort_key(a, order), kb = sort_key(b, order);
  return ka < kb ? -1 : ka > kb ? 1 : 0;
}

LetterInfo analyse(char32_t cp) {
  auto us = units(encode(cp));
  LetterInfo li;
  if (us.size() != 1 || us[0].primary < 0x20 || us[0].primary >= 0x20 + kLetters) return li;
  li.letter = us[0].primary - 0x20;
  li.tone = static_cast<Tone>(us[0].tone);
  li.upper = us[0].upper;
  return li;
}

}  // namespace tdkt::text
