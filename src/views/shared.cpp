// Pieces the views share (see shared.hpp).
#include "views/shared.hpp"

#include <map>

#include "text/format.hpp"
#include "text/normalize.hpp"

namespace tdkt::views {

Json S(const std::string& s) {
  return Json::string(s);
}
Json arr(const std::vector<std::string>& v) {
  Json a = Json::array();
  for (auto& x : v) a.push(S(x));
  return a;
}
std::string counted(const std::vector<std::pair<int, std::string>>& counts) {
  std::vector<std::string> parts;
  for (auto& [n, noun] : counts)
    if (n > 0) parts.push_back(two_digits(n) + " " + noun);
  std::string out;
  for (size_t i = 0; i < parts.size(); ++i)
    out += (i == 0 ? "" : i + 1 == parts.size() ? " và " : ", ") + parts[i];
  return out;
}
std::string numbered(int n, const std::string& symbol) {
  return two_digits(n) + "/" + symbol;
}
std::string join(const std::vector<std::string>& v, const std::string& sep) {
  std::string s;
  for (auto& x : v) s += (s.empty() ? "" : sep) + x;
  return s;
}

std::vector<std::string> split_agency_name(const std::string& name) {
  for (const char* head : {"ỦY BAN NHÂN DÂN ", "UỶ BAN NHÂN DÂN ", "HỘI ĐỒNG NHÂN DÂN "}) {
    std::string h = head;
    if (name.rfind(h, 0) == 0 && name.size() > h.size())
      return {h.substr(0, h.size() - 1), name.substr(h.size())};
  }
  return {name};
}

std::vector<std::string> issuer_lines_of(const domain::Movement& m) {
  const std::string u = "ỦY BAN NHÂN DÂN ";
  if (m.issuer.name.rfind(u, 0) == 0) return {"ỦY BAN NHÂN DÂN", m.issuer.name.substr(u.size())};
  return {m.issuer.name};
}

// The kind of area in lower case, each word of the proper name capitalised.
namespace {
bool commune_before_two_levels(const domain::Movement& m, core::Date on) {
  return m.issuer.level == "xa" && on < core::Date{2025, 7, 1};
}
}  // namespace

std::string office_head(const domain::Movement& m, core::Date on) {
  std::string area = issuer_area(m);
  if (area.empty()) return "";
  if (commune_before_two_levels(m, on)) return "Công chức Văn phòng - Thống kê";
  return m.issuer.level == "tinh" ? "Chánh Văn phòng Ủy ban nhân dân " + area
                                  : "Chánh Văn phòng Hội đồng nhân dân và Ủy ban nhân dân " + area;
}

std::string kinds_of(int collectives, int individuals) {
  return collectives && !individuals   ? "tập thể"
         : individuals && !collectives ? "cá nhân"
                                       : "tập thể, cá nhân";
}

std::string position_in(const std::string& position, const std::string& unit_name) {
  std::string unit = unit_name;
  for (const std::string ubnd : {"Ủy ban nhân dân ", "UBND "})
    if (unit.rfind(ubnd, 0) == 0) unit = unit.substr(ubnd.size());
  if (position.empty() || unit.empty() || position.find(unit) != std::string::npos) return position;
  const std::string phong = "Phòng ", head = "Trưởng phòng";
  bool office_head = unit.rfind(phong, 0) == 0 && position.size() >= head.size() &&
                     position.compare(position.size() - head.size(), head.size(), head) == 0;
  if (office_head) return position + " " + unit.substr(phong.size());
  // «Chánh Văn phòng» of «Văn phòng HĐND và UBND huyện»: the words both share are written once.
  for (size_t cut = unit.find(' '); cut != std::string::npos; cut = unit.find(' ', cut + 1)) {
    std::string lead = unit.substr(0, cut);
    if (position.size() > lead.size() &&
        position.compare(position.size() - lead.size(), lead.size(), lead) == 0 &&
        position[position.size() - lead.size() - 1] == ' ')
      return position.substr(0, position.size() - lead.size()) + unit;
  }
  // «Công chức Văn phòng - Thống kê, phụ trách CCHC»: the unit follows the post, before the duty.
  if (size_t duty = position.find(", "); duty != std::string::npos)
    return position.substr(0, duty) + " " + unit + position.substr(duty);
  return position + " " + unit;
}

std::string head_of(const std::string& office) {
  const std::string phong = "Phòng ";
  if (office.rfind(phong, 0) == 0) return "Trưởng phòng " + office.substr(phong.size());
  if (office.rfind("Sở ", 0) == 0 || office.rfind("Trung tâm ", 0) == 0) return "Giám đốc " + office;
  if (office.rfind("Văn phòng ", 0) == 0) return "Chánh " + office;
  if (office.rfind("Ban ", 0) == 0 || office.rfind("Cơ quan ", 0) == 0) return "Trưởng " + office;
  return "Thủ trưởng " + office;
}

std::string finance_head(const domain::Movement& m, core::Date on) {
  for (auto& r : m.responsible)
    if (r.find("Tài chính") != std::string::npos) return head_of(r);
  if (m.issuer.level == "tinh") return head_of("Sở Tài chính");
  if (m.issuer.level == "huyen") return head_of("Phòng Tài chính - Kế hoạch");
  return commune_before_two_levels(m, on) ? "công chức Tài chính - Kế toán" : "";
}

std::string proposer(const domain::Movement& m, core::Date on) {
  for (auto& r : m.responsible)
    if (r.find("Nội vụ") != std::string::npos) return head_of(r);
  std::string h = office_head(m, on);
  return h.empty() ? "" : text::lower_first(h);
}

std::string issuer_area(const domain::Movement& m) {
  auto lines = issuer_lines_of(m);
  if (lines.size() < 2) return "";
  std::string rest = text::lower(lines[1]);
  std::string kind;
  for (const std::string k :
       {"thành phố ", "thị xã ", "thị trấn ", "huyện ", "tỉnh ", "phường ", "xã ", "quận "})
    if (rest.rfind(k, 0) == 0) {
      kind = k;
      break;
    }
  return kind + text::upper_words(rest.substr(kind.size()));
}

std::string issuer_in_text(const domain::Movement& m) {
  auto lines = issuer_lines_of(m);
  std::string area = issuer_area(m);
  return !lines.empty() && lines[0] == "ỦY BAN NHÂN DÂN" && !area.empty() ? "Ủy ban nhân dân " + area
                                                                          : m.issuer.name;
}

std::string plan_reference(const domain::Movement& m) {
  const auto& d = m.document;
  std::string s = d.type_name + (d.number ? " số " + std::to_string(*d.number) + "/" + d.symbol : "");
  if (d.date)
    s += " " + text::nd30_date(*d.date);
  else if (d.month)
    s += " tháng " + text::month_padded(d.month) + " năm " + std::to_string(d.year);
  return s + " của " + issuer_in_text(m);
}

std::string plan_citation(const domain::Movement& m) {
  const auto& d = m.document;
  return plan_reference(m) + (d.summary.empty() ? "" : " về việc " + text::lower_first(d.summary));
}

std::string movement_in_round(const domain::Movement& m, const std::string& round) {
  std::string label = domain::round_label(round), name = m.name;
  bool quoted = name.find("“") != std::string::npos || name.find('"') != std::string::npos;
  bool ends =
      name.size() >= label.size() && name.compare(name.size() - label.size(), label.size(), label) == 0;
  std::string out = quoted ? name : "“" + name + "”";
  return ends || label.empty() ? out : out + " " + label;
}

std::string council_name(const domain::Movement& m) {
  std::string area = issuer_area(m);
  return "Hội đồng Thi đua - Khen thưởng" + (area.empty() ? "" : " " + area);
}

std::string award_name(const domain::Movement& m, const std::string& id) {
  const auto* a = m.award(id);
  return a ? a->name : id;
}

Header header_of(const Unit& u, const domain::Movement& m) {
  Header h;
  const std::string ubnd = "Ủy ban nhân dân ";
  h.place = m.issuer.place;
  if (u.name.rfind(ubnd, 0) == 0) {
    std::string rest = u.name.substr(ubnd.size());
    h.lines = {"ỦY BAN NHÂN DÂN", text::upper(rest)};
    h.abbrev = "UBND";
    h.authority = "TM. ỦY BAN NHÂN DÂN";
    for (const std::string prefix :
         {"xã ", "phường ", "thị trấn ", "huyện ", "thị xã ", "thành phố ", "tỉnh "})
      if (rest.rfind(prefix, 0) == 0) {
        h.place = rest.substr(prefix.size());
        break;
      }
  } else {
    h.chu_quan = text::upper(u.parent_name);
    h.lines = {text::upper(u.name)};
    h.abbrev = u.code;
  }
  if (!u.place.empty()) h.place = u.place;
  return h;
}

std::string head_title(const std::string& unit_name, const std::string& given) {
  if (!given.empty()) return text::upper(given);
  static const std::pair<const char*, const char*> kinds[] = {
      {"Ủy ban nhân dân ", "CHỦ TỊCH"}, {"Phòng ", "TRƯỞNG PHÒNG"},        {"Sở ", "GIÁM ĐỐC"},
      {"Trung tâm ", "GIÁM ĐỐC"},       {"Văn phòng ", "CHÁNH VĂN PHÒNG"}, {"Ban ", "TRƯỞNG BAN"},
      {"Cơ quan ", "TRƯỞNG CƠ QUAN"}};
  for (auto& [prefix, title] : kinds)
    if (unit_name.rfind(prefix, 0) == 0) return title;
  return "THỦ TRƯỞNG CƠ QUAN";
}

Json signer(const std::string& authority, const std::string& title, const std::string& name) {
  // NĐ 30/2020 Điều 13 and Phụ lục I ô 7a: a deputy signs for the head («KT. CHỦ TỊCH» above «PHÓ CHỦ
  // TỊCH», under «TM. ỦY BAN NHÂN DÂN» when the collective signs); an acting head signs «Q. CHỦ TỊCH».
  std::string t = text::upper(title), thay;
  const std::string pho = "PHÓ ", quyen = "QUYỀN ";
  bool given = authority.find("KT.") != std::string::npos;  // the plan's own signer block says it already
  if (!given && t.rfind(pho, 0) == 0 && t.size() > pho.size()) thay = "KT. " + t.substr(pho.size());
  if (t.rfind(quyen, 0) == 0 && t.size() > quyen.size()) t = "Q. " + t.substr(quyen.size());
  Json k = Json::object();
  k.set("quyen_han", S(authority));
  k.set("ky_thay", S(thay));
  k.set("chuc_vu", S(t));
  k.set("ho_ten", S(name));
  return k;
}

std::string name_with_unit(const domain::Nomination& n) {
  return n.subject_name + (n.is_person() && !n.unit_name.empty() ? " (" + n.unit_name + ")" : "");
}

namespace {
// One group of the list (all individuals, or all collectives), by unit in order of first appearance.
Json list_group(const std::vector<const domain::Nomination*>& rows, domain::SubjectKind kind,
                const domain::Movement& m, bool money, int roman, int64_t& sum, int& stt) {
  bool person = kind == domain::SubjectKind::Person;
  Json g = Json::object();
  g.set("tieu_de", S(text::roman(roman) + (person ? ". CÁ NHÂN" : ". TẬP THỂ")));
  g.set("cong", S(two_digits(static_cast<int>(rows.size())) + (person ? " cá nhân" : " tập thể")));
  std::vector<std::string> order;
  std::map<std::string, std::vector<const domain::Nomination*>> by_unit;
  for (auto* r : rows) {  // collectives are one run of rows: a unit heading would only repeat their names
    std::string unit = person ? r->unit_name : "";
    if (!by_unit.count(unit)) order.push_back(unit);
    by_unit[unit].push_back(r);
  }
  Json units = Json::array();
  sum = 0;
  for (auto& u : order) {
    Json unit = Json::object();
    unit.set("ten", S(u));
    Json lines = Json::array();
    for (auto* r : by_unit[u]) {
      Json row = Json::object();
      row.set("stt", S(std::to_string(++stt)));
      row.set("ten", S(r->subject_name));
      row.set("chuc_vu", S(person ? r->position : r->unit_name != r->subject_name ? r->unit_name : ""));
      row.set("hinh_thuc", S(award_name(m, r->award)));
      row.set("tien", Json::integer(money ? r->money.value_or(0) : 0));
      sum += money ? r->money.value_or(0) : 0;
      lines.push(std::move(row));
    }
    unit.set("dong", std::move(lines));
    units.push(std::move(unit));
  }
  g.set("tong_tien", Json::integer(sum));
  g.set("don_vi", std::move(units));
  return g;
}
}  // namespace

Json list_groups(const std::vector<domain::Nomination>& noms, const domain::Movement& m, bool money,
                 int64_t& total, ListOrder order) {
  Json groups = Json::array();
  total = 0;
  int roman = 0, stt = 0;
  auto kinds = order.collectives_first
                   ? std::vector{domain::SubjectKind::Agency, domain::SubjectKind::Person}
                   : std::vector{domain::SubjectKind::Person, domain::SubjectKind::Agency};
  for (auto kind : kinds) {
    if (order.number_per_group) stt = 0;
    std::vector<const domain::Nomination*> rows;
    for (auto& n : noms)
      if (n.subject_kind == kind) rows.push_back(&n);
    if (rows.empty()) continue;
    int64_t sum = 0;
    groups.push(list_group(rows, kind, m, money, ++roman, sum, stt));
    total += sum;
  }
  return groups;
}

}  // namespace tdkt::views
