// Vietnamese collation and names: letter order, tone order as a setting, sorting by tên, đệm, họ.
#include "text/collate.hpp"

#include <gtest/gtest.h>

#include "text/names.hpp"
#include "text/normalize.hpp"

using namespace tdkt::text;

TEST(Collation, LetterOrderBeatsCodePoint) {
  // đ after d (code point order would put "Đ" U+0110 after "z")
  EXPECT_LT(compare("Dung", "Đông"), 0);
  EXPECT_LT(compare("Đông", "Em"), 0);
  // ă and â after a, before b
  EXPECT_LT(compare("Anh", "Ăn"), 0);
  EXPECT_LT(compare("Ăn", "Ân"), 0);
  EXPECT_LT(compare("Ân", "Bình"), 0);
  // ê after e, ô ơ after o, ư after u
  EXPECT_LT(compare("Em", "Ên"), 0);
  EXPECT_LT(compare("Oanh", "Ông"), 0);
  EXPECT_LT(compare("Ông", "Ơn"), 0);
  EXPECT_LT(compare("Uyên", "Ưng"), 0);
  EXPECT_LT(compare("Ưng", "Vân"), 0);
}

TEST(Collation, LettersBeforeTonesNotStrippedAccents) {
  // Stripping accents would make "Ánh" == "Anh"; code points would put "Ánh" after "Anh" but also after "Ao".
  EXPECT_LT(compare("Anh", "Ánh"), 0);
  EXPECT_LT(compare("Ánh", "Ao"), 0);  // the letter difference (n < o) decides before the tone
  EXPECT_LT(compare("Hà", "Hạnh"), 0);
}

TEST(Collation, DefaultToneOrderIsDictionaryOrder) {
  // ngang < huyền < hỏi < ngã < sắc < nặng
  const char* seq[] = {"ma", "mà", "mả", "mã", "má", "mạ"};
  for (int i = 0; i + 1 < 6; ++i) EXPECT_LT(compare(seq[i], seq[i + 1]), 0) << seq[i] << " < " << seq[i + 1];
}

TEST(Collation, ToneOrderIsConfigurable) {
  ToneOrder alt = ToneOrder::sac_before_hoi();  // ngang, huyền, sắc, hỏi, ngã, nặng
  EXPECT_LT(compare("má", "mả", alt), 0);
  EXPECT_GT(compare("má", "mả"), 0);
  ToneOrder parsed;
  ASSERT_TRUE(ToneOrder::parse("ngang,sac,huyen,hoi,nga,nang", parsed));
  EXPECT_LT(compare("má", "mà", parsed), 0);
  EXPECT_EQ(parsed.spec(), "ngang,sac,huyen,hoi,nga,nang");
  EXPECT_FALSE(ToneOrder::parse("ngang,sac,huyen,hoi,nga", parsed));       // five only
  EXPECT_FALSE(ToneOrder::parse("ngang,sac,sac,hoi,nga,nang", parsed));    // duplicate
  EXPECT_FALSE(ToneOrder::parse("ngang,sắc,huyen,hoi,nga,nang", parsed));  // unknown name
}

TEST(Collation, DecomposedInputSortsLikeComposed) {
  std::string nfd_name = "Nguye\xCC\x82\xCC\x83n";  // e + circumflex + tilde, decomposed
  EXPECT_EQ(compare(nfd_name, "Nguyễn"), 0);
  EXPECT_EQ(nfc(nfd_name), "Nguyễn");
}

TEST(Collation, CaseIsOnlyATieBreaker) {
  EXPECT_LT(compare("an", "An"), 0);
  EXPECT_LT(compare("An", "anh"), 0);
}

TEST(Collation, AnalyseLetters) {
  auto i = analyse(U'Ặ');
  EXPECT_EQ(i.letter, 1);  // ă
  EXPECT_EQ(i.tone, Tone::Nang);
  EXPECT_TRUE(i.upper);
  EXPECT_EQ(analyse(U'đ').letter, 6);
  EXPECT_EQ(analyse(U'ữ').letter, 27);  // ư
  EXPECT_EQ(analyse(U'ữ').tone, Tone::Nga);
}

