// Loading and querying the dated legal data.
#include "rules/legal.hpp"

#include <algorithm>

#include "core/fields.hpp"
#include "text/format.hpp"
#include "text/json_file.hpp"

namespace tdkt::rules {

using core::Fields;
using core::item_path;
using core::Json;

int64_t round_up(int64_t amount, int64_t unit) {
  if (unit <= 1) return amount;
  return (amount + unit - 1) / unit * unit;
}

std::optional<int64_t> parse_milli(const std::string& s) {
  if (s.empty()) return std::nullopt;
  int64_t ip = 0, fp = 0;
  int fd = 0;
  bool frac = false, any = false;
  for (char c : s) {
    if (c == '.' || c == ',') {
      if (frac) return std::nullopt;
      frac = true;
      continue;
    }
    if (c < '0' || c > '9') return std::nullopt;
    any = true;
    if (frac) {
      if (++fd > 3) return std::nullopt;
      fp = fp * 10 + (c - '0');
    } else {
      ip = ip * 10 + (c - '0');
      if (ip > 1000000) return std::nullopt;
    }
  }
  if (!any) return std::nullopt;
  while (fd < 3) {
    fp *= 10;
    ++fd;
  }
  return ip * 1000 + fp;
}

namespace {
const std::vector<std::string> kConf = {"V", "S", "U"};

}  // namespace

// Reads one legal data file into the data loaded so far (later files replace entries by key).
struct LegalReader {
  static void read(const std::string& path, LegalData& L, core::Diagnostics& d);
  static void laws_and_citations(Fields& f, const std::string& path, LegalData& L, core::Diagnostics& d);
};

void LegalReader::laws_and_citations(Fields& f, const std::string& path, LegalData& L, core::Diagnostics& d) {
  if (const Json* arr = f.array("laws", false)) {
    for (size_t i = 0; i < arr->items().size(); ++i) {
      Fields x(arr->items()[i], item_path("laws", i), path, d);
      if (!x.ok()) continue;
      Law l;
      l.code = x.str("code").value_or("");
      l.family = x.str("family", false).value_or("thi_dua_khen_thuong");
      l.name = x.str("name").value_or("");
      l.citation = x.str("citation").value_or("");
      l.from = x.date("from", false);
      l.to = x.date("to", false);
      l.active = x.boolean("active", false).value_or(true);
      l.confidence = x.choice("confidence", true, kConf).value_or("U");
      l.source = x.str("source", false).value_or("");
      x.finish();
      auto it = std::find_if(L.laws_.begin(), L.laws_.end(), [&](auto& e) { return e.code == l.code; });
      if (it != L.laws_.end())
        *it = l;
      else
        L.laws_.push_back(l);
    }
  }
  if (const Json* c = f.object("citations", false)) {
    Fields x(*c, "citations", path, d);
    for (auto& m : c->members()) L.citations_[m.key] = x.strings(m.key, true);
  }
}

void LegalReader::read(const std::string& path, LegalData& L, core::Diagnostics& d) {
  auto& decrees = L.decrees_;
  auto& salaries = L.salaries_;
  auto& awards = L.awards_;
  auto& levels = L.levels_;
  auto& round_unit = L.round_unit_;
  auto file = text::read_json_file(path, d);
  if (!file) return;
  Fields f(file->json, "", path, d);
  if (!f.ok()) return;
  auto schema = f.str("schema");
  if (schema && *schema != "tdkt.legal/1")
    f.error("schema", "định dạng không được hỗ trợ", "dùng \"tdkt.legal/1\"");
  f.str("description", false);
  if (auto r = f.integer("round_up_to", false, 1, 1000000)) round_unit = *r;
  if (const Json* arr = f.array("decrees", false)) {
    for (size_t i = 0; i < arr->items().size(); ++i) {
      Fields x(arr->items()[i], item_path("decrees", i), path, d);
      if (!x.ok()) continue;
      Decree dc;
      dc.code = x.str("code").value_or("");
      dc.name = x.str("name").value_or("");
      if (auto a = x.date("from")) dc.from = *a;
      dc.to = x.date("to", false);
      dc.confidence = x.choice("confidence", true, kConf).value_or("U");
      dc.source = x.str("source", false).value_or("");
      dc.citation = x.str("citation", false).value_or("");
      x.finish();
      auto it = std::find_if(decrees.begin(), decrees.end(), [&](auto& e) { return e.code == dc.code; });
      if (it != decrees.end())
        *it = dc;
      else
        decrees.push_back(dc);
    }
  }
  if (const Json* arr = f.array("base_salary", false)) {
    for (size_t i = 0; i < arr->items().size(); ++i) {
      Fields x(arr->items()[i], item_path("base_salary", i), path, d);
      if (!x.ok()) continue;
      BaseSalary b;
      if (auto a = x.date("from")) b.from = *a;
      b.amount = x.integer("amount", true, 1, 1000000000).value_or(0);
      b.basis = x.str("basis").value_or("");
      b.confidence = x.choice("confidence", true, kConf).value_or("U");
      b.active = x.boolean("active").value_or(b.confidence != "U");
      b.source = x.str("source", false).value_or("");
      x.finish();
      auto it = std::find_if(salaries.begin(), salaries.end(), [&](auto& e) { return e.from == b.from; });
      if (it != salaries.end())
        *it = b;
      else
        salaries.push_back(b);
    }
  }
  if (const Json* arr = f.array("levels", false)) {
    for (size_t i = 0; i < arr->items().size(); ++i) {
      Fields x(arr->items()[i], item_path("levels", i), path, d);
      if (!x.ok()) continue;
      Level l;
      l.code = x.str("code").value_or("");
      l.name = x.str("name").value_or("");
      l.valid_to = x.date("valid_to", false);
      x.finish();
      auto it = std::find_if(levels.begin(), levels.end(), [&](auto& e) { return e.code == l.code; });
      if (it != levels.end())
        *it = l;
      else
        levels.push_back(l);
    }
  }
  if (const Json* arr = f.array("awards", false)) {
    for (size_t i = 0; i < arr->items().size(); ++i) {
      Fields x(arr->items()[i], item_path("awards", i), path, d);
      if (!x.ok()) continue;
      AwardType a;
      a.code = x.str("code").value_or("");
      a.name = x.str("name").value_or("");
      a.kind = x.choice("kind", true, {"danh_hieu", "hinh_thuc"}).value_or("");
      a.authority = x.str("authority", false).value_or("");
      a.valid_to = x.date("valid_to", false);
      if (const Json* cs = x.array("coefficients", false)) {
        for (size_t k = 0; k < cs->items().size(); ++k) {
          Fields c(cs->items()[k], item_path(x.path("coefficients"), k), path, d);
          if (!c.ok()) continue;
          Coefficient co;
          co.basis = c.str("basis").value_or("");
          co.subject = c.choice("subject", true, {"ca_nhan", "tap_the", "ho_gia_dinh"}).value_or("");
          if (auto v = c.str("value")) {
            auto m = parse_milli(*v);
            if (!m)
              c.error("value", "hệ số «" + *v + "» phải là số thập phân tối đa 3 chữ số lẻ, ví dụ \"0.3\"");
            else
              co.milli = *m;
          }
          co.confidence = c.choice("confidence", true, kConf).value_or("U");
          c.str("source", false);
          c.finish();
          a.coefficients.push_back(co);
        }
      }
      if (const Json* ts = x.array("vote_thresholds", false)) {
        for (size_t k = 0; k < ts->items().size(); ++k) {
          Fields c(ts->items()[k], item_path(x.path("vote_thresholds"), k), path, d);
          if (!c.ok()) continue;
          VoteThreshold t;
          t.basis = c.str("basis").value_or("");
          t.percent = static_cast<int>(c.integer("percent", true, 1, 100).value_or(0));
          t.confidence = c.choice("confidence", true, kConf).value_or("U");
          c.str("source", false);
          c.finish();
          a.thresholds.push_back(t);
        }
      }
      x.str("source", false);
      x.finish();
      auto it = std::find_if(awards.begin(), awards.end(), [&](auto& e) { return e.code == a.code; });
      if (it != awards.end())
        *it = a;
      else
        awards.push_back(a);
    }
  }
  laws_and_citations(f, path, L, d);
  f.finish();
}

namespace {
// The family a citation line names: "{law}" is Luật Thi đua, khen thưởng, "{law:X}" is X; "" for another
// line.
std::string family_of(const std::string& line) {
  if (line == "{law}") return "thi_dua_khen_thuong";
  if (line.rfind("{law:", 0) == 0 && line.size() > 6) return line.substr(5, line.size() - 6);
  return "";
}

// A later text of a family supersedes an earlier one from its first day, so two texts of one family in force
// together need different first days; each {law:FAMILY} line must name a family held.
void check_laws(const LegalData& L, const std::string& base, core::Diagnostics& d) {
  auto& laws = L.laws();
  for (size_t i = 0; i < laws.size(); ++i)
    for (size_t k = i + 1; k < laws.size(); ++k) {
      auto& a = laws[i];
      auto& b = laws[k];
      if (a.family == b.family && a.active && b.active && a.from == b.from)
        d.error({base, 0, 0}, "laws",
                a.code + " và " + b.code + " cùng nhóm «" + a.family + "» có cùng ngày bắt đầu hiệu lực",
                "văn bản sau thay văn bản trước từ ngày \"from\" của nó; mỗi văn bản một ngày riêng");
    }
  for (auto& [doc, lines] : L.citation_lines())
    for (auto& line : lines) {
      if (line.rfind("{law:", 0) != 0) continue;
      std::string family = family_of(line);
      if (line.back() != '}' ||
          std::none_of(laws.begin(), laws.end(), [&](auto& l) { return l.family == family; }))
        d.error({base, 0, 0}, "citations." + doc,
                "dòng «" + line + "» không ứng với nhóm luật nào trong «laws»",
                "nhóm có trong dữ liệu: trường \"family\" của mỗi luật");
    }
}

bool in_force(const Law& x, core::Date d) {
  return (!x.from || *x.from <= d) && (!x.to || d <= *x.to);
}

}  // namespace

std::optional<LegalData> LegalData::load(const std::string& base, const std::vector<std::string>& overrides,
                                         core::Diagnostics& d) {
  size_t before = d.error_count();
  LegalData L;
  LegalReader::read(base, L, d);
  for (auto& o : overrides) LegalReader::read(o, L, d);
  std::sort(L.decrees_.begin(), L.decrees_.end(), [](auto& a, auto& b) { return a.from < b.from; });
  std::sort(L.salaries_.begin(), L.salaries_.end(), [](auto& a, auto& b) { return a.from < b.from; });
  // Periods of decrees must not overlap, or "in force on a date" would be ambiguous.
  for (size_t i = 1; i < L.decrees_.size(); ++i) {
    auto& p = L.decrees_[i - 1];
    if (!p.to || *p.to >= L.decrees_[i].from)
      d.error({base, 0, 0}, "decrees", "hiệu lực của " + p.code + " chồng lên " + L.decrees_[i].code);
  }
  check_laws(L, base, d);
  for (auto& a : L.awards_)
    for (auto& c : a.coefficients)
      if (std::none_of(L.decrees_.begin(), L.decrees_.end(), [&](auto& x) { return x.code == c.basis; }))
        d.error({base, 0, 0}, "awards." + a.code,
                "hệ số dẫn chiếu văn bản «" + c.basis + "» không có trong «decrees»");
  if (d.error_count() > before) return std::nullopt;
  return L;
}

const Decree* LegalData::decree_on(core::Date d) const {
  for (auto& x : decrees_)
    if (x.from <= d && (!x.to || d <= *x.to)) return &x;
  return nullptr;
}
const Law* LegalData::law_on(core::Date d, const std::string& family) const {
  const Law* best = nullptr;
  for (auto& x : laws_)
    if (x.active && x.family == family && in_force(x, d) &&
        (!best || (x.from && (!best->from || *best->from < *x.from))))
      best = &x;
  return best;
}

std::vector<std::string> LegalData::citations(const std::string& document, core::Date on) const {
  std::vector<std::string> out;
  auto it = citations_.find(document);
  if (it == citations_.end()) return out;
  for (auto& line : it->second) {
    if (line == "{decree}") {
      if (const Decree* dc = decree_on(on); dc && !dc->citation.empty()) out.push_back(dc->citation);
    } else if (std::string family = family_of(line); !family.empty()) {
      if (const Law* l = law_on(on, family); l && !l->citation.empty()) out.push_back(l->citation);
    } else {
      out.push_back(line);
    }
  }
  return out;
}

std::string LegalData::unconfirmed_cited(const std::string& line, core::Date on) const {
  if (line == "{decree}") {
    const Decree* dc = decree_on(on);
    return dc && dc->confidence == "U" ? dc->name : "";
  }
  std::string family = family_of(line);
  const Law* cited = family.empty() ? nullptr : law_on(on, family);
  return cited && cited->confidence == "U" ? cited->name : "";
}

std::vector<std::string> LegalData::unconfirmed_citations(const std::string& document, core::Date on) const {
  std::vector<std::string> out;
  if (auto it = citations_.find(document); it != citations_.end())
    for (auto& line : it->second)
      if (std::string name = unconfirmed_cited(line, on); !name.empty()) out.push_back(name);
  return out;
}

std::vector<std::string> LegalData::citation_notes(const std::string& document, core::Date on) const {
  std::vector<std::string> out;
  auto it = citations_.find(document);
  if (it == citations_.end()) return out;
  for (auto& line : it->second) {
    if (std::string name = unconfirmed_cited(line, on); !name.empty())
      out.push_back("căn cứ " + name + " chưa được xác nhận từ văn bản gốc [U]");
    if (line == "{decree}") continue;
    std::string family = family_of(line);
    const Law* cited = family.empty() ? nullptr : law_on(on, family);
    for (auto& x : laws_)
      if (!family.empty() && !x.active && x.family == family && in_force(x, on) &&
          (!cited || (x.from && (!cited->from || *cited->from < *x.from))))
        out.push_back("chưa trích " + x.name + (x.from ? " (hiệu lực từ " + x.from->dmy() + ")" : "") +
                      " vì chưa được xác nhận; bật bằng tệp ghi đè nếu đã có văn bản");
  }
  return out;
}

const BaseSalary* LegalData::base_salary_on(core::Date d) const {
  const BaseSalary* best = nullptr;
  for (auto& s : salaries_)
    if (s.active && s.from <= d) best = &s;
  return best;
}
const AwardType* LegalData::award(const std::string& code) const {
  for (auto& a : awards_)
    if (a.code == code) return &a;
  return nullptr;
}
const Level* LegalData::level(const std::string& code) const {
  for (auto& l : levels_)
    if (l.code == code) return &l;
  return nullptr;
}

std::optional<Money> LegalData::money(const std::string& award_code, const std::string& subject,
                                      core::Date date, std::string& err) const {
  const AwardType* a = award(award_code);
  if (!a) {
    err = "không có hình thức «" + award_code + "» trong danh mục khen thưởng";
    return std::nullopt;
  }
  const Decree* dc = decree_on(date);
  if (!dc) {
    err = "không có nghị định nào có hiệu lực vào ngày " + date.dmy();
    return std::nullopt;
  }
  if (a->valid_to && date > *a->valid_to) {
    err = "«" + a->name + "» chỉ áp dụng đến ngày " + a->valid_to->dmy();
    return std::nullopt;
  }
  const Coefficient* co = nullptr;
  for (auto& c : a->coefficients)
    if (c.basis == dc->code && c.subject == subject) co = &c;
  if (!co) {
    err = "chưa có hệ số tiền thưởng của «" + a->name + "» (" +
          (subject == "tap_the" ? "tập thể" : "cá nhân") + ") theo " + dc->name +
          "; bổ sung vào tệp dữ liệu pháp lý";
    return std::nullopt;
  }
  const BaseSalary* bs = base_salary_on(date);
  if (!bs) {
    err = "không có mức lương cơ sở áp dụng vào ngày " + date.dmy();
    return std::nullopt;
  }
  Money m;
  m.award = award_code;
  m.subject = subject;
  m.basis = dc->code;
  m.coefficient_milli = co->milli;
  m.base = bs->amount;
  m.exact = bs->amount * co->milli / 1000;  // bs->amount is whole đồng; remainder < 1 đồng before rounding up
  if ((bs->amount * co->milli) % 1000 != 0) m.exact += 1;
  m.rounded = round_up(m.exact, round_unit_);
  if (co->confidence == "U") {
    m.unconfirmed.push_back("hệ số " + text::format_decimal(co->milli / 1000.0, 2));
    m.warnings.push_back(m.unconfirmed.back() + " chưa được xác nhận từ văn bản gốc [U]");
  }
  if (bs->confidence == "U") {
    m.unconfirmed.push_back("mức lương cơ sở " + text::format_number(bs->amount) + " đồng");
    m.warnings.push_back("mức lương cơ sở chưa được xác nhận [U]");
  }
  for (auto& s : salaries_)
    if (!s.active && s.from <= date && s.from > bs->from)
      m.warnings.push_back("bỏ qua mức lương cơ sở " + text::format_number(s.amount) + " đ từ " +
                           s.from.dmy() + " (" + s.basis +
                           ") vì chưa được xác nhận; bật bằng tệp ghi đè nếu đã có văn bản");
  return m;
}

std::optional<VoteThreshold> LegalData::vote_threshold(const std::string& award_code, core::Date date) const {
  const AwardType* a = award(award_code);
  const Decree* dc = decree_on(date);
  if (!a || !dc) return std::nullopt;
  for (auto& t : a->thresholds)
    if (t.basis == dc->code) return t;
  return std::nullopt;
}

}  // namespace tdkt::rules
