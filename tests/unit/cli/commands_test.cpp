// The command line's declarations: one path each, usage lines that name their path, one kind per option name,
// help for every topic, an undeclared option refused for every command, and the README's table from the same
// declarations.
#include <gtest/gtest.h>

#include <fstream>
#include <iostream>
#include <map>
#include <set>
#include <sstream>

#include "cli/cli.hpp"
#include "cli/command.hpp"

using namespace tdkt::cli;

namespace {
std::string joined(const std::vector<std::string>& v) {
  std::string s;
  for (auto& x : v) s += (s.empty() ? "" : " ") + x;
  return s;
}

// Runs the command line with stderr captured.
int run_quietly(const std::vector<std::string>& args, std::string& err) {
  std::ostringstream e, o;
  auto* old_err = std::cerr.rdbuf(e.rdbuf());
  auto* old_out = std::cout.rdbuf(o.rdbuf());
  int rc = run(args);
  std::cerr.rdbuf(old_err);
  std::cout.rdbuf(old_out);
  err = e.str();
  return rc;
}
}  // namespace

TEST(CliCommands, PathsAreUniqueAndUsagesNameThem) {
  std::set<std::string> seen;
  for (auto& c : commands()) {
    std::string p = joined(c.path);
    EXPECT_TRUE(seen.insert(p).second) << p;
    EXPECT_EQ(c.usage.rfind("tdkt " + p, 0), 0u) << c.usage;
    EXPECT_FALSE(c.summary.empty()) << p;
    EXPECT_TRUE(c.run) << p;
    EXPECT_TRUE(c.max_args < 0 || c.max_args >= c.min_args) << p;
  }
  EXPECT_GT(commands().size(), 50u);
}

// The command line is split before the command is known: whether a name takes a value must not depend on the
// command (it may be repeatable in one and not in another).
TEST(CliCommands, AnOptionNameTakesAValueEverywhereOrNowhere) {
  std::map<std::string, bool> valued;
  for (auto& o : global_options()) valued[o.name] = o.kind != Option::Flag;
  for (auto& c : commands())
    for (auto& o : c.options) {
      auto [it, fresh] = valued.emplace(o.name, o.kind != Option::Flag);
      EXPECT_EQ(it->second, o.kind != Option::Flag) << joined(c.path) << " --" << o.name;
    }
}

TEST(CliCommands, EveryTopicHasHelpListingItsCommands) {
  for (auto& c : commands()) {
    std::string h = help_text(c.topic);
    ASSERT_FALSE(h.empty()) << c.topic;
    EXPECT_NE(h.find(c.usage), std::string::npos) << c.topic << ": " << c.usage;
    EXPECT_NE(help_text("").find(c.usage), std::string::npos) << c.usage;
  }
  EXPECT_TRUE(help_text("khong-co").empty());
}

TEST(CliCommands, AnUndeclaredOptionIsAUsageErrorForEveryCommand) {
  // For each command, an option another command declares but this one does not.
  std::set<std::string> all;
  for (auto& c : commands())
    for (auto& o : c.options)
      if (o.kind != Option::Flag) all.insert(o.name);
  for (auto& c : commands()) {
    std::string foreign;
    for (auto& name : all)
      if (std::none_of(c.options.begin(), c.options.end(), [&](auto& o) { return o.name == name; })) {
        foreign = name;
        break;
      }
    ASSERT_FALSE(foreign.empty()) << joined(c.path);
    std::vector<std::string> args = {"--db", "/nonexistent/tdkt.db"};
    args.insert(args.end(), c.path.begin(), c.path.end());
    for (int i = 0; i < c.min_args; ++i) args.push_back("1");
    args.push_back(foreign == "o" ? "-o" : "--" + foreign);
    args.push_back("x");
    std::string err;
    EXPECT_EQ(run_quietly(args, err), 2) << joined(args);
    EXPECT_NE(err.find("không dùng với lệnh"), std::string::npos) << joined(args) << "\n" << err;
  }
  std::string err;
  EXPECT_EQ(run_quietly({"unit", "list", "--khong-co"}, err), 2);
  EXPECT_NE(err.find("tùy chọn không có: --khong-co"), std::string::npos);
  EXPECT_EQ(run_quietly({"dossier", "show"}, err), 2);
  EXPECT_NE(err.find("cách dùng: tdkt dossier show SỐ"), std::string::npos) << err;
}

TEST(CliCommands, TheReadmeTableIsTheDeclarations) {
  std::ifstream in(std::string(TDKT_SOURCE_DIR) + "/README.md");
  std::stringstream ss;
  ss << in.rdbuf();
  EXPECT_NE(ss.str().find(command_table()), std::string::npos)
      << "README.md's command table differs from the declarations; paste the output of: tdkt help reference";
}

TEST(CliCommands, OptionValuesMustBeUtf8AsWordsMust) {
  // «Nguy\xEAn» is Latin-1 or TCVN3 typed into a terminal: it would be stored as «Nguy�n».
  std::string err;
  EXPECT_EQ(run_quietly({"--db", "/nonexistent/tdkt.db", "--as",
                         "can_bo_tdkt:Nguy\xEA"
                         "n",
                         "unit", "list"},
                        err),
            2);
  EXPECT_NE(err.find("--as"), std::string::npos) << err;
  EXPECT_NE(err.find("không phải UTF-8 hợp lệ (byte 0xEA"), std::string::npos) << err;
  EXPECT_EQ(run_quietly({"--db", "/nonexistent/tdkt.db", "dossier", "nominate", "1", "--award", "a",
                         "--subject", "person:X", "--summary",
                         "th\xE0"
                         "nh t\xED"
                         "ch"},
                        err),
            2);
  EXPECT_NE(err.find("--summary"), std::string::npos) << err;
}
