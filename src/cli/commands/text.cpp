// tdkt text: the Vietnamese text tools (numbers in words, NĐ 30 dates and numbers, names).
#include <iostream>

#include "cli/command.hpp"
#include "text/normalize.hpp"
#include "text/utf8.hpp"

namespace tdkt::cli {

namespace {
// A non-negative whole number of at most 19 digits; dots and spaces between groups are allowed.
std::optional<uint64_t> number(const std::string& in) {
  std::string s;
  for (char c : in)
    if (c != '.' && c != ' ') s += c;
  if (s.empty() || s.size() > 19 || s.find_first_not_of("0123456789") != std::string::npos)
    return std::nullopt;
  return std::stoull(s);
}

Reply words(const Parsed& p, app::Workspace& w, bool money) {
  auto n = number(p.args[0]);
  if (!n) return Usage{"cần một số nguyên không âm (tối đa 19 chữ số)"};
  return app::text_words(w, {*n, money});
}

// The names to sort: one per line of standard input, NFC, spaces folded; invalid UTF-8 names its line.
Reply sort(const Parsed&, app::Workspace& w) {
  app::TextSort r{{}, w.session().tones};
  std::string line;
  int ln = 0;
  while (std::getline(std::cin, line)) {
    ++ln;
    app::Outcome o;
    if (!text::check_utf8(line, "<stdin>:" + std::to_string(ln), o.diags)) {
      o.exit = app::kInvalidInput;
      return o;
    }
    if (auto s = text::fold_spaces(text::nfc(line)); !s.empty()) r.names.push_back(s);
  }
  return app::text_sort(w, r);
}
}  // namespace

std::vector<Command> text_commands() {
  return {
      {{"text", "words"},
       "tdkt text words SỐ",
       "Đọc số bằng chữ: 1005 → một nghìn không trăm linh năm",
       "text",
       {},
       1,
       1,
       [](const Parsed& p, app::Workspace& w) { return words(p, w, false); }},
      {{"text", "money"},
       "tdkt text money SỐ",
       "Số tiền bằng chữ: 2340000 → Hai triệu ba trăm bốn mươi nghìn đồng",
       "text",
       {},
       1,
       1,
       [](const Parsed& p, app::Workspace& w) { return words(p, w, true); }},
      {{"text", "date"},
       "tdkt text date YYYY-MM-DD [--place ĐỊA_DANH]",
       "Ngày theo NĐ 30/2020: Hà Nội, ngày 05 tháng 01 năm 2025",
       "text",
       {{"place"}},
       1,
       1,
       [](const Parsed& p, app::Workspace& w) -> Reply {
         auto d = core::parse_date(p.args[0]);
         if (!d) return Usage{"ngày «" + p.args[0] + "» không hợp lệ; viết YYYY-MM-DD"};
         return app::text_date(w, {*d, text::nfc(p.get("place"))});
       }},
      {{"text", "docno"},
       "tdkt text docno SỐ KÝ_HIỆU",
       "Số văn bản: 5 TTr-UBND → Số: 05/TTr-UBND",
       "text",
       {},
       2,
       2,
       [](const Parsed& p, app::Workspace& w) -> Reply {
         int n = std::atoi(p.args[0].c_str());
         if (n <= 0) return Usage{"số văn bản phải là số nguyên dương"};
         return app::text_docno(w, {n, p.args[1]});
       }},
      {{"text", "name"},
       "tdkt text name \"HỌ TÊN\"",
       "Tách họ, đệm, tên",
       "text",
       {},
       1,
       1,
       [](const Parsed& p, app::Workspace& w) -> Reply { return app::text_name(w, {p.args[0]}); }},
      {{"text", "sort"},
       "tdkt text sort [--tones THỨ_TỰ]",
       "Xếp các dòng nhập vào (mỗi dòng một họ tên) theo tên, đệm, họ",
       "text",
       {},
       0,
       0,
       sort},
  };
}

}  // namespace tdkt::cli
