// Submission packets: the deterministic zip writer (read back with libzip, an independent reader), the
// temporary file and its rename, and the verification against manifest.json.
#include "packet/packet.hpp"

#include <gtest/gtest.h>
#include <unistd.h>
#include <zip.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <stdexcept>

#include "../support/temp_dir.hpp"
#include "core/json.hpp"

using namespace tdkt;
namespace fs = std::filesystem;

namespace {

using test::slurp;
using test::TempDir;

struct Member {
  std::string name, bytes;
  time_t mtime = 0;
  zip_uint16_t method = 0;
};

// Every entry of the zip, in directory order, read under libzip's consistency check (CRC checked on close).
std::vector<Member> unzip(const std::string& path) {
  int err = 0;
  zip_t* z = zip_open(path.c_str(), ZIP_RDONLY | ZIP_CHECKCONS, &err);
  if (!z) throw std::runtime_error("libzip cannot open " + path + ": " + std::to_string(err));
  std::vector<Member> out;
  for (zip_int64_t i = 0; i < zip_get_num_entries(z, 0); ++i) {
    zip_stat_t st;
    zip_stat_init(&st);
    if (zip_stat_index(z, static_cast<zip_uint64_t>(i), 0, &st) != 0) throw std::runtime_error("zip_stat");
    Member m{st.name, std::string(st.size, '\0'), st.mtime, st.comp_method};
    zip_file_t* f = zip_fopen_index(z, static_cast<zip_uint64_t>(i), 0);
    if (!f) throw std::runtime_error("zip_fopen " + m.name);
    zip_int64_t got = zip_fread(f, m.bytes.data(), m.bytes.size());
    zip_fclose(f);
    if (got != static_cast<zip_int64_t>(m.bytes.size())) throw std::runtime_error("short read " + m.name);
    out.push_back(std::move(m));
  }
  zip_discard(z);
  return out;
}

// A manifest.json listing the files (as file_record gives them), plus what a caller of the app adds.
packet::Entry manifest_of(const std::vector<packet::Entry>& files) {
  core::Json m = core::Json::object();
  m.set("format", core::Json::string("tdkt.packet/1"));
  core::Json list = core::Json::array();
  for (auto& f : files) list.push(packet::file_record(f));
  m.set("files", list);
  return {"manifest.json", core::to_json(m)};
}

std::vector<packet::Entry> sample_files() {
  std::string pdf = "%PDF-1.7\n";
  for (int i = 0; i < 500; ++i) pdf += "Tờ trình số " + std::to_string(i) + "/TTr-UBND\n";
  return {{"01-to-trinh.pdf", pdf},
          {"01-to-trinh.docx", std::string(3000, 'D')},
          {"02-bien-ban.pdf", "%PDF-1.7 biên bản"},
          {"Báo cáo thành tích/Nguyễn Văn An.pdf", "%PDF-1.7 báo cáo"}};
}

// The files and their manifest, in the order a packet is written.
std::vector<packet::Entry> with_manifest(std::vector<packet::Entry> files) {
  auto m = manifest_of(files);
  files.push_back(m);
  return files;
}

// True when an error of d is about `file` and its text contains every word.
::testing::AssertionResult error_about(const core::Diagnostics& d, const std::string& file,
                                       const std::vector<std::string>& words) {
  for (auto& x : d.items()) {
    if (x.severity != core::Severity::Error || x.loc.file != file) continue;
    std::string all = x.field + " " + x.message + " " + x.hint;
    bool every = true;
    for (auto& w : words) every = every && all.find(w) != std::string::npos;
    if (every) return ::testing::AssertionSuccess();
  }
  return ::testing::AssertionFailure() << "no error about " << file << " with the words; got:\n"
                                       << d.to_string();
}

// Rewrites entries of a zip on disk with libzip, for tampering.
void tamper(const std::string& path, const std::function<void(zip_t*)>& edit) {
  int err = 0;
  zip_t* z = zip_open(path.c_str(), 0, &err);
  if (!z) throw std::runtime_error("zip_open for tampering");
  edit(z);
  if (zip_close(z) != 0) throw std::runtime_error(std::string("zip_close: ") + zip_strerror(z));
}

constexpr long long kMtime = 1733389201;  // 2024-12-05 09:00:01 UTC: odd, so the 2-second rounding shows

}  // namespace

