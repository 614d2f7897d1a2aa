#include "rules/contest.hpp"

#include <algorithm>
#include <cmath>

#include "text/format.hpp"
#include "text/normalize.hpp"

namespace tdkt::rules {

namespace {

// Points are kept to 1/10000: sums of halves and quarters compare exactly.
double tidy(double v) {
  return std::round(v * 10000.0) / 10000.0;
}
bool same(double a, double b) {
  return std::fabs(a - b) < 1e-9;
}

}  // namespace

ContestOutcome judge_contest(const domain::ContestRules& r, const std::vector<EntryScores>& entries) {
  ContestOutcome out;
  for (auto& e : entries) {
    EntryResult res;
    res.code = e.code;
    struct Sheet {
      std::string judge;
      double total;
    };
    std::vector<Sheet> sheets;
    for (auto& j : r.judges) {
      if (e.recused.count(j.name)) continue;
      auto it = e.by_judge.find(j.name);
      bool full = it != e.by_judge.end();
      double total = 0;
      for (auto& c : r.criteria) {
        if (!full) break;
        auto s = it->second.find(c.id);
        if (s == it->second.end()) {
          full = false;
          break;
        }
        total += s->second;
      }
      if (!full) {
        res.missing.push_back(j.name);
        continue;
      }
      sheets.push_back({j.name, tidy(total)});
      res.totals.emplace_back(j.name, tidy(total));
    }
    for (auto& m : res.missing) out.problems.push_back("bài " + e.code + ": thiếu điểm của giám khảo " + m);
    // Trimmed mean: one highest and one lowest total out (the first met in jury order when equal).
    std::vector<Sheet> kept = sheets;
    if (r.aggregate == "trimmed_mean" && static_cast<int>(sheets.size()) >= r.trim_from) {
      auto hi =
          std::max_element(kept.begin(), kept.end(), [](auto& a, auto& b) { return a.total < b.total; });
      res.dropped.push_back(hi->judge);
      kept.erase(hi);
      auto lo =
          std::min_element(kept.begin(), kept.end(), [](auto& a, auto& b) { return a.total < b.total; });
      res.dropped.push_back(lo->judge);
      kept.erase(lo);
    }
    if (!kept.empty()) {
      double sum = 0;
      for (auto& k : kept) sum += k.total;
      res.aggregate = tidy(sum / static_cast<double>(kept.size()));
      for (auto& c : r.criteria) {
        double cs = 0;
        for (auto& k : kept) cs += e.by_judge.at(k.judge).at(c.id);
        res.by_criterion[c.id] = tidy(cs / static_cast<double>(kept.size()));
      }
    }
    res.jury_order = e.jury_order;
    out.ranking.push_back(std::move(res));
  }
  // Rank: aggregate, then the tie-break criteria in order; what is still equal shares the rank.
  auto cmp = [&](const EntryResult& a, const EntryResult& b) {
    if (!same(a.aggregate, b.aggregate)) return a.aggregate > b.aggregate;
    for (auto& t : r.tie_break) {
      double x = a.by_criterion.count(t) ? a.by_criterion.at(t) : 0,
             y = b.by_criterion.count(t) ? b.by_criterion.at(t) : 0;
      if (!same(x, y)) return x > y;
    }
    if (a.jury_order && b.jury_order && *a.jury_order != *b.jury_order) return *a.jury_order < *b.jury_order;
    return false;
  };
  std::stable_sort(out.ranking.begin(), out.ranking.end(), cmp);
  auto label = [&](const std::string& id) {
    for (auto& c : r.criteria)
      if (c.id == id) return c.text;
    return id;
  };
  for (size_t i = 0; i < out.ranking.size(); ++i) {
    auto& e = out.ranking[i];
    bool tied_prev = i > 0 && !cmp(out.ranking[i - 1], e);
    e.rank = tied_prev ? out.ranking[i - 1].rank : static_cast<int>(i) + 1;
    if (tied_prev) {
      e.tie = true;
      out.ranking[i - 1].tie = true;
    }
    // A tie on the aggregate settled by a criterion, or by the jury, is documented on both entries.
    if (i > 0 && same(out.ranking[i - 1].aggregate, e.aggregate) && !tied_prev) {
      std::string note;
      for (auto& t : r.tie_break) {
        double x = out.ranking[i - 1].by_criterion[t], y = e.by_criterion[t];
        if (!same(x, y)) {
          note = "bằng điểm " + text::format_decimal(e.aggregate, 2) + ", xếp theo “" + label(t) + "” (" +
                 text::format_decimal(x, 2) + " so với " + text::format_decimal(y, 2) + "), bài " +
                 out.ranking[i - 1].code + " xếp trên";
          break;
        }
      }
      if (note.empty())
        note = "bằng điểm " + text::format_decimal(e.aggregate, 2) +
               " và bằng nhau ở mọi tiêu chí phân định, xếp theo quyết định của Ban giám khảo";
      note = "bài " + out.ranking[i - 1].code + " và bài " + e.code + " " + note;  // one note names both
      if (out.ranking[i - 1].tie_note.empty()) out.ranking[i - 1].tie_note = note;
      e.tie_note = note;
    }
  }
  // Prizes in rank order; a group sharing a rank takes the same prize when the places suffice, else the
  // organisers must decide (reported). Entries under the minimum get none.
  size_t level = 0;
  int left = r.prizes.empty() ? 0 : r.prizes[0].count;
  for (size_t i = 0; i < out.ranking.size() && level < r.prizes.size();) {
    size_t j = i;
    while (j < out.ranking.size() && out.ranking[j].rank == out.ranking[i].rank) ++j;
    int group = static_cast<int>(j - i);
    if (out.ranking[i].aggregate < r.min_total || !out.ranking[i].missing.empty()) {
      i = j;
      continue;
    }
    if (group > left) {
      std::string names;
      for (size_t k = i; k < j; ++k) names += (names.empty() ? "" : ", ") + out.ranking[k].code;
      out.problems.push_back("đồng hạng " + std::to_string(out.ranking[i].rank) + " (" + names +
                             ") tại ranh giới " + r.prizes[level].name + ": còn " + std::to_string(left) +
                             " giải; Ban giám khảo quyết định");
      break;
    }
    for (size_t k = i; k < j; ++k) out.ranking[k].prize = r.prizes[level].id;
    left -= group;
    i = j;
    while (left == 0 && ++level < r.prizes.size()) left = r.prizes[level].count;
  }
  return out;
}

double text_similarity(std::string_view a, std::string_view b) {
  static const std::set<std::string> common = {"va",    "cua",  "cac", "trong", "cho",  "tai", "voi",
                                               "nhung", "mot",  "la",  "de",    "nay",  "ve",  "theo",
                                               "tren",  "duoc", "co",  "khong", "nham", "viec"};
  auto words = [&](std::string_view s) {
    std::set<std::string> w;
    for (auto& x : text::ascii_words(s))
      if (x.size() > 1 && !common.count(x)) w.insert(x);
    return w;
  };
  auto x = words(a), y = words(b);
  if (x.empty() || y.empty()) return 0;
  size_t both = 0;
  for (auto& w : x) both += y.count(w);
  return static_cast<double>(both) / static_cast<double>(x.size() + y.size() - both);
}

}  // namespace tdkt::rules
