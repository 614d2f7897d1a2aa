// A contest's rules (Thể lệ cuộc thi, tdkt.contest/1): the scoring criteria with their maximum points, how
// the judges' totals are aggregated and ties broken, the prizes with counts and amounts, and the members of
// the Ban tổ chức, Ban giám khảo and Tổ thư ký. The plan (a movement of kind cuoc_thi) says what the contest
// is about; the rules, set by the organising board, say how it is judged. Documented in
// docs/contest-format.md.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/date.hpp"
#include "core/diag.hpp"
#include "core/json.hpp"

namespace tdkt::domain {

struct ScoringCriterion {
  std::string id, text;
  double max = 0;
};

struct Prize {
  std::string id, name;  // "nhat", "Giải Nhất"
  int count = 0;
  int64_t amount = 0;  // đồng per prize
};

struct BodyMember {
  std::string name, position, unit;  // unit: agency code, for conflicts of interest (may be empty)
  std::string role;  // "Trưởng ban", "Phó Trưởng ban", "Thành viên", "Tổ trưởng"…
};

struct ContestRules {
  std::string movement;             // code of the movement (kind cuoc_thi)
  std::string code_prefix = "BDT";  // entry codes: BDT-01, BDT-02…
  std::optional<core::Date> entry_deadline;
  bool blind = true;  // judges see codes, not authors
  std::vector<ScoringCriterion> criteria;
  std::string aggregate = "trimmed_mean";  // "mean" | "trimmed_mean"
  int trim_from = 5;  // trimmed_mean drops the highest and lowest total from this many judges on
  std::vector<std::string> tie_break;  // criterion ids, in order, compared on their aggregated points
  double min_total = 0;                // an entry below this aggregate gets no prize
  std::vector<Prize> prizes;           // in rank order: Nhất, Nhì, Ba, Khuyến khích
  int forward = 0;                     // best entries sent to the higher council (Tờ trình)
  std::string forward_to;              // "Hội đồng sáng kiến thị xã Hồng Lĩnh"
  double similarity = 0.6;             // duplicate check threshold (share of common words)
  std::vector<BodyMember> organisers, judges, secretaries;
  std::string notes;

  double max_total() const;
  const BodyMember* judge(const std::string& name) const;
};

std::optional<ContestRules> parse_contest(const core::Json& root, const std::string& file,
                                          core::Diagnostics& d);
std::optional<ContestRules> load_contest(const std::string& path, core::Diagnostics& d,
                                         std::string* raw = nullptr);

}  // namespace tdkt::domain
