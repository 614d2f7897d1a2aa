// A small in-memory ZIP writer for the packages tdkt produces itself (DOCX): parts in the given order, names
// flagged UTF-8, one fixed timestamp so the same input gives the same bytes, large parts deflated with
// libdeflate (whole-buffer; about 1.5× zlib's speed at a similar size), small ones stored. No ZIP64: a part
// or the whole package over 4 GiB is refused.
#pragma once

#include <string>
#include <utility>
#include <vector>

namespace tdkt::render::docx {

struct ZipPart {
  ZipPart(std::string n, std::string b) : name(std::move(n)), bytes(std::move(b)) {}
  std::string name;
  std::string bytes;
};

// Parts of 4 KiB or less are stored; larger ones deflated at `level` (1 fastest … 12 smallest).
std::string zip_parts(const std::vector<ZipPart>& parts, int level = 1);

}  // namespace tdkt::render::docx
