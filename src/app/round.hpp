// Use cases of the award round: users, dossiers and their nominations, the unit meeting, documents,
// workflow actions with guards, appraisal with eligibility, council votes, decisions with numbering and
// money, and status reports. Every change is one store transaction with its audit row.
#pragma once
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "app/app.hpp"

namespace tdkt::app {

Outcome user_add(const Context& c, const std::string& name, const std::string& role, const std::string& unit,
                 const std::string& title);
Outcome user_list(const Context& c);

Outcome dossier_create(const Context& c, const std::string& movement, const std::string& unit,
                       const std::string& round);
Outcome dossier_nominate(const Context& c, int64_t dossier, const std::string& award,
                         const std::string& subject, const std::string& summary);
struct MeetingInput {
  std::string date, place, chair, secretary;
  int members = 0, present = 0;
  std::vector<std::pair<std::string, std::string>> absences;  // name, written opinion
  std::vector<std::pair<int64_t, int>> votes;                 // nomination id, votes in favour
};
Outcome dossier_meeting(const Context& c, int64_t dossier, const MeetingInput& m);
Outcome dossier_attach(const Context& c, int64_t dossier, int64_t nomination, const std::string& file);
// Every file of a folder, each matched to the nominee whose code or name its file name contains (accents and
// case ignored); any unmatched, ambiguous, duplicate, unreadable or empty file → nothing attached.
Outcome dossier_attach_folder(const Context& c, int64_t dossier, const std::string& folder);
Outcome dossier_generate(const Context& c, int64_t dossier);
Outcome dossier_act(const Context& c, int64_t dossier, const std::string& action, const std::string& reason,
                    std::optional<int64_t> expected_version);
Outcome dossier_show(const Context& c, int64_t dossier);
Outcome dossier_list(const Context& c, const std::string& movement, const std::string& round);
// One or several dossiers of the same round, checked first and appraised in one transaction.
Outcome dossier_appraise(const Context& c, const std::vector<int64_t>& dossiers);
Outcome nomination_confirm(const Context& c, int64_t nomination, const std::string& criterion, bool met,
                           const std::string& note);
// The same confirmation for every nomination of a dossier kept by the unit's vote that the criterion
// conditions.
Outcome dossier_confirm(const Context& c, int64_t dossier, const std::string& criterion, bool met,
                        const std::string& note);

// Who meets an award's criteria, without a dossier (subject empty = every candidate of the right kind).
Outcome eligibility(const Context& c, const std::string& movement, const std::string& round,
                    const std::string& award, const std::string& subject);

Outcome council_member_add(const Context& c, const std::string& movement, const std::string& name,
                           const std::string& position, const std::string& council_role);
Outcome council_vote(const Context& c, const std::string& movement, const std::string& round,
                     const MeetingInput& m);
// Báo cáo thẩm định of a round (appraisal office, numbered BC-<office> in its series): every appraised
// nomination with each criterion's result and values, the quota check, the proposal to the council. DOCX +
// PDF, recorded as documents of the round.
Outcome council_report(const Context& c, const std::string& movement, const std::string& round,
                       const std::string& office_code, const std::string& signer_name,
                       const std::string& signer_title);
// Biên bản họp Hội đồng TĐKT of the round's latest sitting: members present/absent, absentees' written
// opinions, votes per nomination as a share of all members. Numbered BB-HĐTĐKT in the council's series.
Outcome council_minutes(const Context& c, const std::string& movement, const std::string& round);

Outcome decision_issue(const Context& c, const std::string& movement, const std::string& round,
                       const std::vector<int64_t>& only_dossiers);

Outcome movement_status(const Context& c, const std::string& movement, const std::string& round);
Outcome movement_date(const Context& c, const std::string& movement, const std::string& round,
                      const std::string& key, const std::string& date);
Outcome workflow_diagram(bool dot);

}  // namespace tdkt::app
