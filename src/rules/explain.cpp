// Assessments as text and as JSON (see explain.hpp).
#include "rules/explain.hpp"

namespace tdkt::rules {

using core::Json;

namespace {
std::string explain(const Explanation& e, int depth) {
  std::string pad(static_cast<size_t>(depth * 2), ' ');
  std::string s = pad + "[" + status_label(e.status) + "] " + e.text + "\n";
  for (auto& p : e.parts) s += explain(p, depth + 1);
  return s;
}

const char* status_code(Status s) {
  return s == Status::Met ? "met" : s == Status::NotMet ? "not_met" : "manual";
}
std::optional<Status> parse_status(const Json* j) {
  if (!j || !j->is_string()) return std::nullopt;
  const std::string& s = j->as_string();
  if (s == "met") return Status::Met;
  if (s == "not_met") return Status::NotMet;
  if (s == "manual") return Status::Manual;
  return std::nullopt;
}

Json to_json(const Explanation& e) {
  Json j = Json::object();
  j.set("status", Json::string(status_code(e.status)));
  j.set("text", Json::string(e.text));
  if (!e.parts.empty()) {
    Json parts = Json::array();
    for (auto& p : e.parts) parts.push(to_json(p));
    j.set("parts", std::move(parts));
  }
  return j;
}

std::optional<Explanation> explanation_from(const Json& j, int depth) {
  if (!j.is_object() || depth > 64) return std::nullopt;
  auto st = parse_status(j.find("status"));
  const Json* text = j.find("text");
  if (!st || !text || !text->is_string()) return std::nullopt;
  Explanation e{*st, text->as_string(), {}};
  if (const Json* parts = j.find("parts")) {
    if (!parts->is_array()) return std::nullopt;
    for (auto& p : parts->items()) {
      auto x = explanation_from(p, depth + 1);
      if (!x) return std::nullopt;
      e.parts.push_back(std::move(*x));
    }
  }
  return e;
}
}  // namespace

std::string explain(const Assessment& a) {
  std::string s;
  for (auto& c : a.criteria) s += "  Tiêu chí " + c.id + ":\n" + explain(c.result, 2);
  for (auto& p : a.principles) s += explain(p, 1);
  return s;
}

Json to_json(const Assessment& a) {
  Json j = Json::object();
  j.set("status", Json::string(status_code(a.status)));
  Json crit = Json::array();
  for (auto& c : a.criteria) {
    Json x = Json::object();
    x.set("id", Json::string(c.id));
    x.set("text", Json::string(c.text));
    x.set("result", to_json(c.result));
    if (c.confirmed_by_hand) x.set("confirmed_by_hand", Json::boolean(true));
    crit.push(std::move(x));
  }
  j.set("criteria", std::move(crit));
  Json pr = Json::array();
  for (auto& p : a.principles) pr.push(to_json(p));
  j.set("principles", std::move(pr));
  return j;
}

std::optional<Assessment> assessment_from_json(const Json& j) {
  if (!j.is_object()) return std::nullopt;
  auto st = parse_status(j.find("status"));
  const Json* crit = j.find("criteria");
  const Json* pr = j.find("principles");
  if (!st || !crit || !crit->is_array() || !pr || !pr->is_array()) return std::nullopt;
  Assessment a;
  a.status = *st;
  for (auto& x : crit->items()) {
    const Json* id = x.is_object() ? x.find("id") : nullptr;
    const Json* text = x.is_object() ? x.find("text") : nullptr;
    const Json* res = x.is_object() ? x.find("result") : nullptr;
    auto e = res ? explanation_from(*res, 0) : std::nullopt;
    if (!id || !id->is_string() || !text || !text->is_string() || !e) return std::nullopt;
    const Json* hand = x.find("confirmed_by_hand");
    a.criteria.push_back(
        {id->as_string(), text->as_string(), std::move(*e), hand && hand->is_bool() && hand->as_bool()});
  }
  for (auto& x : pr->items()) {
    auto e = explanation_from(x, 0);
    if (!e) return std::nullopt;
    a.principles.push_back(std::move(*e));
  }
  return a;
}

namespace {
// "[không đạt] text" → (NotMet, "text").
std::optional<std::pair<Status, std::string>> tagged(const std::string& line) {
  for (Status s : {Status::Met, Status::NotMet, Status::Manual}) {
    std::string tag = "[" + status_label(s) + "] ";
    if (line.rfind(tag, 0) == 0) return std::make_pair(s, line.substr(tag.size()));
  }
  return std::nullopt;
}
}  // namespace

std::optional<Assessment> assessment_from_text(const std::string& text) {
  const std::string head = "Tiêu chí ";
  Assessment a;
  std::vector<Explanation*> path;  // the open nodes of the criterion being read, by depth
  bool any = false;
  for (size_t at = 0; at < text.size();) {
    size_t end = text.find('\n', at);
    if (end == std::string::npos) end = text.size();
    std::string line = text.substr(at, end - at);
    at = end + 1;
    size_t pad = line.find_first_not_of(' ');
    if (pad == std::string::npos || pad % 2) continue;
    size_t depth = pad / 2;
    line = line.substr(pad);
    if (depth == 1 && line.rfind(head, 0) == 0 && line.back() == ':') {
      a.criteria.push_back({line.substr(head.size(), line.size() - head.size() - 1), "", {}, false});
      path.clear();
      continue;
    }
    auto t = tagged(line);
    if (!t || depth > 64) continue;
    any = true;
    if (depth == 1) {  // a principle
      a.principles.push_back({t->first, t->second, {}});
      path.clear();
      continue;
    }
    if (a.criteria.empty() || depth - 2 > path.size()) continue;  // no parent at this depth
    path.resize(depth - 2);
    Explanation e{t->first, t->second, {}};
    Explanation* placed;
    if (path.empty()) {
      a.criteria.back().result = std::move(e);
      placed = &a.criteria.back().result;
    } else {
      path.back()->parts.push_back(std::move(e));
      placed = &path.back()->parts.back();
    }
    path.push_back(placed);
  }
  if (!any) return std::nullopt;
  a.status = Status::Manual;
  return a;
}

}  // namespace tdkt::rules
