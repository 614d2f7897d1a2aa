// Shared pieces of the contest views (see shared.hpp and contest.hpp).
#include "views/contest/shared.hpp"

#include <algorithm>
#include <cmath>

#include "text/format.hpp"
#include "text/normalize.hpp"

namespace tdkt::views::contest {

const domain::ContestEntry& Results::entry(const std::string& code) const {
  for (auto& e : entries)
    if (e.code == code) return e;
  throw core::Error("không có bài dự thi mã «" + code + "»");
}

std::vector<const rules::EntryResult*> Results::winners() const {
  std::vector<const rules::EntryResult*> w;
  for (auto& e : outcome.ranking)
    if (!e.prize.empty()) w.push_back(&e);
  return w;
}

std::vector<const rules::EntryResult*> Results::forwarded(int forward) const {
  auto w = winners();
  if (static_cast<int>(w.size()) > forward) w.resize(static_cast<size_t>(std::max(forward, 0)));
  return w;
}

int64_t Results::prize_money(const domain::ContestRules& r) const {
  int64_t total = 0;
  for (auto* w : winners())
    for (auto& p : r.prizes)
      if (p.id == w->prize) total += p.amount;
  return total;
}

std::vector<std::string> Results::notes() const {
  std::vector<std::string> notes;
  for (auto& e : outcome.ranking) {
    std::string n = text::upper_first(e.tie_note) + ".";  // one line for the pair: both entries carry it
    if (!e.tie_note.empty() && std::find(notes.begin(), notes.end(), n) == notes.end()) notes.push_back(n);
  }
  for (size_t i = 0; i < entries.size(); ++i)
    for (auto& r : scores[i].recused)
      notes.push_back("Giám khảo " + r + " không chấm bài " + entries[i].code +
                      " (bài của đơn vị mình hoặc của chính mình).");
  return notes;
}

std::string points_text(double v) {
  return text::format_decimal(v, std::fabs(v - std::round(v)) < 1e-9 ? 0 : 2);
}

std::string contest_name(const domain::Movement& m) {
  std::string s = m.document.summary;
  for (const std::string p : {"Tổ chức ", "tổ chức "})
    if (s.rfind(p, 0) == 0) s = s.substr(p.size());
  s = text::upper_first(s);  // "cuộc thi viết …" → "Cuộc thi viết …"
  if (s.rfind("Cuộc", 0) != 0 && s.rfind("cuộc", 0) != 0) s = "Cuộc thi " + s;
  return s;
}

std::string aggregate_rule(const domain::ContestRules& r) {
  std::string s = "Điểm xét của mỗi bài là trung bình cộng tổng điểm của các giám khảo";
  if (r.aggregate == "trimmed_mean")
    s += "; khi có từ " + two_digits(r.trim_from) +
         " giám khảo chấm trở lên thì bỏ một tổng điểm cao nhất và một tổng điểm thấp nhất";
  s += ". Giám khảo không chấm bài của đơn vị mình hoặc của chính mình.";
  if (!r.tie_break.empty()) {
    std::string t;
    for (auto& id : r.tie_break)
      for (auto& c : r.criteria)
        if (c.id == id) t += (t.empty() ? "" : ", rồi ") + std::string("“") + c.text + "”";
    s += " Bằng điểm thì xếp theo điểm trung bình tiêu chí " + t + "; vẫn bằng thì Ban giám khảo quyết định.";
  }
  if (r.min_total > 0) s += " Bài dưới " + points_text(r.min_total) + " điểm không xét giải.";
  return s;
}

std::string prize_name(const domain::ContestRules& r, const std::string& id) {
  for (auto& p : r.prizes)
    if (p.id == id) return p.name;
  return "";
}

std::string signer_in_text(const domain::Movement& m) {
  return text::upper_first(text::lower(m.signer.title));
}

Json signer_of(const domain::Movement& m) {
  return signer(m.signer.authority, m.signer.title, m.signer.name);
}

Json head_signer_of(const domain::Movement& m) {
  bool collective = m.signer.authority.rfind("TM.", 0) == 0;
  return signer(collective ? "" : m.signer.authority, m.signer.title, m.signer.name);
}

std::string plan_basis(const domain::Movement& m) {
  return "Căn cứ " + plan_citation(m) + ";";
}

Json header_issuer(const domain::Movement& m, const std::string& so, const std::string& place_date) {
  Json j = Json::object();
  j.set("co_quan_chu_quan", S(m.issuer.parent));
  j.set("co_quan_lines", arr(issuer_lines_of(m)));
  j.set("so", S(so));
  j.set("dia_danh_ngay", S(place_date));
  return j;
}

Json header_jury(const domain::Movement& m, const std::string& so, const std::string& place_date) {
  Json j = Json::object();
  auto lines = issuer_lines_of(m);
  j.set("co_quan_chu_quan", S(lines.size() > 1 ? "UBND " + lines[1] : lines[0]));
  j.set("co_quan_lines", arr({"BAN GIÁM KHẢO"}));
  j.set("so", S(so));
  j.set("dia_danh_ngay", S(place_date));
  return j;
}

std::map<std::string, std::string> judge_short_names(const domain::ContestRules& r) {
  std::map<std::string, std::string> short_name;
  std::map<std::string, int> given_count;
  for (auto& jg : r.judges) {
    size_t sp = jg.name.rfind(' ');
    std::string given = jg.name.substr(sp == std::string::npos ? 0 : sp + 1);
    short_name[jg.name] = given;
    ++given_count[given];
  }
  for (auto& [full, given] : short_name)
    if (given_count[given] > 1) given = full;
  return short_name;
}

Json result_row(const Results& r, const domain::ContestRules& rules, const rules::EntryResult& e) {
  const auto& row = r.entry(e.code);
  Json x = Json::object();
  x.set("ma", S(e.code));
  x.set("ten", S(row.title));
  x.set("tac_gia", S(row.author_names));
  x.set("diem", S(text::format_decimal(e.aggregate, 2)));
  x.set("hang", S(std::to_string(e.rank)));
  x.set("giai", S(prize_name(rules, e.prize)));
  return x;
}

}  // namespace tdkt::views::contest
