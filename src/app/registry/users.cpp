// The people who act in the workflow: one name and role each, attached to a unit for the unit roles.
#include "app/api.hpp"
#include "app/workspace.hpp"
#include "text/normalize.hpp"

namespace tdkt::app {

using core::Json;

Outcome user_add(Workspace& w, const UserAdd& r) {
  auto role = domain::parse<domain::Role>(r.role);
  if (!role)
    return fail(kInvalidInput, "vai trò «" + r.role + "» không có", "các vai trò: " + domain::kRoles.codes());
  if (domain::is_unit_role(*role) && r.unit.empty())
    return fail(kInvalidInput, "vai trò «" + r.role + "» cần --unit MÃ_ĐƠN_VỊ");
  auto& s = w.store();
  if (!r.unit.empty() && !s.agency(r.unit)) return fail(kNotFound, "không có đơn vị mã «" + r.unit + "»");
  std::string n = text::fold_spaces(text::nfc(r.name));
  if (n.empty()) return fail(kInvalidInput, "họ tên người dùng trống");
  // A name and role identify the actor (--as VAI_TRÒ:TÊN); a namesake in another unit must not take it over.
  if (auto old = s.user(n, *role); old && old->agency_code != r.unit)
    return fail(kRefused,
                "đã có người dùng «" + n + "» với vai trò " + r.role +
                    (old->agency_code.empty() ? "" : " ở đơn vị " + old->agency_code) +
                    ": hai người trùng họ tên cùng vai trò phải được phân biệt",
                "đăng ký người thứ hai với tên phân biệt, ví dụ «" + n + " (" +
                    (r.unit.empty() ? "đơn vị" : r.unit) + ")», và dùng đúng tên đó trong --as");
  w.transaction([&] {
    s.put_user({n, *role, r.unit, text::nfc(r.title)});
    w.audit("user_add", "user", n, "vai trò " + r.role + (r.unit.empty() ? "" : ", đơn vị " + r.unit));
  });
  Outcome o;
  o.text =
      "Đã đăng ký " + n + " — " + domain::label(*role) + (r.unit.empty() ? "" : " (" + r.unit + ")") + "\n";
  return o;
}

Outcome user_list(Workspace& w, const UserList&) {
  Outcome o;
  Json a = Json::array();
  for (auto& u : w.store().users()) {
    const std::string& role = domain::code(u.role);
    o.text += role + "\t" + u.name + (u.agency_code.empty() ? "" : "\t" + u.agency_code) + "\n";
    Json j = Json::object();
    j.set("name", Json::string(u.name));
    j.set("role", Json::string(role));
    j.set("unit", Json::string(u.agency_code));
    a.push(std::move(j));
  }
  o.result.set("users", std::move(a));
  return o;
}

}  // namespace tdkt::app
