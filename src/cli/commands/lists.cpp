// tdkt import, export, packet: lists from and to Excel, and the packets a level sends up.
#include "cli/command.hpp"

namespace tdkt::cli {

namespace {
// --dossier SỐ: a usage error when it is given but is not a number; 0 when not given.
std::optional<int64_t> dossier_opt(const Parsed& p) {
  if (!p.has("dossier")) return 0;
  return parse_id(p.get("dossier"));
}

Command import_list(const std::string& kind, const std::string& what) {
  return {{"import", kind},
          "tdkt import " + kind + " TỆP.xlsx|TỆP.csv" + (kind == "nominations" ? " --dossier SỐ" : "") +
              " [--sheet TRANG] [--good-rows-only] [--mark TỆP.xlsx]",
          what,
          "import",
          {{"dossier"}, {"sheet"}, {"good-rows-only", Option::Flag}, {"mark"}},
          1,
          1,
          [kind](const Parsed& p, app::Workspace& w) -> Reply {
            auto d = dossier_opt(p);
            if (!d) return Usage{"--dossier cần số hồ sơ"};
            return app::import_table(
                w, {kind, p.args[0], p.get("sheet"), p.get("mark"), *d, p.has("good-rows-only")});
          }};
}
}  // namespace

std::vector<Command> list_commands() {
  return {
      import_list("nominations", "Nhập danh sách đề nghị của đơn vị vào hồ sơ, kiểm tra từng dòng"),
      import_list("people", "Nhập cá nhân từ Excel/CSV, kiểm tra từng dòng"),
      import_list("units", "Nhập đơn vị từ Excel/CSV, kiểm tra từng dòng"),
      {{"import", "template"},
       "tdkt import template nominations|people|units [--dossier SỐ] -o TỆP.xlsx",
       "Mẫu Excel để đơn vị điền: cột, dòng ví dụ, trang hướng dẫn",
       "import",
       {{"dossier"}, {"o"}},
       1,
       1,
       [](const Parsed& p, app::Workspace& w) -> Reply {
         auto d = dossier_opt(p);
         if (!d) return Usage{"--dossier cần số hồ sơ"};
         if (!p.has("o")) return Usage{"cần -o TỆP.xlsx"};
         return app::import_template(w, {p.args[0], p.get("o"), *d});
       }},
      {{"export", "workbook"},
       "tdkt export workbook (--movement MÃ --round ĐỢT | --dossier SỐ) -o TỆP.xlsx [--sort "
       "don_vi|quyet_dinh] "
       "[--stream]",
       "Bảng tính Hội đồng: danh sách theo hình thức, tổng hợp, phiếu bầu, kiểm phiếu",
       "export",
       {{"movement"}, {"round"}, {"dossier"}, {"o"}, {"sort"}, {"stream", Option::Flag}},
       0,
       0,
       [](const Parsed& p, app::Workspace& w) -> Reply {
         app::ExportWorkbook r{p.get("movement"), p.get("round"), p.get("o"), p.get("sort", "don_vi"),
                               p.has("stream")};
         auto d = dossier_opt(p);
         if (!d) return Usage{"--dossier cần số hồ sơ"};
         r.dossier = *d;
         if (!r.dossier && (r.movement.empty() || r.round.empty()))
           return Usage{"cần --movement MÃ và --round ĐỢT (hoặc --dossier SỐ)"};
         if (r.out.empty()) return Usage{"cần -o TỆP.xlsx"};
         return app::export_workbook(w, r);
       }},
      {{"packet", "verify"},
       "tdkt packet verify TỆP.zip",
       "Kiểm tra một bộ hồ sơ nhận được: tệp thiếu, thừa, bị thay đổi",
       "packet",
       {},
       1,
       1,
       [](const Parsed& p, app::Workspace& w) -> Reply { return app::packet_verify(w, {p.args[0]}); }},
      {{"packet"},
       "tdkt packet SỐ_HỒ_SƠ|qd:SỐ|ct:MÃ_CUỘC_THI -o TỆP.zip",
       "Bộ hồ sơ trình (của hồ sơ, của Quyết định, của cuộc thi) có manifest SHA-256 và PDF gộp",
       "packet",
       {{"o"}},
       1,
       1,
       [](const Parsed& p, app::Workspace& w) -> Reply {
         return app::packet_build(w, {p.args[0], p.get("o")});
       }},
  };
}

}  // namespace tdkt::cli
