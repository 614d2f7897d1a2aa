// The dossier workflow of an award round: states, actions, roles, the transition table and its named
// guards, and deadlines in calendar or working days. Pure: the caller (app/) gathers the facts about a
// dossier from the store, this module decides and explains; the store persists the outcome.
#pragma once
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "core/date.hpp"

namespace tdkt::workflow {

// States of a unit's dossier (hồ sơ đề nghị), as stored codes.
enum class State {
  DuThao,        // du_thao: being prepared by the unit
  DaHopXet,      // da_hop_xet: the unit's meeting voted the nominations (Biên bản recorded)
  DaTrinh,       // da_trinh: Tờ trình numbered and dated, sent up
  DaTiepNhan,    // da_tiep_nhan: received by the appraising office
  DangThamDinh,  // dang_tham_dinh: under appraisal
  TraLai,        // tra_lai: returned to the unit for completion, with a reason
  DaThamDinh,    // da_tham_dinh: appraised (every nomination eligible or not)
  DaBieuQuyet,   // da_bieu_quyet: the award council voted
  DaQuyetDinh,   // da_quyet_dinh: Quyết định khen thưởng numbered and dated
  LuuTru,        // luu_tru: archived
  DaRut,         // da_rut: withdrawn by the unit
};
const std::vector<State>& all_states();
std::string code(State s);
std::string label(State s);  // Vietnamese, for people
std::optional<State> parse_state(const std::string& code);

enum class Role { CanBoDonVi, ThuTruongDonVi, ChuyenVienThamDinh, ThuKyHoiDong, ChuTich };
const std::vector<Role>& all_roles();
std::string code(Role r);
std::string label(Role r);
std::optional<Role> parse_role(const std::string& code);
bool is_unit_role(Role r);  // acts only for its own unit's dossiers

// Actions, as stored and typed codes.
struct ActionInfo {
  std::string code, label, help;
};
const std::vector<ActionInfo>& all_actions();
const ActionInfo* action(const std::string& code);

// One row of the transition table. Guards are named; their meaning is in guard_description().
struct Transition {
  State from;
  std::string action;
  std::vector<Role> roles;
  std::vector<std::string> guards;
  State to;
};
const std::vector<Transition>& table();
std::string guard_description(const std::string& guard);
const std::vector<std::string>& all_guards();

// Where a deadline stands for an act on a given day.
struct DeadlineCheck {
  std::string id, text;
  std::optional<core::Date> due;  // last day that is still on time (absent: no date known yet)
  bool late = false;
  bool refuse = false;  // the plan refuses late dossiers (else they are flagged)
  long days_late = 0;
};

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
};

// Decides whether `action` may be taken in the facts' state by the facts' role, evaluating every guard
// of the matching row (not stopping at the first failure, so the user sees everything to fix).
Verdict decide(const Facts& f, const std::string& action);
// Actions that are possible from a state at all (ignoring roles and guards).
std::vector<std::string> actions_from(State s);

// Deadline arithmetic: n days after `from`, in calendar days or in working days (Monday–Friday, minus the
// holidays). Working days start counting on the next working day.
core::Date add_days(core::Date from, int n, bool working, const std::set<core::Date>& holidays);
bool is_working_day(core::Date d, const std::set<core::Date>& holidays);

// The state diagram as text (one line per transition) or as Graphviz dot.
std::string diagram_text();
std::string diagram_dot();

}  // namespace tdkt::workflow
