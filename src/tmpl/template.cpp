// Template evaluation with pugixml; the only place that includes pugixml for templates.
#include "tmpl/template.hpp"

#include <cstring>
#include <deque>
#include <filesystem>
#include <pugixml.hpp>
#include <set>
#include <string_view>
#include <unordered_map>
#include <unordered_set>

#include "core/files.hpp"
#include "doc/theme.hpp"
#include "expr/expr.hpp"
#include "text/normalize.hpp"
#include "text/utf8.hpp"

namespace tdkt::tmpl {

using core::Json;

namespace {

struct Source {
  std::string name, text;
  core::Location at(ptrdiff_t offset) const {
    core::Location l{name, 1, 1};
    if (offset < 0) return {name, 0, 0};
    for (size_t i = 0; i < static_cast<size_t>(offset) && i < text.size(); ++i) {
      unsigned char c = static_cast<unsigned char>(text[i]);
      if (c == '\n') {
        ++l.line;
        l.col = 1;
      } else if ((c & 0xC0) != 0x80)
        ++l.col;
    }
    l.source_line = core::line_of(text, l.line);
    return l;
  }
};

struct Engine {
  Engine(const Options& o, core::Diagnostics& diags) : opt(o), d(diags) {}
  const Options& opt;
  core::Diagnostics& d;
  std::deque<Source> sources;  // stable addresses for loaded files
  std::deque<pugi::xml_document> docs;
  std::deque<Json> temps;  // loop indexes bound by pointer
  size_t blocks = 0, steps = 0, includes = 0;
  int nesting = 0;
  bool aborted = false;
  std::unordered_map<std::string, std::pair<const Source*, pugi::xml_node>>
      loaded_;                 // an include parsed once
  bool pending_break = false;  // <page-break/> applies to the next paragraph, never leaving a blank line
  // Each expression parsed once, keyed by where its text sits in the loaded template (stable while
  // rendering).
  std::unordered_map<const char*, std::pair<expr::NodePtr, expr::ParseError>> parsed_at_;

  expr::NodePtr parse_at(const char* where, std::string_view src, expr::ParseError& pe) {
    auto it = parsed_at_.find(where);
    if (it == parsed_at_.end()) {
      expr::ParseError e{};
      auto ast = expr::parse(std::string(src), e);
      it = parsed_at_.emplace(where, std::make_pair(ast, e)).first;
    }
    pe = it->second.second;
    return it->second.first;
  }

  // Evaluates without copying when the expression is a plain data path (loops over long lists, fields).
  const Json* eval_ptr(const expr::Node& ast, const expr::Scope& sc, expr::EvalError& ee,
                       std::optional<Json>& holder) {
    if (ast.kind == expr::Node::Kind::Path) return expr::resolve(ast, sc, ee);
    holder = expr::eval(ast, sc, ee);
    return holder ? &*holder : nullptr;
  }

  void error(const Source& s, const pugi::xml_node& n, const std::string& msg, const std::string& hint = {}) {
    // pugixml points at an element's name; people count from its "<".
    ptrdiff_t off = n.offset_debug();
    if (n.type() == pugi::node_element && off > 0) --off;
    d.error(s.at(off), "", msg, hint);
  }

  // Attribute names are checked the first time a node is met; a loop over 500 rows reports a wrong name once.
  std::unordered_set<const void*> attrs_checked_;

  void check_attrs(const Source& s, const pugi::xml_node& n, std::initializer_list<const char*> allowed) {
    if (!attrs_checked_.insert(n.internal_object()).second) return;
    for (auto a : n.attributes()) {
      bool ok = false;
      for (auto* x : allowed) ok |= std::strcmp(a.name(), x) == 0;
      if (!ok) {
        std::string list;
        for (auto* x : allowed) list += (list.empty() ? "" : ", ") + std::string(x);
        error(s, n, "thuộc tính «" + std::string(a.name()) + "» không dùng được cho <" + n.name() + ">",
              list.empty() ? "thẻ này không có thuộc tính" : "dùng: " + list);
      }
    }
  }

  std::optional<Json> eval_attr(const Source& s, const pugi::xml_node& n, const char* attr,
                                const expr::Scope& sc) {
    const char* where = n.attribute(attr).value();
    expr::ParseError pe{};
    auto ast = parse_at(where, where, pe);
    if (!ast) {
      error(s, n,
            "biểu thức «" + text::clip(where, 80) + "» trong " + attr + "=: " + pe.message + " (cột " +
                std::to_string(pe.col) + ")");
      return std::nullopt;
    }
    expr::EvalError ee{};
    auto v = expr::eval(*ast, sc, ee);
    if (!v) error(s, n, "biểu thức «" + text::clip(where, 80) + "»: " + ee.message);
    return v;
  }

