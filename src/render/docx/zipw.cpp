#include "render/docx/zipw.hpp"

#include <libdeflate.h>

#include <cstdint>
#include <limits>
#include <memory>

#include "core/diag.hpp"

namespace tdkt::render::docx {

namespace {

void u16(std::string& o, uint32_t v) {
  o += static_cast<char>(v & 0xFF);
  o += static_cast<char>((v >> 8) & 0xFF);
}
void u32(std::string& o, uint32_t v) {
  u16(o, v & 0xFFFF);
  u16(o, v >> 16);
}

struct CompressorFree {
  void operator()(libdeflate_compressor* c) const { libdeflate_free_compressor(c); }
};

// One compressor per thread and level: allocating one costs more than deflating a small document.
libdeflate_compressor* compressor(int level) {
  thread_local std::unique_ptr<libdeflate_compressor, CompressorFree> c;
  thread_local int c_level = -1;
  if (!c || c_level != level) {
    c.reset(libdeflate_alloc_compressor(level));
    c_level = level;
    if (!c) throw core::Error("libdeflate: không cấp phát được bộ nén");
  }
  return c.get();
}

// 1980-01-02 00:00 in MS-DOS form: the earliest date every reader accepts in every time zone.
constexpr uint32_t kDosTime = 0;
constexpr uint32_t kDosDate = (0u << 9) | (1u << 5) | 2u;
constexpr uint32_t kUtf8Names = 1u << 11;

}  // namespace

std::string zip_parts(const std::vector<ZipPart>& parts, int level) {
  constexpr uint64_t kMax = std::numeric_limits<uint32_t>::max();
  if (parts.size() > 0xFFFF) throw core::Error("gói zip: quá nhiều phần");
  size_t total = 0;
  for (auto& p : parts) total += p.bytes.size() + p.name.size() + 30;
  std::string out, central;
  out.reserve(total / 8 + 4096);
  // The deflate buffer is kept per thread: resizing a fresh string would zero-fill the bound (≈ the part's
  // size) on every document.
  thread_local std::string packed;
  for (auto& p : parts) {
    if (p.bytes.size() >= kMax || p.name.size() > 0xFFFF)
      throw core::Error("gói zip: phần «" + p.name + "» quá lớn");
    uint32_t crc = libdeflate_crc32(0, p.bytes.data(), p.bytes.size());
    uint32_t method = 0;
    const std::string* data = &p.bytes;
    size_t packed_size = 0;
    if (p.bytes.size() > 4096) {
      libdeflate_compressor* c = compressor(level);
      size_t bound = libdeflate_deflate_compress_bound(c, p.bytes.size());
      if (packed.size() < bound) packed.resize(bound);
      size_t n = libdeflate_deflate_compress(c, p.bytes.data(), p.bytes.size(), packed.data(), packed.size());
      if (n > 0 && n < p.bytes.size()) {
        packed_size = n;
        data = &packed;
        method = 8;
      }
    }
    if (out.size() >= kMax) throw core::Error("gói zip quá 4 GiB");
    uint32_t offset = static_cast<uint32_t>(out.size());
    auto header = [&](std::string& o, bool central_entry) {
      u32(o, central_entry ? 0x02014b50 : 0x04034b50);
      if (central_entry) u16(o, 20);  // made by: MS-DOS attributes, spec 2.0
      u16(o, 20);                     // needed to extract: 2.0 (deflate)
      u16(o, kUtf8Names);
      u16(o, method);
      u16(o, kDosTime);
      u16(o, kDosDate);
      u32(o, crc);
      u32(o, static_cast<uint32_t>(method ? packed_size : data->size()));
      u32(o, static_cast<uint32_t>(p.bytes.size()));
      u16(o, static_cast<uint32_t>(p.name.size()));
      u16(o, 0);  // extra field
      if (central_entry) {
        u16(o, 0);  // comment
        u16(o, 0);  // disk
        u16(o, 0);  // internal attributes
        u32(o, 0);  // external attributes
        u32(o, offset);
      }
      o += p.name;
    };
    header(out, false);
    out.append(data->data(), method ? packed_size : data->size());
    header(central, true);
  }
  if (out.size() + central.size() >= kMax) throw core::Error("gói zip quá 4 GiB");
  uint32_t cd_offset = static_cast<uint32_t>(out.size());
  out += central;
  u32(out, 0x06054b50);
  u16(out, 0);
  u16(out, 0);
  u16(out, static_cast<uint32_t>(parts.size()));
  u16(out, static_cast<uint32_t>(parts.size()));
  u32(out, static_cast<uint32_t>(central.size()));
  u32(out, cd_offset);
  u16(out, 0);
  return out;
}

}  // namespace tdkt::render::docx
