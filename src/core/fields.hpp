// Reading a JSON object field by field with typed getters that report Vietnamese errors with the field
// path and line:col, and that flag every unknown field (with a "did you mean" hint) at finish().
#pragma once
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "core/date.hpp"
#include "core/diag.hpp"
#include "core/json.hpp"

namespace tdkt::core {

class Fields {
 public:
  Fields(const Json& obj, std::string path, const std::string& file, Diagnostics& diags);
  ~Fields() = default;

  bool ok() const { return ok_; }  // false if the value was not an object
  std::optional<std::string> str(const std::string& key, bool required = true, bool allow_empty = false);
  std::optional<int64_t> integer(const std::string& key, bool required, int64_t min, int64_t max);
  std::optional<double> number(const std::string& key, bool required, double min, double max);
  std::optional<bool> boolean(const std::string& key, bool required = false);
  std::optional<Date> date(const std::string& key, bool required = true);
  // One of the allowed strings; the message lists them.
  std::optional<std::string> choice(const std::string& key, bool required,
                                    const std::vector<std::string>& allowed);
  const Json* array(const std::string& key, bool required = true, bool non_empty = false);
  const Json* object(const std::string& key, bool required = true);
  const Json* any(const std::string& key, bool required = false);
  std::vector<std::string> strings(const std::string& key, bool required = false);  // array of strings

  std::string path(const std::string& key) const {
    return key.empty() ? path_ : path_.empty() ? key : path_ + "." + key;
  }
  Location loc() const;
  Location loc(const std::string& key) const;  // of the key's value, or of the object if absent
  void error(const std::string& key, const std::string& message, const std::string& hint = {});
  void warning(const std::string& key, const std::string& message, const std::string& hint = {});
  const std::string& file() const { return file_; }
  Diagnostics& diags() { return diags_; }
  // Reports every key that no getter asked for. Call once, after all getters.
  void finish();

 private:
  const Json& obj_;
  std::string path_;
  std::string file_;
  Diagnostics& diags_;
  std::set<std::string> known_;
  bool ok_ = true;
  const Json* get(const std::string& key, bool required);
  void type_error(const std::string& key, const Json& v, const char* want);
};

// Path of an array element, 1-based as people count: ("criteria", 0) → "criteria[1]".
std::string item_path(const std::string& base, size_t index0);
std::size_t edit_distance(const std::string& a, const std::string& b);

}  // namespace tdkt::core
