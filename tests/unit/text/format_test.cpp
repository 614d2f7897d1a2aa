// Vietnamese formatting rules: NĐ 30 dates, numbers, money in words, document numbers, Roman numerals,
// letters.
#include "text/format.hpp"

#include <gtest/gtest.h>

using namespace tdkt;
using core::Date;

TEST(Nd30Date, LeadingZeroOnlyForDaysBelowTenAndMonthsOneTwo) {
  EXPECT_EQ(text::nd30_place_date("Hà Nội", {2025, 1, 5}), "Hà Nội, ngày 05 tháng 01 năm 2025");
  EXPECT_EQ(text::nd30_date({2022, 4, 13}), "ngày 13 tháng 4 năm 2022");
  EXPECT_EQ(text::nd30_date({2022, 1, 28}), "ngày 28 tháng 01 năm 2022");  // seed 003
  EXPECT_EQ(text::nd30_date({2024, 11, 5}), "ngày 05 tháng 11 năm 2024");  // seed 002
  EXPECT_EQ(text::nd30_date({2024, 2, 19}), "ngày 19 tháng 02 năm 2024");
  EXPECT_EQ(text::nd30_date({2020, 3, 9}), "ngày 09 tháng 3 năm 2020");
  EXPECT_EQ(text::nd30_date({2025, 12, 31}), "ngày 31 tháng 12 năm 2025");
  EXPECT_EQ(text::nd30_place_date_blank("Trung Lương", 2024, 5),
            "Trung Lương, ngày" + text::blank(7) + "tháng 5 năm 2024");
}

TEST(Numbers, DotGroupingAndDecimalComma) {
  EXPECT_EQ(text::format_number(1234567), "1.234.567");
  EXPECT_EQ(text::format_number(999), "999");
  EXPECT_EQ(text::format_number(1000), "1.000");
  EXPECT_EQ(text::format_number(0), "0");
  EXPECT_EQ(text::format_number(-5000), "-5.000");
  EXPECT_EQ(text::format_money(2340000), "2.340.000 đồng");
  EXPECT_EQ(text::format_decimal(0.3, 1), "0,3");
  EXPECT_EQ(text::format_decimal(1234.5, 2), "1.234,50");
}

TEST(Words, SmallNumbersFollowReadingRules) {
  EXPECT_EQ(text::number_to_words(0), "không");
  EXPECT_EQ(text::number_to_words(5), "năm");
  EXPECT_EQ(text::number_to_words(10), "mười");
  EXPECT_EQ(text::number_to_words(11), "mười một");
  EXPECT_EQ(text::number_to_words(14), "mười bốn");
  EXPECT_EQ(text::number_to_words(15), "mười lăm");
  EXPECT_EQ(text::number_to_words(20), "hai mươi");
  EXPECT_EQ(text::number_to_words(21), "hai mươi mốt");
  EXPECT_EQ(text::number_to_words(24), "hai mươi tư");
  EXPECT_EQ(text::number_to_words(25), "hai mươi lăm");
  EXPECT_EQ(text::number_to_words(101), "một trăm linh một");
  EXPECT_EQ(text::number_to_words(110), "một trăm mười");
  EXPECT_EQ(text::number_to_words(115), "một trăm mười lăm");
  text::WordsOptions south;
  south.tu_for_4 = false;
  south.linh = false;
  south.nghin = false;
  EXPECT_EQ(text::number_to_words(24, south), "hai mươi bốn");
  EXPECT_EQ(text::number_to_words(1005, south), "một ngàn không trăm lẻ năm");
}

