// Vietnamese collation: letters first (a ă â b c d đ e ê g … ư v x y), then tones, then case. The tone
// order is a setting because Vietnamese sources disagree; the default is the dictionary order
// ngang < huyền < hỏi < ngã < sắc < nặng.
#pragma once
#include <array>
#include <string>
#include <string_view>

namespace tdkt::text {

enum class Tone { Ngang = 0, Huyen, Hoi, Nga, Sac, Nang };

class ToneOrder {
 public:
  ToneOrder();  // dictionary order
  // Parses "ngang,huyen,hoi,nga,sac,nang" (any permutation of the six names, ASCII). False if malformed.
  static bool parse(std::string_view spec, ToneOrder& out);
  static ToneOrder sac_before_hoi();  // ngang, huyền, sắc, hỏi, ngã, nặng (another common order)
  int rank(Tone t) const { return rank_[static_cast<int>(t)]; }
  std::string spec() const;

 private:
  std::array<int, 6> rank_{};
};

// A binary key: comparing two keys with memcmp/std::string< gives the Vietnamese order.
std::string sort_key(std::string_view s, const ToneOrder& order = ToneOrder());
int compare(std::string_view a, std::string_view b, const ToneOrder& order = ToneOrder());

// The letter and tone of one Vietnamese syllable character, for tests and explanations.
struct LetterInfo {
  int letter = -1;  // index in the Vietnamese alphabet (a=0, ă=1, â=2, b=3 …), -1 if not a letter
  Tone tone = Tone::Ngang;
  bool upper = false;
};
LetterInfo analyse(char32_t cp);

}  // namespace tdkt::text