  // Splits pcdata into literal text and {{ expressions }}, appending runs.
  void interpolate(const Source& s, const pugi::xml_node& n, const char* text, const expr::Scope& sc,
                   const doc::RunStyle& st, std::vector<doc::Run>& out) {
    std::string_view raw(text);
    size_t i = 0;
    while (i < raw.size()) {
      size_t open = raw.find("{{", i);
      std::string_view lit =
          raw.substr(i, open == std::string_view::npos ? std::string_view::npos : open - i);
      if (!lit.empty()) out.push_back({std::string(lit), st, doc::Run::Field::None});
      if (open == std::string_view::npos) break;
      size_t close = raw.find("}}", open + 2);
      if (close == std::string_view::npos) {
        error(s, n, "«{{» chưa đóng bằng «}}»");
        return;
      }
      expr::ParseError pe{};
      auto ast = parse_at(text + open, raw.substr(open + 2, close - open - 2), pe);
      std::string_view src_view = raw.substr(open + 2, close - open - 2);
      auto src = [&] { return std::string(src_view); };  // only error messages need a copy
      auto shown = [](const std::string& e) { return text::clip(text::fold_spaces(e), 80); };
      if (!ast) {
        d.error(s.at(n.offset_debug()), "", "biểu thức «" + shown(src()) + "»: " + pe.message,
                "cột " + std::to_string(pe.col) + " trong biểu thức");
      } else {
        expr::EvalError ee{};
        std::optional<Json> holder;
        const Json* v = eval_ptr(*ast, sc, ee, holder);
        auto loc = [&] { return s.at(n.offset_debug()); };  // computed only for errors: it scans the source
        if (!v)
          d.error(loc(), "", "biểu thức «" + shown(src()) + "»: " + ee.message);
        else if (v->is_array() || v->is_object())
          d.error(loc(), "",
                  "biểu thức «" + shown(src()) + "» cho " + Json::type_name(v->type()) +
                      ", cần một giá trị để in",
                  "dùng <for> hoặc bộ lọc join");
        else if (v->is_string())
          out.push_back({v->as_string(), st, doc::Run::Field::None});
        else
          out.push_back({expr::to_text(*v), st, doc::Run::Field::None});
      }
      i = close + 2;
    }
  }

  // <for each="x in list" index="i">: evaluates the list once and calls body with a scope per item. Shared by
  // block-level and row-level loops so both get the same checks and bounds.
  template <class Body>
  void for_each(const Source& s, const pugi::xml_node& c, const expr::Scope& sc, Body&& body) {
    check_attrs(s, c, {"each", "index"});
    const char* each = c.attribute("each").value();
    std::string_view ev(each);
    auto in = ev.find(" in ");
    if (in == std::string_view::npos) {
      error(s, c, "each phải có dạng \"tên in danh_sách\"");
      return;
    }
    std::string var = text::fold_spaces(ev.substr(0, in));
    expr::ParseError pe{};
    auto ast = parse_at(each + in + 4, ev.substr(in + 4), pe);
    if (!ast) {
      error(s, c, "each: " + pe.message);
      return;
    }
    expr::EvalError ee{};
    std::optional<Json> holder;
    const Json* v = eval_ptr(*ast, sc, ee, holder);
    if (!v) {
      error(s, c, "each: " + ee.message);
      return;
    }
    if (!v->is_array()) {
      error(s, c, std::string("each cần một danh sách, nhưng là ") + Json::type_name(v->type()));
      return;
    }
    if (v->items().size() > opt.max_loop_items) {
      error(s, c, "danh sách quá dài cho <for>");
      return;
    }
    std::string index = c.attribute("index").value();
    if (holder) {
      temps.push_back(std::move(*holder));
      v = &temps.back();
    }  // a computed list must outlive its items' bindings
    const Json& items = *v;
    for (size_t k = 0; k < items.items().size() && step(s, c); ++k) {
      expr::Scope inner(nullptr, &sc);
      inner.bind(var, &items.items()[k]);
      if (!index.empty()) {
        temps.push_back(Json::integer(static_cast<int64_t>(k + 1)));
        inner.bind(index, &temps.back());
      }
      body(inner);
    }
  }

