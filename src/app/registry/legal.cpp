// The legal data by date: the decree and base salary in force on a day, and the money of an award.
#include "app/api.hpp"
#include "app/workspace.hpp"
#include "text/format.hpp"

namespace tdkt::app {

using core::Json;

namespace {
// A legal data file that does not read is the user's input here (--legal): exit 1 with its located problems.
Outcome unreadable(Workspace& w) {
  Outcome o;
  o.exit = kInvalidInput;
  o.diags = w.legal_diagnostics();
  return o;
}
}  // namespace

Outcome legal_show(Workspace& w, const LegalShow& r) {
  auto Lg = w.legal();
  if (!Lg) return unreadable(w);
  const auto& L = **Lg;
  Outcome o;
  auto* dc = L.decree_on(r.date);
  auto* bs = L.base_salary_on(r.date);
  o.text += "Ngày " + r.date.dmy() + ":\n";
  o.text += "  Nghị định hướng dẫn Luật Thi đua, khen thưởng: " +
            (dc ? dc->name + " (từ " + dc->from.dmy() + ")" : std::string("không có")) + "\n";
  o.text += "  Mức lương cơ sở: " +
            (bs ? text::format_money(bs->amount) + "/tháng theo " + bs->basis : std::string("không có")) +
            "\n";
  for (auto& s : L.salaries())
    if (!s.active && s.from <= r.date)
      o.text += "  Lưu ý: có mức " + text::format_money(s.amount) + " từ " + s.from.dmy() + " (" + s.basis +
                ") chưa được xác nhận nên chưa áp dụng.\n";
  for (auto& l : L.levels())
    if (l.valid_to && *l.valid_to < r.date)
      o.text += "  Không còn " + l.name + " (đến " + l.valid_to->dmy() + ").\n";
  o.text += "  Làm tròn tiền thưởng: lên hàng " + text::format_number(L.round_unit()) + " đồng.\n";
  o.result.set("date", Json::string(r.date.iso()));
  o.result.set("decree", dc ? Json::string(dc->code) : Json::null());
  o.result.set("base_salary", bs ? Json::integer(bs->amount) : Json::null());
  o.result.set("round_up_to", Json::integer(L.round_unit()));
  return o;
}

Outcome legal_money(Workspace& w, const LegalMoney& r) {
  auto Lg = w.legal();
  if (!Lg) return unreadable(w);
  const auto& L = **Lg;
  std::string err;
  auto m = L.money(r.award, r.subject, r.date, err);
  if (!m) return fail(L.award(r.award) ? kRefused : kNotFound, err);
  Outcome o;
  std::string coefficient =
      text::format_decimal(m->coefficient_milli / 1000.0, m->coefficient_milli % 100 ? 2 : 1);
  o.text = L.award(r.award)->name + " (" + (r.subject == "tap_the" ? "tập thể" : "cá nhân") +
           "), quyết định ngày " + r.date.dmy() + ", theo " + L.decree_on(r.date)->name + ":\n  " +
           coefficient + " × " + text::format_number(m->base) + " = " + text::format_number(m->exact) +
           " → làm tròn lên " + text::format_money(m->rounded) +
           "\n  Bằng chữ: " + text::money_in_words(static_cast<uint64_t>(m->rounded)) + ".\n";
  for (auto& x : m->warnings) {
    o.text += "  Lưu ý: " + x + "\n";
    o.diags.warning({}, "", x);
  }
  o.result.set("award", Json::string(r.award));
  o.result.set("subject", Json::string(r.subject));
  o.result.set("basis", Json::string(m->basis));
  o.result.set("coefficient_milli", Json::integer(m->coefficient_milli));
  o.result.set("base", Json::integer(m->base));
  o.result.set("exact", Json::integer(m->exact));
  o.result.set("amount", Json::integer(m->rounded));
  o.result.set("in_words", Json::string(text::money_in_words(static_cast<uint64_t>(m->rounded))));
  return o;
}

}  // namespace tdkt::app
