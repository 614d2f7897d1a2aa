// The contest's score workbook (see workbook.hpp).
#include "app/contest/workbook.hpp"

#include <unistd.h>

#include <algorithm>
#include <filesystem>

#include "core/files.hpp"
#include "render/xlsx/xlsx.hpp"
#include "text/normalize.hpp"
#include "views/contest/shared.hpp"

namespace tdkt::app {

using views::contest::points_text;

namespace {
void summary(xlsx::Workbook& wb, const Contest& k, const views::contest::Results& j) {
  xlsx::SheetSpec sum;
  sum.name = "Tổng hợp";
  sum.title = {"BẢNG TỔNG HỢP ĐIỂM", text::upper(views::contest::contest_name(k.L->m))};
  sum.notes = {views::contest::aggregate_rule(k.rules)};
  sum.columns = {{"STT", 5, xlsx::Type::Integer, false},
                 {"Mã bài", 9, xlsx::Type::Text, false},
                 {"Tên bài dự thi", 40, xlsx::Type::Text, true},
                 {"Tác giả", 28, xlsx::Type::Text, true}};
  for (auto& jg : k.rules.judges) sum.columns.push_back({jg.name, 12, xlsx::Type::Text, true});
  sum.columns.push_back({"Không tính vào điểm xét", 22, xlsx::Type::Text, true});
  sum.columns.push_back({"Điểm xét", 10, xlsx::Type::Text, false});
  sum.columns.push_back({"Xếp hạng", 9, xlsx::Type::Integer, false});
  sum.columns.push_back({"Giải", 16, xlsx::Type::Text, false});
  wb.begin(sum);
  int i = 0;
  for (auto& e : j.outcome.ranking) {
    const auto& row = j.entry(e.code);
    std::vector<xlsx::Cell> cells = {xlsx::Cell::num(++i), xlsx::Cell::str(e.code),
                                     xlsx::Cell::str(row.title), xlsx::Cell::str(row.author_names)};
    std::string out_of;
    for (auto& jg : k.rules.judges) {
      auto it = std::find_if(e.totals.begin(), e.totals.end(), [&](auto& p) { return p.first == jg.name; });
      bool dropped = std::find(e.dropped.begin(), e.dropped.end(), jg.name) != e.dropped.end();
      if (it != e.totals.end() && dropped)
        out_of += (out_of.empty() ? "" : "; ") + jg.name + " (" + points_text(it->second) + ")";
      cells.push_back(it == e.totals.end() ? xlsx::Cell::str("không chấm") : xlsx::Cell::num(it->second));
    }
    cells.push_back(xlsx::Cell::str(out_of));
    cells.push_back(xlsx::Cell::num(e.aggregate));
    cells.push_back(xlsx::Cell::num(e.rank));
    cells.push_back(xlsx::Cell::str(views::contest::prize_name(k.rules, e.prize)));
    wb.row(cells);
  }
  wb.footer(j.notes());
}

void details(xlsx::Workbook& wb, const Contest& k, const views::contest::Results& j) {
  xlsx::SheetSpec det;
  det.name = "Điểm chi tiết";
  det.title = {"ĐIỂM CHI TIẾT CỦA TỪNG GIÁM KHẢO"};
  det.columns = {{"Mã bài", 9, xlsx::Type::Text, false}, {"Giám khảo", 24, xlsx::Type::Text, false}};
  for (auto& cr : k.rules.criteria)
    det.columns.push_back({cr.text + " (tối đa " + points_text(cr.max) + ")", 16, xlsx::Type::Text, true});
  det.columns.push_back({"Tổng", 9, xlsx::Type::Text, false});
  wb.begin(det);
  for (size_t x = 0; x < j.entries.size(); ++x)
    for (auto& [judge, pts] : j.scores[x].by_judge) {
      std::vector<xlsx::Cell> cells = {xlsx::Cell::str(j.entries[x].code), xlsx::Cell::str(judge)};
      double sum = 0;
      for (auto& cr : k.rules.criteria) {
        auto p = pts.find(cr.id);
        cells.push_back(p == pts.end() ? xlsx::Cell::str("") : xlsx::Cell::num(p->second));
        if (p != pts.end()) sum += p->second;
      }
      cells.push_back(xlsx::Cell::num(sum));
      wb.row(cells);
    }
}
}  // namespace

std::string score_workbook(Workspace& w, const Contest& k, const views::contest::Results& j) {
  std::filesystem::create_directories(w.files().root());
  std::string path = w.files().root() + "/bang-tong-hop-diem-" + std::to_string(::getpid()) + ".xlsx";
  xlsx::Options xo;
  xo.created = static_cast<std::time_t>(w.env().clock.now_unix());
  xo.title = "Bảng tổng hợp điểm — " + views::contest::contest_name(k.L->m);
  xo.author = "tdkt";
  {
    xlsx::Workbook wb(path, xo);
    summary(wb, k, j);
    details(wb, k, j);
    wb.close();
  }
  std::string err;
  auto bytes = core::read_file(path, err);
  std::filesystem::remove(path);
  if (!bytes) throw core::Error("không đọc lại được bảng tính vừa lập: " + err);
  return *bytes;
}

}  // namespace tdkt::app
