// Building a submission packet (bộ hồ sơ trình): the files in the order of the plan's dossier composition,
// the PDFs merged into one file with Vietnamese bookmarks, and manifest.json with the SHA-256 and size of
// each file. Stored documents are read back by content and checked against the hash recorded when they were
// made.
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "app/workspace.hpp"
#include "packet/packet.hpp"
#include "render/pdf/pdf.hpp"

namespace tdkt::app {

class PacketBuilder {
 public:
  explicit PacketBuilder(Workspace& w) : w_(w) {}
  // Adds a stored document under `name`; false (with problem() set) if its file is gone or no longer matches
  // the hash, or its readable copy was edited after it was made.
  bool stored(const domain::StoredDocument& d, const std::string& name, const std::string& title);
  // A DOCX + PDF pair of the latest document of a kind, the PDF also into `into` (a bookmark of the merged
  // PDF).
  bool pair(const std::vector<domain::StoredDocument>& docs, const std::string& kind, const std::string& stem,
            const std::string& title, std::vector<render::pdf::MergePart>& into);
  bool pair(const std::vector<domain::StoredDocument>& docs, const std::string& kind, const std::string& stem,
            const std::string& title) {
    return pair(docs, kind, stem, title, parts_);
  }
  void add(const std::string& name, std::string bytes, const std::string& kind, const std::string& title);
  // The last added file also goes into the merged PDF.
  void mark_merged() { items_.back().in_pdf = true; }
  const std::string& last_bytes() const { return items_.back().entry.bytes; }
  void part(render::pdf::MergePart p) { parts_.push_back(std::move(p)); }
  bool empty() const { return items_.empty(); }
  const std::string& problem() const { return problem_; }
  // Writes the zip (manifest first), the merged PDF last; temp + rename.
  Outcome finish(core::Json manifest, const std::string& out, const std::string& root_title);

 private:
  struct Item {
    packet::Entry entry;
    std::string kind, title;
    bool in_pdf = false;
  };
  Workspace& w_;
  std::vector<Item> items_;
  std::vector<render::pdf::MergePart> parts_;
  std::string problem_;
};

// The latest stored document of a kind (with that extension, for that nomination).
const domain::StoredDocument* latest(const std::vector<domain::StoredDocument>& docs, const std::string& kind,
                                     const std::string& ext,
                                     std::optional<int64_t> nomination = std::nullopt);
// "Tờ trình số 01/TTr-UBND" from "Tờ trình số 01/TTr-UBND (pdf)".
std::string doc_title(const domain::StoredDocument& d);
// The manifest's common part: format, time, movement, the legal basis on the packet's date.
core::Json base_manifest(Workspace& w, const StoredMovement& L, core::Date on);
// The XLSX list of these nominations (no council sheets), made beside the store's files and read back.
std::string list_bytes(Workspace& w, const StoredMovement& L, const std::string& round,
                       const std::vector<domain::Nomination>& noms, const std::string& sort);

}  // namespace tdkt::app
