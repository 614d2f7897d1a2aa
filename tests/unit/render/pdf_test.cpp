// PDF writer: deterministic bytes, embedded subset fonts, unsigned signature fields, dates.
#include "render/pdf/pdf.hpp"

#include <gtest/gtest.h>

#include "doc/theme.hpp"

namespace tdkt::render::pdf {
namespace {

layout::PageSet sample() {
  doc::Document d;
  d.title = "Tờ trình";
  d.author = "UBND xã Mỹ Đức";
  doc::Paragraph p;
  doc::Run r;
  r.text = "Cộng hòa xã hội chủ nghĩa Việt Nam – Độc lập";
  p.runs.push_back(r);
  d.body.push_back(p);
  doc::Paragraph name;
  name.style.before_twips = 1800;
  name.signatures = {"nguoi-ky", "co-quan"};
  doc::Run n;
  n.text = "Lê Văn Lịch";
  n.style.bold = true;
  name.runs.push_back(n);
  d.body.push_back(name);
  return layout::paginate(d, layout::FontSet::in(TDKT_SOURCE_DIR "/fonts"));
}

TEST(Pdf, SameInputAndClockGiveTheSameBytes) {
  auto ps = sample();
  auto& fonts = layout::FontSet::in(TDKT_SOURCE_DIR "/fonts");
  std::string a = write(ps, fonts, {"2026-11-21T08:00:00+07:00", ""});
  std::string b = write(ps, fonts, {"2026-11-21T08:00:00+07:00", ""});
  std::string c = write(ps, fonts, {"2026-11-22T08:00:00+07:00", ""});
  // Every date in the file is the pinned one, none from the wall clock (PoDoFo stamps fields with it).
  int dates = 0;
  for (size_t at = a.find("(D:"); at != std::string::npos; at = a.find("(D:", at + 1), ++dates)
    EXPECT_EQ(a.substr(at + 1, 23), "D:20261121080000+07'00'") << a.substr(at, 30);
  EXPECT_GE(dates, 4);  // CreationDate, ModDate, and the two fields
  EXPECT_EQ(a, b);
  EXPECT_NE(a, c);
  EXPECT_EQ(a.rfind("%PDF-", 0), 0u);
  EXPECT_NE(a.find("D:20261121080000+07'00'"), std::string::npos);
}

TEST(Pdf, FontsAreSubsetsAndTheSignatureFieldsAreEmpty) {
  std::string pdf = write(sample(), layout::FontSet::in(TDKT_SOURCE_DIR "/fonts"), {});
  EXPECT_NE(pdf.find("AAAAAA+Tinos/"), std::string::npos);
  EXPECT_NE(pdf.find("BAAAAA+Tinos-Bold/"), std::string::npos);
  EXPECT_EQ(pdf.find("Tinos-Italic"), std::string::npos);  // a face that is not used is not embedded
  EXPECT_NE(pdf.find("/ToUnicode"), std::string::npos);
  EXPECT_NE(pdf.find("/FontFile2"), std::string::npos);
  // Two unsigned signature fields: /FT /Sig, no /V value and nothing to sign over yet.
  size_t first = pdf.find("/FT/Sig");
  ASSERT_NE(first, std::string::npos);
  EXPECT_NE(pdf.find("/FT/Sig", first + 1), std::string::npos);
  EXPECT_EQ(pdf.find("/ByteRange"), std::string::npos);
  EXPECT_EQ(pdf.find("/Type/Sig"), std::string::npos);
}

TEST(Pdf, DatesInPdfFormat) {
  EXPECT_EQ(pdf_date("2026-11-21T16:04:05+07:00"), "D:20261121160405+07'00'");
  EXPECT_EQ(pdf_date("2026-11-21T16:04:05Z"), "D:20261121160405Z");
}

}  // namespace
}  // namespace tdkt::render::pdf