TEST(Packet, FileRecordHasNameShaAndSize) {
  auto r = packet::file_record({"a.txt", "abc"});
  ASSERT_TRUE(r.is_object());
  ASSERT_EQ(r.members().size(), 3u);
  EXPECT_EQ(r.members()[0].key, "name");
  EXPECT_EQ(r.find("name")->as_string(), "a.txt");
  EXPECT_EQ(r.find("sha256")->as_string(),
            "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  ASSERT_TRUE(r.find("size")->is_integer());
  EXPECT_EQ(r.find("size")->as_int(), 3);
  EXPECT_EQ(packet::file_record({"rỗng", ""}).find("sha256")->as_string(),
            "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
}

TEST(Packet, RoundTripVerifiesEveryFile) {
  TempDir tmp;
  auto path = tmp.path("ho-so.zip");
  auto files = sample_files();
  packet::write_zip(path, with_manifest(files), kMtime);
  core::Json manifest;
  core::Diagnostics d;
  auto r = packet::verify(path, manifest, d);
  EXPECT_TRUE(d.empty()) << d.to_string();
  EXPECT_TRUE(r.ok());
  EXPECT_EQ(r.checked, files.size());
  ASSERT_TRUE(manifest.find("files"));
  EXPECT_EQ(manifest.find("files")->items().size(), files.size());
  EXPECT_EQ(manifest.find("format")->as_string(), "tdkt.packet/1") << "the caller's fields come back";
  EXPECT_EQ(tmp.names(), std::vector<std::string>{"ho-so.zip"}) << "no temporary file is left";
}

TEST(Packet, EntriesInTheGivenOrderWithOneFixedTime) {
  TempDir tmp;
  auto path = tmp.path("ho-so.zip");
  auto entries = with_manifest(sample_files());
  std::swap(entries[0], entries[2]);  // not sorted: the order given is the order written
  packet::write_zip(path, entries, kMtime);
  auto got = unzip(path);
  ASSERT_EQ(got.size(), entries.size());
  for (size_t i = 0; i < got.size(); ++i) {
    EXPECT_EQ(got[i].name, entries[i].name) << i;
    EXPECT_EQ(got[i].bytes, entries[i].bytes) << entries[i].name;
    EXPECT_EQ(got[i].mtime, kMtime - 1) << entries[i].name << ": DOS time keeps even seconds";
    EXPECT_EQ(got[i].method, ZIP_CM_DEFLATE) << entries[i].name;
  }
}

TEST(Packet, TimesBefore1980AreClampedToADosDate) {
  TempDir tmp;
  auto path = tmp.path("ho-so.zip");
  packet::write_zip(path, {{"a.txt", "a"}}, 0);
  auto got = unzip(path);
  ASSERT_EQ(got.size(), 1u);
  EXPECT_EQ(got[0].mtime, 315532800 + 86400) << "1980-01-02, the earliest safe DOS date";
}

TEST(Packet, SameInputSameBytesAndTheTimeIsInThem) {
  TempDir tmp;
  auto entries = with_manifest(sample_files());
  packet::write_zip(tmp.path("a.zip"), entries, kMtime);
  packet::write_zip(tmp.path("b.zip"), entries, kMtime);
  packet::write_zip(tmp.path("c.zip"), entries, kMtime + 86400);
  std::string a = slurp(tmp.path("a.zip"));
  ASSERT_FALSE(a.empty());
  EXPECT_EQ(a, slurp(tmp.path("b.zip")));
  EXPECT_NE(a, slurp(tmp.path("c.zip"))) << "another day, other bytes";
  // Written again over an existing packet: replaced, same bytes.
  packet::write_zip(tmp.path("a.zip"), entries, kMtime);
  EXPECT_EQ(a, slurp(tmp.path("a.zip")));
  EXPECT_EQ(tmp.names(), (std::vector<std::string>{"a.zip", "b.zip", "c.zip"}));
}

TEST(Packet, BeforeRenameSeesTheCompleteTemporaryFileAndNothingUnderTheFinalName) {
  TempDir tmp;
  auto path = tmp.path("ho-so.zip");
  auto entries = with_manifest(sample_files());
  bool ran = false;
  packet::write_zip(path, entries, kMtime, [&] {
    ran = true;
    EXPECT_FALSE(fs::exists(path)) << "the final name appears only after the rename";
    auto names = tmp.names();
    ASSERT_EQ(names.size(), 1u);
    EXPECT_EQ(names[0].rfind("ho-so.zip.tmp", 0), 0u) << names[0];
    auto got = unzip(tmp.path(names[0]));  // complete: every entry reads back with its CRC
    ASSERT_EQ(got.size(), entries.size());
    for (size_t i = 0; i < got.size(); ++i) EXPECT_EQ(got[i].bytes, entries[i].bytes);
    core::Json m;
    core::Diagnostics d;
    EXPECT_TRUE(packet::verify(tmp.path(names[0]), m, d).ok()) << d.to_string();
  });
  EXPECT_TRUE(ran);
  EXPECT_TRUE(fs::exists(path));
  EXPECT_EQ(tmp.names(), std::vector<std::string>{"ho-so.zip"});
}

TEST(Packet, ARunStoppedBeforeTheRenameLeavesNothingUnderTheFinalName) {
  TempDir tmp;
  auto path = tmp.path("ho-so.zip");
  auto entries = with_manifest(sample_files());
  EXPECT_THROW(packet::write_zip(path, entries, kMtime, [] { throw std::runtime_error("killed"); }),
               std::runtime_error);
  EXPECT_FALSE(fs::exists(path));
  // The next run in the same process replaces whatever the stopped one left.
  packet::write_zip(path, entries, kMtime);
  EXPECT_EQ(tmp.names(), std::vector<std::string>{"ho-so.zip"});
  core::Json m;
  core::Diagnostics d;
  EXPECT_TRUE(packet::verify(path, m, d).ok()) << d.to_string();
}

TEST(Packet, FailuresThrowNamingThePathAndLeaveNothing) {
  TempDir tmp;
  auto entries = with_manifest(sample_files());
  auto no_dir = tmp.path("khong-co/ho-so.zip");
  try {
    packet::write_zip(no_dir, entries, kMtime);
    ADD_FAILURE() << "no error for a missing folder";
  } catch (const core::Error& e) {
    EXPECT_NE(std::string(e.what()).find(no_dir), std::string::npos) << e.what();
  }
  EXPECT_TRUE(tmp.names().empty());

  // The final name is taken by a folder: the rename fails, the temporary file goes.
  auto taken = tmp.path("ho-so.zip");
  fs::create_directories(fs::path(taken) / "con");
  try {
    packet::write_zip(taken, entries, kMtime);
    ADD_FAILURE() << "no error when the rename fails";
  } catch (const core::Error& e) {
    EXPECT_NE(std::string(e.what()).find(taken), std::string::npos) << e.what();
  }
  EXPECT_TRUE(fs::is_directory(taken));
  EXPECT_EQ(tmp.names(), std::vector<std::string>{"ho-so.zip"}) << "no temporary file is left";
}

TEST(Packet, DuplicateEntryNameIsRefusedAndNothingWritten) {
  TempDir tmp;
  auto path = tmp.path("ho-so.zip");
  std::vector<packet::Entry> entries = {{"01-to-trinh.pdf", "a"}, {"01-to-trinh.pdf", "b"}};
  try {
    packet::write_zip(path, entries, kMtime);
    ADD_FAILURE() << "two entries with one name were written";
  } catch (const core::Error& e) {
    EXPECT_NE(std::string(e.what()).find("«01-to-trinh.pdf»"), std::string::npos) << e.what();
  }
  EXPECT_TRUE(tmp.names().empty());
}

TEST(Packet, ChangedContentIsReported) {
  TempDir tmp;
  auto path = tmp.path("ho-so.zip");
  auto files = sample_files();
  auto manifest = manifest_of(files);
  files[2].bytes[3] ^= 1;  // one byte differs from what the manifest says
  files.push_back(manifest);
  packet::write_zip(path, files, kMtime);
  core::Json m;
  core::Diagnostics d;
  auto r = packet::verify(path, m, d);
  EXPECT_FALSE(d.has_errors()) << d.to_string();
  EXPECT_FALSE(r.ok());
  EXPECT_EQ(r.changed, std::vector<std::string>{"02-bien-ban.pdf"});
  EXPECT_TRUE(r.missing.empty());
  EXPECT_TRUE(r.extra.empty());
  EXPECT_EQ(r.checked, 4u);
}

TEST(Packet, AByteFlippedInTheZipIsReportedAsChanged) {
  TempDir tmp;
  auto path = tmp.path("ho-so.zip");
  auto entries = with_manifest(sample_files());
  packet::write_zip(path, entries, kMtime);
  std::string bytes = slurp(path);
  // The first entry's data: after its 30-byte local header, name and extra field.
  ASSERT_EQ(bytes.compare(0, 4, "PK\x03\x04"), 0);
  auto u16 = [&](size_t at) {
    return static_cast<size_t>(static_cast<unsigned char>(bytes[at])) |
           static_cast<size_t>(static_cast<unsigned char>(bytes[at + 1])) << 8;
  };
  size_t data = 30 + u16(26) + u16(28);
  ASSERT_EQ(bytes.substr(30, u16(26)), entries[0].name);
  bytes[data + 20] ^= 0x10;
  std::ofstream(path, std::ios::binary | std::ios::trunc) << bytes;
  core::Json m;
  core::Diagnostics d;
  auto r = packet::verify(path, m, d);
  EXPECT_FALSE(r.ok());
  EXPECT_EQ(r.changed, std::vector<std::string>{entries[0].name});
  EXPECT_TRUE(r.missing.empty());
}

TEST(Packet, SizeDifferingFromTheManifestAloneIsAChange) {
  TempDir tmp;
  auto path = tmp.path("ho-so.zip");
  auto files = sample_files();
  core::Json mj = core::Json::object();
  core::Json list = core::Json::array();
  for (auto& f : files) {
    auto rec = packet::file_record(f);
    if (f.name == "02-bien-ban.pdf")
      rec.set("size", core::Json::integer(static_cast<int64_t>(f.bytes.size() + 1)));
    list.push(rec);
  }
  mj.set("files", list);
  files.push_back({"manifest.json", core::to_json(mj)});
  packet::write_zip(path, files, kMtime);
  core::Json m;
  core::Diagnostics d;
  auto r = packet::verify(path, m, d);
  EXPECT_EQ(r.changed, std::vector<std::string>{"02-bien-ban.pdf"});
}

TEST(Packet, MissingAndExtraFilesAreReported) {
  TempDir tmp;
  auto path = tmp.path("ho-so.zip");
  auto files = sample_files();
  auto manifest = manifest_of(files);
  std::vector<packet::Entry> entries = {files[0], files[2], files[3], {"ghi-chu.txt", "thêm vào"}, manifest};
  packet::write_zip(path, entries, kMtime);
  core::Json m;
  core::Diagnostics d;
  auto r = packet::verify(path, m, d);
  EXPECT_FALSE(d.has_errors()) << d.to_string();
  EXPECT_FALSE(r.ok());
  EXPECT_EQ(r.missing, std::vector<std::string>{"01-to-trinh.docx"});
  EXPECT_EQ(r.extra, std::vector<std::string>{"ghi-chu.txt"}) << "manifest.json itself is not extra";
  EXPECT_TRUE(r.changed.empty());
  EXPECT_EQ(r.checked, 4u);
}

TEST(Packet, AFileDeletedFromTheZipAfterwardsIsMissing) {
  TempDir tmp;
  auto path = tmp.path("ho-so.zip");
  packet::write_zip(path, with_manifest(sample_files()), kMtime);
  tamper(path, [](zip_t* z) {
    ASSERT_EQ(zip_delete(z, static_cast<zip_uint64_t>(zip_name_locate(z, "02-bien-ban.pdf", 0))), 0);
  });
  core::Json m;
  core::Diagnostics d;
  auto r = packet::verify(path, m, d);
  EXPECT_EQ(r.missing, std::vector<std::string>{"02-bien-ban.pdf"});
  EXPECT_FALSE(r.ok());
}

TEST(Packet, ManifestMissingOrBrokenIsAnErrorNamingTheFile) {
  TempDir tmp;
  auto files = sample_files();
  struct Case {
    std::string what;
    std::vector<packet::Entry> entries;
    std::vector<std::string> words;
  };
  std::vector<Case> cases = {
      {"no manifest", files, {"manifest.json"}},
      {"not JSON", {files[0], {"manifest.json", "{\"files\": ["}}, {}},
      {"not UTF-8", {files[0], {"manifest.json", "{\"files\": [], \"x\": \"\xC3\"}"}}, {"UTF-8"}},
      {"no files array", {files[0], {"manifest.json", "{\"files\": {}}"}}, {"«files»"}},
      {"an entry without sha256",
       {files[0], {"manifest.json", "{\"files\": [{\"name\": \"01-to-trinh.pdf\", \"size\": 1}]}"}},
       {"sha256"}},
  };
  for (auto& c : cases) {
    auto path = tmp.path("ho-so.zip");
    packet::write_zip(path, c.entries, kMtime);
    core::Json m;
    core::Diagnostics d;
    auto r = packet::verify(path, m, d);
    EXPECT_TRUE(d.has_errors()) << c.what;
    EXPECT_TRUE(error_about(d, path, c.words)) << c.what;
    EXPECT_EQ(r.checked, 0u) << c.what;
  }
}

TEST(Packet, NotAZipOrNoFileIsAnErrorNamingTheFile) {
  TempDir tmp;
  auto path = tmp.path("ho-so.zip");
  std::ofstream(path, std::ios::binary) << "PK không phải zip";
  core::Json m;
  core::Diagnostics d;
  auto r = packet::verify(path, m, d);
  EXPECT_TRUE(error_about(d, path, {"zip"}));
  EXPECT_EQ(r.checked, 0u);
  auto none = tmp.path("khong-co.zip");
  core::Diagnostics d2;
  packet::verify(none, m, d2);
  EXPECT_TRUE(error_about(d2, none, {}));
}

TEST(Packet, UnsafeEntryNamesAreRefusedByVerify) {
  for (std::string evil : {"../ngoai.pdf", "a/../../ngoai.pdf", "/tmp/ngoai.pdf", "a\\..\\ngoai.pdf"}) {
    TempDir tmp;
    auto path = tmp.path("ho-so.zip");
    auto files = sample_files();
    files.push_back({evil, "x"});
    packet::write_zip(path, with_manifest(files), kMtime);
    core::Json m;
    core::Diagnostics d;
    auto r = packet::verify(path, m, d);
    EXPECT_TRUE(error_about(d, path, {"«" + evil + "»"})) << evil;
    EXPECT_EQ(std::count(r.changed.begin(), r.changed.end(), evil), 0) << evil << ": never read";
  }
}
