// Strict JSON (RFC 8259) parser that records positions, and the matching writer.
#include "core/json.hpp"

#include <charconv>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <cstring>

#include "core/utf8.hpp"

namespace tdkt::core {

Json Json::null() {
  return Json();
}
Json Json::boolean(bool b) {
  Json j;
  j.type_ = Type::Bool;
  j.b_ = b;
  return j;
}
Json Json::number(double d) {
  Json j;
  j.type_ = Type::Number;
  j.num_ = d;
  char buf[64];
  auto r = std::to_chars(buf, buf + sizeof buf, d);
  j.str_.assign(buf, r.ptr);
  return j;
}
Json Json::integer(int64_t i) {
  Json j;
  j.type_ = Type::Number;
  j.num_ = static_cast<double>(i);
  j.str_ = std::to_string(i);
  return j;
}
Json Json::string(std::string s) {
  Json j;
  j.type_ = Type::String;
  j.str_ = std::move(s);
  return j;
}
Json Json::array() {
  Json j;
  j.type_ = Type::Array;
  return j;
}
Json Json::object() {
  Json j;
  j.type_ = Type::Object;
  return j;
}

bool Json::is_integer() const {
  return type_ == Type::Number && str_.find_first_of(".eE") == std::string::npos && std::fabs(num_) < 9.0e15;
}
int64_t Json::as_int() const {
  int64_t v = 0;
  std::from_chars(str_.data(), str_.data() + str_.size(), v);
  return v;
}
const Json::Member* Json::find_member(std::string_view key) const {
  for (auto& m : obj_)
    if (m.key == key) return &m;
  return nullptr;
}
const Json* Json::find(std::string_view key) const {
  auto* m = find_member(key);
  return m ? &m->value : nullptr;
}
Json& Json::push(Json v) {
  arr_.push_back(std::move(v));
  return arr_.back();
}
Json& Json::set(std::string key, Json v) {
  for (auto& m : obj_)
    if (m.key == key) {
      m.value = std::move(v);
      return m.value;
    }
  obj_.push_back({std::move(key), {}, std::move(v)});
  return obj_.back().value;
}
const char* Json::type_name(Type t) {
  switch (t) {
    case Type::Null:
      return "null";
    case Type::Bool:
      return "đúng/sai (boolean)";
    case Type::Number:
      return "số";
    case Type::String:
      return "chuỗi";
    case Type::Array:
      return "danh sách (mảng)";
    case Type::Object:
      return "đối tượng";
  }
  return "?";
}

class JsonParser {
 public:
  JsonParser(std::string_view t, const std::string& f, Diagnostics& d, int md)
      : s_(t), file_(f), diags_(d), max_depth_(md) {}

  std::optional<Json> run() {
    Json v;
    skip_ws();
    if (!value(v, 0)) return std::nullopt;
    skip_ws();
    if (i_ < s_.size()) return fail("có nội dung thừa sau giá trị JSON");
    return v;
  }

 private:
  std::string_view s_;
  const std::string& file_;
  Diagnostics& diags_;
  int max_depth_;
  size_t i_ = 0;
  int line_ = 1, col_ = 1;

  std::nullopt_t fail(const std::string& msg, const std::string& hint = {}) {
    diags_.error({file_, line_, col_, line_of(std::string(s_), line_)}, "", "JSON không hợp lệ: " + msg,
                 hint);
    return std::nullopt;
  }
  bool failb(const std::string& msg, const std::string& hint = {}) {
    fail(msg, hint);
    return false;
  }
  void adv() {
    unsigned char c = static_cast<unsigned char>(s_[i_++]);
    if (c == '\n') {
      ++line_;
      col_ = 1;
    } else if ((c & 0xC0) != 0x80)
      ++col_;  // count code points, not bytes
  }
  void skip_ws() {
    while (i_ < s_.size() && (s_[i_] == ' ' || s_[i_] == '\t' || s_[i_] == '\n' || s_[i_] == '\r')) adv();
  }
  Pos here() const { return {line_, col_}; }
  static std::string shown(char c) {
    if (static_cast<unsigned char>(c) < 0x20) return "ký tự điều khiển";
    return std::string("«") + c + "»";
  }

