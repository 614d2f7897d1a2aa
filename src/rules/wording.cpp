#include "rules/wording.hpp"

#include "text/format.hpp"

namespace tdkt::rules::wording {

namespace {
bool is_rank(const domain::Metric* d) {
  return d && d->type == "rank";
}
bool ends_with(const std::string& s, const std::string& tail) {
  return s.size() >= tail.size() && s.compare(s.size() - tail.size(), tail.size(), tail) == 0;
}
}  // namespace

bool is_rank(const domain::Movement& m, const std::string& metric) {
  return is_rank(m.metric(metric));
}

std::string amount(const domain::Movement& m, const std::string& metric, double v) {
  const auto* d = m.metric(metric);
  std::string s = text::format_value(v);
  if (is_rank(d)) return "hạng " + s;
  if (!d || d->unit.empty()) return s;
  return d->unit == "%" ? s + "%" : s + " " + d->unit;
}

std::string reached(const domain::Movement& m, const std::string& metric, double v) {
  return is_rank(m.metric(metric)) ? "xếp " + amount(m, metric, v) : "đạt " + amount(m, metric, v);
}

std::string bound(const domain::Movement& m, const std::string& metric, const std::string& op, double x) {
  std::string a = amount(m, metric, x);
  if (is_rank(m.metric(metric)) && (op == "<=" || op == "<")) {
    double top = op == "<" ? x - 1 : x;
    return top <= 1 ? "đứng đầu" : "từ " + amount(m, metric, top) + " trở lên";
  }
  if (op == ">=") return "từ " + a + " trở lên";
  if (op == ">") return "trên " + a;
  if (op == "<=") return "không quá " + a;
  if (op == "<") return "dưới " + a;
  return "bằng " + a;
}

std::string label_in(const domain::Movement& m, const std::string& metric, int year) {
  const auto* d = m.metric(metric);
  std::string label = d ? d->label : metric;
  return label + (ends_with(label, "hằng năm") ? " (năm " : " năm ") + std::to_string(year) +
         (ends_with(label, "hằng năm") ? ")" : "");
}

std::string better_word(const domain::Movement& m, const std::string& metric) {
  const auto* d = m.metric(metric);
  if (is_rank(d)) return "tốt hơn";
  return !d || d->higher_is_better ? "cao hơn" : "thấp hơn";
}

}  // namespace tdkt::rules::wording
