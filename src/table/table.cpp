#include "table/table.hpp"

#include <zip.h>

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <map>
#include <memory>
#include <pugixml.hpp>

#include "core/date.hpp"
#include "core/files.hpp"
#include "text/utf8.hpp"

namespace tdkt::table {

namespace {

const Cell kEmpty;

struct ZipCloser {
  void operator()(zip_t* z) const {
    if (z) zip_discard(z);
  }
};

class Package {
 public:
  Package(const std::string& path, core::Diagnostics& d, const Limits& lim) : path_(path), d_(d), lim_(lim) {}
  bool open() {
    int err = 0;
    z_.reset(zip_open(path_.c_str(), ZIP_RDONLY, &err));
    if (!z_) {
      zip_error_t ze;
      zip_error_init_with_code(&ze, err);
      fail("không mở được như một tệp XLSX (zip): " + std::string(zip_error_strerror(&ze)));
      zip_error_fini(&ze);
      return false;
    }
    zip_int64_t n = zip_get_num_entries(z_.get(), 0);
    if (n < 0 || static_cast<size_t>(n) > lim_.max_entries)
      return fail("tệp có " + std::to_string(n) + " thành phần, quá giới hạn " +
                  std::to_string(lim_.max_entries) + ": không xử lý");
    for (zip_int64_t i = 0; i < n; ++i) {
      zip_stat_t st;
      zip_stat_init(&st);
      if (zip_stat_index(z_.get(), static_cast<zip_uint64_t>(i), 0, &st) != 0 || !st.name)
        return fail("mục lục zip hỏng");
      std::string name = st.name;
      if (!core::safe_relative_path(name))
        return fail("tệp zip chứa đường dẫn không an toàn «" + name + "» (tuyệt đối hoặc có ..): từ chối");
      if ((st.valid & ZIP_STAT_SIZE) && !suspicious(name, st)) return false;
      names_[name] = static_cast<zip_uint64_t>(i);
    }
    return true;
  }
  bool has(const std::string& name) const { return names_.count(name) > 0; }
  // Every member is judged from the directory before anything is read (a bomb is refused even where it
  // would never be read); the reading below stops at the limits whatever the directory says.
  bool suspicious(const std::string& name, const zip_stat_t& st) {
    if (st.size > lim_.max_member)
      return fail("thành phần «" + name + "» giải nén ra " + std::to_string(st.size >> 20) +
                  " MB, quá giới hạn " + std::to_string(lim_.max_member >> 20) + " MB: từ chối");
    if ((st.valid & ZIP_STAT_COMP_SIZE) && st.size > (1u << 20) &&
        st.size / std::max<zip_uint64_t>(st.comp_size, 1) > lim_.max_ratio)
      return fail("thành phần «" + name + "» nén " +
                  std::to_string(st.size / std::max<zip_uint64_t>(st.comp_size, 1)) +
                  " lần, bất thường với bảng tính (nghi «bom nén»): từ chối");
    return true;
  }
  // The member's bytes, refusing oversized or suspiciously compressed members; nullopt after an error.
  std::optional<std::string> member(const std::string& name) {
    auto it = names_.find(name);
    if (it == names_.end()) {
      fail("thiếu thành phần «" + name + "»");
      return std::nullopt;
    }
    std::unique_ptr<zip_file_t, int (*)(zip_file_t*)> f(zip_fopen_index(z_.get(), it->second, 0), zip_fclose);
    if (!f) {
      fail("không đọc được thành phần «" + name + "»");
      return std::nullopt;
    }
    std::string out;
    char buf[65536];
    zip_int64_t got;
    // The sizes in the directory may lie: stop at the limit whatever they say.
    while ((got = zip_fread(f.get(), buf, sizeof buf)) > 0) {
      out.append(buf, static_cast<size_t>(got));
      total_ += static_cast<size_t>(got);
      if (out.size() > lim_.max_member || total_ > lim_.max_total) {
        fail("thành phần «" + name + "» lớn hơn giới hạn khi giải nén: từ chối");
        return std::nullopt;
      }
    }
    if (got < 0) {
      fail("thành phần «" + name + "» hỏng (lỗi giải nén hoặc CRC)");
      return std::nullopt;
    }
    return out;
  }
  // Parses XML, refusing DOCTYPE and entity declarations.
  bool xml(const std::string& name, pugi::xml_document& doc) {
    auto bytes = member(name);
    if (!bytes) return false;
    if (bytes->find("<!DOCTYPE") != std::string::npos || bytes->find("<!ENTITY") != std::string::npos)
      return fail("«" + name + "» có khai báo DOCTYPE/ENTITY (có thể dùng để tấn công): từ chối");
    auto r = doc.load_buffer(bytes->data(), bytes->size(), pugi::parse_default);
    if (!r) return fail("«" + name + "» không phải XML hợp lệ: " + std::string(r.description()));
    return true;
  }
  bool fail(const std::string& msg) {
    d_.error({path_}, "", msg);
    return false;
  }

