// Mutation fuzzing of the template engine and the expression parser on the shipped templates and their
// example data: no crash, no hang, and every rejection carries at least one error with its file.
#include <gtest/gtest.h>

#include <filesystem>
#include <random>

#include "core/files.hpp"
#include "expr/expr.hpp"
#include "tmpl/template.hpp"

using namespace tdkt;
namespace fs = std::filesystem;

namespace {
std::string mutate(std::string s, std::mt19937& rng) {
  static const std::vector<std::string> tokens = {"<",
                                                  ">",
                                                  "</p>",
                                                  "<p>",
                                                  "<for each=\"x in ds\">",
                                                  "</for>",
                                                  "<if test=\"",
                                                  "\">",
                                                  "{{",
                                                  "}}",
                                                  "{{ x | ",
                                                  "|",
                                                  "'",
                                                  "\"",
                                                  "&",
                                                  "&amp;",
                                                  "<include src=\"partials/signature.xml\"/>",
                                                  "<table cols=\"1,2\">",
                                                  "<row>",
                                                  "<cell>",
                                                  "vmerge=\"start\"",
                                                  "span=\"99\"",
                                                  "đ",
                                                  "\xFF",
                                                  "<!--",
                                                  "-->"};
  int n = 1 + static_cast<int>(rng() % 3);
  for (int k = 0; k < n && !s.empty(); ++k) {
    size_t pos = rng() % s.size();
    switch (rng() % 5) {
      case 0:
        s[pos] = static_cast<char>(rng() % 256);
        break;
      case 1:
        s.erase(pos, 1 + rng() % 30);
        break;
      case 2:
        s.insert(pos, tokens[rng() % tokens.size()]);
        break;
      case 3: {
        size_t len = std::min<size_t>(1 + rng() % 300, s.size() - pos);
        s.insert(rng() % s.size(), s.substr(pos, len));
        break;
      }
      default:
        s.resize(pos);
        break;
    }
  }
  return s;
}
}  // namespace

TEST(Fuzz, TemplatesSurviveCorruption) {
  std::string root = std::string(TDKT_SOURCE_DIR);
  std::mt19937 rng(20261121);
  int ok = 0, rejected = 0;
  for (auto& e : fs::directory_iterator(root + "/forms")) {
    if (e.path().extension() != ".json") continue;
    std::string id = e.path().stem().string(), err;
    std::string example = id == "ke-hoach" ? "" : root + "/forms/examples/" + id + ".json";
    if (example.empty()) continue;  // the Kế hoạch takes a movement view; covered by the seeds
    auto data_text = core::read_file(example, err);
    ASSERT_TRUE(data_text) << err;
    core::Diagnostics dd;
    auto data = core::parse_json(*data_text, example, dd);
    ASSERT_TRUE(data);
    core::Diagnostics d0;
    auto decl = core::parse_json(*core::read_file(e.path().string(), err), "", d0);
    std::string tmpl_text = *core::read_file(root + "/templates/" + decl->find("template")->as_string(), err);
    tmpl::Options o;
    o.root = root + "/templates";
    o.max_blocks = 20000;
    for (int i = 0; i < 400; ++i) {
      core::Diagnostics d;
      auto doc = tmpl::render_text(mutate(tmpl_text, rng), "fuzz.xml", *data, o, d);
      if (doc) {
        ++ok;
        continue;
      }
      ++rejected;
      ASSERT_TRUE(d.has_errors()) << "rejected without an error";
      ASSERT_FALSE(d.items()[0].loc.file.empty());
    }
  }
  EXPECT_GT(rejected, 1000);
  std::cout << "fuzz templates: " << ok << " rendered, " << rejected << " rejected with errors\n";
}

TEST(Fuzz, ExpressionsSurviveRandomInput) {
  static const std::vector<std::string> atoms = {
      "a",          "b.c",        "ds[0]",  "ds[9]",     "'x'", "\"y\"", "1",     "-2",
      "3.5",        "true",       "null",   "==",        "!=",  "<",     ">=",    "and",
      "or",         "not",        "(",      ")",         "|",   "upper", "money", "docno('KH')",
      "join(', ')", "default(1)", "length", "nd30_date", ",",   "[",     "]",     "."};
  core::Diagnostics dd;
  auto data = *core::parse_json(R"({"a": 5, "b": {"c": "Độc lập"}, "ds": [1, 2]})", "", dd);
  expr::Scope scope(&data);
  std::mt19937 rng(7);
  int parsed = 0;
  for (int i = 0; i < 20000; ++i) {
    std::string src;
    int n = 1 + static_cast<int>(rng() % 8);
    for (int k = 0; k < n; ++k) src += atoms[rng() % atoms.size()] + (rng() % 2 ? " " : "");
    expr::ParseError pe{};
    auto ast = expr::parse(src, pe);
    if (!ast) {
      ASSERT_GE(pe.col, 1) << src;
      ASSERT_FALSE(pe.message.empty()) << src;
      continue;
    }
    ++parsed;
    expr::EvalError ee{};
    auto v = expr::eval(*ast, scope, ee);
    if (!v) {
      ASSERT_FALSE(ee.message.empty()) << src;
    }
  }
  EXPECT_GT(parsed, 1000);
}
