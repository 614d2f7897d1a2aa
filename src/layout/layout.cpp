// Layout: paragraphs → lines (first fit or total fit), blocks → slices (a line, a table row), slices →
// pages (keep rules, widow/orphan control, row splitting, repeated header rows). All lengths in points,
// y downwards from the top of the page.
#include "layout/layout.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <limits>
#include <map>
#include <memory>
#include <tuple>

#include "core/diag.hpp"
#include "doc/theme.hpp"
#include "text/utf8.hpp"

namespace tdkt::layout {

namespace {

constexpr double kTw = 1.0 / 20.0;  // twips → points
constexpr double kEps = 0.005;
constexpr double kFitSlack =
    0.03;  // word processors measure in twips: a line that overfills by under ~1 twip does not fit (fitted on
           // the bundled forms, see tests/tools/fidelity.py)
constexpr double kTabStop = 36.0;
constexpr double kBorder =
    0.5;  // table borders: single, sz 4 (eighths of a point)   // Word's default tab stops: every 0.5 inch

uint32_t rgb_of(const std::string& hex) {
  if (hex.size() != 6) return 0;
  return static_cast<uint32_t>(std::strtoul(hex.c_str(), nullptr, 16));
}

// What lands on a page, relative to the top of its slice (x is already absolute).
struct Prims {
  std::vector<Text> text;
  std::vector<Stroke> strokes;
  std::vector<SignaturePlace> sigs;  // names without the uniqueness suffix
  void shift(double dy) {
    for (auto& t : text) t.baseline += dy;
    for (auto& s : strokes) s.y1 += dy, s.y2 += dy;
    for (auto& g : sigs) g.y += dy;
  }
  void append(const Prims& o, double dy) {
    for (auto t : o.text) {
      t.baseline += dy;
      text.push_back(std::move(t));
    }
    for (auto s : o.strokes) {
      s.y1 += dy;
      s.y2 += dy;
      strokes.push_back(s);
    }
    for (auto g : o.sigs) {
      g.y += dy;
      sigs.push_back(std::move(g));
    }
  }
};

struct RowBox;

// The unit of pagination: one line of a paragraph, a table row, or a framed paragraph.
struct Slice {
  double height = 0;  // with the spacing before and after it carries
  double before = 0;  // spacing at its top, dropped when a natural page break puts it first on a page
  double after = 0;   // spacing at its bottom, which may run into the bottom margin (Word, LibreOffice)
  bool keep_next = false, break_before = false, break_after = false;
  bool framed = false;  // absolutely positioned: drawn on the current page, takes no room in the flow
  double frame_y = 0;
  Prims prims;
  std::vector<int> paras;  // paragraphs (index in PageSet.paragraphs) whose first line is here
  std::shared_ptr<RowBox> row;
  int table = -1;
};

struct CellBox {
  double x = 0, w = 0;
  std::vector<Slice> lines;   // stacked top-down
  bool vcontinue = false;     // vertically merged into the cell above: no content, no top border
  bool merged_below = false;  // the cell below continues this one: no bottom border
  int merge_rows = 1;         // for a merge start: how many rows it spans
  double content() const {
    double h = 0;
    for (auto& l : lines) h += l.height;
    return h;
  }
};

struct RowBox {
  std::vector<CellBox> cells;
  bool borders = false, header = false, cant_split = false;
  double height = 0;
};

// Paragraph tokens: a word is a run of non-space characters, possibly in several styles.
struct Piece {
  std::string text;
  int face = 0;
  double size = 14, width = 0;
  uint32_t rgb = 0;
  bool underline = false;
  double space = 0;  // width of one space in this style, to tell whether a neighbouring gap may be merged
};
struct Word {
  std::vector<Piece> pieces;
  double width = 0;
  double glue = 0;   // the spaces before it
  bool tab = false;  // a tab before it
  double asc = 0, desc = 0;
};

class Engine {
 public:
  Engine(const Metrics& m, const Options& o, PageSet& out) : m_(m), o_(o), out_(out) {}

  std::vector<Slice> blocks(const std::vector<doc::Block>& bs, double x, double w, bool body) {
    std::vector<Slice> out;
    double prev_after = 0;  // spacing after the paragraph just above (0 after a table)
    for (auto& b : bs) {
      if (auto* p = std::get_if<doc::Paragraph>(&b)) {
        auto s = paragraph(*p, x, w, body);
        // Between two paragraphs the larger of "after" and "before" applies, not their sum (ECMA-376
        // §17.3.1.33, and what Word and LibreOffice do).
        if (!s.empty() && !s.front().framed && prev_after > 0) {
          double cut = std::min(prev_after, s.front().before);
          s.front().before -= cut;
          s.front().height -= cut;
          s.front().prims.shift(-cut);
        }
        if (!s.empty() && !s.back().framed) prev_after = p->style.after_twips * kTw;
        for (auto& sl : s) out.push_back(std::move(sl));
      } else {
        prev_after = 0;
        auto s = table(*std::get<std::shared_ptr<doc::Table>>(b), x, body);
        for (auto& sl : s) out.push_back(std::move(sl));
      }
    }
    return out;
  }

  // Draws a row at y = 0 with the given height.
  static Prims render_row(const RowBox& r, double height) {
    Prims p;
    for (auto& c : r.cells) {
      if (!c.vcontinue) {
        double y = r.borders ? kBorder : 0;
        for (auto& l : c.lines) {
          p.append(l.prims, y);
          y += l.height;
        }
      }
      if (!r.borders) continue;
      const double bw = kBorder;
      if (!c.vcontinue) p.strokes.push_back({c.x, 0, c.x + c.w, 0, bw});
      if (!c.merged_below) p.strokes.push_back({c.x, height, c.x + c.w, height, bw});
      p.strokes.push_back({c.x, 0, c.x, height, bw});
      p.strokes.push_back({c.x + c.w, 0, c.x + c.w, height, bw});
    }
    return p;
  }

