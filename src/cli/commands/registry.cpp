// tdkt init, movement, data, unit, person, legal, audit, config, check, user, workflow.
#include "cli/command.hpp"

namespace tdkt::cli {

namespace {
Reply legal_money(const Parsed& p, app::Workspace& w) {
  auto d = date_or_today(p, w);
  if (!d) return Usage{"ngày «" + p.get("date") + "» không hợp lệ; viết YYYY-MM-DD"};
  std::string subj = p.get("subject", "ca_nhan");
  if (subj != "ca_nhan" && subj != "tap_the" && subj != "ho_gia_dinh")
    return Usage{"--subject phải là ca_nhan, tap_the hoặc ho_gia_dinh"};
  return app::legal_money(w, {p.args[0], subj, *d});
}
}  // namespace

namespace {
// init and the movements.
std::vector<Command> movements() {
  return {
      {{"init"},
       "tdkt init",
       "Tạo kho dữ liệu (nếu chưa có) và cập nhật lược đồ",
       "init",
       {},
       0,
       0,
       [](const Parsed&, app::Workspace& w) -> Reply { return app::init_workspace(w, {}); }},
      {{"movement", "validate"},
       "tdkt movement validate TỆP…",
       "Kiểm tra tệp định nghĩa phong trào (không ghi gì)",
       "movement",
       {},
       1,
       -1,
       [](const Parsed& p, app::Workspace& w) -> Reply { return app::movement_validate(w, {p.args}); },
       "cần ít nhất một tệp"},
      {{"movement", "import"},
       "tdkt movement import TỆP…",
       "Kiểm tra rồi nhập phong trào vào kho (lỗi một tệp thì không nhập tệp nào)",
       "movement",
       {},
       1,
       -1,
       [](const Parsed& p, app::Workspace& w) -> Reply { return app::movement_import(w, {p.args}); },
       "cần ít nhất một tệp"},
      {{"movement", "list"},
       "tdkt movement list",
       "Liệt kê các phong trào trong kho",
       "movement",
       {},
       0,
       0,
       [](const Parsed&, app::Workspace& w) -> Reply { return app::movement_list(w, {}); }},
      {{"movement", "show"},
       "tdkt movement show MÃ",
       "Xem chi tiết một phong trào",
       "movement",
       {},
       1,
       1,
       [](const Parsed& p, app::Workspace& w) -> Reply { return app::movement_show(w, {p.args[0]}); }},
      {{"movement", "status"},
       "tdkt movement status MÃ [--round ĐỢT]",
       "Tình hình đợt: hồ sơ theo trạng thái và đơn vị, đề nghị theo kết quả, nộp muộn, quyết định",
       "movement",
       {{"round"}},
       1,
       1,
       [](const Parsed& p, app::Workspace& w) -> Reply {
         return app::movement_status(w, {p.args[0], p.get("round")});
       }},
      {{"movement", "date"},
       "tdkt movement date MÃ KHÓA NGÀY --round ĐỢT",
       "Ghi ngày của đợt: hạn do cơ quan thông báo, hoặc sự kiện mở thời hạn",
       "movement",
       {{"round"}},
       3,
       3,
       [](const Parsed& p, app::Workspace& w) -> Reply {
         if (!p.has("round")) return Usage{"cần --round ĐỢT"};
         return app::movement_date(w, {p.args[0], p.get("round"), p.args[1], p.args[2]});
       }},
      {{"movement", "issued"},
       "tdkt movement issued MÃ --number SỐ --date NGÀY",
       "Ghi số và ngày văn thư cấp cho Kế hoạch đã ban hành (các văn bản của đợt trích dẫn theo đó)",
       "movement",
       {{"number"}, {"date"}},
       1,
       1,
       [](const Parsed& p, app::Workspace& w) -> Reply {
         if (!p.has("number") || !p.has("date")) return Usage{"cần --number SỐ và --date NGÀY"};
         return app::movement_issued(w, {p.args[0], p.get("number"), p.get("date")});
       }},
  };
}

// Units, people, the legal data, the audit chain and settings.
std::vector<Command> data_and_legal() {
  return {
      {{"data", "import"},
       "tdkt data import TỆP",
       "Nhập đơn vị, cá nhân, chỉ số, xếp loại, khen thưởng đã có, kỷ luật, sáng kiến",
       "data",
       {},
       1,
       1,
       [](const Parsed& p, app::Workspace& w) -> Reply { return app::data_import(w, {p.args[0]}); }},
      {{"unit", "list"},
       "tdkt unit list",
       "Cây đơn vị",
       "unit",
       {},
       0,
       0,
       [](const Parsed&, app::Workspace& w) -> Reply { return app::unit_list(w, {}); }},
      {{"person", "list"},
       "tdkt person list [--unit MÃ]",
       "Danh sách cá nhân, xếp theo tên, đệm, họ",
       "person",
       {{"unit"}},
       0,
       0,
       [](const Parsed& p, app::Workspace& w) -> Reply { return app::person_list(w, {p.get("unit")}); }},
      {{"legal", "show"},
       "tdkt legal show [--date NGÀY]",
       "Văn bản có hiệu lực và mức lương cơ sở vào một ngày",
       "legal",
       {{"date"}},
       0,
       0,
       [](const Parsed& p, app::Workspace& w) -> Reply {
         auto d = date_or_today(p, w);
         if (!d) return Usage{"ngày «" + p.get("date") + "» không hợp lệ; viết YYYY-MM-DD"};
         return app::legal_show(w, {*d});
       }},
      {{"legal", "money"},
       "tdkt legal money HÌNH_THỨC [--subject ca_nhan|tap_the] [--date NGÀY]",
       "Tiền thưởng = hệ số × lương cơ sở, làm tròn lên hàng chục nghìn",
       "legal",
       {{"subject"}, {"date"}},
       1,
       1,
       legal_money},
      {{"audit", "verify"},
       "tdkt audit verify [--against TỆP …] [--key TỆP_KHÓA]",
       "Kiểm tra nhật ký không bị sửa, xóa; đối chiếu mốc, bộ hồ sơ, PDF đã lập (phát hiện xóa dòng cuối, "
       "tính lại chuỗi)",
       "audit",
       {{"against", Option::List}, {"key"}},
       0,
       0,
       [](const Parsed& p, app::Workspace& w) -> Reply {
         return app::audit_verify(w, {p.all("against"), p.get("key")});
       }},
      {{"audit", "checkpoint"},
       "tdkt audit checkpoint --key TỆP_KHÓA -o MỐC.json",
       "Ghi mốc nhật ký có ngày, ký HMAC bằng khóa để ngoài kho (tạo khóa nếu chưa có)",
       "audit",
       {{"key"}, {"o"}},
       0,
       0,
       [](const Parsed& p, app::Workspace& w) -> Reply {
         if (!p.has("key") || !p.has("o")) return Usage{"cần --key TỆP_KHÓA và -o MỐC.json"};
         return app::audit_checkpoint(w, {p.get("key"), p.get("o")});
       }},
      {{"config", "list"},
       "tdkt config list",
       "Các thiết lập của kho, giá trị hiện tại và mặc định",
       "config",
       {},
       0,
       0,
       [](const Parsed&, app::Workspace& w) -> Reply { return app::config_list(w, {}); }},
  };
}

// Settings, the integrity check, users, the workflow.
std::vector<Command> workspace_and_users() {
  return {
      {{"config", "set"},
       "tdkt config set KHÓA GIÁ_TRỊ",
       "Đặt một thiết lập của kho",
       "config",
       {},
       2,
       2,
       [](const Parsed& p, app::Workspace& w) -> Reply {
         return app::config_set(w, {p.args[0], p.args[1]});
       }},
      {{"check"},
       "tdkt check",
       "Kiểm tra toàn vẹn kho dữ liệu (SQLite, nhật ký, mọi văn bản đã lập so với mã băm đã ghi)",
       "check",
       {},
       0,
       0,
       [](const Parsed&, app::Workspace& w) -> Reply { return app::workspace_check(w, {}); }},
      {{"user", "add"},
       "tdkt user add HỌ_TÊN --role VAI_TRÒ [--unit MÃ] [--title CHỨC_DANH]",
       "Đăng ký người dùng với vai trò trong quy trình",
       "user",
       {{"role"}, {"unit"}, {"title"}},
       1,
       1,
       [](const Parsed& p, app::Workspace& w) -> Reply {
         if (!p.has("role")) return Usage{"cần --role"};
         return app::user_add(w, {p.args[0], p.get("role"), p.get("unit"), p.get("title")});
       }},
      {{"user", "list"},
       "tdkt user list",
       "Người dùng và vai trò",
       "user",
       {},
       0,
       0,
       [](const Parsed&, app::Workspace& w) -> Reply { return app::user_list(w, {}); }},
      {{"workflow", "diagram"},
       "tdkt workflow diagram [--format dot]",
       "Bảng quy trình: trạng thái, thao tác, vai trò, điều kiện",
       "workflow",
       {{"format"}},
       0,
       0,
       [](const Parsed& p, app::Workspace& w) -> Reply {
         return app::workflow_diagram(w, {p.get("format") == "dot"});
       }},
  };
}

}  // namespace

std::vector<Command> registry_commands() {
  std::vector<Command> v;
  for (auto& c : movements()) v.push_back(std::move(c));
  for (auto& c : data_and_legal()) v.push_back(std::move(c));
  for (auto& c : workspace_and_users()) v.push_back(std::move(c));
  return v;
}

}  // namespace tdkt::cli
