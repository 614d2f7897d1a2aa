// libFuzzer harness: a template (the office's own copy is input a hostile or careless user controls),
// rendered against the example data of the Giấy khen, with the shipped partials reachable by <include>.
#include <cstdint>
#include <string>

#include "core/files.hpp"
#include "support.hpp"
#include "tmpl/template.hpp"

using namespace tdkt;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static const core::Json example = [] {
    std::string err;
    core::Diagnostics d;
    auto text = core::read_file(std::string(TDKT_SOURCE_DIR) + "/forms/examples/giay-khen.json", err);
    auto j = text ? core::parse_json(*text, "giay-khen.json", d) : std::nullopt;
    return j ? *j : core::Json::object();
  }();
  tmpl::Options o;
  o.root = std::string(TDKT_SOURCE_DIR) + "/templates";
  core::Diagnostics d;
  auto doc =
      tmpl::render_text(std::string(reinterpret_cast<const char*>(data), size), "mau.xml", example, o, d);
  if (!doc && !d.has_errors()) std::abort();  // refused without saying why
  fuzz::every_error_says_something(d);
  return 0;
}
