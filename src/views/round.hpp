// The views of a unit's dossier and of the office's round documents: typed round data in, the form's JSON
// out (no store, no clock). Fixed wording is not here: it is the forms' field defaults (forms/*.json), filled
// from the facts each view adds (phong_trao, dot, hinh_thuc, so_tap_the, so_ca_nhan, don_vi, ke_hoach…).
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "core/date.hpp"
#include "core/json.hpp"
#include "domain/movement.hpp"
#include "domain/round.hpp"
#include "rules/eligibility.hpp"
#include "views/shared.hpp"

namespace tdkt::views {

// Tờ trình kèm Danh sách (form to-trinh): the unit asks for awards for its kept nominations.
struct ToTrinhInput {
  const domain::Movement* movement = nullptr;
  std::string round;
  Unit unit;
  std::vector<domain::Nomination> kept;  // kept by the unit's vote, in the dossier's order
  std::optional<int> number;             // numbered and dated on submission; a draft has neither
  std::optional<core::Date> date;
  int draft_year = 0;                      // the year on a draft's blank place-date line
  std::vector<std::string> citations;      // the legal bases in force on the date (legal data)
  std::optional<core::Date> meeting_date;  // the unit's meeting, cited as a basis
  std::string signer_title, signer_name;   // the user's own title, else the head of the unit
  bool individuals_first = false;          // I. CÁ NHÂN before II. TẬP THỂ (setting ca_nhan_truoc)
  std::optional<int> meeting_number{};     // the unit Biên bản's number, cited with its symbol
};
Json to_trinh(const ToTrinhInput& in);

// Biên bản / Trích biên bản họp xét (forms bien-ban-hop-xet, trich-bien-ban): the unit's meeting and its
// votes.
struct BienBanHopXetInput {
  const domain::Movement* movement = nullptr;
  std::string round;
  Unit unit;
  domain::Meeting meeting;
  core::Date meeting_date;
  std::vector<domain::Nomination> nominations;  // every nomination with the unit's vote
  // The chair's and the secretary's positions in the unit («Chủ tịch UBND xã»), "" when not in its people.
  std::string chair_position{}, secretary_position{};
};
Json bien_ban_hop_xet(const BienBanHopXetInput& in);

// Báo cáo thẩm định (form bao-cao-thamdinh): each appraised nomination criterion by criterion, the quota
// check, the proposal to the council.
struct BaoCaoThamDinhInput {
  const domain::Movement* movement = nullptr;
  std::string round;
  Unit office;
  int number = 0;
  core::Date date;
  std::vector<domain::Nomination> appraised;   // kept and appraised
  int received = 0, late = 0, unfinished = 0;  // dossiers received, of them late, still under appraisal
  std::vector<rules::QuotaOverflow> quotas;    // exceeded quotas, ranked: the report cuts at each limit
  std::string signer_title, signer_name;
  std::vector<std::string> legal_notes;  // citations and values used that are unconfirmed [U] or left out
  // The late dossiers received, named: "Ủy ban nhân dân xã Mỹ Đức, nộp ngày 20/01/2025, quá hạn 03 ngày".
  std::vector<std::string> late_names{};
  // Dossiers returned for supplementing and sent again: "Ủy ban nhân dân xã …, trả lại ngày 13/01/2023 (thiếu
  // …), nộp lại ngày 16/01/2023".
  std::vector<std::string> returned{};
  // Dossiers turned away for lateness as the plan rules: "Ủy ban nhân dân thị trấn …, nộp ngày 03/02/2025,
  // quá hạn 03 ngày (hạn 31/01/2025)".
  std::vector<std::string> refused{};
  bool own_dossier = false;  // the office appraised a dossier of its own
};
Json bao_cao_tham_dinh(const BaoCaoThamDinhInput& in);
// The criterion rows of one appraised nomination: from the stored structure, or (rows appraised before it was
// stored) from the explanation text.
Json criterion_rows(const domain::Movement& m, const domain::Nomination& n);

// Biên bản họp Hội đồng TĐKT (form bien-ban-hoi-dong): the latest sitting, members present and absent,
// written opinions, the votes as a share of all members.
struct BienBanHoiDongInput {
  const domain::Movement* movement = nullptr;
  std::string round;
  domain::Meeting sitting;
  core::Date sitting_date;
  int number = 0;
  std::vector<domain::CouncilMember> members;
  std::vector<domain::Nomination> voted;
  std::string report, report_by;  // the Báo cáo thẩm định presented ("số 01/BC-PNV ngày …", its office)
  std::string secretary_fallback;  // who writes the minutes when the council has no secretary on its list
  struct VoteRule {
    std::string award;  // its name as the documents write it
    int percent = 0;
    bool strict = false;  // "trên 50%" rather than "từ 50% trở lên"
  };
  std::vector<VoteRule> thresholds{};  // of the awards voted on, each once, in the order first voted
};
Json bien_ban_hoi_dong(const BienBanHoiDongInput& in);

// Quyết định khen thưởng kèm Danh sách (form quyet-dinh).
struct QuyetDinhInput {
  const domain::Movement* movement = nullptr;
  std::string round;
  int number = 0;
  core::Date date;
  std::vector<domain::Nomination> awardees;  // with their money
  std::vector<std::string> submissions;      // "số 01/TTr-UBND ngày … của …", each once
  std::vector<std::string> citations;
  int64_t total = 0;
  std::string signer_title, signer_name;
  bool number_per_group = false;  // STT restarts in each group of the Danh sách (setting stt_theo_nhom)
  // The round's own papers the decision rests on, "số 01/BB-HĐTĐKT ngày 18/02/2025" (empty: not made in
  // tdkt).
  std::string council_minutes{}, appraisal_report{};
  std::string appraisal_office{};  // who made the report ("Phòng Nội vụ"); "" when not known
  std::string appraisal_symbol{};  // the report's symbol ("BC-PNV"): its office drafts the decision
};
Json quyet_dinh(const QuyetDinhInput& in);

// Kế hoạch (form ke-hoach): header fields, body blocks with criteria and dossier expanded, recipients,
// signer.
Json ke_hoach(const domain::Movement& m);

}  // namespace tdkt::views
