// UTF-8 validation: invalid input is an error that names its origin, line and column.
#include "text/utf8.hpp"

#include <gtest/gtest.h>

#include "text/normalize.hpp"

using namespace tdkt;

TEST(Utf8, AcceptsVietnameseAndRejectsBrokenSequences) {
  EXPECT_TRUE(text::is_valid_utf8("Độc lập - Tự do - Hạnh phúc"));
  EXPECT_FALSE(text::is_valid_utf8("\xC3"));              // truncated
  EXPECT_FALSE(text::is_valid_utf8("\xC0\xAF"));          // overlong "/"
  EXPECT_FALSE(text::is_valid_utf8("\xED\xA0\x80"));      // surrogate
  EXPECT_FALSE(text::is_valid_utf8("\xF4\x90\x80\x80"));  // above U+10FFFF
  EXPECT_FALSE(text::is_valid_utf8("\x80"));              // stray continuation
  EXPECT_EQ(text::find_invalid_utf8("ab\xFF"), 2u);
}

TEST(Utf8, ErrorNamesFileLineAndColumn) {
  core::Diagnostics d;
  // TCVN3 (ABC) bytes are not UTF-8: the usual way a legacy file arrives.
  std::string s = "{\n  \"ten\": \"Nguy\xD6n\"\n}";
  EXPECT_FALSE(text::check_utf8(s, "danh-sach.json", d));
  ASSERT_EQ(d.items().size(), 1u);
  std::string msg = core::format(d.items()[0]);
  EXPECT_NE(msg.find("danh-sach.json:2:15:"), std::string::npos) << msg;
  EXPECT_NE(msg.find("không phải UTF-8"), std::string::npos) << msg;
}

TEST(Utf8, DecodeEncodeRoundTrip) {
  std::string s = "Ưu tiên đ ữ ặ 🙂";
  EXPECT_EQ(text::encode(text::decode(s)), s);
  EXPECT_EQ(text::length("Độc"), 3u);
}

// First letters changed by whole letters, never by bytes: "Đ", "Ủ" take two or three bytes in UTF-8.
TEST(Case, FirstLetterAndWordsKeepLettersWhole) {
  EXPECT_EQ(text::upper_first("đẩy mạnh cải cách"), "Đẩy mạnh cải cách");
  EXPECT_EQ(text::lower_first("Đẩy mạnh cải cách"), "đẩy mạnh cải cách");
  EXPECT_EQ(text::lower_first("Ủy ban nhân dân"), "ủy ban nhân dân");
  EXPECT_EQ(text::upper_first(text::lower("CHỦ TỊCH")), "Chủ tịch");
  EXPECT_EQ(text::upper_first(""), "");
  EXPECT_EQ(text::upper_words("phù mỹ"), "Phù Mỹ");
  EXPECT_EQ(text::upper_words("tp. quảng ngãi"), "Tp. Quảng Ngãi");
  EXPECT_EQ(text::upper_words("bà rịa-vũng tàu"), "Bà Rịa-Vũng Tàu");
  core::Diagnostics d;
  EXPECT_TRUE(text::check_utf8(text::lower_first("Ổn định"), "x", d));
}
