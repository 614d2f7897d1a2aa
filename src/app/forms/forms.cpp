// The form set as a clerk sees it: list the forms and styles, check every form on its example (or an office's
// templates folder), and render one form from a data file or a workspace movement to DOCX, PDF or a dump.
#include <algorithm>

#include "app/api.hpp"
#include "app/workspace.hpp"
#include "core/files.hpp"
#include "doc/theme.hpp"
#include "layout/font.hpp"
#include "render/docx/docx.hpp"
#include "render/pdf/pdf.hpp"
#include "text/json_file.hpp"
#include "views/round.hpp"

namespace tdkt::app {

using core::Json;

namespace {
// A data file as the form reads it: UTF-8, NFC, JSON; its normalised text kept for located messages.
std::optional<Json> read_data(const std::string& file, std::string& normalised, core::Diagnostics& d) {
  auto f = text::read_json_file(file, d);
  if (!f) return std::nullopt;
  normalised = std::move(f->text);
  return std::move(f->json);
}

// What the template sees: the Kế hoạch's view of a movement, or the data as it is.
std::optional<Json> view_data(const forms::Decl& f, const Json& data, const std::string& origin,
                              core::Diagnostics& d) {
  if (f.source != "movement") return data;
  auto m = domain::parse_movement(data, origin, d);
  if (!m) return std::nullopt;
  return views::ke_hoach(*m);
}

// The author of data that names its issuer (a movement) is that issuer; other forms name theirs in their
// header lines.
std::string author_of(const Json& data) {
  if (!data.is_object()) return "";
  if (auto* iss = data.find("issuer"))
    if (auto* n = iss->find("name"); n && n->is_string() && !n->as_string().empty()) return n->as_string();
  return "";
}
}  // namespace

Outcome forms_list(Workspace& w, const FormsList&) {
  Outcome o;
  const auto& forms = w.forms();
  o.diags.append(w.form_problems());
  Json arr = Json::array();
  for (auto& f : forms.all()) {
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

Outcome forms_styles(Workspace&, const FormsStyles&) {
  Outcome o;
  Json arr = Json::array();
  for (auto& s : doc::theme()) {
    o.text += s.name + std::string(s.name.size() < 18 ? 18 - s.name.size() : 1, ' ') + s.description + "\n";
    arr.push(Json::string(s.name));
  }
  o.result.set("styles", std::move(arr));
  return o;
}

Outcome forms_check(Workspace& w, const FormsCheck& r) {
  Outcome o;
  const auto& forms = w.forms();
  o.diags.append(w.form_problems());
  forms::Templates t{w.env().templates_dir, r.templates, w.env().fonts_dir};
  int bad = 0;
  for (auto& f : forms.all()) {
    core::Diagnostics d;
    std::string ex = w.env().root + "/" + f.example, text;
    std::optional<doc::Document> doc;
    if (auto data = read_data(ex, text, d))
      if (auto data_view = view_data(f, *data, ex, d))
        if (auto view = forms::prepare(f, *data_view, ex, d)) doc = forms::to_document(f, *view, t, "", d);
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

namespace {
// The data of a render: a workspace movement's definition, or a data file.
Result<Json> render_data(Workspace& w, const RenderForm& r, std::string& origin, std::string& text) {
  if (!r.movement.empty()) {
    auto row = w.store().movement(r.movement);
    if (!row)
      return fail(kNotFound, "không có phong trào mã «" + r.movement + "»", "xem: tdkt movement list");
    Outcome o;
    auto j = core::parse_json(row->definition, row->source_file, o.diags);
    if (!j) {
      o.exit = kEnvironment;
      return o;
    }
    origin = row->source_file;
    return *j;
  }
  Outcome o;
  auto j = read_data(r.data_file, text, o.diags);
  if (!j) {
    o.exit = kInvalidInput;
    return o;
  }
  origin = r.data_file;
  return *j;
}

// The bytes of the output: the IR dump, DOCX, or the laid-out pages (dump, line breaks, PDF).
std::string output(Workspace& w, const RenderForm& r, const forms::Decl& f, const doc::Document& doc,
                   const std::string& origin, Outcome& o) {
  if (r.to == "ir") return doc::dump(doc);
  if (r.to == "docx") return render::docx::write(doc, {w.now_iso()});
  layout::Options lo;
  lo.breaking = r.breaks == "total-fit" ? layout::Breaking::TotalFit : layout::Breaking::FirstFit;
  auto& fonts = layout::FontSet::in(w.env().fonts_dir);
  auto pages = layout::paginate(doc, fonts, lo);
  forms::warn_cut_words(f, pages, origin, o.diags);
  o.result.set("pages", Json::integer(static_cast<int64_t>(pages.pages.size())));
  if (r.to == "pageset") return layout::dump(pages);
  if (r.to == "lines") return layout::dump_lines(pages);
  return render::pdf::write(pages, fonts, {w.now_iso(), ""});  // tdkt render: not made from the store
}
}  // namespace

Outcome render_form(Workspace& w, const RenderForm& r) {
  const auto* f = w.forms().find(r.form);
  if (!f) {
    Outcome o = fail(kNotFound, "không có mẫu «" + r.form + "»", "xem: tdkt forms list");
    o.diags.append(w.form_problems());
    return o;
  }
  std::string origin, text;
  auto data = render_data(w, r, origin, text);
  if (!data) return data.error();
  Outcome o;
  std::optional<Json> view;
  if (auto v = view_data(*f, *data, origin, o.diags)) view = forms::prepare(*f, *v, origin, o.diags);
  if (!view) {
    o.exit = kInvalidInput;
    if (!text.empty()) o.diags.attach_source(origin, text);
    return o;
  }
  auto t = w.templates(r.templates);
  auto doc = forms::to_document(*f, *view, t, author_of(*data), o.diags);
  if (!doc) {
    o.exit = kInvalidInput;
    return o;
  }
  std::string bytes;
  try {
    bytes = output(w, r, *f, *doc, origin, o);
  } catch (const layout::MissingGlyph& e) {
    o.exit = kInvalidInput;
    o.diags.error({r.data_file.empty() ? r.movement : r.data_file, 0, 0}, "", e.what());
    return o;
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
  return o;
}

}  // namespace tdkt::app
