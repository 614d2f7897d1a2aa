// What the views of the round share: JSON shorthands, numbers as documents write them, the issuer's header
// lines and area, the header of a unit, the signer block, the plan cited in running text, and the grouped
// lists (I. CÁ NHÂN / II. TẬP THỂ or collectives first, by unit) of the Danh sách forms. Pure: typed data in,
// text or JSON out.
#pragma once
#include <cstdint>
#include <string>
#include <utility>
#include <vector>

#include "core/date.hpp"
#include "core/json.hpp"
#include "domain/movement.hpp"
#include "domain/round.hpp"
#include "text/format.hpp"

namespace tdkt::views {

using core::Json;

Json S(const std::string& s);
Json arr(const std::vector<std::string>& v);
using text::two_digits;  // "05" for 5, "12" for 12: document numbers and counts in documents
// "07 tập thể và 01 cá nhân": each count with its noun, counts of zero left out ("" when all are zero).
std::string counted(const std::vector<std::pair<int, std::string>>& counts);
// "01/TTr-UBND": a document's number and symbol as cited in text.
std::string numbered(int n, const std::string& symbol);
// A position as running text names it, with its unit: «Chủ tịch UBND» of «Ủy ban nhân dân xã Mỹ Lộc» →
// «Chủ tịch UBND xã Mỹ Lộc»; «Trưởng phòng» of «Phòng Nội vụ» → «Trưởng phòng Nội vụ»; «Công chức Văn phòng -
// Thống kê» → «… xã Thanh An». A position that already names its unit, or an empty one, stays as it is.
std::string position_in(const std::string& position, const std::string& unit_name);
// "a, b, c".
std::string join(const std::vector<std::string>& v, const std::string& sep = ", ");

// "ỦY BAN NHÂN DÂN TỈNH HƯNG YÊN" → {"ỦY BAN NHÂN DÂN", "TỈNH HƯNG YÊN"} (forms catalog §0.2).
std::vector<std::string> split_agency_name(const std::string& upper_name);
// The issuer's header lines ("ỦY BAN NHÂN DÂN" / "HUYỆN PHÙ MỸ").
std::vector<std::string> issuer_lines_of(const domain::Movement& m);
// The issuer's area in running text: "ỦY BAN NHÂN DÂN HUYỆN PHÙ MỸ" → "huyện Phù Mỹ" ("" when none).
std::string issuer_area(const domain::Movement& m);
// Who runs the issuer's office on a date, as Điều 3 of its decisions names them: «Chánh Văn phòng Ủy ban nhân
// dân tỉnh X», «Chánh Văn phòng Hội đồng nhân dân và Ủy ban nhân dân huyện X» (and of a commune from the
// two-level local government of 01/7/2025); before that a commune had no office but its «Công chức Văn phòng
// - Thống kê». "" for an issuer that is not a People's Committee.
std::string office_head(const domain::Movement& m, core::Date on);
// Who pays the awards, as Điều 3 names them: the head of the plan's «Tài chính» office, else of the level's
// finance office («Giám đốc Sở Tài chính», «Trưởng phòng Tài chính - Kế hoạch»); a commune before 01/7/2025:
// «công chức Tài chính - Kế toán»; "" when none is known.
std::string finance_head(const domain::Movement& m, core::Date on);
// The kinds a list holds, for a trích yếu or a title: «tập thể», «cá nhân», else «tập thể, cá nhân».
std::string kinds_of(int collectives, int individuals);
// The head of an office as Điều 3 names them: «Trưởng phòng Nội vụ», «Giám đốc Sở Tài chính», «Chánh Văn
// phòng …», «Thủ trưởng …».
std::string head_of(const std::string& office);
// Who proposes a decision of the issuer's head: the head of the plan's Nội vụ office, else the office head.
std::string proposer(const domain::Movement& m, core::Date on);
// The issuer in running text: "Ủy ban nhân dân huyện Phù Mỹ" for a People's Committee, else its name.
std::string issuer_in_text(const domain::Movement& m);
// "Kế hoạch số 05/KH-UBND ngày … của Ủy ban nhân dân huyện Phù Mỹ".
std::string plan_reference(const domain::Movement& m);
// The same with its trích yếu, as a Căn cứ cites it (NĐ 30/2020 Phụ lục I): «… về việc phát động …».
std::string plan_citation(const domain::Movement& m);
// The movement named in running text with its round: "“Dân vận chính quyền” năm 2025" — the name in quotes
// (unless it has its own), the round left out when the name already ends with it.
std::string movement_in_round(const domain::Movement& m, const std::string& round);
// "Hội đồng Thi đua - Khen thưởng huyện Phù Mỹ".
std::string council_name(const domain::Movement& m);
// The movement's name of an award form (its id when the plan has none).
std::string award_name(const domain::Movement& m, const std::string& id);

// A unit issuing a document: its name and code, and its parent's name (short name if it has one).
struct Unit {
  std::string code, name, parent_name;
  std::string place{};  // the địa danh as the dataset writes it («Phường Trần Phú»), "" = from the name
};
// The header block of a unit's own documents.
struct Header {
  std::string chu_quan;            // the parent's name in capitals (none for a People's Committee)
  std::vector<std::string> lines;  // "ỦY BAN NHÂN DÂN" / "XÃ MỸ ĐỨC", or the unit's name in capitals
  std::string abbrev, place;       // "UBND" in symbols; the place of the place-date line
  std::string authority;           // "TM. ỦY BAN NHÂN DÂN" for a People's Committee
};
Header header_of(const Unit& u, const domain::Movement& m);
// The signer's title in capitals: the one given (the user's own), else the head of the kind of unit its name
// begins with: "CHỦ TỊCH" (Ủy ban nhân dân), "TRƯỞNG PHÒNG", "GIÁM ĐỐC" (Sở, Trung tâm), "CHÁNH VĂN PHÒNG",
// "TRƯỞNG BAN", else "THỦ TRƯỞNG CƠ QUAN".
std::string head_title(const std::string& unit_name, const std::string& given = "");
// The signature block: authority line ("TM. …"), title, name.
Json signer(const std::string& authority, const std::string& title, const std::string& name);

// The rows of a Danh sách grouped I. CÁ NHÂN / II. TẬP THỂ and by unit; money adds each row's amount and
// total receives the sum.
// The order of a list: the Tờ trình's groups with numbers restarting in each, collectives first as the Quyết
// định and its own summary name them (setting ca_nhan_truoc = 1: I. CÁ NHÂN first, the forms catalog's Bộ Y
// tế model); a Quyết định lists collectives first, numbered on through both groups unless the issuer restarts
// them (setting stt_theo_nhom): the number becomes the số sổ vàng.
struct ListOrder {
  bool collectives_first = false;
  bool number_per_group = true;
};
Json list_groups(const std::vector<domain::Nomination>& noms, const domain::Movement& m, bool money,
                 int64_t& total, ListOrder order = {});
// "Nguyễn Văn A (UBND xã Mỹ Đức)" for a person, the name alone for a collective.
std::string name_with_unit(const domain::Nomination& n);

}  // namespace tdkt::views
