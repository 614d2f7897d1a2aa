// The small expression language of templates: literals, dotted paths with [index], comparisons,
// and/or/not, parentheses, and filters `value | name(arg, …)`. Values are core::Json.
#pragma once
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "core/json.hpp"
#include "core/limits.hpp"

namespace tdkt::expr {

struct Node;
using NodePtr = std::shared_ptr<const Node>;

struct Node {
  enum class Kind { Literal, Path, Not, Binary, Filter } kind;
  core::Json literal;
  std::vector<std::string> path;  // "b", "text" for b.text; "[0]" entries for indexes
  std::string op;                 // binary operator or filter name
  std::vector<NodePtr> args;      // operands / filter input + arguments
  int col = 1;                    // 1-based column in the source expression
  int depth = 1;                  // 1 + the deepest operand: evaluation recurses this deep
};

// Limits of one expression (a template's expressions are short; a hostile one must not exhaust the stack).
inline constexpr size_t kMaxExprBytes = core::limits::kExprBytes;
inline constexpr int kMaxExprDepth = core::limits::kExprDepth;

struct ParseError {
  int col;
  std::string message;  // Vietnamese
};

// Parses src; on error returns nullptr and fills err.
NodePtr parse(const std::string& src, ParseError& err);

// Variables visible to an expression: a chain of scopes (loop variables over the data root).
class Scope {
 public:
  explicit Scope(const core::Json* root, const Scope* parent = nullptr) : root_(root), parent_(parent) {}
  void bind(const std::string& name, const core::Json* value) {
    for (auto& v : vars_)
      if (v.first == name) {
        v.second = value;
        return;
      }
    vars_.emplace_back(name, value);
  }
  const core::Json* lookup(const std::string& name) const;

 private:
  const core::Json* root_;
  const Scope* parent_;
  std::vector<std::pair<std::string, const core::Json*>>
      vars_;  // one or two loop variables: a vector beats a map
};

struct EvalError {
  int col;
  std::string message;
};

using Filter = std::function<std::optional<core::Json>(
    const core::Json& in, const std::vector<core::Json>& args, std::string& err)>;
const std::map<std::string, Filter>& filters();

std::optional<core::Json> eval(const Node& n, const Scope& s, EvalError& err);
// For a Path node: the value itself, without copying (nullptr + err when missing). Other nodes: nullptr, no
// error.
const core::Json* resolve(const Node& n, const Scope& s, EvalError& err);
bool truthy(const core::Json& v);
// Text of a value as it appears in a document: strings as is, integers without ".0", null → "".
std::string to_text(const core::Json& v);

}  // namespace tdkt::expr
