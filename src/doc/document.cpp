// Dump and invariant check of the IR.
#include "doc/document.hpp"

namespace tdkt::doc {

std::string Paragraph::text() const {
  std::string s;
  for (auto& r : runs) s += r.field == Run::Field::Page ? "{PAGE}" : r.text;
  return s;
}

namespace {
const char* align_name(Align a) {
  switch (a) {
    case Align::Left:
      return "left";
    case Align::Center:
      return "center";
    case Align::Right:
      return "right";
    case Align::Justify:
      return "justify";
  }
  return "?";
}
void dump_blocks(std::string& o, const std::vector<Block>& blocks, int depth);
void dump_para(std::string& o, const Paragraph& p, int depth) {
  std::string ind(static_cast<size_t>(depth * 2), ' ');
  auto& s = p.style;
  o += ind + "P " + p.style_name + " " + align_name(s.align);
  if (s.first_line_twips) o += " first=" + std::to_string(s.first_line_twips);
  if (s.left_twips) o += " left=" + std::to_string(s.left_twips);
  if (s.right_twips) o += " right=" + std::to_string(s.right_twips);
  if (s.before_twips) o += " before=" + std::to_string(s.before_twips);
  if (s.after_twips) o += " after=" + std::to_string(s.after_twips);
  if (s.line_240ths != 240) o += " line=" + std::to_string(s.line_240ths);
  if (s.keep_next) o += " keep-next";
  if (s.keep_lines) o += " keep-lines";
  if (s.page_break_before) o += " page-break";
  if (s.page_break_after) o += " page-break-after";
  if (s.rule_twips) o += " rule=" + std::to_string(s.rule_twips);
  for (auto& sig : p.signatures) o += " signature=" + sig;
  if (s.frame_w_twips)
    o += " frame=" + std::to_string(s.frame_x_twips) + "," + std::to_string(s.frame_y_twips) + "," +
         std::to_string(s.frame_w_twips);
  o += "\n";
  for (auto& r : p.runs) {
    o +=
        ind + "  R " + std::to_string(r.style.half_points / 2) + (r.style.half_points % 2 ? ".5" : "") + "pt";
    if (r.style.bold) o += " b";
    if (r.style.italic) o += " i";
    if (r.style.underline) o += " u";
    if (!r.style.color.empty()) o += " #" + r.style.color;
    o += r.field == Run::Field::Page ? " {PAGE}\n" : " «" + r.text + "»\n";
  }
}
void dump_blocks(std::string& o, const std::vector<Block>& blocks, int depth) {
  std::string ind(static_cast<size_t>(depth * 2), ' ');
  for (auto& b : blocks) {
    if (auto* p = std::get_if<Paragraph>(&b)) {
      dump_para(o, *p, depth);
      continue;
    }
    auto& t = *std::get<std::shared_ptr<Table>>(b);
    o += ind + "TABLE" + (t.borders ? " borders" : "") + " cols=";
    for (size_t i = 0; i < t.col_twips.size(); ++i) o += (i ? "," : "") + std::to_string(t.col_twips[i]);
    o += "\n";
    for (auto& r : t.rows) {
      o += ind + "  ROW" + (r.header ? " header" : "") + (r.cant_split ? " cant-split" : "") + "\n";
      for (auto& c : r.cells) {
        o += ind + "    CELL";
        if (c.grid_span > 1) o += " span=" + std::to_string(c.grid_span);
        if (c.vmerge == Cell::VMerge::Start) o += " vmerge=start";
        if (c.vmerge == Cell::VMerge::Continue) o += " vmerge=continue";
        o += "\n";
        dump_blocks(o, c.blocks, depth + 3);
      }
    }
  }
}
// Where a block sits ("body/3/r2/1"), spelled out only when something is wrong there: a long table checks
// thousands of cells and has nothing to report.
struct Where {
  const Where* up;
  const char* prefix;  // "body", "/", "/r"
  size_t n;            // 1-based; 0 for the root
  std::string str() const {
    std::string s = up ? up->str() : "";
    return s + prefix + (n ? std::to_string(n) : "");
  }
};

void check_blocks(const std::vector<Block>& blocks, std::vector<std::string>& out, const Where& where) {
  for (size_t i = 0; i < blocks.size(); ++i) {
    Where w{&where, "/", i + 1};
    if (auto* p = std::get_if<Paragraph>(&blocks[i])) {
      for (auto& r : p->runs)
        if (r.text.find('\n') != std::string::npos) out.push_back(w.str() + ": run contains a newline");
      continue;
    }
    auto& t = *std::get<std::shared_ptr<Table>>(blocks[i]);
    int cols = static_cast<int>(t.col_twips.size());
    for (size_t r = 0; r < t.rows.size(); ++r) {
      int span = 0;
      Where row{&w, "/r", r + 1};
      for (auto& c : t.rows[r].cells) {
        span += c.grid_span;
        if (c.blocks.empty()) out.push_back(w.str() + ": cell without a paragraph (Word requires one)");
        check_blocks(c.blocks, out, row);
      }
      if (span != cols)
        out.push_back(w.str() + ": row " + std::to_string(r + 1) + " spans " + std::to_string(span) + " of " +
                      std::to_string(cols) + " columns");
    }
  }
}
}  // namespace

std::string signature_name(const std::string& place, std::map<std::string, int>& seen) {
  std::string name = "tdkt_chu_ky_" + place;
  for (auto& ch : name)
    if (ch == '-') ch = '_';
  if (int n = ++seen[name]; n > 1) name += "_" + std::to_string(n);
  return name;
}

std::string dump(const Document& d) {
  std::string o = "DOCUMENT «" + d.title + "»\n";
  o += "PAGE " + std::string(d.page.landscape ? "landscape" : "portrait") + " " +
       std::to_string(d.page.width_twips) + "x" + std::to_string(d.page.height_twips) +
       " margins=" + std::to_string(d.page.top_twips) + "," + std::to_string(d.page.right_twips) + "," +
       std::to_string(d.page.bottom_twips) + "," + std::to_string(d.page.left_twips) +
       (d.page.page_numbers ? " page-numbers" : "") + (d.attachment ? " attachment" : "") + "\n";
  dump_blocks(o, d.body, 0);
  return o;
}

namespace {
bool holds_signature(const std::vector<Block>& blocks) {
  for (auto& b : blocks) {
    if (auto* p = std::get_if<Paragraph>(&b)) {
      if (!p->signatures.empty()) return true;
    } else {
      for (auto& r : std::get<std::shared_ptr<Table>>(b)->rows)
        for (auto& c : r.cells)
          if (holds_signature(c.blocks)) return true;
    }
  }
  return false;
}
}  // namespace

void keep_with_signature(Document& d) {
  for (size_t i = 0; i < d.body.size(); ++i) {
    auto* t = std::get_if<std::shared_ptr<Table>>(&d.body[i]);
    if (!t || !holds_signature(std::vector<Block>{d.body[i]})) continue;
    for (auto& r : (*t)->rows) r.cant_split = true;
    // The nearest paragraph with text before the block (an empty spacer is skipped, kept with it too).
    for (size_t j = i; j-- > 0;) {
      auto* p = std::get_if<Paragraph>(&d.body[j]);
      if (!p || p->style.page_break_after || p->style.frame_w_twips) break;
      p->style.keep_next = true;
      if (!p->text().empty()) {
        p->style.keep_lines = true;
        break;
      }
    }
  }
}

std::vector<std::string> check(const Document& d) {
  std::vector<std::string> out;
  check_blocks(d.body, out, Where{nullptr, "body", 0});
  return out;
}

}  // namespace tdkt::doc
