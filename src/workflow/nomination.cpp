// Stage and state predicates (see nomination.hpp).
#include "workflow/nomination.hpp"

namespace tdkt::workflow {

using domain::Appraisal;
using domain::DossierState;
using domain::NominationStage;

bool kept_by_unit(NominationStage s) {
  return s != NominationStage::DroppedByUnit && s != NominationStage::Proposed;
}
bool passed_council(NominationStage s) {
  return s == NominationStage::CouncilPassed || s == NominationStage::Awarded;
}
bool in_running(NominationStage s, Appraisal a) {
  return kept_by_unit(s) && s != NominationStage::Ineligible && s != NominationStage::CouncilFailed &&
         a != Appraisal::Ineligible;
}

bool may_edit_nominations(DossierState s) {
  return s == DossierState::DuThao || s == DossierState::TraLai;
}
bool with_unit(DossierState s) {
  return s == DossierState::DuThao || s == DossierState::DaHopXet || s == DossierState::TraLai;
}
bool reached_office(DossierState s) {
  return s != DossierState::DuThao && s != DossierState::DaHopXet;
}
bool appraisal_finished(DossierState s) {
  return s != DossierState::DaTiepNhan && s != DossierState::DangThamDinh && s != DossierState::TraLai;
}
bool before_council(DossierState s) {
  return reached_office(s) && s != DossierState::TraLai && s != DossierState::DaRut;
}

}  // namespace tdkt::workflow