 private:
  const Metrics& m_;
  const Options& o_;
  PageSet& out_;
  int tables_ = 0;

  double cp_width(int face, char32_t cp, double size) const { return m_.advance(face, cp) * size; }

  std::vector<Word> tokenize(const doc::Paragraph& p) const {
    std::vector<Word> words;
    Word cur;
    double glue = 0;
    bool tab = false;
    char32_t prev = 0;  // the character before, within the paragraph
    auto flush = [&] {
      if (cur.pieces.empty()) return;
      words.push_back(std::move(cur));
      cur = Word{};
    };
    for (auto& r : p.runs) {
      if (r.field != doc::Run::Field::None) continue;  // the page field lives in the page header only
      int face = face_of(r.style.bold, r.style.italic);
      double size = r.style.half_points / 2.0;
      Piece style;
      style.face = face;
      style.size = size;
      style.rgb = rgb_of(r.style.color);
      style.underline = r.style.underline;
      style.space = cp_width(face, U' ', size);
      size_t i = 0;
      while (i < r.text.size()) {
        size_t start = i;
        char32_t cp = text::decode_next(r.text, i);
        if (cp == U' ' || cp == U'\t') {
          prev = cp;
          flush();
          if (cp == U'\t')
            tab = true;
          else
            glue += style.space;
          continue;
        }
        if (cur.pieces.empty()) {
          cur.glue = glue;
          cur.tab = tab;
          glue = 0;
          tab = false;
        }
        if (append(cur, style, std::string_view(r.text).substr(start, i - start), cp_width(face, cp, size))) {
          cur.asc = std::max(cur.asc, m_.ascent(face) * size);
          cur.desc = std::max(cur.desc, m_.descent(face) * size);
        }
        // A line may also break after a hyphen inside a word ("số 77/QĐ-" | "UBND"), as Word and
        // LibreOffice do, but not inside a number range ("2021-2025" stays whole) or after a lone hyphen; a
        // code's hyphen before its digits breaks as LibreOffice breaks it ("SK-" | "07"), and so does an en
        // dash between years ("2023–" | "2024").
        if ((cp == U'-' || cp == U'\u2013') && i < r.text.size()) {
          size_t j = i;
          char32_t nx = text::decode_next(r.text, j);
          bool after_word = prev != 0 && prev != U' ' && prev != U'-' && prev != U'/' && prev != U'(';
          auto digit = [](char32_t c) { return c >= U'0' && c <= U'9'; };
          bool number_range = cp == U'-' && digit(prev) && digit(nx);  // "2021-2025"; "SK-" | "07" breaks
          if (after_word && nx != U' ' && nx != U'\t' && !number_range) flush();
        }
        prev = cp;
      }
    }
    flush();
    return words;
  }

  // Adds one character's bytes to a word, in a new piece when its style differs from the last piece's;
  // returns whether a piece was started.
  static bool append(Word& w, const Piece& style, std::string_view bytes, double width) {
    bool fresh = w.pieces.empty() || w.pieces.back().face != style.face ||
                 w.pieces.back().size != style.size || w.pieces.back().rgb != style.rgb ||
                 w.pieces.back().underline != style.underline;
    if (fresh) {
      Piece p = style;
      p.text.clear();
      p.width = 0;
      w.pieces.push_back(std::move(p));
    }
    w.pieces.back().text += bytes;
    w.pieces.back().width += width;
    w.width += width;
    return fresh;
  }

  // A word wider than the line is cut between characters (as Word does), into pieces that fit.
  std::vector<Word> cut_long(std::vector<Word> words, double avail) {
    bool any = false;
    for (auto& w : words) any |= w.width > avail + kEps;
    if (!any || avail <= 1) return words;
    std::vector<Word> out;
    for (auto& w : words) {
      if (w.width <= avail + kEps) {
        out.push_back(std::move(w));
        continue;
      }
      std::string whole;
      for (auto& pc : w.pieces) whole += pc.text;
      out_.cut_words.push_back(whole);
      Word part;
      part.glue = w.glue;
      part.tab = w.tab;
      part.asc = w.asc;
      part.desc = w.desc;
      for (auto& pc : w.pieces) {
        size_t i = 0;
        while (i < pc.text.size()) {
          size_t start = i;
          char32_t cp = text::decode_next(pc.text, i);
          double cw = cp_width(pc.face, cp, pc.size);
          if (part.width + cw > avail + kEps && part.width > 0) {
            out.push_back(std::move(part));
            part = Word{};
            part.asc = w.asc;
            part.desc = w.desc;
          }
          append(part, pc, std::string_view(pc.text).substr(start, i - start), cw);
        }
      }
      if (!part.pieces.empty()) out.push_back(std::move(part));
    }
    return out;
  }

  struct LineSpan {
    size_t a = 0, b = 0;
  };

  // Where a tab at offset x (from the paragraph's left edge) takes the text.
  static double tab_to(double x) { return (std::floor(x / kTabStop + kEps) + 1) * kTabStop; }

