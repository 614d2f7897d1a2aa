// Form declarations, template resolution and the render use case.
#include "app/forms.hpp"

#include <algorithm>
#include <filesystem>

#include "app/views.hpp"
#include "core/clock.hpp"
#include "core/fields.hpp"
#include "core/files.hpp"
#include "doc/theme.hpp"
#include "layout/layout.hpp"
#include "render/docx/docx.hpp"
#include "render/pdf/pdf.hpp"
#include "text/normalize.hpp"
#include "text/utf8.hpp"
#include "tmpl/template.hpp"

namespace tdkt::app {

namespace fs = std::filesystem;
using core::Json;

namespace {

std::optional<FormDecl> parse_form(const std::string& path, core::Diagnostics& d) {
  std::string err;
  auto content = core::read_file(path, err);
  if (!content) {
    d.error({path, 0, 0}, "", err);
    return std::nullopt;
  }
  if (!text::check_utf8(*content, path, d)) return std::nullopt;
  auto json = core::parse_json(text::nfc(*content), path, d);
  if (!json) return std::nullopt;
  size_t before = d.error_count();
  core::Fields f(*json, "", path, d);
  if (!f.ok()) return std::nullopt;
  FormDecl x;
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
      FormField fld;
      fld.name = ff.str("name").value_or("");
      fld.type =
          ff.choice("type", true, {"text", "text[]", "int", "money", "date", "block[]", "signer", "row[]"})
              .value_or("");
      fld.required = ff.boolean("required").value_or(false);
      fld.label = ff.str("label", false).value_or("");
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

std::string forms_dir() {
  return core::project_root() + "/forms";
}
std::string templates_dir() {
  return core::project_root() + "/templates";
}

// Builds what the template sees, and checks the declared required fields are present.
std::optional<Json> view_for(const FormDecl& f, const Json& data_or_movement, const std::string& origin,
                             core::Diagnostics& d) {
  Json view;
  if (f.source == "movement") {
    auto m = domain::parse_movement(data_or_movement, origin, d);
    if (!m) return std::nullopt;
    view = ke_hoach_view(*m);
  } else {
    view = data_or_movement;
  }
  bool ok = true;
  for (auto& fld : f.fields) {
    const Json* v = view.is_object() ? view.find(fld.name) : nullptr;
    if (!v) {
      if (fld.required) {
        d.error({origin, 0, 0}, fld.name, "dữ liệu thiếu trường bắt buộc của mẫu «" + f.id + "»");
        ok = false;
      }
      continue;
    }
    // The declared type is checked before rendering, so a wrong value is named here, not deep in a template.
    std::string want;
    const std::string& t = fld.type;
    if (t == "text" && !v->is_string())
      want = "chuỗi";
    else if (t == "int" && !v->is_integer())
      want = "số nguyên";
    else if (t == "money" && !(v->is_integer() && v->as_int() >= 0))
      want = "số tiền nguyên không âm (đồng)";
    else if (t == "date" && !(v->is_string() && core::parse_date(v->as_string())))
      want = "ngày dạng YYYY-MM-DD";
    else if (t == "signer" && !v->is_object())
      want = "đối tượng người ký";
    else if ((t == "block[]") && !v->is_array())
      want = "danh sách";
    else if (t == "row[]" && !(v->is_array() || v->is_object()))
      want = "danh sách hoặc đối tượng";
    else if (t == "text[]") {
      if (!v->is_array())
        want = "danh sách chuỗi";
      else
        for (auto& it : v->items())
          if (!it.is_string()) {
            want = "danh sách chuỗi";
            break;
          }
    }
    if (!want.empty()) {
      d.error({origin, v->pos().line, v->pos().col}, fld.name,
              std::string("mẫu «") + f.id + "» cần " + want + ", nhưng là " + Json::type_name(v->type()));
      ok = false;
    }
  }
  if (!ok) return std::nullopt;
  return view;
}

std::optional<doc::Document> render_doc(const FormDecl& f, const Json& view, const std::string& override_dir,
                                        core::Diagnostics& d) {
  tmpl::Options o;
  o.root = templates_dir();
  std::string path = o.root + "/" + f.template_file;
  if (!override_dir.empty()) {
    std::error_code ec;
    if (fs::exists(override_dir + "/" + f.template_file, ec)) path = override_dir + "/" + f.template_file;
    o.root = override_dir;
    o.fallback_root = templates_dir();
  }
  return tmpl::render(path, view, o, d);
}

}  // namespace

std::vector<FormDecl> load_forms(core::Diagnostics& d) {
  std::vector<std::string> files;
  std::error_code ec;
  for (auto& e : fs::directory_iterator(forms_dir(), ec))
    if (e.path().extension() == ".json") files.push_back(e.path().string());
  std::sort(files.begin(), files.end());
  std::vector<FormDecl> out;
  for (auto& p : files)
    if (auto f = parse_form(p, d)) out.push_back(*f);
  return out;
}

Outcome forms_list(const Context&) {
  Outcome o;
  auto forms = load_forms(o.diags);
  Json arr = Json::array();
  for (auto& f : forms) {
    o.text += f.id + "\t" + f.title + "\t(" + f.layout + ")\n";
    Json j = Json::object();
    j.set("id", Json::string(f.id));
    j.set("title", Json::string(f.title));
    j.set("template", Json::string(f.template_file));
    arr.push(std::move(j));
  }
  o.result.set("forms", std::move(arr));
  o.exit = o.diags.has_errors() ? kInvalidInput : kOk;
  return o;
}

Outcome forms_styles(const Context&) {
  Outcome o;
  Json arr = Json::array();
  for (auto& s : doc::theme()) {
    o.text += s.name + std::string(s.name.size() < 18 ? 18 - s.name.size() : 1, ' ') + s.description + "\n";
    arr.push(Json::string(s.name));
  }
  o.result.set("styles", std::move(arr));
  return o;
}

Outcome forms_check(const Context&, const std::string& override_dir) {
  Outcome o;
  auto forms = load_forms(o.diags);
  int bad = 0;
  for (auto& f : forms) {
    core::Diagnostics d;
    std::string ex = core::project_root() + "/" + f.example;
    std::string err;
    auto content = core::read_file(ex, err);
    std::optional<Json> data;
    if (!content)
      d.error({ex, 0, 0}, "example", err);
    else if (text::check_utf8(*content, ex, d))
      data = core::parse_json(text::nfc(*content), ex, d);
    std::optional<doc::Document> doc;
    if (data)
      if (auto view = view_for(f, *data, ex, d)) doc = render_doc(f, *view, override_dir, d);
    bool ok = doc && !d.has_errors();
    bad += !ok;
    o.text += std::string(ok ? "ĐẠT  " : "LỖI  ") + f.id + " (" + f.template_file + ")" +
              (ok ? "" : ": " + std::to_string(d.error_count()) + " lỗi") + "\n";
    o.diags.append(d);
  }
  o.result.set("failed", Json::integer(bad));
  o.exit = bad || o.diags.has_errors() ? kInvalidInput : kOk;
  return o;
}

// Author = the issuing agency (document properties of the DOCX and PDF): a movement's issuer, else the name
// lines of the header block, or for certificates the awarding authority.
static std::string author_of(const Json& data, const Json& view) {
  if (data.is_object())
    if (auto* iss = data.find("issuer"))
      if (auto* n = iss->find("name"); n && !n->as_string().empty()) return n->as_string();
  std::string author;
  if (!view.is_object()) return author;
  if (auto* lines = view.find("co_quan_lines"); lines && lines->is_array()) {
    for (auto& l : lines->items())
      if (l.is_string()) author += (author.empty() ? "" : " ") + l.as_string();
  } else if (auto* k = view.find("chuc_vu_nguoi_khen"); k && k->is_string()) {
    author = k->as_string();
  }
  return author;
}

std::optional<std::string> render_bytes(const std::string& form, const Json& data, const std::string& to,
                                        const std::string& origin, const std::string& templates_dir,
                                        core::Diagnostics& d) {
  static const std::vector<FormDecl> forms = [] {
    core::Diagnostics ignore;
    return load_forms(ignore);
  }();
  auto it = std::find_if(forms.begin(), forms.end(), [&](auto& f) { return f.id == form; });
  if (it == forms.end()) {
    d.error({}, "", "không có mẫu «" + form + "»");
    return std::nullopt;
  }
  auto view = view_for(*it, data, origin, d);
  if (!view) return std::nullopt;
  auto doc = render_doc(*it, *view, templates_dir, d);
  if (!doc) return std::nullopt;
  doc->subject = it->title;
  doc->author = author_of(data, *view);
  if (to == "docx") return render::docx::write(*doc, {core::now_iso()});
  auto& fonts = layout::FontSet::bundled();
  try {
    return render::pdf::write(layout::paginate(*doc, fonts, {}), fonts, {core::now_iso()});
  } catch (const layout::MissingGlyph& e) {
    d.error({origin, 0, 0}, "", e.what());
    return std::nullopt;
  }
}

Outcome render_form(const Context& c, const RenderRequest& r) {
  Outcome o;
  try {
    auto forms = load_forms(o.diags);
    auto it = std::find_if(forms.begin(), forms.end(), [&](auto& f) { return f.id == r.form; });
    if (it == forms.end()) {
      o.exit = kNotFound;
      o.diags.error({}, "", "không có mẫu «" + r.form + "»", "xem: tdkt forms list");
      return o;
    }
    Json data;
    std::string origin, data_text;
    std::string override_dir = r.templates_dir;
    std::error_code ec;
    if (override_dir.empty() && fs::exists(c.db_path, ec))  // the workspace's own templates folder, if set
      override_dir = store::Store::open(c.db_path)->setting("templates_dir").value_or("");
    if (!r.movement.empty()) {
      auto s = store::Store::open(c.db_path);
      auto row = s->movement(r.movement);
      if (!row) {
        o.exit = kNotFound;
        o.diags.error({}, "", "không có phong trào mã «" + r.movement + "»", "xem: tdkt movement list");
        return o;
      }
      auto j = core::parse_json(row->definition, row->source_file, o.diags);
      if (!j) {
        o.exit = kEnvironment;
        return o;
      }
      data = *j;
      origin = row->source_file;
    } else {
      std::string err;
      auto content = core::read_file(r.data_file, err);
      if (!content) {
        o.exit = kInvalidInput;
        o.diags.error({r.data_file, 0, 0}, "", err);
        return o;
      }
      if (!text::check_utf8(*content, r.data_file, o.diags)) {
        o.exit = kInvalidInput;
        return o;
      }
      std::string normalized = text::nfc(*content);
      auto j = core::parse_json(normalized, r.data_file, o.diags);
      if (!j) {
        o.exit = kInvalidInput;
        return o;
      }
      data = *j;
      origin = r.data_file;
      data_text = normalized;
    }
    auto view = view_for(*it, data, origin, o.diags);
    if (!view) {
      o.exit = kInvalidInput;
      if (!data_text.empty()) o.diags.attach_source(origin, data_text);
      return o;
    }
    auto doc = render_doc(*it, *view, override_dir, o.diags);
    if (!doc) {
      o.exit = kInvalidInput;
      return o;
    }
    doc->subject = it->title;
    doc->author = author_of(data, *view);
    std::string bytes;
    if (r.to == "ir") {
      bytes = doc::dump(*doc);
    } else if (r.to == "docx") {
      bytes = render::docx::write(*doc, {core::now_iso()});
    } else {
      layout::Options lo;
      lo.breaking = r.breaks == "total-fit" ? layout::Breaking::TotalFit : layout::Breaking::FirstFit;
      auto& fonts = layout::FontSet::bundled();
      auto pages = layout::paginate(*doc, fonts, lo);
      if (r.to == "pageset")
        bytes = layout::dump(pages);
      else if (r.to == "lines")
        bytes = layout::dump_lines(pages);
      else
        bytes = render::pdf::write(pages, fonts, {core::now_iso()});
      o.result.set("pages", Json::integer(static_cast<int64_t>(pages.pages.size())));
    }
    if (r.out == "-") {
      o.text = bytes;
    } else {
      core::write_file_atomic(r.out, bytes);
      o.text = "Đã ghi " + r.out + " (" + std::to_string(bytes.size()) + " byte)\n";
    }
    o.result.set("form", Json::string(r.form));
    o.result.set("output", Json::string(r.out));
    o.result.set("bytes", Json::integer(static_cast<int64_t>(bytes.size())));
    o.result.set("sha256", Json::string(core::sha256_hex(bytes)));
  } catch (const layout::MissingGlyph& e) {
    o.exit = kInvalidInput;
    o.diags.error({r.data_file.empty() ? r.movement : r.data_file, 0, 0}, "", e.what());
  } catch (const core::Error& e) {
    o.exit = kEnvironment;
    o.diags.error({}, "", e.what());
  }
  return o;
}

}  // namespace tdkt::app
