// Parsing and validation of movement definition files (format "tdkt.movement/1").
#include "domain/movement.hpp"

#include <set>

#include "core/fields.hpp"
#include "core/files.hpp"
#include "text/format.hpp"
#include "text/json_file.hpp"
#include "text/normalize.hpp"
#include "text/utf8.hpp"

namespace tdkt::domain {

using core::Diagnostics;
using core::Fields;
using core::item_path;
using core::Json;

const std::vector<std::pair<std::string, std::string>>& rule_types() {
  static const std::vector<std::pair<std::string, std::string>> v = {
      {"threshold", "metric, op, value, year? — chỉ số năm xét (hoặc năm ghi rõ) so với ngưỡng"},
      {"years_meeting", "metric, op, value, from, to, at_least — ít nhất N năm trong giai đoạn đạt ngưỡng"},
      {"consecutive_years", "metric, op, value, count, ending? — N năm liên tục đạt ngưỡng"},
      {"rank_top", "metric, n, within?, years?, at_least_years? — thuộc nhóm N đứng đầu trong nhóm"},
      {"better_than_previous_year", "metric — kết quả cao hơn năm trước liền kề"},
      {"no_discipline", "who, min_level, during? — không bị kỷ luật từ mức … trở lên"},
      {"rating_at_least", "level, year? — xếp loại hoàn thành nhiệm vụ từ mức … trở lên"},
      {"prior_awards", "award, count, window, topic? — đã được khen (số lần) trong khoảng thời gian"},
      {"initiative_recognised", "level, window? — có sáng kiến được công nhận ở cấp …"},
      {"all", "of — đạt tất cả các điều kiện con"},
      {"any", "of — đạt ít nhất một điều kiện con"},
      {"manual", "note — xác nhận thủ công (không kiểm tra tự động được)"}};
  return v;
}

namespace {

const std::vector<std::string> kOps = {">=", ">", "<=", "<", "="};
const std::vector<std::string> kSubjects = {"tap_the", "ca_nhan"};

void check_metric(Fields& f, const std::string& key, const Movement& m) {
  // "of": "unit" evaluates a collective metric for an individual through the unit they work in.
  auto of = f.choice("of", false, {"self", "unit"});
  auto id = f.str(key);
  if (id && !m.metric(*id)) {
    std::string list;
    for (auto& x : m.metrics) list += (list.empty() ? "" : ", ") + x.id;
    f.error(key, "chỉ số «" + *id + "» chưa được khai báo trong «metrics»",
            list.empty() ? "" : "các chỉ số đã khai báo: " + list);
  } else if (id && of && *of == "unit" && m.metric(*id)->subject != "tap_the") {
    f.error("of",
            "chỉ số «" + *id + "» không phải chỉ số của tập thể nên không dùng được với \"of\": \"unit\"");
  }
}

void check_year_ref(Fields& f, const std::string& key) {
  const Json* v = f.any(key);
  if (!v) return;
  if (v->is_string() && (v->as_string() == "current" || v->as_string() == "previous")) return;
  if (v->is_integer() && v->as_int() >= 1990 && v->as_int() <= 2100) return;
  f.error(key, "phải là \"current\" (năm xét), \"previous\" (năm trước liền kề) hoặc một năm cụ thể");
}

void validate_rule(const Json& j, const std::string& path, const std::string& file, Diagnostics& d,
                   const Movement& m, int depth) {
  Fields f(j, path, file, d);
  if (!f.ok()) return;
  std::vector<std::string> names;
  for (auto& [n, _] : rule_types()) names.push_back(n);
  auto type = f.choice("type", true, names);
  if (!type) {
    f.finish();
    return;
  }
  const std::string& t = *type;
  if (t == "threshold") {
    check_metric(f, "metric", m);
    f.choice("op", true, kOps);
    f.number("value", true, -1e12, 1e12);
    check_year_ref(f, "year");
  } else if (t == "years_meeting") {
    check_metric(f, "metric", m);
    f.choice("op", true, kOps);
    f.number("value", true, -1e12, 1e12);
    auto from = f.integer("from", true, 1990, 2100), to = f.integer("to", true, 1990, 2100);
    auto n = f.integer("at_least", true, 1, 50);
    if (from && to && *from > *to) f.error("to", "năm kết thúc trước năm bắt đầu");
    if (from && to && n && *n > *to - *from + 1)
      f.error("at_least", "số năm yêu cầu lớn hơn số năm của giai đoạn");
  } else if (t == "consecutive_years") {
    check_metric(f, "metric", m);
    f.choice("op", true, kOps);
    f.number("value", true, -1e12, 1e12);
    f.integer("count", true, 2, 50);
    f.choice("ending", false, {"current", "previous"});
  } else if (t == "rank_top") {
    check_metric(f, "metric", m);
    f.integer("n", true, 1, 10000);
    f.str("within", false);
    f.choice("years", false, {"current", "each_in_period", "any_in_period"});
    f.integer("at_least_years", false, 1, 50);
  } else if (t == "better_than_previous_year") {
    check_metric(f, "metric", m);
  } else if (t == "no_discipline") {
    f.choice("who", true, {"self", "key_leaders", "self_or_key_leaders"});
    f.choice("min_level", true,
             {"khien_trach", "canh_cao", "ha_bac_luong", "giang_chuc", "cach_chuc", "buoc_thoi_viec"});
    f.choice("during", false, {"current_year", "period", "pending"});
  } else if (t == "rating_at_least") {
    f.choice("level", true, {"hoan_thanh", "hoan_thanh_tot", "hoan_thanh_xuat_sac"});
    check_year_ref(f, "year");
  } else if (t == "prior_awards") {
    f.str("award");
    f.integer("count", true, 1, 100);
    f.choice("window", true, {"previous_year", "current_year", "period"});
    f.str("topic", false);
    f.str("issuer_level", false);
  } else if (t == "initiative_recognised") {
    f.choice("level", true, {"co_so", "xa", "huyen", "tinh", "bo_nganh", "toan_quoc"});
    f.choice("window", false, {"current_year", "period"});
  } else if (t == "all" || t == "any") {
    const Json* of = f.array("of", true, true);
    if (of) {
      if (depth > 8)
        f.error("of", "lồng điều kiện quá sâu (tối đa 8 cấp)");
      else
        for (size_t i = 0; i < of->items().size(); ++i)
          validate_rule(of->items()[i], item_path(f.path("of"), i), file, d, m, depth + 1);
    }
  } else if (t == "manual") {
    f.str("note", false);
  }
  f.finish();
}

// "ranking": {"metrics": {"tap_the": "ket_qua_cchc"}, "text": "Căn cứ kết quả …"}: each metric declared, of
// the subject it orders.
void parse_ranking(Fields& fq, Quota& q, const Movement& m) {
  const Json* r = fq.object("ranking", false);
  if (!r) return;
  Fields f(*r, fq.path("ranking"), fq.file(), fq.diags());
  if (!f.ok()) return;
  if (const Json* ms = f.object("metrics", true)) {
    for (auto& mem : ms->members()) {
      const Metric* x = mem.value.is_string() ? m.metric(mem.value.as_string()) : nullptr;
      std::string err = mem.key != "tap_the" && mem.key != "ca_nhan"
                            ? "đối tượng «" + mem.key + "» không hợp lệ; cho phép: tap_the, ca_nhan"
                        : !x ? "chỉ số xếp thứ tự chưa được khai báo trong «metrics»"
                        : x->subject != mem.key ? "chỉ số «" + x->id + "» không phải chỉ số của " +
                                                      (mem.key == "tap_the" ? "tập thể" : "cá nhân")
                                                : "";
      if (err.empty())
        q.ranking[mem.key] = x->id;
      else
        fq.diags().error({fq.file(), mem.value.pos().line, mem.value.pos().col}, f.path("metrics." + mem.key),
                         err);
    }
  }
  q.ranking_text = f.str("text", false).value_or("");
  f.finish();
}

std::optional<Quota> parse_quota(const Json& j, const std::string& path, const std::string& file,
                                 Diagnostics& d, const Movement& m) {
  Fields f(j, path, file, d);
  if (!f.ok()) return std::nullopt;
  Quota q;
  if (auto v = f.integer("tap_the", false, 0, 100000)) q.tap_the = static_cast<int>(*v);
  if (auto v = f.integer("ca_nhan", false, 0, 100000)) q.ca_nhan = static_cast<int>(*v);
  if (auto v = f.integer("tong", false, 0, 100000)) q.tong = static_cast<int>(*v);
  if (const Json* pg = f.object("per_group", false)) {
    for (auto& mem : pg->members()) {
      if (!mem.value.is_integer() || mem.value.as_int() < 0)
        d.error({file, mem.value.pos().line, mem.value.pos().col}, f.path("per_group." + mem.key),
                "phải là số nguyên ≥ 0");
      else
        q.per_group[mem.key] = static_cast<int>(mem.value.as_int());
    }
  }
  q.set_by_unit = f.boolean("set_by_unit").value_or(false);
  q.text = f.str("text", false).value_or("");
  parse_ranking(f, q, m);
  if (!q.tap_the && !q.ca_nhan && !q.tong && q.per_group.empty() && !q.set_by_unit)
    f.error("", "chưa ghi số lượng", "ghi tap_the, ca_nhan, tong, per_group hoặc set_by_unit: true");
  f.finish();
  return q;
}

}  // namespace

core::Date Movement::effective_date() const {
  if (document.date) return *document.date;
  return core::Date{document.year, document.month > 0 ? document.month : 1, 1};
}
const AwardForm* Movement::award(const std::string& id) const {
  for (auto& a : awards)
    if (a.id == id) return &a;
  return nullptr;
}
const Metric* Movement::metric(const std::string& id) const {
  for (auto& x : metrics)
    if (x.id == id) return &x;
  return nullptr;
}

std::optional<Movement> parse_movement(const Json& root, const std::string& file, Diagnostics& d) {
  size_t errors_before = d.error_count();
  Movement m;
  Fields f(root, "", file, d);
  if (!f.ok()) return std::nullopt;

  auto schema = f.str("schema");
  if (schema && *schema != "tdkt.movement/1")
    f.error("schema", "định dạng «" + *schema + "» không được hỗ trợ", "dùng \"tdkt.movement/1\"");
  m.schema = schema.value_or("");
  if (auto c = f.str("code")) {
    m.code = *c;
    for (char ch : m.code)
      if (!(std::isalnum(static_cast<unsigned char>(ch)) || ch == '-' || ch == '_')) {
        f.error("code", "mã chỉ gồm chữ không dấu, số, «-» và «_»", "ví dụ \"HY-DVCQ-2024\"");
        break;
      }
  }
  m.kind = f.choice("kind", true, {"phong_trao", "cuoc_thi"}).value_or("");
  m.scope = f.choice("scope", true, {"chuyen_de", "giai_doan", "hang_nam", "cuoc_thi"}).value_or("");
  m.name = f.str("name").value_or("");
  m.topic = f.str("topic", false).value_or("");

  if (const Json* iss = f.object("issuer")) {
    Fields fi(*iss, "issuer", file, d);
    m.issuer.parent = fi.str("parent", false, true).value_or("");
    m.issuer.name = fi.str("name").value_or("");
    m.issuer.abbrev = fi.str("abbrev").value_or("");
    m.issuer.level = fi.choice("level", true, {"trung_uong", "tinh", "huyen", "xa"}).value_or("");
    m.issuer.place = fi.str("place").value_or("");
    if (!m.issuer.name.empty() && text::upper(m.issuer.name) != m.issuer.name)
      fi.warning("name", "tên cơ quan ban hành nên viết IN HOA theo NĐ 30/2020");
    fi.finish();
  }

  if (const Json* doc = f.object("document")) {
    Fields fd(*doc, "document", file, d);
    m.document.type_name = fd.str("type_name", false).value_or("Kế hoạch");
    m.document.type_abbrev = text::doc_type_abbrev(m.document.type_name);
    if (m.document.type_abbrev.empty())
      fd.error("type_name",
               "loại văn bản «" + m.document.type_name + "» không có trong Phụ lục III NĐ 30/2020");
    if (auto n = fd.integer("number", false, 1, 99999)) m.document.number = static_cast<int>(*n);
    m.document.symbol = fd.str("symbol").value_or("");
    if (!m.document.symbol.empty() && !m.document.type_abbrev.empty() &&
        m.document.symbol.rfind(m.document.type_abbrev + "-", 0) != 0)
      fd.error("symbol",
               "ký hiệu «" + m.document.symbol + "» phải bắt đầu bằng «" + m.document.type_abbrev + "-»");
    m.document.date = fd.date("date", false);
    m.document.year = static_cast<int>(fd.integer("year", !m.document.date, 1990, 2100).value_or(0));
    m.document.month = static_cast<int>(fd.integer("month", false, 1, 12).value_or(0));
    if (m.document.date) {
      if (m.document.year && m.document.year != m.document.date->y)
        fd.error("year", "không khớp với năm của «date»");
      m.document.year = m.document.date->y;
      m.document.month = m.document.date->m;
    }
    m.document.summary = fd.str("summary").value_or("");
    fd.finish();
  }

  if (const Json* p = f.object("period")) {
    Fields fp(*p, "period", file, d);
    auto a = fp.date("from"), b = fp.date("to");
    if (a) m.period_from = *a;
    if (b) m.period_to = *b;
    if (a && b && *b < *a) fp.error("to", "ngày kết thúc trước ngày bắt đầu");
    fp.finish();
  }

  m.legal_bases = f.strings("legal_bases", false);
  m.preamble = f.str("preamble", false).value_or("");

  if (const Json* p = f.object("participants", false)) {
    Fields fp(*p, "participants", file, d);
    m.participants_tap_the = fp.str("tap_the", false).value_or("");
    m.participants_ca_nhan = fp.str("ca_nhan", false).value_or("");
    fp.finish();
  }

  std::set<std::string> metric_ids;
  if (const Json* arr = f.array("metrics", false)) {
    for (size_t i = 0; i < arr->items().size(); ++i) {
      Fields fm(arr->items()[i], item_path("metrics", i), file, d);
      if (!fm.ok()) continue;
      Metric x;
      x.id = fm.str("id").value_or("");
      x.label = fm.str("label").value_or("");
      x.unit = fm.str("unit", false, true).value_or("");
      x.subject = fm.choice("subject", true, kSubjects).value_or("");
      x.type = fm.choice("type", true, {"number", "percent", "rank", "rating", "boolean"}).value_or("");
      x.per_year = fm.boolean("per_year").value_or(true);
      x.higher_is_better = fm.boolean("higher_is_better").value_or(x.type != "rank");
      if (!x.id.empty() && !metric_ids.insert(x.id).second)
        fm.error("id", "mã chỉ số «" + x.id + "» bị trùng");
      fm.finish();
      m.metrics.push_back(std::move(x));
    }
  }

  std::set<std::string> award_ids;
  if (const Json* arr = f.array("awards", true, true)) {
    for (size_t i = 0; i < arr->items().size(); ++i) {
      Fields fa(arr->items()[i], item_path("awards", i), file, d);
      if (!fa.ok()) continue;
      AwardForm a;
      a.id = fa.str("id").value_or("");
      a.catalog = fa.str("catalog").value_or("");
      a.name = fa.str("name").value_or("");
      a.authority = fa.str("authority").value_or("");
      a.round = fa.choice("round", true, {"hang_nam", "tong_ket", "chuyen_de", "cuoc_thi"}).value_or("");
      a.subjects = fa.strings("subjects", true);
      for (auto& s : a.subjects)
        if (s != "tap_the" && s != "ca_nhan")
          fa.error("subjects", "đối tượng «" + s + "» không hợp lệ; cho phép: tap_the, ca_nhan");
      if (const Json* q = fa.object("quota", false))
        if (auto qq = parse_quota(*q, fa.path("quota"), file, d, m)) a.quota = *qq;
      if (!a.id.empty() && !award_ids.insert(a.id).second)
        fa.error("id", "mã hình thức «" + a.id + "» bị trùng");
      fa.finish();
      m.awards.push_back(std::move(a));
    }
  }

  std::set<std::string> criterion_ids, groups;
  const Json* crit = f.array("criteria", false);
  if (crit) {
    for (size_t i = 0; i < crit->items().size(); ++i) {
      Fields fc(crit->items()[i], item_path("criteria", i), file, d);
      if (!fc.ok()) continue;
      Criterion c;
      c.id = fc.str("id").value_or("");
      c.applies_to = fc.choice("applies_to", true, {"tap_the", "ca_nhan", "ca_hai"}).value_or("");
      c.group = fc.str("group").value_or("");
      c.awards = fc.strings("awards", false);
      for (auto& a : c.awards)
        if (!award_ids.count(a)) fc.error("awards", "hình thức «" + a + "» chưa khai báo trong «awards»");
      c.text = fc.str("text").value_or("");
      c.marker = fc.str("marker", false).value_or("-");
      c.all_required = fc.boolean("all_required").value_or(true);
      c.kinds = fc.strings("kinds", false);
      c.standard = fc.boolean("standard").value_or(true);
      if (!c.id.empty() && !criterion_ids.insert(c.id).second)
        fc.error("id", "mã tiêu chí «" + c.id + "» bị trùng");
      if (const Json* r = fc.object("rule", false)) {
        validate_rule(*r, fc.path("rule"), file, d, m, 0);
        const Json* t = r->find("type");
        c.rule = Rule{t && t->is_string() ? t->as_string() : "", *r};
      }
      groups.insert(c.group);
      fc.finish();
      m.criteria.push_back(std::move(c));
    }
  }

  if (const Json* arr = f.array("dossier", false)) {
    for (size_t i = 0; i < arr->items().size(); ++i) {
      Fields fd(arr->items()[i], item_path("dossier", i), file, d);
      if (!fd.ok()) continue;
      DossierItem x;
      x.doc = fd.choice("doc", true,
                        {"to_trinh", "danh_sach", "bien_ban", "trich_bien_ban", "bao_cao_thanh_tich",
                         "xac_nhan_sang_kien", "khac"})
                  .value_or("");
      x.text = fd.str("text").value_or("");
      x.copies = static_cast<int>(fd.integer("copies", false, 1, 20).value_or(1));
      x.form = fd.str("form", false).value_or("");
      fd.finish();
      m.dossier.push_back(std::move(x));
    }
  }

  std::set<std::string> deadline_ids;
  if (const Json* arr = f.array("deadlines", false)) {
    for (size_t i = 0; i < arr->items().size(); ++i) {
      Fields fd(arr->items()[i], item_path("deadlines", i), file, d);
      if (!fd.ok()) continue;
      Deadline x;
      x.id = fd.str("id").value_or("");
      x.text = fd.str("text").value_or("");
      x.kind = fd.choice("kind", true, {"fixed", "annual", "after_event", "announced"}).value_or("");
      x.applies_to = fd.choice("applies_to", true,
                               {"nop_ho_so", "tham_dinh", "trinh_khen", "nop_bai_du_thi", "cham_thi"})
                         .value_or("");
      x.late = fd.choice("late", false, {"refuse", "flag"}).value_or("flag");
      x.inclusive = fd.boolean("inclusive").value_or(true);
      if (x.kind == "fixed") x.date = fd.date("date");
      if (x.kind == "annual") {
        x.month = static_cast<int>(fd.integer("month", true, 1, 12).value_or(1));
        x.day = static_cast<int>(fd.integer("day", true, 1, 31).value_or(1));
        if (x.day > core::days_in_month(2023, x.month)) fd.error("day", "ngày không tồn tại trong tháng");
      }
      if (x.kind == "after_event") {
        x.event = fd.str("event").value_or("");
        x.days = static_cast<int>(fd.integer("days", true, 0, 3650).value_or(0));
        x.day_type = fd.choice("day_type", false, {"calendar", "working"}).value_or("calendar");
      }
      if (!x.id.empty() && !deadline_ids.insert(x.id).second)
        fd.error("id", "mã thời hạn «" + x.id + "» bị trùng");
      fd.finish();
      m.deadlines.push_back(std::move(x));
    }
  }

  m.funding = f.str("funding", false).value_or("");
  m.responsible = f.strings("responsible", false);
  m.recipients = f.strings("recipients", true);
  if (!m.recipients.empty()) {
    const std::string& last = m.recipients.back();
    if (last.rfind("Lưu", 0) != 0)
      f.warning("recipients", "dòng cuối của «Nơi nhận» thường là «Lưu: VT, …» (NĐ 30/2020)");
  }
  if (const Json* s = f.object("signer")) {
    Fields fs(*s, "signer", file, d);
    m.signer.authority = fs.str("authority", false, true).value_or("");
    if (!m.signer.authority.empty()) {
      static const std::vector<std::string> prefixes = {"TM. ", "KT. ", "TL. ", "TUQ. ", "Q. "};
      bool ok = false;
      for (auto& p : prefixes) ok |= m.signer.authority.rfind(p, 0) == 0;
      if (!ok)
        fs.error("authority", "quyền hạn ký phải bắt đầu bằng TM., KT., TL., TUQ. hoặc Q. (NĐ 30/2020)");
    }
    m.signer.title = fs.str("title").value_or("");
    m.signer.name = fs.str("name").value_or("");
    fs.finish();
  }

  if (const Json* c = f.object("contest", false)) {
    Fields fc(*c, "contest", file, d);
    Contest ct;
    ct.topics = fc.strings("topics", true);
    ct.bodies = fc.strings("bodies", false);
    ct.novelty_cutoff = fc.date("novelty_cutoff", false);
    ct.funding = fc.str("funding", false).value_or("");
    fc.finish();
    m.contest = ct;
  }
  if (m.kind == "cuoc_thi" && !m.contest) f.error("contest", "cuộc thi cần mục «contest» (chủ đề, các ban)");

  std::set<std::string> referenced_groups;
  if (const Json* arr = f.array("body", true, true)) {
    for (size_t i = 0; i < arr->items().size(); ++i) {
      const Json& it = arr->items()[i];
      std::string p = item_path("body", i);
      if (!it.is_object() || it.members().size() != 1) {
        d.error({file, it.pos().line, it.pos().col}, p, "mỗi khối là một đối tượng có đúng một khóa",
                "ví dụ {\"h1\": \"I. MỤC ĐÍCH, YÊU CẦU\"}, {\"p\": \"…\"}, {\"criteria\": \"nhom\"}");
        continue;
      }
      auto& mem = it.members()[0];
      static const std::set<std::string> kinds = {"h1", "h2", "h3", "p", "li", "criteria", "dossier"};
      if (!kinds.count(mem.key)) {
        d.error({file, mem.pos.line, mem.pos.col}, p + "." + mem.key,
                "loại khối không hợp lệ; cho phép: h1, h2, h3, p, li, criteria, dossier");
        continue;
      }
      Block b;
      b.kind = mem.key;
      if (mem.key == "dossier") {
        if (!mem.value.is_bool())
          d.error({file, mem.value.pos().line, mem.value.pos().col}, p + ".dossier", "phải là true");
      } else if (!mem.value.is_string()) {
        d.error({file, mem.value.pos().line, mem.value.pos().col}, p + "." + mem.key, "phải là chuỗi");
        continue;
      } else if (mem.key == "criteria") {
        b.ref = mem.value.as_string();
        if (!groups.count(b.ref))
          d.error({file, mem.value.pos().line, mem.value.pos().col}, p + ".criteria",
                  "nhóm tiêu chí «" + b.ref + "» không có tiêu chí nào trong «criteria»");
        referenced_groups.insert(b.ref);
      } else {
        b.text = mem.value.as_string();
      }
      m.body.push_back(std::move(b));
    }
  }
  for (auto& g : groups)
    if (!referenced_groups.count(g))
      f.error("criteria",
              "nhóm tiêu chí «" + g + "» không được đặt vào «body» nên sẽ không xuất hiện trong Kế hoạch",
              "thêm {\"criteria\": \"" + g + "\"} vào đúng chỗ trong «body»");
  bool has_dossier_block = false;
  for (auto& b : m.body) has_dossier_block |= b.kind == "dossier";
  if (!m.dossier.empty() && !has_dossier_block)
    f.error("dossier", "thành phần hồ sơ không được đặt vào «body»", "thêm {\"dossier\": true} vào đúng chỗ");

  m.notes = f.strings("notes", false);
  f.finish();

  // Awards listed for the movement must each have a criterion or be explicitly left to the plan text.
  for (auto& a : m.awards) {
    if (a.round == "cuoc_thi") continue;
    bool used = false;
    for (auto& c : m.criteria)
      for (auto& x : c.awards) used |= x == a.id;
    if (!used && !m.criteria.empty())
      d.warning(
          {file, root.pos().line, root.pos().col}, "awards",
          "hình thức «" + a.id + "» chưa có tiêu chí nào gắn với nó (tiêu chuẩn do văn bản khác quy định?)");
  }
  if (m.period_to.valid() && m.effective_date().valid() && m.period_to < m.effective_date())
    f.error("period", "phong trào kết thúc trước ngày ban hành Kế hoạch");

  if (d.error_count() > errors_before) return std::nullopt;
  return m;
}

std::optional<Movement> load_movement(const std::string& path, Diagnostics& d, std::string* raw) {
  auto f = text::read_json_file(path, d);
  if (!f) return std::nullopt;
  if (raw) *raw = f->text;
  auto r = parse_movement(f->json, path, d);
  d.attach_source(path, f->text);
  return r;
}

}  // namespace tdkt::domain