  std::vector<LineSpan> first_fit(const std::vector<Word>& w, double avail0, double avail,
                                  double first) const {
    std::vector<LineSpan> lines;
    size_t a = 0;
    double x = 0;
    for (size_t i = 0; i < w.size(); ++i) {
      double lim = lines.empty() ? avail0 : avail;
      double origin = lines.empty() ? first : 0;
      if (i == a) {
        x = (i == 0 ? w[i].glue : 0);
        if (w[i].tab) x = tab_to(origin + x) - origin;
        x += w[i].width;
        continue;
      }
      double nx = x + w[i].glue;
      if (w[i].tab) nx = tab_to(origin + nx) - origin;
      nx += w[i].width;
      if (nx <= lim - kFitSlack) {
        x = nx;
        continue;
      }
      lines.push_back({a, i});
      a = i;
      x = w[i].width;
      if (w[i].tab) x = tab_to(0) + w[i].width;
    }
    if (a < w.size() || lines.empty()) lines.push_back({a, w.size()});
    return lines;
  }

  // Knuth–Plass over boxes and glue: spaces may stretch to twice and shrink to 80 % of their width; the
  // last line is free. Falls back to first fit when no set of breaks stays within tolerance, or on tabs.
  std::vector<LineSpan> total_fit(const std::vector<Word>& w, double avail0, double avail,
                                  double first) const {
    size_t n = w.size();
    for (auto& x : w)
      if (x.tab) return first_fit(w, avail0, avail, first);
    if (n < 2) return first_fit(w, avail0, avail, first);
    std::vector<double> wsum(n + 1, 0), gsum(n + 1, 0);
    for (size_t i = 0; i < n; ++i) {
      wsum[i + 1] = wsum[i] + w[i].width;
      gsum[i + 1] = gsum[i] + (i == 0 ? 0 : w[i].glue);
    }
    struct Node {
      size_t pos;
      int line;
      double dem;
      int prev;
    };
    std::vector<Node> nodes{{0, 0, 0, -1}};
    std::vector<size_t> active{0};
    const double tolerance = 3.0;
    for (size_t b = 1; b <= n; ++b) {
      int best = -1;
      double best_dem = std::numeric_limits<double>::infinity();
      int best_line = 0;
      std::vector<size_t> keep;
      for (size_t ai : active) {
        const Node& a = nodes[ai];
        // gsum[k] is the glue before words 1 … k-1, so the gaps inside [a, b) are gsum[b] - gsum[a + 1].
        double glue = gsum[b] - gsum[a.pos + 1];
        double natural = wsum[b] - wsum[a.pos] + glue + (a.pos == 0 ? w[0].glue : 0);
        double lim = a.line == 0 ? avail0 : avail;
        double r;
        if (natural <= lim + kEps)
          r = b == n ? 0 : glue > 0 ? (lim - natural) / glue : (b == n ? 0 : 100);
        else
          r = glue > 0 ? (lim - natural) / (0.2 * glue) : -100;
        if (r < -1) continue;  // too long now, and only longer for later breaks
        keep.push_back(ai);
        if (r > tolerance) continue;
        double bad = 100 * std::pow(std::abs(r), 3);
        double dem = a.dem + (1 + bad) * (1 + bad);
        if (dem < best_dem) best_dem = dem, best = static_cast<int>(ai), best_line = a.line + 1;
      }
      active = std::move(keep);
      if (best >= 0) {
        nodes.push_back({b, best_line, best_dem, best});
        active.push_back(nodes.size() - 1);
      }
      if (active.empty()) return first_fit(w, avail0, avail, first);
    }
    int end = -1;
    for (size_t i = 0; i < nodes.size(); ++i)
      if (nodes[i].pos == n && (end < 0 || nodes[i].dem < nodes[static_cast<size_t>(end)].dem))
        end = static_cast<int>(i);
    if (end < 0) return first_fit(w, avail0, avail, first);
    std::vector<LineSpan> lines;
    for (int k = end; nodes[static_cast<size_t>(k)].prev >= 0; k = nodes[static_cast<size_t>(k)].prev)
      lines.push_back({nodes[static_cast<size_t>(nodes[static_cast<size_t>(k)].prev)].pos,
                       nodes[static_cast<size_t>(k)].pos});
    std::reverse(lines.begin(), lines.end());
    return lines;
  }

  // Natural width of the words [a, b) set on one line: their widths and the spaces between them.
  static double natural_width(const std::vector<Word>& w, size_t a, size_t b) {
    double x = a == 0 && a < b ? w[0].glue : 0;
    for (size_t i = a; i < b; ++i) x += w[i].width + (i > a ? w[i].glue : 0);
    return x;
  }

