// The round key and its words.
#include "domain/round.hpp"

#include <algorithm>

namespace tdkt::domain {

namespace {
const std::string kPeriod = "tong_ket";
}

bool valid_round(const std::string& r) {
  if (r == kPeriod) return true;
  return r.size() == 4 && std::all_of(r.begin(), r.end(), [](char c) { return c >= '0' && c <= '9'; });
}

std::string round_label(const std::string& r) {
  return r == kPeriod ? "tổng kết giai đoạn" : "năm " + r;
}

bool is_period_round(const std::string& r) {
  return r == kPeriod;
}

}  // namespace tdkt::domain
