// The workspace itself: create it, its settings, the audit chain and the integrity check.
#include "app/workspace.hpp"

#include <filesystem>

#include "app/admin/audit.hpp"
#include "app/admin/settings.hpp"
#include "app/api.hpp"

namespace tdkt::app {

using core::Json;

Outcome init_workspace(Workspace& w, const Init&) {
  Outcome o;
  const std::string& db = w.session().db_path;
  bool existed = std::filesystem::exists(db);
  auto& s = w.store();
  o.text = (existed ? "Kho dữ liệu đã có: " : "Đã tạo kho dữ liệu: ") + db + " (lược đồ " +
           std::to_string(s.schema_version()) + ")\n";
  o.result.set("db", Json::string(db));
  o.result.set("created", Json::boolean(!existed));
  o.result.set("schema_version", Json::integer(s.schema_version()));
  return o;
}

Outcome config_list(Workspace& w, const ConfigList&) {
  Outcome o;
  for (auto& k : known_settings()) {
    auto v = w.store().setting(k.key);
    o.text +=
        k.key + " = " + v.value_or(k.fallback) + (v ? "" : " (mặc định)") + "\n    " + k.description + "\n";
    o.result.set(k.key, Json::string(v.value_or(k.fallback)));
  }
  return o;
}

Outcome config_set(Workspace& w, const ConfigSet& r) {
  Outcome o;
  bool known = false;
  std::string list;
  for (auto& k : known_settings()) {
    known |= k.key == r.key;
    list += (list.empty() ? "" : ", ") + k.key;
  }
  o.exit = kInvalidInput;
  if (!known) {
    o.diags.error({}, r.key, "không có thiết lập này", "các thiết lập: " + list);
    return o;
  }
  std::error_code ec;
  if (r.key == "templates_dir" && !r.value.empty() && !std::filesystem::is_directory(r.value, ec)) {
    o.diags.error({}, r.key, "«" + r.value + "» không phải là thư mục");
    return o;
  }
  if (std::string hint = setting_problem(r.key, r.value); !hint.empty()) {
    o.diags.error({}, r.key, "giá trị «" + r.value + "» không hợp lệ", hint);
    return o;
  }
  w.store().set_setting(r.key, r.value, w.actor());
  o.exit = kOk;
  o.text = "Đã đặt " + r.key + " = " + r.value + "\n";
  o.result.set(r.key, Json::string(r.value));
  return o;
}

Outcome workspace_check(Workspace& w, const WorkspaceCheck&) {
  Outcome o;
  auto& s = w.store();
  const std::string& db = w.session().db_path;
  std::string ic = s.integrity_check();
  auto problems = s.verify_audit();
  for (auto& p : problems) o.diags.error({db, 0, 0}, "audit_log", p);
  if (ic != "ok") o.diags.error({db, 0, 0}, "", "SQLite integrity_check: " + ic);
  int docs = 0;
  int bad_docs = check_documents(w, o, docs);
  o.exit = ic == "ok" && problems.empty() && bad_docs == 0 ? kOk : kVerifyFailed;
  o.text = "Kho dữ liệu " + db + ": integrity_check = " + ic +
           "; nhật ký: " + (problems.empty() ? "liền mạch" : "BỊ SỬA") +
           "; văn bản: " + std::to_string(docs) + " phiên bản" +
           (bad_docs ? ", " + std::to_string(bad_docs) + " BỊ SỬA HOẶC HỎNG" : " khớp mã băm") + "; " +
           std::to_string(s.count("movements")) + " phong trào, " + std::to_string(s.count("agencies")) +
           " đơn vị, " + std::to_string(s.count("people")) + " cá nhân.\n";
  o.result.set("integrity", Json::string(ic));
  o.result.set("audit_ok", Json::boolean(problems.empty()));
  o.result.set("documents", Json::integer(docs));
  o.result.set("documents_ok", Json::boolean(bad_docs == 0));
  return o;
}

}  // namespace tdkt::app
