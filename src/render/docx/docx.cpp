// WordprocessingML writer: element order follows the schema (CT_PPr, CT_RPr, CT_TcPr …) because Word
// rejects files that LibreOffice would accept.
#include "render/docx/docx.hpp"

#include <zip.h>

#include <pugixml.hpp>
#include <sstream>

#include "core/diag.hpp"
#include "doc/theme.hpp"

namespace tdkt::render::docx {

namespace {

const char* kW = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
const char* kR = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

std::string save(pugi::xml_document& x) {
  std::ostringstream ss;
  x.save(ss, "", pugi::format_raw | pugi::format_no_declaration, pugi::encoding_utf8);
  std::string s = ss.str();
  // Word wants the standalone declaration, which pugixml does not write.
  const std::string decl = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";
  return decl + s;
}

pugi::xml_node add(pugi::xml_node n, const char* name) { return n.append_child(name); }
void val(pugi::xml_node n, const char* name, const std::string& v) { n.append_child(name).append_attribute("w:val") = v.c_str(); }

void run_props(pugi::xml_node rpr, const doc::RunStyle& s) {
  auto f = add(rpr, "w:rFonts");
  f.append_attribute("w:ascii") = "Times New Roman";
  f.append_attribute("w:hAnsi") = "Times New Roman";
  f.append_attribute("w:cs") = "Times New Roman";
  f.append_attribute("w:eastAsia") = "Times New Roman";
  if (s.bold) { add(rpr, "w:b"); add(rpr, "w:bCs"); }
  if (s.italic) { add(rpr, "w:i"); add(rpr, "w:iCs"); }
  if (!s.color.empty()) val(rpr, "w:color", s.color);
  val(rpr, "w:sz", std::to_string(s.half_points));
  val(rpr, "w:szCs", std::to_string(s.half_points));
  if (s.underline) val(rpr, "w:u", "single");
  val(rpr, "w:lang", "vi-VN");
}

// Only what differs from the paragraph style's run properties; styles.xml has the rest.
void run_diff(pugi::xml_node wr, const doc::RunStyle& s, const doc::RunStyle* base) {
  if (!base) { run_props(add(wr, "w:rPr"), s); return; }
  if (s.bold == base->bold && s.italic == base->italic && s.underline == base->underline && s.half_points == base->half_points &&
      s.color == base->color)
    return;
  auto rpr = add(wr, "w:rPr");
  if (s.bold != base->bold) { val(rpr, "w:b", s.bold ? "1" : "0"); val(rpr, "w:bCs", s.bold ? "1" : "0"); }
  if (s.italic != base->italic) { val(rpr, "w:i", s.italic ? "1" : "0"); val(rpr, "w:iCs", s.italic ? "1" : "0"); }
  if (s.color != base->color) val(rpr, "w:color", s.color.empty() ? "000000" : s.color);
  if (s.half_points != base->half_points) {
    val(rpr, "w:sz", std::to_string(s.half_points));
    val(rpr, "w:szCs", std::to_string(s.half_points));
  }
  if (s.underline != base->underline) val(rpr, "w:u", s.underline ? "single" : "none");
}

void text_run(pugi::xml_node p, const doc::Run& r, const doc::RunStyle* base) {
  if (r.field == doc::Run::Field::Page) {
    auto fld = add(p, "w:fldSimple");
    fld.append_attribute("w:instr") = " PAGE ";
    auto wr = add(fld, "w:r");
    run_diff(wr, r.style, base);
    add(wr, "w:t").text() = "2";
    return;
  }
  auto wr = add(p, "w:r");
  run_diff(wr, r.style, base);
  // Tabs become <w:tab/>; the rest is one <w:t> with preserved spaces.
  std::string buf;
  auto flush = [&] {
    if (buf.empty()) return;
    auto t = add(wr, "w:t");
    t.append_attribute("xml:space") = "preserve";
    t.text() = buf.c_str();
    buf.clear();
  };
  for (char c : r.text) {
    if (c == '\t') { flush(); add(wr, "w:tab"); }
    else buf += c;
  }
  flush();
}

void para_props(pugi::xml_node ppr, const doc::ParaStyle& s, const doc::ParaStyle* base, int container) {
  auto differs_spacing = !base || s.before_twips != base->before_twips || s.after_twips != base->after_twips ||
                         s.line_240ths != base->line_240ths;
  if (s.keep_next && !(base && base->keep_next)) add(ppr, "w:keepNext");
  if (s.keep_lines && !(base && base->keep_lines)) add(ppr, "w:keepLines");
  if (s.page_break_before) add(ppr, "w:pageBreakBefore");
  if (s.rule_twips > 0) {
    auto b = add(add(ppr, "w:pBdr"), "w:bottom");
    b.append_attribute("w:val") = "single";
    b.append_attribute("w:sz") = "6";
    b.append_attribute("w:space") = "1";
    b.append_attribute("w:color") = "000000";
  }
  if (differs_spacing) {
    auto sp = add(ppr, "w:spacing");
    sp.append_attribute("w:before") = s.before_twips;
    sp.append_attribute("w:after") = s.after_twips;
    sp.append_attribute("w:line") = s.line_240ths;
    sp.append_attribute("w:lineRule") = "auto";
  }
  int left = s.left_twips, right = s.right_twips;
  if (s.rule_twips > 0) left = right = std::max(0, (container - s.rule_twips) / 2);
  if (!base || left != base->left_twips || right != base->right_twips || s.first_line_twips != base->first_line_twips) {
    auto ind = add(ppr, "w:ind");
    ind.append_attribute("w:left") = left;
    ind.append_attribute("w:right") = right;
    ind.append_attribute("w:firstLine") = s.first_line_twips;
  }
  if (!base || s.align != base->align) {
    const char* jc = s.align == doc::Align::Left ? "left" : s.align == doc::Align::Center ? "center"
                   : s.align == doc::Align::Right ? "right" : "both";
    val(ppr, "w:jc", jc);
  }
}

void paragraph(pugi::xml_node parent, const doc::Paragraph& p, int container) {
  auto wp = add(parent, "w:p");
  auto ppr = add(wp, "w:pPr");
  const doc::StyleDef* def = p.style_name.empty() ? nullptr : doc::theme_style(p.style_name);
  if (def) val(ppr, "w:pStyle", p.style_name);
  para_props(ppr, p.style, def ? &def->para : nullptr, container);
  doc::RunStyle mark;
  if (!p.runs.empty()) mark = p.runs.front().style;
  else if (def) mark = def->run;
  // The paragraph mark (last child of pPr, as the schema wants) follows the first run.
  if (def) run_diff(ppr, mark, &def->run);
  else run_props(add(ppr, "w:rPr"), mark);
  for (auto& r : p.runs) text_run(wp, r, def ? &def->run : nullptr);
}

void blocks(pugi::xml_node parent, const std::vector<doc::Block>& bs, int container);

void table(pugi::xml_node parent, const doc::Table& t) {
  auto tbl = add(parent, "w:tbl");
  auto pr = add(tbl, "w:tblPr");
  int total = 0;
  for (int w : t.col_twips) total += w;
  auto tw = add(pr, "w:tblW");
  tw.append_attribute("w:w") = total;
  tw.append_attribute("w:type") = "dxa";
  auto borders = add(pr, "w:tblBorders");
  for (const char* side : {"w:top", "w:left", "w:bottom", "w:right", "w:insideH", "w:insideV"}) {
    auto b = add(borders, side);
    b.append_attribute("w:val") = t.borders ? "single" : "nil";
    if (t.borders) {
      b.append_attribute("w:sz") = "4";
      b.append_attribute("w:space") = "0";
      b.append_attribute("w:color") = "000000";
    }
  }
  val(pr, "w:tblLayout", "fixed");
  auto mar = add(pr, "w:tblCellMar");
  for (const char* side : {"w:left", "w:right"}) {
    auto m = add(mar, side);
    m.append_attribute("w:w") = t.borders ? 85 : 0;
    m.append_attribute("w:type") = "dxa";
  }
  auto grid = add(tbl, "w:tblGrid");
  for (int w : t.col_twips) add(grid, "w:gridCol").append_attribute("w:w") = w;
  for (auto& r : t.rows) {
    auto tr = add(tbl, "w:tr");
    if (r.header || r.cant_split) {
      auto trpr = add(tr, "w:trPr");
      if (r.cant_split) add(trpr, "w:cantSplit");
      if (r.header) add(trpr, "w:tblHeader");
    }
    size_t col = 0;
    for (auto& c : r.cells) {
      int width = 0;
      for (int k = 0; k < c.grid_span && col + static_cast<size_t>(k) < t.col_twips.size(); ++k)
        width += t.col_twips[col + static_cast<size_t>(k)];
      auto tc = add(tr, "w:tc");
      auto tcpr = add(tc, "w:tcPr");
      auto w = add(tcpr, "w:tcW");
      w.append_attribute("w:w") = width;
      w.append_attribute("w:type") = "dxa";
      if (c.grid_span > 1) val(tcpr, "w:gridSpan", std::to_string(c.grid_span));
      if (c.vmerge == doc::Cell::VMerge::Start) val(tcpr, "w:vMerge", "restart");
      if (c.vmerge == doc::Cell::VMerge::Continue) add(tcpr, "w:vMerge");
      blocks(tc, c.blocks, width - (t.borders ? 170 : 0));
      col += static_cast<size_t>(c.grid_span);
    }
  }
}

void blocks(pugi::xml_node parent, const std::vector<doc::Block>& bs, int container) {
  for (size_t i = 0; i < bs.size(); ++i) {
    if (auto* p = std::get_if<doc::Paragraph>(&bs[i])) {
      paragraph(parent, *p, container);
    } else {
      table(parent, *std::get<std::shared_ptr<doc::Table>>(bs[i]));
      // Word needs a paragraph between two adjacent tables, or it merges them.
      if (i + 1 < bs.size() && std::holds_alternative<std::shared_ptr<doc::Table>>(bs[i + 1])) {
        doc::Paragraph spacer;
        spacer.style.after_twips = 0;
        spacer.style.align = doc::Align::Left;
        paragraph(parent, spacer, container);
      }
    }
  }
}

pugi::xml_node root(pugi::xml_document& x, const char* name) {
  auto r = x.append_child(name);
  r.append_attribute("xmlns:w") = kW;
  r.append_attribute("xmlns:r") = kR;
  return r;
}

}  // namespace

std::string styles_xml() {
  pugi::xml_document x;
  auto st = root(x, "w:styles");
  auto dd = add(st, "w:docDefaults");
  doc::RunStyle base;
  run_props(add(add(dd, "w:rPrDefault"), "w:rPr"), base);
  auto ppd = add(add(dd, "w:pPrDefault"), "w:pPr");
  auto sp = add(ppd, "w:spacing");
  sp.append_attribute("w:after") = 0;
  sp.append_attribute("w:line") = 240;
  sp.append_attribute("w:lineRule") = "auto";
  auto normal = add(st, "w:style");
  normal.append_attribute("w:type") = "paragraph";
  normal.append_attribute("w:default") = "1";
  normal.append_attribute("w:styleId") = "Normal";
  val(normal, "w:name", "Normal");
  run_props(add(normal, "w:rPr"), base);
  for (auto& def : doc::theme()) {
    auto s = add(st, "w:style");
    s.append_attribute("w:type") = "paragraph";
    s.append_attribute("w:customStyle") = "1";
    s.append_attribute("w:styleId") = def.name.c_str();
    val(s, "w:name", "TĐKT " + def.name);
    val(s, "w:basedOn", "Normal");
    add(s, "w:qFormat");
    para_props(add(s, "w:pPr"), def.para, nullptr, 0);
    run_props(add(s, "w:rPr"), def.run);
  }
  return save(x);
}

namespace {

std::string header_xml(const doc::Document&) {
  pugi::xml_document x;
  auto hdr = root(x, "w:hdr");
  doc::Paragraph p;  // no style name: direct formatting, so readers see the centring on the paragraph itself
  p.style = doc::theme_style("page-number")->para;
  doc::Run r;
  r.field = doc::Run::Field::Page;
  r.style = doc::theme_style("page-number")->run;
  p.runs.push_back(r);
  paragraph(hdr, p, 0);
  return save(x);
}

std::string esc(const std::string& s) {
  std::string o;
  for (char c : s) {
    if (c == '&') o += "&amp;";
    else if (c == '<') o += "&lt;";
    else if (c == '>') o += "&gt;";
    else if (c == '"') o += "&quot;";
    else o += c;
  }
  return o;
}

}  // namespace

std::string document_xml(const doc::Document& d) {
  pugi::xml_document x;
  auto docn = root(x, "w:document");
  auto body = add(docn, "w:body");
  blocks(body, d.body, doc::text_width_twips(d.page));
  auto sect = add(body, "w:sectPr");
  if (d.page.page_numbers) {
    auto h = add(sect, "w:headerReference");
    h.append_attribute("w:type") = "default";
    h.append_attribute("r:id") = "rIdHeader1";
  }
  auto sz = add(sect, "w:pgSz");
  sz.append_attribute("w:w") = d.page.width_twips;
  sz.append_attribute("w:h") = d.page.height_twips;
  if (d.page.landscape) sz.append_attribute("w:orient") = "landscape";
  auto m = add(sect, "w:pgMar");
  m.append_attribute("w:top") = d.page.top_twips;
  m.append_attribute("w:right") = d.page.right_twips;
  m.append_attribute("w:bottom") = d.page.bottom_twips;
  m.append_attribute("w:left") = d.page.left_twips;
  m.append_attribute("w:header") = 567;
  m.append_attribute("w:footer") = 567;
  m.append_attribute("w:gutter") = 0;
  if (d.page.page_numbers) add(sect, "w:titlePg");  // page 1 carries no number
  return save(x);
}

std::string write(const doc::Document& d, const Options& o) {
  std::vector<std::pair<std::string, std::string>> parts;
  bool hdr = d.page.page_numbers;
  parts.emplace_back("[Content_Types].xml",
      std::string("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
      "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
      "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
      "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
      "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/>"
      "<Override PartName=\"/word/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml\"/>"
      "<Override PartName=\"/word/settings.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml\"/>") +
      (hdr ? "<Override PartName=\"/word/header1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml\"/>" : "") +
      "<Override PartName=\"/docProps/core.xml\" ContentType=\"application/vnd.openxmlformats-package.core-properties+xml\"/>"
      "<Override PartName=\"/docProps/app.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.extended-properties+xml\"/>"
      "</Types>");
  parts.emplace_back("_rels/.rels",
      "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
      "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
      "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/>"
      "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties\" Target=\"docProps/core.xml\"/>"
      "<Relationship Id=\"rId3\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties\" Target=\"docProps/app.xml\"/>"
      "</Relationships>");
  parts.emplace_back("docProps/core.xml",
      "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
      "<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\" "
      "xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:dcterms=\"http://purl.org/dc/terms/\" "
      "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">"
      "<dc:title>" + esc(d.title) + "</dc:title><dc:subject>" + esc(d.subject) + "</dc:subject><dc:creator>" + esc(d.author) +
      "</dc:creator><dcterms:created xsi:type=\"dcterms:W3CDTF\">" + esc(o.created) + "</dcterms:created>"
      "<dcterms:modified xsi:type=\"dcterms:W3CDTF\">" + esc(o.created) + "</dcterms:modified></cp:coreProperties>");
  parts.emplace_back("docProps/app.xml",
      "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
      "<Properties xmlns=\"http://schemas.openxmlformats.org/officeDocument/2006/extended-properties\"><Application>tdkt</Application></Properties>");
  parts.emplace_back("word/_rels/document.xml.rels",
      std::string("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
      "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
      "<Relationship Id=\"rIdStyles\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles\" Target=\"styles.xml\"/>"
      "<Relationship Id=\"rIdSettings\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/settings\" Target=\"settings.xml\"/>") +
      (hdr ? "<Relationship Id=\"rIdHeader1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/header\" Target=\"header1.xml\"/>" : "") +
      "</Relationships>");
  parts.emplace_back("word/document.xml", document_xml(d));
  parts.emplace_back("word/styles.xml", styles_xml());
  parts.emplace_back("word/settings.xml",
      std::string("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<w:settings xmlns:w=\"") + kW +
      "\"><w:defaultTabStop w:val=\"720\"/><w:characterSpacingControl w:val=\"doNotCompress\"/>"
      "<w:compat><w:compatSetting w:name=\"compatibilityMode\" w:uri=\"http://schemas.microsoft.com/office/word\" w:val=\"15\"/></w:compat>"
      "</w:settings>");
  if (hdr) parts.emplace_back("word/header1.xml", header_xml(d));

  zip_error_t ze;
  zip_error_init(&ze);
  zip_source_t* src = zip_source_buffer_create(nullptr, 0, 0, &ze);
  if (!src) throw core::Error("libzip: không tạo được bộ đệm");
  zip_t* z = zip_open_from_source(src, ZIP_TRUNCATE, &ze);
  if (!z) { zip_source_free(src); throw core::Error("libzip: không mở được bộ đệm"); }
  zip_source_keep(src);
  for (auto& [name, content] : parts) {
    zip_source_t* s = zip_source_buffer(z, content.data(), content.size(), 0);
    zip_int64_t idx = s ? zip_file_add(z, name.c_str(), s, ZIP_FL_ENC_UTF_8) : -1;
    if (idx < 0) { if (s) zip_source_free(s); zip_discard(z); zip_source_free(src); throw core::Error("libzip: không thêm được " + name); }
    zip_file_set_mtime(z, static_cast<zip_uint64_t>(idx), 315532800 + 86400, 0);  // fixed: 1980-01-02, for same bytes
    zip_set_file_compression(z, static_cast<zip_uint64_t>(idx), ZIP_CM_DEFLATE, 1);  // fast; XML shrinks ~8× anyway
  }
  if (zip_close(z) != 0) { zip_source_free(src); throw core::Error("libzip: không đóng được tệp zip"); }
  std::string out;
  if (zip_source_open(src) == 0) {
    char buf[65536];
    zip_int64_t n;
    while ((n = zip_source_read(src, buf, sizeof buf)) > 0) out.append(buf, static_cast<size_t>(n));
    zip_source_close(src);
  }
  zip_source_free(src);
  if (out.empty()) throw core::Error("libzip: tệp zip rỗng");
  return out;
}

}  // namespace tdkt::render::docx
