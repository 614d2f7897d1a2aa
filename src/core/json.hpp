// JSON values that remember where they were read (line:col), a strict parser and a stable writer.
#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/diag.hpp"
#include "core/limits.hpp"

namespace tdkt::core {

struct Pos {
  int line = 0;
  int col = 0;
};

class Json {
 public:
  enum class Type { Null, Bool, Number, String, Array, Object };
  struct Member;

  Json() = default;
  static Json null();  // defined out of line: Member is incomplete here (clang)
  static Json boolean(bool b);
  static Json number(double d);
  static Json integer(int64_t i);
  static Json string(std::string s);
  static Json array();
  static Json object();

  Type type() const { return type_; }
  bool is_null() const { return type_ == Type::Null; }
  bool is_bool() const { return type_ == Type::Bool; }
  bool is_number() const { return type_ == Type::Number; }
  bool is_string() const { return type_ == Type::String; }
  bool is_array() const { return type_ == Type::Array; }
  bool is_object() const { return type_ == Type::Object; }
  Pos pos() const { return pos_; }

  bool as_bool() const { return b_; }
  double as_number() const { return num_; }
  const std::string& as_string() const { return str_; }  // for numbers: the literal text
  bool is_integer() const;                               // a number without fraction or exponent
  int64_t as_int() const;

  const std::vector<Json>& items() const { return arr_; }
  std::vector<Json>& items() { return arr_; }
  const std::vector<Member>& members() const { return obj_; }
  std::vector<Member>& members() { return obj_; }
  const Json* find(std::string_view key) const;
  const Member* find_member(std::string_view key) const;

  Json& push(Json v);                  // arrays
  Json& set(std::string key, Json v);  // objects: replaces an existing key, keeps order

  static const char* type_name(Type t);  // Vietnamese, for messages

 private:
  friend class JsonParser;
  Type type_ = Type::Null;
  Pos pos_;
  bool b_ = false;
  double num_ = 0;
  std::string str_;
  std::vector<Json> arr_;
  std::vector<Member> obj_;
};

struct Json::Member {
  std::string key;
  Pos pos;
  Json value;
};

// Parses text (which must already be valid UTF-8). Syntax errors, duplicate keys and nesting deeper than
// max_depth go to diags with file:line:col. Returns nullopt on any error.
std::optional<Json> parse_json(std::string_view text, const std::string& file, Diagnostics& diags,
                               int max_depth = limits::kJsonDepth);

// Writes JSON: indent < 0 gives one line; otherwise pretty with that many spaces. Keys keep their order.
std::string to_json(const Json& v, int indent = 2);
std::string json_quote(std::string_view s);

}  // namespace tdkt::core
