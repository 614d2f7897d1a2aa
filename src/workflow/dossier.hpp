// The dossier workflow of an award round: the transition table (from, action, roles, named guards, to) and
// the decision on one action. Pure: the caller gathers the facts about a dossier from the store, this
// module decides and explains; the store persists the outcome. States, roles and actions are the enums of
// domain/codes.hpp.
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "domain/codes.hpp"
#include "workflow/deadlines.hpp"

namespace tdkt::workflow {

using State = domain::DossierState;
using Role = domain::Role;
using Action = domain::Action;

// One row of the transition table. Guards are named; their meaning is in guard_description().
struct Transition {
  State from;
  Action action;
  std::vector<Role> roles;
  std::vector<std::string> guards;
  State to;
};
const std::vector<Transition>& table();
std::string guard_description(const std::string& guard);
const std::vector<std::string>& all_guards();
// What a user must know before taking the action ("cần --reason"), or "".
const std::string& action_help(Action a);

// Everything the guards look at, gathered by the caller. Counts refer to the dossier's nominations.
struct Facts {
  State state = State::DuThao;
  std::string dossier_unit;  // agency code of the dossier
  Role role = Role::CanBoDonVi;
  bool actor_registered = true;                // the actor is a registered user with this role
  std::string actor_unit;                      // for unit roles
  std::string reason;                          // --reason text
  int nominations = 0;                         // all nominations of the dossier
  int kept = 0;                                // kept by the unit vote
  int unvoted = 0;                             // nominations without a recorded unit vote
  bool meeting = false;                        // a unit meeting is recorded
  std::vector<std::string> missing_documents;  // human names of required documents not present
  std::vector<std::string> stale_documents;    // generated from data that has changed since
  std::optional<DeadlineCheck> submit_deadline;
  std::optional<DeadlineCheck> appraisal_deadline;
  bool changed_since_return = true;             // documents regenerated or attached after the last return
  int unassessed = 0;                           // kept nominations without an appraisal verdict
  int to_confirm = 0;                           // verdicts still waiting for a confirmation by hand
  std::vector<std::string> quota_overflows;     // Vietnamese lines, one per exceeded quota
  int eligible = 0;                             // nominations found eligible at appraisal
  int without_council_vote = 0;                 // eligible nominations the council has not voted on
  std::vector<std::string> award_not_in_force;  // awards that cannot be granted on the decision date
};

struct GuardResult {
  std::string name;
  bool ok = true;
  bool warning = false;  // ok, but flagged (e.g. a late dossier the plan only flags)
  std::string message;   // Vietnamese
};

struct Verdict {
  bool allowed = false;
  std::optional<State> to;
  std::vector<GuardResult> results;  // every guard evaluated, failed ones first
  std::string refusal() const;       // one Vietnamese line per failed guard
  std::string warnings() const;      // "Lưu ý [guard]: …" per flagged guard
};

// Decides whether `action` may be taken in the facts' state by the facts' role, evaluating every guard
// of the matching row (not stopping at the first failure, so the user sees everything to fix).
Verdict decide(const Facts& f, Action action);
// Actions that are possible from a state at all (ignoring roles and guards), in the table's order.
std::vector<Action> actions_from(State s);
// The roles that may take an action from a state, as codes ("thu_truong_don_vi, …").
std::string roles_for(State s, Action a);

// The state diagram as text (one line per transition) or as Graphviz dot.
std::string diagram_text();
std::string diagram_dot();

}  // namespace tdkt::workflow
