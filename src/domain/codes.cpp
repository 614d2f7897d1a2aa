// The code tables of the round: the only place (with the store's row mapping and the migrations) where the
// stored codes are spelled.
#include "domain/codes.hpp"

namespace tdkt::domain {

const core::CodeTable<DossierState> kDossierStates = {
    {DossierState::DuThao, "du_thao", "đang lập hồ sơ"},
    {DossierState::DaHopXet, "da_hop_xet", "đơn vị đã họp xét"},
    {DossierState::DaTrinh, "da_trinh", "đã trình"},
    {DossierState::DaTiepNhan, "da_tiep_nhan", "đã tiếp nhận"},
    {DossierState::DangThamDinh, "dang_tham_dinh", "đang thẩm định"},
    {DossierState::TraLai, "tra_lai", "trả lại để bổ sung"},
    {DossierState::DaThamDinh, "da_tham_dinh", "đã thẩm định"},
    {DossierState::DaBieuQuyet, "da_bieu_quyet", "Hội đồng đã biểu quyết"},
    {DossierState::DaQuyetDinh, "da_quyet_dinh", "đã có quyết định khen thưởng"},
    {DossierState::LuuTru, "luu_tru", "đã lưu trữ"},
    {DossierState::DaRut, "da_rut", "đơn vị đã rút hồ sơ"},
};

const core::CodeTable<Role> kRoles = {
    {Role::CanBoDonVi, "can_bo_don_vi", "cán bộ phụ trách thi đua của đơn vị"},
    {Role::ThuTruongDonVi, "thu_truong_don_vi", "thủ trưởng đơn vị"},
    {Role::ChuyenVienThamDinh, "chuyen_vien_tham_dinh",
     "chuyên viên thẩm định (cơ quan thi đua, khen thưởng)"},
    {Role::ThuKyHoiDong, "thu_ky_hoi_dong", "thư ký Hội đồng Thi đua - Khen thưởng"},
    {Role::ChuTich, "chu_tich", "người có thẩm quyền quyết định khen thưởng"},
};
bool is_unit_role(Role r) {
  return r == Role::CanBoDonVi || r == Role::ThuTruongDonVi;
}

const core::CodeTable<Action> kActions = {
    {Action::GhiBienBan, "ghi_bien_ban", "ghi nhận cuộc họp xét của đơn vị"},
    {Action::Trinh, "trinh", "trình hồ sơ (cấp số, ngày Tờ trình)"},
    {Action::TiepNhan, "tiep_nhan", "tiếp nhận hồ sơ"},
    {Action::BatDauThamDinh, "bat_dau_tham_dinh", "bắt đầu thẩm định"},
    {Action::TraLai, "tra_lai", "trả lại hồ sơ để bổ sung"},
    {Action::TrinhLai, "trinh_lai", "trình lại sau khi bổ sung"},
    {Action::HoanThanhThamDinh, "hoan_thanh_tham_dinh", "hoàn thành thẩm định"},
    {Action::BieuQuyet, "bieu_quyet", "ghi nhận kết quả biểu quyết của Hội đồng"},
    {Action::QuyetDinh, "quyet_dinh", "ban hành quyết định khen thưởng"},
    {Action::LuuTru, "luu_tru", "lưu trữ hồ sơ"},
    {Action::Rut, "rut", "rút hồ sơ"},
};

const core::CodeTable<NominationStage> kNominationStages = {
    {NominationStage::Proposed, "de_nghi", "đề nghị (chưa họp xét)"},
    {NominationStage::KeptByUnit, "giu", "đơn vị thống nhất đề nghị"},
    {NominationStage::DroppedByUnit, "loai", "không được đơn vị thống nhất"},
    {NominationStage::Eligible, "du_dieu_kien", "đủ điều kiện"},
    {NominationStage::Ineligible, "khong_du_dieu_kien", "không đủ điều kiện"},
    {NominationStage::CouncilPassed, "dat", "Hội đồng thông qua"},
    {NominationStage::CouncilFailed, "khong_dat", "Hội đồng không thông qua"},
    {NominationStage::Awarded, "duoc_khen", "được khen thưởng"},
};

const core::CodeTable<Appraisal> kAppraisals = {
    {Appraisal::None, "", "chưa thẩm định"},
    {Appraisal::Eligible, "du_dieu_kien", "đủ điều kiện"},
    {Appraisal::Ineligible, "khong_du_dieu_kien", "không đủ điều kiện"},
    {Appraisal::ToConfirm, "cho_xac_nhan", "chờ xác nhận"},
};

const core::CodeTable<Confirmation> kConfirmations = {
    {Confirmation::Met, "dat", "đạt"},
    {Confirmation::NotMet, "khong_dat", "không đạt"},
};

const core::CodeTable<SubjectKind> kSubjectKinds = {
    {SubjectKind::Person, "person", "cá nhân"},
    {SubjectKind::Agency, "agency", "tập thể"},
};
const std::string& award_subject(SubjectKind k) {
  static const std::string person = "ca_nhan", agency = "tap_the";
  return k == SubjectKind::Agency ? agency : person;
}

const core::CodeTable<MeetingKind> kMeetingKinds = {
    {MeetingKind::Unit, "don_vi", "họp xét của đơn vị"},
    {MeetingKind::Council, "hoi_dong", "họp Hội đồng Thi đua - Khen thưởng"},
};

const core::CodeTable<CouncilRole> kCouncilRoles = {
    {CouncilRole::Chair, "chu_tich", "Chủ tịch Hội đồng"},
    {CouncilRole::ViceChair, "pho_chu_tich", "Phó Chủ tịch Hội đồng"},
    {CouncilRole::Member, "uy_vien", "Ủy viên"},
    {CouncilRole::Secretary, "thu_ky", "Ủy viên, Thư ký"},
};

const core::CodeTable<DocSource> kDocSources = {
    {DocSource::Generated, "generated", "lập bằng tdkt"},
    {DocSource::Attached, "attached", "đính kèm"},
};

}  // namespace tdkt::domain
