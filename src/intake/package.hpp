// A zip package opened for reading with limits: entries with absolute or ".." paths, members larger than the
// limits or compressed far more than real spreadsheets are (zip bombs), and XML with a DOCTYPE or entities
// are refused with a Vietnamese reason naming the file. The only place of intake/ that includes zip.h.
#pragma once
#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <string>

#include "core/diag.hpp"
#include "intake/sheet.hpp"

struct zip;
namespace pugi {
class xml_document;
}

namespace tdkt::intake {

class Package {
 public:
  Package(const std::string& path, core::Diagnostics& d, const Limits& lim);
  ~Package();
  Package(const Package&) = delete;
  Package& operator=(const Package&) = delete;
  // Reads the directory and judges every member from it before anything is read; false after an error.
  bool open();
  bool has(const std::string& name) const { return names_.count(name) > 0; }
  // The member's bytes, refusing oversized or suspiciously compressed members; nullopt after an error.
  std::optional<std::string> member(const std::string& name);
  // Parses XML, refusing DOCTYPE and entity declarations.
  bool xml(const std::string& name, pugi::xml_document& doc);
  bool fail(const std::string& msg);

 private:
  std::string path_;
  core::Diagnostics& d_;
  Limits lim_;
  struct zip* z_ = nullptr;
  std::map<std::string, uint64_t> names_;
  size_t total_ = 0;
};

}  // namespace tdkt::intake
