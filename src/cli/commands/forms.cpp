// tdkt forms, render: the form set, and one document rendered from data.
#include "cli/command.hpp"

namespace tdkt::cli {

namespace {
Reply render(const Parsed& p, app::Workspace& w) {
  app::RenderForm r{
      p.args[0],  p.get("movement"), p.get("data"), p.get("to", "docx"), p.get("breaks", "first-fit"),
      p.get("o"), p.get("templates")};
  if (r.breaks != "first-fit" && r.breaks != "total-fit")
    return Usage{"--breaks phải là first-fit hoặc total-fit"};
  if (r.movement.empty() == r.data_file.empty())
    return Usage{"cần đúng một trong --movement MÃ hoặc --data TỆP"};
  if (r.to != "docx" && r.to != "pdf" && r.to != "ir" && r.to != "pageset" && r.to != "lines")
    return Usage{"--to phải là docx, pdf, ir, pageset hoặc lines"};
  if (r.out.empty())
    return Usage{"cần -o TỆP (với --to ir, pageset, lines có thể dùng -o - để in ra màn hình)"};
  if (r.out == "-" && (r.to == "docx" || r.to == "pdf"))
    return Usage{"tệp DOCX, PDF không in ra màn hình được: hãy dùng -o TỆP"};
  return app::render_form(w, r);
}
}  // namespace

std::vector<Command> form_commands() {
  return {
      {{"forms", "list"},
       "tdkt forms list",
       "Các mẫu văn bản",
       "forms",
       {},
       0,
       0,
       [](const Parsed&, app::Workspace& w) -> Reply { return app::forms_list(w, {}); }},
      {{"forms", "styles"},
       "tdkt forms styles",
       "Các kiểu đoạn theo NĐ 30/2020 dùng được trong mẫu",
       "forms",
       {},
       0,
       0,
       [](const Parsed&, app::Workspace& w) -> Reply { return app::forms_styles(w, {}); }},
      {{"forms", "check"},
       "tdkt forms check [--templates THƯ_MỤC]",
       "Kiểm tra khai báo và mẫu bằng dữ liệu ví dụ (kể cả mẫu riêng của cơ quan)",
       "forms",
       {{"templates"}},
       0,
       0,
       [](const Parsed& p, app::Workspace& w) -> Reply { return app::forms_check(w, {p.get("templates")}); }},
      {{"render"},
       "tdkt render MẪU (--movement MÃ | --data TỆP) --to docx|pdf|ir|pageset|lines -o TỆP [--templates "
       "THƯ_MỤC] "
       "[--breaks total-fit]",
       "Xuất văn bản theo mẫu (pdf: tự dàn trang, có ô ký số; ir, pageset, lines: bản trung gian để so sánh)",
       "render",
       {{"movement"}, {"data"}, {"to"}, {"o"}, {"templates"}, {"breaks"}},
       1,
       1,
       render},
  };
}

}  // namespace tdkt::cli