 private:
  std::string path_;
  core::Diagnostics& d_;
  Limits lim_;
  std::unique_ptr<zip_t, ZipCloser> z_;
  std::map<std::string, zip_uint64_t> names_;
  size_t total_ = 0;
};

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
  return s;
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

const Cell& Row::at(size_t col) const {
  return col < cells.size() ? cells[col] : kEmpty;
}
bool Row::blank() const {
  return std::all_of(cells.begin(), cells.end(), [](const Cell& c) {
    return c.kind == Cell::Kind::Empty ||
           (c.kind == Cell::Kind::Text && c.text.find_first_not_of(" \t\r\n") == std::string::npos);
  });
}

std::string column_name(size_t col) {
  std::string s;
  for (size_t c = col + 1; c > 0; c = (c - 1) / 26)
    s.insert(s.begin(), static_cast<char>('A' + (c - 1) % 26));
  return s;
}

std::optional<std::string> serial_to_iso(double serial) {
  if (!(serial >= 1 && serial < 2958466)) return std::nullopt;
  long days = static_cast<long>(std::floor(serial));
  if (days >= 60) --days;  // Excel's 29/02/1900 does not exist
  core::Date base{1899, 12, 31};
  return base.add_days(days).iso();
}

std::optional<Table> read(const std::string& path, const std::string& sheet, core::Diagnostics& d,
                          const Limits& lim) {
  std::string lower;
  for (char c : path) lower += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  if (lower.size() > 4 && lower.compare(lower.size() - 4, 4, ".csv") == 0) {
    std::string err;
    auto text = core::read_file(path, err);
    if (!text) {
      d.error({path}, "", err);
      return std::nullopt;
    }
    if (text->size() > lim.max_total) {
      d.error({path}, "", "tệp CSV quá lớn");
      return std::nullopt;
    }
    return read_csv_text(path, *text, d, lim);
  }
  if (lower.size() > 5 && lower.compare(lower.size() - 5, 5, ".xlsx") == 0)
    return read_xlsx(path, sheet, d, lim);
  d.error({path}, "", "chỉ nhận tệp .xlsx hoặc .csv", "tệp .xls (Excel 97-2003) hãy lưu lại thành .xlsx");
  return std::nullopt;
}

std::optional<Table> read_xlsx(const std::string& path, const std::string& want, core::Diagnostics& d,
                               const Limits& lim) {
  Package pkg(path, d, lim);
  if (!pkg.open()) return std::nullopt;
  pugi::xml_document wb, rels;
  if (!pkg.xml("xl/workbook.xml", wb) || !pkg.xml("xl/_rels/workbook.xml.rels", rels)) return std::nullopt;
  std::map<std::string, std::string> targets;
  for (auto r : child(rels, "Relationships").children())
    targets[r.attribute("Id").value()] = r.attribute("Target").value();
  Table t;
  t.file = path;
  std::string target;
  for (auto s : child(child(wb, "workbook"), "sheets").children()) {
    std::string name = s.attribute("name").value();
    std::string rid;
    for (auto a : s.attributes())
      if (strip_ns(a.name()) == "id") rid = a.value();
    t.sheets.push_back(name);
    if ((want.empty() && target.empty()) || name == want) {
      target = targets[rid];
      t.sheet = name;
    }
  }
  if (t.sheets.empty()) {
    d.error({path}, "", "bảng tính không có trang nào");
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
      }
      next_col = col + 1;
      if (col > 1000) continue;
      Cell cell;
      std::string type = c.attribute("t").value();
      auto v = child(c, "v");
      bool has_formula = static_cast<bool>(child(c, "f"));
      if (type == "s") {
        size_t i = static_cast<size_t>(v.text().as_ullong());
        cell.kind = Cell::Kind::Text;
        cell.text = i < shared.size() ? shared[i] : "";
      } else if (type == "inlineStr") {
        cell.kind = Cell::Kind::Text;
        cell.text = item_text(child(c, "is"));
      } else if (type == "str") {
        cell.kind = Cell::Kind::Text;
        cell.text = v.text().get();
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
      if (cell.kind == Cell::Kind::Empty) continue;
      if (!text::is_valid_utf8(cell.text)) {
        d.error({path}, "", "ô " + column_name(col) + std::to_string(rn) + " có chữ không phải UTF-8");
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
  return t;
}

std::optional<Table> read_csv_text(const std::string& name, const std::string& in, core::Diagnostics& d,
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
  Table t;
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
      if (t.rows.size() > lim.max_rows) {
        d.error({name}, "", "quá " + std::to_string(lim.max_rows) + " dòng: hãy chia tệp");
        return std::nullopt;
      }
    } else
      field += c;
  }
  if (quoted) {
    d.error({name, row.number}, "",
            "dấu ngoặc kép mở ở dòng " + std::to_string(row.number) + " không được đóng");
    return std::nullopt;
  }
  if (!field.empty() || !row.cells.empty()) end_row();
  return t;
}

}  // namespace tdkt::table