  // The inline content of a paragraph (or of an inline <if>/<b>/…): text with {{ }}, and inline elements.
  // in_if: parent is an <if>, whose <else> child is its alternative, not content.
  void inline_nodes(const Source& s, const pugi::xml_node& parent, const expr::Scope& sc, doc::RunStyle st,
                    std::vector<doc::Run>& out, int depth, bool in_if = false) {
    for (auto c : parent.children()) {
      if (aborted) return;
      if (c.type() == pugi::node_pcdata || c.type() == pugi::node_cdata) {
        interpolate(s, c, c.value(), sc, st, out);
        continue;
      }
      if (c.type() != pugi::node_element) continue;
      if (in_if && !std::strcmp(c.name(), "else")) continue;
      inline_element(s, c, sc, st, out, depth);
    }
  }

  void inline_element(const Source& s, const pugi::xml_node& c, const expr::Scope& sc, doc::RunStyle st,
                      std::vector<doc::Run>& out, int depth) {
    Nest nest(*this, s, c);
    if (!nest.ok) return;
    const char* name = c.name();
    if (!std::strcmp(name, "b") || !std::strcmp(name, "i") || !std::strcmp(name, "u")) {
      check_attrs(s, c, {});
      if (name[0] == 'b') st.bold = true;
      if (name[0] == 'i') st.italic = true;
      if (name[0] == 'u') st.underline = true;
      inline_nodes(s, c, sc, st, out, depth);
    } else if (!std::strcmp(name, "page-number")) {
      check_attrs(s, c, {});
      out.push_back({"", st, doc::Run::Field::Page});
    } else if (!std::strcmp(name, "if")) {
      check_attrs(s, c, {"test"});
      auto v = eval_attr(s, c, "test", sc);
      if (!v) return;
      if (expr::truthy(*v))
        inline_nodes(s, c, sc, st, out, depth, true);
      else if (auto els = c.child("else"))
        inline_nodes(s, els, sc, st, out, depth);
    } else {
      error(s, c, std::string("thẻ <") + name + "> không dùng được trong đoạn văn",
            "trong <p> chỉ dùng chữ, {{ … }}, <b>, <i>, <u>, <if>, <page-number/>");
    }
  }

  static bool same_style(const doc::RunStyle& a, const doc::RunStyle& b) {
    return a.bold == b.bold && a.italic == b.italic && a.underline == b.underline &&
           a.half_points == b.half_points && a.color == b.color;
  }
  static void tidy_runs(std::vector<doc::Run>& runs) {
    // XML indentation is not content: fold white space, trim the paragraph ends, merge equal neighbours.
    // Compacts in place; text that is already folded (the usual case for data values) is not copied.
    size_t w = 0;
    bool last_space = true;
    for (size_t i = 0; i < runs.size(); ++i) {
      doc::Run& r = runs[i];
      if (r.field != doc::Run::Field::None) {
        if (w != i) runs[w] = std::move(r);
        ++w;
        last_space = false;
        continue;
      }
      bool clean = !r.text.empty() && !(last_space && r.text.front() == ' ');
      for (size_t k = 0; clean && k < r.text.size(); ++k) {
        char ch = r.text[k];
        clean = ch != '\n' && ch != '\t' && ch != '\r' &&
                !(ch == ' ' && k + 1 < r.text.size() && r.text[k + 1] == ' ');
      }
      if (!clean) {
        std::string t;
        t.reserve(r.text.size());
        for (char c : r.text) {
          if (c == ' ' || c == '\n' || c == '\t' || c == '\r') {
            if (!last_space) t += ' ';
            last_space = true;
          } else {
            t += c;
            last_space = false;
          }
        }
        r.text = std::move(t);
      }
      if (r.text.empty()) continue;
      last_space = r.text.back() == ' ';
      if (w > 0 && runs[w - 1].field == doc::Run::Field::None && same_style(runs[w - 1].style, r.style)) {
        runs[w - 1].text += r.text;
      } else {
        if (w != i) runs[w] = std::move(r);
        ++w;
      }
    }
    runs.resize(w);
    while (!runs.empty() && runs.back().field == doc::Run::Field::None && !runs.back().text.empty() &&
           runs.back().text.back() == ' ') {
      runs.back().text.pop_back();
      if (runs.back().text.empty()) runs.pop_back();
    }
  }