 public:
  // Balances a centred paragraph of two to four lines whose last line is short (a title ending in one word
  // or «2025» alone): equal indents on both sides narrow it to about the least width that keeps its number
  // of lines, so its lines come out of even length. The width is set in the middle of the range that gives
  // those breaks, so that a word processor reading the DOCX breaks at the same words as the PDF. Returns
  // the indent added on each side, in twips (0: left as it is).
  int balance(doc::Paragraph& p, double width) const {
    const auto& st = p.style;
    if (st.align != doc::Align::Center || st.frame_w_twips > 0 || st.rule_twips > 0 || st.first_line_twips)
      return 0;
    double avail = width - (st.left_twips + st.right_twips) * kTw;
    auto words = tokenize(p);
    double widest = 0;
    for (auto& w : words) {
      if (w.tab) return 0;
      widest = std::max(widest, w.width + w.glue);
    }
    if (words.size() < 2 || widest > avail) return 0;
    auto fit = [&](double lim) { return first_fit(words, lim, lim, 0); };
    auto spans = fit(avail);
    size_t k = spans.size();
    if (k < 2 || k > 4) return 0;
    double longest = 0;
    for (size_t i = 0; i + 1 < k; ++i)
      longest = std::max(longest, natural_width(words, spans[i].a, spans[i].b));
    if (natural_width(words, spans[k - 1].a, spans[k - 1].b) >= longest * 2 / 3) return 0;
    // Every set of breaks a narrower width gives while the lines stay k, widest first: each holds for the
    // widths [from, to) where every line fits and no line takes its next word. The evenest set whose range
    // leaves kBalanceMargin either side of its middle wins (a word processor measuring a line a point wider
    // than the PDF must still break at the same words).
    constexpr double kBalanceMargin = 4;
    double best_spread = std::numeric_limits<double>::infinity(), target = 0;
    std::vector<LineSpan> best;
    for (double lim = avail; lim > widest;) {
      auto set = fit(lim);
      if (set.size() != k) break;
      double from = 0, to = avail + kFitSlack, lmin = avail, lmax = 0;
      for (size_t i = 0; i < k; ++i) {
        double nat = natural_width(words, set[i].a, set[i].b);
        from = std::max(from, nat + kFitSlack);
        lmin = std::min(lmin, nat), lmax = std::max(lmax, nat);
        if (i + 1 < k) to = std::min(to, nat + words[set[i].b].glue + words[set[i].b].width + kFitSlack);
      }
      double mid = std::min(avail, (from + to) / 2);
      if (to - from >= 2 * kBalanceMargin && lmax - lmin < best_spread - kEps)
        best_spread = lmax - lmin, target = mid, best = set;
      lim = from - kFitSlack - 0.01;  // the next set: the widest line no longer fits
    }
    if (best.empty()) return 0;
    int side = static_cast<int>(std::floor((avail - target) / 2 / kTw));
    if (side < 20) return 0;  // under 1 pt a side: nothing to gain
    auto check = fit(avail - 2 * side * kTw);
    for (size_t i = 0; i < k; ++i)
      if (check.size() != k || check[i].a != best[i].a || check[i].b != best[i].b) return 0;
    p.style.left_twips += side;
    p.style.right_twips += side;
    return side;
  }

 private:
  // One line's text for the fidelity record: words joined by single spaces.
  static std::string line_text(const std::vector<Word>& w, LineSpan s) {
    std::string t;
    for (size_t i = s.a; i < s.b; ++i) {
      if (i > s.a && (w[i].glue > 0 || w[i].tab)) t += ' ';
      for (auto& pc : w[i].pieces) t += pc.text;
    }
    return t;
  }

