// Contests (cuộc thi, seed 001): the rules (Thể lệ) imported next to their plan, entries with authors and a
// duplicate check, the judges' points, the ranking and prizes, and the documents of a contest — Quyết định
// thành lập the bodies, Phiếu chấm điểm per judge, Bảng tổng hợp điểm (XLSX, DOCX, PDF), Biên bản họp Ban
// giám khảo, Quyết định công nhận kết quả và trao giải, Giấy chứng nhận per winning entry, Tờ trình sending
// the best entries to the higher council. Documents of the contest are documents of the movement's round
// "cuoc_thi".
#pragma once

#include <map>
#include <string>
#include <vector>

#include "app/app.hpp"

namespace tdkt::app {

struct EntryInput {
  std::string title, summary, file;
  int topic = 0;                     // 1-based, into the plan's topics
  std::vector<std::string> authors;  // "person:MÃ" / "agency:MÃ"
};

Outcome contest_import(const Context& c, const std::string& file);
Outcome contest_entry_add(const Context& c, const std::string& movement, const EntryInput& e);
Outcome contest_entries(const Context& c, const std::string& movement, bool blind);
// Points of one judge for one entry: every criterion, each within 0…max.
Outcome contest_score(const Context& c, const std::string& movement, const std::string& judge,
                      const std::string& entry, const std::map<std::string, double>& points);
// A judge's whole sheet from a CSV or XLSX file: a header row «Mã bài» + one column per criterion id.
Outcome contest_score_file(const Context& c, const std::string& movement, const std::string& judge,
                           const std::string& file);
Outcome contest_results(const Context& c, const std::string& movement);
// The Ban giám khảo's order for entries that stay tied after the rules' tie-break criteria (exactly one tie
// group, best first), with the reason; by the Trưởng ban giám khảo or the Ban tổ chức, before the award.
Outcome contest_decide(const Context& c, const std::string& movement, const std::vector<std::string>& order,
                       const std::string& note);
Outcome contest_establish(const Context& c, const std::string& movement);
Outcome contest_sheets(const Context& c, const std::string& movement);
Outcome contest_award(const Context& c, const std::string& movement, const std::string& place);

}  // namespace tdkt::app