  // Stops the whole rendering (one error) once a budget is spent.
  bool over(const Source& s, const pugi::xml_node& n, const std::string& what) {
    if (!aborted) error(s, n, what + "; dừng", "mẫu này lặp hoặc lồng quá mức một văn bản cần");
    aborted = true;
    return false;
  }
  bool step(const Source& s, const pugi::xml_node& n) {
    if (aborted) return false;
    if (++steps > opt.max_steps)
      return over(s, n, "mẫu cần hơn " + std::to_string(opt.max_steps) + " bước (thẻ và vòng lặp)");
    return true;
  }
  // Held while an element's content is evaluated: the evaluation recurses once per level.
  struct Nest {
    Engine& e;
    bool ok;
    Nest(Engine& en, const Source& s, const pugi::xml_node& n) : e(en), ok(true) {
      if (++e.nesting > e.opt.max_nesting)
        ok = e.over(s, n, "thẻ lồng nhau quá sâu (tối đa " + std::to_string(e.opt.max_nesting) + " tầng)");
      else
        ok = e.step(s, n);
    }
    ~Nest() { --e.nesting; }
    Nest(const Nest&) = delete;
    Nest& operator=(const Nest&) = delete;
  };

  bool count_block(const Source& s, const pugi::xml_node& n) {
    if (++blocks > opt.max_blocks) {
      if (!aborted) error(s, n, "văn bản quá lớn (hơn " + std::to_string(opt.max_blocks) + " khối); dừng");
      aborted = true;
    }
    return !aborted;
  }

  // What a <p> element's attributes say, read once per element (not once per loop item); null when they are
  // wrong.
  struct ParaInfo {
    const doc::StyleDef* def = nullptr;
    doc::ParaStyle para;
    std::vector<std::string> signatures;
    bool framed = false;  // x-mm/y-mm/w-mm: evaluated per paragraph, they may come from data
  };
  std::unordered_map<const void*, std::optional<ParaInfo>> para_info_;

  const ParaInfo* para_info(const Source& s, const pugi::xml_node& c) {
    auto [it, fresh] = para_info_.try_emplace(c.internal_object());
    if (!fresh) return it->second ? &*it->second : nullptr;
    check_attrs(s, c, {"style", "align", "keep-next", "indent", "x-mm", "y-mm", "w-mm", "signature"});
    const char* style_attr = c.attribute("style").value();
    std::string style = *style_attr ? style_attr : "body";
    ParaInfo info;
    info.def = doc::theme_style(style);
    if (!info.def) {
      error(s, c, "kiểu đoạn «" + style + "» không có trong bộ kiểu NĐ 30", "xem: tdkt forms styles");
      return nullptr;
    }
    info.para = info.def->para;
    const char* align = c.attribute("align").value();
    if (!std::strcmp(align, "left"))
      info.para.align = doc::Align::Left;
    else if (!std::strcmp(align, "center"))
      info.para.align = doc::Align::Center;
    else if (!std::strcmp(align, "right"))
      info.para.align = doc::Align::Right;
    else if (!std::strcmp(align, "justify"))
      info.para.align = doc::Align::Justify;
    else if (*align)
      error(s, c, std::string("align=«") + align + "» không hợp lệ; dùng left, center, right, justify");
    if (!std::strcmp(c.attribute("keep-next").value(), "true")) info.para.keep_next = true;
    if (!std::strcmp(c.attribute("indent").value(), "none")) info.para.first_line_twips = 0;
    for (std::string sig = c.attribute("signature").value(); !sig.empty();) {
      size_t comma = sig.find(',');
      std::string name = text::fold_spaces(sig.substr(0, comma));
      bool ok = !name.empty();
      for (char ch : name) ok &= (ch >= 'a' && ch <= 'z') || (ch >= '0' && ch <= '9') || ch == '-';
      if (!ok)
        error(s, c, "tên chữ ký «" + name + "» chỉ gồm chữ thường không dấu, số và «-»",
              "ví dụ signature=\"nguoi-ky,co-quan\"");
      else
        info.signatures.push_back(name);
      sig = comma == std::string::npos ? "" : sig.substr(comma + 1);
    }
    info.framed = static_cast<bool>(c.attribute("w-mm"));
    it->second = std::move(info);
    return &*it->second;
  }

