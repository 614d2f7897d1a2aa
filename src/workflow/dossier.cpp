// The transition table and its guards. Read the table first: it is the workflow.
#include "workflow/dossier.hpp"

#include <algorithm>
#include <map>

namespace tdkt::workflow {

namespace {

using enum domain::DossierState;
using R = Role;
using A = Action;

// ─── THE TABLE ──────────────────────────────────────────────────────────────────────────────────────
const std::vector<Transition> kTable = {
    {DuThao,
     A::GhiBienBan,
     {R::CanBoDonVi, R::ThuTruongDonVi},
     {"don_vi", "bien_ban", "co_de_nghi"},
     DaHopXet},
    {DaHopXet, A::Trinh, {R::ThuTruongDonVi}, {"don_vi", "ho_so", "han_nop"}, DaTrinh},
    {DaTrinh, A::TiepNhan, {R::ChuyenVienThamDinh}, {}, DaTiepNhan},
    {DaTiepNhan, A::BatDauThamDinh, {R::ChuyenVienThamDinh}, {}, DangThamDinh},
    {DaTiepNhan, A::TraLai, {R::ChuyenVienThamDinh}, {"ly_do"}, TraLai},
    {DangThamDinh, A::TraLai, {R::ChuyenVienThamDinh}, {"ly_do"}, TraLai},
    // The submission deadline judged the first submission; a dossier returned for completion comes back when
    // the appraising office asks, not by the plan's date, and keeps the late days of its first submission.
    {TraLai, A::TrinhLai, {R::ThuTruongDonVi}, {"don_vi", "bo_sung", "ho_so"}, DaTrinh},
    {DangThamDinh,
     A::HoanThanhThamDinh,
     {R::ChuyenVienThamDinh},
     {"tham_dinh_xong", "so_luong_bao", "han_tham_dinh"},
     DaThamDinh},
    {DaThamDinh, A::BieuQuyet, {R::ThuKyHoiDong}, {"bieu_quyet_xong"}, DaBieuQuyet},
    {DaBieuQuyet, A::QuyetDinh, {R::ChuTich}, {"so_luong", "hieu_luc"}, DaQuyetDinh},
    {DaQuyetDinh, A::LuuTru, {R::ChuyenVienThamDinh}, {}, LuuTru},
    {DuThao, A::Rut, {R::ThuTruongDonVi}, {"don_vi", "ly_do"}, DaRut},
    {DaHopXet, A::Rut, {R::ThuTruongDonVi}, {"don_vi", "ly_do"}, DaRut},
    {DaTrinh, A::Rut, {R::ThuTruongDonVi}, {"don_vi", "ly_do"}, DaRut},
    {DaTiepNhan, A::Rut, {R::ThuTruongDonVi}, {"don_vi", "ly_do"}, DaRut},
    {DangThamDinh, A::Rut, {R::ThuTruongDonVi}, {"don_vi", "ly_do"}, DaRut},
    {TraLai, A::Rut, {R::ThuTruongDonVi}, {"don_vi", "ly_do"}, DaRut},
    {DaThamDinh, A::Rut, {R::ThuTruongDonVi}, {"don_vi", "ly_do"}, DaRut},
    {DaBieuQuyet, A::Rut, {R::ThuTruongDonVi}, {"don_vi", "ly_do"}, DaRut},
};
// ────────────────────────────────────────────────────────────────────────────────────────────────────

const std::map<Action, std::string> kHelp = {
    {A::GhiBienBan, "sau khi đã ghi biểu quyết từng người, từng tập thể (tdkt dossier meeting)"},
    {A::Trinh, "hồ sơ phải đủ thành phần và lập từ dữ liệu hiện tại"},
    {A::TiepNhan, ""},
    {A::BatDauThamDinh, ""},
    {A::TraLai, "cần --reason"},
    {A::TrinhLai, "phải có văn bản lập lại hoặc đính kèm sau lần trả lại"},
    {A::HoanThanhThamDinh, "mọi đề nghị đã có kết luận đủ / không đủ điều kiện"},
    {A::BieuQuyet, "mọi đề nghị đủ điều kiện đã được bỏ phiếu"},
    {A::QuyetDinh, "thường dùng tdkt decision issue cho cả đợt"},
    {A::LuuTru, ""},
    {A::Rut, "trước khi có quyết định; cần --reason"},
};

const std::map<std::string, std::string> kGuards = {
    {"vai_tro", "người thực hiện có đúng vai trò và đã được đăng ký (tdkt user add)"},
    {"don_vi", "cán bộ, thủ trưởng đơn vị chỉ thao tác trên hồ sơ của đơn vị mình"},
    {"ly_do", "phải ghi lý do (--reason)"},
    {"bien_ban", "đã ghi cuộc họp xét của đơn vị và biểu quyết cho từng đề nghị"},
    {"co_de_nghi", "còn ít nhất một đề nghị được cuộc họp thống nhất"},
    {"ho_so", "đủ thành phần hồ sơ theo kế hoạch, văn bản lập từ dữ liệu hiện tại"},
    {"han_nop",
     "trong thời hạn nộp hồ sơ của kế hoạch (quá hạn: từ chối hoặc ghi nhận nộp muộn, tùy kế hoạch)"},
    {"bo_sung", "đã bổ sung (lập lại hoặc đính kèm văn bản) sau lần trả lại"},
    {"tham_dinh_xong", "mọi đề nghị đã có kết luận thẩm định, không còn tiêu chí chờ xác nhận"},
    {"so_luong_bao", "số lượng đề nghị trong chỉ tiêu (vượt thì cảnh báo, kèm thứ tự xếp hạng)"},
    {"han_tham_dinh", "trong thời hạn thẩm định (quá hạn thì ghi nhận)"},
    {"bieu_quyet_xong", "Hội đồng đã bỏ phiếu cho mọi đề nghị đủ điều kiện"},
    {"so_luong", "số người, tập thể được khen không vượt chỉ tiêu"},
    {"hieu_luc", "hình thức khen thưởng còn hiệu lực và có thẩm quyền vào ngày quyết định"},
};

std::string join(const std::vector<std::string>& v, const std::string& sep) {
  std::string s;
  for (auto& x : v) s += (s.empty() ? "" : sep) + x;
  return s;
}

std::string deadline_message(const DeadlineCheck& d, const char* what) {
  std::string m = std::string(what) + " quá hạn " + std::to_string(d.days_late) + " ngày (hạn chót " +
                  (d.due ? d.due->dmy() : std::string("?")) + ")";
  if (!d.text.empty()) m += ": " + d.text;
  return m;
}

GuardResult check(const std::string& g, const Facts& f) {
  GuardResult r{g, true, false, ""};
  auto fail = [&](std::string m) {
    r.ok = false;
    r.message = std::move(m);
  };
  if (g == "don_vi") {
    if (domain::is_unit_role(f.role) && f.actor_unit != f.dossier_unit)
      fail("người thực hiện thuộc đơn vị «" +
           (f.actor_unit.empty() ? std::string("(chưa gán)") : f.actor_unit) + "», hồ sơ là của đơn vị «" +
           f.dossier_unit + "»");
  } else if (g == "ly_do") {
    if (f.reason.empty()) fail("chưa ghi lý do (--reason \"…\")");
  } else if (g == "bien_ban") {
    if (!f.meeting)
      fail("chưa ghi cuộc họp xét của đơn vị (tdkt dossier meeting)");
    else if (f.unvoted > 0)
      fail("còn " + std::to_string(f.unvoted) + " đề nghị chưa có kết quả biểu quyết của cuộc họp");
  } else if (g == "co_de_nghi") {
    if (f.nominations == 0)
      fail("hồ sơ chưa có đề nghị nào");
    else if (f.meeting && f.kept == 0)
      fail("cuộc họp không thống nhất đề nghị nào: không có gì để trình");
  } else if (g == "ho_so") {
    std::vector<std::string> parts;
    if (!f.missing_documents.empty()) parts.push_back("thiếu " + join(f.missing_documents, "; "));
    if (!f.stale_documents.empty())
      parts.push_back("lập từ dữ liệu cũ, cần lập lại (tdkt dossier generate): " +
                      join(f.stale_documents, "; "));
    if (!parts.empty()) fail("hồ sơ chưa đủ: " + join(parts, "; "));
  } else if (g == "han_nop" || g == "han_tham_dinh") {
    const auto& d = g == "han_nop" ? f.submit_deadline : f.appraisal_deadline;
    if (d && d->late) {
      std::string m = deadline_message(*d, g == "han_nop" ? "nộp hồ sơ" : "thẩm định");
      if (d->refuse && g == "han_nop")
        fail(m + " — kế hoạch không nhận hồ sơ nộp muộn");
      else {
        r.warning = true;
        r.message = m + " — ghi nhận nộp muộn";
      }
    }
  } else if (g == "bo_sung") {
    if (!f.changed_since_return)
      fail("chưa bổ sung gì sau lần trả lại (lập lại hoặc đính kèm văn bản rồi trình lại)");
  } else if (g == "tham_dinh_xong") {
    std::vector<std::string> parts;
    if (f.unassessed > 0)
      parts.push_back(std::to_string(f.unassessed) + " đề nghị chưa thẩm định (tdkt dossier appraise)");
    if (f.to_confirm > 0)
      parts.push_back(std::to_string(f.to_confirm) +
                      " đề nghị còn tiêu chí chờ xác nhận thủ công (tdkt nomination confirm)");
    if (!parts.empty()) fail(join(parts, "; "));
  } else if (g == "so_luong_bao" || g == "so_luong") {
    if (!f.quota_overflows.empty()) {
      std::string m = "vượt chỉ tiêu: " + join(f.quota_overflows, "; ");
      if (g == "so_luong")
        fail(m);
      else {
        r.warning = true;
        r.message = m;
      }
    }
  } else if (g == "bieu_quyet_xong") {
    if (f.without_council_vote > 0)
      fail(std::to_string(f.without_council_vote) +
           " đề nghị đủ điều kiện chưa được Hội đồng bỏ phiếu (tdkt council vote)");
  } else if (g == "hieu_luc") {
    if (!f.award_not_in_force.empty()) fail(join(f.award_not_in_force, "; "));
  } else {
    fail("điều kiện không rõ: " + g);
  }
  return r;
}

}  // namespace

const std::vector<Transition>& table() {
  return kTable;
}
std::string guard_description(const std::string& g) {
  auto it = kGuards.find(g);
  return it == kGuards.end() ? "" : it->second;
}
const std::vector<std::string>& all_guards() {
  static const std::vector<std::string> v = [] {
    std::vector<std::string> x;
    for (auto& [k, _] : kGuards) x.push_back(k);
    return x;
  }();
  return v;
}
const std::string& action_help(Action a) {
  static const std::string none;
  auto it = kHelp.find(a);
  return it == kHelp.end() ? none : it->second;
}

std::vector<Action> actions_from(State s) {
  std::vector<Action> out;
  for (auto& t : kTable)
    if (t.from == s && std::find(out.begin(), out.end(), t.action) == out.end()) out.push_back(t.action);
  return out;
}

std::string roles_for(State s, Action a) {
  std::string roles;
  for (auto& row : kTable)
    if (row.from == s && row.action == a)
      for (auto r : row.roles) roles += (roles.empty() ? "" : ", ") + domain::code(r);
  return roles;
}

std::string Verdict::refusal() const {
  std::string s;
  for (auto& r : results)
    if (!r.ok) s += "- [" + r.name + "] " + r.message + "\n";
  return s;
}

std::string Verdict::warnings() const {
  std::string s;
  for (auto& r : results)
    if (r.warning) s += "Lưu ý [" + r.name + "]: " + r.message + "\n";
  return s;
}

namespace {
GuardResult role_guard(const Transition& row, const Facts& f) {
  GuardResult role{"vai_tro", true, false, ""};
  if (std::find(row.roles.begin(), row.roles.end(), f.role) == row.roles.end()) {
    std::vector<std::string> names;
    for (auto r : row.roles) names.push_back(domain::code(r) + " (" + domain::label(r) + ")");
    role.ok = false;
    role.message = "vai trò «" + domain::code(f.role) + "» không được «" + domain::label(row.action) +
                   "»; chỉ: " + join(names, ", ");
  } else if (!f.actor_registered) {
    role.ok = false;
    role.message =
        "người thực hiện chưa được đăng ký với vai trò «" + domain::code(f.role) + "» (tdkt user add)";
  }
  return role;
}
}  // namespace

Verdict decide(const Facts& f, Action act) {
  Verdict v;
  const Transition* row = nullptr;
  for (auto& t : kTable)
    if (t.from == f.state && t.action == act) row = &t;
  if (!row) {
    std::vector<std::string> possible;
    for (auto a : actions_from(f.state)) possible.push_back(domain::code(a));
    v.results.push_back({"trang_thai", false, false,
                         "hồ sơ đang ở trạng thái «" + domain::label(f.state) + "», không thể «" +
                             domain::label(act) + "»" +
                             (possible.empty() ? std::string(" (không còn thao tác nào)")
                                               : "; các thao tác có thể: " + join(possible, ", "))});
    return v;
  }
  v.results.push_back(role_guard(*row, f));
  for (auto& g : row->guards) v.results.push_back(check(g, f));
  std::stable_partition(v.results.begin(), v.results.end(), [](const GuardResult& r) { return !r.ok; });
  v.allowed = std::all_of(v.results.begin(), v.results.end(), [](const GuardResult& r) { return r.ok; });
  if (v.allowed) v.to = row->to;
  return v;
}

std::string diagram_text() {
  std::string s =
      "Quy trình hồ sơ đề nghị khen thưởng (trạng thái —thao tác [vai trò] {điều kiện}→ trạng thái mới)\n\n";
  for (auto& t : kTable) {
    std::vector<std::string> roles;
    for (auto r : t.roles) roles.push_back(domain::code(r));
    s += domain::code(t.from) + " —" + domain::code(t.action) + " [" + join(roles, ", ") + "]" +
         (t.guards.empty() ? "" : " {" + join(t.guards, ", ") + "}") + "→ " + domain::code(t.to) + "\n";
  }
  s += "\nTrạng thái:\n";
  for (auto x : domain::kDossierStates.all()) s += "  " + domain::code(x) + ": " + domain::label(x) + "\n";
  s += "\nVai trò:\n";
  for (auto x : domain::kRoles.all()) s += "  " + domain::code(x) + ": " + domain::label(x) + "\n";
  s += "\nĐiều kiện:\n";
  for (auto& [k, d] : kGuards) s += "  " + k + ": " + d + "\n";
  return s;
}

std::string diagram_dot() {
  std::string s = "digraph quy_trinh {\n  rankdir=LR;\n  node [shape=box, fontname=\"Times New Roman\"];\n";
  for (auto x : domain::kDossierStates.all())
    s += "  " + domain::code(x) + " [label=\"" + domain::label(x) + "\"];\n";
  for (auto& t : kTable) {
    std::vector<std::string> roles;
    for (auto r : t.roles) roles.push_back(domain::code(r));
    s += "  " + domain::code(t.from) + " -> " + domain::code(t.to) + " [label=\"" + domain::code(t.action) +
         "\\n" + join(roles, ", ") + "\"];\n";
  }
  return s + "}\n";
}

}  // namespace tdkt::workflow
