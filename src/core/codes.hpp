// A table of codes for one enum: each value's stored code (as the database, the JSON results and the command
// line write it) and its Vietnamese label (as people read it), and the parse of a code back to the value.
// Every enum of the round has exactly one such table; nothing else spells its codes.
#pragma once
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace tdkt::core {

template <class E>
class CodeTable {
 public:
  struct Entry {
    E value;
    std::string code, label;
  };
  CodeTable(std::initializer_list<Entry> entries) : entries_(entries) {
    for (auto& e : entries_) values_.push_back(e.value);
  }
  const std::string& code(E v) const { return find(v).code; }
  const std::string& label(E v) const { return find(v).label; }
  std::optional<E> parse(std::string_view code) const {
    for (auto& e : entries_)
      if (e.code == code) return e.value;
    return std::nullopt;
  }
  // In the table's order (the order of the workflow, for states).
  const std::vector<E>& all() const { return values_; }
  // "a, b, c": the codes, for a hint after a wrong one.
  std::string codes(const std::string& sep = ", ") const {
    std::string s;
    for (auto& e : entries_) s += (s.empty() ? "" : sep) + e.code;
    return s;
  }

 private:
  const Entry& find(E v) const {
    for (auto& e : entries_)
      if (e.value == v) return e;
    return entries_.front();  // unreachable for a complete table (tests check completeness)
  }
  std::vector<Entry> entries_;
  std::vector<E> values_;
};

}  // namespace tdkt::core
