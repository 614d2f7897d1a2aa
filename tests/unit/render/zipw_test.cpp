// The DOCX zip writer, read back with libzip (an independent reader) under its consistency check.
#include "render/docx/zipw.hpp"

#include <gtest/gtest.h>
#include <zip.h>

#include <filesystem>
#include <fstream>
#include <random>

using namespace tdkt;

namespace {

struct Member {
  std::string name, bytes;
  zip_uint16_t method = 0;
};

std::vector<Member> read_back(const std::string& bytes) {
  auto path = std::filesystem::temp_directory_path() / ("tdkt-zipw-" + std::to_string(::getpid()) + ".zip");
  { std::ofstream(path, std::ios::binary) << bytes; }
  int err = 0;
  zip_t* z = zip_open(path.c_str(), ZIP_RDONLY | ZIP_CHECKCONS, &err);
  EXPECT_NE(z, nullptr) << "libzip error " << err;
  std::vector<Member> out;
  if (!z) return out;
  for (zip_int64_t i = 0; i < zip_get_num_entries(z, 0); ++i) {
    zip_stat_t st;
    zip_stat_index(z, static_cast<zip_uint64_t>(i), 0, &st);
    Member m{zip_get_name(z, static_cast<zip_uint64_t>(i), ZIP_FL_ENC_RAW), std::string(st.size, '\0'),
             st.comp_method};
    zip_file_t* f = zip_fopen_index(z, static_cast<zip_uint64_t>(i), 0);
    EXPECT_NE(f, nullptr);
    if (f) {
      EXPECT_EQ(zip_fread(f, m.bytes.data(), m.bytes.size()), static_cast<zip_int64_t>(m.bytes.size()));
      zip_fclose(f);  // checks the CRC
    }
    out.push_back(m);
  }
  zip_close(z);
  std::filesystem::remove(path);
  return out;
}

}  // namespace

TEST(ZipWriter, PartsReadBackInOrderWithUtf8NamesAndTheRightMethod) {
  std::string xml;
  for (int i = 0; i < 2000; ++i) xml += "<w:p><w:r><w:t>Dòng " + std::to_string(i) + "</w:t></w:r></w:p>";
  std::string noise(20000, '\0');
  std::mt19937 rng(7);
  for (auto& c : noise) c = static_cast<char>(rng());
  std::vector<render::docx::ZipPart> parts = {{"[Content_Types].xml", "<Types/>"},
                                              {"word/document.xml", xml},
                                              {"Báo cáo/ảnh.bin", noise},
                                              {"rỗng.txt", ""}};
  std::string a = render::docx::zip_parts(parts);
  EXPECT_EQ(a, render::docx::zip_parts(parts)) << "same parts, same bytes";
  EXPECT_LT(a.size(), noise.size() + xml.size() / 5) << "the XML part is deflated";
  auto got = read_back(a);
  ASSERT_EQ(got.size(), parts.size());
  for (size_t i = 0; i < parts.size(); ++i) {
    EXPECT_EQ(got[i].name, parts[i].name);
    EXPECT_EQ(got[i].bytes, parts[i].bytes) << parts[i].name;
  }
  EXPECT_EQ(got[0].method, ZIP_CM_STORE) << "small parts are stored";
  EXPECT_EQ(got[1].method, ZIP_CM_DEFLATE);
  EXPECT_EQ(got[2].method, ZIP_CM_STORE) << "random bytes do not shrink: stored";
}
