// The audit chain and its anchors outside the store: `audit verify [--against …]`, `audit checkpoint`, and
// the documents on disk against their recorded hashes (part of `tdkt check`).
//
// The chain alone proves that no row was edited in place; it cannot prove that the last rows were not deleted
// or the whole chain recomputed by someone holding the file. Anchors can: every packet's manifest and every
// generated PDF records the head it was made at, and a checkpoint records a dated head under an HMAC whose
// key never enters the store. Against an anchor, the row it names must still exist with the same hash.
#include "app/admin/audit.hpp"

#include <sys/stat.h>

#include <filesystem>
#include <map>

#include "app/api.hpp"
#include "app/documents.hpp"
#include "app/workspace.hpp"
#include "core/files.hpp"
#include "packet/packet.hpp"
#include "text/json_file.hpp"

namespace tdkt::app {

using core::Json;
namespace fs = std::filesystem;

namespace {

constexpr const char* kCheckpointFormat = "tdkt.audit-checkpoint/1";

// What is signed: the format, the time and the head, one per line (not the store's path: a moved store
// verifies against its checkpoints).
std::string checkpoint_text(const std::string& at, int64_t seq, const std::string& hash) {
  return std::string(kCheckpointFormat) + "\n" + at + "\n" + std::to_string(seq) + "\n" + hash + "\n";
}

// The key: 64 hex digits in a file of its own. nullopt with the reason.
std::optional<std::string> read_key(const std::string& path, std::string& why) {
  auto k = core::read_file(path, why);
  if (!k) return std::nullopt;
  std::string key = *k;
  while (!key.empty() && (key.back() == '\n' || key.back() == '\r' || key.back() == ' ')) key.pop_back();
  bool hex = key.size() == 64;
  for (char c : key) hex = hex && std::isxdigit(static_cast<unsigned char>(c));
  if (!hex) {
    why = "tệp khóa phải chứa đúng 64 chữ số thập lục phân (tdkt audit checkpoint tạo tệp này)";
    return std::nullopt;
  }
  return key;
}

struct Anchor {
  std::string file, what, at;  // what: "mốc", "bộ hồ sơ", "PDF"
  int64_t seq = -1;
  std::string hash;
};

bool is_hash(const std::string& h) {
  if (h.size() != 64) return false;
  for (char c : h)
    if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) return false;
  return true;
}

bool packet_anchor(const std::string& file, Anchor& a, core::Diagnostics& d) {
  Json m;
  core::Diagnostics pd;
  packet::verify(file, m, pd);
  const Json* h = m.find("audit_head");
  const Json* seq = h ? h->find("seq") : nullptr;
  const Json* hash = h ? h->find("hash") : nullptr;
  if (!seq || !hash || !seq->is_integer() || !hash->is_string()) {
    d.append(pd);
    d.error({file}, "audit_head", "manifest.json của bộ hồ sơ không ghi đầu chuỗi nhật ký",
            "bộ hồ sơ lập trước khi tdkt ghi mốc này; lập lại bộ hồ sơ");
    return false;
  }
  a.what = "bộ hồ sơ";
  a.seq = seq->as_int();
  a.hash = hash->as_string();
  if (const Json* c = m.find("created"); c && c->is_string()) a.at = c->as_string();
  return true;
}

bool pdf_anchor(const std::string& file, Anchor& a, core::Diagnostics& d) {
  std::string err;
  auto bytes = core::read_file(file, err);
  if (!bytes) {
    d.error({file}, "", err);
    return false;
  }
  // tdkt writes the Info dictionary uncompressed: the key is found as bytes, no PDF parser needed.
  const std::string key = "/TdktAuditHead";
  std::string v;
  if (auto at = bytes->rfind(key); at != std::string::npos) {
    size_t open = at + key.size();
    while (open < bytes->size() && (*bytes)[open] == ' ') ++open;
    size_t end = open < bytes->size() && (*bytes)[open] == '(' ? bytes->find(')', open) : std::string::npos;
    if (end != std::string::npos && end - open < 100) v = bytes->substr(open + 1, end - open - 1);
  }
  auto colon = v.find(':');
  if (colon == std::string::npos || colon == 0 || colon > 18) {
    d.error({file}, "TdktAuditHead", "PDF không ghi đầu chuỗi nhật ký (không phải văn bản tdkt lập từ kho?)");
    return false;
  }
  a.what = "PDF";
  a.seq = std::strtoll(v.substr(0, colon).c_str(), nullptr, 10);
  a.hash = v.substr(colon + 1);
  return true;
}

bool checkpoint_anchor(const std::string& file, const std::string& key_file, Anchor& a,
                       core::Diagnostics& d) {
  auto jf = text::read_json_file(file, d);
  if (!jf) return false;
  const Json& j = jf->json;
  auto str = [&](const char* k) {
    const Json* x = j.find(k);
    return x && x->is_string() ? x->as_string() : std::string();
  };
  if (str("format") != kCheckpointFormat) {
    d.error({file}, "format",
            std::string("không phải tệp mốc nhật ký (cần \"format\": \"") + kCheckpointFormat + "\")",
            "--against nhận tệp mốc .json, bộ hồ sơ .zip hoặc văn bản .pdf do tdkt lập");
    return false;
  }
  const Json* seq = j.find("seq");
  a.what = "mốc";
  a.at = str("at");
  a.hash = str("hash");
  a.seq = seq && seq->is_integer() ? seq->as_int() : -1;
  if (key_file.empty()) {
    d.error({file}, "mac", "cần --key TỆP_KHÓA để kiểm tra chữ ký của mốc");
    return false;
  }
  std::string why;
  auto key = read_key(key_file, why);
  if (!key) {
    d.error({key_file}, "", why);
    return false;
  }
  if (core::hmac_sha256_hex(*key, checkpoint_text(a.at, a.seq, a.hash)) != str("mac")) {
    d.error({file}, "mac",
            "chữ ký HMAC của mốc không khớp: mốc đã bị sửa, hoặc không làm bằng khóa «" + key_file + "»");
    return false;
  }
  return true;
}

// Reads the anchor a file carries (by its extension: .zip packet, .pdf document, else a checkpoint); false
// with an error in d.
bool anchor_of(const std::string& file, const std::string& key_file, Anchor& a, core::Diagnostics& d) {
  a.file = file;
  std::string ext = fs::path(file).extension().string();
  for (auto& c : ext) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  bool read = ext == ".zip"   ? packet_anchor(file, a, d)
              : ext == ".pdf" ? pdf_anchor(file, a, d)
                              : checkpoint_anchor(file, key_file, a, d);
  if (!read) return false;
  if (a.seq < 0 || !is_hash(a.hash)) {
    d.error({file}, "", "đầu chuỗi nhật ký ghi trong tệp không hợp lệ");
    return false;
  }
  return true;
}

}  // namespace

