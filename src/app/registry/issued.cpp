// The plan as issued: the number and date its văn thư gave it, which every document of a round cites
// («Căn cứ Kế hoạch số 15/KH-UBND ngày 22 tháng 01 năm 2024 của …»). A plan imported as a draft has none.
#include "app/api.hpp"
#include "app/workspace.hpp"
#include "core/files.hpp"
#include "domain/movement.hpp"
#include "text/format.hpp"
#include "views/shared.hpp"

namespace tdkt::app {

using core::Json;

Outcome movement_issued(Workspace& w, const MovementIssued& r) {
  int number = 0;
  bool digits = !r.number.empty() && r.number.size() <= 5 &&
                r.number.find_first_not_of("0123456789") == std::string::npos;
  if (digits) number = std::stoi(r.number);
  if (number < 1)
    return fail(kInvalidInput, "số «" + r.number + "» không hợp lệ",
                "ghi số văn thư cấp cho Kế hoạch, từ 1 đến 99999 (ví dụ 15)");
  auto date = core::parse_date(r.date);
  if (!date) return fail(kInvalidInput, "ngày «" + r.date + "» không hợp lệ; viết YYYY-MM-DD");
  auto L = w.movement(r.movement);
  if (!L) return L.error();
  const domain::Movement& m = (*L)->m;
  auto so = [&](int n) {  // «15/KH-UBND», as the plan's documents write it
    return m.document.symbol.empty() ? views::two_digits(n) : views::numbered(n, m.document.symbol);
  };
  if (m.document.number) {
    if (*m.document.number == number && m.document.date && *m.document.date == *date) {
      Outcome o;
      o.text = "Kế hoạch " + m.code + " đã ghi số " + so(number) + ", không đổi\n";
      return o;
    }
    return fail(kRefused,
                "Kế hoạch " + m.code + " đã có số " + so(*m.document.number) +
                    (m.document.date ? " ngày " + m.document.date->dmy() : ""),
                "số và ngày ban hành chỉ ghi một lần; nếu văn thư cấp nhầm, sửa tệp phong trào rồi nhập lại");
  }
  if (m.document.year && m.document.year != date->y)
    return fail(kInvalidInput,
                "ngày " + date->dmy() + " không thuộc năm " + std::to_string(m.document.year) +
                    " của Kế hoạch " + m.code,
                "Kế hoạch ghi năm ban hành " + std::to_string(m.document.year));
  if (m.document.month && m.document.month != date->m)
    return fail(kInvalidInput,
                "ngày " + date->dmy() + " không thuộc tháng " + std::to_string(m.document.month) +
                    " của Kế hoạch " + m.code,
                "Kế hoạch ghi tháng ban hành " + std::to_string(m.document.month));
  Json def = (*L)->json;
  Json doc = def.find("document") ? *def.find("document") : Json::object();
  doc.set("number", Json::integer(number));
  doc.set("date", Json::string(date->iso()));
  def.set("document", std::move(doc));
  core::Diagnostics d;
  auto checked = domain::parse_movement(def, (*L)->row.source_file, d);
  if (!checked) {
    Outcome o = fail(kInvalidInput, "ghi số và ngày làm Kế hoạch " + m.code + " không còn hợp lệ");
    o.diags.append(d);
    return o;
  }
  store::MovementRow row = (*L)->row;
  row.definition = core::to_json(def) + "\n";
  row.sha256 = core::sha256_hex(row.definition);
  row.doc_date = checked->effective_date().iso();
  w.transaction([&] {
    w.store().put_movement(row, w.actor());
    w.audit("movement_issued", "movement", m.code, "số " + so(number) + " ngày " + date->dmy());
  });
  Outcome o;
  o.text = "Đã ghi Kế hoạch " + m.code + " số " + so(number) + " ngày " + date->dmy() +
           "; các văn bản của đợt trích dẫn theo số này\n";
  o.result.set("number", Json::integer(number));
  o.result.set("date", Json::string(date->iso()));
  return o;
}

}  // namespace tdkt::app
