// tdkt council, decision: the award council's members, report, votes and minutes; the Chủ tịch's decision.
#include "cli/command.hpp"

namespace tdkt::cli {

namespace {
Reply vote(const Parsed& p, app::Workspace& w) {
  if (!p.has("movement") || !p.has("round") || !p.has("date"))
    return Usage{"cần --movement, --round và --date"};
  app::MeetingInput m;
  m.date = p.get("date");
  m.place = p.get("place");
  m.absences = absences(p);
  std::string bad;
  auto v = votes(p, bad);
  if (!v) return Usage{"--vote «" + bad + "» phải có dạng SỐ_ĐỀ_NGHỊ:SỐ_PHIẾU_ĐỒNG_Ý"};
  if (v->empty()) return Usage{"cần ít nhất một --vote SỐ_ĐỀ_NGHỊ:SỐ_PHIẾU"};
  m.votes = *v;
  return app::council_vote(w, {p.get("movement"), p.get("round"), m});
}
}  // namespace

std::vector<Command> council_commands() {
  return {
      {{"council", "member", "add"},
       "tdkt council member add HỌ_TÊN --movement MÃ [--position CHỨC_VỤ] [--role "
       "chu_tich|pho_chu_tich|uy_vien|thu_ky]",
       "Thêm thành viên Hội đồng TĐKT của phong trào",
       "council",
       {{"movement"}, {"position"}, {"role"}},
       1,
       1,
       [](const Parsed& p, app::Workspace& w) -> Reply {
         if (!p.has("movement")) return Usage{"cần --movement MÃ"};
         return app::council_member_add(
             w, {p.get("movement"), p.args[0], p.get("position"), p.get("role", "uy_vien")});
       }},
      {{"council", "report"},
       "tdkt council report --movement MÃ --round ĐỢT --office MÃ_CƠ_QUAN [--signer HỌ_TÊN] [--title "
       "CHỨC_VỤ]",
       "Báo cáo thẩm định gửi Hội đồng (DOCX, PDF), số trong sổ của cơ quan thẩm định",
       "council",
       {{"movement"}, {"round"}, {"office"}, {"signer"}, {"title"}},
       0,
       0,
       [](const Parsed& p, app::Workspace& w) -> Reply {
         if (!p.has("movement") || !p.has("round") || !p.has("office"))
           return Usage{"cần --movement, --round và --office MÃ_CƠ_QUAN_THẨM_ĐỊNH"};
         return app::council_report(
             w, {p.get("movement"), p.get("round"), p.get("office"), p.get("signer"), p.get("title")});
       }},
      {{"council", "vote"},
       "tdkt council vote --movement MÃ --round ĐỢT --date NGÀY --vote SỐ_ĐỀ_NGHỊ:PHIẾU_ĐỒNG_Ý … [--place "
       "NƠI_HỌP] "
       "[--absent \"Họ tên=ý kiến\"]",
       "Kết quả bỏ phiếu của Hội đồng (tỷ lệ trên tổng số thành viên)",
       "council",
       {{"movement"}, {"round"}, {"date"}, {"vote", Option::List}, {"place"}, {"absent", Option::List}},
       0,
       0,
       vote},
      {{"council", "minutes"},
       "tdkt council minutes --movement MÃ --round ĐỢT",
       "Biên bản họp Hội đồng của lần họp gần nhất (DOCX, PDF), có số",
       "council",
       {{"movement"}, {"round"}},
       0,
       0,
       [](const Parsed& p, app::Workspace& w) -> Reply {
         if (!p.has("movement") || !p.has("round")) return Usage{"cần --movement và --round"};
         return app::council_minutes(w, {p.get("movement"), p.get("round")});
       }},
      {{"decision", "issue"},
       "tdkt decision issue --movement MÃ --round ĐỢT [--dossier SỐ …]",
       "Quyết định khen thưởng: cấp số, tiền thưởng, lập văn bản, ghi lịch sử khen thưởng",
       "decision",
       {{"movement"}, {"round"}, {"dossier", Option::List}},
       0,
       0,
       [](const Parsed& p, app::Workspace& w) -> Reply {
         if (!p.has("movement") || !p.has("round"))
           return Usage{"cách dùng: tdkt decision issue --movement MÃ --round ĐỢT [--dossier SỐ …]"};
         auto d = ids(p.all("dossier"));
         if (!d) return Usage{"--dossier cần số hồ sơ"};
         return app::decision_issue(w, {p.get("movement"), p.get("round"), *d});
       }},
  };
}

}  // namespace tdkt::cli
