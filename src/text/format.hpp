// Vietnamese formatting per NĐ 30/2020 and office practice: dates, numbers, money and money in words,
// document numbers "Số: 05/TTr-UBND", Roman numerals and the list letters a) b) … đ) e) g).
#pragma once
#include <cstdint>
#include <optional>
#include <string>

#include "core/date.hpp"

namespace tdkt::text {

// "ngày 05 tháng 01 năm 2025", "ngày 13 tháng 4 năm 2022": a leading zero only for days < 10 and for
// months 1 and 2.
std::string nd30_date(const core::Date& d);
// "Hà Nội, ngày 05 tháng 01 năm 2025".
std::string nd30_place_date(const std::string& place, const core::Date& d);
// For a document not yet dated: "Hớn Quản, ngày       tháng       năm 2024", seven no-break spaces for each
// blank (month filled if known).
std::string nd30_place_date_blank(const std::string& place, int year, int month = 0);
// "05" for 5, "12" for 12: counts and numbers as documents write them.
std::string two_digits(int n);
std::string day_padded(int d);
std::string month_padded(int m);

// "1.234.567", "-5.000"; decimals with a comma: format_decimal(0.3, 1) = "0,3".
std::string format_number(int64_t n);
std::string format_decimal(double v, int decimals);
// A value as few digits as it needs, at most two decimals: "91", "88,5", "92,75".
std::string format_value(double v);
// "2.340.000 đồng"
std::string format_money(int64_t dong);

struct WordsOptions {
  bool tu_for_4 = true;  // 24 → "hai mươi tư" (false: "hai mươi bốn")
  bool linh = true;      // 105 → "một trăm linh năm" (false: "lẻ")
  bool nghin = true;     // "nghìn" (false: "ngàn")
};
// 21 → "hai mươi mốt", 15 → "mười lăm", 1005 → "một nghìn không trăm linh năm",
// 105000000 → "một trăm linh năm triệu"; supports 0 … 999 999 999 999 999 999.
std::string number_to_words(uint64_t n, const WordsOptions& o = {});
// "Hai triệu ba trăm bốn mươi nghìn đồng" (capitalised, for "Bằng chữ:" lines).
std::string money_in_words(uint64_t dong, const WordsOptions& o = {});

// Document numbers. number < 10 gets a leading zero; no number gives the blank form "Số:        /KH-UBND"
// (eight no-break spaces, room to write the number by hand; blank(n) gives n of them).
std::string blank(int n);
std::string doc_number(std::optional<int> number, const std::string& symbol);  // "Số: 05/TTr-UBND"
std::string doc_symbol(const std::string& type_abbrev, const std::string& issuer_abbrev);  // "TTr-UBND"
// NĐ 30/2020 Phụ lục III abbreviations: "Tờ trình" → "TTr", "Kế hoạch" → "KH"; empty if not in the list
// (công văn has none).
std::string doc_type_abbrev(const std::string& type_name);
bool is_known_doc_type_abbrev(const std::string& abbrev);

std::string roman(int n);                // 1..3999 → "I", "IV", "XIII"; empty otherwise
std::string list_letter(size_t index0);  // 0 → "a", 4 → "đ", 6 → "g"; 23 → "aa"

}  // namespace tdkt::text