  void block_nodes(const Source& s, const pugi::xml_node& parent, const expr::Scope& sc,
                   std::vector<doc::Block>& out, int depth, int container_width) {
    for (auto c : parent.children()) {
      if (aborted) return;
      if (c.type() == pugi::node_pcdata) {
        if (text::fold_spaces(c.value()).empty()) continue;
        error(s, c, "chữ nằm ngoài <p>", "đặt chữ trong <p style=\"body\">…</p>");
        continue;
      }
      if (c.type() != pugi::node_element) continue;
      block(s, c, sc, out, depth, container_width);
    }
  }

  void block(const Source& s, const pugi::xml_node& c, const expr::Scope& sc, std::vector<doc::Block>& out,
             int depth, int container_width) {
    Nest nest(*this, s, c);
    if (!nest.ok) return;
    std::string name = c.name();
    if (name == "p") {
      if (!count_block(s, c)) return;
      const ParaInfo* info = para_info(s, c);
      if (!info) return;
      doc::Paragraph p;
      p.style_name = info->def->name;
      p.style = info->para;
      p.signatures = info->signatures;
      if (info->framed) {
        // Position on the page in millimetres, from data ({{ … }}) so an office calibrates its own blanks.
        auto mm = [&](const char* a) -> std::optional<double> {
          std::vector<doc::Run> runs;
          interpolate(s, c, c.attribute(a).value(), sc, {}, runs);
          std::string t;
          for (auto& r : runs) t += r.text;
          char* endp = nullptr;
          double v = std::strtod(t.c_str(), &endp);
          if (t.empty() || endp == t.c_str() || *endp != '\0' || v < 0 || v > 500) {
            error(s, c, std::string(a) + "=«" + t + "» phải là số milimét từ 0 đến 500");
            return std::nullopt;
          }
          return v;
        };
        auto x = mm("x-mm"), y = mm("y-mm"), w = mm("w-mm");
        if (x && y && w && *w > 0) {
          p.style.frame_x_twips = doc::twips_from_mm(*x);
          p.style.frame_y_twips = doc::twips_from_mm(*y);
          p.style.frame_w_twips = doc::twips_from_mm(*w);
          // The position is the text's own: no spacing before or after inside the frame.
          p.style.before_twips = p.style.after_twips = 0;
        }
      }
      inline_nodes(s, c, sc, info->def->run, p.runs, depth);
      tidy_runs(p.runs);
      if (pending_break && p.style.frame_w_twips > 0) {
        // Word ignores a break before a framed paragraph, and LibreOffice anchors frames to the next
        // unframed paragraph: the break goes after the last unframed paragraph before it instead.
        for (auto it = out.rbegin(); it != out.rend() && pending_break; ++it)
          if (auto* q = std::get_if<doc::Paragraph>(&*it); q && q->style.frame_w_twips == 0) {
            q->style.page_break_after = true;
            pending_break = false;
          }
      }
      if (pending_break) {
        p.style.page_break_before = true;
        pending_break = false;
      }
      out.emplace_back(std::move(p));
    } else if (name == "rule") {
      check_attrs(s, c, {"style", "width"});
      if (!count_block(s, c)) return;
      const doc::StyleDef* def =
          doc::theme_style(c.attribute("style") ? c.attribute("style").value() : "rule");
      if (!def) {
        error(s, c, "kiểu «" + std::string(c.attribute("style").value()) + "» không có");
        return;
      }
      doc::Paragraph p;
      p.style_name = def->name;
      p.style = def->para;
      int w = c.attribute("width").as_int(0);
      if (w <= 0 || w > container_width) {
        error(s, c, "width của <rule> phải là số twip từ 1 đến " + std::to_string(container_width));
        return;
      }
      p.style.rule_twips = w;
      if (pending_break) {
        p.style.page_break_before = true;
        pending_break = false;
      }
      out.emplace_back(std::move(p));
    } else if (name == "page-break") {
      check_attrs(s, c, {});
      pending_break = true;
    } else if (name == "table") {
      check_attrs(s, c, {"cols", "borders"});
      if (!count_block(s, c)) return;
      auto t = std::make_shared<doc::Table>();
      std::string cols = c.attribute("cols").value();
      size_t a = 0;
      int total = 0;
      while (a < cols.size()) {
        size_t b = cols.find(',', a);
        if (b == std::string::npos) b = cols.size();
        int w = std::atoi(cols.substr(a, b - a).c_str());
        if (w <= 0) {
          error(s, c, "cols phải là danh sách độ rộng cột (twip), ví dụ cols=\"3555,5800\"");
          return;
        }
        t->col_twips.push_back(w);
        total += w;
        a = b + 1;
      }
      if (t->col_twips.empty()) {
        error(s, c, "thiếu cols");
        return;
      }
      if (total > container_width + 10)
        error(s, c,
              "tổng độ rộng cột " + std::to_string(total) + " vượt chiều rộng vùng chữ " +
                  std::to_string(container_width));
      t->borders = !std::strcmp(c.attribute("borders").value(), "true");
      if (pending_break) {
        // Word cannot break before a table: an empty paragraph carries the break.
        doc::Paragraph p;
        p.style_name = "page-break";
        p.style = doc::theme_style("body")->para;
        p.style.page_break_before = true;
        out.emplace_back(std::move(p));
        pending_break = false;
      }
      rows(s, c, sc, *t, depth);
      out.emplace_back(t);
    } else if (name == "if") {
      check_attrs(s, c, {"test"});
      auto v = eval_attr(s, c, "test", sc);
      if (!v) return;
      if (expr::truthy(*v)) {
        for (auto k : c.children()) {
          if (!std::strcmp(k.name(), "else")) continue;
          if (k.type() == pugi::node_element)
            block(s, k, sc, out, depth, container_width);
          else if (k.type() == pugi::node_pcdata && !text::fold_spaces(k.value()).empty())
            error(s, k, "chữ nằm ngoài <p>");
        }
      } else if (auto els = c.child("else")) {
        block_nodes(s, els, sc, out, depth, container_width);
      }
    } else if (name == "for") {
      for_each(s, c, sc,
               [&](const expr::Scope& inner) { block_nodes(s, c, inner, out, depth, container_width); });
    } else if (name == "include") {
      check_attrs(s, c, {"src"});
      std::string src = c.attribute("src").value();
      if (depth + 1 > opt.max_include_depth) {
        error(s, c, "lồng <include> quá sâu (tối đa " + std::to_string(opt.max_include_depth) + ")");
        return;
      }
      if (src.empty() || src[0] == '/' || src.find("..") != std::string::npos) {
        error(s, c, "src=«" + src + "» phải là đường dẫn tương đối trong thư mục mẫu, không có «..»");
        return;
      }
      if (++includes > opt.max_includes) {
        over(s, c, "mẫu include hơn " + std::to_string(opt.max_includes) + " lần");
        return;
      }
      std::string path = opt.root + "/" + src;
      std::error_code ec;
      if (!opt.fallback_root.empty() && !std::filesystem::exists(path, ec))
        path = opt.fallback_root + "/" + src;
      auto [it, fresh] = loaded_.try_emplace(path);
      if (fresh) {  // read and checked once; a failed one stays null and is not reported again
        const Source* inc = load(path, src);
        if (inc) {
          auto root = docs.back().document_element();
          if (std::string(root.name()) != "partial")
            error(*inc, root, "tệp được include phải có thẻ gốc <partial>");
          else
            it->second = {inc, root};
        }
      }
      if (!it->second.first) return;
      block_nodes(*it->second.first, it->second.second, sc, out, depth + 1, container_width);
    } else if (name == "else") {
      error(s, c, "<else> phải nằm trong <if>");
    } else {
      error(s, c, "thẻ <" + name + "> không có",
            "các thẻ khối: p, rule, table, if, for, include, page-break");
    }
  }

