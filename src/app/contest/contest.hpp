// Shared by the contest use cases: the contest opened with its rules, who belongs to which body, conflicts of
// interest, and the entries judged.
#pragma once
#include <set>
#include <string>
#include <vector>

#include "app/workspace.hpp"
#include "domain/contest.hpp"
#include "views/contest.hpp"

namespace tdkt::app {

// The contest's documents are documents of this round of its movement.
extern const std::string kContestRound;

struct Contest {
  const StoredMovement* L = nullptr;
  domain::ContestRules rules;
  views::contest::Context context(core::Date on) const { return {&L->m, &rules, on}; }
};
// The movement as a contest with its stored rules; not a contest, no rules yet, or unreadable rules →
// refused.
Result<Contest> open_contest(Workspace& w, const std::string& movement);

bool in_body(const std::vector<domain::BodyMember>& body, const std::string& name);
// Results are recognised once: after the award the entries carry their rank, and points, order and decision
// freeze.
bool awarded(const std::vector<domain::ContestEntry>& entries);
// The decisions of the contest are made by the plan's signer or a member of the Ban tổ chức.
bool may_decide(const Contest& k, const std::string& actor);
// Judges who may not score an entry: their unit sent it, or they wrote it.
std::set<std::string> recused(Workspace& w, const domain::ContestRules& r, const domain::ContestEntry& e);
// What the Tổ thư ký reports to the jury: each entry close to an initiative already recognised, or to
// another entry (the same test as at entry, contest rules' similarity).
std::vector<std::string> overlap_notes(Workspace& w, const Contest& k,
                                       const std::vector<domain::ContestEntry>& entries);
// Every entry with its scores and the ranking the rules give.
views::contest::Results judge_all(Workspace& w, const Contest& k);

}  // namespace tdkt::app
