// The appraising office's Báo cáo thẩm định (form bao-cao-tham-dinh).
#include <set>

#include "rules/explain.hpp"
#include "text/format.hpp"
#include "text/normalize.hpp"
#include "views/round.hpp"

namespace tdkt::views {

namespace {

std::string criterion_text(const domain::Movement& m, const std::string& id) {
  std::string text = id;
  for (auto& k : m.criteria)
    if (k.id == id)
      text = (k.marker.empty() ? "" : k.marker + " ") + k.text;  // whole: a cut standard misleads
  return text;
}

// The report's words for a result: Đạt / Không đạt / Cần xác nhận.
std::string word(rules::Status s) {
  return s == rules::Status::Met ? "Đạt" : s == rules::Status::NotMet ? "Không đạt" : "Cần xác nhận";
}

Json row(const std::string& text, const std::string& result) {
  Json r = Json::object();
  r.set("noi_dung", S(text));
  r.set("ket_qua", S(result));
  return r;
}

// The conditions of an all/any rule, a row each with its own result, depth first: "+ Có sáng kiến …: không
// có" under "Đối chiếu: yêu cầu đạt ít nhất một trong 02 điều kiện sau:". A condition left open under a
// rule its siblings already decided (one met of «một trong», one failed of «tất cả») is «Không cần đối
// chiếu»: a signed report asks no confirmation that would change nothing.
void part_rows(Json& rows, const rules::Explanation& e, int depth) {
  bool decided = e.status != rules::Status::Manual;
  for (auto& p : e.parts) {
    std::string lead = depth == 0 ? "+ " : "- ";
    std::string result =
        decided && p.status == rules::Status::Manual ? "Không cần đối chiếu" : word(p.status);
    rows.push(row(lead + (p.parts.empty() ? p.text : "Yêu cầu " + p.text + ":"), result));
    part_rows(rows, p, depth + 1);
  }
}

// A plan group that asks for one of its standards ("đạt một trong các tiêu chuẩn"): the group of a criterion
// when it is such a group, else nullptr.
const std::string* one_of_group(const domain::Movement& m, const std::string& id) {
  for (auto& k : m.criteria)
    if (k.id == id) return k.all_required ? nullptr : &k.group;
  return nullptr;
}

// A criterion row keeps its criterion's id ("id") until group_heads() has read it.
Json rows_of(const domain::Movement& m, const rules::Assessment& a) {
  Json rows = Json::array();
  for (auto& c : a.criteria) {
    const auto& e = c.result;
    Json r =
        row(criterion_text(m, c.id) + " Đối chiếu: " + (e.parts.empty() ? e.text : "yêu cầu " + e.text + ":"),
            word(e.status));
    r.set("id", S(c.id));
    rows.push(std::move(r));
    part_rows(rows, e, 0);
  }
  for (auto& p : a.principles) rows.push(row(p.text, word(p.status)));
  return rows;
}

// Before the first standard of a one-of group with more than one standard for this nominee, a row saying what
// the plan asks and how many are met, so that a failed standard beside a met one reads as the plan means it.
// Returns the rows without their ids.
Json group_heads(const domain::Movement& m, const Json& rows) {
  auto id_of = [](const Json& r) {
    const Json* id = r.find("id");
    return id ? id->as_string() : std::string();
  };
  Json out = Json::array();
  std::set<std::string> headed;
  const auto& v = rows.items();
  for (size_t i = 0; i < v.size(); ++i) {
    if (const std::string* g = one_of_group(m, id_of(v[i])); g && headed.insert(*g).second) {
      int n = 0, met = 0, manual = 0;
      for (size_t j = i; j < v.size(); ++j) {
        const std::string* gj = one_of_group(m, id_of(v[j]));
        if (!gj || *gj != *g) continue;
        std::string w = v[j].find("ket_qua")->as_string();
        ++n;
        met += w == word(rules::Status::Met);
        manual += w == word(rules::Status::Manual);
      }
      if (n > 1)
        out.push(row("Kế hoạch yêu cầu đạt một trong " + two_digits(n) + " tiêu chuẩn sau (đạt " +
                         two_digits(met) + " tiêu chuẩn):",
                     word(met      ? rules::Status::Met
                          : manual ? rules::Status::Manual
                                   : rules::Status::NotMet)));
    }
    out.push(row(v[i].find("noi_dung")->as_string(), v[i].find("ket_qua")->as_string()));
  }
  return out;
}

}  // namespace

Json criterion_rows(const domain::Movement& m, const domain::Nomination& n) {
  Json rows = Json::array();
  auto a = rules::assessment_from_json(n.appraisal_json);
  if (!a) a = rules::assessment_from_text(n.appraisal_detail);  // appraised before migration 7
  if (a) rows = group_heads(m, rows_of(m, *a));
  if (rows.items().empty()) rows.push(row("Tiêu chuẩn của Kế hoạch", "Không có tiêu chí tự động; xem hồ sơ"));
  return rows;
}

namespace {

std::string opening(const BaoCaoThamDinhInput& in) {
  std::string s = "Thực hiện " + plan_reference(*in.movement) + ", " + in.office.name +
                  " đã tiếp nhận hồ sơ đề nghị khen thưởng " + domain::round_label(in.round) + " của " +
                  two_digits(in.received) + " cơ quan, đơn vị, địa phương";

  if (in.unfinished)
    s += "; " + two_digits(in.unfinished) + " hồ sơ chưa thẩm định xong, không có trong báo cáo này";
  s += ".";
  if (in.late)
    s += " Trong đó, " + two_digits(in.late) + " hồ sơ nộp quá hạn vẫn được tiếp nhận" +
         (in.late_names.empty() ? "" : ": " + join(in.late_names, "; ")) + ".";
  if (!in.refused.empty())
    s += " Có " + two_digits(static_cast<int>(in.refused.size())) +
         " hồ sơ nộp quá hạn nên không được tiếp nhận (Kế hoạch không nhận hồ sơ nộp quá hạn): " +
         join(in.refused, "; ") + ".";
  if (!in.returned.empty())
    s += " Có " + two_digits(static_cast<int>(in.returned.size())) +
         " hồ sơ được trả lại để bổ sung và đã nộp lại: " + join(in.returned, "; ") + ".";
  return s;
}

using Place = rules::QuotaOverflow::Place;

// Where a nomination stands against the exceeded quotas: outside any of them, to be chosen by the council in
// one, or inside all.
Place place_of(const BaoCaoThamDinhInput& in, const domain::Nomination& n) {
  Place p = Place::Fits;
  for (auto& q : in.quotas)
    for (auto& [c, at] : q.ranking)
      if (c.subject == n.subject() && c.award == n.award && at != Place::Fits)
        p = at == Place::Out || p == Place::Out ? Place::Out : Place::Tie;
  return p;
}

// What the office did at each exceeded quota, in the proposal's words: the eligible left outside, the ties
// and unordered lists the council must choose from.
std::vector<std::string> quota_proposal(const BaoCaoThamDinhInput& in) {
  std::vector<std::string> out;
  std::vector<std::string> left;
  int left_tt = 0, left_cn = 0;
  for (auto& n : in.appraised)
    if (n.appraisal == domain::Appraisal::Eligible && place_of(in, n) == Place::Out) {
      left.push_back(name_with_unit(n));
      (n.is_agency() ? left_tt : left_cn)++;
    }
  if (!left.empty())
    out.push_back("Không đề nghị " + counted({{left_tt, "tập thể"}, {left_cn, "cá nhân"}}) +
                  " đủ điều kiện nhưng ngoài số lượng khen thưởng của Kế hoạch: " + join(left) + ".");
  for (auto& q : in.quotas) {
    int ties = q.count_of(Place::Tie);
    if (!ties) continue;
    std::vector<std::string> names;
    for (auto& [c, at] : q.ranking)
      if (at == Place::Tie) names.push_back(c.name);
    int free = q.limit - q.count_of(Place::Fits);
    out.push_back("Đề nghị " + council_name(*in.movement) + " biểu quyết lựa chọn không quá " +
                  two_digits(free) + " trong " + two_digits(ties) + " trường hợp " + q.award_name + " (" +
                  q.scope + ")" +
                  (q.basis.empty() ? " chưa xếp được thứ tự" : " đồng hạng ở ranh giới số lượng") + ": " +
                  join(names) + ".");
  }
  return out;
}

}  // namespace

Json bao_cao_tham_dinh(const BaoCaoThamDinhInput& in) {
  const auto& m = *in.movement;
  Header h = header_of(in.office, m);
  int tt = 0, cn = 0;
  std::set<std::string> awards;
  Json cases = Json::array();
  int chosen = 0;  // eligible, left for the council to choose between at a quota
  for (auto& n : in.appraised) {
    Json x = Json::object();
    x.set("ten", S(name_with_unit(n)));
    x.set("hinh_thuc", S(award_name(m, n.award) + (n.is_agency() ? " (tập thể)" : " (cá nhân)")));
    x.set("ket_luan", S(text::upper_first(domain::label(n.appraisal))));
    x.set("tieu_chi", criterion_rows(m, n));
    cases.push(std::move(x));
    if (n.appraisal == domain::Appraisal::Eligible) {
      Place p = place_of(in, n);
      chosen += p == Place::Tie;
      if (p != Place::Fits) continue;
      (n.is_agency() ? tt : cn)++;
      awards.insert(award_name(m, n.award));
    }
  }
  Json j = Json::object();
  j.set("co_quan_chu_quan", S(h.chu_quan));
  j.set("co_quan_lines", arr(h.lines));
  j.set("so", S(text::doc_number(in.number, "BC-" + h.abbrev)));
  j.set("dia_danh_ngay", S(text::nd30_place_date(h.place, in.date)));
  j.set("kinh_gui", S(council_name(m)));
  std::vector<std::string> mo_dau = {opening(in)};
  if (in.own_dossier)
    mo_dau.push_back("Hồ sơ đề nghị khen thưởng của " + in.office.name + " do chính " + in.office.name +
                     " thẩm định; đề nghị " + council_name(m) + " lưu ý khi xem xét.");
  mo_dau.push_back("Kết quả thẩm định theo từng tiêu chuẩn của Kế hoạch như sau:");
  j.set("mo_dau", arr(mo_dau));
  j.set("truong_hop", std::move(cases));
  std::vector<std::string> so_luong;
  for (auto& q : in.quotas)
    for (auto& l : q.lines(in.unfinished ? "đề nghị" : "đủ điều kiện")) so_luong.push_back(l);
  if (so_luong.empty())
    so_luong.push_back("- Số lượng đề nghị đủ điều kiện nằm trong số lượng khen thưởng của Kế hoạch.");
  j.set("so_luong", arr(so_luong));
  std::vector<std::string> notes;
  for (size_t i = 0; i < in.legal_notes.size(); ++i)
    notes.push_back("- " + in.legal_notes[i] + (i + 1 == in.legal_notes.size() ? "." : ";"));
  if (!notes.empty()) j.set("luu_y", arr(notes));
  j.set("cat_so_luong", arr(quota_proposal(in)));
  int free = 0, open = 0;  // places the council fills, and the cases it chooses them from (ties, unordered)
  for (auto& q : in.quotas)
    if (int ties = q.count_of(Place::Tie)) free += q.limit - q.count_of(Place::Fits), open += ties;
  std::string to = in.office.name + " kính trình " + council_name(m) + " xem xét, ";
  if (chosen && tt + cn == 0)
    j.set("kien_nghi", arr({to + "lựa chọn không quá " + two_digits(free) +
                            " trường hợp nêu trên để đề nghị khen thưởng./."}));
  else if (chosen)
    j.set("kien_nghi", arr({to + "đề nghị tặng " + join({awards.begin(), awards.end()}) + " cho " +
                            counted({{tt, "tập thể"}, {cn, "cá nhân"}}) +
                            " đủ điều kiện, trong số lượng của Kế hoạch, và cho " + two_digits(free) +
                            " trong " + two_digits(open) + " trường hợp nêu trên do Hội đồng lựa chọn./."}));
  else if (tt + cn == 0)
    j.set("kien_nghi", arr({in.office.name + " kính báo cáo " + council_name(m) +
                            ": không có tập thể, cá nhân nào đủ điều kiện đề nghị khen thưởng" +
                            (in.quotas.empty() ? "" : " trong số lượng của Kế hoạch") + "./."}));
  j.set("ky", signer("", head_title(in.office.name, in.signer_title), in.signer_name));
  // The facts the form's wording is written from (forms/bao-cao-tham-dinh.json).
  j.set("phong_trao", S(m.name));
  j.set("dot", S(domain::round_label(in.round)));
  j.set("phong_trao_dot", S(movement_in_round(m, in.round)));
  j.set("don_vi", S(in.office.name));
  j.set("hoi_dong", S(council_name(m)));
  j.set("hinh_thuc", S(awards.empty() ? std::string("khen thưởng") : join({awards.begin(), awards.end()})));
  j.set("so_tap_the", S(two_digits(tt)));
  j.set("so_ca_nhan", S(two_digits(cn)));
  j.set("doi_tuong", S(counted({{tt, "tập thể"}, {cn, "cá nhân"}})));
  j.set("ky_hieu", S(h.abbrev));
  return j;
}

}  // namespace tdkt::views
