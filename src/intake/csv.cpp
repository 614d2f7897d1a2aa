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
  std::string bad;  // the first structural error: the file is refused, no row guessed
  int bad_line = 0;
  auto refuse = [&](std::string msg) {
    if (!bad.empty()) return;
    bad = std::move(msg);
    bad_line = row.number;
  };
  auto cell_name = [&] { return column_name(row.cells.size()) + std::to_string(row.number); };
  auto end_field = [&] {
    if (row.cells.size() >= lim.max_columns)
      refuse("dòng " + std::to_string(row.number) + ": quá " + std::to_string(lim.max_columns) + " cột");
    if (text::length(field) > lim.max_cell_chars)
      refuse("ô " + cell_name() + " dài " + std::to_string(text::length(field)) + " ký tự, quá giới hạn " +
             std::to_string(lim.max_cell_chars) + " ký tự của một ô Excel");
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
  bool closed = false;  // a quoted field has just closed: only a delimiter or the end of the line may follow
  for (size_t i = 0; i < text.size() && bad.empty(); ++i) {
    char c = text[i];
    if (quoted) {
      if (c == '"') {
        if (i + 1 < text.size() && text[i + 1] == '"') {
          field += '"';
          ++i;
        } else {
          quoted = false;
          closed = true;
        }
      } else {
        if (c == '\n') ++line;
        field += c;
      }
      continue;
    }
    if (closed && c != delim && c != '\r' && c != '\n') {
      // «"Trần Thị Bích Ngọc"x» or «"a \"b\" c"»: keeping the rest would store garbage, dropping it loses it.
      refuse("ô " + cell_name() + ": có chữ sau dấu ngoặc kép đóng");
      break;
    }
    closed = false;
    if (c == '"' && field.empty() && !was_quoted) {
      quoted = true;
      was_quoted = true;
    } else if (c == delim)
      end_field();
    else if (c == '\r' && i + 1 < text.size() && text[i + 1] == '\n')
      continue;
    else if (c == '\n' || c == '\r') {  // a bare CR ends a line too (old Mac files): no record is joined
      end_row();
      row.number = ++line;
      if (too_many()) return std::nullopt;
    } else
      field += c;
  }
  if (!bad.empty()) {
    d.error({name, bad_line}, "", bad,
            bad.find("ngoặc kép") != std::string::npos
                ? "trong CSV, dấu ngoặc kép bên trong một ô viết hai lần («\"\"»), không dùng «\\\"»"
                : "");
    return std::nullopt;
  }
  if (quoted) {
    d.error({name, row.number}, "",
            "dấu ngoặc kép mở ở dòng " + std::to_string(row.number) + " không được đóng");
    return std::nullopt;
  }
  if (!field.empty() || !row.cells.empty() || was_quoted) end_row();
  if (!bad.empty()) {  // found in the last line's last field
    d.error({name, bad_line}, "", bad);
    return std::nullopt;
  }
  if (too_many()) return std::nullopt;  // the last line may have no newline
  return t;
}

}  // namespace tdkt::intake
