// The Quyết định khen thưởng with its Danh sách and the money (form quyet-dinh).
#include <map>
#include <set>

#include "text/format.hpp"
#include "text/normalize.hpp"
#include "views/round.hpp"

namespace tdkt::views {

namespace {
// Điều 2's first sentence: the amount each collective and each individual receives with each award form, as
// the decision states it ("Kèm theo Giấy khen, mỗi tập thể được thưởng 1.410.000 đồng, mỗi cá nhân …").
std::string amounts(const QuyetDinhInput& in) {
  const auto& m = *in.movement;
  std::vector<std::string> awards;
  std::map<std::string, std::map<bool, std::set<int64_t>>> paid;  // award → collective? → amounts
  for (auto& n : in.awardees) {
    std::string a = award_name(m, n.award);
    if (!paid.count(a)) awards.push_back(a);
    paid[a][n.is_agency()].insert(n.money.value_or(0));
  }
  std::vector<std::string> parts;
  for (auto& a : awards) {
    std::vector<std::string> each;
    for (bool agency : {true, false}) {
      auto it = paid[a].find(agency);
      if (it == paid[a].end()) continue;
      std::vector<std::string> sums;
      for (auto v : it->second) sums.push_back(text::format_number(v) + " đồng");
      each.push_back(std::string(agency ? "mỗi tập thể" : "mỗi cá nhân") + " được thưởng " +
                     join(sums, " hoặc "));
    }
    parts.push_back("kèm theo " + a + ", " + join(each));
  }
  std::string s = join(parts, "; ");
  return s.empty() ? s : text::upper_first(s) + ".";
}

// Where the money comes from: the plan's own sentence on funding, else the issuer's emulation fund.
std::string fund(const domain::Movement& m) {
  size_t stop = m.funding.find(". ");  // its first sentence
  std::string f = m.funding.substr(0, stop == std::string::npos ? stop : stop + 1);
  if (!f.empty() && f.back() != '.') f += ".";
  if (f.rfind("Từ ", 0) == 0) return "Kinh phí khen thưởng được trích t" + f.substr(1);
  if (f.rfind("Kinh phí", 0) == 0) return f;
  if (!f.empty()) return "Kinh phí khen thưởng: " + text::lower_first(f);
  std::string area = issuer_area(m);
  return "Kinh phí khen thưởng được trích từ Quỹ Thi đua, khen thưởng" +
         (area.empty() ? "" : " của " + area) + ".";
}

// Điều 3: who carries the decision out — the issuer's office, the appraising office named by the plan, the
// finance office when money is paid, the units concerned and the awardees (of the kinds awarded).
std::string executors(const domain::Movement& m, bool money, core::Date on, const std::string& kinds) {
  std::vector<std::string> who;
  if (std::string h = office_head(m, on); !h.empty()) who.push_back(h);
  for (auto& r : m.responsible)
    if (r.find("Nội vụ") != std::string::npos) {
      who.push_back(head_of(r));
      break;
    }
  std::string finance = money ? finance_head(m, on) : "";
  if (!finance.empty()) who.push_back(finance);
  who.push_back("Thủ trưởng các cơ quan, đơn vị có liên quan và các " + kinds + " có tên tại Điều 1");
  return join(who) + " chịu trách nhiệm thi hành Quyết định này./.";
}
// The preamble's last lines (NĐ 30/2020 Mẫu 1.2): the council's result as a basis, the units' Tờ trình by
// number, date and issuer as what is considered, and the office that drafts the decision as its proposer. The
// appraisal report is not cited as the proposal: the council may keep others than it proposed (the council's
// Biên bản cites the report).
void preamble(const QuyetDinhInput& in, std::vector<std::string>& cc, Json& j) {
  const auto& m = *in.movement;
  if (!in.council_minutes.empty())
    cc.push_back("Căn cứ kết quả họp " + council_name(m) + " tại Biên bản " + in.council_minutes + ";");
  std::string considered = "Xét đề nghị của các cơ quan, đơn vị tại Tờ trình " + join(in.submissions, "; ");
  if (in.appraisal_office.empty()) {  // no office known: the Tờ trình close the preamble
    if (!in.council_minutes.empty()) j.set("xet_de_nghi", S(considered + "."));
    return;
  }
  cc.push_back(considered + ";");
  j.set("xet_de_nghi", S("Theo đề nghị của " + head_of(in.appraisal_office) + "."));
}
}  // namespace

Json quyet_dinh(const QuyetDinhInput& in) {
  const auto& m = *in.movement;
  std::string so = numbered(in.number, "QĐ-" + m.issuer.abbrev);
  std::set<std::string> names;
  int tt = 0, cn = 0;
  for (auto& n : in.awardees) {
    names.insert(award_name(m, n.award));
    (n.is_agency() ? tt : cn)++;
  }
  std::string awards = join({names.begin(), names.end()});
  Json j = Json::object();
  j.set("co_quan_chu_quan", S(m.issuer.parent));
  j.set("co_quan_lines", arr(issuer_lines_of(m)));
  j.set("so", S("Số: " + so));
  j.set("dia_danh_ngay", S(text::nd30_place_date(m.issuer.place, in.date)));
  std::vector<std::string> cc = in.citations;
  cc.push_back("Căn cứ " + plan_citation(m) + ";");
  preamble(in, cc, j);
  j.set("can_cu", arr(cc));
  j.set("ky", signer("", in.signer_title.empty() ? "CHỦ TỊCH" : in.signer_title, in.signer_name));
  // The facts the form's wording is written from (forms/quyet-dinh.json).
  j.set("hinh_thuc", S(awards));
  j.set("phong_trao", S(m.name));
  j.set("dot", S(domain::round_label(in.round)));
  j.set("phong_trao_dot", S(movement_in_round(m, in.round)));
  j.set("co_quan", S(m.issuer.name));
  j.set("to_trinh", S(join(in.submissions, "; ")));
  j.set("so_tap_the", S(two_digits(tt)));
  j.set("so_ca_nhan", S(two_digits(cn)));
  j.set("doi_tuong", S(counted({{tt, "tập thể"}, {cn, "cá nhân"}})));
  j.set("loai_doi_tuong", S(kinds_of(tt, cn)));
  j.set("tong_tien", Json::integer(in.total));
  j.set("muc_thuong", S(amounts(in)));
  j.set("kinh_phi", S(fund(m)));
  j.set("thi_hanh", S(executors(m, in.total > 0, in.date, kinds_of(tt, cn))));
  // Lưu: the văn thư and the office that drafted it, the one whose report it rests on («BC-PNV»).
  if (size_t dash = in.appraisal_symbol.find('-');
      dash != std::string::npos && dash + 1 < in.appraisal_symbol.size())
    j.set("noi_nhan", arr({"Như Điều 3;", "Lưu: VT, " + in.appraisal_symbol.substr(dash + 1) + "."}));
  Json ds = Json::object();
  ds.set("tieu_de", S(text::upper_first(kinds_of(tt, cn)) + " được tặng " + awards));
  // "của Chủ tịch Ủy ban nhân dân huyện Phù Mỹ", as running text writes the issuer (never in capitals).
  ds.set("kem_theo", S("(Kèm theo Quyết định số " + so + " " + text::nd30_date(in.date) + " của Chủ tịch " +
                       issuer_in_text(m) + ")"));
  ds.set("co_tien", Json::boolean(true));
  int64_t total = 0;
  ds.set("nhom", list_groups(in.awardees, m, true, total, {true, in.number_per_group}));
  ds.set("tong_tien", Json::integer(total));
  j.set("danh_sach", std::move(ds));
  return j;
}

}  // namespace tdkt::views
