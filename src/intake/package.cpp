// The limits-checked zip reader of intake/ (see package.hpp).
#include "intake/package.hpp"

#include <zip.h>

#include <algorithm>
#include <cctype>
#include <pugixml.hpp>

#include "core/files.hpp"

namespace tdkt::intake {

namespace {
// Judged from the directory before reading: a bomb is refused even where it would never be read.
bool suspicious(Package& p, const std::string& name, const zip_stat_t& st, const Limits& lim) {
  if (st.size > lim.max_member)
    return p.fail("thành phần «" + name + "» giải nén ra " + std::to_string(st.size >> 20) +
                  " MB, quá giới hạn " + std::to_string(lim.max_member >> 20) + " MB: từ chối");
  if ((st.valid & ZIP_STAT_COMP_SIZE) && st.size > (1u << 20) &&
      st.size / std::max<zip_uint64_t>(st.comp_size, 1) > lim.max_ratio)
    return p.fail("thành phần «" + name + "» nén " +
                  std::to_string(st.size / std::max<zip_uint64_t>(st.comp_size, 1)) +
                  " lần, bất thường với bảng tính (nghi «bom nén»): từ chối");
  return true;
}
// The first "&…;" that is not one of XML's five entities or a character reference, "" when none.
std::string undefined_entity(const std::string& x) {
  for (size_t i = x.find('&'); i != std::string::npos; i = x.find('&', i + 1)) {
    size_t end = x.find(';', i);
    std::string e = x.substr(i + 1, end == std::string::npos ? 12 : std::min<size_t>(end - i - 1, 12));
    bool ok = end != std::string::npos && end - i - 1 == e.size() && !e.empty();
    if (ok && e[0] == '#') {
      bool hexa = e.size() > 1 && e[1] == 'x';
      ok = e.size() > (hexa ? 2u : 1u) && std::all_of(e.begin() + (hexa ? 2 : 1), e.end(), [&](char c) {
             return hexa ? std::isxdigit(static_cast<unsigned char>(c))
                         : std::isdigit(static_cast<unsigned char>(c));
           });
    } else if (ok) {
      ok = e == "amp" || e == "lt" || e == "gt" || e == "quot" || e == "apos";
    }
    if (!ok) return "&" + e + (end != std::string::npos && end - i - 1 == e.size() ? ";" : "…");
  }
  return "";
}
}  // namespace

Package::Package(const std::string& path, core::Diagnostics& d, const Limits& lim)
    : path_(path), d_(d), lim_(lim) {}
Package::~Package() {
  if (z_) zip_discard(z_);
}

bool Package::open() {
  int err = 0;
  z_ = zip_open(path_.c_str(), ZIP_RDONLY, &err);
  if (!z_) {
    zip_error_t ze;
    zip_error_init_with_code(&ze, err);
    fail("không mở được như một tệp XLSX (zip): " + std::string(zip_error_strerror(&ze)));
    zip_error_fini(&ze);
    return false;
  }
  zip_int64_t n = zip_get_num_entries(z_, 0);
  if (n < 0 || static_cast<size_t>(n) > lim_.max_entries)
    return fail("tệp có " + std::to_string(n) + " thành phần, quá giới hạn " +
                std::to_string(lim_.max_entries) + ": không xử lý");
  for (zip_int64_t i = 0; i < n; ++i) {
    zip_stat_t st;
    zip_stat_init(&st);
    if (zip_stat_index(z_, static_cast<zip_uint64_t>(i), 0, &st) != 0 || !st.name)
      return fail("mục lục zip hỏng");
    std::string name = st.name;
    if (!core::safe_relative_path(name))
      return fail("tệp zip chứa đường dẫn không an toàn «" + name + "» (tuyệt đối hoặc có ..): từ chối");
    if ((st.valid & ZIP_STAT_SIZE) && !suspicious(*this, name, st, lim_)) return false;
    // Two members of one name: readers disagree on which is meant (libzip the last, others the first).
    if (!names_.emplace(name, static_cast<zip_uint64_t>(i)).second)
      return fail("tệp zip có hai thành phần cùng tên «" + name + "»: không rõ bản nào là thật, từ chối");
  }
  return true;
}

std::optional<std::string> Package::member(const std::string& name) {
  auto it = names_.find(name);
  if (it == names_.end()) {
    fail("thiếu thành phần «" + name + "»");
    return std::nullopt;
  }
  std::unique_ptr<zip_file_t, int (*)(zip_file_t*)> f(zip_fopen_index(z_, it->second, 0), zip_fclose);
  if (!f) {
    fail("không đọc được thành phần «" + name + "»");
    return std::nullopt;
  }
  zip_stat_t st;
  zip_stat_init(&st);
  bool declared = zip_stat_index(z_, it->second, 0, &st) == 0 && (st.valid & ZIP_STAT_SIZE);
  std::string out;
  char buf[65536];
  zip_int64_t got;
  // The sizes in the directory may lie: stop at the limit whatever they say, and at the declared size (the
  // limits above were checked against it).
  while ((got = zip_fread(f.get(), buf, sizeof buf)) > 0) {
    out.append(buf, static_cast<size_t>(got));
    total_ += static_cast<size_t>(got);
    if (out.size() > lim_.max_member || total_ > lim_.max_total) {
      fail("thành phần «" + name + "» lớn hơn giới hạn khi giải nén: từ chối");
      return std::nullopt;
    }
    if (declared && out.size() > st.size) {
      fail("thành phần «" + name + "» giải nén ra hơn " + std::to_string(st.size) +
           " byte mà mục lục zip ghi: tệp bị sửa hoặc hỏng, từ chối");
      return std::nullopt;
    }
  }
  if (got < 0) {
    fail("thành phần «" + name + "» hỏng (lỗi giải nén hoặc CRC)");
    return std::nullopt;
  }
  return out;
}

bool Package::xml(const std::string& name, pugi::xml_document& doc) {
  auto bytes = member(name);
  if (!bytes) return false;
  // Only UTF-8 is read (what Excel, LibreOffice and tdkt write): a UTF-16 part would hide its DOCTYPE from
  // the search below, and every ASCII character of UTF-16 or UTF-32 carries a zero byte.
  if (bytes->find('\0') != std::string::npos)
    return fail("«" + name + "» không mã hóa UTF-8 (có byte 0, có thể là UTF-16): từ chối");
  if (bytes->find("<!DOCTYPE") != std::string::npos || bytes->find("<!ENTITY") != std::string::npos)
    return fail("«" + name + "» có khai báo DOCTYPE/ENTITY (có thể dùng để tấn công): từ chối");
  // An entity XML does not define («&nbsp;») is left as text by the parser: the file is not XML.
  if (std::string bad = undefined_entity(*bytes); !bad.empty())
    return fail("«" + name + "» có thực thể «" + bad + "» mà XML không định nghĩa: tệp hỏng, từ chối");
  auto r = doc.load_buffer(bytes->data(), bytes->size(), pugi::parse_default, pugi::encoding_utf8);
  if (!r) return fail("«" + name + "» không phải XML hợp lệ: " + std::string(r.description()));
  return true;
}

bool Package::fail(const std::string& msg) {
  d_.error({path_}, "", msg);
  return false;
}

}  // namespace tdkt::intake
