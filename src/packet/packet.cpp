#include "packet/packet.hpp"

#include <unistd.h>
#include <zip.h>

#include <cstdio>
#include <filesystem>
#include <map>
#include <set>

#include "core/files.hpp"
#include "core/limits.hpp"
#include "text/utf8.hpp"

namespace tdkt::packet {

namespace {}  // namespace

void write_zip(const std::string& path, const std::vector<Entry>& entries, long long mtime,
               const std::function<void()>& before_rename) {
  std::string tmp = path + ".tmp-" + std::to_string(::getpid());
  std::remove(tmp.c_str());
  int err = 0;
  zip_t* z = zip_open(tmp.c_str(), ZIP_CREATE | ZIP_TRUNCATE, &err);
  if (!z) throw core::Error("không tạo được tệp " + path);
  // DOS time cannot go before 1980.
  time_t t = static_cast<time_t>(std::max<long long>(mtime, 315532800 + 86400));
  for (auto& e : entries) {
    zip_source_t* src = zip_source_buffer(z, e.bytes.data(), e.bytes.size(), 0);
    zip_int64_t idx = src ? zip_file_add(z, e.name.c_str(), src, ZIP_FL_ENC_UTF_8) : -1;
    if (idx < 0) {
      if (src) zip_source_free(src);
      zip_discard(z);
      std::remove(tmp.c_str());
      throw core::Error("không thêm được «" + e.name + "» vào " + path);
    }
    zip_file_set_mtime(z, static_cast<zip_uint64_t>(idx), t, 0);
    zip_set_file_compression(z, static_cast<zip_uint64_t>(idx), ZIP_CM_DEFLATE, 6);
  }
  // libzip reads the buffers now (they must live until here) and writes its own temporary file.
  if (zip_close(z) != 0) {
    std::string why = zip_strerror(z);
    zip_discard(z);
    std::remove(tmp.c_str());
    throw core::Error("không ghi được " + path + ": " + why);
  }
  if (before_rename) before_rename();
  std::error_code ec;
  std::filesystem::rename(tmp, path, ec);
  if (ec) {
    std::remove(tmp.c_str());
    throw core::Error("không đổi tên được " + tmp + " thành " + path + ": " + ec.message());
  }
}

core::Json file_record(const Entry& e) {
  core::Json f = core::Json::object();
  f.set("name", core::Json::string(e.name));
  f.set("sha256", core::Json::string(core::sha256_hex(e.bytes)));
  f.set("size", core::Json::integer(static_cast<int64_t>(e.bytes.size())));
  return f;
}

Report verify(const std::string& path, core::Json& manifest, core::Diagnostics& d, const Bounds& b) {
  Report r;
  int err = 0;
  zip_t* z = zip_open(path.c_str(), ZIP_RDONLY | ZIP_CHECKCONS, &err);
  if (!z) {
    zip_error_t ze;
    zip_error_init_with_code(&ze, err);
    d.error({path}, "",
            err == ZIP_ER_EXISTS
                ? std::string("bộ hồ sơ có hai tệp cùng tên: không rõ bản nào là thật, từ chối")
                : std::string("không mở được bộ hồ sơ (zip hỏng?): ") + zip_error_strerror(&ze));
    zip_error_fini(&ze);
    return r;
  }
  std::map<std::string, std::string> got;  // name → sha256, or "!" + reason when unreadable
  zip_int64_t n = zip_get_num_entries(z, 0);
  if (n < 0 || static_cast<uint64_t>(n) > b.entries) {
    d.error({path}, "",
            "bộ hồ sơ có " + std::to_string(n) + " tệp, quá giới hạn " + std::to_string(b.entries) +
                ": không kiểm tra");
    zip_discard(z);
    return r;
  }
  std::string manifest_text;
  bool seen_manifest = false;
  for (zip_int64_t i = 0; i < n; ++i) {
    zip_stat_t st;
    zip_stat_init(&st);
    if (zip_stat_index(z, static_cast<zip_uint64_t>(i), 0, &st) != 0 || !st.name) continue;
    std::string name = st.name;
    if (!core::safe_relative_path(name)) {
      d.error({path}, "", "tệp trong bộ hồ sơ có đường dẫn không an toàn «" + name + "»");
      continue;
    }
    if (got.count(name) || (name == "manifest.json" && seen_manifest)) {
      // Two members of one name: which one was checked would depend on the reader.
      d.error({path}, "", "bộ hồ sơ có hai tệp cùng tên «" + name + "»: không rõ bản nào là thật");
      got[name] = "!trùng tên";
      continue;
    }
    seen_manifest |= name == "manifest.json";
    auto too_large = [&] {
      d.error({path}, "",
              "tệp «" + name + "» trong bộ hồ sơ lớn hơn giới hạn " + std::to_string(b.member_bytes) +
                  " byte khi giải nén: không kiểm tra");
      got[name] = "!quá lớn";
    };
    if ((st.valid & ZIP_STAT_SIZE) && st.size > b.member_bytes) {
      too_large();
      continue;
    }
    // Read in pieces and hashed as read: a member is never held whole (but the manifest), and reading stops
    // at the limit and at the size the zip's directory declares, whatever the deflate stream holds.
    zip_file_t* f = zip_fopen_index(z, static_cast<zip_uint64_t>(i), 0);
    bool is_manifest = name == "manifest.json";
    std::string bytes;
    core::Sha256 h;
    uint64_t size = 0;
    bool ok = f != nullptr, over = false, lied = false;
    if (f) {
      char buf[65536];
      zip_int64_t k;
      while ((k = zip_fread(f, buf, sizeof buf)) > 0) {
        size += static_cast<uint64_t>(k);
        if (size > b.member_bytes || (is_manifest && size > core::limits::kJsonFileBytes)) {
          over = true;
          break;
        }
        if ((st.valid & ZIP_STAT_SIZE) && size > st.size) {
          lied = true;
          break;
        }
        if (is_manifest)
          bytes.append(buf, static_cast<size_t>(k));
        else
          h.add(buf, static_cast<size_t>(k));
      }
      if (k < 0) ok = false;  // CRC or inflate error: the bytes were changed
      zip_fclose(f);
    }
    if (over) {
      too_large();
      continue;
    }
    if (lied) {
      d.error({path}, "",
              "tệp «" + name + "» trong bộ hồ sơ giải nén ra hơn " + std::to_string(st.size) +
                  " byte mà mục lục zip ghi: bộ hồ sơ bị sửa");
      got[name] = "!sai cỡ";
      continue;
    }
    if (is_manifest) {
      manifest_text = ok ? bytes : "";
      continue;
    }
    got[name] = ok ? h.hex() + ":" + std::to_string(size) : "!hỏng";
  }
  zip_discard(z);
  if (manifest_text.empty()) {
    d.error({path}, "", "bộ hồ sơ không có manifest.json đọc được");
    return r;
  }
  if (!text::is_valid_utf8(manifest_text)) {
    d.error({path}, "manifest.json", "không phải UTF-8");
    return r;
  }
  auto m = core::parse_json(manifest_text, path + "!manifest.json", d);
  if (!m || !m->find("files") || !m->find("files")->is_array()) {
    d.error({path}, "manifest.json", "manifest.json không có danh sách «files»");
    return r;
  }
  manifest = *m;
  if (m->find("files")->items().empty()) {
    d.error({path}, "manifest.json", "danh sách «files» rỗng: bộ hồ sơ không có tệp nào để kiểm tra");
    return r;
  }
  std::set<std::string> listed;
  for (auto& f : m->find("files")->items()) {
    const auto* name = f.find("name");
    const auto* sha = f.find("sha256");
    const auto* size = f.find("size");
    if (!name || !name->is_string() || !sha || !sha->is_string() || !size || !size->is_integer()) {
      d.error({path}, "manifest.json", "một mục của «files» thiếu name, sha256 hoặc size");
      continue;
    }
    if (!listed.insert(name->as_string()).second) {
      d.error({path}, "manifest.json", "tệp «" + name->as_string() + "» được kê hai lần trong «files»");
      continue;
    }
    ++r.checked;
    auto it = got.find(name->as_string());
    if (it == got.end())
      r.missing.push_back(name->as_string());
    else if (it->second != sha->as_string() + ":" + std::to_string(size->as_int()))
      r.changed.push_back(name->as_string());
  }
  for (auto& [name, v] : got)
    if (!listed.count(name)) r.extra.push_back(name);
  return r;
}

}  // namespace tdkt::packet
