// How a criterion's values read in an explanation, the way an appraisal officer writes them:
// "đạt 100%", "từ 70 điểm trở lên", "xếp hạng 2/19".
#pragma once
#include <string>

#include "domain/movement.hpp"

namespace tdkt::rules::wording {

// Whether the movement's metric is a rank (lower is better; its values read «hạng 3»).
bool is_rank(const domain::Movement& m, const std::string& metric);
// A value of the movement's metric with its unit: "100%", "84 điểm", "hạng 3" (a rank), "0,5" (no unit).
std::string amount(const domain::Movement& m, const std::string& metric, double v);
// What the value was, as a finding: "đạt 84 điểm", "xếp hạng 3".
std::string reached(const domain::Movement& m, const std::string& metric, double v);
// A bound as the plan states it: "từ 100% trở lên", "trên 70 điểm", "không quá 5", "dưới 3", "bằng 1";
// a rank bound "<= 3" reads "từ hạng 3 trở lên".
std::string bound(const domain::Movement& m, const std::string& metric, const std::string& op, double x);
// The metric's label in a year: "Điểm CCHC năm 2024"; a label already saying "hằng năm" gets "(năm 2024)".
std::string label_in(const domain::Movement& m, const std::string& metric, int year);
// Better than the year before, in the metric's sense: "cao hơn", "thấp hơn", "tốt hơn" (a rank).
std::string better_word(const domain::Movement& m, const std::string& metric);

}  // namespace tdkt::rules::wording