  std::vector<Slice> paragraph(const doc::Paragraph& p, double x0, double width, bool body) {
    const auto& st = p.style;
    bool framed = st.frame_w_twips > 0;
    if (framed) {
      width = st.frame_w_twips * kTw;
      x0 = st.frame_x_twips * kTw;
    }
    double left = st.left_twips * kTw, right = st.right_twips * kTw, first = st.first_line_twips * kTw;
    if (st.rule_twips > 0) left = right = std::max(0.0, (width - st.rule_twips * kTw) / 2);
    double avail = width - left - right;
    double avail0 = avail - first;
    auto words = tokenize(p);
    words = cut_long(std::move(words), std::max(1.0, std::min(avail, avail0)));
    std::vector<LineSpan> spans;
    bool justify = st.align == doc::Align::Justify;
    if (!words.empty())
      spans = o_.breaking == Breaking::TotalFit && justify ? total_fit(words, avail0, avail, first)
                                                           : first_fit(words, avail0, avail, first);

    // The paragraph mark's style sets the height of an empty paragraph.
    doc::RunStyle mark;
    if (!p.runs.empty())
      mark = p.runs.front().style;
    else if (auto* def = doc::theme_style(p.style_name))
      mark = def->run;
    int mface = face_of(mark.bold, mark.italic);
    double msize = mark.half_points / 2.0;
    double factor = st.line_240ths / 240.0;

    // The record of this paragraph's lines (for fidelity checks); none for an empty paragraph.
    int rec = -1;
    if (!spans.empty()) {
      rec = static_cast<int>(out_.paragraphs.size());
      out_.paragraphs.emplace_back();
    }
    std::vector<Slice> out;
    size_t nlines = std::max<size_t>(1, spans.size());
    for (size_t li = 0; li < nlines; ++li) {
      Slice s;
      double asc = m_.ascent(mface) * msize, desc = m_.descent(mface) * msize;
      if (!spans.empty()) {
        auto sp = spans[li];
        asc = 0, desc = 0;
        for (size_t i = sp.a; i < sp.b; ++i)
          asc = std::max(asc, words[i].asc), desc = std::max(desc, words[i].desc);
      }
      double single = asc + desc;
      double lh = single * factor;
      double top = 0;
      if (li == 0) {
        s.before = st.before_twips * kTw;
        top = s.before;
      }
      double baseline = top + asc + (lh - single) * asc / std::max(single, 1e-9);
      if (!spans.empty()) {
        auto sp = spans[li];
        bool last = li + 1 == spans.size();
        double lim = li == 0 ? avail0 : avail;
        double origin = li == 0 ? first : 0;
        // Natural width and the number of stretchable gaps.
        double natural = 0;
        int gaps = 0;
        for (size_t i = sp.a; i < sp.b; ++i) {
          double g = (i == sp.a && i != 0) ? 0 : words[i].glue;
          if (words[i].tab)
            natural = tab_to(origin + natural + g) - origin;
          else
            natural += g;
          natural += words[i].width;
          if (i > sp.a && !words[i].tab && words[i].glue > 0) ++gaps;
        }
        double extra = lim - natural, add = 0, xs = x0 + left + origin;
        switch (st.align) {
          case doc::Align::Center:
            xs += extra / 2;
            break;
          case doc::Align::Right:
            xs += extra;
            break;
          case doc::Align::Justify:
            if (!last && gaps > 0) add = extra / gaps;
            break;
          case doc::Align::Left:
            break;
        }
        double x = xs;
        double rel = 0;  // offset from the line start, for tabs
        for (size_t i = sp.a; i < sp.b; ++i) {
          double g = (i == sp.a && i != 0) ? 0 : words[i].glue;
          bool stretched = false;
          if (words[i].tab) {
            double to = tab_to(origin + rel + g) - origin;
            x += to - rel;
            rel = to;
          } else {
            x += g;
            rel += g;
            if (i > sp.a && add != 0 && g > 0) {
              x += add;
              stretched = true;
            }
          }
          for (size_t k = 0; k < words[i].pieces.size(); ++k) {
            auto& pc = words[i].pieces[k];
            // Merge with the previous text when nothing was stretched and the gap is one plain space of
            // the same style: fewer, longer strings in the PDF.
            bool merged = false;
            if (k == 0 && i > sp.a && !stretched && !words[i].tab && !s.prims.text.empty()) {
              auto& prev = s.prims.text.back();
              if (prev.face == pc.face && prev.size == pc.size && prev.rgb == pc.rgb &&
                  (g == 0 || std::abs(g - pc.space) < 1e-6) && std::abs(prev.x + prev.width + g - x) < 1e-6 &&
                  !pc.underline) {
                if (g > 0) prev.text += ' ';
                prev.text += pc.text;
                prev.width += g + pc.width;
                merged = true;
              }
            }
            if (!merged) {
              Text t;
              t.x = x;
              t.baseline = baseline;
              t.size = pc.size;
              t.width = pc.width;
              t.face = pc.face;
              t.rgb = pc.rgb;
              t.text = pc.text;
              s.prims.text.push_back(std::move(t));
            }
            if (pc.underline)
              s.prims.strokes.push_back(
                  {x, baseline + 0.1 * pc.size, x + pc.width, baseline + 0.1 * pc.size, 0.05 * pc.size});
            x += pc.width;
            rel += pc.width;
          }
        }
        out_.paragraphs[static_cast<size_t>(rec)].lines.push_back(line_text(words, sp));
      }
      s.height = top + lh;
      if (li + 1 == nlines) {
        if (st.rule_twips > 0) {
          double y = s.height + 1.0 + 0.375;
          s.prims.strokes.push_back({x0 + left, y, x0 + left + st.rule_twips * kTw, y, 0.75});
          s.height += 1.75;
        }
        s.height += st.after_twips * kTw;
        s.after = st.after_twips * kTw;
        s.keep_next = st.keep_next;
        s.break_after = st.page_break_after;
      }
      if (li == 0) {
        s.break_before = st.page_break_before;
        if (!p.signatures.empty()) signature_places(p, s, x0, width);
        if (rec >= 0) s.paras.push_back(rec);
      }
      if (st.keep_lines && li + 1 < nlines) s.keep_next = true;
      out.push_back(std::move(s));
    }
    // Widow and orphan control (two lines), as Word's default paragraph setting does.
    if (body && nlines >= 2) {
      out[0].keep_next = true;
      out[nlines - 2].keep_next = true;
    }
    if (framed) {
      double y = st.frame_y_twips * kTw;
      Slice f;
      f.framed = true;
      f.frame_y = y;
      double dy = 0;
      for (auto& s : out) {
        f.prims.append(s.prims, dy);
        dy += s.height;
        for (int pi : s.paras) f.paras.push_back(pi);
      }
      f.break_before = st.page_break_before;
      return {f};
    }
    return out;
  }

  // The signer's place fills the gap above the name (between the signing title and the name); the
  // agency's is a square over the left third of it.
  void signature_places(const doc::Paragraph& p, Slice& s, double x0, double width) {
    double gap = s.before;
    double h = std::max(20.0, gap - 8);
    double top = gap >= 28 ? 4 : gap - h;
    double w = std::min(width * 0.8, 200.0);
    double sx = x0 + (width - w) / 2;
    for (auto& name : p.signatures) {
      SignaturePlace sp;
      sp.name = name;
      if (name == "co-quan") {
        double side = std::min(h, w * 0.6);
        double r = sx + w / 3;
        sp.x = std::max(x0, r - side);
        sp.w = r - sp.x;
        sp.y = top;
        sp.h = h;
      } else {
        sp.x = sx, sp.y = top, sp.w = w, sp.h = h;
      }
      s.prims.sigs.push_back(sp);
    }
  }

