// A contest's ranking as the rules give it, and the jury's order for a tie the rules leave.
#include <algorithm>
#include <set>

#include "app/api.hpp"
#include "app/contest/contest.hpp"
#include "text/format.hpp"
#include "text/normalize.hpp"
#include "views/contest/shared.hpp"

namespace tdkt::app {

using core::Json;

Outcome contest_results(Workspace& w, const ContestResults& r) {
  auto k = open_contest(w, r.movement);
  if (!k) return k.error();
  auto j = judge_all(w, *k);
  Outcome o;
  Json rank = Json::array();
  for (auto& e : j.outcome.ranking) {
    const auto& row = j.entry(e.code);
    std::string line = std::to_string(e.rank) + ". " + e.code + " «" + row.title + "» — " + row.author_names +
                       ": " + text::format_decimal(e.aggregate, 2) + " điểm";
    if (!e.prize.empty()) line += " — " + views::contest::prize_name(k->rules, e.prize);
    if (e.tie) line += " (đồng hạng)";
    if (!e.tie_note.empty()) line += " [" + e.tie_note + "]";
    if (!e.dropped.empty())
      line += " (bỏ điểm cao nhất của " + e.dropped[0] + ", thấp nhất của " + e.dropped[1] + ")";
    o.text += line + "\n";
    Json x = Json::object();
    x.set("code", views::S(e.code));
    x.set("rank", Json::integer(e.rank));
    x.set("points", Json::number(e.aggregate));
    x.set("prize", views::S(e.prize));
    x.set("tie", Json::boolean(e.tie));
    x.set("missing", views::arr(e.missing));
    rank.push(std::move(x));
  }
  for (auto& p : j.outcome.problems) o.text += "Chưa xong: " + p + "\n";
  o.result.set("ranking", std::move(rank));
  o.result.set("problems", views::arr(j.outcome.problems));
  o.result.set("complete", Json::boolean(j.outcome.complete()));
  return o;
}

namespace {
// The order must list exactly one tie group, whole.
Result<int> tie_group(const views::contest::Results& j, const std::vector<std::string>& order) {
  if (order.size() < 2)
    return fail(kInvalidInput, "--order cần ít nhất hai mã bài, bài xếp trên trước: SK-03,SK-07");
  std::set<std::string> seen;
  int rank = 0;
  const auto& ranking = j.outcome.ranking;
  for (auto& code : order) {
    auto it = std::find_if(ranking.begin(), ranking.end(), [&code](auto& e) { return e.code == code; });
    if (it == ranking.end()) return fail(kNotFound, "không có bài dự thi mã «" + code + "»");
    if (!seen.insert(code).second) return fail(kInvalidInput, "bài " + code + " có hai lần trong --order");
    if (!it->tie)
      return fail(kRefused, "bài " + code + " không đồng hạng với bài nào (hạng " + std::to_string(it->rank) +
                                "): không cần Ban giám khảo quyết định");
    if (rank && it->rank != rank) return fail(kRefused, "các bài trong --order phải cùng một nhóm đồng hạng");
    rank = it->rank;
  }
  size_t group = static_cast<size_t>(
      std::count_if(ranking.begin(), ranking.end(), [&](auto& e) { return e.rank == rank; }));
  if (group != order.size())
    return fail(kRefused, "nhóm đồng hạng " + std::to_string(rank) + " có " + std::to_string(group) +
                              " bài; --order phải liệt kê đủ cả nhóm");
  return rank;
}
}  // namespace

Outcome contest_decide(Workspace& w, const ContestDecide& r) {
  auto k = open_contest(w, r.movement);
  if (!k) return k.error();
  const std::string& actor = w.actor().name;
  bool chief = std::any_of(k->rules.judges.begin(), k->rules.judges.end(),
                           [&](auto& j) { return j.name == actor && j.role == "Trưởng ban"; });
  if (!chief && !in_body(k->rules.organisers, actor))
    return fail(kRefused, "thứ tự các bài đồng hạng do Trưởng ban giám khảo hoặc Ban tổ chức quyết định; «" +
                              actor + "» không được");
  if (text::fold_spaces(r.note).empty())
    return fail(kInvalidInput, "cần --note: căn cứ quyết định (ví dụ biên bản họp Ban giám khảo)");
  auto j = judge_all(w, *k);
  if (awarded(j.entries)) return fail(kRefused, "cuộc thi đã công nhận kết quả; thứ hạng không sửa được nữa");
  auto rank = tie_group(j, r.order);
  if (!rank) return rank.error();
  w.transaction([&] {
    int n = 0;
    for (auto& code : r.order) w.store().set_jury_order(j.entry(code).id, ++n);
    w.audit("contest_decide", "movement", r.movement,
            "đồng hạng " + std::to_string(*rank) + ": " + views::join(r.order, " > ") +
                "; căn cứ: " + text::nfc(r.note));
  });
  Outcome o;
  o.text = "Ban giám khảo xếp các bài đồng hạng " + std::to_string(*rank) + ":";
  for (auto& code : r.order) o.text += " " + code;
  o.text += "\n";
  return o;
}

}  // namespace tdkt::app
