// Deadlines of a round: which of the plan's deadlines bounds a step, its last day on time (fixed, yearly,
// announced by the office, or N calendar or working days after an event), and where an act stands against it.
#pragma once
#include <map>
#include <optional>
#include <set>
#include <string>

#include "core/date.hpp"
#include "domain/movement.hpp"

namespace tdkt::workflow {

// Where a deadline stands for an act on a given day.
struct DeadlineCheck {
  std::string id, text;
  std::optional<core::Date> due;  // last day that is still on time (absent: no date known yet)
  bool late = false;
  bool refuse = false;  // the plan refuses late dossiers (else they are flagged)
  long days_late = 0;
};

// The deadline of a step ("nop_ho_so", "tham_dinh") for a round, if the plan gives one. `dates` are the
// round's announced or overridden dates and events (tdkt movement date); `holidays` count for working days.
std::optional<DeadlineCheck> deadline(const domain::Movement& m, const std::string& round,
                                      const std::string& step,
                                      const std::map<std::string, std::string>& dates,
                                      const std::set<core::Date>& holidays, core::Date today);

// Deadline arithmetic: n days after `from`, in calendar days or in working days (Monday–Friday, minus the
// holidays). Working days start counting on the next working day.
core::Date add_days(core::Date from, int n, bool working, const std::set<core::Date>& holidays);
bool is_working_day(core::Date d, const std::set<core::Date>& holidays);

}  // namespace tdkt::workflow
