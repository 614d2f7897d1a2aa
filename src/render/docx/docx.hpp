// IR → WordprocessingML (streamed), zipped with libzip into deterministic bytes.
#pragma once
#include <string>

#include "doc/document.hpp"

namespace tdkt::render::docx {

struct Options {
  std::string created = "2020-01-01T00:00:00Z";  // docProps/core.xml; from the injected clock
};

// The .docx bytes; the same document and options always give the same bytes. Throws core::Error.
std::string write(const doc::Document& d, const Options& o = {});
// The main part alone (tests compare it as XML).
std::string document_xml(const doc::Document& d);
// The style part: docDefaults (Times New Roman 14, vi-VN) and one paragraph style per theme style.
std::string styles_xml();

}  // namespace tdkt::render::docx