  std::vector<Slice> table(const doc::Table& t, double x0, bool body) {
    int id = tables_++;
    double margin = t.borders ? 85 * kTw : 0;
    std::vector<double> colx{x0};
    for (int w : t.col_twips) colx.push_back(colx.back() + w * kTw);
    size_t ncols = t.col_twips.size();
    std::vector<std::shared_ptr<RowBox>> rows;
    // Grid column of each cell, to find the cell below for vertical merges.
    std::vector<std::vector<size_t>> grid(t.rows.size());
    for (size_t ri = 0; ri < t.rows.size(); ++ri) {
      auto& r = t.rows[ri];
      auto box = std::make_shared<RowBox>();
      box->borders = t.borders;
      box->header = r.header;
      box->cant_split = r.cant_split;
      size_t col = 0;
      for (auto& c : r.cells) {
        size_t span = static_cast<size_t>(std::max(1, c.grid_span));
        size_t end = std::min(ncols, col + span);
        CellBox cb;
        cb.x = colx[std::min(col, ncols)];
        cb.w = colx[end] - cb.x;
        cb.vcontinue = c.vmerge == doc::Cell::VMerge::Continue;
        if (!cb.vcontinue)
          cb.lines = blocks(c.blocks, cb.x + margin, std::max(1.0, cb.w - 2 * margin), false);
        grid[ri].push_back(col);
        box->cells.push_back(std::move(cb));
        col = end;
      }
      rows.push_back(box);
    }
    auto cell_at = [&](size_t ri, size_t col) -> CellBox* {
      if (ri >= rows.size()) return nullptr;
      for (size_t k = 0; k < grid[ri].size(); ++k)
        if (grid[ri][k] == col) return &rows[ri]->cells[k];
      return nullptr;
    };
    // Vertical merges: which cells continue below, and how many rows each merge spans.
    std::vector<std::tuple<size_t, size_t, size_t>> merges;  // (first row, cell index, last row)
    for (size_t ri = 0; ri < rows.size(); ++ri) {
      for (size_t k = 0; k < rows[ri]->cells.size(); ++k) {
        auto& c = rows[ri]->cells[k];
        if (c.vcontinue) continue;
        size_t end = ri;
        while (auto* below = cell_at(end + 1, grid[ri][k])) {
          if (!below->vcontinue) break;
          ++end;
        }
        if (end == ri) continue;
        c.merged_below = true;
        for (size_t q = ri + 1; q < end; ++q) cell_at(q, grid[ri][k])->merged_below = true;
        merges.emplace_back(ri, k, end);
      }
    }
    // Row heights: the tallest cell of the row, merged cells aside; a merged cell's content then spreads
    // over the rows it spans, and the last of them grows if it does not fit.
    for (auto& r : rows) {
      r->height = 0;
      for (auto& c : r->cells)
        if (!c.vcontinue && !c.merged_below) r->height = std::max(r->height, c.content());
    }
    for (auto& [first, k, last] : merges) {
      double need = rows[first]->cells[k].content(), sum = 0;
      for (size_t q = first; q <= last; ++q) sum += rows[q]->height;
      if (need > sum) rows[last]->height += need - sum;
    }
    // A bordered row is taller by its top border, above the text (as LibreOffice lays out our DOCX).
    if (t.borders)
      for (auto& r : rows) r->height += kBorder;
    std::vector<Slice> out;
    for (size_t ri = 0; ri < rows.size(); ++ri) {
      Slice s;
      s.height = rows[ri]->height;
      s.table = id;
      for (auto& c : rows[ri]->cells)
        for (auto& l : c.lines)
          for (int pi : l.paras) s.paras.push_back(pi);
      // A header row goes with the first body row; a row of one merged cell heading a group (a unit
      // name) is not kept with the next, as Word would not either.
      s.keep_next = rows[ri]->header;
      if (body) {
        s.row = rows[ri];
      } else {
        s.prims = render_row(*rows[ri], s.height);
      }
      out.push_back(std::move(s));
    }
    return out;
  }
};

// Splits a row so that its first part is at most `room` high; false when not even one line fits.
bool split_row(const RowBox& r, double room, RowBox& first, RowBox& rest) {
  first = r;
  rest = r;
  bool any = false;
  double h1 = 0, h2 = 0;
  for (size_t k = 0; k < r.cells.size(); ++k) {
    auto& src = r.cells[k].lines;
    first.cells[k].lines.clear();
    rest.cells[k].lines.clear();
    const double top = r.borders ? kBorder : 0;
    double y = top;
    size_t i = 0;
    while (i < src.size() && y + src[i].height <= room + kEps) y += src[i++].height;
    if (i > 0) any = true;
    first.cells[k].lines.assign(src.begin(), src.begin() + static_cast<long>(i));
    rest.cells[k].lines.assign(src.begin() + static_cast<long>(i), src.end());
    h1 = std::max(h1, y);
    h2 = std::max(h2, top + rest.cells[k].content());
    rest.cells[k].vcontinue = r.cells[k].vcontinue;
  }
  bool moved = false;
  for (auto& c : rest.cells) moved |= !c.lines.empty();
  if (!any || !moved) return false;
  first.height = h1;
  rest.height = h2;
  return true;
}

class Paginator {
 public:
  Paginator(const doc::Document& d, PageSet& out, size_t max_pages) : out_(out), max_pages_(max_pages) {
    w_ = d.page.width_twips * kTw;
    h_ = d.page.height_twips * kTw;
    top_ = d.page.top_twips * kTw;
    bottom_ = h_ - d.page.bottom_twips * kTw;
    new_page();
  }

  void run(std::vector<Slice>& s) {
    slices_ = &s;
    for (size_t i = 0; i < s.size(); ++i) place(i);
  }

 private:
  PageSet& out_;
  size_t max_pages_;
  double w_, h_, top_, bottom_, y_ = 0;
  bool empty_ = true;  // nothing in the flow on this page yet
  std::vector<Slice>* slices_ = nullptr;
  std::map<int, std::vector<size_t>> headers_;  // table → its header row slices
  std::map<int, size_t> table_page_;            // table → page its first row went on
  bool break_pending_ = false;                  // the last slice ended with a page break
  bool forced_ = false;                         // this page began at an explicit break