  void rows(const Source& s, const pugi::xml_node& tnode, const expr::Scope& sc, doc::Table& t, int depth) {
    for (auto r : tnode.children()) {
      if (r.type() != pugi::node_element) continue;
      Nest nest(*this, s, r);
      if (!nest.ok) return;
      const char* rn = r.name();
      if (!std::strcmp(rn, "for")) {  // a loop of rows
        for_each(s, r, sc, [&](const expr::Scope& inner) { rows(s, r, inner, t, depth); });
        continue;
      }
      if (!std::strcmp(rn, "if")) {
        check_attrs(s, r, {"test"});
        auto v = eval_attr(s, r, "test", sc);
        if (!v) continue;
        if (expr::truthy(*v)) {
          rows(s, r, sc, t, depth);  // <else> children are skipped there
        } else if (auto els = r.child("else")) {
          rows(s, els, sc, t, depth);
        }
        continue;
      }
      if (!std::strcmp(rn, "else")) continue;  // handled by its <if>
      if (std::strcmp(rn, "row") != 0) {
        error(s, r, "trong <table> chỉ có <row>, <for> hoặc <if>");
        continue;
      }
      check_attrs(s, r, {"header", "cant-split"});
      doc::Row row;
      row.cells.reserve(t.col_twips.size());
      row.header = !std::strcmp(r.attribute("header").value(), "true");
      row.cant_split = !std::strcmp(r.attribute("cant-split").value(), "true");
      size_t col = 0;
      cells(s, r, sc, t, row, col, depth);
      if (col != t.col_twips.size())
        error(s, r,
              "hàng có " + std::to_string(col) + " cột, bảng có " + std::to_string(t.col_twips.size()) +
                  " cột");
      t.rows.push_back(std::move(row));
    }
  }

