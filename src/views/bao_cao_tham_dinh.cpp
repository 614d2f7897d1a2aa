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

// The values a criterion's result rests on, depth first: "; không đạt: PAR INDEX 2023 = 68,2 < 70".
void append_parts(std::string& s, const rules::Explanation& e) {
  for (auto& p : e.parts) {
    s += "; " + text::lower(word(p.status)) + ": " + p.text;
    append_parts(s, p);
  }
}

Json rows_of(const domain::Movement& m, const rules::Assessment& a) {
  Json rows = Json::array();
  for (auto& c : a.criteria) {
    std::string s = criterion_text(m, c.id) + " Đối chiếu: " + c.result.text;
    append_parts(s, c.result);
    rows.push(row(s, word(c.result.status)));
  }
  for (auto& p : a.principles) rows.push(row(p.text, word(p.status)));
  return rows;
}

// Rows appraised before migration 7 keep only the text: read it back by its indentation (criterion headers at
// two spaces, the criterion's result at four, the values deeper; principles at two with their status).
Json rows_from_text(const domain::Movement& m, const std::string& detail);

}  // namespace

Json criterion_rows(const domain::Movement& m, const domain::Nomination& n) {
  Json rows;
  if (auto a = rules::assessment_from_json(n.appraisal_json))
    rows = rows_of(m, *a);
  else
    rows = rows_from_text(m, n.appraisal_detail);
  if (rows.items().empty()) rows.push(row("Tiêu chuẩn của Kế hoạch", "Không có tiêu chí tự động; xem hồ sơ"));
  return rows;
}

namespace {

std::string status_word(std::string& line) {
  static const std::pair<const char*, const char*> words[] = {
      {"[đạt] ", "Đạt"}, {"[không đạt] ", "Không đạt"}, {"[chờ xác nhận] ", "Cần xác nhận"}};
  for (auto& [tag, w] : words)
    if (line.rfind(tag, 0) == 0) {
      line = line.substr(std::string(tag).size());
      return w;
    }
  return "";
}

Json rows_from_text(const domain::Movement& m, const std::string& detail) {
  const std::string head = "Tiêu chí ";
  Json rows = Json::array();
  std::string crit;  // criterion id of the block being read
  Json cur;
  auto flush = [&] {
    if (cur.is_object()) rows.push(std::move(cur));
    cur = Json();
  };
  for (size_t a = 0; a < detail.size();) {
    size_t b = detail.find('\n', a);
    if (b == std::string::npos) b = detail.size();
    std::string line = detail.substr(a, b - a);
    a = b + 1;
    size_t depth = line.find_first_not_of(' ');
    if (depth == std::string::npos) continue;
    line = line.substr(depth);
    if (depth == 2 && line.rfind(head, 0) == 0 && line.back() == ':') {
      flush();
      crit = line.substr(head.size(), line.size() - head.size() - 1);
      continue;
    }
    std::string w = status_word(line);
    if (depth == 2 && !w.empty()) {  // a principle, outside any criterion
      flush();
      crit.clear();
      rows.push(row(line, w));
    } else if (!crit.empty() && depth == 4) {
      flush();
      cur = row(criterion_text(m, crit) + " Đối chiếu: " + line, w.empty() ? "—" : w);
    } else if (!crit.empty() && cur.is_object()) {
      cur.set("noi_dung",
              S(cur.find("noi_dung")->as_string() + "; " + (w.empty() ? "" : text::lower(w) + ": ") + line));
    }
  }
  flush();
  return rows;
}

std::string opening(const BaoCaoThamDinhInput& in) {
  std::string s = "Thực hiện " + plan_reference(*in.movement) + ", " + in.office.name +
                  " đã tiếp nhận hồ sơ đề nghị khen thưởng " + domain::round_label(in.round) + " của " +
                  two_digits(in.received) + " cơ quan, đơn vị, địa phương";
  if (in.late) s += " (" + two_digits(in.late) + " hồ sơ nộp quá hạn)";
  if (in.unfinished)
    s += "; " + two_digits(in.unfinished) + " hồ sơ chưa thẩm định xong, không có trong báo cáo này";
  return s + ".";
}

}  // namespace

Json bao_cao_tham_dinh(const BaoCaoThamDinhInput& in) {
  const auto& m = *in.movement;
  Header h = header_of(in.office, m);
  int tt = 0, cn = 0;
  std::set<std::string> awards;
  Json cases = Json::array();
  for (auto& n : in.appraised) {
    Json x = Json::object();
    x.set("ten", S(name_with_unit(n)));
    x.set("hinh_thuc", S(award_name(m, n.award) + (n.is_agency() ? " (tập thể)" : " (cá nhân)")));
    x.set("ket_luan", S(text::upper_first(domain::label(n.appraisal))));
    x.set("tieu_chi", criterion_rows(m, n));
    cases.push(std::move(x));
    if (n.appraisal == domain::Appraisal::Eligible) {
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
  j.set("mo_dau", arr({opening(in), "Kết quả thẩm định theo từng tiêu chuẩn của Kế hoạch như sau:"}));
  j.set("truong_hop", std::move(cases));
  j.set("so_luong",
        arr(in.quota_lines.empty() ? std::vector<std::string>{"Số lượng đề nghị đủ điều kiện nằm trong "
                                                              "số lượng khen thưởng của Kế hoạch."}
                                   : in.quota_lines));
  if (!in.legal_notes.empty()) j.set("luu_y", arr(in.legal_notes));
  if (tt + cn == 0)
    j.set("kien_nghi", arr({in.office.name + " kính báo cáo " + council_name(m) +
                            ": không có tập thể, cá nhân nào đủ điều kiện đề nghị khen thưởng./."}));
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
