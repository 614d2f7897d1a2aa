// PDF writer. Fonts: one PoDoFo subset font per face used, each under its own name (PoDoFo's font cache
// keys on the name, not the file). Text: DrawText per laid-out piece (PoDoFo 0.9.8 has no justification
// and Tw does not apply to 2-byte codes). Signature fields: widget + /Sig field without /V.
#include "render/pdf/pdf.hpp"

#include <podofo/podofo.h>

#include <array>

#include "core/diag.hpp"

namespace tdkt::render::pdf {

using namespace PoDoFo;

namespace {

PdfString utf8(const std::string& s) { return PdfString(reinterpret_cast<const pdf_utf8*>(s.c_str())); }

struct Quiet {
  Quiet() {
    PdfError::EnableDebug(false);
    PdfError::EnableLogging(false);
  }
};

}  // namespace

std::string pdf_date(const std::string& iso) {
  // YYYY-MM-DDTHH:MM:SS then Z or ±HH:MM
  auto digits = [&](size_t at, size_t n) { return iso.size() >= at + n ? iso.substr(at, n) : std::string(n, '0'); };
  std::string d = "D:" + digits(0, 4) + digits(5, 2) + digits(8, 2) + digits(11, 2) + digits(14, 2) + digits(17, 2);
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
    for (auto& pg : ps.pages) {
      PdfPage* page = doc.CreatePage(PdfRect(0, 0, pg.width, pg.height));
      PdfPainter p;
      p.SetPage(page);
      uint32_t color = 0;
      p.SetColor(0, 0, 0);
      for (auto& t : pg.text) {
        PdfFont* f = face(t.face);
        f->SetFontSize(static_cast<float>(t.size));
        p.SetFont(f);
        if (t.rgb != color) {
          color = t.rgb;
          p.SetColor(((color >> 16) & 0xFF) / 255.0, ((color >> 8) & 0xFF) / 255.0, (color & 0xFF) / 255.0);
        }
        p.DrawText(t.x, pg.height - t.baseline, utf8(t.text));
      }
      if (!pg.strokes.empty()) {
        p.SetStrokingColor(0, 0, 0);
        double width = -1;
        for (auto& s : pg.strokes) {
          if (s.width != width) p.SetStrokeWidth(width = s.width);
          p.DrawLine(s.x1, pg.height - s.y1, s.x2, pg.height - s.y2);
        }
      }
      p.FinishPage();
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
    PdfRefCountedBuffer buf;
    PdfOutputDevice dev(&buf);
    doc.Write(&dev);
    return std::string(buf.GetBuffer(), dev.GetLength());
  } catch (const PdfError& e) {
    throw core::Error(std::string("PDF: PoDoFo báo lỗi ") + PdfError::ErrorName(e.GetError()));
  }
}

}  // namespace tdkt::render::pdf
