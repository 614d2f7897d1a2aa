// From a form's data to its files: the declared defaults filled in and the declared types checked, then
// template → doc::Document (the one intermediate model) → DOCX, or → layout → PDF. Data in, bytes out: no
// store, no clock of its own (the creation time is passed in).
#pragma once
#include <optional>
#include <string>

#include "core/diag.hpp"
#include "core/json.hpp"
#include "doc/document.hpp"
#include "forms/registry.hpp"
#include "layout/layout.hpp"

namespace tdkt::forms {

struct Templates {
  std::string shipped;  // the shipped templates folder
  std::string office;   // an office's folder whose files replace shipped ones of the same name ("" = none)
  std::string fonts;    // the fonts folder: centred titles are balanced with its metrics ("" = not balanced)
};

// The data as the template sees it: every field the data leaves out takes its declared default (strings
// interpolated over the data), then every declared field is type-checked. Problems go to d, located in
// origin.
std::optional<core::Json> prepare(const Decl& f, const core::Json& data, const std::string& origin,
                                  core::Diagnostics& d);

// Renders prepared data through the form's template (the office's copy first). subject = the form's title;
// author = the given author, else the issuing agency read from the header lines of the data.
std::optional<doc::Document> to_document(const Decl& f, const core::Json& view, const Templates& t,
                                         const std::string& author, core::Diagnostics& d);

struct Output {
  std::string to = "docx";  // "docx" | "pdf"
  std::string created;      // ISO time written into the document properties
  std::string fonts_dir;    // for PDF
  layout::Options layout;   // line breaking for PDF
  std::string audit_head;   // PDF: the workspace's audit head, "SEQ:HASH" (render::pdf::Options)
};
// A warning per word the layout had to cut between letters (a template column too narrow for its text).
void warn_cut_words(const Decl& f, const layout::PageSet& pages, const std::string& origin,
                    core::Diagnostics& d);
// prepare + to_document + the writer. A character missing from the fonts is an error naming it.
std::optional<std::string> render(const Decl& f, const core::Json& data, const Templates& t,
                                  const Output& out, const std::string& origin, const std::string& author,
                                  core::Diagnostics& d);

}  // namespace tdkt::forms