Outcome audit_verify(Workspace& w, const AuditVerify& r) {
  Outcome o;
  auto& s = w.store();
  const std::string& db = w.session().db_path;
  auto problems = s.verify_audit();
  auto rows = s.count("audit_log");
  for (auto& p : problems) o.diags.error({db, 0, 0}, "audit_log", p);
  int checked = 0, broken = 0;
  Json anchors = Json::array();
  for (auto& file : r.against) {
    Anchor a;
    if (!anchor_of(file, r.key, a, o.diags)) {
      ++broken;
      continue;
    }
    auto now = s.audit_hash_at(a.seq);
    std::string when = a.at.empty() ? "" : " lúc " + a.at;
    Json x = Json::object();
    x.set("file", Json::string(file));
    x.set("seq", Json::integer(a.seq));
    if (!now) {
      o.diags.error({file}, "",
                    a.what + " ghi nhật ký đến dòng số " + std::to_string(a.seq) + when + ", kho chỉ còn " +
                        std::to_string(rows) + " dòng: các dòng cuối của nhật ký đã bị xóa");
      ++broken;
      x.set("ok", Json::boolean(false));
    } else if (*now != a.hash) {
      o.diags.error({file}, "",
                    "dòng nhật ký số " + std::to_string(a.seq) + " khác với " + a.what + " đã ghi" + when +
                        ": nhật ký đã bị viết lại (mã băm được tính lại)");
      ++broken;
      x.set("ok", Json::boolean(false));
    } else {
      ++checked;
      x.set("ok", Json::boolean(true));
    }
    anchors.push(std::move(x));
  }
  bool ok = problems.empty() && broken == 0;
  o.exit = ok ? kOk : kVerifyFailed;
  o.text = problems.empty() ? "Nhật ký toàn vẹn: " + std::to_string(rows) + " dòng, chuỗi băm liền mạch"
                            : "NHẬT KÝ BỊ SỬA HOẶC XÓA: " + std::to_string(problems.size()) + " vấn đề";
  if (!r.against.empty())
    o.text += "; khớp " + std::to_string(checked) + "/" + std::to_string(r.against.size()) + " mốc ngoài kho";
  o.text += ok ? ".\n" : ". KHÔNG ĐẠT.\n";
  if (r.against.empty() && problems.empty())
    o.text +=
        "Chuỗi liền mạch chưa chứng minh không ai xóa dòng cuối hoặc tính lại cả chuỗi: kiểm tra thêm với "
        "--against (mốc, bộ hồ sơ, PDF).\n";
  o.result.set("rows", Json::integer(rows));
  o.result.set("ok", Json::boolean(ok));
  o.result.set("anchors", std::move(anchors));
  return o;
}

