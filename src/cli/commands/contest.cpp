// tdkt contest: rules, entries, points, results, the jury's order, and the contest's documents.
#include <algorithm>
#include <cstdlib>

#include "cli/command.hpp"
#include "text/normalize.hpp"

namespace tdkt::cli {

namespace {
Reply entry_add(const Parsed& p, app::Workspace& w) {
  app::ContestEntryAdd e{p.get("movement"), p.get("title"), p.get("summary"), p.get("file"), 0,
                         p.all("author")};
  auto topic = parse_id(p.get("topic"));
  if (!topic) return Usage{"--topic cần số thứ tự nội dung dự thi của kế hoạch (1, 2, …)"};
  e.topic = static_cast<int>(*topic);
  return app::contest_entry_add(w, e);
}

Reply score(const Parsed& p, app::Workspace& w) {
  if (!p.has("judge")) return Usage{"cần --judge \"Họ tên giám khảo\""};
  app::ContestScore r{p.get("movement"), p.get("judge"), p.get("entry"), {}, p.get("file")};
  if (!r.file.empty()) return app::contest_score(w, r);
  if (!p.has("entry")) return Usage{"cần --entry MÃ_BÀI hoặc --file PHIẾU.csv"};
  for (auto& x : p.all("points")) {
    auto eq = x.find('=');
    std::string v = eq == std::string::npos ? "" : x.substr(eq + 1);
    std::replace(v.begin(), v.end(), ',', '.');
    char* end = nullptr;
    double value = v.empty() ? 0 : std::strtod(v.c_str(), &end);
    if (eq == std::string::npos || eq == 0 || v.empty() || *end)
      return Usage{"--points «" + x + "» phải có dạng TIÊU_CHÍ=ĐIỂM, ví dụ tinh-moi=25"};
    r.points[x.substr(0, eq)] = value;
  }
  return app::contest_score(w, r);
}

Reply decide(const Parsed& p, app::Workspace& w) {
  std::vector<std::string> order;
  std::string list = p.get("order");
  for (size_t a = 0; a < list.size();) {
    size_t b = list.find(',', a);
    if (b == std::string::npos) b = list.size();
    std::string code = text::fold_spaces(list.substr(a, b - a));
    if (!code.empty()) order.push_back(code);
    a = b + 1;
  }
  return app::contest_decide(w, {p.get("movement"), order, p.get("note")});
}

// Every contest command but import names its contest.
Command with_movement(Command c) {
  auto run = c.run;
  c.options.insert(c.options.begin(), Option{"movement"});
  c.run = [run](const Parsed& p, app::Workspace& w) -> Reply {
    if (!p.has("movement")) return Usage{"cần --movement MÃ"};
    return run(p, w);
  };
  return c;
}
// The entries and their points.
std::vector<Command> entries_and_points() {
  return {
      {{"contest", "import"},
       "tdkt contest import THỂ_LỆ.json",
       "Thể lệ cuộc thi: tiêu chí chấm, cách tính điểm, phân định, giải, các ban",
       "contest",
       {},
       1,
       1,
       [](const Parsed& p, app::Workspace& w) -> Reply { return app::contest_import(w, {p.args[0]}); }},
      {{"contest", "entry", "add"},
       "tdkt contest entry add --movement MÃ --title TÊN --topic SỐ --author person:MÃ|agency:MÃ … "
       "[--summary TÓM_TẮT] "
       "[--file BÀI]",
       "Nhận bài dự thi, cấp mã bài, báo bài có thể trùng",
       "contest",
       {{"title"}, {"topic"}, {"author", Option::List}, {"summary"}, {"file"}},
       0,
       0,
       entry_add},
      {{"contest", "entries"},
       "tdkt contest entries --movement MÃ [--blind]",
       "Danh sách bài dự thi (--blind: chỉ mã và tên bài)",
       "contest",
       {{"blind", Option::Flag}},
       0,
       0,
       [](const Parsed& p, app::Workspace& w) -> Reply {
         return app::contest_entries(w, {p.get("movement"), p.has("blind")});
       }},
      {{"contest", "score"},
       "tdkt contest score --movement MÃ --judge HỌ_TÊN (--entry MÃ_BÀI --points TIÊU_CHÍ=ĐIỂM … | --file "
       "PHIẾU)",
       "Điểm của một giám khảo: một bài, hoặc cả phiếu từ tệp CSV/XLSX",
       "contest",
       {{"judge"}, {"entry"}, {"points", Option::List}, {"file"}},
       0,
       0,
       score},
  };
}

// The ranking and the contest's documents.
std::vector<Command> results_and_documents() {
  return {
      {{"contest", "results"},
       "tdkt contest results --movement MÃ",
       "Xếp hạng, giải, điểm còn thiếu và đồng hạng ở ranh giới giải (không ghi gì)",
       "contest",
       {},
       0,
       0,
       [](const Parsed& p, app::Workspace& w) -> Reply {
         return app::contest_results(w, {p.get("movement")});
       }},
      {{"contest", "decide"},
       "tdkt contest decide --movement MÃ --order MÃ,MÃ --note CĂN_CỨ",
       "Thứ tự do Ban giám khảo quyết định cho các bài vẫn đồng hạng",
       "contest",
       {{"order"}, {"note"}},
       0,
       0,
       decide},
      {{"contest", "establish"},
       "tdkt contest establish --movement MÃ",
       "Quyết định thành lập Ban tổ chức, Ban giám khảo, Tổ thư ký",
       "contest",
       {},
       0,
       0,
       [](const Parsed& p, app::Workspace& w) -> Reply {
         return app::contest_establish(w, {p.get("movement")});
       }},
      {{"contest", "sheets"},
       "tdkt contest sheets --movement MÃ",
       "Phiếu chấm điểm của từng giám khảo",
       "contest",
       {},
       0,
       0,
       [](const Parsed& p, app::Workspace& w) -> Reply {
         return app::contest_sheets(w, {p.get("movement")});
       }},
      {{"contest", "award"},
       "tdkt contest award --movement MÃ [--place NƠI_HỌP]",
       "Công nhận kết quả: Bảng tổng hợp điểm, Biên bản, Quyết định, Giấy chứng nhận, Tờ trình",
       "contest",
       {{"place"}},
       0,
       0,
       [](const Parsed& p, app::Workspace& w) -> Reply {
         return app::contest_award(w, {p.get("movement"), p.get("place")});
       }},
  };
}
}  // namespace

std::vector<Command> contest_commands() {
  std::vector<Command> v;
  for (auto group : {entries_and_points, results_and_documents})
    for (auto& c : group()) v.push_back(c.path[1] == "import" ? std::move(c) : with_movement(std::move(c)));
  return v;
}

}  // namespace tdkt::cli
