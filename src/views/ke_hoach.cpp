// The Kế hoạch of a movement (form ke-hoach), straight from its definition.
#include "text/format.hpp"
#include "text/normalize.hpp"
#include "views/round.hpp"

namespace tdkt::views {

namespace {
Json block(const std::string& kind, const std::string& text, const std::string& marker = "") {
  Json b = Json::object();
  b.set("kind", Json::string(kind));
  b.set("text", Json::string(text));
  b.set("marker", Json::string(marker));
  return b;
}
}  // namespace

Json ke_hoach(const domain::Movement& m) {
  Json v = Json::object();
  v.set("co_quan_chu_quan", Json::string(m.issuer.parent));
  Json lines = Json::array();
  for (auto& l : split_agency_name(m.issuer.name)) lines.push(Json::string(l));
  v.set("co_quan_lines", std::move(lines));
  v.set("so", Json::string(text::doc_number(m.document.number, m.document.symbol)));
  v.set("dia_danh_ngay",
        Json::string(m.document.date
                         ? text::nd30_place_date(m.issuer.place, *m.document.date)
                         : text::nd30_place_date_blank(m.issuer.place, m.document.year, m.document.month)));
  v.set("ten_loai", Json::string(text::upper(m.document.type_name)));
  v.set("trich_yeu", Json::string(m.document.summary));
  Json cc = Json::array();
  for (auto& c : m.legal_bases) cc.push(Json::string(c));
  v.set("can_cu", std::move(cc));
  v.set("mo_dau", Json::string(m.preamble));

  Json body = Json::array();
  for (auto& b : m.body) {
    if (b.kind == "criteria") {
      for (auto& c : m.criteria)
        if (c.group == b.ref) body.push(block("li", c.text, c.marker));
    } else if (b.kind == "dossier") {
      for (auto& d : m.dossier) body.push(block("li", d.text, "-"));
    } else if (b.kind == "li") {
      body.push(block("li", b.text, "-"));
    } else {
      body.push(block(b.kind, b.text));
    }
  }
  // NĐ 30: the body of a document ends with "./." (seed 002 omits it).
  for (size_t i = body.items().size(); i-- > 0;) {
    auto& last = body.items()[i];
    std::string kind = last.find("kind")->as_string();
    if (kind != "p" && kind != "li") continue;
    std::string t = last.find("text")->as_string();
    if (t.size() < 3 || t.compare(t.size() - 3, 3, "./.") != 0) {
      while (!t.empty() && (t.back() == '.' || t.back() == ' ')) t.pop_back();
      last.set("text", Json::string(t + "./."));
    }
    break;
  }
  // The signature block must not stand alone on the last page: the last paragraph keeps with it.
  for (auto& b : body.items()) b.set("last", Json::boolean(false));
  if (!body.items().empty()) body.items().back().set("last", Json::boolean(true));
  v.set("noi_dung", std::move(body));

  Json nn = Json::array();
  for (auto& r : m.recipients) nn.push(Json::string(r));
  v.set("noi_nhan", std::move(nn));
  Json ky = Json::object();
  ky.set("quyen_han", Json::string(m.signer.authority));
  ky.set("chuc_vu", Json::string(m.signer.title));
  ky.set("ho_ten", Json::string(m.signer.name));
  v.set("ky", std::move(ky));
  return v;
}

}  // namespace tdkt::views