Outcome audit_checkpoint(Workspace& w, const AuditCheckpoint& r) {
  Outcome o;
  std::string why;
  std::error_code ec;
  bool made = false;
  for (auto* f : {&r.key, &r.out})
    if (auto parent = fs::path(*f).parent_path(); !parent.empty()) fs::create_directories(parent, ec);
  if (!fs::exists(r.key, ec)) {
    // A new key: 32 random bytes, readable by its owner only. It belongs on another machine or medium.
    core::write_file_atomic(r.key, core::random_hex(32) + "\n");
    ::chmod(r.key.c_str(), 0600);
    made = true;
  }
  auto key = read_key(r.key, why);
  if (!key) return fail(kInvalidInput, "«" + r.key + "»: " + why);
  auto h = w.store().audit_head();
  std::string at = w.now_iso();
  Json c = Json::object();
  c.set("format", Json::string(kCheckpointFormat));
  c.set("store", Json::string(w.session().db_path));
  c.set("at", Json::string(at));
  c.set("seq", Json::integer(h.seq));
  c.set("hash", Json::string(h.hash));
  c.set("mac", Json::string(core::hmac_sha256_hex(*key, checkpoint_text(at, h.seq, h.hash))));
  core::write_file_atomic(r.out, core::to_json(c, 2) + "\n");
  o.text = (made ? "Đã tạo khóa mới " + r.key + " (chỉ chủ tệp đọc được): cất ở máy hoặc thiết bị khác kho.\n"
                 : std::string()) +
           "Đã ghi mốc nhật ký " + r.out + ": dòng số " + std::to_string(h.seq) + ", lúc " + at +
           ". Kiểm tra sau này: tdkt audit verify --against " + r.out + " --key " + r.key + "\n";
  o.result.set("seq", Json::integer(h.seq));
  o.result.set("hash", Json::string(h.hash));
  o.result.set("key_created", Json::boolean(made));
  return o;
}

// Every document version kept by content, and the newest readable copy of each path, against the hash the
// store recorded. Returns the number of problems, each an error in o.
int check_documents(Workspace& w, Outcome& o, int& checked) {
  int bad = 0;
  auto docs = w.store().all_documents();
  std::map<std::string, const domain::StoredDocument*> newest;
  for (auto& d : docs) {
    ++checked;
    if (!d.path.empty()) newest[d.path] = &d;
    if (d.blob.empty()) continue;
    std::string err;
    auto bytes = w.files().read(d.blob, err);
    if (!bytes) {
      o.diags.error(
          {w.files().absolute(d.blob)}, "",
          "văn bản số " + std::to_string(d.id) + " «" + d.title + "»: không đọc được bản lưu: " + err);
      ++bad;
    } else if (core::sha256_hex(*bytes) != d.sha256) {
      o.diags.error({w.files().absolute(d.blob)}, "",
                    "văn bản số " + std::to_string(d.id) + " «" + d.title +
                        "»: bản lưu đã bị thay đổi (mã SHA-256 khác với mã đã ghi)");
      ++bad;
    }
  }
  for (auto& [path, d] : newest) {
    switch (readable_copy(w, *d)) {
      case CopyState::Same:
      case CopyState::Missing:  // the documents folder is the office's: a copy it moved away is no fault
        break;
      case CopyState::Stale:
        if (restore_copy(w, *d))
          o.diags.warning({path}, "",
                          "bản đọc là phiên bản cũ (lần chạy trước bị dừng giữa chừng): đã ghi lại bản mới");
        break;
      case CopyState::Changed:
        o.diags.error(
            {path}, "",
            "văn bản «" + d->title + "» đã bị sửa sau khi lập (mã SHA-256 khác với mã đã ghi trong kho)",
            "lập lại văn bản bằng tdkt, không sửa tệp đã ghi");
        ++bad;
        break;
    }
  }
  return bad;
}

}  // namespace tdkt::app
