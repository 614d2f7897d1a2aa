// XML templates → doc::Document. Elements: <template>, <p style>, inline <b> <i> <u> <page-number/>,
// <rule style width>, <table cols borders> <row header cant-split> <cell span vmerge>, <if test> (with
// <else>), <for each="x in list" index="i">, <include src>, <page-break/>. Text holds {{ expr | filter }}.
// Errors are Vietnamese diagnostics with file:line:col, several at a time; nesting, includes, loops and the
// work done are bounded, and a DOCTYPE is refused.
#pragma once
#include <optional>
#include <string>

#include "core/diag.hpp"
#include "core/json.hpp"
#include "core/limits.hpp"
#include "doc/document.hpp"

namespace tdkt::tmpl {

struct Options {
  std::string root;           // folder that <include src> is relative to
  std::string fallback_root;  // searched next (an office's override folder falls back to the shipped one)
  // Bounds of one rendering (see docs/limits.md): a hostile template gets a located error, not a crash.
  int max_include_depth = core::limits::kIncludeDepth;  // <include> inside <include>
  size_t max_includes = core::limits::kIncludes;        // <include> expansions in all
  int max_nesting = core::limits::kTemplateNesting;     // elements inside elements, through includes
  size_t max_loop_items = core::limits::kLoopItems;     // items of one <for>
  size_t max_blocks = core::limits::kBlocks;            // paragraphs, rules and tables produced
  size_t max_steps = core::limits::kSteps;              // elements and loop iterations (an empty loop counts)
  size_t max_file_bytes = core::limits::kTemplateBytes;  // one template or partial file
};

std::optional<doc::Document> render(const std::string& template_path, const core::Json& data,
                                    const Options& o, core::Diagnostics& d);
// Same, from text already in memory (tests, fuzzing).
std::optional<doc::Document> render_text(const std::string& source, const std::string& name,
                                         const core::Json& data, const Options& o, core::Diagnostics& d);

}  // namespace tdkt::tmpl