TEST(Words, LargeNumbersAndZeroGroups) {
  EXPECT_EQ(text::number_to_words(1005), "một nghìn không trăm linh năm");
  EXPECT_EQ(text::number_to_words(105000000), "một trăm linh năm triệu");
  EXPECT_EQ(text::number_to_words(2340000), "hai triệu ba trăm bốn mươi nghìn");
  EXPECT_EQ(text::number_to_words(702000), "bảy trăm linh hai nghìn");
  EXPECT_EQ(text::number_to_words(1000005), "một triệu không trăm linh năm");
  EXPECT_EQ(text::number_to_words(1000000000), "một tỷ");
  EXPECT_EQ(text::number_to_words(1000000005), "một tỷ không trăm linh năm");
  EXPECT_EQ(text::number_to_words(1234567890123ULL),
            "một nghìn hai trăm ba mươi tư tỷ năm trăm sáu mươi bảy triệu tám trăm chín mươi nghìn một trăm "
            "hai mươi ba");
  EXPECT_EQ(text::number_to_words(1000000000000000ULL), "một triệu tỷ");
  EXPECT_EQ(text::number_to_words(999999999999999999ULL),
            "chín trăm chín mươi chín triệu chín trăm chín mươi chín nghìn chín trăm chín mươi chín tỷ "
            "chín trăm chín mươi chín triệu chín trăm chín mươi chín nghìn chín trăm chín mươi chín");
}

TEST(Words, MoneyLineIsCapitalisedWithDong) {
  EXPECT_EQ(text::money_in_words(2340000), "Hai triệu ba trăm bốn mươi nghìn đồng");
  EXPECT_EQ(text::money_in_words(1005), "Một nghìn không trăm linh năm đồng");
  EXPECT_EQ(text::money_in_words(105000000), "Một trăm linh năm triệu đồng");
  EXPECT_EQ(text::money_in_words(710000), "Bảy trăm mười nghìn đồng");
  EXPECT_EQ(text::money_in_words(8190000), "Tám triệu một trăm chín mươi nghìn đồng");
}

TEST(DocNumbers, LeadingZeroBelowTenAndBlankDrafts) {
  EXPECT_EQ(text::doc_number(5, "TTr-UBND"), "Số: 05/TTr-UBND");
  EXPECT_EQ(text::doc_number(169, "KH-UBND"), "Số: 169/KH-UBND");
  EXPECT_EQ(text::doc_number(10, "QĐ-UBND"), "Số: 10/QĐ-UBND");
  EXPECT_EQ(text::doc_number(std::nullopt, "KH-UBND"), "Số:" + text::blank(8) + "/KH-UBND");
  EXPECT_EQ(text::doc_symbol("BB", "HĐTĐKT"), "BB-HĐTĐKT");
  EXPECT_EQ(text::doc_type_abbrev("Tờ trình"), "TTr");
  EXPECT_EQ(text::doc_type_abbrev("kế hoạch"), "KH");
  EXPECT_EQ(text::doc_type_abbrev("Quyết định"), "QĐ");
  EXPECT_EQ(text::doc_type_abbrev("Biên bản"), "BB");
  EXPECT_EQ(text::doc_type_abbrev("Báo cáo"), "BC");
  EXPECT_EQ(text::doc_type_abbrev("Thông báo"), "TB");
  EXPECT_EQ(text::doc_type_abbrev("Quy định"), "QyĐ");
  EXPECT_EQ(text::doc_type_abbrev("Công văn"), "");  // công văn has no type abbreviation
  EXPECT_TRUE(text::is_known_doc_type_abbrev("TTr"));
  EXPECT_FALSE(text::is_known_doc_type_abbrev("TT"));
}

TEST(Roman, CommonSectionNumbers) {
  EXPECT_EQ(text::roman(1), "I");
  EXPECT_EQ(text::roman(4), "IV");
  EXPECT_EQ(text::roman(9), "IX");
  EXPECT_EQ(text::roman(13), "XIII");
  EXPECT_EQ(text::roman(20), "XX");
  EXPECT_EQ(text::roman(1994), "MCMXCIV");
  EXPECT_EQ(text::roman(0), "");
  EXPECT_EQ(text::roman(4000), "");
}

TEST(ListLetters, VietnameseAlphabetWithoutDiacriticLetters) {
  std::string seq;
  for (size_t i = 0; i < 9; ++i) seq += text::list_letter(i) + ")";
  EXPECT_EQ(seq, "a)b)c)d)đ)e)g)h)i)");  // no f, no ă/â between
  EXPECT_EQ(text::list_letter(22), "y");
  EXPECT_EQ(text::list_letter(23), "aa");
}
