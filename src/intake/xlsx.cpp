// The XLSX reader (libzip + pugixml; libxlsxwriter cannot read): shared strings, rich text, inline strings,
// formulas with their cached values, errors, and date styles.
#include <algorithm>
#include <cstdlib>
#include <map>
#include <pugixml.hpp>

#include "core/files.hpp"
#include "intake/package.hpp"
#include "intake/sheet.hpp"
#include "text/utf8.hpp"

namespace tdkt::intake {

namespace {

std::string strip_ns(const char* n) {
  std::string s = n;
  auto p = s.find(':');
  return p == std::string::npos ? s : s.substr(p + 1);
}
pugi::xml_node child(pugi::xml_node n, const char* local) {
  for (auto c : n.children())
    if (strip_ns(c.name()) == local) return c;
  return {};
}
// OOXML writes characters XML cannot hold (a carriage return, a tab in some writers) as _xHHHH_, one UTF-16
// unit each, and a literal "_x" as _x005F_x: "Dòng 1_x000D_\nDòng 2" is two lines, "_x005F_x0041_" is
// "_x0041_".
int hex4(std::string_view s, size_t i) {
  if (i + 7 > s.size() || s[i] != '_' || s[i + 1] != 'x' || s[i + 6] != '_') return -1;
  int v = 0;
  for (size_t k = i + 2; k < i + 6; ++k) {
    char c = s[k];
    int h = c >= '0' && c <= '9'   ? c - '0'
            : c >= 'a' && c <= 'f' ? c - 'a' + 10
            : c >= 'A' && c <= 'F' ? c - 'A' + 10
                                   : -1;
    if (h < 0) return -1;
    v = v * 16 + h;
  }
  return v;
}
std::string unescape(std::string_view s) {
  if (s.find("_x") == std::string_view::npos) return std::string(s);
  std::string out;
  for (size_t i = 0; i < s.size();) {
    int u = hex4(s, i);
    if (u < 0) {
      out += s[i++];
      continue;
    }
    char32_t cp = static_cast<char32_t>(u);
    i += 7;
    if (u >= 0xD800 && u <= 0xDBFF) {  // a pair of units for a character beyond the BMP
      int lo = hex4(s, i);
      if (lo < 0xDC00 || lo > 0xDFFF) {
        out += "\uFFFD";
        continue;
      }
      cp = 0x10000 + ((cp - 0xD800) << 10) + static_cast<char32_t>(lo - 0xDC00);
      i += 7;
    } else if (u >= 0xDC00 && u <= 0xDFFF) {
      cp = 0xFFFD;
    }
    out += text::encode(cp);
  }
  return out;
}

// Text of a string item: <t> directly, or the <t> of each run <r>; phonetic runs (<rPh>) left out.
std::string item_text(pugi::xml_node si) {
  std::string s;
  for (auto c : si.children()) {
    std::string n = strip_ns(c.name());
    if (n == "t")
      s += c.text().get();
    else if (n == "r")
      s += child(c, "t").text().get();
  }
  return unescape(s);
}

// "C12" → column 2 (0-based), row 12; false if malformed.
bool parse_ref(const std::string& r, size_t& col, int& row) {
  size_t i = 0;
  col = 0;
  while (i < r.size() && r[i] >= 'A' && r[i] <= 'Z') {
    col = col * 26 + static_cast<size_t>(r[i] - 'A' + 1);
    ++i;
  }
  if (i == 0 || i == r.size() || col > 16384) return false;
  long v = std::strtol(r.c_str() + i, nullptr, 10);
  if (v <= 0 || v > 1048576) return false;
  --col;
  row = static_cast<int>(v);
  return true;
}

bool is_date_format(int id, const std::string& code) {
  if ((id >= 14 && id <= 22) || (id >= 45 && id <= 47)) return true;
  if (code.empty()) return false;
  std::string c;
  bool quoted = false;
  for (char ch : code) {
    if (ch == '"') {
      quoted = !quoted;
      continue;
    }
    if (!quoted) c += static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
  }
  return (c.find('d') != std::string::npos && c.find('m') != std::string::npos) ||
         c.find("yy") != std::string::npos;
}

}  // namespace

std::optional<Sheet> read_xlsx(const std::string& path, const std::string& want, core::Diagnostics& d,
                               const Limits& lim) {
  Package pkg(path, d, lim);
  if (!pkg.open()) return std::nullopt;
  pugi::xml_document wb, rels;
  if (!pkg.xml("xl/workbook.xml", wb) || !pkg.xml("xl/_rels/workbook.xml.rels", rels)) return std::nullopt;
  std::map<std::string, std::string> targets;
  for (auto r : child(rels, "Relationships").children())
    targets[r.attribute("Id").value()] = r.attribute("Target").value();
  Sheet t;
  t.file = path;
  {
    std::string v = child(child(wb, "workbook"), "workbookPr").attribute("date1904").value();
    t.date1904 = v == "1" || v == "true";
  }
  std::string target;
  for (auto s : child(child(wb, "workbook"), "sheets").children()) {
    std::string name = s.attribute("name").value();
    if (!text::is_valid_utf8(name)) {
      d.error({path}, "",
              "tên trang tính thứ " + std::to_string(t.sheets.size() + 1) + " không phải chữ UTF-8");
      return std::nullopt;
    }
    std::string rid;
    for (auto a : s.attributes())
      if (strip_ns(a.name()) == "id") rid = a.value();
    t.sheets.push_back(name);
    std::string state = s.attribute("state").value();
    bool hidden = state == "hidden" || state == "veryHidden";
    if (hidden) t.hidden.push_back(name);
    // Without --sheet the first sheet a person sees is read, never a hidden one.
    if ((want.empty() && target.empty() && !hidden) || name == want) {
      target = targets[rid];
      t.sheet = name;
    }
  }
  if (t.sheets.empty()) {
    d.error({path}, "", "bảng tính không có trang nào");
    return std::nullopt;
  }
  if (target.empty() && want.empty()) {
    d.error({path}, "", "mọi trang của bảng tính đều ẩn: hiện trang cần nhập hoặc chỉ rõ bằng --sheet");
    return std::nullopt;
  }
  if (target.empty()) {
    std::string list;
    for (auto& s : t.sheets) list += (list.empty() ? "«" : ", «") + s + "»";
    d.error({path}, "--sheet", "không có trang «" + want + "»", "các trang: " + list);
    return std::nullopt;
  }
  if (target[0] == '/')
    target = target.substr(1);
  else
    target = "xl/" + target;
  if (!core::safe_relative_path(target)) {
    d.error({path}, "", "đường dẫn trang tính không an toàn: " + target);
    return std::nullopt;
  }

  std::vector<std::string> shared;
  if (pkg.has("xl/sharedStrings.xml")) {
    pugi::xml_document ss;
    if (!pkg.xml("xl/sharedStrings.xml", ss)) return std::nullopt;
    for (auto si : child(ss, "sst").children())
      if (strip_ns(si.name()) == "si") shared.push_back(item_text(si));
  }
  std::vector<bool> date_style;
  if (pkg.has("xl/styles.xml")) {
    pugi::xml_document st;
    if (!pkg.xml("xl/styles.xml", st)) return std::nullopt;
    auto ss = child(st, "styleSheet");
    std::map<int, std::string> codes;
    for (auto f : child(ss, "numFmts").children())
      codes[f.attribute("numFmtId").as_int()] = f.attribute("formatCode").value();
    for (auto xf : child(ss, "cellXfs").children()) {
      int id = xf.attribute("numFmtId").as_int();
      date_style.push_back(is_date_format(id, codes.count(id) ? codes[id] : ""));
    }
  }
  pugi::xml_document sh;
  if (!pkg.xml(target, sh)) return std::nullopt;
  auto data = child(child(sh, "worksheet"), "sheetData");
  int next_row = 1;
  for (auto r : data.children()) {
    if (strip_ns(r.name()) != "row") continue;
    Row row;
    row.number = r.attribute("r") ? r.attribute("r").as_int() : next_row;
    if (row.number < next_row || row.number > 1048576) {
      // Rows out of order or repeated: which one holds a row's data is not guessed.
      d.error({path}, "",
              "dòng số «" + std::string(r.attribute("r").value()) + "» sai thứ tự hoặc trùng (sau dòng " +
                  std::to_string(next_row - 1) + ")");
      return std::nullopt;
    }
    next_row = row.number + 1;
    size_t next_col = 0;
    for (auto c : r.children()) {
      if (strip_ns(c.name()) != "c") continue;
      size_t col = next_col;
      int rn = row.number;
      if (auto ref = c.attribute("r")) {
        if (!parse_ref(ref.value(), col, rn)) {
          d.error({path}, "",
                  "ô có địa chỉ sai «" + std::string(ref.value()) + "» ở dòng " + std::to_string(row.number));
          return std::nullopt;
        }
        // A cell filed under another row, or a column given twice or backwards: which value is meant is not
        // guessed.
        if (rn != row.number || col < next_col) {
          d.error({path}, "",
                  "ô «" + std::string(ref.value()) + "» nằm trong dòng " + std::to_string(row.number) +
                      (rn != row.number ? "" : " sau ô cột " + column_name(next_col - 1)) +
                      ": trang tính hỏng, mở và lưu lại bằng Excel hoặc LibreOffice");
          return std::nullopt;
        }
      }
      next_col = col + 1;
      Cell cell;
      std::string type = c.attribute("t").value();
      auto v = child(c, "v");
      bool has_formula = static_cast<bool>(child(c, "f"));
      auto at = [&] { return "ô " + column_name(col) + std::to_string(rn); };
      if (type == "s") {
        const char* idx = v.text().get();
        char* end = nullptr;
        unsigned long long i = std::strtoull(idx, &end, 10);
        if (!*idx || *end || i >= shared.size()) {
          d.error({path}, "",
                  at() + " trỏ tới chuỗi dùng chung số «" + std::string(idx) + "», bảng chỉ có " +
                      std::to_string(shared.size()) + " chuỗi: tệp hỏng");
          return std::nullopt;
        }
        cell.kind = Cell::Kind::Text;
        cell.text = shared[static_cast<size_t>(i)];
      } else if (type == "inlineStr") {
        cell.kind = Cell::Kind::Text;
        cell.text = item_text(child(c, "is"));
      } else if (type == "str") {
        cell.kind = Cell::Kind::Text;
        cell.text = unescape(v.text().get());
      } else if (type == "b") {
        cell.kind = Cell::Kind::Bool;
        cell.text = v.text().as_int() ? "TRUE" : "FALSE";
      } else if (type == "e") {
        cell.kind = Cell::Kind::Error;
        cell.text = v.text().get();
      } else if (v) {
        cell.kind = Cell::Kind::Number;
        cell.text = v.text().get();
        cell.number = v.text().as_double();
        size_t s = static_cast<size_t>(c.attribute("s").as_uint());
        cell.date_format = s < date_style.size() && date_style[s];
      }
      if (has_formula) {
        if (cell.kind == Cell::Kind::Number) cell.number = v.text().as_double();
        cell.kind = Cell::Kind::Formula;
        if (cell.text.empty()) cell.text = v.text().get();
      }
      if (cell.kind == Cell::Kind::Empty) continue;  // formatting only: any column
      if (col >= lim.max_columns) {
        d.error({path}, "",
                at() + ": quá " + std::to_string(lim.max_columns) +
                    " cột có dữ liệu; danh sách chỉ cần vài chục cột");
        return std::nullopt;
      }
      if (!text::is_valid_utf8(cell.text)) {
        d.error({path}, "", at() + " có chữ không phải UTF-8");
        return std::nullopt;
      }
      if (size_t n = text::length(cell.text); n > lim.max_cell_chars) {
        d.error({path}, "",
                at() + " dài " + std::to_string(n) + " ký tự, quá giới hạn " +
                    std::to_string(lim.max_cell_chars) + " ký tự của một ô Excel");
        return std::nullopt;
      }
      if (row.cells.size() <= col) row.cells.resize(col + 1);
      row.cells[col] = std::move(cell);
    }
    if (row.blank()) continue;
    t.rows.push_back(std::move(row));
    if (t.rows.size() > lim.max_rows) {
      d.error({path}, "", "quá " + std::to_string(lim.max_rows) + " dòng: hãy chia tệp");
      return std::nullopt;
    }
  }
  // Merged cells: a header written over several columns leaves the data of the others without a header.
  for (auto m : child(child(sh, "worksheet"), "mergeCells").children()) {
    std::string ref = m.attribute("ref").value();
    size_t colon = ref.find(':');
    Merge g;
    if (colon == std::string::npos || !parse_ref(ref.substr(0, colon), g.first_col, g.first_row) ||
        !parse_ref(ref.substr(colon + 1), g.last_col, g.last_row))
      continue;  // a malformed merge changes no value
    g.ref = ref;
    if (t.merges.size() < 10000) t.merges.push_back(g);
  }
  return t;
}

}  // namespace tdkt::intake
