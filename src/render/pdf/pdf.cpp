// PDF writer. Fonts: one PoDoFo subset font per face used, each under its own name (PoDoFo's font cache
// keys on the name, not the file). Text: one Tj per laid-out piece at its exact position (PoDoFo 0.9.8
// has no justification and Tw does not apply to 2-byte codes). Signature fields: widget + /Sig field
// without /V.
#include "render/pdf/pdf.hpp"

#include <podofo/podofo.h>

#include <array>
#include <cmath>
#include <cstdlib>

#include "core/diag.hpp"

namespace tdkt::render::pdf {

using namespace PoDoFo;

namespace {

PdfString utf8(const std::string& s) {
  return PdfString(reinterpret_cast<const pdf_utf8*>(s.c_str()));
}

// A number with up to three decimals, no exponent, no locale: "12.5", "-3", "841.89".
void num(std::string& out, double v) {
  long long m = std::llround(v * 1000);
  if (m < 0) out += '-', m = -m;
  out += std::to_string(m / 1000);
  if (long long frac = m % 1000) {
    char b[4] = {static_cast<char>('0' + frac / 100), static_cast<char>('0' + frac / 10 % 10),
                 static_cast<char>('0' + frac % 10), 0};
    int n = 3;
    while (n > 0 && b[n - 1] == '0') b[--n] = 0;
    out += '.';
    out += b;
  }
}

void hex(std::string& out, const char* p, size_t n) {
  static const char* digits = "0123456789ABCDEF";
  for (size_t i = 0; i < n; ++i) {
    auto c = static_cast<unsigned char>(p[i]);
    out += digits[c >> 4];
    out += digits[c & 15];
  }
}

struct Quiet {
  Quiet() {
    PdfError::EnableDebug(false);
    PdfError::EnableLogging(false);
  }
};

}  // namespace

std::string pdf_date(const std::string& iso) {
  // YYYY-MM-DDTHH:MM:SS then Z or ±HH:MM
  auto digits = [&](size_t at, size_t n) {
    return iso.size() >= at + n ? iso.substr(at, n) : std::string(n, '0');
  };
  std::string d =
      "D:" + digits(0, 4) + digits(5, 2) + digits(8, 2) + digits(11, 2) + digits(14, 2) + digits(17, 2);
  std::string zone = iso.size() > 19 ? iso.substr(19) : "Z";
  if (zone == "Z" || zone.size() < 6) return d + "Z";
  return d + zone.substr(0, 3) + "'" + zone.substr(4, 2) + "'";
}

std::string write(const layout::PageSet& ps, const layout::FontSet& fonts, const Options& o) {
  static Quiet quiet;
  try {
    PdfMemDocument doc;
    std::array<PdfFont*, 4> faces{};
    static const char* names[4] = {"Tinos-Regular", "Tinos-Bold", "Tinos-Italic", "Tinos-BoldItalic"};
    auto face = [&](int f) {
      auto i = static_cast<size_t>(f);
      if (!faces[i]) {
        const PdfEncoding* enc = new PdfIdentityEncoding(0, 0xffff, true);
        faces[i] = doc.CreateFontSubset(names[i], f & 1, f & 2, false, enc, fonts.path(f).c_str());
        if (!faces[i]) throw core::Error("PDF: không nạp được phông " + fonts.path(f));
      }
      return faces[i];
    };
    PdfAcroForm* form = nullptr;
    const std::string date = pdf_date(o.created);
    std::string content;
    for (auto& pg : ps.pages) {
      PdfPage* page = doc.CreatePage(PdfRect(0, 0, pg.width, pg.height));
      // The content stream is written here rather than through PdfPainter, whose per-call float
      // formatting through iostreams cost more than everything else (measured, bench/pdf.sh). Text goes
      // through the font's own encoding and subsetting calls, as PdfPainter::DrawText does.
      content.clear();
      std::array<bool, 4> on_page{};
      int cur_face = -1;
      double cur_size = -1;
      uint32_t color = 0;
      if (!pg.text.empty()) content += "BT\n";
      for (auto& t : pg.text) {
        PdfFont* f = face(t.face);
        if (!on_page[static_cast<size_t>(t.face)]) {
          page->AddResource(f->GetIdentifier(), f->GetObject()->Reference(), PdfName("Font"));
          on_page[static_cast<size_t>(t.face)] = true;
        }
        if (t.face != cur_face || t.size != cur_size) {
          content += '/';
          content += f->GetIdentifier().GetName();
          content += ' ';
          num(content, t.size);
          content += " Tf\n";
          cur_face = t.face, cur_size = t.size;
        }
        if (t.rgb != color) {
          color = t.rgb;
          num(content, ((color >> 16) & 0xFF) / 255.0), content += ' ';
          num(content, ((color >> 8) & 0xFF) / 255.0), content += ' ';
          num(content, (color & 0xFF) / 255.0), content += " rg\n";
        }
        content += "1 0 0 1 ";
        num(content, t.x), content += ' ';
        num(content, pg.height - t.baseline), content += " Tm <";
        PdfString str = utf8(t.text);
        f->AddUsedSubsettingGlyphs(str, static_cast<long>(str.GetCharacterLength()));
        PdfRefCountedBuffer enc = f->GetEncoding()->ConvertToEncoding(str, f);
        hex(content, enc.GetBuffer(), static_cast<size_t>(enc.GetSize()));
        content += "> Tj\n";
      }
      if (!pg.text.empty()) content += "ET\n";
      if (!pg.strokes.empty()) {
        content += "0 G\n";
        double width = -1;
        for (auto& s : pg.strokes) {
          if (s.width != width) num(content, width = s.width), content += " w\n";
          num(content, s.x1), content += ' ', num(content, pg.height - s.y1), content += " m ";
          num(content, s.x2), content += ' ', num(content, pg.height - s.y2), content += " l S\n";
        }
      }
      page->GetContentsForAppending()->GetStream()->Set(content.data(),
                                                        static_cast<pdf_long>(content.size()));
      for (auto& s : pg.signatures) {
        if (!form) form = doc.GetAcroForm(true, ePdfAcroFormDefaultAppearance_None);
        PdfRect r(s.x, pg.height - s.y - s.h, s.w, s.h);
        PdfAnnotation* a = page->CreateAnnotation(ePdfAnnotation_Widget, r);
        a->SetFlags(ePdfAnnotationFlags_Print);
        PdfSignatureField field(a, form, &doc, false);  // false: no /V, the field stays unsigned
        field.SetFieldName(PdfString(s.name));
        // PoDoFo stamps the field with the wall clock: pinned, for the same bytes from the same input.
        field.GetFieldObject()->GetDictionary().AddKey("M", PdfString(date));
        a->GetObject()->GetDictionary().AddKey("M", PdfString(date));
        // An empty appearance: nothing prints until a signing tool draws the signature.
        PdfXObject xo(PdfRect(0, 0, s.w, s.h), &doc);
        field.SetAppearanceStream(&xo);
      }
    }
    PdfInfo* info = doc.GetInfo();
    info->SetTitle(utf8(ps.title));
    info->SetAuthor(utf8(ps.author));
    info->SetSubject(utf8(ps.subject));
    info->SetCreator(PdfString("tdkt"));
    info->SetProducer(PdfString("tdkt (PoDoFo 0.9.8)"));
    // Pinned: /ID is derived from the Info dictionary, so the same input and clock give the same bytes.
    info->GetObject()->GetDictionary().AddKey("CreationDate", PdfString(date));
    info->GetObject()->GetDictionary().AddKey("ModDate", PdfString(date));
    if (!o.audit_head.empty())
      info->GetObject()->GetDictionary().AddKey("TdktAuditHead", PdfString(o.audit_head));
    PdfRefCountedBuffer buf;
    PdfOutputDevice dev(&buf);
    doc.Write(&dev);
    return std::string(buf.GetBuffer(), dev.GetLength());
  } catch (const PdfError& e) {
    throw core::Error(std::string("PDF: PoDoFo báo lỗi ") + PdfError::ErrorName(e.GetError()));
  }
}

// ─── Merging (tech notes §3: Append works; no CollectGarbage; the root bookmark needs a destination) ───

namespace {
struct Placed {
  const MergePart* part;
  int first_page;
  std::vector<Placed> children;
};
void append_all(PdfMemDocument& out, const std::vector<MergePart>& parts, std::vector<Placed>& placed,
                const PdfString& date) {
  for (auto& p : parts) {
    Placed x{&p, out.GetPageCount(), {}};
    if (!p.pdf.empty()) {
      PdfMemDocument src;
      src.LoadFromBuffer(p.pdf.data(), static_cast<pdf_long>(p.pdf.size()));
      // Loading stamps the source's Info with the wall clock; it is copied along, so pin it.
      src.GetInfo()->GetObject()->GetDictionary().AddKey("ModDate", date);
      out.Append(src);
    }
    append_all(out, p.children, x.children, date);
    placed.push_back(std::move(x));
  }
}
void outline(PdfMemDocument& out, PdfOutlineItem* parent, const std::vector<Placed>& items) {
  PdfOutlineItem* prev = nullptr;
  for (auto& x : items) {
    int page = std::min(x.first_page, out.GetPageCount() - 1);
    PdfDestination dest(out.GetPage(page), ePdfDestinationFit_Fit);
    PdfOutlineItem* it =
        prev ? prev->CreateNext(utf8(x.part->title), dest) : parent->CreateChild(utf8(x.part->title), dest);
    outline(out, it, x.children);
    prev = it;
  }
}
}  // namespace

std::string merge(const std::vector<MergePart>& parts, const std::string& root_title,
                  const std::string& title, const Options& o) {
  try {
    // PoDoFo prints its reference fixing to stdout while appending: keep the user's output clean.
    PdfError::EnableDebug(false);
    PdfError::EnableLogging(false);
    PdfMemDocument out;
    std::vector<Placed> placed;
    PdfString date(pdf_date(o.created));
    append_all(out, parts, placed, date);
    if (out.GetPageCount() == 0) throw core::Error("PDF: không có trang nào để gộp");
    PdfOutlineItem* root = out.GetOutlines(true)->CreateRoot(utf8(root_title));
    root->SetDestination(PdfDestination(out.GetPage(0), ePdfDestinationFit_Fit));
    outline(out, root, placed);
    out.SetPageMode(ePdfPageModeUseBookmarks);
    PdfInfo* info = out.GetInfo();
    info->SetTitle(utf8(title));
    info->SetCreator(PdfString("tdkt"));
    info->SetProducer(PdfString("tdkt (PoDoFo 0.9.8)"));
    info->GetObject()->GetDictionary().AddKey("CreationDate", date);
    info->GetObject()->GetDictionary().AddKey("ModDate", date);
    if (!o.audit_head.empty())
      info->GetObject()->GetDictionary().AddKey("TdktAuditHead", PdfString(o.audit_head));
    PdfRefCountedBuffer buf;
    PdfOutputDevice dev(&buf);
    out.Write(&dev);
    return std::string(buf.GetBuffer(), dev.GetLength());
  } catch (const PdfError& e) {
    throw core::Error(std::string("PDF: không gộp được (PoDoFo báo lỗi ") +
                      PdfError::ErrorName(e.GetError()) + ")");
  }
}

}  // namespace tdkt::render::pdf
