// A command of the command line as a declaration: its words, its usage line and one-line summary (what help
// and the README print), the help topic it belongs to, the options it takes (any other is a usage error), how
// many words follow it, and how it fills its request and calls the use case.
#pragma once
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <utility>
#include <variant>
#include <vector>

#include "app/api.hpp"
#include "app/workspace.hpp"

namespace tdkt::cli {

struct Option {
  enum Kind { Value, List, Flag };  // List: may be given several times
  std::string name;                 // without the dashes; "o" is -o
  Kind kind = Value;
};

// The command line as parsed for one command.
struct Parsed {
  std::vector<std::string> args;                          // the words after the command's path
  std::vector<std::pair<std::string, std::string>> opts;  // the command's own options, in order
  bool has(const std::string& name) const;
  std::string get(const std::string& name, const std::string& fallback = "") const;  // the last given
  std::vector<std::string> all(const std::string& name) const;
};

// A usage error: the message, printed with «Xem: tdkt help TOPIC», exit 2.
struct Usage {
  std::string message;
};
using Reply = std::variant<app::Outcome, Usage>;

struct Command {
  using Run = std::function<Reply(const Parsed&, app::Workspace&)>;
  Command(std::vector<std::string> path_, std::string usage_, std::string summary_, std::string topic_,
          std::vector<Option> options_, int min_args_, int max_args_, Run run_, std::string arity_ = "")
      : path(std::move(path_)),
        usage(std::move(usage_)),
        summary(std::move(summary_)),
        topic(std::move(topic_)),
        options(std::move(options_)),
        min_args(min_args_),
        max_args(max_args_),
        run(std::move(run_)),
        arity(std::move(arity_)) {}
  std::vector<std::string> path;  // {"dossier", "create"}
  std::string usage;              // "tdkt dossier create --movement MÃ --unit MÃ --round ĐỢT"
  std::string summary;            // one line, Vietnamese
  std::string topic;              // the help topic (tdkt help TOPIC)
  std::vector<Option> options;
  int min_args = 0, max_args = 0;  // words after the path; max -1 = any number
  Run run;
  std::string arity;  // the message when the words after the path are too few or too many ("" = its usage)
};

// Every command, in the order help lists them.
const std::vector<Command>& commands();
std::vector<Command> registry_commands();
std::vector<Command> dossier_commands();
std::vector<Command> council_commands();
std::vector<Command> contest_commands();
std::vector<Command> list_commands();
std::vector<Command> form_commands();
std::vector<Command> text_commands();

// The options every command takes (--db, --now, --legal, --as, --tones, --json, --help).
const std::vector<Option>& global_options();

// Helpers for the commands' run functions.
std::optional<int64_t> parse_id(const std::string& s);  // a positive number of at most 12 digits
// A usage error for a bad number, or the numbers of a repeated option.
std::optional<std::vector<int64_t>> ids(const std::vector<std::string>& values);
// "--vote 12:5" pairs; nullopt with the bad one in `bad`.
std::optional<std::vector<std::pair<int64_t, int>>> votes(const Parsed& p, std::string& bad);
// "--absent Tên=ý kiến" (NFC).
std::vector<std::pair<std::string, std::string>> absences(const Parsed& p);
// --date NGÀY, today when not given; a malformed one is a usage error.
std::optional<core::Date> date_or_today(const Parsed& p, const app::Workspace& w);

}  // namespace tdkt::cli
