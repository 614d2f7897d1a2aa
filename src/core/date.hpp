// Civil dates (proleptic Gregorian), ISO 8601 parsing and day arithmetic; no time zones needed here.
#pragma once
#include <compare>
#include <optional>
#include <string>
#include <string_view>

namespace tdkt::core {

struct Date {
  int y = 0, m = 0, d = 0;
  auto operator<=>(const Date&) const = default;
  bool valid() const;
  long days() const;  // days since 1970-01-01
  static Date from_days(long days);
  Date add_days(long n) const { return from_days(days() + n); }
  int weekday() const;      // 0 = Monday … 6 = Sunday
  std::string iso() const;  // "2024-11-05"
  std::string dmy() const;  // "05/11/2024"
};

// Accepts "YYYY-MM-DD" only; rejects impossible dates such as 2025-02-29.
std::optional<Date> parse_date(std::string_view s);
int days_in_month(int y, int m);

}  // namespace tdkt::core
