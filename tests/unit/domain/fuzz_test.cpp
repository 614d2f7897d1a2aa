// Mutation fuzzing of every file parser on the shipped examples: thousands of corrupted variants must
// never crash, and every rejection must come with at least one located Vietnamese error.
#include <gtest/gtest.h>

#include <filesystem>
#include <random>

#include "core/files.hpp"
#include "core/json.hpp"
#include "domain/dataset.hpp"
#include "domain/movement.hpp"
#include "text/normalize.hpp"
#include "text/utf8.hpp"

using namespace tdkt;
namespace fs = std::filesystem;

namespace {
std::string mutate(std::string s, std::mt19937& rng) {
  static const std::vector<std::string> tokens = {"{",
                                                  "}",
                                                  "[",
                                                  "]",
                                                  ",",
                                                  ":",
                                                  "\"",
                                                  "\\",
                                                  "\\u",
                                                  "\\ud800",
                                                  "null",
                                                  "true",
                                                  "-",
                                                  "0",
                                                  "1e999",
                                                  "đ",
                                                  "\xC3",
                                                  "\xFF",
                                                  "\n",
                                                  " ",
                                                  "ế",
                                                  "\"type\": \"all\", \"of\": [",
                                                  "\"op\": \"=>\""};
  int n = 1 + static_cast<int>(rng() % 4);
  for (int k = 0; k < n && !s.empty(); ++k) {
    size_t pos = rng() % s.size();
    switch (rng() % 6) {
      case 0:
        s[pos] = static_cast<char>(rng() % 256);
        break;
      case 1:
        s.erase(pos, 1 + rng() % 40);
        break;
      case 2:
        s.insert(pos, tokens[rng() % tokens.size()]);
        break;
      case 3:
        s.resize(pos);
        break;
      case 4: {
        size_t len = std::min<size_t>(1 + rng() % 200, s.size() - pos);
        s.insert(rng() % s.size(), s.substr(pos, len));
        break;
      }
      default: {
        size_t q = rng() % s.size();
        std::swap(s[pos], s[q]);
        break;
      }
    }
  }
  return s;
}

// Runs one input through the same steps as load_movement / load_dataset.
void check_one(const std::string& input, bool movement, int& accepted, int& rejected) {
  core::Diagnostics d;
  bool ok = false;
  if (text::check_utf8(input, "fuzz.json", d)) {
    auto json = core::parse_json(text::nfc(input), "fuzz.json", d);
    if (json)
      ok = movement ? domain::parse_movement(*json, "fuzz.json", d).has_value()
                    : domain::parse_dataset(*json, "fuzz.json", d).has_value();
  }
  if (ok) {
    ++accepted;
    return;
  }
  ++rejected;
  ASSERT_TRUE(d.has_errors()) << "rejected without an error";
  for (auto& x : d.items())
    if (x.severity == core::Severity::Error) {
      ASSERT_EQ(x.loc.file, "fuzz.json");
      ASSERT_GE(x.loc.line, 1) << core::format(x);
      ASSERT_FALSE(x.message.empty());
    }
}
}  // namespace

TEST(Fuzz, MovementAndDatasetParsersSurviveCorruption) {
  std::vector<std::pair<std::string, bool>> seeds;
  for (auto& e : fs::directory_iterator(std::string(TDKT_SOURCE_DIR) + "/examples/movements"))
    if (e.path().extension() == ".json") seeds.push_back({e.path().string(), true});
  seeds.push_back({std::string(TDKT_SOURCE_DIR) + "/examples/datasets/phu-my-2021-2025.json", false});
  std::mt19937 rng(424242);
  int accepted = 0, rejected = 0;
  for (auto& [path, movement] : seeds) {
    std::string err;
    auto text = core::read_file(path, err);
    ASSERT_TRUE(text) << err;
    for (int i = 0; i < 2500; ++i) {
      check_one(mutate(*text, rng), movement, accepted, rejected);
      if (HasFatalFailure()) return;
    }
  }
  EXPECT_GT(rejected, 1000);  // the mutations really do break files
  std::cout << "fuzz: " << accepted << " accepted, " << rejected << " rejected with located errors\n";
}
