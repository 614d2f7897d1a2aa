// Civil date arithmetic (Howard Hinnant's days-from-civil algorithm, re-derived here).
#include "core/date.hpp"

#include <cstdio>

namespace tdkt::core {

static bool leap(int y) {
  return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}
int days_in_month(int y, int m) {
  static const int dm[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (m < 1 || m > 12) return 0;
  return m == 2 && leap(y) ? 29 : dm[m - 1];
}
bool Date::valid() const {
  return y >= 1900 && y <= 2200 && m >= 1 && m <= 12 && d >= 1 && d <= days_in_month(y, m);
}

long Date::days() const {
  int yy = y - (m <= 2);
  long era = (yy >= 0 ? yy : yy - 399) / 400;
  long yoe = yy - era * 400;
  long doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}
Date Date::from_days(long z) {
  z += 719468;
  long era = (z >= 0 ? z : z - 146096) / 146097;
  long doe = z - era * 146097;
  long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  long yy = yoe + era * 400;
  long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  long mp = (5 * doy + 2) / 153;
  int dd = static_cast<int>(doy - (153 * mp + 2) / 5 + 1);
  int mm = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
  return {static_cast<int>(yy + (mm <= 2)), mm, dd};
}
int Date::weekday() const {
  long z = days();  // 1970-01-01 was a Thursday (3 with Monday = 0)
  long w = (z + 3) % 7;
  return static_cast<int>(w < 0 ? w + 7 : w);
}
std::string Date::iso() const {
  char b[16];
  std::snprintf(b, sizeof b, "%04d-%02d-%02d", y, m, d);
  return b;
}
std::string Date::dmy() const {
  char b[16];
  std::snprintf(b, sizeof b, "%02d/%02d/%04d", d, m, y);
  return b;
}

std::optional<Date> parse_date(std::string_view s) {
  if (s.size() != 10 || s[4] != '-' || s[7] != '-') return std::nullopt;
  auto num = [&](size_t a, size_t n, int& out) {
    out = 0;
    for (size_t k = a; k < a + n; ++k) {
      if (s[k] < '0' || s[k] > '9') return false;
      out = out * 10 + (s[k] - '0');
    }
    return true;
  };
  Date d;
  if (!num(0, 4, d.y) || !num(5, 2, d.m) || !num(8, 2, d.d) || !d.valid()) return std::nullopt;
  return d;
}

}  // namespace tdkt::core
