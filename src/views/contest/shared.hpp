// Pieces the contest views share: header blocks of the issuer and of the jury, the signer, the plan cited as
// a basis, prize names, judges' short names and the result row both the summary and the minutes list.
#pragma once
#include <map>
#include <string>

#include "views/contest.hpp"
#include "views/shared.hpp"

namespace tdkt::views::contest {

std::string prize_name(const domain::ContestRules& r, const std::string& id);
// The signer's title in running text: "CHỦ TỊCH" → "Chủ tịch".
std::string signer_in_text(const domain::Movement& m);
Json signer_of(const domain::Movement& m);
// The plan's signer for a document issued in the head's own name (a Quyết định, a Giấy chứng nhận of «CHỦ
// TỊCH ỦY BAN NHÂN DÂN …»): no «TM. ỦY BAN NHÂN DÂN» above the title (NĐ 30/2020 Phụ lục I ô 7a); a deputy's
// «KT.» stays.
Json head_signer_of(const domain::Movement& m);
// "Căn cứ Kế hoạch … của Ủy ban nhân dân phường Trung Lương về việc tổ chức cuộc thi …;"
std::string plan_basis(const domain::Movement& m);
Json header_issuer(const domain::Movement& m, const std::string& so, const std::string& place_date);
Json header_jury(const domain::Movement& m, const std::string& so, const std::string& place_date);
// "Bảng tổng hợp" columns name judges by given name, by full name when two share one.
std::map<std::string, std::string> judge_short_names(const domain::ContestRules& r);
// One line of results: code, title, authors, points, rank, prize.
Json result_row(const Results& r, const domain::ContestRules& rules, const rules::EntryResult& e);

}  // namespace tdkt::views::contest
