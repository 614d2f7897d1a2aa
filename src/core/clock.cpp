// Clock injection so that outputs are reproducible (same input and clock → same bytes).
#include "core/clock.hpp"

#include <cstdio>
#include <cstdlib>
#include <ctime>

namespace tdkt::core {

namespace {
std::string g_fixed;

bool valid_iso(const std::string& s) {
  if (s.size() == 10) return parse_date(s).has_value();
  if (s.size() != 19 || s[10] != 'T' || s[13] != ':' || s[16] != ':') return false;
  if (!parse_date(s.substr(0, 10))) return false;
  int h = std::atoi(s.substr(11, 2).c_str()), m = std::atoi(s.substr(14, 2).c_str()),
      x = std::atoi(s.substr(17, 2).c_str());
  return h < 24 && m < 60 && x < 60;
}
std::string from_epoch(long long t) {
  std::time_t tt = static_cast<std::time_t>(t + 7 * 3600);  // Vietnam has no DST
  std::tm tm{};
  gmtime_r(&tt, &tm);
  char b[96];
  std::snprintf(b, sizeof b, "%04d-%02d-%02dT%02d:%02d:%02d+07:00", tm.tm_year + 1900, tm.tm_mon + 1,
                tm.tm_mday, tm.tm_hour, tm.tm_min, tm.tm_sec);
  return b;
}
}  // namespace

bool set_fixed_now(const std::string& iso) {
  if (!valid_iso(iso)) return false;
  g_fixed = iso.size() == 10 ? iso + "T08:00:00+07:00" : iso + "+07:00";
  return true;
}

std::string now_iso() {
  if (!g_fixed.empty()) return g_fixed;
  if (const char* n = std::getenv("TDKT_NOW"); n && set_fixed_now(n)) return g_fixed;
  if (const char* e = std::getenv("SOURCE_DATE_EPOCH"); e && *e) return from_epoch(std::atoll(e));
  return from_epoch(static_cast<long long>(std::time(nullptr)));
}

long long now_unix() {
  std::string s = now_iso();
  Date d = *parse_date(s.substr(0, 10));
  long long secs = std::atoi(s.substr(11, 2).c_str()) * 3600LL + std::atoi(s.substr(14, 2).c_str()) * 60LL +
                   std::atoi(s.substr(17, 2).c_str());
  return d.days() * 86400LL + secs - 7 * 3600;
}

Date today() {
  return *parse_date(now_iso().substr(0, 10));
}

}  // namespace tdkt::core
