// The award round's use cases. Pattern of every change: read and validate, decide with workflow/ and
// rules/, then one store transaction that writes the change and its audit row (hash-chained).
#include "app/round.hpp"

#include <algorithm>
#include <chrono>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <map>
#include <set>
#include <thread>

#include "app/common.hpp"
#include "app/forms.hpp"
#include "core/clock.hpp"
#include "core/files.hpp"
#include "rules/eligibility.hpp"
#include "text/format.hpp"
#include "text/normalize.hpp"
#include "text/utf8.hpp"
#include "workflow/workflow.hpp"

namespace tdkt::app {

using core::Json;
namespace fs = std::filesystem;
namespace wf = workflow;

namespace {

// "01/TTr-UBND": a document's number and symbol as cited in text.
std::string numbered(int n, const std::string& symbol) {
  return two_digits(n) + "/" + symbol;
}

using Loaded = StoredMovement;

// The legal data (base + --legal overrides); unreadable → exit 10 with the reasons in o.
std::optional<rules::LegalData> load_legal(const Context& c, Outcome& o) {
  core::Diagnostics ld;
  auto Lg = legal(c, ld);
  if (!Lg) o = fail(kEnvironment, "dữ liệu pháp lý không đọc được:\n" + ld.to_string());
  return Lg;
}
Outcome invalid_round(const std::string& r) {
  return fail(kInvalidInput, "đợt «" + r + "» không hợp lệ", "ghi năm (ví dụ 2024) hoặc tong_ket");
}
bool award_fits_round(const domain::AwardForm& a, const std::string& round) {
  if (round == "tong_ket") return a.round == "tong_ket";
  return a.round != "tong_ket";
}

// Which role the --as actor plays in the workflow, and whether they are registered for it.
struct ActorInfo {
  std::optional<wf::Role> role;
  std::optional<store::UserRow> user;
};
ActorInfo actor_info(store::Store& s, const Context& c) {
  ActorInfo a;
  a.role = wf::parse_role(c.actor.role);
  if (a.role) a.user = s.user(c.actor.name, c.actor.role);
  return a;
}

// The dossier's data as the unit's documents state it: nominations with the unit's vote and the meeting.
// Documents generated from other data are stale.
std::string data_hash(const std::vector<store::NominationRow>& noms,
                      const std::vector<store::MeetingRow>& meetings) {
  std::string canon;
  for (auto& n : noms)
    canon += std::to_string(n.id) + "|" + n.subject() + "|" + n.award + "|" + n.summary + "|" +
             (n.unit_agree ? std::to_string(*n.unit_agree) : "-") + "\n";
  for (auto& m : meetings)
    canon += m.date + "|" + m.place + "|" + m.chair + "|" + m.secretary + "|" + std::to_string(m.members) +
             "|" + std::to_string(m.present) + "\n";
  return core::sha256_hex(canon);
}
std::string data_hash(store::Store& s, const store::DossierRow& d) {
  return data_hash(s.nominations(d.id), s.meetings(d.movement_id, d.round, "don_vi", d.id));
}

// Holidays for working-day deadlines (setting ngay_nghi, validated when set).
std::set<core::Date> holidays(store::Store& s) {
  return parse_date_list(s.setting("ngay_nghi").value_or("")).value_or(std::set<core::Date>{});
}

// The deadline of a step ("nop_ho_so", "tham_dinh") for a round, if the plan gives one and its date is known.
std::optional<wf::DeadlineCheck> deadline(store::Store& s, const Loaded& L, const std::string& round,
                                          const std::string& step, core::Date today) {
  auto dates = s.round_dates(L.row.id, round);
  for (auto& dl : L.m.deadlines) {
    if (dl.applies_to != step) continue;
    // Year rounds use the annual deadlines, the period round (tổng kết) the period's: named "tong…", or
    // fixed dates in a plan that has period awards.
    bool has_period_awards =
        std::any_of(L.m.awards.begin(), L.m.awards.end(), [](auto& a) { return a.round == "tong_ket"; });
    bool period_deadline =
        dl.id.find("tong") != std::string::npos || (dl.kind == "fixed" && has_period_awards);
    if ((round == "tong_ket") != period_deadline) continue;
    wf::DeadlineCheck c{dl.id, dl.text, std::nullopt, false, dl.late == "refuse", 0};
    std::optional<core::Date> due;
    if (auto it = dates.find(dl.id); it != dates.end())
      due = core::parse_date(it->second);  // announced or overridden
    else if (dl.kind == "fixed")
      due = dl.date;
    else if (dl.kind == "annual" && round != "tong_ket") {
      int y = std::stoi(round);
      // Results of year Y are proposed early in Y+1 (e.g. "trước ngày 31/01"); late-year dates are in Y.
      due = core::Date{dl.month <= 6 ? y + 1 : y, dl.month, dl.day};
    } else if (dl.kind == "after_event") {
      if (auto e = dates.find(dl.event); e != dates.end())
        if (auto ed = core::parse_date(e->second))
          due = wf::add_days(*ed, dl.days, dl.day_type == "working", holidays(s));
    }
    if (due && !dl.inclusive) due = due->add_days(-1);  // "trước ngày 30/11": the 30th is already late
    c.due = due;
    if (due && today > *due) {
      c.late = true;
      c.days_late = today.days() - due->days();
    }
    return c;
  }
  return std::nullopt;
}

const char* doc_name(const std::string& kind) {
  if (kind == "to_trinh") return "Tờ trình";
  if (kind == "danh_sach") return "Danh sách";
  if (kind == "bien_ban") return "Biên bản họp xét";
  if (kind == "trich_bien_ban") return "Trích biên bản họp xét";
  if (kind == "bao_cao_thanh_tich") return "Báo cáo thành tích";
  if (kind == "quyet_dinh") return "Quyết định khen thưởng";
  return "văn bản khác";
}

// The award catalogue's names for explanations, read once per process (a command works on one workspace).
const std::map<std::string, std::string>& catalog_names(store::Store& s) {
  static const std::map<std::string, std::string> names = [&] {
    std::map<std::string, std::string> m;
    for (auto& r : s.catalog()) m[r.code] = r.name;
    return m;
  }();
  return names;
}

rules::EvalContext eval_context(store::Store& s, const Loaded& L, const std::string& round,
                                const rules::World& w, const store::NominationRow& n,
                                const std::vector<store::NominationRow>& all) {
  rules::EvalContext c;
  c.world = &w;
  c.movement = &L.m;
  const auto* award = L.m.award(n.award);
  c.year = rules::round_year(L.m, round);
  c.on = core::today();
  c.confirmed = s.confirmations(n.id);
  c.catalog_names = &catalog_names(s);
  c.cong_trang = !award || (award->round != "chuyen_de" && award->round != "cuoc_thi");
  for (auto& o : all)
    if (o.id < n.id && o.subject_code == n.subject_code && o.subject_type == n.subject_type &&
        o.outcome != "loai")
      c.also_proposed.push_back(award_name(L, o.award));
  return c;
}

std::string explain(const rules::Explanation& e, int depth) {
  std::string pad(static_cast<size_t>(depth * 2), ' ');
  std::string s = pad + "[" + rules::status_label(e.status) + "] " + e.text + "\n";
  for (auto& p : e.parts) s += explain(p, depth + 1);
  return s;
}
std::string explain(const rules::Assessment& a) {
  std::string s;
  for (auto& c : a.criteria) {
    s += "  Tiêu chí " + c.id + ":\n" + explain(c.result, 2);
  }
  for (auto& p : a.principles) s += explain(p, 1);
  return s;
}

// Score that orders candidates when a quota is exceeded: the ranking metric of the award's criteria if it
// has one, else the council's share of votes, else the unit's.
rules::QuotaCandidate candidate(const Loaded& L, const rules::World& w, const std::string& round,
                                const store::NominationRow& n) {
  rules::QuotaCandidate q{n.subject(), n.subject_name, n.award, n.unit_code, 0, ""};
  for (auto& cr : L.m.criteria) {
    if (!cr.rule ||
        (!cr.awards.empty() && std::find(cr.awards.begin(), cr.awards.end(), n.award) == cr.awards.end()))
      continue;
    std::vector<const Json*> stack = {&cr.rule->spec};
    while (!stack.empty()) {
      const Json* j = stack.back();
      stack.pop_back();
      auto* t = j->find("type");
      if (t && t->is_string() && t->as_string() == "rank_top") {
        std::string metric = j->find("metric")->as_string();
        std::string subj = n.subject();
        if (auto* of = j->find("of"); of && of->as_string() == "unit") subj = "agency:" + n.unit_code;
        if (auto v = w.metric(subj, metric, rules::round_year(L.m, round))) {
          const auto* md = L.m.metric(metric);
          bool lower = md && md->type == "rank";
          q.score = lower ? -*v : *v;
          q.score_text = (md ? md->label : metric) + " " + text::format_decimal(*v, 2);
          return q;
        }
      }
      if (auto* of = j->find("of"); of && of->is_array())
        for (auto& x : of->items()) stack.push_back(&x);
    }
  }
  if (n.council_agree && n.council_members && *n.council_members > 0) {
    q.score = 100.0 * *n.council_agree / *n.council_members;
    q.score_text = "Hội đồng đồng ý " + text::format_decimal(q.score, 2) + " %";
  } else if (n.unit_agree) {
    q.score = *n.unit_agree;
    q.score_text = std::to_string(*n.unit_agree) + " phiếu tại đơn vị";
  }
  return q;
}

std::vector<std::string> quota_lines(const Loaded& L, const rules::World& w, const std::string& round,
                                     const std::vector<store::NominationRow>& all, bool passed_only) {
  std::vector<rules::QuotaCandidate> cand;
  for (auto& n : all) {
    bool in = passed_only ? n.outcome == "dat" || n.outcome == "duoc_khen"
                          : is_kept(n) && n.outcome != "khong_du_dieu_kien" && n.outcome != "khong_dat" &&
                                n.appraisal != "khong_du_dieu_kien";
    if (in) cand.push_back(candidate(L, w, round, n));
  }
  std::vector<std::string> out;
  for (auto& q : rules::check_quotas(w, L.m, cand)) out.push_back(q.line());
  return out;
}

// Gathers what the guards look at for one dossier.
// `quota` = the round's quota lines when the action looks at them (computed once per round by the caller).
wf::Facts facts(store::Store& s, const Loaded& L, const store::DossierRow& d, const ActorInfo& a,
                const std::string& reason, const std::vector<std::string>* quota) {
  wf::Facts f;
  f.state = wf::parse_state(d.state).value_or(wf::State::DuThao);
  f.dossier_unit = d.agency_code;
  f.role = a.role.value_or(wf::Role::CanBoDonVi);
  f.actor_registered = a.user.has_value();
  f.actor_unit = a.user ? a.user->agency_code : "";
  f.reason = reason;
  auto noms = s.nominations(d.id);
  f.nominations = static_cast<int>(noms.size());
  for (auto& n : noms) {
    f.unvoted += !n.unit_agree;
    f.kept += is_kept(n);
    bool active = is_kept(n);
    if (active && n.appraisal.empty()) ++f.unassessed;
    if (active && n.appraisal == "cho_xac_nhan") ++f.to_confirm;
    if (n.appraisal == "du_dieu_kien") {
      ++f.eligible;
      f.without_council_vote += !n.council_agree;
    }
  }
  auto meetings = s.meetings(d.movement_id, d.round, "don_vi", d.id);
  f.meeting = !meetings.empty();
  auto docs = s.documents(d.id);
  std::string hash = data_hash(noms, meetings);
  for (auto& item : L.m.dossier) {
    if (item.doc == "bien_ban" || item.doc == "trich_bien_ban") {
      const store::DocumentRow* latest = nullptr;
      for (auto& x : docs)
        if (x.kind == item.doc && x.source == "generated") latest = &x;
      if (!latest)
        f.missing_documents.push_back(std::string(doc_name(item.doc)) + " (tdkt dossier generate)");
      else if (latest->data_sha256 != hash)
        f.stale_documents.push_back(doc_name(item.doc));
    } else if (item.doc == "bao_cao_thanh_tich") {
      for (auto& n : noms) {
        if (!is_kept(n)) continue;
        bool has = std::any_of(docs.begin(), docs.end(), [&](auto& x) {
          return x.kind == "bao_cao_thanh_tich" && x.nomination_id == n.id;
        });
        if (!has)
          f.missing_documents.push_back("Báo cáo thành tích của " + n.subject_name + " (đề nghị số " +
                                        std::to_string(n.id) + ")");
      }
    }
  }
  f.changed_since_return = d.returned_at.empty() || std::any_of(docs.begin(), docs.end(), [&](auto& x) {
                             return x.id > d.returned_after_doc;
                           });
  core::Date today = core::today();
  f.submit_deadline = deadline(s, L, d.round, "nop_ho_so", today);
  f.appraisal_deadline = deadline(s, L, d.round, "tham_dinh", today);
  if (quota) f.quota_overflows = *quota;
  return f;
}

std::string verdict_text(const wf::Verdict& v) {
  std::string s;
  for (auto& r : v.results)
    if (r.warning) s += "Lưu ý [" + r.name + "]: " + r.message + "\n";
  return s;
}

// ─── Documents from the workspace ──────────────────────────────────────────────────────────────────

struct Header {
  std::string chu_quan;
  std::vector<std::string> lines;
  std::string abbrev, place, authority;  // authority: "TM. ỦY BAN NHÂN DÂN" for a People's Committee
};
Header header_of(store::Store& s, const store::AgencyRow& a, const domain::Movement& m) {
  Header h;
  const std::string ubnd = "Ủy ban nhân dân ";
  h.place = m.issuer.place;
  if (a.name.rfind(ubnd, 0) == 0) {
    std::string rest = a.name.substr(ubnd.size());
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
    if (auto p = a.parent_code.empty() ? std::nullopt : s.agency(a.parent_code))
      h.chu_quan = text::upper(p->short_name.empty() ? p->name : p->short_name);
    h.lines = {text::upper(a.name)};
    h.abbrev = a.code;
  }
  return h;
}

// Groups rows of a list by I. CÁ NHÂN / II. TẬP THỂ and by unit, as the Danh sách forms expect.
Json list_groups(const std::vector<store::NominationRow>& noms, const Loaded& L, bool money, int64_t& total) {
  Json groups = Json::array();
  total = 0;
  int roman = 0;
  for (const std::string type : {"person", "agency"}) {
    std::vector<const store::NominationRow*> rows;
    for (auto& n : noms)
      if (n.subject_type == type) rows.push_back(&n);
    if (rows.empty()) continue;
    Json g = Json::object();
    g.set("tieu_de", S(text::roman(++roman) + (type == "person" ? ". CÁ NHÂN" : ". TẬP THỂ")));
    g.set("cong",
          S(two_digits(static_cast<int>(rows.size())) + (type == "person" ? " cá nhân" : " tập thể")));
    Json units = Json::array();
    std::vector<std::string> order;
    std::map<std::string, std::vector<const store::NominationRow*>> by_unit;
    for (auto* r : rows) {
      if (!by_unit.count(r->unit_name)) order.push_back(r->unit_name);
      by_unit[r->unit_name].push_back(r);
    }
    int stt = 0;
    int64_t sum = 0;
    for (auto& u : order) {
      Json unit = Json::object();
      unit.set("ten", S(u));
      Json lines = Json::array();
      for (auto* r : by_unit[u]) {
        Json row = Json::object();
        row.set("stt", S(std::to_string(++stt)));
        row.set("ten", S(r->subject_name));
        row.set("chuc_vu", S(type == "person" ? r->position : r->unit_name));
        row.set("hinh_thuc", S(award_name(L, r->award)));
        row.set("tien", Json::integer(money ? r->money.value_or(0) : 0));
        sum += money ? r->money.value_or(0) : 0;
        lines.push(std::move(row));
      }
      unit.set("dong", std::move(lines));
      units.push(std::move(unit));
    }
    g.set("tong_tien", Json::integer(sum));
    g.set("don_vi", std::move(units));
    total += sum;
    groups.push(std::move(g));
  }
  return groups;
}

std::string plan_reference(const Loaded& L) {
  const auto& d = L.m.document;
  std::string s = d.type_name + (d.number ? " số " + std::to_string(*d.number) + "/" + d.symbol : "");
  if (d.date) s += " " + text::nd30_date(*d.date);
  std::string area = issuer_area(L);
  return s + " của " + (area.empty() ? L.m.issuer.name : "Ủy ban nhân dân " + area);
}

std::string law_basis(const rules::LegalData& Lg, core::Date on) {
  const auto* dec = Lg.decree_on(on);
  return dec ? "Căn cứ " + dec->name +
                   " của Chính phủ quy định chi tiết thi hành một số điều của Luật Thi đua, khen thưởng;"
             : "";
}

Json signer(const std::string& authority, const std::string& title, const std::string& name) {
  Json k = Json::object();
  k.set("quyen_han", S(authority));
  k.set("chuc_vu", S(title));
  k.set("ho_ten", S(name));
  return k;
}

std::string unit_title(const store::AgencyRow& a, const std::optional<store::UserRow>& u) {
  if (u && !u->title.empty()) return text::upper(u->title);
  return a.name.rfind("Ủy ban nhân dân ", 0) == 0 ? "CHỦ TỊCH" : "THỦ TRƯỞNG ĐƠN VỊ";
}

Json to_trinh_data(store::Store& s, const rules::LegalData& Lg, const Loaded& L, const store::DossierRow& d,
                   std::optional<int> number, std::optional<core::Date> date, const std::string& signer_name,
                   const std::optional<store::UserRow>& signer_user) {
  auto a = *s.agency(d.agency_code);
  Header h = header_of(s, a, L.m);
  std::vector<store::NominationRow> kept;
  for (auto& n : s.nominations(d.id))
    if (is_kept(n)) kept.push_back(n);
  int tt = 0, cn = 0;
  std::set<std::string> awards;
  for (auto& n : kept) {
    (n.subject_type == "agency" ? tt : cn)++;
    awards.insert(award_name(L, n.award));
  }
  std::string award_list;
  for (auto& x : awards) award_list += (award_list.empty() ? "" : ", ") + x;
  std::string symbol = "TTr-" + h.abbrev;
  Json j = Json::object();
  j.set("co_quan_chu_quan", S(h.chu_quan));
  j.set("co_quan_lines", arr(h.lines));
  j.set("so", S(text::doc_number(number, symbol)));
  j.set("dia_danh_ngay", S(date ? text::nd30_place_date(h.place, *date)
                                : text::nd30_place_date_blank(h.place, core::today().y)));
  j.set("ten_loai", S("TỜ TRÌNH"));
  std::string reason = "trong thực hiện phong trào thi đua " + L.m.name + " " + round_label(d.round);
  j.set("trich_yeu",
        S("Về việc đề nghị tặng " + award_list + " cho tập thể, cá nhân có thành tích " + reason));
  const auto* first = kept.empty() ? nullptr : L.m.award(kept.front().award);
  j.set("kinh_gui", S(first && !first->authority.empty() ? first->authority : L.m.issuer.name));
  std::vector<std::string> cc = {"Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;"};
  if (auto lb = law_basis(Lg, date.value_or(core::today())); !lb.empty()) cc.push_back(lb);
  cc.push_back("Căn cứ " + plan_reference(L) + ";");
  auto meetings = s.meetings(d.movement_id, d.round, "don_vi", d.id);
  if (!meetings.empty())
    if (auto md = core::parse_date(meetings.back().date))
      cc.push_back("Căn cứ Biên bản họp xét khen thưởng ngày " + text::nd30_date(*md).substr(5) + ".");
  j.set("can_cu", arr(cc));
  j.set("noi_dung", arr({"Thực hiện " + plan_reference(L) + ", " + a.name +
                         " đã tổ chức phát động, triển khai phong trào thi đua và họp xét, bình chọn các tập "
                         "thể, cá nhân tiêu biểu " +
                         round_label(d.round) + "."}));
  j.set("de_nghi",
        S(a.name + " kính đề nghị xem xét, tặng " + award_list + " cho " + two_digits(tt) + " tập thể và " +
          two_digits(cn) +
          " cá nhân đã có thành tích xuất sắc (có danh sách và báo cáo thành tích kèm theo), gồm:"));
  j.set("tom_tat", arr({"Tập thể: " + two_digits(tt) + ";", "Cá nhân: " + two_digits(cn) + "."}));
  j.set("ket_thuc", S("Kính trình xem xét, quyết định./."));
  j.set("noi_nhan", arr({"Như trên;", "Lưu: VT."}));
  j.set("ky", signer(h.authority, unit_title(a, signer_user), signer_name));
  Json ds = Json::object();
  ds.set("tieu_de", S("Đề nghị tặng " + award_list + " " + round_label(d.round)));
  ds.set("kem_theo", S(number && date ? "(Kèm theo Tờ trình số " + two_digits(*number) + "/" + symbol + " " +
                                            text::nd30_date(*date) + " của " + a.name + ")"
                                      : "(Kèm theo Tờ trình của " + a.name + ")"));
  ds.set("co_tien", Json::boolean(false));
  int64_t total = 0;
  ds.set("nhom", list_groups(kept, L, false, total));
  ds.set("tong_tien", Json::integer(0));
  j.set("danh_sach", std::move(ds));
  return j;
}

Json bien_ban_data(store::Store& s, const Loaded& L, const store::DossierRow& d, const std::string& kind) {
  auto a = *s.agency(d.agency_code);
  Header h = header_of(s, a, L.m);
  auto meetings = s.meetings(d.movement_id, d.round, "don_vi", d.id);
  const auto& m = meetings.back();
  auto md = core::parse_date(m.date).value_or(core::today());
  Json j = Json::object();
  j.set("co_quan_chu_quan", S(h.chu_quan));
  j.set("co_quan_lines", arr(h.lines));
  j.set("so", S(text::doc_number(std::nullopt, "BB-" + h.abbrev)));
  j.set("ten_loai", S(kind == "trich_bien_ban" ? "TRÍCH BIÊN BẢN" : "BIÊN BẢN"));
  j.set("trich_yeu",
        S("Họp xét đề nghị khen thưởng phong trào thi đua " + L.m.name + " " + round_label(d.round)));
  j.set("thoi_gian_bat_dau", S(text::nd30_date(md) + "."));
  j.set("dia_diem", S(m.place.empty() ? "Trụ sở " + a.name + "." : m.place + "."));
  j.set("thanh_phan", S("Tổng số " + two_digits(m.members) + " thành viên; có mặt " + two_digits(m.present) +
                        " thành viên."));
  j.set("thanh_vien", Json::array());
  Json chair = Json::object();
  chair.set("ho_ten", S(m.chair));
  chair.set("chuc_vu", S("Chủ trì"));
  Json sec = Json::object();
  sec.set("ho_ten", S(m.secretary));
  sec.set("chuc_vu", S("Thư ký"));
  j.set("chu_toa", std::move(chair));
  j.set("thu_ky", std::move(sec));
  j.set("noi_dung", arr({"Chủ trì quán triệt " + plan_reference(L) + " và tiêu chuẩn khen thưởng.",
                         "Thư ký báo cáo danh sách tập thể, cá nhân được đề nghị."}));
  Json abs = Json::array();
  for (auto& [name, op] : m.absences) {
    Json r = Json::object();
    r.set("ho_ten", S(name));
    r.set("chuc_vu", S("thành viên"));
    r.set("y_kien", S(op.empty() ? "không có ý kiến" : op));
    abs.push(std::move(r));
  }
  j.set("y_kien_vang_mat", std::move(abs));
  j.set("tong_thanh_vien", Json::integer(m.members));
  j.set("ket_qua_mo_dau", S("Cuộc họp biểu quyết, kết quả như sau:"));
  Json res = Json::array();
  for (auto& n : s.nominations(d.id)) {
    Json r = Json::object();
    int agree = n.unit_agree.value_or(0);
    r.set("ten", S(n.subject_name));
    r.set("hinh_thuc", S(award_name(L, n.award)));
    r.set("dong_y", Json::integer(agree));
    r.set("ty_le", S(text::format_decimal(m.members ? 100.0 * agree / m.members : 0, 2)));
    r.set("ket_luan", S(is_kept(n) ? "Đạt" : "Không đạt"));
    res.push(std::move(r));
  }
  j.set("ket_qua", std::move(res));
  j.set("ket_thuc", S("Biên bản đã được thông qua trước toàn thể thành viên dự họp./."));
  j.set("noi_nhan", arr({"Hồ sơ đề nghị khen thưởng;", "Lưu: VT."}));
  return j;
}

}  // namespace

// ─── Users ─────────────────────────────────────────────────────────────────────────────────────────

Outcome user_add(const Context& c, const std::string& name, const std::string& role, const std::string& unit,
                 const std::string& title) {
  return guarded([&] {
    auto r = wf::parse_role(role);
    if (!r) {
      std::string list;
      for (auto x : wf::all_roles()) list += (list.empty() ? "" : ", ") + wf::code(x);
      return fail(kInvalidInput, "vai trò «" + role + "» không có", "các vai trò: " + list);
    }
    if (wf::is_unit_role(*r) && unit.empty())
      return fail(kInvalidInput, "vai trò «" + role + "» cần --unit MÃ_ĐƠN_VỊ");
    auto s = open_store(c);
    if (!unit.empty() && !s->agency(unit)) return fail(kNotFound, "không có đơn vị mã «" + unit + "»");
    std::string n = text::fold_spaces(text::nfc(name));
    if (n.empty()) return fail(kInvalidInput, "họ tên người dùng trống");
    // A name and role identify the actor (--as VAI_TRÒ:TÊN); a namesake in another unit must not take it
    // over.
    if (auto old = s->user(n, role); old && old->agency_code != unit)
      return fail(kRefused,
                  "đã có người dùng «" + n + "» với vai trò " + role +
                      (old->agency_code.empty() ? "" : " ở đơn vị " + old->agency_code) +
                      ": hai người trùng họ tên cùng vai trò phải được phân biệt",
                  "đăng ký người thứ hai với tên phân biệt, ví dụ «" + n + " (" +
                      (unit.empty() ? "đơn vị" : unit) + ")», và dùng đúng tên đó trong --as");
    s->transaction([&] {
      s->put_user({n, role, unit, text::nfc(title)});
      s->audit(c.actor, "user_add", "user", n, "vai trò " + role + (unit.empty() ? "" : ", đơn vị " + unit));
    });
    Outcome o;
    o.text = "Đã đăng ký " + n + " — " + wf::label(*r) + (unit.empty() ? "" : " (" + unit + ")") + "\n";
    return o;
  });
}

Outcome user_list(const Context& c) {
  return guarded([&] {
    auto s = open_store(c);
    Outcome o;
    Json a = Json::array();
    for (auto& u : s->users()) {
      o.text += u.role + "\t" + u.name + (u.agency_code.empty() ? "" : "\t" + u.agency_code) + "\n";
      Json j = Json::object();
      j.set("name", S(u.name));
      j.set("role", S(u.role));
      j.set("unit", S(u.agency_code));
      a.push(std::move(j));
    }
    o.result.set("users", std::move(a));
    return o;
  });
}

// ─── Dossiers ──────────────────────────────────────────────────────────────────────────────────────

Outcome dossier_create(const Context& c, const std::string& movement, const std::string& unit,
                       const std::string& round) {
  return guarded([&] {
    Outcome o;
    if (!valid_round(round)) return invalid_round(round);
    auto s = open_store(c);
    auto L = load_movement(*s, movement, o);
    if (!L) return o;
    auto a = s->agency(unit);
    if (!a) return fail(kNotFound, "không có đơn vị mã «" + unit + "»", "xem: tdkt unit list");
    for (auto& d : s->dossiers(movement, round))
      if (d.agency_code == unit)
        return fail(kConflict, "đơn vị «" + unit + "» đã có hồ sơ số " + std::to_string(d.id) + " cho " +
                                   round_label(round) + " của phong trào này");
    int64_t id = 0;
    s->transaction([&] {
      id = s->create_dossier(L->row.id, a->id, round);
      s->audit(c.actor, "dossier_create", "dossier", std::to_string(id), movement + " " + round + " " + unit);
    });
    o.text = "Đã tạo hồ sơ số " + std::to_string(id) + ": " + a->name + ", " + L->m.name + " " +
             round_label(round) + "\n";
    o.result.set("dossier", Json::integer(id));
    return o;
  });
}

Outcome dossier_nominate(const Context& c, int64_t id, const std::string& award, const std::string& subject,
                         const std::string& summary) {
  return guarded([&] {
    Outcome o;
    auto s = open_store(c);
    auto d = s->dossier(id);
    if (!d) return fail(kNotFound, "không có hồ sơ số " + std::to_string(id));
    if (d->state != "du_thao" && d->state != "tra_lai")
      return fail(kRefused, "hồ sơ số " + std::to_string(id) + " đang ở trạng thái «" +
                                wf::label(*wf::parse_state(d->state)) +
                                "»: chỉ thêm đề nghị khi đang lập hoặc được trả lại để bổ sung");
    auto L = load_movement(*s, d->movement_code, o);
    if (!L) return o;
    const auto* a = L->m.award(award);
    if (!a) {
      std::string list;
      for (auto& x : L->m.awards) list += (list.empty() ? "" : ", ") + x.id;
      return fail(kInvalidInput, "phong trào không có hình thức «" + award + "»", "các hình thức: " + list);
    }
    if (!award_fits_round(*a, d->round))
      return fail(kInvalidInput, "hình thức «" + award + "» thuộc đợt " + a->round + ", không dùng cho " +
                                     round_label(d->round));
    auto colon = subject.find(':');
    std::string type = colon == std::string::npos ? "" : subject.substr(0, colon),
                code = colon == std::string::npos ? "" : subject.substr(colon + 1);
    int64_t sid = 0;
    std::string unit;
    if (type == "agency") {
      auto x = s->agency(code);
      if (!x) return fail(kNotFound, "không có đơn vị mã «" + code + "»");
      sid = x->id;
      unit = x->code;
    } else if (type == "person") {
      auto x = s->person(code);
      if (!x) return fail(kNotFound, "không có cá nhân mã «" + code + "»");
      sid = x->id;
      unit = x->agency_code;
    } else {
      return fail(kUsage, "đối tượng phải là agency:MÃ hoặc person:MÃ");
    }
    std::string kind = type == "agency" ? "tap_the" : "ca_nhan";
    if (std::find(a->subjects.begin(), a->subjects.end(), kind) == a->subjects.end())
      return fail(kInvalidInput,
                  "hình thức «" + award + "» không dành cho " + (kind == "tap_the" ? "tập thể" : "cá nhân"));
    auto du = s->agency(d->agency_code);
    bool own = unit == d->agency_code;
    if (!own)
      if (auto su = s->agency(unit); su && su->parent_id && *su->parent_id == du->id) own = true;
    if (!own)
      return fail(kRefused, "«" + subject + "» không thuộc đơn vị «" + d->agency_code + "» của hồ sơ");
    for (auto& n : s->nominations(id))
      if (n.subject() == subject && n.award == award)
        return fail(kConflict, "đã có đề nghị này trong hồ sơ (số " + std::to_string(n.id) + ")");
    int64_t nid = 0;
    s->transaction([&] {
      nid = s->add_nomination(id, type, sid, award, text::nfc(summary));
      auto n = *s->nomination(nid);
      n.outcome = "de_nghi";
      s->update_nomination(n);
      s->audit(c.actor, "nominate", "dossier", std::to_string(id),
               "đề nghị " + std::to_string(nid) + ": " + subject + " — " + award);
    });
    o.text = "Đã thêm đề nghị số " + std::to_string(nid) + ": " + subject + " — " + a->name + "\n";
    o.result.set("nomination", Json::integer(nid));
    return o;
  });
}

Outcome dossier_meeting(const Context& c, int64_t id, const MeetingInput& in) {
  return guarded([&] {
    Outcome o;
    auto s = open_store(c);
    auto d = s->dossier(id);
    if (!d) return fail(kNotFound, "không có hồ sơ số " + std::to_string(id));
    if (d->state != "du_thao" && d->state != "tra_lai")
      return fail(kRefused, "chỉ ghi cuộc họp xét khi hồ sơ đang lập hoặc được trả lại (hiện: " +
                                wf::label(*wf::parse_state(d->state)) + ")");
    if (!core::parse_date(in.date))
      return fail(kInvalidInput, "ngày họp «" + in.date + "» không hợp lệ; viết YYYY-MM-DD");
    if (in.members <= 0 || in.present < 0 || in.present > in.members)
      return fail(kInvalidInput, "số thành viên (" + std::to_string(in.members) + ") và số có mặt (" +
                                     std::to_string(in.present) + ") không hợp lệ");
    auto noms = s->nominations(id);
    std::map<int64_t, int> votes;
    for (auto& vote : in.votes) {
      int64_t nid = vote.first;
      int agree = vote.second;
      if (std::none_of(noms.begin(), noms.end(), [&](auto& n) { return n.id == nid; }))
        o.diags.error({}, "--vote",
                      "đề nghị số " + std::to_string(nid) + " không thuộc hồ sơ " + std::to_string(id));
      else if (agree < 0 || agree > in.members)
        o.diags.error({}, "--vote",
                      "đề nghị số " + std::to_string(nid) + ": " + std::to_string(agree) +
                          " phiếu đồng ý vượt số thành viên " + std::to_string(in.members));
      votes[nid] = agree;
    }
    for (auto& n : noms)
      if (!votes.count(n.id))
        o.diags.error(
            {}, "--vote",
            "thiếu kết quả biểu quyết cho đề nghị số " + std::to_string(n.id) + " (" + n.subject_name + ")");
    if (o.diags.has_errors()) {
      o.exit = kInvalidInput;
      return o;
    }
    // Kept when more than half of ALL members agree (configurable share, setting ty_le_hop_xet).
    int percent = std::atoi(s->setting("ty_le_hop_xet").value_or("50").c_str());
    s->transaction([&] {
      store::MeetingRow m;
      m.kind = "don_vi";
      m.movement_id = d->movement_id;
      m.round = d->round;
      m.dossier_id = id;
      m.date = in.date;
      m.place = text::nfc(in.place);
      m.chair = text::nfc(in.chair);
      m.secretary = text::nfc(in.secretary);
      m.members = in.members;
      m.present = in.present;
      m.absences = in.absences;
      s->add_meeting(m);
      for (auto n : noms) {
        n.unit_agree = votes[n.id];
        n.outcome = static_cast<int64_t>(votes[n.id]) * 100 > static_cast<int64_t>(percent) * in.members
                        ? "giu"
                        : "loai";
        s->update_nomination(n);
        o.text += "  " + n.subject_name + ": " + std::to_string(votes[n.id]) + "/" +
                  std::to_string(in.members) + " → " +
                  (n.outcome == "giu" ? "giữ lại" : "không được đề nghị") + "\n";
      }
      s->audit(c.actor, "unit_meeting", "dossier", std::to_string(id),
               "họp ngày " + in.date + ", " + std::to_string(in.present) + "/" + std::to_string(in.members) +
                   " có mặt");
    });
    o.text = "Đã ghi cuộc họp xét ngày " + in.date + " của hồ sơ số " + std::to_string(id) + ":\n" + o.text;
    return o;
  });
}

namespace {

// A dossier that still takes attachments (being drafted, or returned for completion), or the refusal.
std::optional<Outcome> refuse_attach(const store::DossierRow& d) {
  if (d.state == "du_thao" || d.state == "da_hop_xet" || d.state == "tra_lai") return std::nullopt;
  return fail(kRefused, "hồ sơ số " + std::to_string(d.id) + " đã trình (" +
                            wf::label(*wf::parse_state(d.state)) +
                            "): chỉ đính kèm khi đang lập hoặc được trả lại để bổ sung");
}

// Keeps a copy of exactly what was sent, named by its hash, so later edits of the original do not matter.
store::DocumentRow keep_report(store::Store& s, const Context& c, const store::DossierRow& d,
                               const store::NominationRow& n, const std::string& file,
                               const std::string& bytes) {
  std::string dir = documents_dir(s, c) + "/dinh-kem";
  fs::create_directories(dir);
  std::string sha = core::sha256_hex(bytes);
  std::string path = dir + "/" + sha.substr(0, 16) + fs::path(file).extension().string();
  core::write_file_atomic(path, bytes);
  store::DocumentRow r;
  r.dossier_id = d.id;
  r.nomination_id = n.id;
  r.kind = "bao_cao_thanh_tich";
  r.title = "Báo cáo thành tích — " + n.subject_name + " (" + fs::path(file).filename().string() + ")";
  r.path = path;
  r.sha256 = sha;
  r.size = static_cast<int64_t>(bytes.size());
  r.source = "attached";
  return r;
}

// Where words (a nominee's code or name) occur as a run inside the words of a file name.
bool contains_run(const std::vector<std::string>& hay, const std::vector<std::string>& needle) {
  if (needle.empty() || needle.size() > hay.size()) return false;
  return std::search(hay.begin(), hay.end(), needle.begin(), needle.end()) != hay.end();
}

// The words a file name is matched on, per nominee: its subject's code and its name.
struct NomineeKeys {
  const store::NominationRow* n;
  std::vector<std::string> code, name;
};
std::vector<NomineeKeys> nominee_keys(const std::vector<store::NominationRow>& noms) {
  std::vector<NomineeKeys> out;
  for (auto& n : noms)
    out.push_back({&n, text::ascii_words(n.subject_code), text::ascii_words(n.subject_name)});
  return out;
}

// Which nominees a file is for, from its name: the subject's code wins over names; among names the longest
// match wins ("Nguyễn Văn An" over "Văn An"). One = found; several = ambiguous; none = unknown. Accents and
// case do not matter.
std::vector<const store::NominationRow*> match_file(const std::string& file_name,
                                                    const std::vector<NomineeKeys>& keys) {
  auto words = text::ascii_words(fs::path(file_name).stem().string());
  std::vector<const store::NominationRow*> best;
  size_t best_len = 0;
  for (auto by : {&NomineeKeys::code, &NomineeKeys::name}) {
    for (auto& k : keys) {
      const auto& key = k.*by;
      if (!contains_run(words, key)) continue;
      if (key.size() > best_len) {
        best_len = key.size();
        best.clear();
      }
      if (key.size() == best_len) best.push_back(k.n);
    }
    if (!best.empty()) break;
  }
  return best;
}

bool skipped_file(const std::string& name) {
  return name.empty() || name[0] == '.' || name.rfind("~$", 0) == 0 || name == "Thumbs.db" ||
         name == "desktop.ini";
}

}  // namespace

Outcome dossier_attach(const Context& c, int64_t id, int64_t nomination, const std::string& file) {
  return guarded([&] {
    auto s = open_store(c);
    auto d = s->dossier(id);
    if (!d) return fail(kNotFound, "không có hồ sơ số " + std::to_string(id));
    if (auto r = refuse_attach(*d)) return *r;
    auto n = s->nomination(nomination);
    if (!n || n->dossier_id != id)
      return fail(kNotFound,
                  "hồ sơ " + std::to_string(id) + " không có đề nghị số " + std::to_string(nomination));
    std::string err;
    auto bytes = core::read_file(file, err);
    if (!bytes) return fail(kInvalidInput, file + ": " + err);
    if (bytes->empty()) return fail(kInvalidInput, file + ": tệp rỗng");
    auto r = keep_report(*s, c, *d, *n, file, *bytes);
    s->transaction([&] {
      s->add_document(r);
      s->audit(c.actor, "attach", "dossier", std::to_string(id), r.title + " sha256=" + r.sha256);
    });
    Outcome o;
    o.text = "Đã đính kèm " + r.title + " (" + std::to_string(r.size) + " byte, SHA-256 " +
             r.sha256.substr(0, 16) + "…)\n";
    return o;
  });
}

Outcome dossier_attach_folder(const Context& c, int64_t id, const std::string& folder) {
  return guarded([&] {
    auto s = open_store(c);
    auto d = s->dossier(id);
    if (!d) return fail(kNotFound, "không có hồ sơ số " + std::to_string(id));
    if (auto r = refuse_attach(*d)) return *r;
    std::error_code ec;
    if (!fs::is_directory(folder, ec))
      return fail(kInvalidInput, folder + ": không phải thư mục hoặc không đọc được");
    std::vector<std::string> files;
    for (auto& e : fs::directory_iterator(folder, ec)) {
      std::string name = e.path().filename().string();
      if (!skipped_file(name) && e.is_regular_file(ec)) files.push_back(name);
    }
    if (ec) return fail(kInvalidInput, folder + ": không đọc được thư mục (" + ec.message() + ")");
    std::sort(files.begin(), files.end());
    if (files.empty()) return fail(kInvalidInput, folder + ": thư mục không có tệp nào để đính kèm");
    auto noms = s->nominations(id);
    auto keys = nominee_keys(noms);
    std::vector<std::string> problems;
    std::map<int64_t, std::string> file_of;  // nomination → file
    std::vector<std::pair<std::string, const store::NominationRow*>> plan;
    for (auto& f : files) {
      if (!text::is_valid_utf8(f)) {
        problems.push_back("tệp «" + folder + "/…»: tên tệp không phải UTF-8");
        continue;
      }
      auto m = match_file(f, keys);
      if (m.empty()) {
        problems.push_back("«" + f + "»: tên tệp không chứa mã hay họ tên của đề nghị nào trong hồ sơ " +
                           std::to_string(id));
        continue;
      }
      if (m.size() > 1) {
        std::string who;
        for (auto* n : m)
          who += (who.empty() ? "" : "; ") + std::string("số ") + std::to_string(n->id) + " " +
                 n->subject_name + " (" + n->subject_code + ")";
        problems.push_back("«" + f + "»: khớp với nhiều đề nghị (" + who + "); thêm mã vào tên tệp");
        continue;
      }
      auto* n = m.front();
      if (auto it = file_of.find(n->id); it != file_of.end()) {
        problems.push_back("«" + f + "» và «" + it->second + "»: cùng là báo cáo của đề nghị số " +
                           std::to_string(n->id) + " (" + n->subject_name + ")");
        continue;
      }
      file_of[n->id] = f;
      plan.push_back({f, n});
    }
    // Read everything before writing anything: an unreadable or empty file stops the whole folder.
    std::vector<std::string> contents;
    for (auto& [f, n] : plan) {
      std::string err;
      auto bytes = core::read_file(folder + "/" + f, err);
      if (!bytes)
        problems.push_back("«" + f + "»: " + err);
      else if (bytes->empty())
        problems.push_back("«" + f + "»: tệp rỗng");
      contents.push_back(bytes ? std::move(*bytes) : std::string());
    }
    if (!problems.empty()) {
      std::string msg = folder + ": " + std::to_string(problems.size()) + " lỗi, chưa đính kèm tệp nào:";
      for (auto& p : problems) msg += "\n  " + p;
      return fail(kInvalidInput, msg,
                  "đặt tên tệp theo họ tên hoặc mã của người, tập thể được đề nghị (ví dụ «Bao cao - Nguyen "
                  "Van An.pdf»)");
    }
    std::vector<store::DocumentRow> rows;
    for (size_t i = 0; i < plan.size(); ++i)
      rows.push_back(keep_report(*s, c, *d, *plan[i].second, plan[i].first, contents[i]));
    s->transaction([&] {
      for (auto& r : rows) {
        s->add_document(r);
        s->audit(c.actor, "attach", "dossier", std::to_string(id), r.title + " sha256=" + r.sha256);
      }
    });
    Outcome o;
    o.text = "Đã đính kèm " + std::to_string(rows.size()) + " báo cáo thành tích vào hồ sơ số " +
             std::to_string(id) + ":\n";
    for (auto& [f, n] : plan)
      o.text += "  " + f + " → đề nghị số " + std::to_string(n->id) + " " + n->subject_name + "\n";
    std::set<int64_t> have;
    for (auto& r : s->documents(id))
      if (r.kind == "bao_cao_thanh_tich" && r.nomination_id) have.insert(*r.nomination_id);
    std::string missing;
    for (auto& n : noms)
      if ((n.outcome == "de_nghi" || is_kept(n)) && !have.count(n.id))
        missing += (missing.empty() ? "" : ", ") + std::to_string(n.id) + " " + n.subject_name;
    if (!missing.empty())
      o.diags.warning({folder}, "", "còn thiếu Báo cáo thành tích của đề nghị: " + missing);
    return o;
  });
}

Outcome dossier_generate(const Context& c, int64_t id) {
  return guarded([&] {
    Outcome o;
    auto s = open_store(c);
    auto d = s->dossier(id);
    if (!d) return fail(kNotFound, "không có hồ sơ số " + std::to_string(id));
    auto L = load_movement(*s, d->movement_code, o);
    if (!L) return o;
    if (s->meetings(d->movement_id, d->round, "don_vi", id).empty())
      return fail(kRefused,
                  "chưa ghi cuộc họp xét của đơn vị (tdkt dossier meeting): chưa lập được Biên bản");
    auto Lg = load_legal(c, o);
    if (!Lg) return o;
    std::string hash = data_hash(*s, *d);
    std::vector<store::DocumentRow> all;
    // Renders one form of the dossier, tagged with the data it was made from; false when it did not render.
    auto make = [&](const std::string& form, const Json& data, const std::string& stem,
                    const std::string& kind, const std::string& title) {
      auto rows =
          write_documents(*s, c, form, data, "ho-so-" + std::to_string(id) + "-" + stem, kind, title, o);
      for (auto& r : rows) {
        r.dossier_id = id;
        r.data_sha256 = hash;
        all.push_back(r);
      }
      return !rows.empty();
    };
    for (auto& item : L->m.dossier) {
      if (item.doc != "bien_ban" && item.doc != "trich_bien_ban") continue;
      std::string form = item.doc == "trich_bien_ban" ? "trich-bien-ban" : "bien-ban-hop-xet";
      if (!make(form, bien_ban_data(*s, *L, *d, item.doc), form, item.doc, doc_name(item.doc))) {
        o.exit = kInvalidInput;
        return o;
      }
    }
    // The Tờ trình as a draft (unnumbered) for the unit to review; the numbered one is made on submission.
    if (!make("to-trinh", to_trinh_data(*s, *Lg, *L, *d, std::nullopt, std::nullopt, "", std::nullopt),
              "to-trinh-du-thao", "to_trinh_du_thao", "Tờ trình (dự thảo)")) {
      o.exit = kInvalidInput;
      return o;
    }
    s->transaction([&] {
      for (auto& r : all) s->add_document(r);
      s->audit(c.actor, "generate", "dossier", std::to_string(id),
               "lập văn bản từ dữ liệu " + hash.substr(0, 16) + docs_detail(all));
    });
    for (auto& r : all) o.text += "  " + r.path + "\n";
    o.text =
        "Đã lập " + std::to_string(all.size()) + " tệp cho hồ sơ số " + std::to_string(id) + ":\n" + o.text;
    return o;
  });
}

Outcome dossier_act(const Context& c, int64_t id, const std::string& action, const std::string& reason,
                    std::optional<int64_t> expected_version) {
  return guarded([&] {
    Outcome o;
    if (!wf::action(action)) {
      std::string list;
      for (auto& a : wf::all_actions()) list += (list.empty() ? "" : ", ") + a.code;
      return fail(kUsage, "không có thao tác «" + action + "»", "các thao tác: " + list);
    }
    if (action == "quyet_dinh") return decision_issue(c, "", "", {id});
    auto s = open_store(c);
    auto d = s->dossier(id);
    if (!d) return fail(kNotFound, "không có hồ sơ số " + std::to_string(id));
    if (expected_version && *expected_version != d->version)
      return fail(kConflict, "hồ sơ số " + std::to_string(id) + " đã thay đổi (phiên bản " +
                                 std::to_string(*expected_version) + " → " + std::to_string(d->version) +
                                 "): xem lại bằng tdkt dossier show rồi thực hiện lại");
    auto L = load_movement(*s, d->movement_code, o);
    if (!L) return o;
    ActorInfo a = actor_info(*s, c);
    if (!a.role)
      return fail(kRefused, "vai trò «" + c.actor.role + "» không có trong quy trình",
                  "dùng --as VAI_TRÒ:HỌ_TÊN, xem tdkt workflow diagram");
    std::optional<rules::LegalData> Lg;
    if (action == "trinh" || action == "trinh_lai") {
      Lg = load_legal(c, o);
      if (!Lg) return o;
    }
    std::optional<std::vector<std::string>> quota;
    if (action == "hoan_thanh_tham_dinh")
      quota = quota_lines(*L, rules::World(s->snapshot(d->id)), d->round,
                          s->round_nominations(d->movement_id, d->round, true), false);
    auto f = facts(*s, *L, *d, a, text::nfc(reason), quota ? &*quota : nullptr);
    auto v = wf::decide(f, action);
    if (!v.allowed) {
      o.exit = kRefused;
      o.diags.error({}, "",
                    "không thực hiện được «" + wf::action(action)->label + "» với hồ sơ số " +
                        std::to_string(id) + ":\n" + v.refusal());
      o.result.set("refused", Json::boolean(true));
      return o;
    }
    o.text = verdict_text(v);
    // Test hook: widen the window between reading and writing to exercise the conflict path.
    if (const char* ms = std::getenv("TDKT_TEST_ACT_DELAY_MS"))
      std::this_thread::sleep_for(std::chrono::milliseconds(std::atoi(ms)));
    store::DossierRow next = *d;
    next.state = wf::code(*v.to);
    std::vector<store::DocumentRow> docs;
    core::Date today = core::today();
    if (action == "trinh" && f.submit_deadline && f.submit_deadline->late)
      next.late_days = static_cast<int>(f.submit_deadline->days_late);
    if (action == "tra_lai") {
      next.returned_reason = text::nfc(reason);
      next.returned_at = core::now_iso();
      for (auto& x : s->documents(id)) next.returned_after_doc = std::max(next.returned_after_doc, x.id);
    }
    struct Conflict {};
    try {
      s->transaction([&] {
        int number = 0;
        if (action == "trinh" || action == "trinh_lai") {
          // Number and date the Tờ trình in the unit's series for the year.
          auto ag = *s->agency(d->agency_code);
          Header h = header_of(*s, ag, L->m);
          number = s->next_number(d->agency_code, "TTr", today.y);
          next.submission_number = numbered(number, "TTr-" + h.abbrev);
          next.submission_date = today.iso();
        }
        // The version check comes before any file is written: a loser of a race writes nothing.
        if (!s->update_dossier(next, d->version)) throw Conflict{};
        if (number) {
          docs = write_documents(*s, c, "to-trinh",
                                 to_trinh_data(*s, *Lg, *L, *d, number, today, c.actor.name, a.user),
                                 "ho-so-" + std::to_string(id) + "-to-trinh-" + std::to_string(number),
                                 "to_trinh", "Tờ trình số " + next.submission_number, o);
          if (docs.empty()) throw core::Error("không lập được Tờ trình:\n" + o.diags.to_string());
          std::string hash = data_hash(*s, *d);
          for (auto& r : docs) {
            r.dossier_id = id;
            r.data_sha256 = hash;
            s->add_document(r);
          }
        }
        if (action == "hoan_thanh_tham_dinh") {
          for (auto n : s->nominations(id)) {
            if (!is_kept(n)) continue;
            n.outcome = n.appraisal == "du_dieu_kien" ? "du_dieu_kien" : "khong_du_dieu_kien";
            s->update_nomination(n);
          }
        }
        std::string detail = d->state + " -> " + next.state;
        if (!reason.empty()) detail += "; lý do: " + text::nfc(reason);
        if (next.late_days) detail += "; nộp muộn " + std::to_string(next.late_days) + " ngày";
        if (!next.submission_number.empty() && next.submission_number != d->submission_number)
          detail += "; Tờ trình số " + next.submission_number;
        detail += docs_detail(docs);
        s->audit(c.actor, action, "dossier", std::to_string(id), detail);
      });
    } catch (const Conflict&) {
      return fail(kConflict, "hồ sơ số " + std::to_string(id) +
                                 " vừa được người khác thay đổi trong lúc bạn thao tác (phiên bản " +
                                 std::to_string(d->version) +
                                 "): không ghi gì; xem lại bằng tdkt dossier show rồi thực hiện lại");
    }
    o.text += "Hồ sơ số " + std::to_string(id) + ": " + wf::label(*wf::parse_state(d->state)) + " → " +
              wf::label(*v.to) +
              (next.submission_number.empty() || next.submission_number == d->submission_number
                   ? ""
                   : " (Tờ trình số " + next.submission_number + ")") +
              "\n";
    o.result.set("state", S(next.state));
    o.result.set("version", Json::integer(d->version + 1));
    return o;
  });
}

// ─── Show and list ─────────────────────────────────────────────────────────────────────────────────

Outcome dossier_show(const Context& c, int64_t id) {
  return guarded([&] {
    Outcome o;
    auto s = open_store(c);
    auto d = s->dossier(id);
    if (!d) return fail(kNotFound, "không có hồ sơ số " + std::to_string(id));
    auto L = load_movement(*s, d->movement_code, o);
    if (!L) return o;
    auto st = wf::parse_state(d->state).value_or(wf::State::DuThao);
    std::string& t = o.text;
    t += "Hồ sơ số " + std::to_string(id) + " — " + d->agency_name + " (" + d->agency_code + ")\n";
    t += "Phong trào: " + L->m.name + " (" + d->movement_code + "), " + round_label(d->round) + "\n";
    t += "Trạng thái: " + wf::label(st) + " [" + d->state + "], phiên bản " + std::to_string(d->version) +
         "\n";
    if (!d->submission_number.empty())
      t += "Tờ trình số " + d->submission_number + " ngày " +
           core::parse_date(d->submission_date).value_or(core::Date{}).dmy() + "\n";
    if (d->late_days) t += "Nộp muộn " + std::to_string(d->late_days) + " ngày\n";
    if (!d->returned_reason.empty()) t += "Lần trả lại gần nhất: " + d->returned_reason + "\n";
    t += "Đề nghị:\n";
    Json noms = Json::array();
    for (auto& n : s->nominations(id)) {
      t += "  " + std::to_string(n.id) + ". " + n.subject_name +
           (n.subject_type == "person" ? " (" + n.position + ", " + n.unit_name + ")" : "") + " — " +
           award_name(*L, n.award) + ": " + outcome_label(n.outcome);
      if (n.unit_agree) t += "; đơn vị " + std::to_string(*n.unit_agree) + " phiếu";
      if (!n.appraisal.empty())
        t += "; thẩm định: " + outcome_label(n.appraisal == "cho_xac_nhan" ? "cho_xac_nhan" : n.appraisal);
      if (n.council_agree)
        t += "; Hội đồng " + std::to_string(*n.council_agree) + "/" +
             std::to_string(n.council_members.value_or(0));
      if (n.money) t += "; tiền thưởng " + text::format_money(*n.money);
      t += "\n";
      Json j = Json::object();
      j.set("id", Json::integer(n.id));
      j.set("subject", S(n.subject()));
      j.set("name", S(n.subject_name));
      j.set("award", S(n.award));
      j.set("outcome", S(n.outcome));
      j.set("appraisal", S(n.appraisal));
      j.set("summary", S(n.summary));
      if (n.money) j.set("money", Json::integer(*n.money));
      noms.push(std::move(j));
    }
    auto docs = s->documents(id);
    if (!docs.empty()) {
      t += "Văn bản:\n";
      for (auto& x : docs)
        t += "  " + x.title + " — " + x.path + " (SHA-256 " + x.sha256.substr(0, 16) + "…)\n";
    }
    ActorInfo none;
    auto f = facts(*s, *L, *d, none, "", nullptr);
    if (!f.missing_documents.empty() || !f.stale_documents.empty()) {
      t += "Còn thiếu:\n";
      for (auto& m : f.missing_documents) t += "  - " + m + "\n";
      for (auto& m : f.stale_documents)
        t += "  - " + m + " lập từ dữ liệu cũ: lập lại (tdkt dossier generate)\n";
    }
    if (f.submit_deadline && f.submit_deadline->due)
      t += "Hạn nộp: " + f.submit_deadline->due->dmy() + (f.submit_deadline->late ? " (đã quá hạn)" : "") +
           "\n";
    auto acts = wf::actions_from(st);
    if (!acts.empty()) {
      t += "Thao tác tiếp theo:";
      for (auto& a : acts) {
        std::string roles;
        for (auto& row : wf::table())
          if (row.from == st && row.action == a)
            for (auto r : row.roles) roles += (roles.empty() ? "" : ", ") + wf::code(r);
        t += "\n  " + a + " (" + wf::action(a)->label + ") — " + roles;
      }
      t += "\n";
    }
    o.result.set("id", Json::integer(id));
    o.result.set("state", S(d->state));
    o.result.set("version", Json::integer(d->version));
    o.result.set("unit", S(d->agency_code));
    o.result.set("round", S(d->round));
    o.result.set("submission_number", S(d->submission_number));
    o.result.set("submission_date", S(d->submission_date));
    o.result.set("late_days", Json::integer(d->late_days));
    o.result.set("returned_reason", S(d->returned_reason));
    o.result.set("nominations", std::move(noms));
    o.result.set("missing", arr(f.missing_documents));
    return o;
  });
}

Outcome dossier_list(const Context& c, const std::string& movement, const std::string& round) {
  return guarded([&] {
    Outcome o;
    auto s = open_store(c);
    Json a = Json::array();
    for (auto& d : s->dossiers(movement, round)) {
      o.text += std::to_string(d.id) + "\t" + d.movement_code + "\t" + d.round + "\t" + d.agency_code + "\t" +
                d.state + "\n";
      Json j = Json::object();
      j.set("id", Json::integer(d.id));
      j.set("unit", S(d.agency_code));
      j.set("state", S(d.state));
      a.push(std::move(j));
    }
    o.result.set("dossiers", std::move(a));
    return o;
  });
}

// ─── Appraisal ─────────────────────────────────────────────────────────────────────────────────────

namespace {
Outcome require_role(store::Store& s, const Context& c, wf::Role want, ActorInfo& a) {
  a = actor_info(s, c);
  if (!a.role || *a.role != want)
    return fail(kRefused, "việc này do " + wf::label(want) + " thực hiện",
                "dùng --as " + wf::code(want) + ":\"Họ tên\"");
  if (!a.user)
    return fail(kRefused, "«" + c.actor.name + "» chưa được đăng ký với vai trò " + wf::code(want),
                "tdkt user add");
  return Outcome{};
}

std::string appraisal_code(rules::Status st) {
  return st == rules::Status::Met      ? "du_dieu_kien"
         : st == rules::Status::NotMet ? "khong_du_dieu_kien"
                                       : "cho_xac_nhan";
}
}  // namespace

Outcome dossier_appraise(const Context& c, const std::vector<int64_t>& ids) {
  return guarded([&] {
    Outcome o;
    auto s = open_store(c);
    ActorInfo a;
    if (auto r = require_role(*s, c, wf::Role::ChuyenVienThamDinh, a); r.exit) return r;
    // Every dossier is checked before anything is written; all are appraised in one transaction.
    std::vector<store::DossierRow> ds;
    for (auto id : ids) {
      auto d = s->dossier(id);
      if (!d) return fail(kNotFound, "không có hồ sơ số " + std::to_string(id));
      if (d->state != "dang_tham_dinh")
        return fail(kRefused, "hồ sơ số " + std::to_string(id) +
                                  " chưa ở trạng thái đang thẩm định (hiện: " + d->state + ")");
      if (!ds.empty() && (d->movement_id != ds[0].movement_id || d->round != ds[0].round))
        return fail(kInvalidInput, "hồ sơ số " + std::to_string(id) +
                                       " không cùng phong trào, đợt với hồ sơ số " +
                                       std::to_string(ds[0].id));
      if (std::any_of(ds.begin(), ds.end(), [&](auto& x) { return x.id == id; })) continue;
      ds.push_back(*d);
    }
    auto L = load_movement(*s, ds[0].movement_code, o);
    if (!L) return o;
    auto all = s->round_nominations(ds[0].movement_id, ds[0].round, true);
    struct Done {
      int64_t dossier;
      int counts[3];
    };
    std::vector<Done> done;
    std::vector<store::NominationRow> updated;
    std::map<int64_t, size_t> at;  // nomination id → index in all, to count this run's results in the quotas
    for (size_t i = 0; i < all.size(); ++i) at[all[i].id] = i;
    int total[3] = {0, 0, 0};
    std::optional<rules::World> w;
    for (auto& d : ds) {
      w.emplace(s->snapshot(d.id));
      Done dn{d.id, {0, 0, 0}};
      if (ds.size() > 1) o.text += "Hồ sơ số " + std::to_string(d.id) + " — " + d.agency_name + ":\n";
      for (auto n : s->nominations(d.id)) {
        if (!is_kept(n)) continue;
        auto ctx = eval_context(*s, *L, d.round, *w, n, all);
        auto as = rules::assess({n.subject(), n.award}, ctx);
        n.appraisal = appraisal_code(as.status);
        n.appraisal_detail = explain(as);
        int k = as.status == rules::Status::Met ? 0 : as.status == rules::Status::NotMet ? 1 : 2;
        dn.counts[k]++;
        total[k]++;
        o.text += std::to_string(n.id) + ". " + n.subject_name + " — " + award_name(*L, n.award) + ": " +
                  as.summary() + "\n" + n.appraisal_detail;
        if (auto it = at.find(n.id); it != at.end()) all[it->second].appraisal = n.appraisal;
        updated.push_back(n);
      }
      done.push_back(dn);
    }
    // Any of the scoped worlds serves the quotas: they read every agency and metric value, and group people
    // by the unit their nomination carries.
    auto quotas = quota_lines(*L, *w, ds[0].round, all, false);
    s->transaction([&] {
      for (auto& n : updated) s->update_nomination(n);
      for (auto& dn : done)
        s->audit(c.actor, "appraise", "dossier", std::to_string(dn.dossier),
                 std::to_string(dn.counts[0]) + " đủ điều kiện, " + std::to_string(dn.counts[1]) +
                     " không đủ, " + std::to_string(dn.counts[2]) + " chờ xác nhận");
    });
    if (ds.size() > 1)
      o.text += "Đã thẩm định " + std::to_string(ds.size()) + " hồ sơ: " + std::to_string(total[0]) +
                " đủ điều kiện, " + std::to_string(total[1]) + " không đủ, " + std::to_string(total[2]) +
                " chờ xác nhận\n";
    for (auto& q : quotas) o.text += "Lưu ý chỉ tiêu: " + q + "\n";
    o.result.set("eligible", Json::integer(total[0]));
    o.result.set("ineligible", Json::integer(total[1]));
    o.result.set("to_confirm", Json::integer(total[2]));
    o.result.set("quota", arr(quotas));
    return o;
  });
}

namespace {

// Whether a criterion conditions a nomination's award and kind of subject.
// The same selection as rules::assess: kind of subject, the award, and the kind of unit when the plan sets
// it.
bool criterion_applies(store::Store& s, const domain::Criterion& k, const store::NominationRow& n) {
  std::string kind = n.subject_type == "agency" ? "tap_the" : "ca_nhan";
  if (k.applies_to != "ca_hai" && k.applies_to != kind) return false;
  if (!k.awards.empty() && std::find(k.awards.begin(), k.awards.end(), n.award) == k.awards.end())
    return false;
  if (k.kinds.empty()) return true;
  auto unit = s.agency(n.subject_type == "agency" ? n.subject_code : n.unit_code);
  return unit && std::find(k.kinds.begin(), k.kinds.end(), unit->kind) != k.kinds.end();
}

// Records the appraiser's confirmation of one criterion and re-assesses: on `one` nomination, or else on
// every nomination of the dossier kept by the unit's vote that the criterion conditions. One transaction, one
// audit row per nomination.
Outcome confirm(const Context& c, store::Store& s, const store::DossierRow& d, const std::string& criterion,
                bool met, const std::string& note, const std::optional<store::NominationRow>& one) {
  Outcome o;
  ActorInfo a;
  if (auto r = require_role(s, c, wf::Role::ChuyenVienThamDinh, a); r.exit) return r;
  if (d.state != "dang_tham_dinh")
    return fail(kRefused, "chỉ xác nhận tiêu chí khi hồ sơ đang thẩm định (hiện: " + d.state + ")");
  auto L = load_movement(s, d.movement_code, o);
  if (!L) return o;
  auto k =
      std::find_if(L->m.criteria.begin(), L->m.criteria.end(), [&](auto& x) { return x.id == criterion; });
  if (k == L->m.criteria.end())
    return fail(kInvalidInput, "phong trào không có tiêu chí «" + criterion + "»");
  std::vector<store::NominationRow> targets;
  if (one)
    targets.push_back(*one);
  else
    for (auto& n : s.nominations(d.id))
      if (is_kept(n) && criterion_applies(s, *k, n)) targets.push_back(n);
  if (targets.empty())
    return fail(kNotFound, "hồ sơ số " + std::to_string(d.id) +
                               " không có đề nghị nào (được đơn vị thống nhất) mà tiêu chí «" + criterion +
                               "» áp dụng");
  rules::World w(s.snapshot(d.id));
  auto all = s.round_nominations(d.movement_id, d.round, true,
                                 d.id);  // what else the same subjects are proposed for
  std::string nf = text::nfc(note);
  s.transaction([&] {
    for (auto& n : targets) {
      s.put_confirmation(n.id, criterion, met, nf, c.actor.name);
      auto ctx = eval_context(s, *L, d.round, w, n, all);
      auto as = rules::assess({n.subject(), n.award}, ctx);
      auto m = n;
      m.appraisal = appraisal_code(as.status);
      m.appraisal_detail = explain(as);
      s.update_nomination(m);
      s.audit(c.actor, "confirm", "nomination", std::to_string(n.id),
              "tiêu chí " + criterion + ": " + (met ? "đạt" : "không đạt") +
                  (nf.empty() ? "" : " (" + nf + ")") + " → " + m.appraisal);
      o.text += n.subject_name + ", tiêu chí " + criterion + ": " + (met ? "đạt" : "không đạt") + " → " +
                as.summary() + "\n";
    }
  });
  return o;
}

}  // namespace

Outcome nomination_confirm(const Context& c, int64_t nomination, const std::string& criterion, bool met,
                           const std::string& note) {
  return guarded([&] {
    auto s = open_store(c);
    auto n = s->nomination(nomination);
    if (!n) return fail(kNotFound, "không có đề nghị số " + std::to_string(nomination));
    return confirm(c, *s, *s->dossier(n->dossier_id), criterion, met, note, n);
  });
}

Outcome dossier_confirm(const Context& c, int64_t dossier, const std::string& criterion, bool met,
                        const std::string& note) {
  return guarded([&] {
    auto s = open_store(c);
    auto d = s->dossier(dossier);
    if (!d) return fail(kNotFound, "không có hồ sơ số " + std::to_string(dossier));
    return confirm(c, *s, *d, criterion, met, note, std::nullopt);
  });
}

Outcome eligibility(const Context& c, const std::string& movement, const std::string& round,
                    const std::string& award, const std::string& subject) {
  return guarded([&] {
    Outcome o;
    if (!valid_round(round)) return invalid_round(round);
    auto s = open_store(c);
    auto L = load_movement(*s, movement, o);
    if (!L) return o;
    const auto* a = L->m.award(award);
    if (!a) return fail(kInvalidInput, "phong trào không có hình thức «" + award + "»");
    rules::World w(s->snapshot());
    std::vector<std::string> subjects;
    if (!subject.empty())
      subjects.push_back(subject);
    else {
      bool tt = std::find(a->subjects.begin(), a->subjects.end(), "tap_the") != a->subjects.end();
      bool cn = std::find(a->subjects.begin(), a->subjects.end(), "ca_nhan") != a->subjects.end();
      if (tt)
        for (auto& x : w.data().agencies)
          if (x.parent.size()) subjects.push_back("agency:" + x.code);
      if (cn)
        for (auto& x : w.data().people) subjects.push_back("person:" + x.code);
    }
    rules::EvalContext ctx;
    ctx.world = &w;
    ctx.movement = &L->m;
    ctx.year = rules::round_year(L->m, round);
    ctx.on = core::today();
    ctx.cong_trang = a->round != "chuyen_de" && a->round != "cuoc_thi";
    ctx.catalog_names = &catalog_names(*s);
    int met = 0, manual = 0;
    Json rows = Json::array();
    for (auto& sub : subjects) {
      const std::string* known = w.name(sub);
      if (!known) return fail(kNotFound, "không có đối tượng «" + sub + "»", "dạng agency:MÃ hoặc person:MÃ");
      auto as = rules::assess({sub, award}, ctx);
      met += as.status == rules::Status::Met;
      manual += as.status == rules::Status::Manual;
      const std::string& name = *known;
      if (!subject.empty())
        o.text +=
            name + " — " + a->name + " " + round_label(round) + ": " + as.summary() + "\n" + explain(as);
      else if (as.status != rules::Status::NotMet)
        o.text += "[" + rules::status_label(as.status) + "] " + name + " (" + sub + ")\n";
      Json j = Json::object();
      j.set("subject", S(sub));
      j.set("status", S(appraisal_code(as.status)));
      rows.push(std::move(j));
    }
    if (subject.empty())
      o.text += std::to_string(subjects.size()) + " đối tượng: " + std::to_string(met) + " đạt, " +
                std::to_string(manual) + " chờ xác nhận thủ công, " +
                std::to_string(subjects.size() - static_cast<size_t>(met + manual)) + " không đạt\n";
    o.result.set("results", std::move(rows));
    return o;
  });
}

// ─── Council ───────────────────────────────────────────────────────────────────────────────────────

Outcome council_member_add(const Context& c, const std::string& movement, const std::string& name,
                           const std::string& position, const std::string& council_role) {
  return guarded([&] {
    Outcome o;
    auto s = open_store(c);
    auto L = load_movement(*s, movement, o);
    if (!L) return o;
    static const std::vector<std::string> roles = {"chu_tich", "pho_chu_tich", "uy_vien", "thu_ky"};
    if (std::find(roles.begin(), roles.end(), council_role) == roles.end())
      return fail(kInvalidInput, "vai trò trong Hội đồng «" + council_role + "» không có",
                  "chu_tich, pho_chu_tich, uy_vien, thu_ky");
    std::string n = text::fold_spaces(text::nfc(name));
    s->transaction([&] {
      s->put_council_member(L->row.id, {n, text::nfc(position), council_role});
      s->audit(c.actor, "council_member", "movement", movement, n + " — " + council_role);
    });
    o.text = "Thành viên Hội đồng: " + n + " (" + council_role + "), tổng số " +
             std::to_string(s->council_members(L->row.id).size()) + "\n";
    return o;
  });
}

namespace {
// The vote threshold of an award on a date: the legal basis in force, else the workspace default
// (setting nguong_bieu_quyet, e.g. ">50" = more than half of all members).
std::pair<int, bool> threshold(store::Store& s, const rules::LegalData& Lg, const std::string& catalog,
                               core::Date on, std::string& source) {
  if (auto t = Lg.vote_threshold(catalog, on)) {
    source = "theo " + t->basis + (t->confidence == "U" ? " (chưa xác nhận)" : "");
    return {t->percent, false};
  }
  std::string v = s.setting("nguong_bieu_quyet").value_or(">50");
  source = "mặc định của kho (nguong_bieu_quyet " + v + ")";
  return parse_threshold(v).value_or(std::make_pair(50, true));
}
}  // namespace

std::pair<int, bool> council_threshold(store::Store& s, const rules::LegalData& Lg,
                                       const std::string& catalog, core::Date on, std::string& source) {
  return threshold(s, Lg, catalog, on, source);
}

Outcome council_vote(const Context& c, const std::string& movement, const std::string& round,
                     const MeetingInput& in) {
  return guarded([&] {
    Outcome o;
    auto s = open_store(c);
    ActorInfo a;
    if (auto r = require_role(*s, c, wf::Role::ThuKyHoiDong, a); r.exit) return r;
    auto L = load_movement(*s, movement, o);
    if (!L) return o;
    auto date = core::parse_date(in.date);
    if (!date) return fail(kInvalidInput, "ngày họp «" + in.date + "» không hợp lệ; viết YYYY-MM-DD");
    auto members = s->council_members(L->row.id);
    if (members.empty())
      return fail(kRefused, "phong trào chưa có danh sách thành viên Hội đồng (tdkt council member add)");
    int total = static_cast<int>(members.size());
    for (auto& absent : in.absences) {
      const std::string& name = absent.first;
      if (std::none_of(members.begin(), members.end(), [&](auto& m) { return m.name == text::nfc(name); }))
        o.diags.error({}, "--absent", "«" + name + "» không phải thành viên Hội đồng");
    }
    auto Lg = load_legal(c, o);
    if (!Lg) return o;
    auto all = s->round_nominations(L->row.id, round);
    std::map<int64_t, size_t> at;  // nomination id → index in all
    for (size_t i = 0; i < all.size(); ++i) at[all[i].id] = i;
    std::vector<store::NominationRow> updated;
    for (auto& vote : in.votes) {
      int64_t nid = vote.first;
      int agree = vote.second;
      auto found = at.find(nid);
      auto it = found == at.end() ? all.end() : all.begin() + static_cast<std::ptrdiff_t>(found->second);
      if (it == all.end()) {
        o.diags.error({}, "--vote", "đề nghị số " + std::to_string(nid) + " không thuộc đợt này");
        continue;
      }
      auto d = s->dossier(it->dossier_id);
      if (d->state != "da_tham_dinh") {
        o.diags.error({}, "--vote",
                      "đề nghị số " + std::to_string(nid) + ": hồ sơ số " + std::to_string(d->id) +
                          " chưa thẩm định xong (" + d->state + ")");
        continue;
      }
      if (it->appraisal != "du_dieu_kien") {
        o.diags.error({}, "--vote",
                      "đề nghị số " + std::to_string(nid) + " (" + it->subject_name +
                          ") không đủ điều kiện: không đưa ra Hội đồng");
        continue;
      }
      if (agree < 0 || agree > total) {
        o.diags.error({}, "--vote",
                      "đề nghị số " + std::to_string(nid) + ": " + std::to_string(agree) +
                          " phiếu vượt tổng số " + std::to_string(total) + " thành viên");
        continue;
      }
      const auto* aw = L->m.award(it->award);
      std::string source;
      auto [pct, strict] = threshold(*s, *Lg, aw ? aw->catalog : "", *date, source);
      auto vr = rules::council_vote(agree, total, pct, strict);
      auto n = *it;
      n.council_agree = agree;
      n.council_members = total;
      n.council_percent = pct;
      n.outcome = vr.passed ? "dat" : "khong_dat";
      o.text += "  " + n.subject_name + " — " + award_name(*L, n.award) + ": " + std::to_string(agree) + "/" +
                std::to_string(total) + " = " + vr.ratio_text + " (ngưỡng " + (strict ? "trên " : "từ ") +
                std::to_string(pct) + " % tổng số thành viên, " + source + ") → " +
                (vr.passed ? "ĐẠT" : "KHÔNG ĐẠT") + "\n";
      updated.push_back(n);
    }
    if (o.diags.has_errors()) {
      o.exit = kInvalidInput;
      o.text.clear();
      return o;
    }
    s->transaction([&] {
      store::MeetingRow m;
      m.kind = "hoi_dong";
      m.movement_id = L->row.id;
      m.round = round;
      m.date = in.date;
      m.place = text::nfc(in.place);
      m.members = total;
      m.present = total - static_cast<int>(in.absences.size());
      for (auto& x : members) {
        if (x.council_role == "chu_tich") m.chair = x.name;
        if (x.council_role == "thu_ky") m.secretary = x.name;
      }
      for (auto& [name, op] : in.absences) m.absences.emplace_back(text::nfc(name), text::nfc(op));
      s->add_meeting(m);
      for (auto& n : updated) s->update_nomination(n);
      s->audit(c.actor, "council_vote", "movement", movement + " " + round,
               "họp ngày " + in.date + ", " + std::to_string(m.present) + "/" + std::to_string(total) +
                   " có mặt, " + std::to_string(updated.size()) + " đề nghị");
    });
    o.text = "Hội đồng họp ngày " + date->dmy() + ", " +
             std::to_string(total - static_cast<int>(in.absences.size())) + "/" + std::to_string(total) +
             " thành viên có mặt:\n" + o.text;
    return o;
  });
}

// ─── Round documents: Báo cáo thẩm định, Biên bản họp Hội đồng ────────────────────────────────────

namespace {

// The plan's wording of a criterion up to its first full stop or semicolon, at most about 200 characters (cut
// at a word, with "…"): the report cites the standard, the values compared follow it.
std::string gist(const std::string& t) {
  constexpr size_t kMax = 200;
  size_t stop = std::string::npos;
  for (const char* mark : {". ", "; ", ": "})
    if (size_t p = t.find(mark); p != std::string::npos && p < stop) stop = p;
  std::string s = stop != std::string::npos && stop < kMax ? t.substr(0, stop + 1) : t;
  if (s.size() <= kMax + 20) return s;
  size_t cut = s.rfind(' ', kMax);
  if (cut == std::string::npos) cut = kMax;
  while (cut > 0 && (static_cast<unsigned char>(s[cut]) & 0xC0) == 0x80)
    --cut;  // never inside a UTF-8 letter
  return s.substr(0, cut) + "…";
}

// The stored appraisal explanation as table rows: one per criterion (its first line carries the result,
// deeper lines the values it rests on) and one per principle. Status words become the report's: Đạt / Không
// đạt / Cần xác nhận.
Json criterion_rows(const Loaded& L, const std::string& detail) {
  auto status_word = [](std::string& line) {
    static const std::pair<const char*, const char*> words[] = {
        {"[đạt] ", "Đạt"}, {"[không đạt] ", "Không đạt"}, {"[chờ xác nhận] ", "Cần xác nhận"}};
    for (auto& [tag, word] : words)
      if (line.rfind(tag, 0) == 0) {
        line = line.substr(std::strlen(tag));
        return std::string(word);
      }
    return std::string();
  };
  Json rows = Json::array();
  std::string crit;  // criterion id of the block being read
  Json row;
  auto flush = [&] {
    if (row.is_object()) rows.push(std::move(row));
    row = Json();
  };
  size_t a = 0;
  while (a < detail.size()) {
    size_t b = detail.find('\n', a);
    if (b == std::string::npos) b = detail.size();
    std::string line = detail.substr(a, b - a);
    a = b + 1;
    size_t depth = line.find_first_not_of(' ');
    if (depth == std::string::npos) continue;
    line = line.substr(depth);
    if (depth == 2 && line.rfind("Tiêu chí ", 0) == 0 && line.back() == ':') {
      flush();
      crit = line.substr(std::strlen("Tiêu chí "), line.size() - std::strlen("Tiêu chí ") - 1);
      continue;
    }
    std::string word = status_word(line);
    if (depth == 2 && word.size()) {  // a principle, outside any criterion
      flush();
      crit.clear();
      row = Json::object();
      row.set("noi_dung", S(line));
      row.set("ket_qua", S(word));
      flush();
      continue;
    }
    if (crit.empty()) continue;
    if (depth == 4) {  // the criterion's own result; its text is the plan's wording, the values follow
      flush();
      std::string text = crit;
      for (auto& k : L.m.criteria)
        if (k.id == crit) text = (k.marker.empty() ? "" : k.marker + " ") + gist(k.text);
      row = Json::object();
      row.set("noi_dung", S(text + " Đối chiếu: " + line));
      row.set("ket_qua", S(word.empty() ? "—" : word));
    } else if (row.is_object()) {
      row.set("noi_dung", S(row.find("noi_dung")->as_string() + "; " +
                            (word.empty() ? "" : text::lower(word) + ": ") + line));
    }
  }
  flush();
  if (rows.items().empty()) {
    Json r = Json::object();
    r.set("noi_dung", S("Tiêu chuẩn của Kế hoạch"));
    r.set("ket_qua", S("Không có tiêu chí tự động; xem hồ sơ"));
    rows.push(std::move(r));
  }
  return rows;
}

std::string appraisal_label(const std::string& code) {
  return code == "du_dieu_kien"         ? "Đủ điều kiện"
         : code == "khong_du_dieu_kien" ? "Không đủ điều kiện"
                                        : "Chờ xác nhận";
}

// "Hội đồng Thi đua - Khen thưởng huyện Phù Mỹ" from the movement's issuer.
std::string council_name(const Loaded& L) {
  std::string area = issuer_area(L);
  return "Hội đồng Thi đua - Khen thưởng" + (area.empty() ? "" : " " + area);
}

// Records the rendered files of a round document and the audit row, in the caller's transaction.
void add_round_documents(store::Store& s, const Context& c, const Loaded& L, const std::string& round,
                         std::vector<store::DocumentRow>& docs, const std::string& action,
                         const std::string& detail) {
  for (auto& r : docs) {
    r.movement_id = L.row.id;
    r.round = round;
    r.id = s.add_document(r);
  }
  s.audit(c.actor, action, "movement", L.row.code + " " + round, detail + docs_detail(docs));
}

}  // namespace

Outcome council_report(const Context& c, const std::string& movement, const std::string& round,
                       const std::string& office_code, const std::string& signer_name,
                       const std::string& signer_title) {
  return guarded([&] {
    Outcome o;
    auto s = open_store(c);
    ActorInfo a;
    if (auto r = require_role(*s, c, wf::Role::ChuyenVienThamDinh, a); r.exit) return r;
    auto L = load_movement(*s, movement, o);
    if (!L) return o;
    auto office = s->agency(office_code);
    if (!office)
      return fail(kNotFound, "không có đơn vị mã «" + office_code + "» (cơ quan thẩm định)",
                  "xem: tdkt unit list");
    auto all = s->round_nominations(L->row.id, round);
    std::vector<store::NominationRow> done;
    for (auto& n : all)
      if (is_kept(n) && !n.appraisal.empty()) done.push_back(n);
    if (done.empty())
      return fail(kRefused, "đợt " + round + " chưa có đề nghị nào được thẩm định",
                  "tdkt dossier appraise SỐ_HỒ_SƠ");
    std::set<int64_t> received, appraised, late;
    for (auto& d : s->dossiers(movement, round)) {
      if (d.state == "du_thao" || d.state == "da_hop_xet") continue;
      received.insert(d.id);
      if (d.late_days > 0) late.insert(d.id);
      if (d.state != "da_tiep_nhan" && d.state != "dang_tham_dinh" && d.state != "tra_lai")
        appraised.insert(d.id);
    }
    core::Date today = core::today();
    Header h = header_of(*s, *office, L->m);
    int tt = 0, cn = 0;
    std::set<std::string> award_names;
    Json cases = Json::array();
    for (auto& n : done) {
      Json x = Json::object();
      x.set("ten", S(n.subject_name +
                     (n.subject_type == "person" && !n.unit_name.empty() ? " (" + n.unit_name + ")" : "")));
      x.set("hinh_thuc",
            S(award_name(*L, n.award) + (n.subject_type == "agency" ? " (tập thể)" : " (cá nhân)")));
      x.set("ket_luan", S(appraisal_label(n.appraisal)));
      x.set("tieu_chi", criterion_rows(*L, n.appraisal_detail));
      cases.push(std::move(x));
      if (n.appraisal == "du_dieu_kien") {
        (n.subject_type == "agency" ? tt : cn)++;
        award_names.insert(award_name(*L, n.award));
      }
    }
    // The quota is checked over what was received: a dossier still with its unit is not before the council.
    std::vector<store::NominationRow> in_hand;
    for (auto& n : all)
      if (received.count(n.dossier_id)) in_hand.push_back(n);
    auto quotas = quota_lines(*L, rules::World(s->snapshot(std::nullopt)), round, in_hand, false);
    if (quotas.empty())
      quotas.push_back("Số lượng đề nghị đủ điều kiện nằm trong số lượng khen thưởng của Kế hoạch.");
    std::string awards;
    for (auto& x : award_names) awards += (awards.empty() ? "" : ", ") + x;
    std::string council = council_name(*L);
    std::string title = signer_title.empty() ? (office->name.rfind("Phòng", 0) == 0 ? "TRƯỞNG PHÒNG"
                                                : office->name.rfind("Sở", 0) == 0  ? "GIÁM ĐỐC"
                                                                                   : "THỦ TRƯỞNG CƠ QUAN")
                                             : text::upper(signer_title);
    std::string who = signer_name.empty() ? c.actor.name : text::fold_spaces(text::nfc(signer_name));
    std::vector<store::DocumentRow> docs;
    int number = 0;
    s->transaction([&] {
      number = s->next_number(office->code, "BC", today.y);
      Json j = Json::object();
      j.set("co_quan_chu_quan", S(h.chu_quan));
      j.set("co_quan_lines", arr(h.lines));
      j.set("so", S(text::doc_number(number, "BC-" + h.abbrev)));
      j.set("dia_danh_ngay", S(text::nd30_place_date(h.place, today)));
      j.set("ten_loai", S("BÁO CÁO"));
      j.set("trich_yeu", S("Kết quả thẩm định hồ sơ đề nghị khen thưởng trong phong trào thi đua " +
                           L->m.name + " " + round_label(round)));
      j.set("kinh_gui", S(council));
      std::string opening = "Thực hiện " + plan_reference(*L) + ", " + office->name +
                            " đã tiếp nhận hồ sơ đề nghị khen thưởng " + round_label(round) + " của " +
                            two_digits(static_cast<int>(received.size())) + " cơ quan, đơn vị, địa phương";
      if (!late.empty()) opening += " (" + two_digits(static_cast<int>(late.size())) + " hồ sơ nộp quá hạn)";
      if (appraised.size() < received.size())
        opening += "; " + two_digits(static_cast<int>(received.size() - appraised.size())) +
                   " hồ sơ chưa thẩm định xong, không có trong báo cáo này";
      j.set("mo_dau", arr({opening + ".", "Kết quả thẩm định theo từng tiêu chuẩn của Kế hoạch như sau:"}));
      j.set("truong_hop", std::move(cases));
      j.set("so_luong", arr(quotas));
      j.set("kien_nghi", arr({office->name + " kính trình " + council + " xem xét, đề nghị tặng " +
                              (awards.empty() ? "khen thưởng" : awards) + " cho " + two_digits(tt) +
                              " tập thể và " + two_digits(cn) + " cá nhân đủ điều kiện./."}));
      j.set("noi_nhan", arr({"Như trên;", "Lưu: VT, " + h.abbrev + "."}));
      j.set("ky", signer("", title, who));
      docs = write_documents(*s, c, "bao-cao-tham-dinh", j,
                             "bao-cao-tham-dinh-" + two_digits(number) + "-" + std::to_string(today.y),
                             "bao_cao_tham_dinh",
                             "Báo cáo thẩm định số " + numbered(number, "BC-" + h.abbrev), o);
      if (docs.empty()) throw core::Error("không lập được Báo cáo thẩm định:\n" + o.diags.to_string());
      add_round_documents(*s, c, *L, round, docs, "council_report",
                          "Báo cáo thẩm định số " + numbered(number, "BC-" + h.abbrev) + ", " +
                              std::to_string(done.size()) + " đề nghị");
    });
    o.text = "Báo cáo thẩm định số " + numbered(number, "BC-" + h.abbrev) + " (" +
             std::to_string(done.size()) + " trường hợp: " + two_digits(tt) + " tập thể, " + two_digits(cn) +
             " cá nhân đủ điều kiện):\n";
    for (auto& d : docs) o.text += "  " + d.path + "\n";
    Json files = Json::array();
    for (auto& d : docs) files.push(S(d.path));
    o.result.set("number", S(numbered(number, "BC-" + h.abbrev)));
    o.result.set("files", std::move(files));
    return o;
  });
}

Outcome council_minutes(const Context& c, const std::string& movement, const std::string& round) {
  return guarded([&] {
    Outcome o;
    auto s = open_store(c);
    ActorInfo a;
    if (auto r = require_role(*s, c, wf::Role::ThuKyHoiDong, a); r.exit) return r;
    auto L = load_movement(*s, movement, o);
    if (!L) return o;
    auto sittings = s->meetings(L->row.id, round, "hoi_dong", std::nullopt);
    if (sittings.empty())
      return fail(kRefused, "Hội đồng chưa họp xét đợt " + round,
                  "tdkt council vote --movement " + movement + " --round " + round + " …");
    const auto& m = sittings.back();
    auto members = s->council_members(L->row.id);
    std::vector<store::NominationRow> voted;
    for (auto& n : s->round_nominations(L->row.id, round, true))
      if (n.council_agree) voted.push_back(n);
    auto md = core::parse_date(m.date).value_or(core::today());
    core::Date today = core::today();
    auto lines = issuer_lines_of(L->m);
    std::string council = council_name(*L);
    Json j = Json::object();
    j.set("co_quan_chu_quan", S(lines.size() > 1 ? "UBND " + lines[1] : lines[0]));
    j.set("co_quan_lines", arr({"HỘI ĐỒNG THI ĐUA", "KHEN THƯỞNG"}));
    j.set("ten_loai", S("BIÊN BẢN"));
    j.set("trich_yeu", S("Họp " + council + " xét khen thưởng phong trào thi đua " + L->m.name + " " +
                         round_label(round)));
    j.set("thoi_gian_bat_dau", S(text::nd30_date(md) + "."));
    j.set("dia_diem", S(m.place.empty() ? "Trụ sở Ủy ban nhân dân " + issuer_area(*L) + "." : m.place + "."));
    int absent = static_cast<int>(m.absences.size());
    int written = 0;
    for (auto& x : m.absences) written += !x.second.empty();
    j.set("thanh_phan", S("Tổng số thành viên Hội đồng: " + two_digits(m.members) +
                          "; có mặt: " + two_digits(m.present) + "; vắng: " + two_digits(absent) +
                          (!absent   ? ""
                           : written ? " (" + two_digits(written) + " có ý kiến bằng văn bản)"
                                     : " (không có ý kiến bằng văn bản)") +
                          "."));
    auto role_word = [](const std::string& r) {
      return r == "chu_tich"       ? std::string("Chủ tịch Hội đồng")
             : r == "pho_chu_tich" ? std::string("Phó Chủ tịch Hội đồng")
             : r == "thu_ky"       ? std::string("Ủy viên, Thư ký")
                                   : std::string("Ủy viên");
    };
    Json people = Json::array();
    Json chair = Json::object(), sec = Json::object();
    for (auto& x : members) {
      bool away =
          std::any_of(m.absences.begin(), m.absences.end(), [&](auto& ab) { return ab.first == x.name; });
      Json r = Json::object();
      r.set("ho_ten", S(x.name));
      r.set("chuc_vu", S(role_word(x.council_role) + (x.position.empty() ? "" : " (" + x.position + ")")));
      r.set("tham_du", S(away ? "vắng" : "có mặt"));
      people.push(std::move(r));
      if (x.council_role == "chu_tich") {
        chair.set("ho_ten", S(x.name));
        chair.set("chuc_vu", S((x.position.empty() ? "" : x.position + ", ") + "Chủ tịch Hội đồng"));
      }
      if (x.council_role == "thu_ky") {
        sec.set("ho_ten", S(x.name));
        sec.set("chuc_vu", S(x.position.empty() ? "Thư ký Hội đồng" : x.position));
      }
    }
    if (!chair.find("ho_ten")) {
      chair.set("ho_ten", S(m.chair));
      chair.set("chuc_vu", S("Chủ tịch Hội đồng"));
    }
    if (!sec.find("ho_ten")) {
      sec.set("ho_ten", S(m.secretary.empty() ? c.actor.name : m.secretary));
      sec.set("chuc_vu", S("Thư ký Hội đồng"));
    }
    j.set("thanh_vien", std::move(people));
    j.set("chu_toa", std::move(chair));
    j.set("thu_ky", std::move(sec));
    auto reports = s->round_documents(L->row.id, round);
    std::string report;
    for (auto& d : reports)
      if (d.kind == "bao_cao_tham_dinh") report = d.title;
    j.set("noi_dung", arr({(report.empty() ? std::string("Cơ quan thẩm định báo cáo kết quả thẩm định")
                                           : report.substr(0, report.find(" (")) + " được trình bày") +
                               " về hồ sơ đề nghị khen thưởng " + round_label(round) + ".",
                           "Hội đồng thảo luận và biểu quyết từng trường hợp; tỷ lệ tính trên tổng số thành "
                           "viên Hội đồng."}));
    Json abs = Json::array();
    for (auto& [name, op] : m.absences) {
      if (op.empty()) continue;  // only written opinions are read into the minutes
      Json r = Json::object();
      r.set("ho_ten", S(name));
      std::string role = "Ủy viên";
      for (auto& x : members)
        if (x.name == name) role = role_word(x.council_role);
      r.set("chuc_vu", S(role));
      r.set("y_kien", S(op));
      abs.push(std::move(r));
    }
    j.set("y_kien_vang_mat", std::move(abs));
    j.set("tong_thanh_vien", Json::integer(m.members));
    j.set("ket_qua_mo_dau", S("Kết quả biểu quyết (tỷ lệ tính trên tổng số " + two_digits(m.members) +
                              " thành viên Hội đồng, gồm cả ý kiến bằng văn bản):"));
    Json res = Json::array();
    int passed = 0;
    for (auto& n : voted) {
      Json r = Json::object();
      int total = n.council_members.value_or(m.members);
      r.set("ten", S(n.subject_name +
                     (n.subject_type == "person" && !n.unit_name.empty() ? " (" + n.unit_name + ")" : "")));
      r.set("hinh_thuc", S(award_name(*L, n.award)));
      r.set("dong_y", Json::integer(*n.council_agree));
      r.set("ty_le", S(text::format_decimal(total ? 100.0 * *n.council_agree / total : 0, 2)));
      bool ok = n.outcome == "dat" || n.outcome == "duoc_khen";
      passed += ok;
      r.set("ket_luan", S(ok ? "Đạt" : "Không đạt"));
      res.push(std::move(r));
    }
    j.set("ket_qua", std::move(res));
    j.set("ket_thuc", S("Biên bản đã được đọc lại và các thành viên dự họp thống nhất thông qua./."));
    j.set("noi_nhan", arr({"Thành viên Hội đồng;", "Lưu: VT, Hồ sơ."}));
    std::vector<store::DocumentRow> docs;
    int number = 0;
    std::string issuer = L->m.issuer.name + " — Hội đồng TĐKT";
    s->transaction([&] {
      number = s->next_number(issuer, "BB", today.y);
      j.set("so", S(text::doc_number(number, "BB-HĐTĐKT")));
      docs = write_documents(*s, c, "bien-ban-hoi-dong", j,
                             "bien-ban-hoi-dong-" + two_digits(number) + "-" + std::to_string(today.y),
                             "bien_ban_hoi_dong", "Biên bản họp Hội đồng số " + numbered(number, "BB-HĐTĐKT"),
                             o);
      if (docs.empty()) throw core::Error("không lập được Biên bản họp Hội đồng:\n" + o.diags.to_string());
      add_round_documents(*s, c, *L, round, docs, "council_minutes",
                          "Biên bản số " + numbered(number, "BB-HĐTĐKT") + ", họp ngày " + m.date + ", " +
                              std::to_string(voted.size()) + " đề nghị");
    });
    o.text = "Biên bản họp Hội đồng số " + numbered(number, "BB-HĐTĐKT") + " (họp ngày " + md.dmy() + ", " +
             std::to_string(voted.size()) + " đề nghị biểu quyết, " + std::to_string(passed) + " đạt):\n";
    for (auto& d : docs) o.text += "  " + d.path + "\n";
    Json files = Json::array();
    for (auto& d : docs) files.push(S(d.path));
    o.result.set("number", S(numbered(number, "BB-HĐTĐKT")));
    o.result.set("files", std::move(files));
    return o;
  });
}

// ─── Decision ──────────────────────────────────────────────────────────────────────────────────────

Outcome decision_issue(const Context& c, const std::string& movement_in, const std::string& round_in,
                       const std::vector<int64_t>& only) {
  return guarded([&] {
    Outcome o;
    auto s = open_store(c);
    ActorInfo a;
    if (auto r = require_role(*s, c, wf::Role::ChuTich, a); r.exit) return r;
    std::string movement = movement_in, round = round_in;
    if (movement.empty()) {
      auto d = s->dossier(only.at(0));
      if (!d) return fail(kNotFound, "không có hồ sơ số " + std::to_string(only[0]));
      movement = d->movement_code;
      round = d->round;
    }
    auto L = load_movement(*s, movement, o);
    if (!L) return o;
    auto Lg = load_legal(c, o);
    if (!Lg) return o;
    core::Date today = core::today();
    std::vector<store::DossierRow> ds;
    for (auto& d : s->dossiers(movement, round))
      if (d.state == "da_bieu_quyet" &&
          (only.empty() || std::find(only.begin(), only.end(), d.id) != only.end()))
        ds.push_back(d);
    if (!only.empty() && ds.size() != only.size())
      return fail(kRefused, "có hồ sơ chưa ở trạng thái «Hội đồng đã biểu quyết»");
    if (ds.empty())
      return fail(kRefused, "không có hồ sơ nào đã qua Hội đồng biểu quyết trong " + round_label(round));
    auto quota = quota_lines(*L, rules::World(s->snapshot()), round,
                             s->round_nominations(L->row.id, round, true), true);
    std::string refusals;
    std::vector<store::NominationRow> passed;
    for (auto& d : ds) {
      auto f = facts(*s, *L, d, a, "", &quota);
      for (auto& n : s->nominations(d.id)) {
        if (n.outcome != "dat") continue;
        const auto* aw = L->m.award(n.award);
        const auto* cat = aw ? Lg->award(aw->catalog) : nullptr;
        if (!cat)
          f.award_not_in_force.push_back("«" + award_name(*L, n.award) + "» không có trong danh mục pháp lý");
        else if (cat->valid_to && *cat->valid_to < today)
          f.award_not_in_force.push_back("«" + cat->name + "» chỉ có hiệu lực đến " + cat->valid_to->dmy() +
                                         ", không tặng được vào ngày " + today.dmy());
        passed.push_back(n);
      }
      auto v = wf::decide(f, "quyet_dinh");
      if (!v.allowed)
        refusals += "Hồ sơ số " + std::to_string(d.id) + " (" + d.agency_name + "):\n" + v.refusal();
    }
    if (!refusals.empty()) return fail(kRefused, "không ban hành được quyết định:\n" + refusals);
    // Money per awardee: coefficient × mức lương cơ sở on the decision date, rounded up.
    int64_t total = 0;
    std::set<std::string> warnings;
    for (auto& n : passed) {
      const auto* aw = L->m.award(n.award);
      std::string err;
      auto m = Lg->money(aw->catalog, n.subject_type == "agency" ? "tap_the" : "ca_nhan", today, err);
      if (!m) return fail(kRefused, "không tính được tiền thưởng cho " + n.subject_name + ": " + err);
      for (auto& x : m->warnings) warnings.insert(x);
      n.money = m->rounded;
      total += m->rounded;
    }
    std::string symbol = "QĐ-" + L->m.issuer.abbrev;
    std::vector<store::DocumentRow> docs;
    int64_t decision_id = 0;
    int number = 0;
    struct Conflict {};
    try {
      s->transaction([&] {
        number = s->next_number(L->m.issuer.name, "QĐ", today.y);
        std::string so = numbered(number, symbol);
        decision_id =
            s->add_decision({0, L->row.id, round, number, symbol, today.iso(), c.actor.name, total, ""});
        for (auto& d : ds) {
          auto next = d;
          next.state = "da_quyet_dinh";
          if (!s->update_dossier(next, d.version)) throw Conflict{};
        }
        int year = rules::round_year(L->m, round);
        for (auto& n : passed) {
          n.outcome = "duoc_khen";
          n.decision_id = decision_id;
          s->update_nomination(n);
          const auto* aw = L->m.award(n.award);
          domain::PastAward h;
          h.subject = {n.subject_type, n.subject_code};
          h.year = year;
          h.award = aw->catalog;
          h.name = aw->name;
          h.decision = so;
          h.date = today;
          h.issuer = aw->authority;
          h.kind = aw->round == "chuyen_de" ? "chuyen_de" : "cong_trang";
          h.topic = L->m.topic;
          s->add_award(h);
        }
        // The Quyết định with its Danh sách.
        std::set<std::string> names;
        int tt = 0, cn = 0;
        for (auto& n : passed) {
          names.insert(award_name(*L, n.award));
          (n.subject_type == "agency" ? tt : cn)++;
        }
        std::string awards;
        for (auto& x : names) awards += (awards.empty() ? "" : ", ") + x;
        Json j = Json::object();
        j.set("co_quan_chu_quan", S(L->m.issuer.parent));
        j.set("co_quan_lines", arr(issuer_lines_of(L->m)));
        j.set("so", S("Số: " + so));
        j.set("dia_danh_ngay", S(text::nd30_place_date(L->m.issuer.place, today)));
        j.set("ten_loai", S("QUYẾT ĐỊNH"));
        j.set("trich_yeu",
              S("Về việc tặng " + awards + " cho tập thể, cá nhân có thành tích trong phong trào thi đua " +
                L->m.name + " " + round_label(round)));
        j.set("tham_quyen", S("CHỦ TỊCH " + L->m.issuer.name));
        std::vector<std::string> cc = {"Căn cứ Luật Tổ chức chính quyền địa phương;",
                                       "Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;"};
        if (auto lb = law_basis(*Lg, today); !lb.empty()) cc.push_back(lb);
        cc.push_back("Căn cứ " + plan_reference(*L) + ";");
        j.set("can_cu", arr(cc));
        std::string subs;
        for (auto& d : ds) subs += (subs.empty() ? "" : ", ") + d.submission_number;
        j.set("xet_de_nghi", S("Xét đề nghị của các cơ quan, đơn vị tại Tờ trình số " + subs +
                               " và kết quả họp Hội đồng Thi đua - Khen thưởng."));
        std::string money_line =
            "Tiền thưởng theo quy định: tổng cộng " + text::format_money(total) + " (" +
            text::money_in_words(static_cast<uint64_t>(total)) +
            "), tính theo mức lương cơ sở tại ngày ký quyết định, làm tròn lên hàng chục nghìn đồng.";
        j.set("dieu", arr({"Tặng " + awards + " cho " + two_digits(tt) + " tập thể và " + two_digits(cn) +
                               " cá nhân (có danh sách kèm theo) đã có thành tích trong phong trào thi đua " +
                               L->m.name + " " + round_label(round) + ".",
                           money_line,
                           "Thủ trưởng các cơ quan, đơn vị liên quan và các tập thể, cá nhân có tên tại Điều "
                           "1 chịu trách nhiệm thi hành Quyết định này./."}));
        j.set("noi_nhan", arr({"Như Điều 3;", "Lưu: VT."}));
        j.set("ky", signer("", a.user && !a.user->title.empty() ? text::upper(a.user->title) : "CHỦ TỊCH",
                           c.actor.name));
        Json dsj = Json::object();
        dsj.set("tieu_de", S("Tập thể, cá nhân được tặng " + awards));
        dsj.set("kem_theo", S("(Kèm theo Quyết định số " + so + " " + text::nd30_date(today) +
                              " của Chủ tịch " + issuer_lines_of(L->m).back() + ")"));
        dsj.set("co_tien", Json::boolean(true));
        int64_t t2 = 0;
        dsj.set("nhom", list_groups(passed, *L, true, t2));
        dsj.set("tong_tien", Json::integer(t2));
        j.set("danh_sach", std::move(dsj));
        docs = write_documents(*s, c, "quyet-dinh", j,
                               "quyet-dinh-" + two_digits(number) + "-" + std::to_string(today.y),
                               "quyet_dinh", "Quyết định số " + so, o);
        if (docs.empty()) throw core::Error("không lập được Quyết định:\n" + o.diags.to_string());
        for (auto& r : docs) {
          r.decision_id = decision_id;
          s->add_document(r);
        }
        for (auto& d : ds)
          s->audit(c.actor, "quyet_dinh", "dossier", std::to_string(d.id),
                   d.state + " -> da_quyet_dinh; Quyết định số " + so);
        s->audit(c.actor, "decision", "decision", so,
                 std::to_string(passed.size()) + " tập thể, cá nhân; tổng tiền " + std::to_string(total) +
                     docs_detail(docs));
      });
    } catch (const Conflict&) {
      return fail(kConflict,
                  "một hồ sơ vừa được người khác thay đổi trong lúc ban hành: không ghi gì; thực hiện lại");
    }
    o.text = "Đã ban hành Quyết định số " + numbered(number, symbol) + " ngày " + today.dmy() + ": " +
             std::to_string(passed.size()) + " tập thể, cá nhân, tổng tiền thưởng " +
             text::format_money(total) + "\n";
    for (auto& n : passed) o.text += "  " + n.subject_name + " — " + text::format_money(*n.money) + "\n";
    for (auto& r : docs) o.text += "  " + r.path + "\n";
    for (auto& x : warnings) o.text += "Lưu ý: " + x + "\n";
    o.result.set("number", Json::integer(number));
    o.result.set("total", Json::integer(total));
    o.result.set("awardees", Json::integer(static_cast<int64_t>(passed.size())));
    return o;
  });
}

// ─── Movement status, dates, diagram ───────────────────────────────────────────────────────────────

Outcome movement_status(const Context& c, const std::string& movement, const std::string& round) {
  return guarded([&] {
    Outcome o;
    auto s = open_store(c);
    auto L = load_movement(*s, movement, o);
    if (!L) return o;
    std::map<std::string, int> by_state, by_outcome;
    std::string lines;
    int noms = 0;
    for (auto& d : s->dossiers(movement, round)) {
      ++by_state[d.state];
      auto ns = s->nominations(d.id);
      int kept = 0, awarded = 0;
      for (auto& n : ns) {
        ++by_outcome[n.outcome];
        kept += is_kept(n);
        awarded += n.outcome == "duoc_khen";
      }
      noms += static_cast<int>(ns.size());
      ActorInfo none;
      auto f = facts(*s, *L, d, none, "", nullptr);
      lines += "  " + std::to_string(d.id) + "\t" + d.round + "\t" + d.agency_name + "\t" +
               wf::label(*wf::parse_state(d.state)) + "\t" + std::to_string(ns.size()) + " đề nghị, " +
               std::to_string(kept) + " giữ, " + std::to_string(awarded) + " được khen" +
               (d.late_days ? ", nộp muộn " + std::to_string(d.late_days) + " ngày" : "") +
               (f.missing_documents.empty() ||
                        (d.state != "du_thao" && d.state != "da_hop_xet" && d.state != "tra_lai")
                    ? ""
                    : ", thiếu " + std::to_string(f.missing_documents.size()) + " văn bản") +
               "\n";
    }
    o.text = L->m.name + (round.empty() ? "" : " — " + round_label(round)) + "\n";
    o.text += "Theo trạng thái:\n";
    Json st = Json::object();
    for (auto x : wf::all_states())
      if (by_state.count(wf::code(x))) {
        o.text += "  " + wf::label(x) + ": " + std::to_string(by_state[wf::code(x)]) + "\n";
        st.set(wf::code(x), Json::integer(by_state[wf::code(x)]));
      }
    o.text += "Đề nghị: " + std::to_string(noms) + "\n";
    Json oc = Json::object();
    for (auto& [k, v] : by_outcome) {
      o.text += "  " + outcome_label(k) + ": " + std::to_string(v) + "\n";
      oc.set(k, Json::integer(v));
    }
    o.text += "Theo đơn vị:\n" + lines;
    for (auto& d : s->decisions(L->row.id))
      if (round.empty() || d.round == round)
        o.text += "Quyết định số " + numbered(d.number, d.symbol) + " ngày " +
                  core::parse_date(d.date).value_or(core::Date{}).dmy() + ", tổng tiền " +
                  text::format_money(d.total_money) + "\n";
    o.result.set("states", std::move(st));
    o.result.set("outcomes", std::move(oc));
    o.result.set("nominations", Json::integer(noms));
    return o;
  });
}

Outcome movement_date(const Context& c, const std::string& movement, const std::string& round,
                      const std::string& key, const std::string& date) {
  return guarded([&] {
    Outcome o;
    if (!valid_round(round)) return invalid_round(round);
    if (!core::parse_date(date))
      return fail(kInvalidInput, "ngày «" + date + "» không hợp lệ; viết YYYY-MM-DD");
    auto s = open_store(c);
    auto L = load_movement(*s, movement, o);
    if (!L) return o;
    std::vector<std::string> keys;
    for (auto& d : L->m.deadlines) {
      keys.push_back(d.id);
      if (!d.event.empty()) keys.push_back(d.event);
    }
    if (std::find(keys.begin(), keys.end(), key) == keys.end()) {
      std::string list;
      for (auto& k : keys) list += (list.empty() ? "" : ", ") + k;
      return fail(kInvalidInput, "kế hoạch không có thời hạn hay sự kiện «" + key + "»",
                  list.empty() ? "kế hoạch không ghi thời hạn" : "dùng: " + list);
    }
    s->transaction([&] {
      s->set_round_date(L->row.id, round, key, date);
      s->audit(c.actor, "round_date", "movement", movement + " " + round, key + " = " + date);
    });
    o.text = "Đã ghi " + key + " = " + core::parse_date(date)->dmy() + " cho " + round_label(round) + "\n";
    return o;
  });
}

Outcome workflow_diagram(bool dot) {
  Outcome o;
  o.text = dot ? wf::diagram_dot() : wf::diagram_text();
  return o;
}

}  // namespace tdkt::app
