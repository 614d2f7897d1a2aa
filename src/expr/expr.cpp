// Parser (recursive descent) and evaluator of template expressions, and the fixed filter set.
#include "expr/expr.hpp"

#include <charconv>
#include <cmath>

#include "core/date.hpp"
#include "text/format.hpp"
#include "text/names.hpp"
#include "text/normalize.hpp"
#include "text/utf8.hpp"

namespace tdkt::expr {

using core::Json;

namespace {

struct Parser {
  const std::string& s;
  size_t i = 0;
  ParseError& err;
  bool failed = false;
  int nest_ = 0;  // open parentheses, «not» and filter arguments being parsed
  static std::string too_deep() {
    return "biểu thức lồng quá sâu (tối đa " + std::to_string(kMaxExprDepth) + " tầng)";
  }

  int col() const { return static_cast<int>(text::length(std::string_view(s).substr(0, i))) + 1; }
  NodePtr fail(const std::string& m) {
    if (!failed) err = {col(), m};
    failed = true;
    return nullptr;
  }
  void ws() {
    while (i < s.size() && (s[i] == ' ' || s[i] == '\t' || s[i] == '\n')) ++i;
  }
  bool word(const char* w) {
    size_t n = std::char_traits<char>::length(w);
    if (s.compare(i, n, w) != 0) return false;
    if (i + n < s.size() && (std::isalnum(static_cast<unsigned char>(s[i + n])) || s[i + n] == '_'))
      return false;
    i += n;
    return true;
  }
  bool sym(const char* w) {
    size_t n = std::char_traits<char>::length(w);
    if (s.compare(i, n, w) != 0) return false;
    i += n;
    return true;
  }
  static bool ident_start(char c) { return std::isalpha(static_cast<unsigned char>(c)) || c == '_'; }
  static bool ident(char c) { return std::isalnum(static_cast<unsigned char>(c)) || c == '_' || c == '-'; }

