// The command table and the helpers commands share (see command.hpp).
#include "cli/command.hpp"

#include "text/normalize.hpp"

namespace tdkt::cli {

bool Parsed::has(const std::string& name) const {
  for (auto& [k, v] : opts)
    if (k == name) return true;
  return false;
}

std::string Parsed::get(const std::string& name, const std::string& fallback) const {
  std::optional<std::string> v;
  for (auto& [k, x] : opts)
    if (k == name) v = x;
  return v.value_or(fallback);
}

std::vector<std::string> Parsed::all(const std::string& name) const {
  std::vector<std::string> v;
  for (auto& [k, x] : opts)
    if (k == name) v.push_back(x);
  return v;
}

const std::vector<Command>& commands() {
  static const std::vector<Command> all = [] {
    std::vector<Command> v;
    for (auto group : {registry_commands, dossier_commands, council_commands, contest_commands, list_commands,
                       form_commands, text_commands})
      for (auto& c : group()) v.push_back(std::move(c));
    return v;
  }();
  return all;
}

const std::vector<Option>& global_options() {
  static const std::vector<Option> v = {{"db"},
                                        {"now"},
                                        {"legal", Option::List},
                                        {"as"},
                                        {"tones"},
                                        {"json", Option::Flag},
                                        {"help", Option::Flag}};
  return v;
}

std::optional<int64_t> parse_id(const std::string& s) {
  if (s.empty() || s.size() > 12 || s.find_first_not_of("0123456789") != std::string::npos)
    return std::nullopt;
  return std::stoll(s);
}

std::optional<std::vector<int64_t>> ids(const std::vector<std::string>& values) {
  std::vector<int64_t> out;
  for (auto& v : values) {
    auto id = parse_id(v);
    if (!id) return std::nullopt;
    out.push_back(*id);
  }
  return out;
}

std::optional<std::vector<std::pair<int64_t, int>>> votes(const Parsed& p, std::string& bad) {
  std::vector<std::pair<int64_t, int>> out;
  for (auto& v : p.all("vote")) {
    auto colon = v.find(':');
    auto id = colon == std::string::npos ? std::nullopt : parse_id(v.substr(0, colon));
    auto n = colon == std::string::npos ? std::nullopt : parse_id(v.substr(colon + 1));
    if (!id || !n) {
      bad = v;
      return std::nullopt;
    }
    out.emplace_back(*id, static_cast<int>(*n));
  }
  return out;
}

std::vector<std::pair<std::string, std::string>> absences(const Parsed& p) {
  std::vector<std::pair<std::string, std::string>> out;
  for (auto& v : p.all("absent")) {
    auto eq = v.find('=');
    out.emplace_back(text::nfc(v.substr(0, eq)), eq == std::string::npos ? "" : text::nfc(v.substr(eq + 1)));
  }
  return out;
}

std::optional<core::Date> date_or_today(const Parsed& p, const app::Workspace& w) {
  if (!p.has("date")) return w.today();
  return core::parse_date(p.get("date"));
}

}  // namespace tdkt::cli
