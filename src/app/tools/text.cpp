// The text tools (tdkt text …): numbers in Vietnamese words, dates and document numbers as NĐ 30/2020 writes
// them, a name split into họ, đệm, tên, and names sorted in Vietnamese order.
#include "app/api.hpp"
#include "app/workspace.hpp"
#include "text/collate.hpp"
#include "text/format.hpp"
#include "text/names.hpp"

namespace tdkt::app {

using core::Json;

namespace {
Outcome line(const std::string& s) {
  Outcome o;
  o.text = s + "\n";
  o.result.set("text", Json::string(s));
  return o;
}
}  // namespace

Outcome text_words(Workspace&, const TextWords& r) {
  return line(r.money ? text::money_in_words(r.number) : text::number_to_words(r.number));
}

Outcome text_date(Workspace&, const TextDate& r) {
  return line(r.place.empty() ? text::nd30_date(r.date) : text::nd30_place_date(r.place, r.date));
}

Outcome text_docno(Workspace&, const TextDocno& r) {
  Outcome o = line(text::doc_number(r.number, r.symbol));
  std::string type = r.symbol.substr(0, r.symbol.find('-'));
  if (!text::is_known_doc_type_abbrev(type))
    o.diags.warning({}, "",
                    "«" + type + "» không phải chữ viết tắt loại văn bản trong Phụ lục III NĐ 30/2020");
  return o;
}

Outcome text_name(Workspace&, const TextName& r) {
  auto n = text::split_name(r.name);
  Outcome o;
  o.text = "họ: " + n.ho + "\nđệm: " + n.dem + "\ntên: " + n.ten + "\n";
  o.result.set("ho", Json::string(n.ho));
  o.result.set("dem", Json::string(n.dem));
  o.result.set("ten", Json::string(n.ten));
  return o;
}

Outcome text_sort(Workspace&, const TextSort& r) {
  text::ToneOrder order;
  if (!r.tones.empty() && !text::ToneOrder::parse(r.tones, order))
    return fail(kUsage,
                "thứ tự dấu «" + r.tones + "» không hợp lệ; cần đủ 6 tên: ngang,huyen,hoi,nga,sac,nang");
  auto names = r.names;
  text::sort_names(names, order);
  Outcome o;
  Json arr = Json::array();
  for (auto& n : names) {
    o.text += n + "\n";
    arr.push(Json::string(n));
  }
  o.result.set("names", std::move(arr));
  return o;
}

}  // namespace tdkt::app
