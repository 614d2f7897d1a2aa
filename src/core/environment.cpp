// The injected clock and the environment of a command (see environment.hpp).
#include "core/environment.hpp"

#include <cstdio>
#include <cstdlib>
#include <ctime>

#include "core/files.hpp"

namespace tdkt::core {

namespace {
bool valid_iso(const std::string& s) {
  if (s.size() == 10) return parse_date(s).has_value();
  if (s.size() != 19 || s[10] != 'T' || s[13] != ':' || s[16] != ':') return false;
  if (!parse_date(s.substr(0, 10))) return false;
  int h = std::atoi(s.substr(11, 2).c_str()), m = std::atoi(s.substr(14, 2).c_str());
  int x = std::atoi(s.substr(17, 2).c_str());
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
std::string env(const char* name) {
  const char* v = std::getenv(name);
  return v ? v : "";
}
}  // namespace

Clock Clock::system() {
  return Clock();
}

std::optional<Clock> Clock::fixed(const std::string& iso) {
  if (!valid_iso(iso)) return std::nullopt;
  Clock c;
  c.fixed_ = iso.size() == 10 ? iso + "T08:00:00+07:00" : iso + "+07:00";
  return c;
}

Clock Clock::at_epoch(long long seconds) {
  Clock c;
  c.fixed_ = from_epoch(seconds);
  return c;
}

std::string Clock::now_iso() const {
  return fixed_.empty() ? from_epoch(static_cast<long long>(std::time(nullptr))) : fixed_;
}

long long Clock::now_unix() const {
  std::string s = now_iso();
  Date d = *parse_date(s.substr(0, 10));
  long long secs = std::atoi(s.substr(11, 2).c_str()) * 3600LL + std::atoi(s.substr(14, 2).c_str()) * 60LL +
                   std::atoi(s.substr(17, 2).c_str());
  return d.days() * 86400LL + secs - 7 * 3600;
}

Date Clock::today() const {
  return *parse_date(now_iso().substr(0, 10));
}

Environment Environment::at(const std::string& root, Clock clock) {
  Environment e;
  e.clock = clock;
  e.root = root;
  e.fonts_dir = root + "/fonts";
  e.forms_dir = root + "/forms";
  e.templates_dir = root + "/templates";
  return e;
}

Environment Environment::from_process() {
  Clock clock = Clock::system();
  if (auto fixed = Clock::fixed(env("TDKT_NOW")))
    clock = *fixed;
  else if (std::string e = env("SOURCE_DATE_EPOCH"); !e.empty())
    clock = Clock::at_epoch(std::atoll(e.c_str()));
  Environment out = at(project_root(), clock);
  if (std::string f = env("TDKT_FONTS"); !f.empty()) out.fonts_dir = f;
  if (std::string f = env("TDKT_FORMS"); !f.empty()) out.forms_dir = f;
  out.hooks.act_delay_ms = std::atoi(env("TDKT_TEST_ACT_DELAY_MS").c_str());
  out.hooks.packet_delay_ms = std::atoi(env("TDKT_TEST_PACKET_DELAY_MS").c_str());
  out.hooks.keep_form_data = env("TDKT_KEEP_FORM_DATA");
  return out;
}

}  // namespace tdkt::core
