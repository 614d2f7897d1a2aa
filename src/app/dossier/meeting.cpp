// The unit's meeting (họp xét): who attended, and the votes that keep or drop each nomination.
#include <algorithm>
#include <cstdlib>
#include <map>
#include <tuple>

#include "app/api.hpp"
#include "app/workspace.hpp"
#include "text/format.hpp"
#include "text/normalize.hpp"
#include "workflow/nomination.hpp"

namespace tdkt::app {

namespace {
// Every nomination of the dossier needs its vote, and only those; each vote within the members.
std::map<int64_t, int> checked_votes(const DossierMeeting& r, const std::vector<domain::Nomination>& noms,
                                     Outcome& o) {
  std::map<int64_t, int> votes;
  std::string id = std::to_string(r.dossier);
  // Who could agree: the members present and those absent who gave a written opinion.
  int written = 0;
  for (auto& a : r.meeting.absences) written += !a.second.empty();
  int voters = r.meeting.present + written;
  for (auto& vote : r.meeting.votes) {
    int64_t nid = vote.first;
    int agree = vote.second;
    std::string n = std::to_string(nid);
    if (std::none_of(noms.begin(), noms.end(), [&](auto& x) { return x.id == nid; }))
      o.diags.error({}, "--vote", "đề nghị số " + n + " không thuộc hồ sơ " + id);
    else if (agree < 0 || agree > r.meeting.members)
      o.diags.error({}, "--vote",
                    "đề nghị số " + n + ": " + std::to_string(agree) + " phiếu đồng ý vượt số thành viên " +
                        std::to_string(r.meeting.members));
    else if (agree > voters)
      o.diags.error({}, "--vote",
                    "đề nghị số " + n + ": " + std::to_string(agree) +
                        " phiếu đồng ý nhiều hơn số thành viên có mặt (" + std::to_string(r.meeting.present) +
                        ") và vắng mặt có ý kiến bằng văn bản (" + std::to_string(written) + ")");
    votes[nid] = agree;
  }
  for (auto& n : noms)
    if (!votes.count(n.id))
      o.diags.error(
          {}, "--vote",
          "thiếu kết quả biểu quyết cho đề nghị số " + std::to_string(n.id) + " (" + n.subject_name + ")");
  return votes;
}

// "8:00" / "08:00" → "08:00"; nullopt when it is not an hour of the day.
std::optional<std::string> clock_time(const std::string& s) {
  size_t colon = s.find(':');
  if (colon == std::string::npos || colon == 0 || colon > 2 || s.size() != colon + 3) return std::nullopt;
  for (size_t i = 0; i < s.size(); ++i)
    if (i != colon && (s[i] < '0' || s[i] > '9')) return std::nullopt;
  int h = std::atoi(s.substr(0, colon).c_str()), m = std::atoi(s.substr(colon + 1).c_str());
  if (h > 23 || m > 59) return std::nullopt;
  return text::two_digits(h) + ":" + text::two_digits(m);
}

// The number and the hours, checked: each problem named with its option.
void check_record(const MeetingInput& in, domain::Meeting& m, core::Diagnostics& d) {
  if (!in.number.empty()) {
    bool digits = in.number.size() <= 4 && std::all_of(in.number.begin(), in.number.end(),
                                                       [](char c) { return c >= '0' && c <= '9'; });
    int n = digits ? std::atoi(in.number.c_str()) : 0;
    if (n < 1)
      d.error({}, "--number",
              "số biên bản «" + in.number + "» phải là số từ 1 đến 9999 (ký hiệu do tdkt ghi)");
    else
      m.number = n;
  }
  for (auto [flag, text, out] :
       {std::tuple{"--from", &in.starts, &m.starts}, std::tuple{"--to", &in.ends, &m.ends}}) {
    if (text->empty()) continue;
    if (auto t = clock_time(*text))
      *out = *t;
    else
      d.error({}, flag, "giờ «" + *text + "» không hợp lệ; viết GIỜ:PHÚT, ví dụ 08:00 hoặc 14:30");
  }
  if (!m.starts.empty() && !m.ends.empty() && m.ends <= m.starts)
    d.error({}, "--to", "giờ kết thúc " + m.ends + " phải sau giờ bắt đầu " + m.starts);
  if (!m.ends.empty() && in.starts.empty())
    d.error({}, "--to", "có giờ kết thúc thì ghi cả giờ bắt đầu (--from)");
}

domain::Meeting meeting_of(const domain::Dossier& d, const MeetingInput& in) {
  domain::Meeting m;
  m.kind = domain::MeetingKind::Unit;
  m.movement_id = d.movement_id;
  m.round = d.round;
  m.dossier_id = d.id;
  m.date = in.date;
  m.place = text::nfc(in.place);
  m.chair = text::nfc(in.chair);
  m.secretary = text::nfc(in.secretary);
  m.members = in.members;
  m.present = in.present;
  m.absences = in.absences;
  return m;
}
}  // namespace

Outcome dossier_meeting(Workspace& w, const DossierMeeting& r) {
  const MeetingInput& in = r.meeting;
  auto d = w.dossier(r.dossier);
  if (!d) return d.error();
  std::string id = std::to_string(r.dossier);
  if (!workflow::may_edit_nominations(d->state))
    return fail(kRefused, "chỉ ghi cuộc họp xét khi hồ sơ đang lập hoặc được trả lại (hiện: " +
                              domain::label(d->state) + ")");
  if (!core::parse_date(in.date))
    return fail(kInvalidInput, "ngày họp «" + in.date + "» không hợp lệ; viết YYYY-MM-DD");
  if (in.members <= 0 || in.present < 0 || in.present > in.members)
    return fail(kInvalidInput, "số thành viên (" + std::to_string(in.members) + ") và số có mặt (" +
                                   std::to_string(in.present) + ") không hợp lệ");
  Outcome o;
  // A Biên bản names the people who chaired and wrote it: a role in place of a name is refused.
  struct Named {
    const char *flag, *as;
    const std::string* who;
  };
  for (auto [flag, as, who] :
       {Named{"--chair", "chủ trì", &in.chair}, Named{"--secretary", "làm thư ký", &in.secretary}}) {
    std::string folded = text::lower(text::fold_spaces(text::nfc(*who)));
    for (const char* role :
         {"thư ký", "chủ trì", "chủ tọa", "chủ toạ", "chuyên viên", "cán bộ", "thành viên"})
      if (folded == role)
        o.diags.error({}, flag,
                      "«" + *who + "» là vai trò, không phải họ tên; ghi họ tên người " + as + " cuộc họp");
  }
  auto record = meeting_of(*d, in);
  check_record(in, record, o.diags);
  auto noms = w.store().nominations(r.dossier);
  auto votes = checked_votes(r, noms, o);
  if (o.diags.has_errors()) {
    o.exit = kInvalidInput;
    return o;
  }
  // Kept when more than the share (setting ty_le_hop_xet, 50 %) of ALL members agree.
  int percent = std::atoi(w.store().setting("ty_le_hop_xet").value_or("50").c_str());
  std::string lines;
  w.transaction([&] {
    w.store().add_meeting(record);
    for (auto n : noms) {
      n.unit_agree = votes[n.id];
      bool kept = static_cast<int64_t>(votes[n.id]) * 100 > static_cast<int64_t>(percent) * in.members;
      n.stage = kept ? domain::NominationStage::KeptByUnit : domain::NominationStage::DroppedByUnit;
      w.store().update_nomination(n);
      lines += "  " + n.subject_name + ": " + std::to_string(votes[n.id]) + "/" + std::to_string(in.members) +
               " → " + (kept ? "giữ lại" : "không được đề nghị") + "\n";
    }
    w.audit("unit_meeting", "dossier", id,
            "họp ngày " + in.date + ", " + std::to_string(in.present) + "/" + std::to_string(in.members) +
                " có mặt");
  });
  o.text = "Đã ghi cuộc họp xét ngày " + in.date + " của hồ sơ số " + id + ":\n" + lines;
  return o;
}

}  // namespace tdkt::app