  // The cells of one row; <if>/<else> and <for> may choose or repeat cells.
  void cells(const Source& s, const pugi::xml_node& parent, const expr::Scope& sc, doc::Table& t,
             doc::Row& row, size_t& col, int depth) {
    for (auto cnode : parent.children()) {
      if (cnode.type() != pugi::node_element) continue;
      Nest nest(*this, s, cnode);
      if (!nest.ok) return;
      const char* cn = cnode.name();
      if (!std::strcmp(cn, "if")) {
        check_attrs(s, cnode, {"test"});
        auto v = eval_attr(s, cnode, "test", sc);
        if (!v) continue;
        if (expr::truthy(*v))
          cells(s, cnode, sc, t, row, col, depth);
        else if (auto els = cnode.child("else"))
          cells(s, els, sc, t, row, col, depth);
        continue;
      }
      if (!std::strcmp(cn, "else")) continue;
      if (std::strcmp(cn, "cell") != 0) {
        error(s, cnode, "trong <row> chỉ có <cell> hoặc <if>");
        continue;
      }
      check_attrs(s, cnode, {"span", "vmerge"});
      doc::Cell cell;
      cell.grid_span = std::max(1, cnode.attribute("span").as_int(1));
      std::string_view vm = cnode.attribute("vmerge").value();
      if (vm == "start")
        cell.vmerge = doc::Cell::VMerge::Start;
      else if (vm == "continue")
        cell.vmerge = doc::Cell::VMerge::Continue;
      else if (!vm.empty())
        error(s, cnode, "vmerge phải là start hoặc continue");
      int width = 0;
      for (int k = 0; k < cell.grid_span && col + static_cast<size_t>(k) < t.col_twips.size(); ++k)
        width += t.col_twips[col + static_cast<size_t>(k)];
      block_nodes(s, cnode, sc, cell.blocks, depth, width);
      if (cell.blocks.empty()) {
        doc::Paragraph p;
        p.style_name = "cell";
        p.style = doc::theme_style("cell")->para;
        cell.blocks.emplace_back(std::move(p));
      }
      col += static_cast<size_t>(cell.grid_span);
      row.cells.push_back(std::move(cell));
    }
  }

  const Source* load(const std::string& path, const std::string& shown) {
    std::string err;
    auto content = core::read_file(path, err);
    if (!content) {
      d.error({shown, 0, 0}, "", err);
      return nullptr;
    }
    return parse(*content, shown);
  }
  const Source* parse(const std::string& content, const std::string& shown) {
    if (content.size() > opt.max_file_bytes) {
      d.error({shown, 0, 0}, "",
              "tệp mẫu " + std::to_string(content.size()) + " byte, quá giới hạn " +
                  std::to_string(opt.max_file_bytes) + " byte");
      return nullptr;
    }
    if (!text::check_utf8(content, shown, d)) return nullptr;
    sources.push_back({shown, text::nfc(content)});
    docs.emplace_back();
    auto r = docs.back().load_buffer(sources.back().text.data(), sources.back().text.size(),
                                     pugi::parse_default | pugi::parse_ws_pcdata | pugi::parse_doctype,
                                     pugi::encoding_utf8);
    if (!r) {
      d.error(sources.back().at(r.offset), "", std::string("XML không hợp lệ: ") + r.description());
      return nullptr;
    }
    for (auto c : docs.back().children())
      if (c.type() == pugi::node_doctype) {
        // A DTD could declare entities (&xxe;) that the engine would print as written: refused, as the
        // XLSX reader does.
        d.error(sources.back().at(c.offset_debug()), "", "mẫu không được có <!DOCTYPE>",
                "bỏ khai báo DOCTYPE; mẫu không dùng thực thể (entity) riêng");
        return nullptr;
      }
    if (auto bad = control_character(docs.back()); bad.node) {
      // The message carries the character itself: the diagnostics print it as «U+001B», never raw.
      d.error(sources.back().at(bad.node.offset_debug()), "",
              std::string("mẫu có ký tự điều khiển ") + bad.c + " mà tệp Word không chứa được",
              "bỏ ký tự đó rồi chạy lại");
      return nullptr;
    }
    drop_layout_space(docs.back());
    return &sources.back();
  }

