// The command line: options and words, the declared command they name, its checks, and its run.
#include "cli/cli.hpp"

#include <algorithm>
#include <iostream>
#include <map>
#include <set>

#include "cli/command.hpp"
#include "core/files.hpp"
#include "text/normalize.hpp"
#include "text/utf8.hpp"

namespace tdkt::cli {

namespace {

int usage(const std::string& msg, const std::string& topic) {
  std::cerr << "tdkt: " << msg << "\n";
  std::cerr << "Xem: tdkt help" << (topic.empty() ? "" : " " + topic) << "\n";
  return app::kUsage;
}

// The kind of every option name any command or the command line itself knows (a name has one kind
// everywhere).
const std::map<std::string, Option::Kind>& known_options() {
  static const std::map<std::string, Option::Kind> m = [] {
    std::map<std::string, Option::Kind> k;
    for (auto& o : global_options()) k[o.name] = o.kind;
    for (auto& c : commands())
      for (auto& o : c.options) k[o.name] = o.kind;
    return k;
  }();
  return m;
}

struct Line {
  std::vector<std::string> words;
  std::vector<std::pair<std::string, std::string>> opts;  // every option, globals included
  bool json = false, help = false, version = false;
  std::string error;  // a usage error found while splitting
};

Line split(const std::vector<std::string>& argv) {
  Line l;
  for (size_t i = 0; i < argv.size() && l.error.empty(); ++i) {
    const std::string& s = argv[i];
    if (s == "--json" || s == "-h" || s == "--help" || s == "--version") {
      (s == "--json" ? l.json : s == "--version" ? l.version : l.help) = true;
      continue;
    }
    if (s != "-o" && (s.rfind("--", 0) != 0 || s.size() <= 2)) {
      l.words.push_back(s);
      continue;
    }
    std::string name = s == "-o" ? "o" : s.substr(2), value;
    auto eq = name.find('=');
    bool inline_value = eq != std::string::npos;
    if (inline_value) value = name.substr(eq + 1), name = name.substr(0, eq);
    auto k = known_options().find(name);
    if (k == known_options().end())
      l.error = "tùy chọn không có: --" + name;
    else if (k->second == Option::Flag && inline_value)
      l.error = "tùy chọn --" + name + " không nhận giá trị";
    else if (k->second != Option::Flag && !inline_value && i + 1 >= argv.size())
      l.error = "tùy chọn " + (s == "-o" ? s : "--" + name) + " cần một giá trị";
    else if (k->second != Option::Flag && !inline_value)
      value = argv[++i];
    l.opts.emplace_back(name, value);
  }
  return l;
}

// The command whose path is the longest prefix of the words.
const Command* find(const std::vector<std::string>& words) {
  const Command* best = nullptr;
  for (auto& c : commands())
    if (c.path.size() <= words.size() && std::equal(c.path.begin(), c.path.end(), words.begin()) &&
        (!best || c.path.size() > best->path.size()))
      best = &c;
  return best;
}

int unknown_command(const std::vector<std::string>& words) {
  for (auto& c : commands())
    if (c.path[0] == words[0])
      return usage(
          words.size() < 2 ? "thiếu lệnh con của «" + words[0] + "»" : "lệnh con «" + words[1] + "» không có",
          c.topic);
  return usage("lệnh không có: «" + words[0] + "»", "");
}

int help(const Line& l) {
  std::string topic = l.words.size() > 1 && l.words[0] == "help" ? l.words[1]
                      : l.words.empty()                          ? ""
                                                                 : l.words[0];
  std::string h = help_text(topic);
  if (l.words.size() > 1 && l.words[0] == "help" && h.empty())
    return usage("không có trợ giúp cho «" + topic + "»", "");
  std::cout << (h.empty() ? help_text("") : h);
  return l.words.empty() && !l.help ? app::kUsage : 0;
}

// Who and where, from the global options; a usage error message when one is malformed.
std::string session_of(const Line& l, app::Session& s, core::Environment& env) {
  for (auto& [k, v] : l.opts) {
    if (k == "db") s.db_path = v;
    if (k == "legal") s.legal_overrides.push_back(v);
    if (k == "now") {
      auto c = core::Clock::fixed(v);
      if (!c) return "--now «" + v + "» không hợp lệ; viết YYYY-MM-DD hoặc YYYY-MM-DDTHH:MM:SS";
      env.clock = *c;
    }
    if (k == "tones") {
      text::ToneOrder probe;
      if (!text::ToneOrder::parse(v, probe))
        return "--tones «" + v + "» không hợp lệ; cần đủ 6 tên: ngang,huyen,hoi,nga,sac,nang";
      s.tones = v;
    }
    if (k == "as") {
      auto colon = v.find(':');
      if (colon == std::string::npos || colon == 0 || colon + 1 == v.size())
        return "--as cần dạng VAI_TRÒ:TÊN, ví dụ --as can_bo_tdkt:\"Nguyễn Thị Hoa\"";
      s.actor = {text::nfc(v.substr(colon + 1)), v.substr(0, colon)};
    }
  }
  return "";
}

// The command's own options; any other (not global) is refused for this command.
// An option that takes one value and is given twice is refused: the first value would be lost unseen.
std::optional<std::string> own_options(const Command& c, const Line& l, Parsed& p) {
  std::set<std::string> given;
  for (auto& opt : l.opts) {
    const std::string& k = opt.first;
    std::string shown = k == "o" ? "-o" : "--" + k;
    auto is = [&](auto& o) { return o.name == k; };
    auto g = std::find_if(global_options().begin(), global_options().end(), is);
    auto own = std::find_if(c.options.begin(), c.options.end(), is);
    if (g == global_options().end() && own == c.options.end())
      return "tùy chọn " + shown + " không dùng với lệnh «" + c.usage.substr(0, c.usage.find(" [")) + "»";
    const Option& o = g != global_options().end() ? *g : *own;
    if (o.kind == Option::Value && !given.insert(k).second)
      return "tùy chọn " + shown + " chỉ nhận một giá trị mà được cho nhiều lần";
    if (g == global_options().end()) p.opts.push_back(opt);
  }
  return std::nullopt;
}

// Why a word or an option value cannot be taken, "" when it can: not UTF-8 (it would be stored as «�»), or a
// control character other than a line break or tab (an escape sequence stored in a name reaches every
// document and terminal that shows it).
std::string unreadable_argument(const std::string& value, const std::string& origin) {
  core::Diagnostics d;
  if (!text::check_utf8(value, origin, d)) return d.to_string();
  for (size_t i = 0; i < value.size(); ++i)
    if (auto ch = static_cast<unsigned char>(value[i]); (ch < 0x20 && ch != '\n' && ch != '\t') || ch == 0x7F)
      return origin + ": có ký tự điều khiển (mã " + std::to_string(ch) + ") ở byte " +
             std::to_string(i + 1) + "; bỏ ký tự đó rồi chạy lại\n";
  return "";
}

}  // namespace

int run(const std::vector<std::string>& argv) {
  Line l = split(argv);
  if (l.version) {
    std::cout << "tdkt " << core::version() << "\n";
    return 0;
  }
  if (!l.error.empty()) return usage(l.error, "");
  // Words and option values alike: a byte that is not UTF-8 would be stored as «�» and the text lost.
  for (auto& w : l.words)
    if (std::string bad = unreadable_argument(w, "<tham số dòng lệnh>"); !bad.empty()) {
      std::cerr << bad;
      return app::kUsage;
    }
  for (auto& [name, value] : l.opts)
    if (std::string bad = unreadable_argument(value, name == "o" ? "-o" : "--" + name); !bad.empty()) {
      std::cerr << bad;
      return app::kUsage;
    }
  if (l.words.empty() || l.words[0] == "help" || l.help) return help(l);
  const Command* c = find(l.words);
  if (!c) return unknown_command(l.words);
  Parsed p;
  p.args.assign(l.words.begin() + static_cast<long>(c->path.size()), l.words.end());
  if (auto bad = own_options(*c, l, p)) return usage(*bad, c->topic);
  app::Session session;
  core::Environment env = core::Environment::from_process();
  if (std::string bad = session_of(l, session, env); !bad.empty()) return usage(bad, "");
  int n = static_cast<int>(p.args.size());
  if (n < c->min_args || (c->max_args >= 0 && n > c->max_args))
    return usage(c->arity.empty() ? "cách dùng: " + c->usage : c->arity, c->topic);
  app::Workspace w(env, session);
  std::optional<Usage> refused;
  auto o = app::guarded([&] {
    auto r = c->run(p, w);
    if (auto* u = std::get_if<Usage>(&r)) {
      refused = *u;
      return app::Outcome{};
    }
    return std::get<app::Outcome>(std::move(r));
  });
  if (refused) return usage(refused->message, c->topic);
  return emit(o, l.json);
}

}  // namespace tdkt::cli
