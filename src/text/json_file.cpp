#include "text/json_file.hpp"

#include <filesystem>

#include "core/files.hpp"
#include "core/limits.hpp"
#include "text/normalize.hpp"
#include "text/utf8.hpp"

namespace tdkt::text {

std::optional<JsonFile> read_json_file(const std::string& path, core::Diagnostics& d) {
  std::error_code ec;
  if (auto size = std::filesystem::file_size(path, ec); !ec && size > core::limits::kJsonFileBytes) {
    d.error({path, 0, 0}, "",
            "tệp JSON " + std::to_string(size) + " byte, quá giới hạn " +
                std::to_string(core::limits::kJsonFileBytes) + " byte: không đọc");
    return std::nullopt;
  }
  std::string err;
  auto content = core::read_file(path, err);
  if (!content) {
    d.error({path, 0, 0}, "", err);
    return std::nullopt;
  }
  if (!check_utf8(*content, path, d)) return std::nullopt;
  JsonFile f;
  f.text = nfc(*content);
  if (f.text != *content)
    d.warning({path, 0, 0}, "", "tệp có chữ tiếng Việt chưa ở dạng dựng sẵn (NFC); tdkt đã tự chuẩn hóa");
  auto json = core::parse_json(f.text, path, d);
  if (!json) {
    d.attach_source(path, f.text);
    return std::nullopt;
  }
  f.json = std::move(*json);
  return f;
}

}  // namespace tdkt::text
