// The views of a contest (seed 001): Quyết định thành lập the bodies, Phiếu chấm điểm per judge, Bảng tổng
// hợp điểm, Biên bản họp Ban giám khảo, Quyết định công nhận kết quả và trao giải, Giấy chứng nhận, and the
// Tờ trình sending the best entries to the higher council. Typed contest data in, the form's JSON out.
#pragma once
#include <map>
#include <string>
#include <vector>

#include "core/date.hpp"
#include "core/json.hpp"
#include "domain/contest.hpp"
#include "domain/movement.hpp"
#include "domain/round.hpp"
#include "rules/contest.hpp"

namespace tdkt::views::contest {

using core::Json;

// What every document of a contest knows: the plan, its rules, the day it is made.
struct Context {
  const domain::Movement* movement = nullptr;
  const domain::ContestRules* rules = nullptr;
  core::Date date;
};

// The entries as judged: entries and their scores in entry order, the ranking and what is missing.
struct Results {
  std::vector<domain::ContestEntry> entries;
  std::vector<rules::EntryScores> scores;  // parallel to entries
  rules::ContestOutcome outcome;
  const domain::ContestEntry& entry(const std::string& code) const;
  // The winners in rank order; the first `forward` of them go to the higher council.
  std::vector<const rules::EntryResult*> winners() const;
  std::vector<const rules::EntryResult*> forwarded(int forward) const;
  int64_t prize_money(const domain::ContestRules& r) const;
  // Ties settled and judges who did not score an entry: the notes the summary and the minutes carry.
  std::vector<std::string> notes() const;
};

// "Cuộc thi viết sáng kiến …" from the plan's summary.
std::string contest_name(const domain::Movement& m);
std::string points_text(double v);  // "82" or "82,50"
// How the points are aggregated, as the summary and the minutes state it.
std::string aggregate_rule(const domain::ContestRules& r);

Json quyet_dinh_thanh_lap(const Context& c, int number, const std::vector<std::string>& citations);
Json phieu_cham_diem(const Context& c, const domain::BodyMember& judge, const Results& r);
Json bang_tong_hop_diem(const Context& c, const Results& r);
struct Minutes {
  int number = 0;
  std::string place;
  std::vector<std::string> overlaps{};  // the Tổ thư ký's report of near-duplicates, a sentence each
};
Json bien_ban_giam_khao(const Context& c, const Results& r, const Minutes& bb);
struct Award {
  int decision = 0, minutes = 0, submission = 0;  // QĐ, BB-BGK, TTr numbers (submission 0: none)
  std::vector<std::string> citations;
  std::map<std::string, std::string> unit_names;  // unit code → name, for the certificates
};
Json quyet_dinh_trao_giai(const Context& c, const Results& r, const Award& a);
Json giay_chung_nhan(const Context& c, const Results& r, const Award& a);
Json to_trinh_sang_kien(const Context& c, const Results& r, const Award& a);

}  // namespace tdkt::views::contest
