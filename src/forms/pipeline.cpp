// The render pipeline of a form (see pipeline.hpp).
#include "forms/pipeline.hpp"

#include <filesystem>

#include "expr/expr.hpp"
#include "layout/font.hpp"
#include "layout/layout.hpp"
#include "render/docx/docx.hpp"
#include "render/pdf/pdf.hpp"
#include "tmpl/template.hpp"

namespace tdkt::forms {

namespace fs = std::filesystem;
using core::Json;

namespace {

// "Về việc đề nghị tặng {{ hinh_thuc }} …" with the data's values; an expression that fails is an error
// naming the form's field.
std::optional<std::string> interpolate(const std::string& text, const Json& data, const std::string& where,
                                       core::Diagnostics& d) {
  std::string out;
  size_t i = 0;
  while (i < text.size()) {
    size_t open = text.find("{{", i);
    if (open == std::string::npos) break;
    size_t close = text.find("}}", open);
    if (close == std::string::npos) break;
    out += text.substr(i, open - i);
    expr::ParseError pe;
    auto node = expr::parse(text.substr(open + 2, close - open - 2), pe);
    expr::EvalError ee;
    std::optional<Json> v;
    if (node) v = expr::eval(*node, expr::Scope(&data), ee);
    if (!v) {
      d.error({}, where, "giá trị mặc định không tính được: " + (node ? ee.message : pe.message));
      return std::nullopt;
    }
    out += expr::to_text(*v);
    i = close + 2;
  }
  return out + text.substr(i);
}

std::optional<Json> fallback_value(const Field& fld, const Json& data, const std::string& where,
                                   core::Diagnostics& d) {
  const Json& v = *fld.fallback;
  if (v.is_string()) {
    auto s = interpolate(v.as_string(), data, where, d);
    return s ? std::optional<Json>(Json::string(*s)) : std::nullopt;
  }
  if (!v.is_array()) return v;
  Json a = Json::array();
  for (auto& x : v.items()) {
    if (!x.is_string()) {
      a.push(x);
      continue;
    }
    auto s = interpolate(x.as_string(), data, where, d);
    if (!s) return std::nullopt;
    a.push(Json::string(*s));
  }
  return a;
}

// The declared type is checked before rendering, so a wrong value is named here, not deep in a template.
std::string wrong_type(const Field& fld, const Json& v) {
  const std::string& t = fld.type;
  if (t == "text" && !v.is_string()) return "chuỗi";
  if (t == "int" && !v.is_integer()) return "số nguyên";
  if (t == "money" && !(v.is_integer() && v.as_int() >= 0)) return "số tiền nguyên không âm (đồng)";
  if (t == "date" && !(v.is_string() && core::parse_date(v.as_string()))) return "ngày dạng YYYY-MM-DD";
  if (t == "signer" && !v.is_object()) return "đối tượng người ký";
  if (t == "block[]" && !v.is_array()) return "danh sách";
  if (t == "row[]" && !(v.is_array() || v.is_object())) return "danh sách hoặc đối tượng";
  if (t == "text[]") {
    if (!v.is_array()) return "danh sách chuỗi";
    for (auto& it : v.items())
      if (!it.is_string()) return "danh sách chuỗi";
  }
  return "";
}

std::string author_of(const Json& view) {
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

}  // namespace

std::optional<Json> prepare(const Decl& f, const Json& data, const std::string& origin,
                            core::Diagnostics& d) {
  Json view = data;
  bool ok = true;
  for (auto& fld : f.fields) {
    if (!view.is_object() || view.find(fld.name) || !fld.fallback) continue;
    auto v = fallback_value(fld, data, fld.name, d);
    if (!v) return std::nullopt;
    view.set(fld.name, std::move(*v));
  }
  for (auto& fld : f.fields) {
    const Json* v = view.is_object() ? view.find(fld.name) : nullptr;
    if (!v) {
      if (fld.required) {
        d.error({origin, 0, 0}, fld.name, "dữ liệu thiếu trường bắt buộc của mẫu «" + f.id + "»");
        ok = false;
      }
      continue;
    }
    if (std::string want = wrong_type(fld, *v); !want.empty()) {
      d.error({origin, v->pos().line, v->pos().col}, fld.name,
              std::string("mẫu «") + f.id + "» cần " + want + ", nhưng là " + Json::type_name(v->type()));
      ok = false;
    }
  }
  if (!ok) return std::nullopt;
  return view;
}

std::optional<doc::Document> to_document(const Decl& f, const Json& view, const Templates& t,
                                         const std::string& author, core::Diagnostics& d) {
  tmpl::Options o;
  o.root = t.shipped;
  std::string path = o.root + "/" + f.template_file;
  if (!t.office.empty()) {
    std::error_code ec;
    if (fs::exists(t.office + "/" + f.template_file, ec)) path = t.office + "/" + f.template_file;
    o.root = t.office;
    o.fallback_root = t.shipped;
  }
  auto doc = tmpl::render(path, view, o, d);
  if (!doc) return std::nullopt;
  doc::keep_with_signature(*doc);
  if (!t.fonts.empty()) layout::balance_centred(*doc, layout::FontSet::in(t.fonts));
  doc->subject = f.title;
  doc->author = author.empty() ? author_of(view) : author;
  return doc;
}

void warn_cut_words(const Decl& f, const layout::PageSet& pages, const std::string& origin,
                    core::Diagnostics& d) {
  for (auto& w : pages.cut_words)
    d.warning({origin, 0, 0}, "",
              "mẫu «" + f.id + "»: từ «" + w + "» rộng hơn dòng hoặc ô chứa nó, phải ngắt giữa các chữ",
              "nới rộng cột trong mẫu (templates/" + f.template_file + ")");
}

std::optional<std::string> render(const Decl& f, const Json& data, const Templates& t, const Output& out,
                                  const std::string& origin, const std::string& author,
                                  core::Diagnostics& d) {
  auto view = prepare(f, data, origin, d);
  if (!view) return std::nullopt;
  auto doc = to_document(f, *view, t, author, d);
  if (!doc) return std::nullopt;
  if (out.to == "docx") return render::docx::write(*doc, {out.created});
  auto& fonts = layout::FontSet::in(out.fonts_dir);
  try {
    auto pages = layout::paginate(*doc, fonts, out.layout);
    warn_cut_words(f, pages, origin, d);
    return render::pdf::write(pages, fonts, {out.created, out.audit_head});
  } catch (const layout::MissingGlyph& e) {
    d.error({origin, 0, 0}, "", e.what());
    return std::nullopt;
  }
}

}  // namespace tdkt::forms
