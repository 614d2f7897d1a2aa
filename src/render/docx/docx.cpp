// WordprocessingML writer: element order follows the schema (CT_PPr, CT_RPr, CT_TcPr …) because Word
// rejects files that LibreOffice would accept. Streams XML directly (no DOM): see the benchmark in bench/.
#include "render/docx/docx.hpp"

#include <charconv>
#include <map>
#include <string_view>

#include "core/diag.hpp"
#include "doc/theme.hpp"
#include "render/docx/zipw.hpp"

namespace tdkt::render::docx {

namespace {

const char* kW = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
const char* kR = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const char* kDecl = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";

// Streams XML in document order. WordprocessingML is written element by element in the order the schema
// requires; building a DOM first cost more than everything else in a 500-row list (measured, bench/).
class Xml {
 public:
  std::string s;
  long next_id = 1;                  // bookmark ids, unique in a part
  std::map<std::string, int> names;  // bookmark names must be unique too: a repeat gets "_2", "_3" …
  Xml& open(const char* tag) {
    s += '<';
    s += tag;
    return *this;
  }
  Xml& attr(const char* k, std::string_view v) {
    s += ' ';
    s += k;
    s += "=\"";
    escape(v, true);
    s += '"';
    return *this;
  }
  Xml& attr(const char* k, long v) {
    char buf[24];
    auto r = std::to_chars(buf, buf + sizeof buf, v);
    s += ' ';
    s += k;
    s += "=\"";
    s.append(buf, r.ptr);
    s += '"';
    return *this;
  }
  Xml& gt() {
    s += '>';
    return *this;
  }
  Xml& end() {
    s += "/>";
    return *this;
  }
  Xml& close(const char* tag) {
    s += "</";
    s += tag;
    s += '>';
    return *this;
  }
  Xml& val(const char* tag, std::string_view v) { return open(tag).attr("w:val", v).end(); }
  Xml& empty(const char* tag) { return open(tag).end(); }
  void escape(std::string_view v, bool in_attr) {
    for (char c : v) {
      switch (c) {
        case '&':
          s += "&amp;";
          break;
        case '<':
          s += "&lt;";
          break;
        case '>':
          s += "&gt;";
          break;
        case '"':
          if (in_attr) {
            s += "&quot;";
            break;
          }
          s += c;
          break;
        default:
          // XML 1.0 cannot carry the other control characters (Word refuses the file): the readers refuse
          // them, and a value that still holds one loses it here rather than the whole document.
          if (static_cast<unsigned char>(c) < 0x20 && c != '\t' && c != '\n' && c != '\r') break;
          s += c;
      }
    }
  }
};

void run_props(Xml& x, const doc::RunStyle& s) {
  x.open("w:rPr").gt();
  x.open("w:rFonts")
      .attr("w:ascii", "Times New Roman")
      .attr("w:hAnsi", "Times New Roman")
      .attr("w:eastAsia", "Times New Roman")
      .attr("w:cs", "Times New Roman")
      .end();
  if (s.bold) x.empty("w:b").empty("w:bCs");
  if (s.italic) x.empty("w:i").empty("w:iCs");
  if (!s.color.empty()) x.val("w:color", s.color);
  x.val("w:sz", std::to_string(s.half_points)).val("w:szCs", std::to_string(s.half_points));
  if (s.underline) x.val("w:u", "single");
  x.val("w:lang", "vi-VN");
  x.close("w:rPr");
}

// Only what differs from the paragraph style's run properties; styles.xml has the rest.
void run_diff(Xml& x, const doc::RunStyle& s, const doc::RunStyle* base) {
  if (!base) {
    run_props(x, s);
    return;
  }
  if (s.bold == base->bold && s.italic == base->italic && s.underline == base->underline &&
      s.half_points == base->half_points && s.color == base->color)
    return;
  x.open("w:rPr").gt();
  if (s.bold != base->bold) x.val("w:b", s.bold ? "1" : "0").val("w:bCs", s.bold ? "1" : "0");
  if (s.italic != base->italic) x.val("w:i", s.italic ? "1" : "0").val("w:iCs", s.italic ? "1" : "0");
  if (s.color != base->color) x.val("w:color", s.color.empty() ? "000000" : s.color);
  if (s.half_points != base->half_points)
    x.val("w:sz", std::to_string(s.half_points)).val("w:szCs", std::to_string(s.half_points));
  if (s.underline != base->underline) x.val("w:u", s.underline ? "single" : "none");
  x.close("w:rPr");
}

// xml:space="preserve" only where Word would otherwise drop spaces (leading, trailing, doubled).
bool needs_preserve(std::string_view t) {
  if (t.empty()) return false;
  if (t.front() == ' ' || t.back() == ' ') return true;
  return t.find("  ") != std::string_view::npos;
}

void text_run(Xml& x, const doc::Run& r, const doc::RunStyle* base) {
  if (r.field == doc::Run::Field::Page) {
    x.open("w:fldSimple").attr("w:instr", " PAGE ").gt().open("w:r").gt();
    run_diff(x, r.style, base);
    x.open("w:t").gt().s += "2";
    x.close("w:t").close("w:r").close("w:fldSimple");
    return;
  }
  x.s += "<w:r>";
  run_diff(x, r.style, base);
  // Tabs become <w:tab/>; the rest goes into <w:t>.
  size_t a = 0;
  while (a <= r.text.size()) {
    size_t b = r.text.find('\t', a);
    if (b == std::string::npos) b = r.text.size();
    if (b > a) {
      std::string_view piece = std::string_view(r.text).substr(a, b - a);
      x.s += needs_preserve(piece) ? "<w:t xml:space=\"preserve\">" : "<w:t>";
      x.escape(piece, false);
      x.s += "</w:t>";
    }
    if (b < r.text.size()) x.s += "<w:tab/>";
    a = b + 1;
  }
  x.s += "</w:r>";
}

void para_props(Xml& x, const doc::ParaStyle& s, const doc::ParaStyle* base, int container) {
  if (s.keep_next && !(base && base->keep_next)) x.empty("w:keepNext");
  if (s.keep_lines && !(base && base->keep_lines)) x.empty("w:keepLines");
  if (s.page_break_before) x.empty("w:pageBreakBefore");
  if (s.frame_w_twips > 0)
    x.open("w:framePr")
        .attr("w:w", s.frame_w_twips)
        .attr("w:wrap", "notBeside")
        .attr("w:hAnchor", "page")
        .attr("w:vAnchor", "page")
        .attr("w:x", s.frame_x_twips)
        .attr("w:y", s.frame_y_twips)
        .end();
  if (s.rule_twips > 0)
    x.open("w:pBdr")
        .gt()
        .open("w:bottom")
        .attr("w:val", "single")
        .attr("w:sz", 6L)
        .attr("w:space", 1L)
        .attr("w:color", "000000")
        .end()
        .close("w:pBdr");
  if (!base || s.before_twips != base->before_twips || s.after_twips != base->after_twips ||
      s.line_240ths != base->line_240ths)
    x.open("w:spacing")
        .attr("w:before", s.before_twips)
        .attr("w:after", s.after_twips)
        .attr("w:line", s.line_240ths)
        .attr("w:lineRule", "auto")
        .end();
  int left = s.left_twips, right = s.right_twips;
  if (s.rule_twips > 0) left = right = std::max(0, (container - s.rule_twips) / 2);
  if (!base || left != base->left_twips || right != base->right_twips ||
      s.first_line_twips != base->first_line_twips)
    x.open("w:ind").attr("w:left", left).attr("w:right", right).attr("w:firstLine", s.first_line_twips).end();
  if (!base || s.align != base->align)
    x.val("w:jc", s.align == doc::Align::Left     ? "left"
                  : s.align == doc::Align::Center ? "center"
                  : s.align == doc::Align::Right  ? "right"
                                                  : "both");
}

void paragraph(Xml& x, const doc::Paragraph& p, int container) {
  const doc::StyleDef* def = p.style_name.empty() ? nullptr : doc::theme_style(p.style_name);
  // The hot path of a long list: fixed markup is appended in whole pieces.
  x.s += "<w:p><w:pPr>";
  if (def) x.val("w:pStyle", p.style_name);
  para_props(x, p.style, def ? &def->para : nullptr, container);
  // The paragraph mark (last child of pPr, as the schema wants) follows the first run.
  doc::RunStyle mark = !p.runs.empty() ? p.runs.front().style : def ? def->run : doc::RunStyle{};
  run_diff(x, mark, def ? &def->run : nullptr);
  x.s += "</w:pPr>";
  // Signature places become bookmarks "tdkt_chu_ky_<name>" so a signing tool can find them in the DOCX.
  for (auto& sig : p.signatures) {
    std::string name = doc::signature_name(sig, x.names);
    x.open("w:bookmarkStart").attr("w:id", x.next_id).attr("w:name", name).end();
    x.open("w:bookmarkEnd").attr("w:id", x.next_id++).end();
  }
  for (auto& r : p.runs) text_run(x, r, def ? &def->run : nullptr);
  if (p.style.page_break_after) x.s += "<w:r><w:br w:type=\"page\"/></w:r>";
  x.s += "</w:p>";
}

void blocks(Xml& x, const std::vector<doc::Block>& bs, int container);

void table(Xml& x, const doc::Table& t) {
  int total = 0;
  for (int w : t.col_twips) total += w;
  x.open("w:tbl").gt().open("w:tblPr").gt();
  x.open("w:tblW").attr("w:w", total).attr("w:type", "dxa").end();
  x.open("w:tblBorders").gt();
  for (const char* side : {"w:top", "w:left", "w:bottom", "w:right", "w:insideH", "w:insideV"}) {
    x.open(side).attr("w:val", t.borders ? "single" : "nil");
    if (t.borders) x.attr("w:sz", 4L).attr("w:space", 0L).attr("w:color", "000000");
    x.end();
  }
  x.close("w:tblBorders");
  x.val("w:tblLayout", "fixed");
  x.open("w:tblCellMar").gt();
  for (const char* side : {"w:left", "w:right"})
    x.open(side).attr("w:w", t.borders ? 85L : 0L).attr("w:type", "dxa").end();
  x.close("w:tblCellMar").close("w:tblPr");
  x.open("w:tblGrid").gt();
  for (int w : t.col_twips) x.open("w:gridCol").attr("w:w", w).end();
  x.close("w:tblGrid");
  for (auto& r : t.rows) {
    x.s += "<w:tr>";
    if (r.header || r.cant_split) {
      x.s += "<w:trPr>";
      if (r.cant_split) x.s += "<w:cantSplit/>";
      if (r.header) x.s += "<w:tblHeader/>";
      x.s += "</w:trPr>";
    }
    size_t col = 0;
    for (auto& c : r.cells) {
      int width = 0;
      for (int k = 0; k < c.grid_span && col + static_cast<size_t>(k) < t.col_twips.size(); ++k)
        width += t.col_twips[col + static_cast<size_t>(k)];
      x.s += "<w:tc><w:tcPr><w:tcW";
      x.attr("w:w", width);
      x.s += " w:type=\"dxa\"/>";
      if (c.grid_span > 1) x.val("w:gridSpan", std::to_string(c.grid_span));
      if (c.vmerge == doc::Cell::VMerge::Start) x.val("w:vMerge", "restart");
      if (c.vmerge == doc::Cell::VMerge::Continue) x.empty("w:vMerge");
      x.s += "</w:tcPr>";
      blocks(x, c.blocks, width - (t.borders ? 170 : 0));
      x.s += "</w:tc>";
      col += static_cast<size_t>(c.grid_span);
    }
    x.s += "</w:tr>";
  }
  x.close("w:tbl");
}

void blocks(Xml& x, const std::vector<doc::Block>& bs, int container) {
  for (size_t i = 0; i < bs.size(); ++i) {
    if (auto* p = std::get_if<doc::Paragraph>(&bs[i])) {
      paragraph(x, *p, container);
    } else {
      table(x, *std::get<std::shared_ptr<doc::Table>>(bs[i]));
      // Word needs a paragraph between two adjacent tables, or it merges them.
      if (i + 1 < bs.size() && std::holds_alternative<std::shared_ptr<doc::Table>>(bs[i + 1])) {
        doc::Paragraph spacer;
        spacer.style.after_twips = 0;
        spacer.style.align = doc::Align::Left;
        paragraph(x, spacer, container);
      }
    }
  }
}

Xml& root(Xml& x, const char* name) {
  x.s += kDecl;
  return x.open(name).attr("xmlns:w", kW).attr("xmlns:r", kR).gt();
}

std::string header_xml(const doc::Document&) {
  Xml x;
  root(x, "w:hdr");
  doc::Paragraph p;  // no style name: direct formatting, so readers see the centring on the paragraph itself
  p.style = doc::theme_style("page-number")->para;
  doc::Run r;
  r.field = doc::Run::Field::Page;
  r.style = doc::theme_style("page-number")->run;
  p.runs.push_back(r);
  paragraph(x, p, 0);
  x.close("w:hdr");
  return x.s;
}

std::string esc(const std::string& v) {
  Xml x;
  x.escape(v, true);
  return x.s;
}

}  // namespace

std::string styles_xml() {
  Xml x;
  root(x, "w:styles");
  x.open("w:docDefaults").gt().open("w:rPrDefault").gt();
  run_props(x, doc::RunStyle{});
  x.close("w:rPrDefault").open("w:pPrDefault").gt().open("w:pPr").gt();
  x.open("w:spacing").attr("w:after", 0L).attr("w:line", 240L).attr("w:lineRule", "auto").end();
  x.close("w:pPr").close("w:pPrDefault").close("w:docDefaults");
  x.open("w:style").attr("w:type", "paragraph").attr("w:default", "1").attr("w:styleId", "Normal").gt();
  x.val("w:name", "Normal");
  run_props(x, doc::RunStyle{});
  x.close("w:style");
  for (auto& def : doc::theme()) {
    x.open("w:style").attr("w:type", "paragraph").attr("w:customStyle", "1").attr("w:styleId", def.name).gt();
    x.val("w:name", "TĐKT " + def.name).val("w:basedOn", "Normal").empty("w:qFormat");
    x.open("w:pPr").gt();
    para_props(x, def.para, nullptr, 0);
    x.close("w:pPr");
    run_props(x, def.run);
    x.close("w:style");
  }
  x.close("w:styles");
  return x.s;
}

// Paragraphs in a block list, tables included: sizes the XML buffer once instead of doubling it.
size_t count_paragraphs(const std::vector<doc::Block>& bs) {
  size_t n = 0;
  for (auto& b : bs) {
    if (std::holds_alternative<doc::Paragraph>(b)) {
      ++n;
      continue;
    }
    for (auto& r : std::get<std::shared_ptr<doc::Table>>(b)->rows)
      for (auto& c : r.cells) n += 1 + count_paragraphs(c.blocks);
  }
  return n;
}

std::string document_xml(const doc::Document& d) {
  Xml x;
  x.s.reserve(4096 + 200 * count_paragraphs(d.body));  // ≈ 130–180 bytes of markup per paragraph or cell
  root(x, "w:document").open("w:body").gt();
  blocks(x, d.body, doc::text_width_twips(d.page));
  x.open("w:sectPr").gt();
  if (d.page.page_numbers)
    x.open("w:headerReference").attr("w:type", "default").attr("r:id", "rIdHeader1").end();
  x.open("w:pgSz").attr("w:w", d.page.width_twips).attr("w:h", d.page.height_twips);
  if (d.page.landscape) x.attr("w:orient", "landscape");
  x.end();
  x.open("w:pgMar")
      .attr("w:top", d.page.top_twips)
      .attr("w:right", d.page.right_twips)
      .attr("w:bottom", d.page.bottom_twips)
      .attr("w:left", d.page.left_twips)
      .attr("w:header", 567L)
      .attr("w:footer", 567L)
      .attr("w:gutter", 0L)
      .end();
  if (d.page.page_numbers) x.empty("w:titlePg");  // page 1 carries no number
  x.close("w:sectPr").close("w:body").close("w:document");
  return x.s;
}

std::string write(const doc::Document& d, const Options& o) {
  std::vector<ZipPart> parts;
  bool hdr = d.page.page_numbers;
  parts.emplace_back(
      "[Content_Types].xml",
      std::string(
          "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
          "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
          "<Default Extension=\"rels\" "
          "ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
          "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
          "<Override PartName=\"/word/document.xml\" "
          "ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/>"
          "<Override PartName=\"/word/styles.xml\" "
          "ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml\"/>"
          "<Override PartName=\"/word/settings.xml\" "
          "ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml\"/>") +
          (hdr ? "<Override PartName=\"/word/header1.xml\" "
                 "ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml\"/>"
               : "") +
          "<Override PartName=\"/docProps/core.xml\" "
          "ContentType=\"application/vnd.openxmlformats-package.core-properties+xml\"/>"
          "<Override PartName=\"/docProps/app.xml\" "
          "ContentType=\"application/vnd.openxmlformats-officedocument.extended-properties+xml\"/>"
          "</Types>");
  parts.emplace_back("_rels/.rels",
                     "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                     "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                     "<Relationship Id=\"rId1\" "
                     "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
                     "officeDocument\" Target=\"word/document.xml\"/>"
                     "<Relationship Id=\"rId2\" "
                     "Type=\"http://schemas.openxmlformats.org/package/2006/relationships/metadata/"
                     "core-properties\" Target=\"docProps/core.xml\"/>"
                     "<Relationship Id=\"rId3\" "
                     "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
                     "extended-properties\" Target=\"docProps/app.xml\"/>"
                     "</Relationships>");
  parts.emplace_back(
      "docProps/core.xml",
      "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
      "<cp:coreProperties "
      "xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\" "
      "xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:dcterms=\"http://purl.org/dc/terms/\" "
      "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">"
      "<dc:title>" +
          esc(d.title) + "</dc:title><dc:subject>" + esc(d.subject) + "</dc:subject><dc:creator>" +
          esc(d.author) + "</dc:creator><dcterms:created xsi:type=\"dcterms:W3CDTF\">" + esc(o.created) +
          "</dcterms:created>"
          "<dcterms:modified xsi:type=\"dcterms:W3CDTF\">" +
          esc(o.created) + "</dcterms:modified></cp:coreProperties>");
  parts.emplace_back("docProps/app.xml",
                     "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                     "<Properties "
                     "xmlns=\"http://schemas.openxmlformats.org/officeDocument/2006/"
                     "extended-properties\"><Application>tdkt</Application></Properties>");
  parts.emplace_back(
      "word/_rels/document.xml.rels",
      std::string("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                  "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                  "<Relationship Id=\"rIdStyles\" "
                  "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles\" "
                  "Target=\"styles.xml\"/>"
                  "<Relationship Id=\"rIdSettings\" "
                  "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/settings\" "
                  "Target=\"settings.xml\"/>") +
          (hdr ? "<Relationship Id=\"rIdHeader1\" "
                 "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/header\" "
                 "Target=\"header1.xml\"/>"
               : "") +
          "</Relationships>");
  parts.emplace_back("word/document.xml", document_xml(d));
  parts.emplace_back("word/styles.xml", styles_xml());
  parts.emplace_back(
      "word/settings.xml",
      std::string("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<w:settings xmlns:w=\"") +
          kW +
          "\"><w:defaultTabStop w:val=\"720\"/><w:characterSpacingControl w:val=\"doNotCompress\"/>"
          "<w:compat><w:compatSetting w:name=\"compatibilityMode\" "
          "w:uri=\"http://schemas.microsoft.com/office/word\" w:val=\"15\"/></w:compat>"
          "</w:settings>");
  if (hdr) parts.emplace_back("word/header1.xml", header_xml(d));

  return zip_parts(parts, 1);
}

}  // namespace tdkt::render::docx
