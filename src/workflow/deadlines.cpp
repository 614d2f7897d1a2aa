// Deadlines of a round (see deadlines.hpp).
#include "workflow/deadlines.hpp"

#include <algorithm>

#include "domain/round.hpp"

namespace tdkt::workflow {

namespace {
// Year rounds use the annual deadlines, the period round (tổng kết) the period's: named "tong…", or fixed
// dates in a plan that has period awards.
bool for_round(const domain::Movement& m, const domain::Deadline& dl, const std::string& round) {
  bool period_awards =
      std::any_of(m.awards.begin(), m.awards.end(), [](auto& a) { return a.round == "tong_ket"; });
  bool period_deadline = dl.id.find("tong") != std::string::npos || (dl.kind == "fixed" && period_awards);
  return domain::is_period_round(round) == period_deadline;
}

std::optional<core::Date> due_date(const domain::Deadline& dl, const std::string& round,
                                   const std::map<std::string, std::string>& dates,
                                   const std::set<core::Date>& holidays) {
  std::optional<core::Date> due;
  if (auto it = dates.find(dl.id); it != dates.end())
    due = core::parse_date(it->second);  // announced or overridden
  else if (dl.kind == "fixed")
    due = dl.date;
  else if (dl.kind == "annual" && !domain::is_period_round(round)) {
    int y = std::stoi(round);
    // Results of year Y are proposed early in Y+1 (e.g. "trước ngày 31/01"); late-year dates are in Y.
    due = core::Date{dl.month <= 6 ? y + 1 : y, dl.month, dl.day};
  } else if (dl.kind == "after_event") {
    if (auto e = dates.find(dl.event); e != dates.end())
      if (auto ed = core::parse_date(e->second))
        due = add_days(*ed, dl.days, dl.day_type == "working", holidays);
  }
  if (due && !dl.inclusive) due = due->add_days(-1);  // "trước ngày 30/11": the 30th is already late
  return due;
}
}  // namespace

std::optional<DeadlineCheck> deadline(const domain::Movement& m, const std::string& round,
                                      const std::string& step,
                                      const std::map<std::string, std::string>& dates,
                                      const std::set<core::Date>& holidays, core::Date today) {
  for (auto& dl : m.deadlines) {
    if (dl.applies_to != step || !for_round(m, dl, round)) continue;
    DeadlineCheck c{dl.id, dl.text, due_date(dl, round, dates, holidays), false, dl.late == "refuse", 0};
    if (c.due && today > *c.due) {
      c.late = true;
      c.days_late = today.days() - c.due->days();
    }
    return c;
  }
  return std::nullopt;
}

bool is_working_day(core::Date d, const std::set<core::Date>& holidays) {
  return d.weekday() < 5 && !holidays.count(d);
}

core::Date add_days(core::Date from, int n, bool working, const std::set<core::Date>& holidays) {
  if (!working) return from.add_days(n);
  core::Date d = from;
  int left = n;
  while (left > 0) {
    d = d.add_days(1);
    if (is_working_day(d, holidays)) --left;
  }
  return d;
}

}  // namespace tdkt::workflow