  bool value(Json& out, int depth) {
    if (i_ >= s_.size()) return failb("tệp kết thúc khi đang chờ một giá trị");
    out.pos_ = here();
    char c = s_[i_];
    // depth counts the arrays and objects around this value: the max_depth-th one nested is the last allowed.
    if ((c == '{' || c == '[') && depth >= max_depth_)
      return failb("lồng nhau quá sâu (tối đa " + std::to_string(max_depth_) + " cấp)");
    if (c == '{') return object(out, depth);
    if (c == '[') return array(out, depth);
    if (c == '"') {
      out.type_ = Json::Type::String;
      return string(out.str_);
    }
    if (c == '-' || (c >= '0' && c <= '9')) return number(out);
    if (s_.compare(i_, 4, "true") == 0) {
      out.type_ = Json::Type::Bool;
      out.b_ = true;
      for (int k = 0; k < 4; ++k) adv();
      return true;
    }
    if (s_.compare(i_, 5, "false") == 0) {
      out.type_ = Json::Type::Bool;
      out.b_ = false;
      for (int k = 0; k < 5; ++k) adv();
      return true;
    }
    if (s_.compare(i_, 4, "null") == 0) {
      out.type_ = Json::Type::Null;
      for (int k = 0; k < 4; ++k) adv();
      return true;
    }
    if (c == '\'') return failb("chuỗi phải đặt trong dấu nháy kép \"…\", không dùng nháy đơn");
    return failb("ký tự không mong đợi " + shown(c));
  }

  bool object(Json& out, int depth) {
    out.type_ = Json::Type::Object;
    adv();
    skip_ws();
    if (i_ < s_.size() && s_[i_] == '}') {
      adv();
      return true;
    }
    while (true) {
      skip_ws();
      if (i_ >= s_.size()) return failb("thiếu dấu «}» đóng đối tượng");
      if (s_[i_] != '"')
        return failb("tên trường phải là chuỗi trong nháy kép", "kiểm tra dấu phẩy thừa trước «}»");
      Json::Member m;
      m.pos = here();
      if (!string(m.key)) return false;
      for (auto& o : out.obj_)
        if (o.key == m.key) {
          diags_.error({file_, m.pos.line, m.pos.col}, m.key,
                       "trường bị lặp lại (đã có ở dòng " + std::to_string(o.pos.line) + ")");
          return false;
        }
      skip_ws();
      if (i_ >= s_.size() || s_[i_] != ':') return failb("thiếu dấu «:» sau tên trường «" + m.key + "»");
      adv();
      skip_ws();
      if (!value(m.value, depth + 1)) return false;
      out.obj_.push_back(std::move(m));
      skip_ws();
      if (i_ >= s_.size()) return failb("thiếu dấu «}» đóng đối tượng");
      if (s_[i_] == ',') {
        adv();
        continue;
      }
      if (s_[i_] == '}') {
        adv();
        return true;
      }
      return failb("thiếu dấu «,» hoặc «}» sau giá trị của trường «" + out.obj_.back().key + "»");
    }
  }

  bool array(Json& out, int depth) {
    out.type_ = Json::Type::Array;
    adv();
    skip_ws();
    if (i_ < s_.size() && s_[i_] == ']') {
      adv();
      return true;
    }
    while (true) {
      skip_ws();
      Json v;
      if (i_ < s_.size() && s_[i_] == ']') return failb("dấu phẩy thừa trước «]»");
      if (!value(v, depth + 1)) return false;
      out.arr_.push_back(std::move(v));
      skip_ws();
      if (i_ >= s_.size()) return failb("thiếu dấu «]» đóng danh sách");
      if (s_[i_] == ',') {
        adv();
        continue;
      }
      if (s_[i_] == ']') {
        adv();
        return true;
      }
      return failb("thiếu dấu «,» hoặc «]» trong danh sách");
    }
  }

