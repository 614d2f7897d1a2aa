// The codes of an award round, as stored and as shown: one enum per stage or result, each with exactly one
// code table (code ↔ Vietnamese label ↔ parse). The store converts at its row boundary; everything above
// works with the enums.
#pragma once
#include <optional>
#include <string>
#include <string_view>

#include "core/codes.hpp"

namespace tdkt::domain {

// States of a unit's dossier (hồ sơ đề nghị), in the order of the workflow.
enum class DossierState {
  DuThao,        // being prepared by the unit
  DaHopXet,      // the unit's meeting voted the nominations (Biên bản recorded)
  DaTrinh,       // Tờ trình numbered and dated, sent up
  DaTiepNhan,    // received by the appraising office
  DangThamDinh,  // under appraisal
  TraLai,        // returned to the unit for completion, with a reason
  DaThamDinh,    // appraised (every nomination eligible or not)
  DaBieuQuyet,   // the award council voted
  DaQuyetDinh,   // Quyết định khen thưởng numbered and dated
  LuuTru,        // archived
  DaRut,         // withdrawn by the unit
};
extern const core::CodeTable<DossierState> kDossierStates;

// Who acts in the workflow.
enum class Role { CanBoDonVi, ThuTruongDonVi, ChuyenVienThamDinh, ThuKyHoiDong, ChuTich };
extern const core::CodeTable<Role> kRoles;
bool is_unit_role(Role r);  // acts only for its own unit's dossiers

// What can be done to a dossier (the rows of the workflow's transition table).
enum class Action {
  GhiBienBan,
  Trinh,
  TiepNhan,
  BatDauThamDinh,
  TraLai,
  TrinhLai,
  HoanThanhThamDinh,
  BieuQuyet,
  QuyetDinh,
  LuuTru,
  Rut,
};
extern const core::CodeTable<Action> kActions;

// Where a nomination stands: proposed, kept or dropped by the unit's vote, found eligible or not at
// appraisal, passed or failed by the council, awarded by the decision.
enum class NominationStage {
  Proposed,
  KeptByUnit,
  DroppedByUnit,
  Eligible,
  Ineligible,
  CouncilPassed,
  CouncilFailed,
  Awarded,
};
extern const core::CodeTable<NominationStage> kNominationStages;

// The appraiser's verdict on a nomination (None: not appraised yet).
enum class Appraisal { None, Eligible, Ineligible, ToConfirm };
extern const core::CodeTable<Appraisal> kAppraisals;

// A criterion confirmed by hand: met or not (tdkt nomination confirm --result dat|khong_dat).
enum class Confirmation { Met, NotMet };
extern const core::CodeTable<Confirmation> kConfirmations;

// Who is nominated: a person (cá nhân) or a collective, i.e. an agency (tập thể).
enum class SubjectKind { Person, Agency };
extern const core::CodeTable<SubjectKind> kSubjectKinds;
// The movement's word for the kind of nominee an award is for: "ca_nhan" / "tap_the".
const std::string& award_subject(SubjectKind k);

// A unit's own meeting (họp xét) or a sitting of the award council (Hội đồng TĐKT).
enum class MeetingKind { Unit, Council };
extern const core::CodeTable<MeetingKind> kMeetingKinds;

// A member's place in the award council.
enum class CouncilRole { Chair, ViceChair, Member, Secretary };
extern const core::CodeTable<CouncilRole> kCouncilRoles;

// A document made by tdkt from the workspace, or a file a unit attached.
enum class DocSource { Generated, Attached };
extern const core::CodeTable<DocSource> kDocSources;

// One spelling for every table: code(x), label(x), parse<T>(code).
template <class E>
const core::CodeTable<E>& table_of();
template <>
inline const core::CodeTable<DossierState>& table_of() {
  return kDossierStates;
}
template <>
inline const core::CodeTable<Role>& table_of() {
  return kRoles;
}
template <>
inline const core::CodeTable<Action>& table_of() {
  return kActions;
}
template <>
inline const core::CodeTable<NominationStage>& table_of() {
  return kNominationStages;
}
template <>
inline const core::CodeTable<Appraisal>& table_of() {
  return kAppraisals;
}
template <>
inline const core::CodeTable<Confirmation>& table_of() {
  return kConfirmations;
}
template <>
inline const core::CodeTable<SubjectKind>& table_of() {
  return kSubjectKinds;
}
template <>
inline const core::CodeTable<MeetingKind>& table_of() {
  return kMeetingKinds;
}
template <>
inline const core::CodeTable<CouncilRole>& table_of() {
  return kCouncilRoles;
}
template <>
inline const core::CodeTable<DocSource>& table_of() {
  return kDocSources;
}

template <class E>
const std::string& code(E v) {
  return table_of<E>().code(v);
}
template <class E>
const std::string& label(E v) {
  return table_of<E>().label(v);
}
template <class E>
std::optional<E> parse(std::string_view c) {
  return table_of<E>().parse(c);
}

}  // namespace tdkt::domain