  void new_page() {
    if (out_.pages.size() >= max_pages_)
      throw core::Error("văn bản dài quá " + std::to_string(max_pages_) +
                        " trang khi dàn trang PDF: chia danh sách thành nhiều văn bản");
    Page p;
    p.width = w_;
    p.height = h_;
    out_.pages.push_back(std::move(p));
    y_ = top_;
    empty_ = true;
    forced_ = false;
  }

  Page& page() { return out_.pages.back(); }

  void put(const Prims& pr, double y) { put_prims(page(), pr, y); }
  static void put_prims(Page& pg, const Prims& pr, double y) {
    for (auto& t : pr.text) {
      pg.text.push_back(t);
      pg.text.back().baseline += y;
    }
    for (auto& s : pr.strokes) pg.strokes.push_back({s.x1, s.y1 + y, s.x2, s.y2 + y, s.width});
    for (auto& g : pr.sigs) {
      pg.signatures.push_back(g);
      pg.signatures.back().y += y;
    }
  }

  void mark(const Slice& s) {
    for (int pi : s.paras)
      out_.paragraphs[static_cast<size_t>(pi)].page = static_cast<int>(out_.pages.size());
  }

  double room() const { return bottom_ - y_; }

  // A natural page break swallows the spacing before the first slice of the new page; the first page
  // and pages after an explicit break keep it (as Word does).
  bool swallow(const Slice& s) const {
    return empty_ && out_.pages.size() > 1 && !s.break_before && !forced_;
  }
  double need(const Slice& s) const { return swallow(s) ? s.height - s.before : s.height; }

  void draw(const Slice& s, const RowBox* row) {
    double y = y_;
    if (swallow(s)) y -= s.before;
    if (row)
      put(Engine::render_row(*row, row->height), y);
    else
      put(s.prims, y);
    mark(s);
    y_ = y + (row ? row->height : s.height);
    empty_ = false;
  }

  void repeat_headers(int table) {
    auto it = headers_.find(table);
    if (it == headers_.end()) return;
    for (size_t hi : it->second) {
      auto& h = (*slices_)[hi];
      put(Engine::render_row(*h.row, h.row->height), y_);
      y_ += h.row->height;
      empty_ = false;
    }
  }

  void break_page(const Slice& next) {
    new_page();
    if (next.row && !next.row->header && table_page_.count(next.table)) repeat_headers(next.table);
  }

  void place(size_t i) {
    auto& s = (*slices_)[i];
    if (break_pending_) {
      break_pending_ = false;
      new_page();
      forced_ = true;
    }
    place_one(i);
    if (s.break_after) break_pending_ = true;
  }

  void place_one(size_t i) {
    auto& s = (*slices_)[i];
    if (s.framed) {
      if (s.break_before && !empty_) break_page(s);
      put(s.prims, s.frame_y);
      mark(s);
      return;
    }
    if (s.break_before && !empty_) {
      new_page();
      forced_ = true;
    }
    // Keep chain: this slice and every following one that must stay with its successor, plus that successor.
    double chain = need(s), last_after = s.after;
    for (size_t j = i; j + 1 < slices_->size() && (*slices_)[j].keep_next; ++j) {
      auto& nx = (*slices_)[j + 1];
      if (nx.framed || nx.break_before) break;
      // A following row that may split only needs its first line here.
      chain += nx.row && !nx.row->cant_split ? std::min(nx.height, first_line(*nx.row)) : nx.height;
      last_after = nx.row ? 0 : nx.after;
    }
    chain -= last_after;
    double page_room = bottom_ - top_;
    if (!empty_ && chain > room() + kEps && chain <= page_room + kEps) {
      // The chain fits on a fresh page: move it there, unless the slice itself is a splittable row and
      // nothing is chained to it.
      if (!(s.row && !s.row->cant_split && !s.keep_next && s.height > room() + kEps)) break_page(s);
    }
    if (s.row && s.table >= 0 && !table_page_.count(s.table)) table_page_[s.table] = out_.pages.size();
    if (s.row && s.row->header) {
      auto& h = headers_[s.table];
      if (std::find(h.begin(), h.end(), i) == h.end()) h.push_back(i);
    }
    if (!s.row) {
      if (!empty_ && need(s) - s.after > room() + kEps) break_page(s);
      draw(s, nullptr);
      return;
    }
    // Table rows: fit, move, or split.
    RowBox cur = *s.row;
    while (true) {
      if (cur.height <= room() + kEps) {
        draw(s, &cur);
        return;
      }
      bool can_split = !cur.cant_split || (empty_ && cur.height > room());
      RowBox a, b;
      if (can_split && split_row(cur, room(), a, b)) {
        draw(s, &a);
        break_page(s);
        cur = b;
        continue;
      }
      if (!empty_) {
        break_page(s);
        continue;
      }
      // Taller than a page and not splittable at any line: drawn overflowing rather than lost.
      draw(s, &cur);
      return;
    }
  }