  NodePtr parse_all() {
    if (s.size() > kMaxExprBytes) return fail("biểu thức dài quá " + std::to_string(kMaxExprBytes) + " byte");
    ws();
    auto n = parse_or();
    ws();
    if (n && i < s.size()) return fail("ký tự thừa «" + s.substr(i, 10) + "»");
    return failed ? nullptr : n;
  }
  // A node over its operands, refused when evaluating it would recurse deeper than kMaxExprDepth.
  NodePtr make(Node::Kind k, const std::string& op, std::vector<NodePtr> args, int c) {
    int depth = 1;
    for (auto& a : args) depth = std::max(depth, a->depth + 1);
    if (depth > kMaxExprDepth) return fail(too_deep());
    auto n = std::make_shared<Node>(Node{k, {}, {}, op, std::move(args), c});
    const_cast<Node&>(*n).depth = depth;
    return n;
  }
  NodePtr bin(const std::string& op, NodePtr a, NodePtr b, int c) {
    return make(Node::Kind::Binary, op, {std::move(a), std::move(b)}, c);
  }
  // A left-associative chain "a OP b OP c" of the next-tighter level.
  NodePtr parse_chain(const char* op, NodePtr (Parser::*next)()) {
    auto a = (this->*next)();
    while (a) {
      ws();
      int c = col();
      if (!word(op)) break;
      auto b = (this->*next)();
      if (!b) return nullptr;
      a = bin(op, a, b, c);
    }
    return a;
  }
  NodePtr parse_or() { return parse_chain("or", &Parser::parse_and); }
  NodePtr parse_and() { return parse_chain("and", &Parser::parse_not); }
  NodePtr parse_not() {
    ws();
    int c = col();
    if (word("not")) {
      if (++nest_ > kMaxExprDepth) return fail(too_deep());
      auto a = parse_not();
      --nest_;
      if (!a) return nullptr;
      return make(Node::Kind::Not, "not", {a}, c);
    }
    return parse_cmp();
  }
  NodePtr parse_cmp() {
    auto a = parse_filter();
    if (!a) return nullptr;
    ws();
    int c = col();
    for (const char* op : {"==", "!=", "<=", ">=", "<", ">"}) {
      if (sym(op)) {
        auto b = parse_filter();
        if (!b) return nullptr;
        return bin(op, a, b, c);
      }
    }
    if (i < s.size() && s[i] == '=') return fail("so sánh bằng viết là «==»");
    return a;
  }
  NodePtr parse_filter() {
    auto a = parse_primary();
    while (a) {
      ws();
      if (i >= s.size() || s[i] != '|') break;
      ++i;
      ws();
      int c = col();
      size_t st = i;
      while (i < s.size() && ident(s[i])) ++i;
      if (st == i) return fail("thiếu tên bộ lọc sau «|»");
      std::string name = s.substr(st, i - st);
      if (!filters().count(name)) {
        i = st;
        return fail("bộ lọc «" + name + "» không có");
      }
      std::vector<NodePtr> args{a};
      ws();
      if (i < s.size() && s[i] == '(') {
        ++i;
        ws();
        if (i < s.size() && s[i] == ')')
          ++i;
        else
          while (true) {
            if (++nest_ > kMaxExprDepth) return fail(too_deep());
            auto x = parse_or();
            --nest_;
            if (!x) return nullptr;
            args.push_back(x);
            ws();
            if (i < s.size() && s[i] == ',') {
              ++i;
              continue;
            }
            if (i < s.size() && s[i] == ')') {
              ++i;
              break;
            }
            return fail("thiếu «)» đóng tham số của bộ lọc «" + name + "»");
          }
      }
      a = make(Node::Kind::Filter, name, std::move(args), c);
    }
    return a;
  }
  NodePtr parse_primary() {
    ws();
    int c = col();
    if (i >= s.size()) return fail("biểu thức kết thúc đột ngột");
    char ch = s[i];
    if (ch == '(') {
      ++i;
      // The parser recurses once per open parenthesis: bounded before the stack is.
      if (++nest_ > kMaxExprDepth) return fail(too_deep());
      auto n = parse_or();
      --nest_;
      ws();
      if (!n) return nullptr;
      if (i >= s.size() || s[i] != ')') return fail("thiếu «)»");
      ++i;
      return n;
    }
    if (ch == '\'' || ch == '"') {
      char q = ch;
      ++i;
      std::string v;
      while (i < s.size() && s[i] != q) v += s[i++];
      if (i >= s.size()) return fail("chuỗi chưa đóng dấu nháy");
      ++i;
      return std::make_shared<Node>(Node{Node::Kind::Literal, Json::string(v), {}, "", {}, c});
    }
    if (std::isdigit(static_cast<unsigned char>(ch)) ||
        (ch == '-' && i + 1 < s.size() && std::isdigit(static_cast<unsigned char>(s[i + 1])))) {
      size_t st = i++;
      while (i < s.size() && (std::isdigit(static_cast<unsigned char>(s[i])) || s[i] == '.')) ++i;
      std::string num = s.substr(st, i - st);
      Json lit;
      if (num.find('.') == std::string::npos) {
        int64_t v = 0;
        auto [end, ec] = std::from_chars(num.data(), num.data() + num.size(), v);
        if (ec != std::errc() || end != num.data() + num.size())
          return fail("số «" + num + "» không đọc được (số nguyên tối đa 19 chữ số)");
        lit = Json::integer(v);
      } else {
        char* end = nullptr;
        double v = std::strtod(num.c_str(), &end);
        if (end != num.c_str() + num.size() || !std::isfinite(v))
          return fail("số «" + num + "» không đọc được");
        lit = Json::number(v);
      }
      return std::make_shared<Node>(Node{Node::Kind::Literal, lit, {}, "", {}, c});
    }
    if (word("true"))
      return std::make_shared<Node>(Node{Node::Kind::Literal, Json::boolean(true), {}, "", {}, c});
    if (word("false"))
      return std::make_shared<Node>(Node{Node::Kind::Literal, Json::boolean(false), {}, "", {}, c});
    if (word("null")) return std::make_shared<Node>(Node{Node::Kind::Literal, Json::null(), {}, "", {}, c});
    if (!ident_start(ch)) return fail(std::string("ký tự không mong đợi «") + ch + "»");
    std::vector<std::string> path;
    size_t st = i;
    while (i < s.size() && ident(s[i])) ++i;
    path.push_back(s.substr(st, i - st));
    while (i < s.size()) {
      if (s[i] == '.') {
        ++i;
        st = i;
        while (i < s.size() && ident(s[i])) ++i;
        if (st == i) return fail("thiếu tên trường sau «.»");
        path.push_back(s.substr(st, i - st));
      } else if (s[i] == '[') {
        ++i;
        st = i;
        while (i < s.size() && std::isdigit(static_cast<unsigned char>(s[i]))) ++i;
        if (st == i || i >= s.size() || s[i] != ']') return fail("chỉ số trong «[ ]» phải là số nguyên");
        if (i - st > 9) return fail("chỉ số trong «[ ]» quá lớn");
        path.push_back("[" + s.substr(st, i - st) + "]");
        ++i;
      } else {
        break;
      }
    }
    return std::make_shared<Node>(Node{Node::Kind::Path, {}, path, "", {}, c});
  }
};

std::string join_path(const std::vector<std::string>& p, size_t upto) {
  std::string s;
  for (size_t k = 0; k <= upto && k < p.size(); ++k) s += (k && p[k][0] != '[' ? "." : "") + p[k];
  return s;
}

int compare_json(const Json& a, const Json& b, bool& ok) {
  ok = true;
  if (a.is_number() && b.is_number())
    return a.as_number() < b.as_number() ? -1 : a.as_number() > b.as_number() ? 1 : 0;
  if (a.is_string() && b.is_string())
    return a.as_string() < b.as_string() ? -1 : a.as_string() > b.as_string() ? 1 : 0;
  ok = false;
  return 0;
}
bool equal_json(const Json& a, const Json& b) {
  if (a.is_null() || b.is_null()) return a.is_null() && b.is_null();
  if (a.is_bool() && b.is_bool()) return a.as_bool() == b.as_bool();
  bool ok;
  int c = compare_json(a, b, ok);
  return ok && c == 0;
}

std::optional<core::Date> as_date(const Json& v) {
  if (!v.is_string()) return std::nullopt;
  return core::parse_date(v.as_string());
}
std::optional<int64_t> as_int(const Json& v) {
  if (v.is_integer()) return v.as_int();
  // Within ±2^63 only: a larger double does not convert (undefined behaviour), it is not an integer here.
  if (v.is_number() && std::floor(v.as_number()) == v.as_number() && std::fabs(v.as_number()) < 9.2e18)
    return static_cast<int64_t>(v.as_number());
  return std::nullopt;
}

}  // namespace

NodePtr parse(const std::string& src, ParseError& err) {
  Parser p{src, 0, err};
  return p.parse_all();
}

const core::Json* Scope::lookup(const std::string& name) const {
  for (const Scope* s = this; s; s = s->parent_)
    for (auto& v : s->vars_)
      if (v.first == name) return v.second;
  for (const Scope* s = this; s; s = s->parent_)
    if (s->root_ && s->root_->is_object())
      if (auto* v = s->root_->find(name)) return v;
  return nullptr;
}

bool truthy(const Json& v) {
  switch (v.type()) {
    case Json::Type::Null:
      return false;
    case Json::Type::Bool:
      return v.as_bool();
    case Json::Type::Number:
      return v.as_number() != 0;
    case Json::Type::String:
      return !v.as_string().empty();
    case Json::Type::Array:
      return !v.items().empty();
    case Json::Type::Object:
      return !v.members().empty();
  }
  return false;
}

std::string to_text(const Json& v) {
  switch (v.type()) {
    case Json::Type::Null:
      return "";
    case Json::Type::Bool:
      return v.as_bool() ? "có" : "không";
    case Json::Type::Number: {
      if (auto i = as_int(v)) return std::to_string(*i);
      return text::format_decimal(v.as_number(), 2);
    }
    case Json::Type::String:
      return v.as_string();
    default:
      return core::to_json(v, -1);
  }
}

const std::map<std::string, Filter>& filters() {
  static const std::map<std::string, Filter> f = {
      {"upper",
       [](const Json& in, const std::vector<Json>&, std::string&) -> std::optional<Json> {
         return Json::string(text::upper(to_text(in)));
       }},
      {"lower",
       [](const Json& in, const std::vector<Json>&, std::string&) -> std::optional<Json> {
         return Json::string(text::lower(to_text(in)));
       }},
      {"nd30_date",
       [](const Json& in, const std::vector<Json>&, std::string& e) -> std::optional<Json> {
         auto d = as_date(in);
         if (!d) {
           e = "nd30_date cần ngày dạng YYYY-MM-DD";
           return std::nullopt;
         }
         return Json::string(text::nd30_date(*d));
       }},
      {"dmy",
       [](const Json& in, const std::vector<Json>&, std::string& e) -> std::optional<Json> {
         auto d = as_date(in);
         if (!d) {
           e = "dmy cần ngày dạng YYYY-MM-DD";
           return std::nullopt;
         }
         return Json::string(d->dmy());
       }},
      {"number",
       [](const Json& in, const std::vector<Json>&, std::string& e) -> std::optional<Json> {
         auto i = as_int(in);
         if (!i) {
           e = "number cần số nguyên";
           return std::nullopt;
         }
         return Json::string(text::format_number(*i));
       }},
      {"money",
       [](const Json& in, const std::vector<Json>&, std::string& e) -> std::optional<Json> {
         auto i = as_int(in);
         if (!i) {
           e = "money cần số tiền nguyên (đồng)";
           return std::nullopt;
         }
         return Json::string(text::format_number(*i));
       }},
      {"money_words",
       [](const Json& in, const std::vector<Json>&, std::string& e) -> std::optional<Json> {
         auto i = as_int(in);
         if (!i || *i < 0) {
           e = "money_words cần số tiền nguyên không âm";
           return std::nullopt;
         }
         return Json::string(text::money_in_words(static_cast<uint64_t>(*i)));
       }},
      {"docno",
       [](const Json& in, const std::vector<Json>& a, std::string& e) -> std::optional<Json> {
         if (a.size() != 1 || !a[0].is_string()) {
           e = "docno cần một tham số là ký hiệu, ví dụ docno(symbol)";
           return std::nullopt;
         }
         auto n = as_int(in);
         if (!in.is_null() && !n) {
           e = "docno cần số văn bản nguyên hoặc null";
           return std::nullopt;
         }
         return Json::string(
             text::doc_number(n ? std::optional<int>(static_cast<int>(*n)) : std::nullopt, a[0].as_string()));
       }},
      {"roman",
       [](const Json& in, const std::vector<Json>&, std::string& e) -> std::optional<Json> {
         auto i = as_int(in);
         if (!i || *i < 1 || *i > 3999) {
           e = "roman cần số từ 1 đến 3999";
           return std::nullopt;
         }
         return Json::string(text::roman(static_cast<int>(*i)));
       }},
      {"letter",
       [](const Json& in, const std::vector<Json>&, std::string& e) -> std::optional<Json> {
         auto i = as_int(in);
         if (!i || *i < 1) {
           e = "letter cần số thứ tự từ 1";
           return std::nullopt;
         }
         return Json::string(text::list_letter(static_cast<size_t>(*i - 1)));
       }},
      {"pad2",
       [](const Json& in, const std::vector<Json>&, std::string& e) -> std::optional<Json> {
         auto i = as_int(in);
         if (!i || *i < 0) {
           e = "pad2 cần số nguyên không âm";
           return std::nullopt;
         }
         return Json::string(*i < 10 ? "0" + std::to_string(*i) : std::to_string(*i));
       }},
      {"default",
       [](const Json& in, const std::vector<Json>& a, std::string& e) -> std::optional<Json> {
         if (a.size() != 1) {
           e = "default cần một tham số";
           return std::nullopt;
         }
         return truthy(in) ? in : a[0];
       }},
      {"join",
       [](const Json& in, const std::vector<Json>& a, std::string& e) -> std::optional<Json> {
         if (!in.is_array()) {
           e = "join cần danh sách";
           return std::nullopt;
         }
         std::string sep = a.empty() ? ", " : to_text(a[0]), out;
         for (size_t k = 0; k < in.items().size(); ++k) out += (k ? sep : "") + to_text(in.items()[k]);
         return Json::string(out);
       }},
      {"length",
       [](const Json& in, const std::vector<Json>&, std::string& e) -> std::optional<Json> {
         if (in.is_array()) return Json::integer(static_cast<int64_t>(in.items().size()));
         if (in.is_string()) return Json::integer(static_cast<int64_t>(text::length(in.as_string())));
         e = "length cần danh sách hoặc chuỗi";
         return std::nullopt;
       }},
      {"name_order",
       [](const Json& in, const std::vector<Json>&, std::string&) -> std::optional<Json> {
         auto n = text::split_name(to_text(in));
         return Json::string(n.ten + (n.dem.empty() ? "" : " " + n.dem) + " " + n.ho);
       }},
  };
  return f;
}

const Json* resolve(const Node& n, const Scope& s, EvalError& err) {
  if (n.kind != Node::Kind::Path) return nullptr;
  const Json* v = s.lookup(n.path[0]);
  if (!v) {
    err = {n.col, "trường dữ liệu «" + n.path[0] + "» không có"};
    return nullptr;
  }
  for (size_t k = 1; k < n.path.size(); ++k) {
    const std::string& seg = n.path[k];
    if (seg[0] == '[') {
      size_t idx = std::stoul(seg.substr(1, seg.size() - 2));
      if (!v->is_array() || idx >= v->items().size()) {
        err = {n.col, "«" + join_path(n.path, k) + "» ngoài danh sách"};
        return nullptr;
      }
      v = &v->items()[idx];
    } else {
      const Json* next = v->is_object() ? v->find(seg) : nullptr;
      if (!next) {
        err = {n.col, "trường dữ liệu «" + join_path(n.path, k) + "» không có"};
        return nullptr;
      }
      v = next;
    }
  }
  return v;
}

// A path whose object exists but lacks its last key: «default» gives its value for it. A misspelt parent is
// still an error.
bool optional_key(const Node& n, const Scope& s) {
  if (n.kind != Node::Kind::Path || n.path.size() < 2 || n.path.back()[0] == '[') return false;
  Node parent = n;
  parent.path.pop_back();
  EvalError ignored;
  const Json* v = resolve(parent, s, ignored);
  return v && v->is_object() && !v->find(n.path.back());
}

std::optional<Json> eval(const Node& n, const Scope& s, EvalError& err) {
  switch (n.kind) {
    case Node::Kind::Literal:
      return n.literal;
    case Node::Kind::Path: {
      if (const Json* r = resolve(n, s, err)) return *r;
      return std::nullopt;
    }
    case Node::Kind::Not: {
      auto a = eval(*n.args[0], s, err);
      if (!a) return std::nullopt;
      return Json::boolean(!truthy(*a));
    }
    case Node::Kind::Binary: {
      auto a = eval(*n.args[0], s, err);
      if (!a) return std::nullopt;
      if (n.op == "and" && !truthy(*a)) return Json::boolean(false);
      if (n.op == "or" && truthy(*a)) return Json::boolean(true);
      auto b = eval(*n.args[1], s, err);
      if (!b) return std::nullopt;
      if (n.op == "and" || n.op == "or") return Json::boolean(truthy(*b));
      if (n.op == "==") return Json::boolean(equal_json(*a, *b));
      if (n.op == "!=") return Json::boolean(!equal_json(*a, *b));
      bool ok;
      int c = compare_json(*a, *b, ok);
      if (!ok) {
        err = {n.col, std::string("không so sánh được ") + Json::type_name(a->type()) + " với " +
                          Json::type_name(b->type())};
        return std::nullopt;
      }
      if (n.op == "<") return Json::boolean(c < 0);
      if (n.op == "<=") return Json::boolean(c <= 0);
      if (n.op == ">") return Json::boolean(c > 0);
      return Json::boolean(c >= 0);
    }
    case Node::Kind::Filter: {
      auto in = eval(*n.args[0], s, err);
      if (!in && n.op == "default" && optional_key(*n.args[0], s)) {
        err = {};
        in = Json();  // «ky.ky_thay | default('')»: a key the data may leave out
      }
      if (!in) return std::nullopt;
      std::vector<Json> args;
      for (size_t k = 1; k < n.args.size(); ++k) {
        auto a = eval(*n.args[k], s, err);
        if (!a) return std::nullopt;
        args.push_back(*a);
      }
      std::string e;
      auto r = filters().at(n.op)(*in, args, e);
      if (!r) err = {n.col, "bộ lọc «" + n.op + "»: " + e};
      return r;
    }
  }
  return std::nullopt;
}

}  // namespace tdkt::expr