TEST(Names, SplitFamilyMiddleGiven) {
  auto n = split_name("Nguyễn Thị Thu Hương");
  EXPECT_EQ(n.ho, "Nguyễn");
  EXPECT_EQ(n.dem, "Thị Thu");
  EXPECT_EQ(n.ten, "Hương");
  n = split_name("  Lê   Văn Lịch ");
  EXPECT_EQ(n.ho, "Lê");
  EXPECT_EQ(n.dem, "Văn");
  EXPECT_EQ(n.ten, "Lịch");
  n = split_name("Phạm Ánh");
  EXPECT_EQ(n.ho, "Phạm");
  EXPECT_EQ(n.dem, "");
  EXPECT_EQ(n.ten, "Ánh");
  n = split_name("Tôn Nữ Thị Ninh");
  EXPECT_EQ(n.ho, "Tôn Nữ");
  EXPECT_EQ(n.dem, "Thị");
  EXPECT_EQ(n.ten, "Ninh");
  n = split_name("Tôn Thất Bách");
  EXPECT_EQ(n.ho, "Tôn Thất");
  EXPECT_EQ(n.ten, "Bách");
  n = split_name("Âu Dương Lân");
  EXPECT_EQ(n.ho, "Âu Dương");
  EXPECT_EQ(n.dem, "");
  EXPECT_EQ(n.ten, "Lân");
  EXPECT_EQ(split_name("Tôn Nữ").ten, "Nữ");  // two words only: not enough for a compound family name
}

TEST(Names, SortTwentyFourRealNamesByGivenThenMiddleThenFamily) {
  std::vector<std::string> names = {
      "Vũ Xuân Trường",       "Trần Quốc Văn",  "Nguyễn Công Lộc", "Hà Hoàng Việt Phương", "Lê Văn Lịch",
      "Nguyễn Thị Thu Hương", "Trần Thị Hương", "Đặng Văn Hùng",   "Phạm Minh Hùng",       "Bùi Thị Ánh",
      "Lê Thị Anh",           "Đỗ Ngọc Anh",    "Hoàng Văn Ân",    "Ngô Thị Ăn",           "Nguyễn Văn Đức",
      "Trương Công Dũng",     "Phan Thị Dung",  "Lý Thị Diệp",
      "Võ Thị Ðào",  // U+00D0 is not Đ; see below
      "Đinh Thị Yến",         "Mai Văn Út",     "Dương Thị Ưng",   "Châu Văn Bình",        "Tạ Thị Bích"};
  names[18] = "Võ Thị Đào";
  sort_names(names);
  std::vector<std::string> expected = {
      "Đỗ Ngọc Anh",          "Lê Thị Anh",       "Bùi Thị Ánh",     "Ngô Thị Ăn",
      "Hoàng Văn Ân",         "Tạ Thị Bích",      "Châu Văn Bình",   "Lý Thị Diệp",
      "Phan Thị Dung",        "Trương Công Dũng", "Võ Thị Đào",      "Nguyễn Văn Đức",
      "Phạm Minh Hùng",       "Đặng Văn Hùng",    "Trần Thị Hương",  // đệm Minh < Văn
      "Nguyễn Thị Thu Hương", "Lê Văn Lịch",      "Nguyễn Công Lộc", "Hà Hoàng Việt Phương",
      "Vũ Xuân Trường",       "Mai Văn Út",       "Dương Thị Ưng",   "Trần Quốc Văn",
      "Đinh Thị Yến"};
  EXPECT_EQ(names, expected);
}

TEST(Names, SameGivenNameFallsBackToMiddleThenFamily) {
  std::vector<std::string> names = {"Trần Văn An", "Nguyễn Văn An", "Lê Thị An", "Nguyễn An"};
  sort_names(names);
  // đệm "" < "Thị" < "Văn"; equal đệm "Văn": họ Nguyễn < Trần
  EXPECT_EQ(names, (std::vector<std::string>{"Nguyễn An", "Lê Thị An", "Nguyễn Văn An", "Trần Văn An"}));
}

TEST(Case, VietnameseUpperAndLower) {
  EXPECT_EQ(upper("Ủy ban nhân dân tỉnh Hưng Yên"), "ỦY BAN NHÂN DÂN TỈNH HƯNG YÊN");
  EXPECT_EQ(upper("đặc khu"), "ĐẶC KHU");
  EXPECT_EQ(lower("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"), "cộng hòa xã hội chủ nghĩa việt nam");
  EXPECT_EQ(fold_spaces("  Độc lập \u00A0- Tự do\n- Hạnh phúc "), "Độc lập - Tự do - Hạnh phúc");
}

TEST(Case, AsciiWordsForFileNames) {
  using V = std::vector<std::string>;
  EXPECT_EQ(ascii_words("Báo cáo - Nguyễn Văn Đức (2024).pdf"),
            (V{"bao", "cao", "nguyen", "van", "duc", "2024", "pdf"}));
  // Decomposed input (file names from macOS) and upper case fold the same way; ư, ơ, ă, â, ê, ô lose their
  // marks.
  EXPECT_EQ(ascii_words(nfd("TRƯƠNG THỊ ƠN_Ắ")), (V{"truong", "thi", "on", "a"}));
  EXPECT_EQ(ascii_words("PM-026"), (V{"pm", "026"}));
  EXPECT_EQ(ascii_words("  --  "), V{});
  // Not Latin letters split words (no silent transliteration).
  EXPECT_EQ(ascii_words("a中b"), (V{"a", "b"}));
}
