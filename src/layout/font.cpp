// TrueType reading for metrics: table directory, head, hhea, OS/2, hmtx and cmap formats 4 and 12.
#include "layout/font.hpp"

#include <cstdlib>
#include <map>
#include <mutex>

#include "core/diag.hpp"
#include "core/files.hpp"

namespace tdkt::layout {

namespace {

struct Reader {
  const std::string& b;
  const std::string& path;
  uint32_t u32(size_t o) const {
    need(o, 4);
    return static_cast<uint32_t>(byte(o)) << 24 | static_cast<uint32_t>(byte(o + 1)) << 16 |
           static_cast<uint32_t>(byte(o + 2)) << 8 | byte(o + 3);
  }
  uint16_t u16(size_t o) const {
    need(o, 2);
    return static_cast<uint16_t>(byte(o) << 8 | byte(o + 1));
  }
  int16_t s16(size_t o) const { return static_cast<int16_t>(u16(o)); }
  uint8_t byte(size_t o) const { return static_cast<uint8_t>(b[o]); }
  void need(size_t o, size_t n) const {
    if (o + n > b.size()) throw core::Error(path + ": tệp phông bị cắt cụt hoặc hỏng (đọc quá cuối tệp)");
  }
};

}  // namespace

std::shared_ptr<const TrueTypeFont> TrueTypeFont::load(const std::string& path) {
  std::string err;
  auto bytes = core::read_file(path, err);
  if (!bytes) throw core::Error(path + ": không đọc được tệp phông: " + err);
  const std::string& b = *bytes;
  Reader r{b, path};
  uint32_t tag = r.u32(0);
  if (tag != 0x00010000 && tag != 0x74727565 /* 'true' */)
    throw core::Error(path + ": không phải phông TrueType (.ttf)");
  std::map<std::string, size_t> tables;
  uint16_t n = r.u16(4);
  for (uint16_t i = 0; i < n; ++i) {
    size_t rec = 12 + 16u * i;
    r.need(rec, 16);
    tables[b.substr(rec, 4)] = r.u32(rec + 8);
  }
  for (const char* t : {"head", "hhea", "hmtx", "cmap", "OS/2", "maxp"})
    if (!tables.count(t)) throw core::Error(path + ": phông thiếu bảng «" + std::string(t) + "»");

  auto f = std::make_shared<TrueTypeFont>();
  f->path_ = path;
  f->upem_ = r.u16(tables["head"] + 18);
  if (f->upem_ <= 0) throw core::Error(path + ": unitsPerEm bằng 0");
  size_t hhea = tables["hhea"];
  f->ascender_ = r.s16(hhea + 4);
  f->descender_ = -r.s16(hhea + 6);
  f->line_gap_ = r.s16(hhea + 8);
  uint16_t long_metrics = r.u16(hhea + 34);
  uint16_t glyphs = r.u16(tables["maxp"] + 4);
  size_t hmtx = tables["hmtx"];
  f->advances_.resize(long_metrics);
  for (uint16_t g = 0; g < long_metrics; ++g) f->advances_[g] = r.u16(hmtx + 4u * g);
  (void)glyphs;

  // cmap: prefer a full-repertoire subtable (3,10 format 12), else Unicode BMP (3,1 or 0,x format 4).
  size_t cmap = tables["cmap"];
  uint16_t subtables = r.u16(cmap + 2);
  size_t best = 0;
  int best_rank = 0;
  for (uint16_t i = 0; i < subtables; ++i) {
    uint16_t platform = r.u16(cmap + 4 + 8u * i), encoding = r.u16(cmap + 6 + 8u * i);
    size_t off = cmap + r.u32(cmap + 8 + 8u * i);
    uint16_t format = r.u16(off);
    int rank = 0;
    if (format == 12 && (platform == 3 || platform == 0))
      rank = 3;
    else if (format == 4 && platform == 3 && encoding == 1)
      rank = 2;
    else if (format == 4 && platform == 0)
      rank = 1;
    (void)encoding;
    if (rank > best_rank) best_rank = rank, best = off;
  }
  if (!best_rank) throw core::Error(path + ": phông không có bảng mã Unicode (cmap)");
  f->bmp_.assign(0x10000, 0);
  if (r.u16(best) == 4) {
    uint16_t segs = r.u16(best + 6) / 2;
    size_t ends = best + 14, starts = ends + 2u * segs + 2, deltas = starts + 2u * segs,
           ranges = deltas + 2u * segs;
    for (uint16_t s = 0; s < segs; ++s) {
      uint32_t end = r.u16(ends + 2u * s), start = r.u16(starts + 2u * s);
      uint16_t delta = r.u16(deltas + 2u * s), range = r.u16(ranges + 2u * s);
      for (uint32_t c = start; c <= end && c < 0xFFFF; ++c) {
        uint16_t g;
        if (range == 0) {
          g = static_cast<uint16_t>(c + delta);
        } else {
          size_t at = ranges + 2u * s + range + 2u * (c - start);
          g = r.u16(at);
          if (g) g = static_cast<uint16_t>(g + delta);
        }
        f->bmp_[c] = g;
      }
    }
  } else {
    uint32_t groups = r.u32(best + 12);
    for (uint32_t i = 0; i < groups; ++i) {
      size_t g = best + 16 + 12u * i;
      uint32_t start = r.u32(g), end = r.u32(g + 4), glyph = r.u32(g + 8);
      for (uint32_t c = start; c <= end && c < 0x10000; ++c)
        f->bmp_[c] = static_cast<uint16_t>(glyph + (c - start));
    }
  }
  // Family and subfamily from the name table (Windows, Unicode), for messages.
  if (tables.count("name")) {
    size_t nt = tables["name"];
    uint16_t count = r.u16(nt + 2), strings = r.u16(nt + 4);
    std::string fam, sub;
    for (uint16_t i = 0; i < count; ++i) {
      size_t rec = nt + 6 + 12u * i;
      if (r.u16(rec) != 3 || r.u16(rec + 2) != 1) continue;
      uint16_t id = r.u16(rec + 6), len = r.u16(rec + 8), off = r.u16(rec + 10);
      if (id != 1 && id != 2) continue;
      std::string s;
      for (uint16_t k = 0; k + 1 < len; k += 2) {
        uint16_t u = r.u16(nt + strings + off + k);
        if (u < 0x80) s += static_cast<char>(u);
      }
      (id == 1 ? fam : sub) = s;
    }
    f->family_ = fam + (sub.empty() || sub == "Regular" ? "" : " " + sub);
  }
  if (f->family_.empty()) f->family_ = path;
  return f;
}

int TrueTypeFont::advance_units(uint16_t glyph) const {
  if (advances_.empty()) return 0;
  return glyph < advances_.size() ? advances_[glyph] : advances_.back();
}

FontSet::FontSet(const std::string& folder) {
  static const char* files[4] = {"Tinos-Regular.ttf", "Tinos-Bold.ttf", "Tinos-Italic.ttf",
                                 "Tinos-BoldItalic.ttf"};
  for (size_t i = 0; i < 4; ++i) {
    faces_[i] = TrueTypeFont::load(folder + "/" + files[i]);
    names_[i] = faces_[i]->family();
  }
}

const FontSet& FontSet::in(const std::string& folder) {
  static std::mutex lock;
  static std::map<std::string, std::unique_ptr<const FontSet>> loaded;
  std::lock_guard<std::mutex> hold(lock);
  auto& slot = loaded[folder];
  if (!slot)
    slot = std::make_unique<const FontSet>(folder);  // throws: the slot stays empty, asked again next time
  return *slot;
}

double FontSet::advance(int face, char32_t cp) const {
  auto& f = *faces_[static_cast<size_t>(face)];
  return static_cast<double>(f.advance_units(f.glyph(cp))) / f.units_per_em();
}
bool FontSet::has_glyph(int face, char32_t cp) const {
  return faces_[static_cast<size_t>(face)]->glyph(cp) != 0;
}
double FontSet::ascent(int face) const {
  auto& f = *faces_[static_cast<size_t>(face)];
  return static_cast<double>(f.ascender() + f.line_gap()) / f.units_per_em();
}
double FontSet::descent(int face) const {
  auto& f = *faces_[static_cast<size_t>(face)];
  return static_cast<double>(f.descender()) / f.units_per_em();
}
std::string FontSet::face_name(int face) const {
  return names_[static_cast<size_t>(face)];
}

}  // namespace tdkt::layout