  bool hex4(uint32_t& v) {
    v = 0;
    for (int k = 0; k < 4; ++k) {
      if (i_ >= s_.size()) return failb("mã \\u thiếu chữ số");
      char c = s_[i_];
      v <<= 4;
      if (c >= '0' && c <= '9')
        v |= c - '0';
      else if (c >= 'a' && c <= 'f')
        v |= c - 'a' + 10;
      else if (c >= 'A' && c <= 'F')
        v |= c - 'A' + 10;
      else
        return failb("mã \\u có ký tự không phải hệ 16");
      adv();
    }
    return true;
  }
  bool string(std::string& out) {
    adv();  // opening quote
    while (true) {
      if (i_ >= s_.size()) return failb("chuỗi chưa đóng dấu nháy kép");
      char c = s_[i_];
      if (c == '"') {
        adv();
        return true;
      }
      if (static_cast<unsigned char>(c) < 0x20)
        return failb(c == '\n' ? "chuỗi chưa đóng trước khi xuống dòng" : "chuỗi chứa ký tự điều khiển",
                     "viết xuống dòng trong chuỗi là \\n");
      if (c != '\\') {
        out += c;
        adv();
        continue;
      }
      adv();
      if (i_ >= s_.size()) return failb("chuỗi kết thúc sau dấu «\\»");
      char e = s_[i_];
      adv();
      switch (e) {
        case '"':
          out += '"';
          break;
        case '\\':
          out += '\\';
          break;
        case '/':
          out += '/';
          break;
        case 'b':
          out += '\b';
          break;
        case 'f':
          out += '\f';
          break;
        case 'n':
          out += '\n';
          break;
        case 'r':
          out += '\r';
          break;
        case 't':
          out += '\t';
          break;
        case 'u': {
          uint32_t cp;
          if (!hex4(cp)) return false;
          if (cp >= 0xD800 && cp <= 0xDBFF) {
            uint32_t lo;
            if (i_ + 1 >= s_.size() || s_[i_] != '\\' || s_[i_ + 1] != 'u')
              return failb("nửa cặp mã UTF-16 đứng một mình");
            adv();
            adv();
            if (!hex4(lo)) return false;
            if (lo < 0xDC00 || lo > 0xDFFF) return failb("cặp mã UTF-16 không hợp lệ");
            cp = 0x10000 + ((cp - 0xD800) << 10) + (lo - 0xDC00);
          } else if (cp >= 0xDC00 && cp <= 0xDFFF) {
            return failb("nửa cặp mã UTF-16 đứng một mình");
          }
          if (cp == 0) return failb("chuỗi chứa ký tự NUL");
          append_utf8(out, static_cast<char32_t>(cp));
          break;
        }
        default:
          return failb(std::string("mã thoát không hợp lệ «\\") + e + "»");
      }
    }
  }
  bool number(Json& out) {
    size_t start = i_;
    auto digit = [&] { return i_ < s_.size() && s_[i_] >= '0' && s_[i_] <= '9'; };
    if (s_[i_] == '-') adv();
    if (!digit()) return failb("số không hợp lệ");
    if (s_[i_] == '0') {
      adv();
      if (digit())
        return failb("số không được bắt đầu bằng 0",
                     "viết 5 thay vì 05; mã có số 0 đứng đầu hãy để trong nháy kép");
    } else
      while (digit()) adv();
    if (i_ < s_.size() && s_[i_] == '.') {
      adv();
      if (!digit()) return failb("thiếu chữ số sau dấu chấm thập phân");
      while (digit()) adv();
    }
    if (i_ < s_.size() && (s_[i_] == 'e' || s_[i_] == 'E')) {
      adv();
      if (i_ < s_.size() && (s_[i_] == '+' || s_[i_] == '-')) adv();
      if (!digit()) return failb("số mũ không hợp lệ");
      while (digit()) adv();
    }
    out.type_ = Json::Type::Number;
    out.str_ = std::string(s_.substr(start, i_ - start));
    out.num_ = std::strtod(out.str_.c_str(), nullptr);
    if (!std::isfinite(out.num_)) return failb("số quá lớn");
    return true;
  }
};

std::optional<Json> parse_json(std::string_view text, const std::string& file, Diagnostics& diags,
                               int max_depth) {
  if (text.size() >= 3 && static_cast<unsigned char>(text[0]) == 0xEF &&
      static_cast<unsigned char>(text[1]) == 0xBB && static_cast<unsigned char>(text[2]) == 0xBF)
    text.remove_prefix(3);  // a UTF-8 BOM from Windows editors is harmless
  return JsonParser(text, file, diags, max_depth).run();
}

std::string json_quote(std::string_view s) {
  std::string o = "\"";
  for (char c : s) {
    switch (c) {
      case '"':
        o += "\\\"";
        break;
      case '\\':
        o += "\\\\";
        break;
      case '\n':
        o += "\\n";
        break;
      case '\r':
        o += "\\r";
        break;
      case '\t':
        o += "\\t";
        break;
      default:
        if (static_cast<unsigned char>(c) < 0x20) {
          char b[8];
          std::snprintf(b, sizeof b, "\\u%04x", c);
          o += b;
        } else {
          o += c;
        }
    }
  }
  return o + "\"";
}

static void write(std::string& o, const Json& v, int indent, int level) {
  auto nl = [&](int lv) {
    if (indent < 0) return;
    o += '\n';
    o.append(static_cast<size_t>(lv * indent), ' ');
  };
  switch (v.type()) {
    case Json::Type::Null:
      o += "null";
      break;
    case Json::Type::Bool:
      o += v.as_bool() ? "true" : "false";
      break;
    case Json::Type::Number:
      o += v.as_string();
      break;
    case Json::Type::String:
      o += json_quote(v.as_string());
      break;
    case Json::Type::Array: {
      if (v.items().empty()) {
        o += "[]";
        break;
      }
      o += '[';
      bool first = true;
      for (auto& it : v.items()) {
        if (!first) o += ',';
        first = false;
        nl(level + 1);
        write(o, it, indent, level + 1);
      }
      nl(level);
      o += ']';
      break;
    }
    case Json::Type::Object: {
      if (v.members().empty()) {
        o += "{}";
        break;
      }
      o += '{';
      bool first = true;
      for (auto& m : v.members()) {
        if (!first) o += ',';
        first = false;
        nl(level + 1);
        o += json_quote(m.key);
        o += indent < 0 ? ":" : ": ";
        write(o, m.value, indent, level + 1);
      }
      nl(level);
      o += '}';
      break;
    }
  }
}

std::string to_json(const Json& v, int indent) {
  std::string o;
  write(o, v, indent, 0);
  return o;
}

}  // namespace tdkt::core
