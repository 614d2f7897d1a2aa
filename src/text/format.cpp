// Implementation of the Vietnamese formatting rules; each rule is pinned by unit tests with real cases.
#include "text/format.hpp"

#include <cmath>
#include <cstdio>
#include <vector>

#include "text/normalize.hpp"

namespace tdkt::text {

std::string two_digits(int n) {
  return (n >= 0 && n < 10 ? "0" : "") + std::to_string(n);
}
std::string day_padded(int d) {
  return two_digits(d);
}
std::string month_padded(int m) {
  return m <= 2 ? "0" + std::to_string(m) : std::to_string(m);
}

std::string nd30_date(const core::Date& d) {
  return "ngày " + day_padded(d.d) + " tháng " + month_padded(d.m) + " năm " + std::to_string(d.y);
}
std::string nd30_place_date(const std::string& place, const core::Date& d) {
  return place + ", " + nd30_date(d);
}
std::string blank(int n) {
  std::string s;
  for (int i = 0; i < n; ++i) s += "\u00A0";
  return s;
}
std::string nd30_place_date_blank(const std::string& place, int year, int month) {
  // Room to write the day and month by hand after signing: no-break spaces, which no template folds and no
  // line breaks inside.
  std::string m = month > 0 ? " " + month_padded(month) + " " : blank(7);
  return place + ", ngày" + blank(7) + "tháng" + m + "năm " + std::to_string(year);
}

std::string format_number(int64_t n) {
  bool neg = n < 0;
  uint64_t u = neg ? static_cast<uint64_t>(-(n + 1)) + 1 : static_cast<uint64_t>(n);
  std::string digits = std::to_string(u), out;
  int c = 0;
  for (size_t i = digits.size(); i-- > 0;) {
    out.insert(out.begin(), digits[i]);
    if (++c % 3 == 0 && i > 0) out.insert(out.begin(), '.');
  }
  return neg ? "-" + out : out;
}

std::string format_value(double v) {
  std::string s = format_decimal(v, 2);
  if (s.find(',') == std::string::npos) return s;
  while (s.back() == '0') s.pop_back();
  if (s.back() == ',') s.pop_back();
  return s;
}

std::string format_decimal(double v, int decimals) {
  // Beyond 15 digits no amount or score is meant (and the integer part would not fit): written as is.
  if (!(std::fabs(v) < 1e15)) return std::isfinite(v) ? std::to_string(v) : "?";
  char buf[64];
  std::snprintf(buf, sizeof buf, "%.*f", decimals, v);
  std::string s = buf;
  size_t dot = s.find('.');
  std::string ip = dot == std::string::npos ? s : s.substr(0, dot);
  std::string fp = dot == std::string::npos ? "" : s.substr(dot + 1);
  bool neg = !ip.empty() && ip[0] == '-';
  int64_t iv = std::llabs(std::stoll(ip));
  std::string r = (neg ? "-" : "") + format_number(iv);
  if (!fp.empty()) r += "," + fp;
  return r;
}

std::string format_money(int64_t dong) {
  return format_number(dong) + " đồng";
}

namespace {
const char* const kDigit[] = {"không", "một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín"};

// Reads a group of three digits. full = this group is not the leading one, so its hundreds are spoken
// even when zero ("không trăm").
std::string triple(int n, bool full, const WordsOptions& o) {
  int h = n / 100, t = (n / 10) % 10, u = n % 10;
  std::vector<std::string> w;
  if (h > 0 || full) {
    w.push_back(kDigit[h]);
    w.push_back("trăm");
  }
  if (t == 0) {
    if (u > 0 && (h > 0 || full)) w.push_back(o.linh ? "linh" : "lẻ");
  } else if (t == 1) {
    w.push_back("mười");
  } else {
    w.push_back(kDigit[t]);
    w.push_back("mươi");
  }
  if (u > 0) {
    if (u == 1 && t >= 2)
      w.push_back("mốt");
    else if (u == 5 && t >= 1)
      w.push_back("lăm");
    else if (u == 4 && t >= 2 && o.tu_for_4)
      w.push_back("tư");
    else
      w.push_back(kDigit[u]);
  }
  std::string s;
  for (auto& x : w) s += (s.empty() ? "" : " ") + x;
  return s;
}
}  // namespace

namespace {
// Reads n < 10^9 as triệu / nghìn / units groups; full = n follows a higher part, so a zero leading
// hundreds is still spoken ("một tỷ không trăm linh năm").
std::string below_billion(uint64_t n, bool full, const WordsOptions& o) {
  const int g[3] = {static_cast<int>(n / 1000000), static_cast<int>(n / 1000 % 1000),
                    static_cast<int>(n % 1000)};
  const char* scale[3] = {"triệu", o.nghin ? "nghìn" : "ngàn", ""};
  std::string out;
  bool leading = !full;
  for (int i = 0; i < 3; ++i) {
    if (g[i] == 0) continue;
    out += (out.empty() ? "" : " ") + triple(g[i], !leading, o);
    if (*scale[i]) out += std::string(" ") + scale[i];
    leading = false;
  }
  return out;
}
}  // namespace

std::string number_to_words(uint64_t n, const WordsOptions& o) {
  if (n == 0) return "không";
  constexpr uint64_t kTy = 1000000000ULL;
  if (n < kTy) return below_billion(n, false, o);
  std::string out = number_to_words(n / kTy, o) + " tỷ";
  if (n % kTy) out += " " + below_billion(n % kTy, true, o);
  return out;
}

std::string money_in_words(uint64_t dong, const WordsOptions& o) {
  std::string w = number_to_words(dong, o) + " đồng";
  // Capitalise the first letter (Vietnamese-aware).
  size_t len = 1;
  unsigned char c = static_cast<unsigned char>(w[0]);
  if (c >= 0xF0)
    len = 4;
  else if (c >= 0xE0)
    len = 3;
  else if (c >= 0xC0)
    len = 2;
  return upper(w.substr(0, len)) + w.substr(len);
}

std::string doc_number(std::optional<int> number, const std::string& symbol) {
  if (!number) return "Số:" + blank(8) + "/" + symbol;
  return "Số: " + (*number < 10 ? "0" + std::to_string(*number) : std::to_string(*number)) + "/" + symbol;
}
std::string doc_symbol(const std::string& type_abbrev, const std::string& issuer_abbrev) {
  return type_abbrev.empty() ? issuer_abbrev : type_abbrev + "-" + issuer_abbrev;
}

namespace {
struct TypeAbbrev {
  const char* name;
  const char* abbrev;
};
const TypeAbbrev kTypes[] = {
    {"Nghị quyết", "NQ"},     {"Quyết định", "QĐ"},   {"Chỉ thị", "CT"},          {"Quy chế", "QC"},
    {"Quy định", "QyĐ"},      {"Thông cáo", "TC"},    {"Thông báo", "TB"},        {"Hướng dẫn", "HD"},
    {"Chương trình", "CTr"},  {"Kế hoạch", "KH"},     {"Phương án", "PA"},        {"Đề án", "ĐA"},
    {"Dự án", "DA"},          {"Báo cáo", "BC"},      {"Biên bản", "BB"},         {"Tờ trình", "TTr"},
    {"Hợp đồng", "HĐ"},       {"Công điện", "CĐ"},    {"Bản ghi nhớ", "BGN"},     {"Bản thỏa thuận", "BTT"},
    {"Giấy ủy quyền", "GUQ"}, {"Giấy mời", "GM"},     {"Giấy giới thiệu", "GGT"}, {"Giấy nghỉ phép", "GNP"},
    {"Phiếu gửi", "PG"},      {"Phiếu chuyển", "PC"}, {"Phiếu báo", "PB"},        {"Bản sao y", "SY"},
    {"Bản trích sao", "TrS"}, {"Bản sao lục", "SL"}};
}  // namespace

std::string doc_type_abbrev(const std::string& type_name) {
  std::string key = lower(fold_spaces(nfc(type_name)));
  for (auto& t : kTypes)
    if (lower(t.name) == key) return t.abbrev;
  return "";
}
bool is_known_doc_type_abbrev(const std::string& abbrev) {
  for (auto& t : kTypes)
    if (abbrev == t.abbrev) return true;
  return false;
}

std::string roman(int n) {
  if (n < 1 || n > 3999) return "";
  static const int v[] = {1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1};
  static const char* s[] = {"M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"};
  std::string r;
  for (int i = 0; i < 13; ++i)
    while (n >= v[i]) {
      r += s[i];
      n -= v[i];
    }
  return r;
}

std::string list_letter(size_t index0) {
  static const char* letters[] = {"a", "b", "c", "d", "đ", "e", "g", "h", "i", "k", "l", "m",
                                  "n", "o", "p", "q", "r", "s", "t", "u", "v", "x", "y"};
  constexpr size_t n = sizeof(letters) / sizeof(letters[0]);
  if (index0 < n) return letters[index0];
  return std::string(letters[index0 / n - 1]) + letters[index0 % n];
}

}  // namespace tdkt::text