  // The first node whose text or attribute holds a control character other than tab and line breaks, and
  // that character (XML 1.0 forbids them; the parser lets a character reference through).
  struct Control {
    pugi::xml_node node;
    char c = 0;
  };
  static Control control_character(pugi::xml_node root) {
    auto first = [](const char* t) -> char {
      for (; *t; ++t)
        if (static_cast<unsigned char>(*t) < 0x20 && *t != '\t' && *t != '\n' && *t != '\r') return *t;
      return 0;
    };
    std::vector<pugi::xml_node> todo{root};
    while (!todo.empty()) {
      pugi::xml_node n = todo.back();
      todo.pop_back();
      if (char c = first(n.value())) return {n, c};
      for (auto a : n.attributes())
        if (char c = first(a.value())) return {n, c};
      for (auto c : n.children()) todo.push_back(c);
    }
    return {};
  }

  // Indentation between block elements (rows, cells, loops) is not content: removed once after parsing so a
  // loop over 500 rows does not step over and test thousands of blank text nodes. Inside <p> every space
  // counts.
  static bool blank(const char* t) {
    for (; *t; ++t)
      if (*t != ' ' && *t != '\n' && *t != '\t' && *t != '\r') return false;
    return true;
  }
  // Without recursion: a file may nest deeper than the engine evaluates (it stops at max_nesting).
  static void drop_layout_space(pugi::xml_node root) {
    std::vector<pugi::xml_node> todo{root};
    while (!todo.empty()) {
      pugi::xml_node n = todo.back();
      todo.pop_back();
      for (auto c = n.first_child(); c;) {
        auto next = c.next_sibling();
        if (c.type() == pugi::node_pcdata && blank(c.value()))
          n.remove_child(c);
        else if (c.type() == pugi::node_element && std::strcmp(c.name(), "p") != 0)
          todo.push_back(c);
        c = next;
      }
    }
  }
};

}  // namespace

std::optional<doc::Document> render_text(const std::string& source, const std::string& name, const Json& data,
                                         const Options& o, core::Diagnostics& d) {
  size_t before = d.error_count();
  Engine e{o, d};
  const Source* s = e.parse(source, name);
  if (!s) return std::nullopt;
  auto root = e.docs.back().document_element();
  if (std::string(root.name()) != "template") {
    e.error(*s, root, "thẻ gốc phải là <template>");
    return std::nullopt;
  }
  e.check_attrs(*s, root, {"id", "title", "orientation", "page-numbers", "attachment"});
  std::string orient = root.attribute("orientation").value();
  if (!orient.empty() && orient != "portrait" && orient != "landscape")
    e.error(*s, root, "orientation phải là portrait hoặc landscape");
  doc::Document doc;
  doc.page = doc::page_setup(orient == "landscape");
  if (root.attribute("page-numbers"))
    doc.page.page_numbers = std::string(root.attribute("page-numbers").value()) == "true";
  doc.attachment = std::string(root.attribute("attachment").value()) == "true";
  expr::Scope scope(&data);
  if (root.attribute("title")) {
    std::vector<doc::Run> runs;
    e.interpolate(*s, root, root.attribute("title").value(), scope, {}, runs);
    for (auto& r : runs) doc.title += r.text;
  }
  e.block_nodes(*s, root, scope, doc.body, 0, doc::text_width_twips(doc.page));
  if (d.error_count() > before) return std::nullopt;
  for (auto& problem : doc::check(doc)) d.error({name, 0, 0}, "", "văn bản kết quả không hợp lệ: " + problem);
  if (d.error_count() > before) return std::nullopt;
  return doc;
}

std::optional<doc::Document> render(const std::string& template_path, const Json& data, const Options& o,
                                    core::Diagnostics& d) {
  std::string err;
  auto content = core::read_file(template_path, err);
  if (!content) {
    d.error({template_path, 0, 0}, "", err);
    return std::nullopt;
  }
  return render_text(*content, template_path, data, o, d);
}

}  // namespace tdkt::tmpl
