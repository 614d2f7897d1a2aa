// The form set: declarations in forms/*.json ("tdkt.form/1"), each naming its template in templates/, the
// data fields it takes with their types, and the fixed wording of the document as field defaults — an office
// changes a word there without a rebuild.
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "core/date.hpp"
#include "core/diag.hpp"
#include "core/json.hpp"

namespace tdkt::forms {

struct Field {
  std::string name, type, label;
  bool required = false;
  // The value used when the data leaves the field out: the form's fixed wording. Strings (and the strings of
  // a list) may hold {{ expressions }} over the data, e.g. "Về việc đề nghị tặng {{ hinh_thuc }} …".
  std::optional<core::Json> fallback;
};

struct Decl {
  std::string id, title, template_file, layout, stage, source, example, path;
  std::optional<core::Date> valid_from, valid_to;
  std::vector<std::string> outputs;
  std::vector<Field> fields;
  std::vector<std::string> check_contains;  // key lines the independent DOCX check must find
  std::vector<std::string> check_nd30;      // flags for check-nd30, e.g. "--landscape"
};

class Registry {
 public:
  // Reads every declaration of the folder; each problem goes to d with file:line:col. Declarations with
  // errors are left out (d says why).
  static Registry load(const std::string& forms_dir, core::Diagnostics& d);
  const Decl* find(const std::string& id) const;
  const std::vector<Decl>& all() const { return forms_; }

 private:
  std::vector<Decl> forms_;
};

}  // namespace tdkt::forms
