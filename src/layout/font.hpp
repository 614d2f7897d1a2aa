// Font metrics for layout: a measuring interface (real TrueType metrics in production, a fake in unit
// tests) and a small reader of the TrueType tables layout needs (head, hhea, OS/2, hmtx, cmap).
// No PoDoFo here: the PDF writer embeds the same files the metrics came from.
#pragma once
#include <array>
#include <cstdint>
#include <memory>
#include <string>
#include <vector>

namespace tdkt::layout {

// The four faces of the family. Index = bold | italic << 1.
enum Face : int { Regular = 0, Bold = 1, Italic = 2, BoldItalic = 3 };
constexpr int face_of(bool bold, bool italic) {
  return (bold ? 1 : 0) | (italic ? 2 : 0);
}

class Metrics {
 public:
  virtual ~Metrics() = default;
  // Advance width of one code point, in em (multiply by the size in points).
  virtual double advance(int face, char32_t cp) const = 0;
  virtual bool has_glyph(int face, char32_t cp) const = 0;
  // Ascent (with the line gap above it) and descent (positive) in em: together the line box a word
  // processor gives "single" spacing.
  virtual double ascent(int face) const = 0;
  virtual double descent(int face) const = 0;
  virtual std::string face_name(int face) const = 0;
};

// One TrueType file, read once; glyph lookups for the Basic Multilingual Plane are an array index.
class TrueTypeFont {
 public:
  // Throws core::Error naming the file when it is not a usable TrueType font.
  static std::shared_ptr<const TrueTypeFont> load(const std::string& path);
  uint16_t glyph(char32_t cp) const { return cp < bmp_.size() ? bmp_[cp] : 0; }
  // In font units.
  int advance_units(uint16_t glyph) const;
  int units_per_em() const { return upem_; }
  // hhea ascender, descender (positive) and line gap: Word and LibreOffice give "single" spacing
  // ascender + descender + line gap (1.15 em for Times New Roman and Tinos).
  int ascender() const { return ascender_; }
  int descender() const { return descender_; }
  int line_gap() const { return line_gap_; }
  const std::string& path() const { return path_; }
  const std::string& family() const { return family_; }

 private:
  std::string path_, family_;
  int upem_ = 2048, ascender_ = 0, descender_ = 0, line_gap_ = 0;
  std::vector<uint16_t> bmp_;       // code point → glyph, 0 = missing
  std::vector<uint16_t> advances_;  // per long horizontal metric
};

// The bundled family (fonts/Tinos-*.ttf, metric-compatible with Times New Roman).
class FontSet : public Metrics {
 public:
  // Loads the four faces from a folder; throws core::Error naming a missing or broken file.
  explicit FontSet(const std::string& folder);
  // The fonts of a folder (the environment's fonts_dir), each folder read once per process and kept: font
  // files do not change while tdkt runs. A missing or broken file throws every time it is asked for.
  static const FontSet& in(const std::string& folder);
  double advance(int face, char32_t cp) const override;
  bool has_glyph(int face, char32_t cp) const override;
  double ascent(int face) const override;
  double descent(int face) const override;
  std::string face_name(int face) const override;
  const std::string& path(int face) const { return faces_[static_cast<size_t>(face)]->path(); }

 private:
  std::array<std::shared_ptr<const TrueTypeFont>, 4> faces_;
  std::array<std::string, 4> names_;
};

}  // namespace tdkt::layout
