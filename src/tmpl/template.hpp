// XML templates → doc::Document. Elements: <template>, <p style>, inline <b> <i> <u> <page-number/>,
// <rule style width>, <table cols borders> <row header cant-split> <cell span vmerge>, <if test> (with
// <else>), <for each="x in list" index="i">, <include src>, <page-break/>. Text holds {{ expr | filter }}.
// Errors are Vietnamese diagnostics with file:line:col, several at a time; includes and loops are bounded.
#pragma once
#include <optional>
#include <string>

#include "core/diag.hpp"
#include "core/json.hpp"
#include "doc/document.hpp"

namespace tdkt::tmpl {

struct Options {
  std::string root;           // folder that <include src> is relative to
  std::string fallback_root;  // searched next (an office's override folder falls back to the shipped one)
  int max_include_depth = 8;
  size_t max_loop_items = 100000;
  size_t max_blocks = 500000;
};

std::optional<doc::Document> render(const std::string& template_path, const core::Json& data,
                                    const Options& o, core::Diagnostics& d);
// Same, from text already in memory (tests, fuzzing).
std::optional<doc::Document> render_text(const std::string& source, const std::string& name,
                                         const core::Json& data, const Options& o, core::Diagnostics& d);

}  // namespace tdkt::tmpl
