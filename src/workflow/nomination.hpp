// What each stage of a nomination and each state of a dossier allows: the questions the use cases ask,
// answered in one place instead of comparing codes.
#pragma once
#include "domain/codes.hpp"

namespace tdkt::workflow {

// Kept by the unit's vote: every stage after "kept" (appraised, voted, awarded).
bool kept_by_unit(domain::NominationStage s);
// Passed by the award council (and possibly awarded since).
bool passed_council(domain::NominationStage s);
// Still in the running for an award: kept and not found ineligible or failed since.
bool in_running(domain::NominationStage s, domain::Appraisal a);

// The unit may add nominations and record its meeting: being drafted, or returned for completion.
bool may_edit_nominations(domain::DossierState s);
// The unit may attach files: before submission, or returned for completion.
bool with_unit(domain::DossierState s);
// The dossier has been sent to the appraising office at some point (received, appraised, returned,
// withdrawn).
bool reached_office(domain::DossierState s);
// Of those: the appraisal is finished (not waiting to start, under way, or back with the unit).
bool appraisal_finished(domain::DossierState s);
// In the hands of the office and the council now: submitted and neither returned nor withdrawn.
bool before_council(domain::DossierState s);

}  // namespace tdkt::workflow
