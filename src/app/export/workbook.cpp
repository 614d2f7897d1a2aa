// The council workbook. Every value the council reads is a typed cell: money numbers with "#,##0", ratios
// as percentages, counts as integers; totals are SUM formulas carrying their cached values so a viewer
// that does not recalculate still shows them. Names and summaries from units only go through text cells.
#include "app/export/workbook.hpp"

#include <algorithm>
#include <map>
#include <set>

#include "app/council/threshold.hpp"
#include "app/export/book.hpp"
#include "render/xlsx/xlsx.hpp"
#include "text/collate.hpp"
#include "text/format.hpp"
#include "text/names.hpp"
#include "text/normalize.hpp"
#include "views/shared.hpp"
#include "workflow/nomination.hpp"

namespace tdkt::app {

using xlsx::Cell;
using xlsx::Column;
using xlsx::Type;
using namespace workbook;

namespace {

std::vector<Cell> list_row(const Book& b, const domain::AwardForm& aw, const domain::Nomination& n, int stt,
                           int64_t& sum) {
  std::vector<Cell> r(10);
  r[0] = Cell::num(stt);
  r[1] = Cell::str(n.subject_name);
  r[2] = Cell::str(n.is_person() ? n.position : "");
  r[3] = Cell::str(n.unit_name);
  r[4] = Cell::str(aw.name);
  r[5] = Cell::str(n.summary);
  r[6] = Cell::str(appraisal_text(n));
  if (n.council_agree) {
    r[7] = Cell::num(*n.council_agree);
    if (n.council_members && *n.council_members > 0)
      r[8] = Cell::num(static_cast<double>(*n.council_agree) / *n.council_members);
  }
  auto mi = b.money.by_nomination.find(n.id);
  if (mi != b.money.by_nomination.end()) {
    r[9] = Cell::num(static_cast<double>(mi->second));
    sum += mi->second;
  }
  return r;
}

// 1. One Danh sách per award form, in the order of the plan.
size_t list_sheets(xlsx::Workbook& wb, const Book& b) {
  size_t written = 0;
  for (const auto& aw : b.L.m.awards) {
    std::vector<const domain::Nomination*> rows;
    for (auto& n : b.noms)
      if (n.award == aw.id) rows.push_back(&n);
    if (rows.empty()) continue;
    xlsx::SheetSpec sp;
    std::string kind = kind_suffix(b.L, aw);
    sp.name = sheet_name(aw, !kind.empty());
    sp.title = {"DANH SÁCH ĐỀ NGHỊ KHEN THƯỞNG", text::upper(aw.name + kind)};
    sp.notes = notes_of(b);
    sp.columns = list_columns();
    sp.merge_column = 3;
    bool both = rows.front()->subject_kind != rows.back()->subject_kind;
    sp.expected_rows = static_cast<int>(rows.size()) + (both ? 2 : 0);
    wb.begin(sp);
    int first = wb.first_data_row(), stt = 0, roman = 0;
    std::optional<domain::SubjectKind> group;
    int64_t sum = 0;
    for (auto* n : rows) {
      if (both && n->subject_kind != group) {
        group = n->subject_kind;
        wb.section(text::roman(++roman) + (n->is_person() ? ". CÁ NHÂN" : ". TẬP THỂ"));
        stt = 0;
      }
      wb.row(list_row(b, aw, *n, ++stt, sum));
      ++written;
    }
    int last = wb.next_row() - 1;
    std::vector<Cell> t(10);
    t[1] = Cell::str("Tổng cộng: " + std::to_string(rows.size()));
    t[9] = Cell::formula("=SUM(J" + std::to_string(first) + ":J" + std::to_string(last) + ")",
                         static_cast<double>(sum));
    wb.row(t, xlsx::RowStyle::Total);
  }
  return written;
}

// 2. Tổng hợp: counts per unit × award form, total count and money per unit, totals per column.
void summary_sheet(xlsx::Workbook& wb, const Book& b) {
  std::vector<const domain::AwardForm*> used;
  for (const auto& aw : b.L.m.awards)
    if (std::any_of(b.noms.begin(), b.noms.end(), [&](auto& n) { return n.award == aw.id; }))
      used.push_back(&aw);
  std::map<std::string, std::map<std::string, int>> count;
  std::map<std::string, int64_t> unit_money;
  std::vector<std::pair<std::string, std::string>> keyed;
  for (auto& n : b.noms) {
    if (!count.count(n.unit_name)) keyed.emplace_back(text::sort_key(n.unit_name, b.tones), n.unit_name);
    ++count[n.unit_name][n.award];
    auto mi = b.money.by_nomination.find(n.id);
    unit_money[n.unit_name] += mi == b.money.by_nomination.end() ? 0 : mi->second;
  }
  std::sort(keyed.begin(), keyed.end());
  xlsx::SheetSpec sp;
  sp.name = "Tổng hợp";
  sp.title = {"TỔNG HỢP ĐỀ NGHỊ KHEN THƯỞNG THEO ĐƠN VỊ"};
  sp.notes = notes_of(b);
  sp.columns = {{"STT", 6, Type::Integer, false}, {"Đơn vị", 34, Type::Text, true}};
  for (auto* aw : used) sp.columns.push_back({aw->name + kind_suffix(b.L, *aw), 18, Type::Integer, true});
  sp.columns.push_back({"Tổng số", 10, Type::Integer, false});
  sp.columns.push_back({"Tiền thưởng (đồng)", 18, Type::Money, false});
  sp.expected_rows = static_cast<int>(keyed.size());
  wb.begin(sp);
  int first = wb.first_data_row(), nc = static_cast<int>(used.size()), stt = 0;
  std::string a0 = xlsx::Workbook::col_name(2), a1 = xlsx::Workbook::col_name(1 + nc);
  std::vector<double> col_sums(static_cast<size_t>(nc) + 2, 0);
  for (auto& [key, unit] : keyed) {
    std::vector<Cell> r = {Cell::num(++stt), Cell::str(unit)};
    int total = 0;
    for (int i = 0; i < nc; ++i) {
      int v = count[unit][used[static_cast<size_t>(i)]->id];
      total += v;
      col_sums[static_cast<size_t>(i)] += v;
      r.push_back(v ? Cell::num(v) : Cell());
    }
    std::string rn = std::to_string(wb.next_row());
    r.push_back(Cell::formula("=SUM(" + a0 + rn + ":" + a1 + rn + ")", total));
    r.push_back(Cell::num(static_cast<double>(unit_money[unit])));
    col_sums[static_cast<size_t>(nc)] += total;
    col_sums[static_cast<size_t>(nc) + 1] += static_cast<double>(unit_money[unit]);
    wb.row(r);
  }
  int last = wb.next_row() - 1;
  std::vector<Cell> t = {Cell(), Cell::str("Tổng cộng")};
  for (int i = 0; i < nc + 2; ++i) {
    std::string col = xlsx::Workbook::col_name(2 + i);
    t.push_back(Cell::formula("=SUM(" + col + std::to_string(first) + ":" + col + std::to_string(last) + ")",
                              col_sums[static_cast<size_t>(i)]));
  }
  wb.row(t, xlsx::RowStyle::Total);
}

// 3. Phiếu bầu: the eligible nominees with empty boxes; members tick one of the two.
void ballot_sheet(xlsx::Workbook& wb, const Book& b, const std::vector<const domain::Nomination*>& ballot,
                  size_t members) {
  xlsx::SheetSpec sp;
  sp.name = "Phiếu bầu";
  sp.title = {"PHIẾU BẦU", "Đề nghị khen thưởng " + domain::round_label(b.round)};
  sp.notes = {
      subtitle(b.L, b.round),
      "Thành viên Hội đồng đánh dấu X vào một trong hai ô «Đồng ý» hoặc «Không đồng ý» cho từng trường hợp"};
  sp.columns = {{"STT", 6, Type::Integer, false},  {"Họ và tên / Tên tập thể", 30, Type::Text, true},
                {"Đơn vị", 28, Type::Text, true},  {"Hình thức đề nghị", 28, Type::Text, true},
                {"Đồng ý", 11, Type::Text, false}, {"Không đồng ý", 11, Type::Text, false}};
  sp.filter = false;
  sp.landscape = false;
  sp.blank_lines = true;
  wb.begin(sp);
  int stt = 0;
  for (auto* n : ballot)
    wb.row({Cell::num(++stt), Cell::str(n->subject_name), Cell::str(n->unit_name),
            Cell::str(views::award_name(b.L.m, n->award)), Cell(), Cell()});
  wb.footer(
      {"Hội đồng có " + std::to_string(members) +
       " thành viên. Phiếu không đánh dấu hoặc đánh dấu cả hai ô của một trường hợp là phiếu không hợp lệ "
       "cho trường hợp đó."});
}

std::vector<Cell> tally_row(xlsx::Workbook& wb, const Book& b, const domain::Nomination& n, int stt,
                            std::optional<core::Date> mdate, size_t members) {
  std::vector<Cell> r(9);
  r[0] = Cell::num(stt);
  r[1] = Cell::str(n.subject_name);
  r[2] = Cell::str(n.unit_name);
  r[3] = Cell::str(views::award_name(b.L.m, n.award));
  if (!n.council_agree || !n.council_members) {
    r[4] = members ? Cell::num(static_cast<double>(members)) : Cell();
    return r;
  }
  std::string rn = std::to_string(wb.next_row());
  r[4] = Cell::num(*n.council_members);
  r[5] = Cell::num(*n.council_agree);
  r[6] =
      Cell::formula("=IF(E" + rn + ">0,F" + rn + "/E" + rn + ",0)",
                    *n.council_members > 0 ? static_cast<double>(*n.council_agree) / *n.council_members : 0);
  if (b.legal && mdate) {
    const auto* aw = b.L.m.award(n.award);
    auto t = council_threshold(b.w, *b.legal, aw ? aw->catalog : "", *mdate);
    r[7] = Cell::str((t.strict ? "trên " : "từ ") + std::to_string(t.percent) + " %");
  } else if (n.council_percent) {
    r[7] = Cell::str(std::to_string(*n.council_percent) + " %");
  }
  r[8] = Cell::str(workflow::passed_council(n.stage) ? "Đạt" : "Không đạt");
  return r;
}

// 4. Kết quả kiểm phiếu: votes per nominee as a share of ALL members, threshold and result.
void tally_sheet(xlsx::Workbook& wb, const Book& b, const std::vector<const domain::Nomination*>& ballot,
                 size_t members) {
  xlsx::SheetSpec kp;
  kp.name = "Kết quả kiểm phiếu";
  kp.title = {"KẾT QUẢ KIỂM PHIẾU", "Hội đồng Thi đua - Khen thưởng"};
  auto meetings = b.w.store().meetings(b.L.row.id, b.round, domain::MeetingKind::Council);
  std::optional<core::Date> mdate = meetings.empty() ? std::nullopt : core::parse_date(meetings.back().date);
  kp.notes = {subtitle(b.L, b.round)};
  if (!meetings.empty()) {
    auto& m = meetings.back();
    kp.notes.push_back("Họp ngày " + (mdate ? mdate->dmy() : m.date) + ": có mặt " +
                       std::to_string(m.present) + "/" + std::to_string(m.members) + " thành viên");
  } else {
    kp.notes.push_back("Chưa có kết quả bỏ phiếu (tdkt council vote)");
  }
  kp.columns = {{"STT", 6, Type::Integer, false},
                {"Họ và tên / Tên tập thể", 30, Type::Text, true},
                {"Đơn vị", 26, Type::Text, true},
                {"Hình thức đề nghị", 26, Type::Text, true},
                {"Tổng số thành viên", 12, Type::Integer, true},
                {"Phiếu đồng ý", 10, Type::Integer, false},
                {"Tỷ lệ % trên tổng số thành viên", 14, Type::Percent, true},
                {"Ngưỡng", 10, Type::Text, false},
                {"Kết quả", 14, Type::Text, false}};
  kp.expected_rows = static_cast<int>(ballot.size());
  wb.begin(kp);
  int stt = 0;
  for (auto* n : ballot) wb.row(tally_row(wb, b, *n, ++stt, mdate, members));
}

}  // namespace

size_t write_round_workbook(Workspace& w, const StoredMovement& L, const std::string& round,
                            std::vector<domain::Nomination> noms, const std::string& path,
                            const WorkbookParts& parts, core::Diagnostics& notes) {
  core::Diagnostics td;
  auto tones = w.tone_order(td);
  noms = ordered(std::move(noms), parts.sort, tones);
  auto Lg = w.legal();  // money estimates and the council thresholds
  const rules::LegalData* legal = Lg ? *Lg : nullptr;
  Money money = money_of(legal, L, noms, w.today(), notes);
  xlsx::Options o;
  o.stream = parts.stream || noms.size() > kStreamAbove;
  o.created = static_cast<std::time_t>(w.env().clock.now_unix());
  o.title = "Danh sách đề nghị khen thưởng — " + L.m.name;
  o.author = w.actor().name;
  o.subject = domain::round_label(round);
  xlsx::Workbook wb(path, o);
  std::string money_note = money.estimated ? "Tiền thưởng dự kiến theo mức lương cơ sở ngày " +
                                                 w.today().dmy() + " (chưa có quyết định)"
                                           : "";
  Book b{w, L, round, noms, money, money_note, tones, legal};
  size_t written = list_sheets(wb, b);
  summary_sheet(wb, b);
  if (parts.council) {
    auto members = w.store().council_members(L.row.id).size();
    std::vector<const domain::Nomination*> ballot;
    bool appraised =
        std::any_of(noms.begin(), noms.end(), [](auto& n) { return n.appraisal != domain::Appraisal::None; });
    for (auto& n : noms)
      if (!appraised || n.appraisal == domain::Appraisal::Eligible) ballot.push_back(&n);
    ballot_sheet(wb, b, ballot, members);
    tally_sheet(wb, b, ballot, members);
  }
  wb.close();
  return written;
}

}  // namespace tdkt::app
