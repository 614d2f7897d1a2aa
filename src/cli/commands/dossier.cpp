// tdkt dossier, nomination confirm, eligibility: a unit's dossier through the workflow.
#include "cli/command.hpp"

namespace tdkt::cli {

namespace {
// The dossier's number, the first word after the command.
std::optional<int64_t> dossier_id(const Parsed& p) {
  return p.args.empty() ? std::nullopt : parse_id(p.args[0]);
}
const Usage kNeedDossier{"cần số hồ sơ, ví dụ: tdkt dossier show 3"};

Reply meeting(const Parsed& p, app::Workspace& w) {
  auto id = dossier_id(p);
  if (!id) return kNeedDossier;
  app::MeetingInput m;
  m.date = p.get("date");
  auto members = parse_id(p.get("members")), present = parse_id(p.get("present"));
  if (m.date.empty() || !members || !present)
    return Usage{"cần --date NGÀY --members TỔNG_SỐ --present CÓ_MẶT và --vote SỐ:PHIẾU cho từng đề nghị"};
  m.members = static_cast<int>(*members);
  m.present = static_cast<int>(*present);
  m.chair = p.get("chair");
  m.secretary = p.get("secretary");
  m.place = p.get("place");
  m.number = p.get("number");
  m.starts = p.get("from");
  m.ends = p.get("to");
  m.absences = absences(p);
  std::string bad;
  auto v = votes(p, bad);
  if (!v) return Usage{"--vote «" + bad + "» phải có dạng SỐ_ĐỀ_NGHỊ:SỐ_PHIẾU_ĐỒNG_Ý"};
  m.votes = *v;
  return app::dossier_meeting(w, {*id, m});
}

Reply attach(const Parsed& p, app::Workspace& w) {
  auto id = dossier_id(p);
  if (!id) return kNeedDossier;
  if (p.has("folder") && !p.has("nomination") && p.args.size() == 1)
    return app::dossier_attach_folder(w, {*id, p.get("folder")});
  auto n = parse_id(p.get("nomination"));
  if (!n || p.args.size() != 2)
    return Usage{
        "cách dùng: tdkt dossier attach SỐ_HỒ_SƠ --nomination SỐ_ĐỀ_NGHỊ TỆP | tdkt dossier attach "
        "SỐ_HỒ_SƠ --folder THƯ_MỤC"};
  return app::dossier_attach(w, {*id, *n, p.args[1]});
}

Reply act(const Parsed& p, app::Workspace& w) {
  auto id = dossier_id(p);
  if (!id) return kNeedDossier;
  std::optional<int64_t> version;
  if (p.has("expect-version")) {
    version = parse_id(p.get("expect-version"));
    if (!version) return Usage{"--expect-version cần một số"};
  }
  return app::dossier_act(w, {*id, p.args[1], p.get("reason"), version});
}

Reply confirm(const Parsed& p, app::Workspace& w) {
  bool by_dossier = p.has("dossier") && p.args.empty() && parse_id(p.get("dossier"));
  std::string result = p.get("result");
  if (!(by_dossier || (p.args.size() == 1 && parse_id(p.args[0]))) || !p.has("criterion") ||
      !domain::parse<domain::Confirmation>(result))
    return Usage{
        "cách dùng: tdkt nomination confirm (SỐ_ĐỀ_NGHỊ | --dossier SỐ_HỒ_SƠ) --criterion MÃ --result "
        "dat|khong_dat [--note GHI_CHÚ]"};
  app::NominationConfirm r;
  if (by_dossier)
    r.dossier = parse_id(p.get("dossier"));
  else
    r.nomination = parse_id(p.args[0]);
  r.criterion = p.get("criterion");
  r.met = domain::parse<domain::Confirmation>(result) == domain::Confirmation::Met;
  r.note = p.get("note");
  return app::nomination_confirm(w, r);
}

Reply eligibility(const Parsed& p, app::Workspace& w) {
  if (!p.has("round") || !p.has("award"))
    return Usage{
        "cách dùng: tdkt eligibility MÃ_PHONG_TRÀO --round ĐỢT --award HÌNH_THỨC [--subject "
        "agency:MÃ|person:MÃ]"};
  return app::eligibility(w, {p.args[0], p.get("round"), p.get("award"), p.get("subject")});
}
}  // namespace

namespace {
// The unit's meeting: its vote on each nomination, the Biên bản's number and hours.
Command meeting_command() {
  return {{"dossier", "meeting"},
          "tdkt dossier meeting SỐ --date NGÀY --members TỔNG --present CÓ_MẶT --vote SỐ_ĐỀ_NGHỊ:PHIẾU … "
          "[--chair HỌ_TÊN] "
          "[--secretary HỌ_TÊN] [--place NƠI_HỌP] [--absent \"Họ tên=ý kiến\"] [--number SỐ_BIÊN_BẢN] "
          "[--from GIỜ:PHÚT] [--to GIỜ:PHÚT]",
          "Ghi cuộc họp xét của đơn vị (số biên bản, giờ họp) và biểu quyết từng đề nghị",
          "dossier",
          {{"date"},
           {"members"},
           {"present"},
           {"vote", Option::List},
           {"chair"},
           {"secretary"},
           {"place"},
           {"absent", Option::List},
           {"number"},
           {"from"},
           {"to"}},
          1,
          1,
          meeting};
}

// Creating a dossier and filling it: nominations, the meeting, its documents.
std::vector<Command> drafting() {
  return {
      {{"dossier", "create"},
       "tdkt dossier create --movement MÃ --unit MÃ_ĐƠN_VỊ --round ĐỢT",
       "Tạo hồ sơ đề nghị của một đơn vị trong một đợt",
       "dossier",
       {{"movement"}, {"unit"}, {"round"}},
       0,
       0,
       [](const Parsed& p, app::Workspace& w) -> Reply {
         if (!p.has("movement") || !p.has("unit") || !p.has("round"))
           return Usage{"cần --movement, --unit và --round"};
         return app::dossier_create(w, {p.get("movement"), p.get("unit"), p.get("round")});
       }},
      {{"dossier", "list"},
       "tdkt dossier list [--movement MÃ] [--round ĐỢT]",
       "Các hồ sơ và trạng thái",
       "dossier",
       {{"movement"}, {"round"}},
       0,
       0,
       [](const Parsed& p, app::Workspace& w) -> Reply {
         return app::dossier_list(w, {p.get("movement"), p.get("round")});
       }},
      {{"dossier", "show"},
       "tdkt dossier show SỐ",
       "Hồ sơ: trạng thái, đề nghị, văn bản, còn thiếu gì, thao tác tiếp theo",
       "dossier",
       {},
       1,
       1,
       [](const Parsed& p, app::Workspace& w) -> Reply {
         auto id = dossier_id(p);
         if (!id) return kNeedDossier;
         return app::dossier_show(w, {*id});
       }},
      {{"dossier", "nominate"},
       "tdkt dossier nominate SỐ --award HÌNH_THỨC --subject agency:MÃ|person:MÃ [--summary TÓM_TẮT]",
       "Thêm một đề nghị vào hồ sơ",
       "dossier",
       {{"award"}, {"subject"}, {"summary"}},
       1,
       1,
       [](const Parsed& p, app::Workspace& w) -> Reply {
         auto id = dossier_id(p);
         if (!id) return kNeedDossier;
         if (!p.has("award") || !p.has("subject"))
           return Usage{"cần --award HÌNH_THỨC và --subject agency:MÃ|person:MÃ"};
         return app::dossier_nominate(w, {*id, p.get("award"), p.get("subject"), p.get("summary")});
       }},
      meeting_command(),
      {{"dossier", "generate"},
       "tdkt dossier generate SỐ",
       "Lập Biên bản / Trích biên bản và Tờ trình dự thảo (DOCX, PDF) từ dữ liệu của hồ sơ",
       "dossier",
       {},
       1,
       1,
       [](const Parsed& p, app::Workspace& w) -> Reply {
         auto id = dossier_id(p);
         if (!id) return kNeedDossier;
         return app::dossier_generate(w, {*id});
       }},
  };
}

// Attachments, the workflow's actions, the appraisal and its confirmations, who is eligible.
std::vector<Command> progressing() {
  const std::vector<Option> eligibility_opts = {{"round"}, {"award"}, {"subject"}};
  return {
      {{"dossier", "attach"},
       "tdkt dossier attach SỐ (--nomination SỐ_ĐỀ_NGHỊ TỆP | --folder THƯ_MỤC)",
       "Đính kèm Báo cáo thành tích: một tệp, hoặc cả thư mục nhận theo mã, họ tên trong tên tệp",
       "dossier",
       {{"nomination"}, {"folder"}},
       1,
       2,
       attach},
      {{"dossier", "act"},
       "tdkt dossier act SỐ THAO_TÁC [--reason LÝ_DO] [--expect-version N]",
       "Một thao tác của quy trình (trinh, tiep_nhan, tra_lai, …) theo điều kiện của bảng quy trình",
       "dossier",
       {{"reason"}, {"expect-version"}},
       2,
       2,
       act},
      {{"dossier", "appraise"},
       "tdkt dossier appraise SỐ [SỐ …]",
       "Thẩm định từng tiêu chí, kèm số liệu; nhiều hồ sơ cùng đợt trong một giao dịch",
       "dossier",
       {},
       1,
       -1,
       [](const Parsed& p, app::Workspace& w) -> Reply {
         if (!dossier_id(p)) return kNeedDossier;
         for (auto& a : p.args)
           if (!parse_id(a)) return Usage{"số hồ sơ «" + a + "» không hợp lệ"};
         return app::dossier_appraise(w, {*ids(p.args)});
       }},
      {{"nomination", "confirm"},
       "tdkt nomination confirm (SỐ_ĐỀ_NGHỊ | --dossier SỐ_HỒ_SƠ) --criterion MÃ --result dat|khong_dat "
       "[--note "
       "GHI_CHÚ]",
       "Xác nhận tiêu chí phải kiểm tra thủ công, cho một đề nghị hoặc mọi đề nghị của hồ sơ",
       "nomination",
       {{"dossier"}, {"criterion"}, {"result"}, {"note"}},
       0,
       1,
       confirm},
      {{"eligibility"},
       "tdkt eligibility MÃ_PHONG_TRÀO --round ĐỢT --award HÌNH_THỨC [--subject agency:MÃ|person:MÃ]",
       "Ai đạt tiêu chí của một hình thức (giải thích từng tiêu chí với số liệu đã dùng)",
       "eligibility",
       eligibility_opts,
       1,
       1,
       eligibility},
      {{"check", "eligibility"},
       "tdkt check eligibility MÃ_PHONG_TRÀO --round ĐỢT --award HÌNH_THỨC [--subject …]",
       "Như tdkt eligibility",
       "eligibility",
       eligibility_opts,
       1,
       1,
       eligibility},
  };
}
}  // namespace

std::vector<Command> dossier_commands() {
  std::vector<Command> v = drafting();
  for (auto& c : progressing()) v.push_back(std::move(c));
  return v;
}

}  // namespace tdkt::cli
