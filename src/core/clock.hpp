// The injected clock: a fixed instant from --now / TDKT_NOW / SOURCE_DATE_EPOCH, else the system time.
#pragma once
#include <string>

#include "core/date.hpp"

namespace tdkt::core {

// Accepts "YYYY-MM-DD" or "YYYY-MM-DDTHH:MM:SS" (local Vietnam time, +07:00). False if malformed.
bool set_fixed_now(const std::string& iso);
std::string now_iso();  // "2026-11-21T16:04:05+07:00"
Date today();
long long now_unix();  // seconds since 1970-01-01 UTC of now_iso()

}  // namespace tdkt::core
