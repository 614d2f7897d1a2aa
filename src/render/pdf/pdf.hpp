// PageSet → PDF with PoDoFo 0.9.8 (the only place that includes PoDoFo): subset-embedded Identity-H
// fonts with Unicode maps, exact A4, text drawn piece by piece where layout placed it, empty signature
// fields (AcroForm /Sig, unsigned) for a signing tool to fill, deterministic bytes for a pinned clock.
#pragma once
#include <string>
#include <vector>

#include "layout/font.hpp"
#include "layout/layout.hpp"

namespace tdkt::render::pdf {

struct Options {
  std::string created = "2020-01-01T00:00:00+07:00";  // ISO 8601 from the injected clock: CreationDate, /ID
  // "SEQ:HASH" of the workspace's audit chain when the document was made (Info /TdktAuditHead; never on the
  // printed face): `tdkt audit verify --against` finds rows deleted or recomputed since. Empty: none.
  std::string audit_head;
};

// Throws core::Error (Vietnamese) when PoDoFo fails.
std::string write(const layout::PageSet& p, const layout::FontSet& fonts, const Options& o = {});

// One document of a merged file and its bookmark; a part with children and no PDF is a heading whose
// bookmark points at its first child.
struct MergePart {
  std::string title;
  std::string pdf;  // bytes
  std::vector<MergePart> children;
};
// Appends the parts in order into one PDF whose outline has a root titled root_title and one bookmark per
// part (nested for children), opening with the outline shown. Deterministic for a pinned clock.
std::string merge(const std::vector<MergePart>& parts, const std::string& root_title,
                  const std::string& title, const Options& o = {});

// "2026-11-21T16:04:05+07:00" → "D:20261121160405+07'00'".
std::string pdf_date(const std::string& iso);

}  // namespace tdkt::render::pdf
