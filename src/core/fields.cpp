// Typed, located access to JSON objects for every file format tdkt reads.
#include "core/fields.hpp"

#include <algorithm>

namespace tdkt::core {

std::string item_path(const std::string& base, size_t index0) {
  return base + "[" + std::to_string(index0 + 1) + "]";
}

std::size_t edit_distance(const std::string& a, const std::string& b) {
  std::vector<size_t> prev(b.size() + 1), cur(b.size() + 1);
  for (size_t j = 0; j <= b.size(); ++j) prev[j] = j;
  for (size_t i = 1; i <= a.size(); ++i) {
    cur[0] = i;
    for (size_t j = 1; j <= b.size(); ++j)
      cur[j] = std::min({prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)});
    std::swap(prev, cur);
  }
  return prev[b.size()];
}

Fields::Fields(const Json& obj, std::string path, const std::string& file, Diagnostics& diags)
    : obj_(obj), path_(std::move(path)), file_(file), diags_(diags) {
  if (!obj.is_object()) {
    ok_ = false;
    diags_.error(loc(), path_, std::string("phải là đối tượng {…}, nhưng là ") + Json::type_name(obj.type()));
  }
}

Location Fields::loc() const {
  return {file_, obj_.pos().line, obj_.pos().col};
}
Location Fields::loc(const std::string& key) const {
  if (ok_)
    if (auto* v = obj_.find(key)) return {file_, v->pos().line, v->pos().col};
  return loc();
}
void Fields::error(const std::string& key, const std::string& message, const std::string& hint) {
  diags_.error(loc(key), path(key), message, hint);
}
void Fields::warning(const std::string& key, const std::string& message, const std::string& hint) {
  diags_.warning(loc(key), path(key), message, hint);
}

const Json* Fields::get(const std::string& key, bool required) {
  known_.insert(key);
  if (!ok_) return nullptr;
  const Json* v = obj_.find(key);
  if (!v && required) diags_.error(loc(), path(key), "thiếu trường bắt buộc");
  return v;
}
void Fields::type_error(const std::string& key, const Json& v, const char* want) {
  diags_.error({file_, v.pos().line, v.pos().col}, path(key),
               std::string("phải là ") + want + ", nhưng là " + Json::type_name(v.type()));
}

std::optional<std::string> Fields::str(const std::string& key, bool required, bool allow_empty) {
  const Json* v = get(key, required);
  if (!v || (v->is_null() && !required)) return std::nullopt;
  if (!v->is_string()) {
    type_error(key, *v, "chuỗi");
    return std::nullopt;
  }
  if (!allow_empty && v->as_string().find_first_not_of(" \t\n") == std::string::npos) {
    error(key, "không được để trống");
    return std::nullopt;
  }
  return v->as_string();
}
std::optional<int64_t> Fields::integer(const std::string& key, bool required, int64_t min, int64_t max) {
  const Json* v = get(key, required);
  if (!v || (v->is_null() && !required)) return std::nullopt;
  if (!v->is_integer()) {
    type_error(key, *v, "số nguyên");
    return std::nullopt;
  }
  int64_t i = v->as_int();
  if (i < min || i > max) {
    error(key, "giá trị " + std::to_string(i) + " ngoài khoảng cho phép " + std::to_string(min) + "…" +
                   std::to_string(max));
    return std::nullopt;
  }
  return i;
}
std::optional<double> Fields::number(const std::string& key, bool required, double min, double max) {
  const Json* v = get(key, required);
  if (!v || (v->is_null() && !required)) return std::nullopt;
  if (!v->is_number()) {
    type_error(key, *v, "số");
    return std::nullopt;
  }
  double d = v->as_number();
  if (d < min || d > max) {
    error(key, "giá trị " + v->as_string() + " ngoài khoảng cho phép");
    return std::nullopt;
  }
  return d;
}
std::optional<bool> Fields::boolean(const std::string& key, bool required) {
  const Json* v = get(key, required);
  if (!v || (v->is_null() && !required)) return std::nullopt;
  if (!v->is_bool()) {
    type_error(key, *v, "true hoặc false");
    return std::nullopt;
  }
  return v->as_bool();
}
std::optional<Date> Fields::date(const std::string& key, bool required) {
  const Json* v = get(key, required);
  if (!v || (v->is_null() && !required)) return std::nullopt;
  if (!v->is_string()) {
    type_error(key, *v, "ngày dạng \"YYYY-MM-DD\"");
    return std::nullopt;
  }
  auto d = parse_date(v->as_string());
  if (!d)
    error(key, "ngày «" + v->as_string() + "» không hợp lệ", "viết theo dạng YYYY-MM-DD, ví dụ 2024-11-05");
  return d;
}
std::optional<std::string> Fields::choice(const std::string& key, bool required,
                                          const std::vector<std::string>& allowed) {
  auto s = str(key, required);
  if (!s) return std::nullopt;
  if (std::find(allowed.begin(), allowed.end(), *s) != allowed.end()) return s;
  std::string list;
  for (auto& a : allowed) list += (list.empty() ? "" : ", ") + a;
  error(key, "giá trị «" + *s + "» không hợp lệ; cho phép: " + list);
  return std::nullopt;
}
const Json* Fields::array(const std::string& key, bool required, bool non_empty) {
  const Json* v = get(key, required);
  if (!v || (v->is_null() && !required)) return nullptr;
  if (!v->is_array()) {
    type_error(key, *v, "danh sách [...]");
    return nullptr;
  }
  if (non_empty && v->items().empty()) {
    error(key, "danh sách không được rỗng");
    return nullptr;
  }
  return v;
}
const Json* Fields::object(const std::string& key, bool required) {
  const Json* v = get(key, required);
  if (!v || (v->is_null() && !required)) return nullptr;
  if (!v->is_object()) {
    type_error(key, *v, "đối tượng {…}");
    return nullptr;
  }
  return v;
}
const Json* Fields::any(const std::string& key, bool required) {
  return get(key, required);
}
std::vector<std::string> Fields::strings(const std::string& key, bool required) {
  std::vector<std::string> out;
  const Json* a = array(key, required);
  if (!a) return out;
  for (size_t i = 0; i < a->items().size(); ++i) {
    auto& it = a->items()[i];
    if (!it.is_string())
      diags_.error({file_, it.pos().line, it.pos().col}, item_path(path(key), i), "phải là chuỗi");
    else
      out.push_back(it.as_string());
  }
  return out;
}

void Fields::finish() {
  if (!ok_) return;
  for (auto& m : obj_.members()) {
    if (known_.count(m.key)) continue;
    std::string best;
    size_t bd = 4;
    for (auto& k : known_) {
      size_t d = edit_distance(m.key, k);
      if (d < bd) {
        bd = d;
        best = k;
      }
    }
    diags_.error({file_, m.pos.line, m.pos.col}, path(m.key), "trường không được hỗ trợ",
                 best.empty() ? "xem docs/movement-format.md và docs/dataset-format.md"
                              : "có phải ý bạn là «" + best + "»?");
  }
}

}  // namespace tdkt::core