  static double first_line(const RowBox& r) {
    double h = 0;
    for (auto& c : r.cells)
      if (!c.lines.empty()) h = std::max(h, c.lines.front().height);
    return h;
  }
};

void glyphs_in(const std::vector<doc::Block>& bs, const Metrics& m, std::vector<std::string>& missing,
               int& para) {
  for (auto& b : bs) {
    if (auto* p = std::get_if<doc::Paragraph>(&b)) {
      ++para;
      for (auto& r : p->runs) {
        int face = face_of(r.style.bold, r.style.italic);
        size_t i = 0;
        while (i < r.text.size()) {
          size_t start = i;
          char32_t cp = text::decode_next(r.text, i);
          if (cp == U'\t' || m.has_glyph(face, cp)) continue;
          char hex[16];
          std::snprintf(hex, sizeof hex, "U+%04X", static_cast<unsigned>(cp));
          std::string excerpt = p->text();
          if (excerpt.size() > 60) {
            size_t cut = 60;
            while (cut < excerpt.size() && (static_cast<unsigned char>(excerpt[cut]) & 0xC0) == 0x80) ++cut;
            excerpt = excerpt.substr(0, cut) + "…";
          }
          if (missing.size() < 10)
            missing.push_back("phông «" + m.face_name(face) + "» không có ký tự «" +
                              r.text.substr(start, i - start) + "» (" + hex + ") ở đoạn văn thứ " +
                              std::to_string(para) + ": «" + excerpt + "»");
        }
      }
      continue;
    }
    for (auto& row : std::get<std::shared_ptr<doc::Table>>(b)->rows)
      for (auto& c : row.cells) glyphs_in(c.blocks, m, missing, para);
  }
}

std::string fmt(double v) {
  char b[32];
  std::snprintf(b, sizeof b, "%.2f", std::abs(v) < 0.005 ? 0.0 : v);
  return b;
}

}  // namespace

void check_glyphs(const doc::Document& d, const Metrics& m) {
  std::vector<std::string> missing;
  int para = 0;
  glyphs_in(d.body, m, missing, para);
  if (missing.empty()) return;
  std::string msg = "không dựng được PDF: có ký tự không có trong phông nhúng (sẽ thành ô trống):";
  for (auto& s : missing) msg += "\n  " + s;
  msg += "\nHãy thay ký tự đó bằng ký tự tiếng Việt chuẩn (Unicode dựng sẵn) trong dữ liệu.";
  throw MissingGlyph(msg);
}

void balance_centred(doc::Document& d, const Metrics& m) {
  PageSet scratch;
  Options o;
  Engine e(m, o, scratch);
  double w = doc::text_width_twips(d.page) * kTw;
  for (auto& b : d.body)
    if (auto* p = std::get_if<doc::Paragraph>(&b)) e.balance(*p, w);
}

PageSet paginate(const doc::Document& d, const Metrics& m, const Options& o) {
  check_glyphs(d, m);
  PageSet out;
  out.title = d.title;
  out.author = d.author;
  out.subject = d.subject;
  Engine e(m, o, out);
  double x = d.page.left_twips * kTw;
  double w = doc::text_width_twips(d.page) * kTw;
  auto slices = e.blocks(d.body, x, w, true);
  Paginator pg(d, out, o.max_pages);
  pg.run(slices);
  // Page numbers: top centre from page 2, in the header area (0.5 cm… from the top edge: 567 twips).
  if (d.page.page_numbers) {
    auto* def = doc::theme_style("page-number");
    double size = def ? def->run.half_points / 2.0 : 14;
    for (size_t i = 1; i < out.pages.size(); ++i) {
      std::string n = std::to_string(i + 1);
      double width = 0;
      for (char c : n) width += m.advance(Regular, static_cast<char32_t>(c)) * size;
      Text t;
      t.text = n;
      t.size = size;
      t.width = width;
      t.x = x + (w - width) / 2;
      t.baseline = 567 * kTw + m.ascent(Regular) * size;
      out.pages[i].text.insert(out.pages[i].text.begin(), t);
    }
  }
  // An attachment issued as a separate file: the agency's signature at the top right of page 1, in the
  // top margin (40 × 40 mm would not fit; the margin is 20 mm high).
  if (d.attachment && !out.pages.empty()) {
    SignaturePlace s;
    s.name = "co-quan";
    s.h = std::max(20.0, d.page.top_twips * kTw - 6);
    s.w = 3 * s.h;
    s.x = x + w - s.w;
    s.y = 3;
    out.pages[0].signatures.insert(out.pages[0].signatures.begin(), s);
  }
  // Stable, unique field names in document order.
  std::map<std::string, int> seen;
  for (auto& p : out.pages)
    for (auto& s : p.signatures) s.name = doc::signature_name(s.name, seen);
  return out;
}

std::string dump(const PageSet& p) {
  std::string o = "PAGESET «" + p.title + "» pages=" + std::to_string(p.pages.size()) + "\n";
  for (size_t i = 0; i < p.pages.size(); ++i) {
    auto& pg = p.pages[i];
    o += "PAGE " + std::to_string(i + 1) + " " + fmt(pg.width) + "x" + fmt(pg.height) + "\n";
    for (auto& t : pg.text) {
      char c[16];
      std::snprintf(c, sizeof c, "%06X", t.rgb);
      o += "  T " + fmt(t.x) + " " + fmt(t.baseline) + " f" + std::to_string(t.face) + " " + fmt(t.size) +
           " w=" + fmt(t.width) + (t.rgb ? std::string(" #") + c : "") + " «" + t.text + "»\n";
    }
    for (auto& s : pg.strokes)
      o += "  L " + fmt(s.x1) + " " + fmt(s.y1) + " " + fmt(s.x2) + " " + fmt(s.y2) + " w=" + fmt(s.width) +
           "\n";
    for (auto& s : pg.signatures)
      o += "  SIG " + s.name + " " + fmt(s.x) + " " + fmt(s.y) + " " + fmt(s.w) + " " + fmt(s.h) + "\n";
  }
  return o;
}

std::string dump_lines(const PageSet& p) {
  std::string o;
  for (auto& para : p.paragraphs) {
    o += "¶ p" + std::to_string(para.page) + "\n";
    for (auto& l : para.lines) o += l + "\n";
  }
  return o;
}

}  // namespace tdkt::layout
