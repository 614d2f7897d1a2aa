// What a command runs in, read once from the process and passed down: the clock (fixed for reproducible
// output, or the system's), where the shipped data lives, and the test hooks. Nothing below reads the
// process environment or keeps a global clock.
#pragma once
#include <optional>
#include <string>

#include "core/date.hpp"

namespace tdkt::core {

// Vietnam time (+07:00, no daylight saving). A fixed clock gives the same instant every time it is read.
class Clock {
 public:
  static Clock system();
  // "YYYY-MM-DD" (08:00 that day) or "YYYY-MM-DDTHH:MM:SS"; nullopt when malformed.
  static std::optional<Clock> fixed(const std::string& iso);
  static Clock at_epoch(long long seconds);
  std::string now_iso() const;  // "2026-11-21T16:04:05+07:00"
  Date today() const;
  long long now_unix() const;  // seconds since 1970-01-01 UTC
  bool is_fixed() const { return !fixed_.empty(); }

 private:
  std::string fixed_;  // empty: read the system clock
};

// Delays and dumps that tests switch on to reach rare paths (a race, a kill with the temp file complete).
struct TestHooks {
  int act_delay_ms = 0;        // TDKT_TEST_ACT_DELAY_MS: between reading a dossier and writing its new state
  int packet_delay_ms = 0;     // TDKT_TEST_PACKET_DELAY_MS: with a packet's temporary file complete
  std::string keep_form_data;  // TDKT_KEEP_FORM_DATA: folder that receives each round document's data and IR
};

struct Environment {
  Clock clock = Clock::system();
  std::string root;           // the shipped data: data/, forms/, templates/, fonts/, examples/
  std::string fonts_dir;      // default root/fonts
  std::string forms_dir;      // default root/forms
  std::string templates_dir;  // default root/templates
  TestHooks hooks;

  std::string legal_file() const { return root + "/data/legal/legal-bases.json"; }
  // The roots set from one folder (tests point them at a copy).
  static Environment at(const std::string& root, Clock clock);
  // From the process: TDKT_ROOT (else the executable's or the source tree's folder), TDKT_FONTS, TDKT_FORMS;
  // the clock from TDKT_NOW, else SOURCE_DATE_EPOCH, else the system; the test hooks.
  static Environment from_process();
};

}  // namespace tdkt::core
