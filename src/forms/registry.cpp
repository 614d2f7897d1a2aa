// Reading the form declarations (see registry.hpp).
#include "forms/registry.hpp"

#include <algorithm>
#include <filesystem>

#include "core/fields.hpp"
#include "text/json_file.hpp"

namespace tdkt::forms {

namespace fs = std::filesystem;
using core::Json;

namespace {

std::optional<Decl> parse_form(const std::string& path, core::Diagnostics& d) {
  auto file = text::read_json_file(path, d);
  if (!file) return std::nullopt;
  size_t before = d.error_count();
  core::Fields f(file->json, "", path, d);
  if (!f.ok()) return std::nullopt;
  Decl x;
  x.path = path;
  if (auto s = f.str("schema"); s && *s != "tdkt.form/1")
    f.error("schema", "định dạng không được hỗ trợ", "dùng \"tdkt.form/1\"");
  x.id = f.str("id").value_or("");
  x.title = f.str("title").value_or("");
  x.template_file = f.str("template").value_or("");
  x.layout = f.str("layout").value_or("");
  x.valid_from = f.date("valid_from");
  x.valid_to = f.date("valid_to", false);
  x.stage = f.choice("stage", true,
                     {"phat_dong", "de_nghi", "hop_xet", "tham_dinh", "hoi_dong", "quyet_dinh", "chung_nhan",
                      "cuoc_thi"})
                .value_or("");
  x.source = f.choice("source", true, {"movement", "dossier", "decision", "data"}).value_or("");
  x.outputs = f.strings("outputs", true);
  for (auto& o : x.outputs)
    if (o != "docx" && o != "ir" && o != "pdf" && o != "xlsx")
      f.error("outputs", "định dạng «" + o + "» không có; dùng docx, ir, pdf, xlsx");
  if (const Json* arr = f.array("fields", true, true)) {
    for (size_t i = 0; i < arr->items().size(); ++i) {
      core::Fields ff(arr->items()[i], core::item_path("fields", i), path, d);
      if (!ff.ok()) continue;
      Field fld;
      fld.name = ff.str("name").value_or("");
      fld.type =
          ff.choice("type", true, {"text", "text[]", "int", "money", "date", "block[]", "signer", "row[]"})
              .value_or("");
      fld.required = ff.boolean("required").value_or(false);
      fld.label = ff.str("label", false).value_or("");
      if (const Json* v = ff.any("default")) fld.fallback = *v;
      ff.finish();
      x.fields.push_back(fld);
    }
  }
  x.example = f.str("example").value_or("");
  if (const Json* c = f.object("checks", false)) {
    core::Fields fc(*c, "checks", path, d);
    x.check_contains = fc.strings("contains", false);
    x.check_nd30 = fc.strings("nd30", false);
    fc.finish();
  }
  f.finish();
  if (d.error_count() > before) return std::nullopt;
  return x;
}

}  // namespace

Registry Registry::load(const std::string& forms_dir, core::Diagnostics& d) {
  std::vector<std::string> files;
  std::error_code ec;
  for (auto& e : fs::directory_iterator(forms_dir, ec))
    if (e.path().extension() == ".json") files.push_back(e.path().string());
  if (ec) d.error({forms_dir, 0, 0}, "", "không đọc được thư mục khai báo mẫu: " + ec.message());
  std::sort(files.begin(), files.end());
  Registry r;
  for (auto& p : files)
    if (auto f = parse_form(p, d)) r.forms_.push_back(std::move(*f));
  return r;
}

const Decl* Registry::find(const std::string& id) const {
  for (auto& f : forms_)
    if (f.id == id) return &f;
  return nullptr;
}

}  // namespace tdkt::forms
