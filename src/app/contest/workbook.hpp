// The contest's score workbook (Bảng tổng hợp điểm as XLSX): the summary in rank order with each judge's
// total and what the trimmed mean left out, and every judge's points per criterion.
#pragma once
#include <string>
#include <vector>

#include "app/contest/contest.hpp"

namespace tdkt::app {

// The workbook's bytes (written through a temporary file beside the store's files, then read back).
std::string score_workbook(Workspace& w, const Contest& k, const views::contest::Results& j);

}  // namespace tdkt::app
