// A contest's rules imported next to its plan, and its entries: received by the secretaries with their
// authors and file, checked against earlier recognised initiatives and each other (a person decides on the
// overlap).
#include <filesystem>

#include "app/api.hpp"
#include "app/contest/contest.hpp"
#include "core/files.hpp"
#include "rules/contest.hpp"
#include "rules/eligibility.hpp"
#include "text/format.hpp"
#include "text/normalize.hpp"
#include "views/shared.hpp"

namespace tdkt::app {

using core::Json;
namespace fs = std::filesystem;
using views::contest::points_text;

Outcome contest_import(Workspace& w, const ContestImport& r) {
  Outcome o;
  std::string raw;
  auto rules = domain::load_contest(r.file, o.diags, &raw);
  if (!rules) {
    o.exit = kInvalidInput;
    return o;
  }
  auto L = w.movement(rules->movement);
  if (!L) return L.error();
  if ((*L)->m.kind != "cuoc_thi")
    return fail(kInvalidInput, r.file + ": phong trào «" + rules->movement + "» không phải một cuộc thi");
  for (auto* body : {&rules->judges, &rules->organisers, &rules->secretaries})
    for (auto& m : *body)
      if (!m.unit.empty() && !w.store().agency(m.unit))
        o.diags.error({r.file}, "bodies", "«" + m.name + "»: không có đơn vị mã «" + m.unit + "» trong kho",
                      "tdkt unit list");
  if (o.diags.has_errors()) {
    o.exit = kInvalidInput;
    return o;
  }
  bool again = w.store().contest_rules((*L)->row.id).has_value();
  w.transaction([&] {
    w.store().put_contest((*L)->row.id, raw);
    w.audit("contest_import", "movement", rules->movement,
            std::string(again ? "cập nhật" : "nhập") + " thể lệ từ " + fs::path(r.file).filename().string() +
                ", sha256=" + core::sha256_hex(raw));
  });
  o.text = std::string(again ? "Đã cập nhật" : "Đã nhập") + " thể lệ cuộc thi " + rules->movement + ": " +
           std::to_string(rules->criteria.size()) + " tiêu chí chấm (tổng " +
           points_text(rules->max_total()) + " điểm), " + std::to_string(rules->judges.size()) +
           " giám khảo, " + std::to_string(rules->prizes.size()) + " loại giải\n";
  return o;
}

namespace {
// The authors ("person:MÃ" / "agency:MÃ") by name, and the unit that sent the entry (the first author's).
std::optional<Outcome> authors_of(Workspace& w, const ContestEntryAdd& r, domain::ContestEntry& e) {
  if (r.authors.empty()) return fail(kInvalidInput, "cần ít nhất một --author person:MÃ hoặc agency:MÃ");
  std::string names;
  for (auto& a : r.authors) {
    if (a.rfind("person:", 0) == 0) {
      auto p = w.store().person(a.substr(7));
      if (!p) return fail(kNotFound, "--author " + a + ": không có cá nhân mã «" + a.substr(7) + "»");
      names += (names.empty() ? "" : ", ") + p->full_name;
      if (e.unit_code.empty()) e.unit_code = p->agency_code;
    } else if (a.rfind("agency:", 0) == 0) {
      auto ag = w.store().agency(a.substr(7));
      if (!ag) return fail(kNotFound, "--author " + a + ": không có đơn vị mã «" + a.substr(7) + "»");
      names += (names.empty() ? "" : ", ") + ag->name;
      if (e.unit_code.empty()) e.unit_code = ag->code;
    } else {
      return fail(kInvalidInput, "--author «" + a + "» phải có dạng person:MÃ hoặc agency:MÃ");
    }
    e.authors.push_back(a);
  }
  e.author_names = names;
  return std::nullopt;
}

// Duplicate check: earlier recognised initiatives and the entries already in; a human decides.
std::vector<std::string> similar_to(Workspace& w, const Contest& k, const domain::ContestEntry& e,
                                    const std::vector<domain::ContestEntry>& existing) {
  std::string me = e.title + " " + e.summary;
  std::vector<std::string> similar;
  for (auto& x : w.store().initiative_refs()) {
    double sim = rules::text_similarity(me, x.title);
    if (sim >= k.rules.similarity)
      similar.push_back("sáng kiến đã được công nhận «" + x.title + "» (cấp " + rules::level_label(x.level) +
                        ", năm " + std::to_string(x.year) + (x.decision.empty() ? "" : ", " + x.decision) +
                        ") — giống " + text::format_decimal(100 * sim, 0) + " %");
  }
  for (auto& x : existing) {
    double sim = rules::text_similarity(me, x.title + " " + x.summary);
    if (sim >= k.rules.similarity)
      similar.push_back("bài " + x.code + " «" + x.title + "» — giống " + text::format_decimal(100 * sim, 0) +
                        " %");
  }
  return similar;
}

std::optional<Outcome> entry_checks(Workspace& w, const Contest& k, const ContestEntryAdd& r) {
  const std::string& actor = w.actor().name;
  if (!in_body(k.rules.secretaries, actor) && !in_body(k.rules.organisers, actor))
    return fail(kRefused,
                "bài dự thi do Tổ thư ký hoặc Ban tổ chức tiếp nhận; «" + actor + "» không thuộc hai ban này",
                "dùng --as thu_ky:\"Họ tên\" của một thành viên Tổ thư ký");
  if (text::fold_spaces(text::nfc(r.title)).empty())
    return fail(kInvalidInput, "--title: tên bài dự thi trống");
  const auto& topics = k.L->m.contest ? k.L->m.contest->topics : std::vector<std::string>{};
  int n = static_cast<int>(topics.size());
  if (r.topic < 1 || r.topic > n)
    return fail(kInvalidInput, "--topic " + std::to_string(r.topic) + ": kế hoạch có " + std::to_string(n) +
                                   " nội dung dự thi (1 đến " + std::to_string(n) + ")");
  return std::nullopt;
}
}  // namespace

std::vector<std::string> overlap_notes(Workspace& w, const Contest& k,
                                       const std::vector<domain::ContestEntry>& entries) {
  std::string criterion;  // the criterion that scores novelty, where the jury weighs an overlap
  for (auto& c : k.rules.criteria)
    if (criterion.empty() && c.text.find("trùng") != std::string::npos) criterion = c.text;
  std::string weigh =
      criterion.empty() ? "." : "; đề nghị Ban giám khảo xem xét khi chấm tiêu chí “" + criterion + "”.";
  std::vector<std::string> out;
  auto refs = w.store().initiative_refs();
  for (size_t i = 0; i < entries.size(); ++i) {
    const auto& e = entries[i];
    std::string me = e.title + " " + e.summary;
    for (auto& x : refs)
      if (rules::text_similarity(me, x.title) >= k.rules.similarity)
        out.push_back("Tổ thư ký báo cáo: bài " + e.code + " có nội dung gần trùng với sáng kiến “" +
                      x.title + "” đã được công nhận (cấp " + rules::level_label(x.level) + ", năm " +
                      std::to_string(x.year) + (x.decision.empty() ? "" : ", Quyết định số " + x.decision) +
                      ")" + weigh);
    for (size_t j = i + 1; j < entries.size(); ++j)
      if (rules::text_similarity(me, entries[j].title + " " + entries[j].summary) >= k.rules.similarity)
        out.push_back("Tổ thư ký báo cáo: bài " + e.code + " và bài " + entries[j].code +
                      " có nội dung gần trùng nhau" + weigh);
  }
  return out;
}

Outcome contest_entry_add(Workspace& w, const ContestEntryAdd& r) {
  auto k = open_contest(w, r.movement);
  if (!k) return k.error();
  if (auto no = entry_checks(w, *k, r)) return *no;
  domain::ContestEntry e;
  e.movement_id = k->L->row.id;
  e.title = text::fold_spaces(text::nfc(r.title));
  e.topic = r.topic;
  e.summary = text::fold_spaces(text::nfc(r.summary));
  if (auto no = authors_of(w, r, e)) return *no;
  core::Date today = w.today();
  e.submitted_on = today.iso();
  if (k->rules.entry_deadline && today > *k->rules.entry_deadline)
    return fail(kRefused, "hạn nhận bài dự thi là " + k->rules.entry_deadline->dmy() + "; hôm nay " +
                              today.dmy() + ": không nhận");
  std::optional<std::string> bytes;
  if (!r.file.empty()) {
    std::string err;
    bytes = core::read_file(r.file, err);
    if (!bytes) return fail(kInvalidInput, r.file + ": " + err);
    if (bytes->empty()) return fail(kInvalidInput, r.file + ": tệp rỗng");
    e.file_sha256 = core::sha256_hex(*bytes);
  }
  auto existing = w.store().entries(k->L->row.id);
  auto similar = similar_to(w, *k, e, existing);
  e.code = k->rules.code_prefix + "-" + views::two_digits(static_cast<int>(existing.size()) + 1);
  w.transaction([&] {
    if (bytes) e.file_blob = w.files().put(*bytes, fs::path(r.file).extension().string());
    e.id = w.store().add_entry(e);
    std::string detail = e.code + " «" + e.title + "», tác giả: " + e.author_names +
                         (e.file_sha256.empty() ? "" : ", tệp sha256=" + e.file_sha256);
    for (auto& x : similar) detail += "; có thể trùng: " + x;
    w.audit("contest_entry", "movement", r.movement, detail);
  });
  Outcome o;
  o.text = "Đã nhận bài dự thi " + e.code + ": «" + e.title + "» — " + e.author_names + "\n";
  for (auto& x : similar)
    o.diags.warning({}, "", "bài " + e.code + " có thể trùng " + x, "Ban tổ chức xem xét trước khi chấm");
  o.result.set("code", views::S(e.code));
  o.result.set("similar", views::arr(similar));
  return o;
}

Outcome contest_entries(Workspace& w, const ContestEntries& r) {
  auto k = open_contest(w, r.movement);
  if (!k) return k.error();
  Outcome o;
  Json a = Json::array();
  for (auto& e : w.store().entries(k->L->row.id)) {
    o.text += e.code + "\t" + e.title + (r.blind ? "" : "\t" + e.author_names) + "\n";
    Json x = Json::object();
    x.set("code", views::S(e.code));
    x.set("title", views::S(e.title));
    x.set("topic", Json::integer(e.topic));
    if (!r.blind) {
      x.set("authors", views::S(e.author_names));
      x.set("unit", views::S(e.unit_code));
      if (!e.prize.empty()) x.set("prize", views::S(e.prize));
    }
    a.push(std::move(x));
  }
  o.result.set("entries", std::move(a));
  return o;
}

}  // namespace tdkt::app
