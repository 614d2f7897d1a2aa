// The CSV reader: UTF-8 with or without BOM, the delimiter (comma, semicolon or tab) taken from the first
// line, quoted fields over several lines, line numbers kept for the messages.
#include <algorithm>
#include <map>

#include "intake/sheet.hpp"
#include "text/utf8.hpp"

namespace tdkt::intake {

std::optional<Sheet> read_csv_text(const std::string& name, const std::string& in, core::Diagnostics& d,
                                   const Limits& lim) {
  std::string text = in;
  if (text.compare(0, 3, "\xEF\xBB\xBF") == 0) text.erase(0, 3);
  if (size_t bad = text::find_invalid_utf8(text); bad != std::string::npos) {
    int line = 1 + static_cast<int>(std::count(text.begin(), text.begin() + static_cast<long>(bad), '\n'));
    d.error({name, line}, "", "tệp CSV không phải UTF-8 (byte sai ở dòng " + std::to_string(line) + ")",
            "trong Excel chọn Lưu thành «CSV UTF-8 (Comma delimited)»");
    return std::nullopt;
  }
  // The delimiter: whichever of ',' ';' '\t' appears most in the first line (outside quotes).
  char delim = ',';
  {
    std::map<char, int> count;
    bool q = false;
    for (char c : text.substr(0, text.find('\n'))) {
      if (c == '"')
        q = !q;
      else if (!q && (c == ',' || c == ';' || c == '\t'))
        ++count[c];
    }
    int best = 0;
    for (auto [c, n] : count)
      if (n > best) {
        best = n;
        delim = c;
      }
  }
  Sheet t;
  t.file = name;
  Row row;
  int line = 1;
  row.number = 1;
  std::string field;
  bool quoted = false, was_quoted = false;
  auto end_field = [&] {
    Cell c;
    if (!field.empty() || was_quoted) {
      c.kind = Cell::Kind::Text;
      c.text = field;
    }
    row.cells.push_back(std::move(c));
    field.clear();
    was_quoted = false;
  };
  auto end_row = [&] {
    end_field();
    while (!row.cells.empty() && row.cells.back().kind == Cell::Kind::Empty) row.cells.pop_back();
    if (!row.blank()) t.rows.push_back(std::move(row));
    row = Row();
  };
  auto too_many = [&] {
    if (t.rows.size() <= lim.max_rows) return false;
    d.error({name}, "", "quá " + std::to_string(lim.max_rows) + " dòng: hãy chia tệp");
    return true;
  };
  for (size_t i = 0; i < text.size(); ++i) {
    char c = text[i];
    if (quoted) {
      if (c == '"') {
        if (i + 1 < text.size() && text[i + 1] == '"') {
          field += '"';
          ++i;
        } else
          quoted = false;
      } else {
        if (c == '\n') ++line;
        field += c;
      }
      continue;
    }
    if (c == '"' && field.empty()) {
      quoted = true;
      was_quoted = true;
    } else if (c == delim)
      end_field();
    else if (c == '\r')
      continue;
    else if (c == '\n') {
      end_row();
      row.number = ++line;
      if (too_many()) return std::nullopt;
    } else
      field += c;
  }
  if (quoted) {
    d.error({name, row.number}, "",
            "dấu ngoặc kép mở ở dòng " + std::to_string(row.number) + " không được đóng");
    return std::nullopt;
  }
  if (!field.empty() || !row.cells.empty()) end_row();
  if (too_many()) return std::nullopt;  // the last line may have no newline
  return t;
}

}  // namespace tdkt::intake
