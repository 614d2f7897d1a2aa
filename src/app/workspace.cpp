// The workspace of one command (see workspace.hpp).
#include "app/workspace.hpp"

#include <filesystem>

#include "app/admin/settings.hpp"
#include "core/files.hpp"
#include "domain/codes.hpp"
#include "text/normalize.hpp"

namespace tdkt::app {

namespace fs = std::filesystem;

Outcome fail(int code, const std::string& msg, const std::string& hint) {
  Outcome o;
  o.exit = code;
  o.diags.error({}, "", msg, hint);
  return o;
}

Outcome guarded(const std::function<Outcome()>& f) {
  try {
    return f();
  } catch (const core::Error& e) {
    return fail(kEnvironment, e.what());
  } catch (const std::bad_alloc&) {
    return fail(kEnvironment, "không đủ bộ nhớ để làm việc này; không có gì được ghi");
  } catch (const std::exception& e) {
    return fail(kEnvironment, std::string("lỗi không mong đợi: ") + e.what());
  }
}

Workspace::Workspace(core::Environment env, Session session)
    : env_(std::move(env)), session_(std::move(session)) {}
Workspace::~Workspace() = default;

store::Store& Workspace::store() {
  if (!store_) {
    store::Store::Options o;
    o.clock = env_.clock;
    store_ = store::Store::open(session_.db_path, o);
    // What runs killed mid-write left (temporary files never renamed): removed now, once per command.
    core::remove_stale_temps(files().root() + "/tmp");
    core::remove_stale_temps(documents_dir());
  }
  return *store_;
}

std::string Workspace::audit_anchor() {
  auto h = store().audit_head();
  return std::to_string(h.seq) + ":" + h.hash;
}

bool Workspace::store_exists() const {
  std::error_code ec;
  return store_ || fs::exists(session_.db_path, ec);
}

store::FileStore& Workspace::files() {
  if (!files_) files_ = std::make_unique<store::FileStore>(store::FileStore::root_for(session_.db_path));
  return *files_;
}

void Workspace::audit(const std::string& action, const std::string& entity, const std::string& id,
                      const std::string& detail) {
  store().audit(session_.actor, action, entity, id, detail);
}

Result<const rules::LegalData*> Workspace::legal() {
  if (!legal_ && !legal_error_) {
    legal_ = rules::LegalData::load(env_.legal_file(), session_.legal_overrides, legal_diags_);
    if (!legal_)
      legal_error_ = fail(kEnvironment, "dữ liệu pháp lý không đọc được:\n" + legal_diags_.to_string());
  }
  if (legal_error_) return *legal_error_;
  return &*legal_;
}

std::string Workspace::legal_content() {
  std::string content, err;
  content += core::read_file(env_.legal_file(), err).value_or("");
  for (auto& f : session_.legal_overrides)
    content += "\n/* ghi đè: " + f + " */\n" + core::read_file(f, err).value_or("");
  return content;
}

Result<const StoredMovement*> Workspace::movement(const std::string& code) {
  if (auto it = movements_.find(code); it != movements_.end()) return it->second.get();
  auto row = store().movement(code);
  if (!row)
    return fail(kNotFound, "không có phong trào mã «" + code + "»", "xem danh sách: tdkt movement list");
  Outcome o;
  auto json = core::parse_json(row->definition, row->source_file, o.diags);
  auto m = json ? domain::parse_movement(*json, row->source_file, o.diags) : std::nullopt;
  if (!m) {
    o.exit = kEnvironment;
    return o;
  }
  auto& slot = movements_[code];
  slot = std::make_unique<StoredMovement>(StoredMovement{*row, std::move(*json), std::move(*m)});
  return slot.get();
}

Result<domain::Dossier> Workspace::dossier(int64_t id) {
  auto d = store().dossier(id);
  if (!d) return fail(kNotFound, "không có hồ sơ số " + std::to_string(id));
  return *d;
}

ActorInfo Workspace::actor_info() {
  ActorInfo a;
  a.role = domain::parse<domain::Role>(session_.actor.role);
  if (a.role) a.user = store().user(session_.actor.name, *a.role);
  return a;
}

std::optional<Outcome> Workspace::require_role(domain::Role want) {
  auto a = actor_info();
  if (!a.role || *a.role != want)
    return fail(kRefused, "việc này do " + domain::label(want) + " thực hiện",
                "dùng --as " + domain::code(want) + ":\"Họ tên\"");
  if (!a.user)
    return fail(kRefused, "«" + session_.actor.name + "» chưa được đăng ký với vai trò " + domain::code(want),
                "tdkt user add");
  return std::nullopt;
}

const forms::Registry& Workspace::forms() {
  if (!forms_) forms_ = forms::Registry::load(env_.forms_dir, form_problems_);
  return *forms_;
}

const core::Diagnostics& Workspace::form_problems() {
  forms();
  return form_problems_;
}

forms::Templates Workspace::templates(const std::string& office) {
  forms::Templates t{env_.templates_dir, office, env_.fonts_dir};
  if (t.office.empty() && store_exists()) t.office = store().setting("templates_dir").value_or("");
  return t;
}

std::string Workspace::documents_dir() {
  if (auto d = store().setting("thu_muc_van_ban")) return *d;
  fs::path p = fs::path(session_.db_path).parent_path();
  return (p.empty() ? fs::path("van-ban") : p / "van-ban").string();
}

text::ToneOrder Workspace::tone_order(core::Diagnostics& d) {
  text::ToneOrder order;
  std::string spec = !session_.tones.empty() ? session_.tones : store().setting("tone_order").value_or("");
  if (!spec.empty() && !text::ToneOrder::parse(spec, order))
    d.warning({}, "tone_order", "thứ tự dấu «" + spec + "» không hợp lệ; dùng thứ tự mặc định");
  return order;
}

const std::map<std::string, std::string>& Workspace::catalog_names() {
  if (!catalog_) {
    catalog_.emplace();
    for (auto& r : store().catalog()) (*catalog_)[r.code] = r.name;
  }
  return *catalog_;
}

std::set<core::Date> Workspace::holidays() {
  return parse_date_list(store().setting("ngay_nghi").value_or("")).value_or(std::set<core::Date>{});
}

}  // namespace tdkt::app
