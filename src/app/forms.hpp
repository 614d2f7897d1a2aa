// The form set: declarations in forms/*.json ("tdkt.form/1") next to templates in templates/, with an
// office's own templates folder able to override any shipped template. Rendering to IR and DOCX.
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "app/app.hpp"

namespace tdkt::app {

struct FormField {
  std::string name, type, label;
  bool required = false;
};
struct FormDecl {
  std::string id, title, template_file, layout, stage, source, example, path;
  std::optional<core::Date> valid_from, valid_to;
  std::vector<std::string> outputs;
  std::vector<FormField> fields;
  std::vector<std::string> check_contains;  // key lines the independent DOCX check must find
  std::vector<std::string> check_nd30;      // flags for check-nd30, e.g. "--landscape"
};

std::vector<FormDecl> load_forms(core::Diagnostics& d);

struct RenderRequest {
  std::string form;
  std::string movement;   // workspace movement code, or
  std::string data_file;  // a data file (a movement file for source "movement")
  std::string to =
      "docx";  // "docx" | "pdf" | "ir" (IR dump) | "pageset" (layout dump) | "lines" (line breaks)
  std::string breaks = "first-fit";  // PDF line breaking: "first-fit" (as Word) | "total-fit" (Knuth–Plass)
  std::string out;                   // output path; "-" = stdout (ir only)
  std::string templates_dir;         // office override folder (optional)
};

Outcome forms_list(const Context& c);
Outcome forms_styles(const Context& c);
Outcome forms_check(const Context& c, const std::string& templates_dir);
Outcome render_form(const Context& c, const RenderRequest& r);
// Renders a form from data built in memory (e.g. from the workspace) to "docx" or "pdf" bytes; problems
// go to d (nullopt on error). `origin` names the data in messages.
std::optional<std::string> render_bytes(const std::string& form, const core::Json& data,
                                        const std::string& to, const std::string& origin,
                                        const std::string& templates_dir, core::Diagnostics& d);

}  // namespace tdkt::app
