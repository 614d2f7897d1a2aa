// The rules applied to the nominations of a round: the context one nomination is assessed in (what the world
// knows, hand confirmations, the other awards proposed for the same subject), the verdict as the store keeps
// it, and the quota lines of a round.
#pragma once
#include <string>
#include <vector>

#include "app/workspace.hpp"
#include "rules/eligibility.hpp"

namespace tdkt::app {

rules::EvalContext eval_context(Workspace& w, const StoredMovement& L, const std::string& round,
                                const rules::World& world, const domain::Nomination& n,
                                const std::vector<domain::Nomination>& all);
// Assesses one nomination and writes the verdict, its text and its structure into n.
rules::Assessment assess_into(Workspace& w, const StoredMovement& L, const std::string& round,
                              const rules::World& world, domain::Nomination& n,
                              const std::vector<domain::Nomination>& all);
domain::Appraisal appraisal_of(rules::Status s);
// The round's exceeded quotas: over the nominations still in the running, or (passed_only) those the council
// passed, each ranked by the plan's rule (see candidate() in assess.cpp).
std::vector<rules::QuotaOverflow> quota_check(const StoredMovement& L, const rules::World& w,
                                              const std::string& round,
                                              const std::vector<domain::Nomination>& all, bool passed_only);
// The same as one line per exceeded quota: over the nominations still in the running, or (passed_only) those
// the council passed.
std::vector<std::string> quota_lines(const StoredMovement& L, const rules::World& w, const std::string& round,
                                     const std::vector<domain::Nomination>& all, bool passed_only);

}  // namespace tdkt::app
