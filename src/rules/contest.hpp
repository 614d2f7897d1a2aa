// Judging a contest, pure: each judge's total per entry, the aggregate the rules name (mean, or mean without
// the highest and lowest total from N judges on), ties broken on the listed criteria, then prizes in rank
// order. Missing sheets and ties left at a prize boundary are reported, never settled by list order.
#pragma once

#include <map>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "domain/contest.hpp"

namespace tdkt::rules {

struct EntryScores {
  std::string code;
  // judge → criterion → points; a judge's sheet counts only when it has every criterion.
  std::map<std::string, std::map<std::string, double>> by_judge;
  std::set<std::string> recused;  // judges who may not score this entry (their unit's entry, or their own)
  std::optional<int> jury_order;  // the Ban giám khảo's order within a tie the rules leave (1 first)
};

struct EntryResult {
  std::string code;
  std::vector<std::pair<std::string, double>> totals;  // complete sheets, jury order
  std::vector<std::string> missing;                    // judges who may score and have not (fully)
  std::vector<std::string> dropped;                    // judges whose total the trimmed mean left out
  double aggregate = 0;
  std::map<std::string, double> by_criterion;  // over the same judges as the aggregate
  int rank = 0;
  bool tie = false;               // shares its rank after every tie-break criterion
  std::string tie_note;           // which criterion settled a tie with a neighbour, if one did
  std::string prize;              // prize id, or empty
  std::optional<int> jury_order;  // as given with the scores
};

struct ContestOutcome {
  std::vector<EntryResult> ranking;   // best first
  std::vector<std::string> problems;  // missing sheets, ties at a prize boundary
  bool complete() const { return problems.empty(); }
};

ContestOutcome judge_contest(const domain::ContestRules& rules, const std::vector<EntryScores>& entries);

// Share of the words two texts have in common (accents and case ignored, common function words left out):
// |A ∩ B| / |A ∪ B|, 0 when either has no words.
double text_similarity(std::string_view a, std::string_view b);

}  // namespace tdkt::rules
