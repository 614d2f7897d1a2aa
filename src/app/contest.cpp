#include "app/contest.hpp"

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <filesystem>
#include <set>

#include "app/common.hpp"
#include "app/forms.hpp"
#include "core/clock.hpp"
#include "core/files.hpp"
#include "domain/contest.hpp"
#include "intake/sheet.hpp"
#include "render/xlsx/xlsx.hpp"
#include "rules/contest.hpp"
#include "rules/eligibility.hpp"
#include "text/format.hpp"
#include "text/normalize.hpp"

namespace tdkt::app {

using core::Json;
namespace fs = std::filesystem;

namespace {

const std::string kRound = "cuoc_thi";  // the contest's documents are documents of this round of its movement

std::string points_text(double v) {
  return text::format_decimal(v, std::fabs(v - std::round(v)) < 1e-9 ? 0 : 2);
}

struct Contest {
  std::unique_ptr<store::Store> s;
  StoredMovement L;
  domain::ContestRules r;
};

std::optional<Contest> open_contest(const Context& c, const std::string& movement, Outcome& o) {
  Contest k;
  k.s = open_store(c);
  auto L = load_movement(*k.s, movement, o);
  if (!L) return std::nullopt;
  if (L->m.kind != "cuoc_thi") {
    o = fail(kInvalidInput,
             "phong trào «" + movement + "» không phải một cuộc thi (kind: " + L->m.kind + ")");
    return std::nullopt;
  }
  auto raw = k.s->contest_rules(L->row.id);
  if (!raw) {
    o = fail(kNotFound, "cuộc thi «" + movement + "» chưa có thể lệ", "tdkt contest import THỂ_LỆ.json");
    return std::nullopt;
  }
  core::Diagnostics d;
  auto json = core::parse_json(*raw, "thể lệ đã lưu", d);
  auto r = json ? domain::parse_contest(*json, "thể lệ đã lưu", d) : std::nullopt;
  if (!r) {
    o = fail(kEnvironment, "thể lệ đã lưu của «" + movement + "» không đọc được:\n" + d.to_string());
    return std::nullopt;
  }
  k.L = std::move(*L);
  k.r = std::move(*r);
  return k;
}

bool in_body(const std::vector<domain::BodyMember>& body, const std::string& name) {
  return std::any_of(body.begin(), body.end(), [&](auto& m) { return m.name == name; });
}

// Results are recognised once: after the award the entries carry their rank, and points, order and decision
// freeze.
bool awarded(const std::vector<store::ContestEntryRow>& entries) {
  return std::any_of(entries.begin(), entries.end(), [](auto& e) { return e.rank.has_value(); });
}

// The decisions of the contest are made by the plan's signer or a member of the Ban tổ chức.
bool may_decide(const domain::ContestRules& r, const domain::Movement& m, const std::string& actor) {
  return actor == m.signer.name || in_body(r.organisers, actor);
}

std::string contest_name(const StoredMovement& L) {
  std::string s = L.m.document.summary;
  for (const std::string p : {"Tổ chức ", "tổ chức "})
    if (s.rfind(p, 0) == 0) s = s.substr(p.size());
  s = text::upper_first(s);  // "cuộc thi viết …" → "Cuộc thi viết …"
  if (s.rfind("Cuộc", 0) != 0 && s.rfind("cuộc", 0) != 0) s = "Cuộc thi " + s;
  return s;
}

std::string prize_name(const domain::ContestRules& r, const std::string& id) {
  for (auto& p : r.prizes)
    if (p.id == id) return p.name;
  return "";
}
const domain::Prize* prize(const domain::ContestRules& r, const std::string& id) {
  for (auto& p : r.prizes)
    if (p.id == id) return &p;
  return nullptr;
}

// Judges who may not score an entry: their unit sent it, or they wrote it.
std::set<std::string> recused(store::Store& s, const domain::ContestRules& r,
                              const store::ContestEntryRow& e) {
  std::set<std::string> out;
  std::set<std::string> author_names;
  for (auto& a : e.authors)
    if (a.rfind("person:", 0) == 0)
      if (auto p = s.person(a.substr(7))) author_names.insert(p->full_name);
  for (auto& j : r.judges)
    if ((!j.unit.empty() && j.unit == e.unit_code) || author_names.count(j.name)) out.insert(j.name);
  return out;
}

struct Judged {
  std::vector<store::ContestEntryRow> entries;
  std::map<std::string, const store::ContestEntryRow*> by_code;
  std::vector<rules::EntryScores> scores;
  rules::ContestOutcome outcome;
};

Judged judge_all(store::Store& s, const Contest& k) {
  Judged j;
  j.entries = s.entries(k.L.row.id);
  std::map<int64_t, size_t> at;
  for (auto& e : j.entries) {
    at[e.id] = j.scores.size();
    rules::EntryScores es;
    es.code = e.code;
    es.recused = recused(s, k.r, e);
    es.jury_order = e.jury_order;
    j.scores.push_back(std::move(es));
  }
  for (auto& e : j.entries) j.by_code[e.code] = &e;
  for (auto& sc : s.scores(k.L.row.id))
    if (auto it = at.find(sc.entry_id); it != at.end())
      j.scores[it->second].by_judge[sc.judge][sc.criterion] = sc.points;
  j.outcome = rules::judge_contest(k.r, j.scores);
  return j;
}

// Renders a form to DOCX and PDF in the workspace's documents folder and records them as documents of the
// contest.
std::vector<store::DocumentRow> write_docs(store::Store& s, const Context& c, const Contest& k,
                                           const std::string& form, const Json& data, const std::string& stem,
                                           const std::string& kind, const std::string& title, Outcome& o) {
  if (const char* keep = std::getenv("TDKT_KEEP_FORM_DATA"))
    core::write_file_atomic(std::string(keep) + "/" + form + ".json", core::to_json(data, 2));
  auto rows = write_documents(s, c, form, data, stem, kind, title, o);
  if (rows.empty()) throw core::Error("không lập được " + title + ":\n" + o.diags.to_string());
  for (auto& r : rows) {
    r.movement_id = k.L.row.id;
    r.round = kRound;
    r.id = s.add_document(r);
  }
  return rows;
}

// The signer's title in running text: "CHỦ TỊCH" → "Chủ tịch".
std::string signer_in_text(const domain::Movement& m) {
  return text::upper_first(text::lower(m.signer.title));
}

Json signer_of(const domain::Movement& m) {
  Json k = Json::object();
  k.set("quyen_han", S(m.signer.authority));
  k.set("chuc_vu", S(m.signer.title));
  k.set("ho_ten", S(m.signer.name));
  return k;
}

// "Căn cứ Kế hoạch … của Ủy ban nhân dân phường Trung Lương về việc tổ chức cuộc thi …;"
std::string plan_basis(const StoredMovement& L) {
  const auto& d = L.m.document;
  std::string s =
      "Căn cứ " + d.type_name + (d.number ? " số " + std::to_string(*d.number) + "/" + d.symbol : "");
  if (d.date)
    s += " " + text::nd30_date(*d.date);
  else if (d.month)
    s += " tháng " + text::month_padded(d.month) + " năm " + std::to_string(d.year);
  std::string area = issuer_area(L);
  s += " của " + (area.empty() ? L.m.issuer.name : "Ủy ban nhân dân " + area);
  if (!d.summary.empty()) s += " về việc " + text::lower_first(d.summary);
  return s + ";";
}

Json header_issuer(const StoredMovement& L, const std::string& so, const std::string& place_date) {
  Json j = Json::object();
  auto lines = issuer_lines_of(L.m);
  j.set("co_quan_chu_quan", S(L.m.issuer.parent));
  j.set("co_quan_lines", arr(lines));
  j.set("so", S(so));
  j.set("dia_danh_ngay", S(place_date));
  return j;
}

Json header_jury(const StoredMovement& L, const std::string& so, const std::string& place_date) {
  Json j = Json::object();
  auto lines = issuer_lines_of(L.m);
  j.set("co_quan_chu_quan", S(lines.size() > 1 ? "UBND " + lines[1] : lines[0]));
  j.set("co_quan_lines", arr({"BAN GIÁM KHẢO"}));
  j.set("so", S(so));
  j.set("dia_danh_ngay", S(place_date));
  return j;
}

std::string aggregate_rule(const domain::ContestRules& r) {
  std::string s = "Điểm xét của mỗi bài là trung bình cộng tổng điểm của các giám khảo";
  if (r.aggregate == "trimmed_mean")
    s += "; khi có từ " + two_digits(r.trim_from) +
         " giám khảo chấm trở lên thì bỏ một tổng điểm cao nhất và một tổng điểm thấp nhất";
  s += ". Giám khảo không chấm bài của đơn vị mình hoặc của chính mình.";
  if (!r.tie_break.empty()) {
    std::string t;
    for (auto& id : r.tie_break)
      for (auto& c : r.criteria)
        if (c.id == id) t += (t.empty() ? "" : ", rồi ") + std::string("«") + c.text + "»";
    s += " Bằng điểm thì xếp theo điểm trung bình tiêu chí " + t + "; vẫn bằng thì Ban giám khảo quyết định.";
  }
  if (r.min_total > 0) s += " Bài dưới " + points_text(r.min_total) + " điểm không xét giải.";
  return s;
}

}  // namespace

// ─── Import, entries, points ───────────────────────────────────────────────────────────────────────

Outcome contest_import(const Context& c, const std::string& file) {
  return guarded([&] {
    Outcome o;
    std::string raw;
    auto r = domain::load_contest(file, o.diags, &raw);
    if (!r) {
      o.exit = kInvalidInput;
      return o;
    }
    auto s = open_store(c);
    auto L = load_movement(*s, r->movement, o);
    if (!L) return o;
    if (L->m.kind != "cuoc_thi")
      return fail(kInvalidInput, file + ": phong trào «" + r->movement + "» không phải một cuộc thi");
    for (auto* body : {&r->judges, &r->organisers, &r->secretaries})
      for (auto& m : *body)
        if (!m.unit.empty() && !s->agency(m.unit))
          o.diags.error({file}, "bodies", "«" + m.name + "»: không có đơn vị mã «" + m.unit + "» trong kho",
                        "tdkt unit list");
    if (o.diags.has_errors()) {
      o.exit = kInvalidInput;
      return o;
    }
    bool again = s->contest_rules(L->row.id).has_value();
    s->transaction([&] {
      s->put_contest(L->row.id, raw);
      s->audit(c.actor, "contest_import", "movement", r->movement,
               std::string(again ? "cập nhật" : "nhập") + " thể lệ từ " + fs::path(file).filename().string() +
                   ", sha256=" + core::sha256_hex(raw));
    });
    o.text = std::string(again ? "Đã cập nhật" : "Đã nhập") + " thể lệ cuộc thi " + r->movement + ": " +
             std::to_string(r->criteria.size()) + " tiêu chí chấm (tổng " + points_text(r->max_total()) +
             " điểm), " + std::to_string(r->judges.size()) + " giám khảo, " +
             std::to_string(r->prizes.size()) + " loại giải\n";
    return o;
  });
}

Outcome contest_entry_add(const Context& c, const std::string& movement, const EntryInput& in) {
  return guarded([&] {
    Outcome o;
    auto k = open_contest(c, movement, o);
    if (!k) return o;
    auto& s = *k->s;
    if (!in_body(k->r.secretaries, c.actor.name) && !in_body(k->r.organisers, c.actor.name))
      return fail(kRefused,
                  "bài dự thi do Tổ thư ký hoặc Ban tổ chức tiếp nhận; «" + c.actor.name +
                      "» không thuộc hai ban này",
                  "dùng --as thu_ky:\"Họ tên\" của một thành viên Tổ thư ký");
    std::string title = text::fold_spaces(text::nfc(in.title));
    if (title.empty()) return fail(kInvalidInput, "--title: tên bài dự thi trống");
    const auto& topics = k->L.m.contest ? k->L.m.contest->topics : std::vector<std::string>{};
    if (in.topic < 1 || in.topic > static_cast<int>(topics.size()))
      return fail(kInvalidInput, "--topic " + std::to_string(in.topic) + ": kế hoạch có " +
                                     std::to_string(topics.size()) + " nội dung dự thi (1 đến " +
                                     std::to_string(topics.size()) + ")");
    if (in.authors.empty()) return fail(kInvalidInput, "cần ít nhất một --author person:MÃ hoặc agency:MÃ");
    store::ContestEntryRow e;
    e.movement_id = k->L.row.id;
    e.title = title;
    e.topic = in.topic;
    e.summary = text::fold_spaces(text::nfc(in.summary));
    std::string names;
    for (auto& a : in.authors) {
      if (a.rfind("person:", 0) == 0) {
        auto p = s.person(a.substr(7));
        if (!p) return fail(kNotFound, "--author " + a + ": không có cá nhân mã «" + a.substr(7) + "»");
        names += (names.empty() ? "" : ", ") + p->full_name;
        if (e.unit_code.empty()) e.unit_code = p->agency_code;
      } else if (a.rfind("agency:", 0) == 0) {
        auto ag = s.agency(a.substr(7));
        if (!ag) return fail(kNotFound, "--author " + a + ": không có đơn vị mã «" + a.substr(7) + "»");
        names += (names.empty() ? "" : ", ") + ag->name;
        if (e.unit_code.empty()) e.unit_code = ag->code;
      } else {
        return fail(kInvalidInput, "--author «" + a + "» phải có dạng person:MÃ hoặc agency:MÃ");
      }
      e.authors.push_back(a);
    }
    e.author_names = names;
    core::Date today = core::today();
    e.submitted_on = today.iso();
    if (k->r.entry_deadline && today > *k->r.entry_deadline)
      return fail(kRefused, "hạn nhận bài dự thi là " + k->r.entry_deadline->dmy() + "; hôm nay " +
                                today.dmy() + ": không nhận");
    if (!in.file.empty()) {
      std::string err;
      auto bytes = core::read_file(in.file, err);
      if (!bytes) return fail(kInvalidInput, in.file + ": " + err);
      if (bytes->empty()) return fail(kInvalidInput, in.file + ": tệp rỗng");
      std::string dir = documents_dir(s, c) + "/bai-du-thi";
      fs::create_directories(dir);
      e.file_sha256 = core::sha256_hex(*bytes);
      e.file_path = dir + "/" + e.file_sha256.substr(0, 12) + "-" + fs::path(in.file).filename().string();
      core::write_file_atomic(e.file_path, *bytes);
    }
    // Duplicate check: earlier recognised initiatives and the entries already in; a human decides.
    std::string me = e.title + " " + e.summary;
    std::vector<std::string> similar;
    for (auto& x : s.initiative_refs()) {
      double sim = rules::text_similarity(me, x.title);
      if (sim >= k->r.similarity)
        similar.push_back("sáng kiến đã được công nhận «" + x.title + "» (cấp " +
                          rules::level_label(x.level) + ", năm " + std::to_string(x.year) +
                          (x.decision.empty() ? "" : ", " + x.decision) + ") — giống " +
                          text::format_decimal(100 * sim, 0) + " %");
    }
    auto existing = s.entries(k->L.row.id);
    for (auto& x : existing) {
      double sim = rules::text_similarity(me, x.title + " " + x.summary);
      if (sim >= k->r.similarity)
        similar.push_back("bài " + x.code + " «" + x.title + "» — giống " +
                          text::format_decimal(100 * sim, 0) + " %");
    }
    e.code = k->r.code_prefix + "-" + two_digits(static_cast<int>(existing.size()) + 1);
    s.transaction([&] {
      e.id = s.add_entry(e);
      std::string detail = e.code + " «" + e.title + "», tác giả: " + names +
                           (e.file_sha256.empty() ? "" : ", tệp sha256=" + e.file_sha256);
      for (auto& x : similar) detail += "; có thể trùng: " + x;
      s.audit(c.actor, "contest_entry", "movement", movement, detail);
    });
    o.text = "Đã nhận bài dự thi " + e.code + ": «" + e.title + "» — " + names + "\n";
    for (auto& x : similar)
      o.diags.warning({}, "", "bài " + e.code + " có thể trùng " + x, "Ban tổ chức xem xét trước khi chấm");
    o.result.set("code", S(e.code));
    o.result.set("similar", arr(similar));
    return o;
  });
}

Outcome contest_entries(const Context& c, const std::string& movement, bool blind) {
  return guarded([&] {
    Outcome o;
    auto k = open_contest(c, movement, o);
    if (!k) return o;
    auto list = k->s->entries(k->L.row.id);
    Json a = Json::array();
    for (auto& e : list) {
      o.text += e.code + "\t" + e.title + (blind ? "" : "\t" + e.author_names) + "\n";
      Json x = Json::object();
      x.set("code", S(e.code));
      x.set("title", S(e.title));
      x.set("topic", Json::integer(e.topic));
      if (!blind) {
        x.set("authors", S(e.author_names));
        x.set("unit", S(e.unit_code));
        if (!e.prize.empty()) x.set("prize", S(e.prize));
      }
      a.push(std::move(x));
    }
    o.result.set("entries", std::move(a));
    return o;
  });
}

namespace {
Outcome score_sheet(const Context& c, Contest& k, const std::string& judge_in,
                    const std::vector<std::pair<std::string, std::map<std::string, double>>>& sheet,
                    const std::string& origin) {
  Outcome o;
  auto& s = *k.s;
  std::string judge = text::fold_spaces(text::nfc(judge_in));
  const auto* j = k.r.judge(judge);
  if (!j) {
    std::string list;
    for (auto& x : k.r.judges) list += (list.empty() ? "" : ", ") + x.name;
    return fail(kRefused, "«" + judge + "» không phải thành viên Ban giám khảo", "Ban giám khảo: " + list);
  }
  if (c.actor.name != judge && !in_body(k.r.secretaries, c.actor.name))
    return fail(kRefused, "điểm của giám khảo " + judge + " do chính giám khảo hoặc Tổ thư ký nhập; «" +
                              c.actor.name + "» không được nhập");
  auto entries = s.entries(k.L.row.id);
  if (awarded(entries)) return fail(kRefused, "cuộc thi đã công nhận kết quả; điểm không sửa được nữa");
  std::vector<store::ContestScoreRow> rows;
  for (auto& line : sheet) {
    const std::string& code = line.first;
    const auto& points = line.second;
    auto e = std::find_if(entries.begin(), entries.end(), [&code](auto& x) { return x.code == code; });
    if (e == entries.end()) {
      o.diags.error({origin}, "", "không có bài dự thi mã «" + code + "»");
      continue;
    }
    if (recused(s, k.r, *e).count(judge)) {
      o.exit = kRefused;
      o.diags.error({origin}, "",
                    "giám khảo " + judge + " không chấm bài " + code + ": bài của " +
                        (j->unit == e->unit_code ? "đơn vị mình (" + e->unit_code + ")" : "chính mình") +
                        " — tránh xung đột lợi ích");
      continue;
    }
    for (auto& cr : k.r.criteria) {
      auto p = points.find(cr.id);
      if (p == points.end()) {
        o.diags.error({origin}, "",
                      "bài " + code + ": thiếu điểm tiêu chí «" + cr.id + "» (" + cr.text + ")");
        continue;
      }
      if (!(p->second >= 0 && p->second <= cr.max))
        o.diags.error({origin}, "",
                      "bài " + code + ", tiêu chí «" + cr.id + "»: " + text::format_decimal(p->second, 2) +
                          " ngoài khoảng 0 – " + points_text(cr.max));
      else
        rows.push_back({e->id, judge, cr.id, p->second});
    }
    for (auto& given : points) {
      const std::string& id = given.first;
      if (std::none_of(k.r.criteria.begin(), k.r.criteria.end(), [&id](auto& cr) { return cr.id == id; }))
        o.diags.error({origin}, "", "bài " + code + ": thể lệ không có tiêu chí «" + id + "»");
    }
  }
  if (o.diags.has_errors()) {
    if (!o.exit) o.exit = kInvalidInput;
    return o;
  }
  s.transaction([&] {
    for (auto& r : rows) s.put_score(r);
    std::string detail = "giám khảo " + judge + ":";
    for (auto& [code, points] : sheet) {
      double t = 0;
      for (auto& [_, v] : points) t += v;
      detail += " " + code + "=" + points_text(t);
    }
    s.audit(c.actor, "contest_score", "movement", k.L.row.code, detail);
  });
  for (auto& [code, points] : sheet) {
    double t = 0;
    for (auto& [_, v] : points) t += v;
    o.text += "Giám khảo " + judge + " — bài " + code + ": " + points_text(t) + "/" +
              points_text(k.r.max_total()) + " điểm\n";
  }
  return o;
}
}  // namespace

Outcome contest_score(const Context& c, const std::string& movement, const std::string& judge,
                      const std::string& entry, const std::map<std::string, double>& points) {
  return guarded([&] {
    Outcome o;
    auto k = open_contest(c, movement, o);
    if (!k) return o;
    return score_sheet(c, *k, judge, {{entry, points}}, "--points");
  });
}

Outcome contest_score_file(const Context& c, const std::string& movement, const std::string& judge,
                           const std::string& file) {
  return guarded([&] {
    Outcome o;
    auto k = open_contest(c, movement, o);
    if (!k) return o;
    auto t = intake::read(file, "", o.diags);
    if (!t) {
      o.exit = kInvalidInput;
      return o;
    }
    if (t->rows.empty()) return fail(kInvalidInput, file + ": tệp không có dòng nào");
    // Header: «Mã bài» then criterion ids (or their texts).
    const auto& head = t->rows[0];
    std::map<size_t, std::string> col;
    size_t code_col = SIZE_MAX;
    for (size_t i = 0; i < head.cells.size(); ++i) {
      std::string h = text::fold_spaces(head.cells[i].text);
      if (text::lower(h) == "mã bài") {
        code_col = i;
        continue;
      }
      for (auto& cr : k->r.criteria)
        if (h == cr.id || h == cr.text) col[i] = cr.id;
    }
    if (code_col == SIZE_MAX)
      return fail(kInvalidInput, file + " dòng " + std::to_string(head.number) + ": thiếu cột «Mã bài»");
    std::vector<std::pair<std::string, std::map<std::string, double>>> sheet;
    for (size_t r = 1; r < t->rows.size(); ++r) {
      const auto& row = t->rows[r];
      if (row.blank()) continue;
      std::string code = text::fold_spaces(row.at(code_col).text);
      std::map<std::string, double> points;
      for (auto& [i, id] : col) {
        const auto& cell = row.at(i);
        if (cell.kind == intake::Cell::Kind::Empty) continue;
        char* end = nullptr;
        std::string txt = cell.text;
        std::replace(txt.begin(), txt.end(), ',', '.');
        double v = cell.kind == intake::Cell::Kind::Number ? cell.number : std::strtod(txt.c_str(), &end);
        if (cell.kind != intake::Cell::Kind::Number && (end == txt.c_str() || *end)) {
          o.diags.error({file, row.number, static_cast<int>(i) + 1}, id,
                        "«" + cell.text + "» không phải số điểm");
          continue;
        }
        points[id] = v;
      }
      sheet.emplace_back(code, points);
    }
    if (o.diags.has_errors()) {
      o.exit = kInvalidInput;
      return o;
    }
    return score_sheet(c, *k, judge, sheet, file);
  });
}

// ─── Results ───────────────────────────────────────────────────────────────────────────────────────

Outcome contest_results(const Context& c, const std::string& movement) {
  return guarded([&] {
    Outcome o;
    auto k = open_contest(c, movement, o);
    if (!k) return o;
    auto j = judge_all(*k->s, *k);
    Json rank = Json::array();
    for (auto& e : j.outcome.ranking) {
      const auto* row = j.by_code.at(e.code);
      std::string line = std::to_string(e.rank) + ". " + e.code + " «" + row->title + "» — " +
                         row->author_names + ": " + text::format_decimal(e.aggregate, 2) + " điểm";
      if (!e.prize.empty()) line += " — " + prize_name(k->r, e.prize);
      if (e.tie) line += " (đồng hạng)";
      if (!e.tie_note.empty()) line += " [" + e.tie_note + "]";
      if (!e.dropped.empty())
        line += " (bỏ điểm cao nhất của " + e.dropped[0] + ", thấp nhất của " + e.dropped[1] + ")";
      o.text += line + "\n";
      Json x = Json::object();
      x.set("code", S(e.code));
      x.set("rank", Json::integer(e.rank));
      x.set("points", Json::number(e.aggregate));
      x.set("prize", S(e.prize));
      x.set("tie", Json::boolean(e.tie));
      x.set("missing", arr(e.missing));
      rank.push(std::move(x));
    }
    for (auto& p : j.outcome.problems) o.text += "Chưa xong: " + p + "\n";
    o.result.set("ranking", std::move(rank));
    o.result.set("problems", arr(j.outcome.problems));
    o.result.set("complete", Json::boolean(j.outcome.complete()));
    return o;
  });
}

Outcome contest_decide(const Context& c, const std::string& movement, const std::vector<std::string>& order,
                       const std::string& note) {
  return guarded([&] {
    Outcome o;
    auto k = open_contest(c, movement, o);
    if (!k) return o;
    auto& s = *k->s;
    bool chief = std::any_of(k->r.judges.begin(), k->r.judges.end(),
                             [&](auto& j) { return j.name == c.actor.name && j.role == "Trưởng ban"; });
    if (!chief && !in_body(k->r.organisers, c.actor.name))
      return fail(kRefused,
                  "thứ tự các bài đồng hạng do Trưởng ban giám khảo hoặc Ban tổ chức quyết định; «" +
                      c.actor.name + "» không được");
    if (text::fold_spaces(note).empty())
      return fail(kInvalidInput, "cần --note: căn cứ quyết định (ví dụ biên bản họp Ban giám khảo)");
    auto j = judge_all(s, *k);
    if (awarded(j.entries))
      return fail(kRefused, "cuộc thi đã công nhận kết quả; thứ hạng không sửa được nữa");
    if (order.size() < 2)
      return fail(kInvalidInput, "--order cần ít nhất hai mã bài, bài xếp trên trước: SK-03,SK-07");
    std::set<std::string> seen;
    int rank = 0;
    for (auto& code : order) {
      auto it = std::find_if(j.outcome.ranking.begin(), j.outcome.ranking.end(),
                             [&code](auto& e) { return e.code == code; });
      if (it == j.outcome.ranking.end()) return fail(kNotFound, "không có bài dự thi mã «" + code + "»");
      if (!seen.insert(code).second) return fail(kInvalidInput, "bài " + code + " có hai lần trong --order");
      if (!it->tie)
        return fail(kRefused, "bài " + code + " không đồng hạng với bài nào (hạng " +
                                  std::to_string(it->rank) + "): không cần Ban giám khảo quyết định");
      if (rank && it->rank != rank)
        return fail(kRefused, "các bài trong --order phải cùng một nhóm đồng hạng");
      rank = it->rank;
    }
    size_t group = static_cast<size_t>(std::count_if(j.outcome.ranking.begin(), j.outcome.ranking.end(),
                                                     [&](auto& e) { return e.rank == rank; }));
    if (group != order.size())
      return fail(kRefused, "nhóm đồng hạng " + std::to_string(rank) + " có " + std::to_string(group) +
                                " bài; --order phải liệt kê đủ cả nhóm");
    s.transaction([&] {
      int n = 0;
      for (auto& code : order) s.set_jury_order(j.by_code.at(code)->id, ++n);
      std::string list;
      for (auto& code : order) list += (list.empty() ? "" : " > ") + code;
      s.audit(c.actor, "contest_decide", "movement", movement,
              "đồng hạng " + std::to_string(rank) + ": " + list + "; căn cứ: " + text::nfc(note));
    });
    o.text = "Ban giám khảo xếp các bài đồng hạng " + std::to_string(rank) + ":";
    for (auto& code : order) o.text += " " + code;
    o.text += "\n";
    return o;
  });
}

// ─── Documents ─────────────────────────────────────────────────────────────────────────────────────

Outcome contest_establish(const Context& c, const std::string& movement) {
  return guarded([&] {
    Outcome o;
    auto k = open_contest(c, movement, o);
    if (!k) return o;
    auto& s = *k->s;
    const auto& m = k->L.m;
    if (!may_decide(k->r, m, c.actor.name))
      return fail(kRefused, "Quyết định thành lập do người ký của kế hoạch (" + m.signer.name +
                                ") hoặc Ban tổ chức lập");
    core::Date today = core::today();
    std::string cuoc_thi = contest_name(k->L);
    std::vector<store::DocumentRow> docs;
    int number = 0;
    s.transaction([&] {
      number = s.next_number(m.issuer.name, "QĐ", today.y);
      std::string symbol = "QĐ-" + m.issuer.abbrev;
      Json j =
          header_issuer(k->L, text::doc_number(number, symbol), text::nd30_place_date(m.issuer.place, today));
      j.set("ten_loai", S("QUYẾT ĐỊNH"));
      j.set("trich_yeu", S("Về việc thành lập Ban tổ chức, Ban giám khảo và Tổ thư ký " + cuoc_thi));
      j.set("tham_quyen", S(text::upper(m.signer.title) + " " + text::upper(m.issuer.name)));
      j.set("can_cu", arr({"Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;", plan_basis(k->L)}));
      j.set("xet_de_nghi", S("Theo đề nghị của Tổ thư ký cuộc thi."));
      j.set("dieu",
            arr({"Thành lập Ban tổ chức, Ban giám khảo và Tổ thư ký " + cuoc_thi +
                     " gồm các ông (bà) có tên trong danh sách kèm theo.",
                 "Ban tổ chức chỉ đạo, tổ chức cuộc thi theo kế hoạch và thể lệ; Ban giám khảo chấm các bài "
                 "dự thi khách quan, công "
                 "khai theo thể lệ, không chấm bài của đơn vị mình; Tổ thư ký tiếp nhận, mã hóa bài dự thi, "
                 "tổng hợp điểm và giúp "
                 "việc cho Ban tổ chức, Ban giám khảo. Các ban tự giải thể sau khi hoàn thành nhiệm vụ.",
                 "Quyết định có hiệu lực kể từ ngày ký. Văn phòng Ủy ban nhân dân và các ông (bà) có tên tại "
                 "Điều 1 chịu trách "
                 "nhiệm thi hành Quyết định này./."}));
      j.set("noi_nhan", arr({"Như Điều 3;", "Lưu: VT."}));
      j.set("ky", signer_of(m));
      Json ds = Json::object();
      ds.set("tieu_de", S("Ban tổ chức, Ban giám khảo và Tổ thư ký " + cuoc_thi));
      ds.set("kem_theo",
             S("(Kèm theo Quyết định số " + two_digits(number) + "/" + symbol + " " + text::nd30_date(today) +
               " của " + signer_in_text(m) + " Ủy ban nhân dân " + issuer_area(k->L) + ")"));
      Json bans = Json::array();
      for (auto& [name, body] : std::vector<std::pair<std::string, const std::vector<domain::BodyMember>*>>{
               {"I. BAN TỔ CHỨC", &k->r.organisers},
               {"II. BAN GIÁM KHẢO", &k->r.judges},
               {"III. TỔ THƯ KÝ", &k->r.secretaries}}) {
        if (body->empty()) continue;
        Json b = Json::object();
        b.set("ten", S(name));
        Json tv = Json::array();
        for (auto& x : *body) {
          Json r = Json::object();
          r.set("ho_ten", S(x.name));
          r.set("chuc_vu", S(x.position));
          r.set("nhiem_vu", S(x.role));
          tv.push(std::move(r));
        }
        b.set("thanh_vien", std::move(tv));
        bans.push(std::move(b));
      }
      ds.set("ban", std::move(bans));
      j.set("danh_sach", std::move(ds));
      docs = write_docs(
          s, c, *k, "quyet-dinh-thanh-lap", j,
          "quyet-dinh-" + two_digits(number) + "-" + std::to_string(today.y) + "-thanh-lap-cac-ban",
          "quyet_dinh_thanh_lap", "Quyết định số " + two_digits(number) + "/" + symbol + " thành lập các ban",
          o);
      s.audit(c.actor, "contest_establish", "movement", movement,
              "Quyết định số " + two_digits(number) + "/" + symbol + docs_detail(docs));
    });
    o.text = "Quyết định thành lập Ban tổ chức, Ban giám khảo, Tổ thư ký số " + two_digits(number) + "/QĐ-" +
             m.issuer.abbrev + ":\n";
    for (auto& d : docs) o.text += "  " + d.path + "\n";
    return o;
  });
}

Outcome contest_sheets(const Context& c, const std::string& movement) {
  return guarded([&] {
    Outcome o;
    auto k = open_contest(c, movement, o);
    if (!k) return o;
    auto& s = *k->s;
    auto j = judge_all(s, *k);
    core::Date today = core::today();
    std::vector<store::DocumentRow> all;
    s.transaction([&] {
      int n = 0;
      for (auto& judge : k->r.judges) {
        ++n;
        Json d = header_jury(k->L, "", text::nd30_place_date(k->L.m.issuer.place, today));
        d.set("ten_loai", S("PHIẾU CHẤM ĐIỂM"));
        d.set("trich_yeu", S(contest_name(k->L)));
        Json gk = Json::object();
        gk.set("ho_ten", S(judge.name));
        gk.set("chuc_vu", S(judge.position));
        d.set("giam_khao", std::move(gk));
        std::vector<std::string> guide;
        for (auto& cr : k->r.criteria)
          guide.push_back("- " + cr.text + ": tối đa " + points_text(cr.max) + " điểm.");
        d.set("huong_dan", arr(guide));
        d.set("tong_toi_da", S(points_text(k->r.max_total())));
        Json bai = Json::array();
        for (size_t i = 0; i < j.entries.size(); ++i) {
          const auto& e = j.entries[i];
          const auto& sc = j.scores[i];
          Json b = Json::object();
          b.set("ma", S(e.code));
          b.set("ten", S(k->r.blind ? "" : e.title));
          bool off = sc.recused.count(judge.name) > 0;
          auto mine = sc.by_judge.find(judge.name);
          Json tc = Json::array();
          double total = 0;
          bool full = mine != sc.by_judge.end();
          for (auto& cr : k->r.criteria) {
            Json t = Json::object();
            t.set("noi_dung", S(cr.text));
            t.set("toi_da", S(points_text(cr.max)));
            std::string v;
            if (!off && mine != sc.by_judge.end()) {
              auto p = mine->second.find(cr.id);
              if (p != mine->second.end()) {
                v = points_text(p->second);
                total += p->second;
              } else
                full = false;
            }
            t.set("diem", S(v));
            tc.push(std::move(t));
          }
          b.set("tieu_chi", std::move(tc));
          b.set("tong", S(!off && full ? points_text(total) : ""));
          b.set("ghi_chu",
                S(off ? "Giám khảo không chấm bài này (bài của đơn vị mình hoặc của chính mình)." : ""));
          bai.push(std::move(b));
        }
        d.set("bai", std::move(bai));
        auto docs =
            write_docs(s, c, *k, "phieu-cham-diem", d,
                       "phieu-cham-diem-" + two_digits(n) + "-" + text::ascii_words(judge.name).back(),
                       "phieu_cham_diem", "Phiếu chấm điểm của giám khảo " + judge.name, o);
        all.insert(all.end(), docs.begin(), docs.end());
      }
      s.audit(c.actor, "contest_sheets", "movement", movement,
              std::to_string(k->r.judges.size()) + " phiếu chấm điểm" + docs_detail(all));
    });
    o.text = "Phiếu chấm điểm của " + std::to_string(k->r.judges.size()) + " giám khảo (" +
             std::to_string(j.entries.size()) + " bài):\n";
    for (auto& d : all) o.text += "  " + d.path + "\n";
    return o;
  });
}

Outcome contest_award(const Context& c, const std::string& movement, const std::string& place_in) {
  return guarded([&] {
    Outcome o;
    auto k = open_contest(c, movement, o);
    if (!k) return o;
    auto& s = *k->s;
    const auto& m = k->L.m;
    if (!may_decide(k->r, m, c.actor.name))
      return fail(kRefused, "Quyết định công nhận kết quả do người ký của kế hoạch (" + m.signer.name +
                                ") hoặc Ban tổ chức lập");
    auto j = judge_all(s, *k);
    if (j.entries.empty()) return fail(kRefused, "cuộc thi chưa có bài dự thi");
    if (awarded(j.entries))
      return fail(kRefused, "cuộc thi đã công nhận kết quả; không lập lại Quyết định",
                  "xem văn bản đã lập: tdkt contest entries --movement " + movement);
    if (!j.outcome.complete()) {
      std::string list;
      for (auto& p : j.outcome.problems) list += "\n  - " + p;
      return fail(kRefused, "chưa công nhận được kết quả:" + list,
                  "nhập đủ điểm (tdkt contest score) hoặc Ban giám khảo quyết định thứ hạng");
    }
    core::Date today = core::today();
    std::string cuoc_thi = contest_name(k->L);
    std::string area = issuer_area(k->L);
    const auto* chief = k->r.judges.empty() ? nullptr : &k->r.judges[0];
    for (auto& x : k->r.judges)
      if (x.role == "Trưởng ban") chief = &x;
    const auto* clerk = k->r.secretaries.empty() ? nullptr : &k->r.secretaries[0];
    for (auto& x : k->r.secretaries)
      if (x.role == "Tổ trưởng") clerk = &x;
    std::vector<const rules::EntryResult*> winners;
    for (auto& e : j.outcome.ranking)
      if (!e.prize.empty()) winners.push_back(&e);
    int64_t total = 0;
    for (auto* w : winners) total += prize(k->r, w->prize)->amount;
    std::vector<std::string> notes;
    for (auto& e : j.outcome.ranking) {
      if (!e.tie_note.empty() &&
          std::find(notes.begin(), notes.end(), "Bài " + e.code + ": " + e.tie_note + ".") == notes.end())
        notes.push_back("Bài " + e.code + ": " + e.tie_note + ".");
    }
    for (size_t i = 0; i < j.entries.size(); ++i)
      for (auto& r : j.scores[i].recused)
        notes.push_back("Giám khảo " + r + " không chấm bài " + j.entries[i].code +
                        " (bài của đơn vị mình hoặc của chính mình).");
    // Judges by given name in the narrow column, by full name when two share a given name.
    std::map<std::string, std::string> short_name;
    std::map<std::string, int> given_count;
    for (auto& jg : k->r.judges) {
      std::string given =
          jg.name.substr(jg.name.rfind(' ') == std::string::npos ? 0 : jg.name.rfind(' ') + 1);
      short_name[jg.name] = given;
      ++given_count[given];
    }
    for (auto& [full, given] : short_name)
      if (given_count[given] > 1) given = full;
    auto judge_points = [&](const rules::EntryResult& e) {
      std::string t;
      for (auto& [name, v] : e.totals) {
        bool dropped = std::find(e.dropped.begin(), e.dropped.end(), name) != e.dropped.end();
        t += (t.empty() ? "" : "; ") + short_name[name] + " " +
             (dropped ? "(" + points_text(v) + ")" : points_text(v));
      }
      return t;
    };
    // One line of results, as the score summary and the jury's minutes both list them.
    auto result_row = [&](const rules::EntryResult& e) {
      const auto* row = j.by_code.at(e.code);
      Json r = Json::object();
      r.set("ma", S(e.code));
      r.set("ten", S(row->title));
      r.set("tac_gia", S(row->author_names));
      r.set("diem", S(text::format_decimal(e.aggregate, 2)));
      r.set("hang", S(std::to_string(e.rank)));
      r.set("giai", S(prize_name(k->r, e.prize)));
      return r;
    };
    std::vector<store::DocumentRow> docs;
    int qd = 0, bb = 0, ttr = 0;
    std::string sym_qd = "QĐ-" + m.issuer.abbrev, sym_ttr = "TTr-" + m.issuer.abbrev;
    std::string place = place_in.empty() ? "Hội trường Ủy ban nhân dân " + area : place_in;
    std::string stem_year = std::to_string(today.y);
    s.transaction([&] {
      // 1. Bảng tổng hợp điểm (DOCX, PDF) and the workbook.
      Json t = header_jury(k->L, "", text::nd30_place_date(m.issuer.place, today));
      t.set("ten_loai", S("BẢNG TỔNG HỢP ĐIỂM"));
      t.set("trich_yeu", S(cuoc_thi));
      t.set("mo_dau", arr({aggregate_rule(k->r), "Điểm trong ngoặc là tổng điểm không tính vào điểm xét."}));
      Json bai = Json::array();
      for (auto& e : j.outcome.ranking) {
        Json b = result_row(e);
        b.set("diem_gk", S(judge_points(e)));
        bai.push(std::move(b));
      }
      t.set("bai", bai);
      t.set("ghi_chu", arr(notes));
      Json tk = Json::object();
      tk.set("ho_ten", S(clerk ? clerk->name : ""));
      Json tb = Json::object();
      tb.set("ho_ten", S(chief ? chief->name : ""));
      t.set("thu_ky", tk);
      t.set("truong_ban", tb);
      auto d1 = write_docs(s, c, *k, "bang-tong-hop-diem", t, "bang-tong-hop-diem-" + stem_year,
                           "bang_tong_hop_diem", "Bảng tổng hợp điểm", o);
      docs.insert(docs.end(), d1.begin(), d1.end());
      {
        std::string path = documents_dir(s, c) + "/bang-tong-hop-diem-" + stem_year + ".xlsx";
        xlsx::Options xo;
        xo.created = static_cast<std::time_t>(core::now_unix());
        xo.title = "Bảng tổng hợp điểm — " + cuoc_thi;
        xo.author = "tdkt";
        xlsx::Workbook wb(path, xo);
        xlsx::SheetSpec sum;
        sum.name = "Tổng hợp";
        sum.title = {"BẢNG TỔNG HỢP ĐIỂM", text::upper(cuoc_thi)};
        sum.notes = {aggregate_rule(k->r)};
        sum.columns = {{"STT", 5, xlsx::Type::Integer, false},
                       {"Mã bài", 9, xlsx::Type::Text, false},
                       {"Tên bài dự thi", 40, xlsx::Type::Text, true},
                       {"Tác giả", 28, xlsx::Type::Text, true}};
        for (auto& jg : k->r.judges) sum.columns.push_back({jg.name, 12, xlsx::Type::Text, true});
        sum.columns.push_back({"Không tính vào điểm xét", 22, xlsx::Type::Text, true});
        sum.columns.push_back({"Điểm xét", 10, xlsx::Type::Text, false});
        sum.columns.push_back({"Xếp hạng", 9, xlsx::Type::Integer, false});
        sum.columns.push_back({"Giải", 16, xlsx::Type::Text, false});
        wb.begin(sum);
        int i = 0;
        for (auto& e : j.outcome.ranking) {
          const auto* row = j.by_code.at(e.code);
          std::vector<xlsx::Cell> cells = {xlsx::Cell::num(++i), xlsx::Cell::str(e.code),
                                           xlsx::Cell::str(row->title), xlsx::Cell::str(row->author_names)};
          std::string out_of;
          for (auto& jg : k->r.judges) {
            auto it =
                std::find_if(e.totals.begin(), e.totals.end(), [&](auto& p) { return p.first == jg.name; });
            bool dropped = std::find(e.dropped.begin(), e.dropped.end(), jg.name) != e.dropped.end();
            if (it != e.totals.end() && dropped)
              out_of += (out_of.empty() ? "" : "; ") + jg.name + " (" + points_text(it->second) + ")";
            cells.push_back(it == e.totals.end() ? xlsx::Cell::str("không chấm")
                                                 : xlsx::Cell::num(it->second));
          }
          cells.push_back(xlsx::Cell::str(out_of));
          cells.push_back(xlsx::Cell::num(e.aggregate));
          cells.push_back(xlsx::Cell::num(e.rank));
          cells.push_back(xlsx::Cell::str(prize_name(k->r, e.prize)));
          wb.row(cells);
        }
        wb.footer(notes);
        xlsx::SheetSpec det;
        det.name = "Điểm chi tiết";
        det.title = {"ĐIỂM CHI TIẾT CỦA TỪNG GIÁM KHẢO"};
        det.columns = {{"Mã bài", 9, xlsx::Type::Text, false}, {"Giám khảo", 24, xlsx::Type::Text, false}};
        for (auto& cr : k->r.criteria)
          det.columns.push_back(
              {cr.text + " (tối đa " + points_text(cr.max) + ")", 16, xlsx::Type::Text, true});
        det.columns.push_back({"Tổng", 9, xlsx::Type::Text, false});
        wb.begin(det);
        for (size_t x = 0; x < j.entries.size(); ++x)
          for (auto& [judge, pts] : j.scores[x].by_judge) {
            std::vector<xlsx::Cell> cells = {xlsx::Cell::str(j.entries[x].code), xlsx::Cell::str(judge)};
            double sum_pts = 0;
            for (auto& cr : k->r.criteria) {
              auto p = pts.find(cr.id);
              cells.push_back(p == pts.end() ? xlsx::Cell::str("") : xlsx::Cell::num(p->second));
              if (p != pts.end()) sum_pts += p->second;
            }
            cells.push_back(xlsx::Cell::num(sum_pts));
            wb.row(cells);
          }
        wb.close();
        std::string err;
        auto bytes = core::read_file(path, err);
        if (!bytes) throw core::Error("không đọc lại được " + path + ": " + err);
        store::DocumentRow r;
        r.kind = "bang_tong_hop_diem";
        r.title = "Bảng tổng hợp điểm (xlsx)";
        r.path = path;
        r.sha256 = core::sha256_hex(*bytes);
        r.size = static_cast<int64_t>(bytes->size());
        r.source = "generated";
        r.movement_id = k->L.row.id;
        r.round = kRound;
        r.id = s.add_document(r);
        docs.push_back(r);
      }
      // 2. Biên bản họp Ban giám khảo.
      bb = s.next_number(m.issuer.name + " — Ban giám khảo", "BB", today.y);
      Json b = header_jury(k->L, text::doc_number(bb, "BB-BGK"), "");
      b.set("ten_loai", S("BIÊN BẢN"));
      b.set("trich_yeu", S("Họp Ban giám khảo " + cuoc_thi));
      b.set("thoi_gian_bat_dau", S(text::nd30_date(today) + "."));
      b.set("dia_diem", S(place + "."));
      b.set("thanh_phan", S("Ban giám khảo: " + two_digits(static_cast<int>(k->r.judges.size())) +
                            " thành viên; Tổ thư ký: " +
                            two_digits(static_cast<int>(k->r.secretaries.size())) + " thành viên."));
      Json tv = Json::array();
      for (auto* body : {&k->r.judges, &k->r.secretaries})
        for (auto& x : *body) {
          Json r = Json::object();
          r.set("ho_ten", S(x.name));
          r.set("chuc_vu", S(x.position));
          r.set("nhiem_vu",
                S((body == &k->r.judges ? std::string("Ban giám khảo — ") : std::string("Tổ thư ký — ")) +
                  x.role));
          tv.push(std::move(r));
        }
      b.set("thanh_vien", tv);
      Json chu = Json::object();
      chu.set("ho_ten", S(chief ? chief->name : ""));
      chu.set("chuc_vu", S("Trưởng Ban giám khảo"));
      Json tky = Json::object();
      tky.set("ho_ten", S(clerk ? clerk->name : ""));
      tky.set("chuc_vu", S("Tổ trưởng Tổ thư ký"));
      b.set("chu_toa", chu);
      b.set("thu_ky", tky);
      std::vector<std::string> nd = {
          "Tổ thư ký báo cáo: cuộc thi nhận " + two_digits(static_cast<int>(j.entries.size())) +
              " bài dự thi; các bài được mã hóa" +
              (k->r.blind ? ", giám khảo chấm theo mã bài, không biết tác giả." : "."),
          aggregate_rule(k->r)};
      for (auto& n : notes) nd.push_back(n);
      b.set("noi_dung", arr(nd));
      b.set("ket_qua_mo_dau", S("Kết quả chấm và giải đề nghị:"));
      Json kq = Json::array();
      for (auto& e : j.outcome.ranking) kq.push(result_row(e));
      b.set("ket_qua", kq);
      std::vector<std::string> dn = {"Ban giám khảo đề nghị " + signer_in_text(m) + " Ủy ban nhân dân " +
                                     area + " công nhận kết quả và trao giải cho " +
                                     two_digits(static_cast<int>(winners.size())) +
                                     " bài dự thi; tổng tiền thưởng " + text::format_money(total) + "."};
      std::vector<const rules::EntryResult*> fwd;
      for (auto* w : winners)
        if (static_cast<int>(fwd.size()) < k->r.forward) fwd.push_back(w);
      if (!fwd.empty()) {
        std::string list;
        for (auto* w : fwd) list += (list.empty() ? "" : ", ") + w->code;
        dn.push_back("Đề nghị gửi " + two_digits(static_cast<int>(fwd.size())) +
                     " sáng kiến, giải pháp tiêu biểu (" + list + ") đến " + k->r.forward_to +
                     " xem xét, công nhận.");
      }
      b.set("de_nghi", arr(dn));
      b.set("ket_thuc",
            S("Biên bản đã được đọc lại và các thành viên Ban giám khảo thống nhất thông qua./."));
      b.set("noi_nhan", arr({"Ban tổ chức;", "Lưu: Tổ thư ký."}));
      auto d2 = write_docs(s, c, *k, "bien-ban-giam-khao", b,
                           "bien-ban-giam-khao-" + two_digits(bb) + "-" + stem_year, "bien_ban_giam_khao",
                           "Biên bản họp Ban giám khảo số " + two_digits(bb) + "/BB-BGK", o);
      docs.insert(docs.end(), d2.begin(), d2.end());
      // 3. Quyết định công nhận kết quả và trao giải, with the list.
      qd = s.next_number(m.issuer.name, "QĐ", today.y);
      std::string so_qd = two_digits(qd) + "/" + sym_qd;
      Json q =
          header_issuer(k->L, text::doc_number(qd, sym_qd), text::nd30_place_date(m.issuer.place, today));
      q.set("ten_loai", S("QUYẾT ĐỊNH"));
      q.set("trich_yeu", S("Về việc công nhận kết quả và trao giải " + cuoc_thi));
      q.set("tham_quyen", S(text::upper(m.signer.title) + " " + text::upper(m.issuer.name)));
      q.set("can_cu", arr({"Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;", plan_basis(k->L),
                           "Căn cứ Biên bản họp Ban giám khảo số " + two_digits(bb) + "/BB-BGK " +
                               text::nd30_date(today) + ";"}));
      q.set("xet_de_nghi", S("Theo đề nghị của Ban giám khảo cuộc thi."));
      std::string funding = m.contest ? m.contest->funding : "";
      q.set("dieu", arr({"Công nhận kết quả " + cuoc_thi + " và tặng Giấy chứng nhận kèm tiền thưởng cho " +
                             two_digits(static_cast<int>(winners.size())) +
                             " sáng kiến, giải pháp đạt giải (có danh sách kèm theo).",
                         "Tổng số tiền thưởng: " + text::format_money(total) + " (" +
                             text::lower_first(text::money_in_words(static_cast<uint64_t>(total))) + ")" +
                             (funding.empty() ? "." : ". " + funding),
                         "Quyết định có hiệu lực kể từ ngày ký. Văn phòng Ủy ban nhân dân, Ban tổ chức cuộc "
                         "thi và các tập thể, cá nhân có tên "
                         "tại Điều 1 chịu trách nhiệm thi hành Quyết định này./."}));
      q.set("noi_nhan", arr({"Như Điều 3;", "Lưu: VT."}));
      q.set("ky", signer_of(m));
      Json ds = Json::object();
      ds.set("tieu_de", S("Sáng kiến, giải pháp đạt giải " + cuoc_thi));
      ds.set("kem_theo", S("(Kèm theo Quyết định số " + so_qd + " " + text::nd30_date(today) + " của " +
                           signer_in_text(m) + " Ủy ban nhân dân " + area + ")"));
      ds.set("co_tien", Json::boolean(true));
      Json groups = Json::array();
      int roman = 0, stt = 0;
      for (auto& p : k->r.prizes) {
        std::vector<const rules::EntryResult*> in;
        for (auto* w : winners)
          if (w->prize == p.id) in.push_back(w);
        if (in.empty()) continue;
        Json g = Json::object();
        g.set("tieu_de", S(text::roman(++roman) + ". " + text::upper(p.name)));
        g.set("cong", S(two_digits(static_cast<int>(in.size())) + " giải"));
        g.set("tong_tien", Json::integer(p.amount * static_cast<int64_t>(in.size())));
        Json u = Json::object();
        u.set("ten", S("Mức thưởng: " + text::format_money(p.amount) + "/giải"));
        Json rows = Json::array();
        for (auto* w : in) {
          const auto* row = j.by_code.at(w->code);
          Json r = Json::object();
          r.set("stt", Json::integer(++stt));
          r.set("ten", S(row->author_names));
          r.set("chuc_vu", S("Bài " + row->code + ": «" + row->title + "»"));
          r.set("hinh_thuc", S(p.name));
          r.set("tien", Json::integer(p.amount));
          rows.push(std::move(r));
        }
        u.set("dong", std::move(rows));
        Json us = Json::array();
        us.push(std::move(u));
        g.set("don_vi", std::move(us));
        groups.push(std::move(g));
      }
      ds.set("nhom", std::move(groups));
      ds.set("tong_tien", Json::integer(total));
      q.set("danh_sach", std::move(ds));
      auto d3 = write_docs(
          s, c, *k, "quyet-dinh", q, "quyet-dinh-" + two_digits(qd) + "-" + stem_year + "-trao-giai",
          "quyet_dinh_trao_giai", "Quyết định số " + so_qd + " công nhận kết quả và trao giải", o);
      docs.insert(docs.end(), d3.begin(), d3.end());
      // 4. Giấy chứng nhận, one page per winning entry.
      Json g = Json::object();
      g.set("chuc_vu_nguoi_cap", S(text::upper(m.signer.title) + " " + text::upper(m.issuer.name)));
      g.set("ten_cuoc_thi", S(cuoc_thi));
      g.set("so_quyet_dinh", S(so_qd));
      g.set("ngay_quyet_dinh", S(today.iso()));
      g.set("dia_danh_ngay", S(text::nd30_place_date(m.issuer.place, today)));
      g.set("ky", signer_of(m));
      Json won = Json::array();
      int reg = 0;
      for (auto* w : winners) {
        const auto* row = j.by_code.at(w->code);
        Json x = Json::object();
        x.set("tac_gia", S(row->author_names));
        auto ag = s.agency(row->unit_code);
        x.set("don_vi",
              S(ag && row->authors.size() && row->authors[0].rfind("person:", 0) == 0 ? ag->name : ""));
        x.set("giai", S(prize_name(k->r, w->prize)));
        x.set("ten_bai", S(row->title));
        x.set("so_vao_so", S(two_digits(++reg) + "/" + k->r.code_prefix + "-" + stem_year));
        won.push(std::move(x));
      }
      g.set("dat_giai", std::move(won));
      auto d4 =
          write_docs(s, c, *k, "giay-chung-nhan", g, "giay-chung-nhan-" + two_digits(qd) + "-" + stem_year,
                     "giay_chung_nhan", "Giấy chứng nhận theo Quyết định số " + so_qd, o);
      docs.insert(docs.end(), d4.begin(), d4.end());
      // 5. Tờ trình sending the best entries to the higher council.
      if (!fwd.empty()) {
        ttr = s.next_number(m.issuer.name, "TTr", today.y);
        Json tr =
            header_issuer(k->L, text::doc_number(ttr, sym_ttr), text::nd30_place_date(m.issuer.place, today));
        tr.set("ten_loai", S("TỜ TRÌNH"));
        tr.set("trich_yeu", S("Về việc đề nghị xét, công nhận sáng kiến, giải pháp đạt giải " + cuoc_thi));
        tr.set("kinh_gui", S(k->r.forward_to));
        tr.set("can_cu",
               arr({plan_basis(k->L), "Căn cứ Quyết định số " + so_qd + " " + text::nd30_date(today) +
                                          " công nhận kết quả và trao giải " + cuoc_thi + "."}));
        tr.set("noi_dung", arr({"Ủy ban nhân dân " + area + " đã tổ chức " + cuoc_thi + "; " +
                                two_digits(static_cast<int>(j.entries.size())) +
                                " bài dự thi được Ban giám khảo chấm khách quan, công khai theo thể lệ."}));
        tr.set("de_nghi", S("Ủy ban nhân dân " + area + " kính đề nghị " + k->r.forward_to +
                            " xem xét, công nhận " + two_digits(static_cast<int>(fwd.size())) +
                            " sáng kiến, giải pháp tiêu biểu (có danh sách kèm theo), gồm:"));
        std::vector<std::string> tt;
        for (auto* w : fwd)
          tt.push_back(j.by_code.at(w->code)->title + " (" + prize_name(k->r, w->prize) + ");");
        tr.set("tom_tat", arr(tt));
        tr.set("ket_thuc", S("Kính trình xem xét, quyết định./."));
        tr.set("noi_nhan", arr({"Như trên;", "Lưu: VT."}));
        tr.set("ky", signer_of(m));
        Json l = Json::object();
        l.set("tieu_de", S("Sáng kiến, giải pháp đề nghị xét, công nhận"));
        l.set("kem_theo", S("(Kèm theo Tờ trình số " + two_digits(ttr) + "/" + sym_ttr + " " +
                            text::nd30_date(today) + " của Ủy ban nhân dân " + area + ")"));
        l.set("co_tien", Json::boolean(false));
        Json gr = Json::object();
        gr.set("tieu_de", S("I. SÁNG KIẾN, GIẢI PHÁP"));
        gr.set("cong", S(two_digits(static_cast<int>(fwd.size()))));
        gr.set("tong_tien", Json::integer(0));
        Json u = Json::object();
        u.set("ten", S(cuoc_thi));
        Json rows = Json::array();
        int n = 0;
        for (auto* w : fwd) {
          const auto* row = j.by_code.at(w->code);
          Json r = Json::object();
          r.set("stt", Json::integer(++n));
          r.set("ten", S(row->author_names));
          r.set("chuc_vu", S("«" + row->title + "» (" + prize_name(k->r, w->prize) + ", " +
                             text::format_decimal(w->aggregate, 2) + " điểm)"));
          r.set("hinh_thuc", S("Công nhận sáng kiến"));
          r.set("tien", Json::integer(0));
          rows.push(std::move(r));
        }
        u.set("dong", std::move(rows));
        Json us = Json::array();
        us.push(std::move(u));
        gr.set("don_vi", std::move(us));
        Json grs = Json::array();
        grs.push(std::move(gr));
        l.set("nhom", std::move(grs));
        l.set("tong_tien", Json::integer(0));
        tr.set("danh_sach", std::move(l));
        auto d5 =
            write_docs(s, c, *k, "to-trinh", tr,
                       "to-trinh-" + two_digits(ttr) + "-" + stem_year + "-sang-kien", "to_trinh_sang_kien",
                       "Tờ trình số " + two_digits(ttr) + "/" + sym_ttr + " đề nghị công nhận sáng kiến", o);
        docs.insert(docs.end(), d5.begin(), d5.end());
      }
      for (auto& e : j.outcome.ranking)
        s.set_entry_result(j.by_code.at(e.code)->id, e.prize, e.rank, e.aggregate);
      s.audit(c.actor, "contest_award", "movement", movement,
              "Quyết định số " + so_qd + ", " + std::to_string(winners.size()) + " giải, tổng " +
                  text::format_money(total) + docs_detail(docs));
    });
    o.text = "Đã công nhận kết quả " + cuoc_thi + ": Quyết định số " + two_digits(qd) + "/" + sym_qd + ", " +
             std::to_string(winners.size()) + " giải, tổng tiền thưởng " + text::format_money(total) + "\n";
    for (auto* w : winners)
      o.text += "  " + prize_name(k->r, w->prize) + ": " + w->code + " «" + j.by_code.at(w->code)->title +
                "» — " + j.by_code.at(w->code)->author_names + " (" + text::format_decimal(w->aggregate, 2) +
                " điểm)\n";
    for (auto& d : docs) o.text += "  " + d.path + "\n";
    o.result.set("decision", S(two_digits(qd) + "/" + sym_qd));
    o.result.set("total", Json::integer(total));
    o.result.set("winners", Json::integer(static_cast<int64_t>(winners.size())));
    return o;
  });
}

}  // namespace tdkt::app
