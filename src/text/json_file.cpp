#include "text/json_file.hpp"

#include "core/files.hpp"
#include "text/normalize.hpp"
#include "text/utf8.hpp"

namespace tdkt::text {

std::optional<JsonFile> read_json_file(const std::string& path, core::Diagnostics& d) {
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
