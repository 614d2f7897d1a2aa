// What every list reader shares: rows and cells, column names, Excel serial days, and the choice of reader by
// the file's extension.
#include "intake/sheet.hpp"

#include <algorithm>
#include <cmath>

#include "core/date.hpp"
#include "core/files.hpp"

namespace tdkt::intake {

namespace {
const Cell kEmpty;
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

std::optional<std::string> serial_to_iso(double serial, bool date1904) {
  // Day 0 of the 1904 system is 01/01/1904, which is day 1462 of the 1900 system.
  if (!date1904 && std::floor(serial) == 60) return std::nullopt;  // Excel's 29/02/1900, a day that never was
  if (date1904) serial += 1462;
  if (!(serial >= 1 && serial < 2958466)) return std::nullopt;
  long days = static_cast<long>(std::floor(serial));
  if (days >= 60) --days;  // Excel's 29/02/1900 does not exist
  core::Date base{1899, 12, 31};
  return base.add_days(days).iso();
}

std::optional<Sheet> read(const std::string& path, const std::string& sheet, core::Diagnostics& d,
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

}  // namespace tdkt::intake
