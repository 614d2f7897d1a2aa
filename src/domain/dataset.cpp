// Parsing and validation of workspace data files.
#include "domain/dataset.hpp"

#include <set>

#include "core/fields.hpp"
#include "core/files.hpp"
#include "text/json_file.hpp"
#include "text/normalize.hpp"
#include "text/utf8.hpp"

namespace tdkt::domain {

using core::Fields;
using core::item_path;
using core::Json;

namespace {
std::optional<SubjectRef> subject(Fields& f, const std::string& key, bool required = true) {
  auto s = f.str(key, required);
  if (!s) return std::nullopt;
  auto colon = s->find(':');
  if (colon == std::string::npos || colon == 0 || colon + 1 == s->size()) {
    f.error(key, "đối tượng «" + *s + "» phải có dạng \"agency:MÃ\" hoặc \"person:MÃ\"");
    return std::nullopt;
  }
  SubjectRef r{s->substr(0, colon), s->substr(colon + 1)};
  if (r.type != "agency" && r.type != "person") {
    f.error(key, "loại đối tượng «" + r.type + "» không hợp lệ; cho phép: agency, person");
    return std::nullopt;
  }
  return r;
}
const std::vector<std::string> kRatings = {"khong_hoan_thanh", "hoan_thanh", "hoan_thanh_tot",
                                           "hoan_thanh_xuat_sac"};
const std::vector<std::string> kDisc = {"khien_trach", "canh_cao",  "ha_bac_luong",
                                        "giang_chuc",  "cach_chuc", "buoc_thoi_viec"};
}  // namespace

std::optional<Dataset> parse_dataset(const Json& root, const std::string& file, core::Diagnostics& d) {
  size_t before = d.error_count();
  Dataset ds;
  Fields f(root, "", file, d);
  if (!f.ok()) return std::nullopt;
  auto schema = f.str("schema");
  if (schema && *schema != "tdkt.dataset/1")
    f.error("schema", "định dạng không được hỗ trợ", "dùng \"tdkt.dataset/1\"");
  f.str("description", false);

  std::set<std::string> agency_codes, person_codes;
  if (const Json* arr = f.array("agencies", false)) {
    for (size_t i = 0; i < arr->items().size(); ++i) {
      Fields x(arr->items()[i], item_path("agencies", i), file, d);
      if (!x.ok()) continue;
      Agency a;
      a.code = x.str("code").value_or("");
      a.name = x.str("name").value_or("");
      a.short_name = x.str("short_name", false).value_or("");
      a.place = x.str("place", false).value_or("");
      a.level = x.str("level").value_or("");
      a.kind = x.str("kind", false).value_or("");
      a.parent = x.str("parent", false).value_or("");
      a.valid_to = x.date("valid_to", false);
      for (auto [key, v] : {std::pair<const char*, std::string*>{"code", &a.code}, {"parent", &a.parent}})
        if (std::string why = text::code_problem(*v); !why.empty()) x.error(key, "mã «" + *v + "» " + why);
      if (!a.code.empty() && !agency_codes.insert(a.code).second)
        x.error("code", "mã đơn vị «" + a.code + "» bị trùng");
      if (!a.parent.empty() && a.parent == a.code)
        x.error("parent", "đơn vị không thể là cấp trên của chính nó");
      x.finish();
      ds.agencies.push_back(std::move(a));
    }
  }
  if (const Json* arr = f.array("people", false)) {
    for (size_t i = 0; i < arr->items().size(); ++i) {
      Fields x(arr->items()[i], item_path("people", i), file, d);
      if (!x.ok()) continue;
      Person p;
      p.code = x.str("code").value_or("");
      p.full_name = text::fold_spaces(x.str("full_name").value_or(""));
      if (!p.full_name.empty() && p.full_name.find(' ') == std::string::npos)
        x.warning("full_name", "họ và tên «" + p.full_name + "» chỉ có một chữ",
                  "ghi đầy đủ họ, đệm, tên, không viết tắt");
      if (!p.full_name.empty() && text::upper(p.full_name) == p.full_name && p.full_name.size() > 3)
        x.warning("full_name", "họ và tên nên viết thường có hoa đầu chữ, không IN HOA toàn bộ");
      p.gender = x.choice("gender", false, {"nam", "nu"}).value_or("");
      p.position = x.str("position", false).value_or("");
      p.agency = x.str("agency").value_or("");
      p.birth_date = x.date("birth_date", false);
      p.key_leader = x.boolean("key_leader").value_or(false);
      for (auto [key, v] : {std::pair<const char*, std::string*>{"code", &p.code}, {"agency", &p.agency}})
        if (std::string why = text::code_problem(*v); !why.empty()) x.error(key, "mã «" + *v + "» " + why);
      if (!p.code.empty() && !person_codes.insert(p.code).second)
        x.error("code", "mã cá nhân «" + p.code + "» bị trùng");
      x.finish();
      ds.people.push_back(std::move(p));
    }
  }
  if (const Json* arr = f.array("metrics", false)) {
    for (size_t i = 0; i < arr->items().size(); ++i) {
      Fields x(arr->items()[i], item_path("metrics", i), file, d);
      if (!x.ok()) continue;
      MetricSeries m;
      if (auto s = subject(x, "subject")) m.subject = *s;
      m.metric = x.str("metric").value_or("");
      if (const Json* v = x.object("values")) {
        for (auto& mem : v->members()) {
          int year = std::atoi(mem.key.c_str());
          core::Location loc{file, mem.pos.line, mem.pos.col};
          if (year < 1990 || year > 2100 || std::to_string(year) != mem.key)
            d.error(loc, x.path("values." + mem.key), "khóa phải là năm, ví dụ \"2024\"");
          else if (!mem.value.is_number())
            d.error({file, mem.value.pos().line, mem.value.pos().col}, x.path("values." + mem.key),
                    "giá trị phải là số");
          else
            m.values[year] = mem.value.as_number();
        }
      }
      x.finish();
      ds.metrics.push_back(std::move(m));
    }
  }
  if (const Json* arr = f.array("ratings", false)) {
    for (size_t i = 0; i < arr->items().size(); ++i) {
      Fields x(arr->items()[i], item_path("ratings", i), file, d);
      if (!x.ok()) continue;
      Rating r;
      if (auto s = subject(x, "subject")) r.subject = *s;
      r.year = static_cast<int>(x.integer("year", true, 1990, 2100).value_or(0));
      r.level = x.choice("level", true, kRatings).value_or("");
      x.finish();
      ds.ratings.push_back(std::move(r));
    }
  }
  if (const Json* arr = f.array("awards", false)) {
    for (size_t i = 0; i < arr->items().size(); ++i) {
      Fields x(arr->items()[i], item_path("awards", i), file, d);
      if (!x.ok()) continue;
      PastAward a;
      if (auto s = subject(x, "subject")) a.subject = *s;
      a.year = static_cast<int>(x.integer("year", true, 1990, 2100).value_or(0));
      a.award = x.str("award").value_or("");
      a.name = x.str("name", false).value_or("");
      a.decision = x.str("decision", false).value_or("");
      a.date = x.date("date", false);
      a.issuer = x.str("issuer", false).value_or("");
      a.kind = x.choice("kind", false, {"cong_trang", "chuyen_de", "dot_xuat", "phong_trao"})
                   .value_or("cong_trang");
      a.topic = x.str("topic", false).value_or("");
      x.finish();
      ds.awards.push_back(std::move(a));
    }
  }
  if (const Json* arr = f.array("disciplines", false)) {
    for (size_t i = 0; i < arr->items().size(); ++i) {
      Fields x(arr->items()[i], item_path("disciplines", i), file, d);
      if (!x.ok()) continue;
      Discipline k;
      k.person = x.str("person").value_or("");
      k.level = x.choice("level", true, kDisc).value_or("");
      if (auto dt = x.date("date")) k.date = *dt;
      k.until = x.date("until", false);
      k.note = x.str("note", false).value_or("");
      if (k.until && *k.until < k.date) x.error("until", "ngày hết hiệu lực trước ngày kỷ luật");
      x.finish();
      ds.disciplines.push_back(std::move(k));
    }
  }
  if (const Json* arr = f.array("initiatives", false)) {
    for (size_t i = 0; i < arr->items().size(); ++i) {
      Fields x(arr->items()[i], item_path("initiatives", i), file, d);
      if (!x.ok()) continue;
      Initiative in;
      in.title = x.str("title").value_or("");
      in.level =
          x.choice("level", true, {"co_so", "xa", "huyen", "tinh", "bo_nganh", "toan_quoc"}).value_or("");
      in.year = static_cast<int>(x.integer("year", true, 1990, 2100).value_or(0));
      in.decision = x.str("decision", false).value_or("");
      if (const Json* au = x.array("authors", true, true)) {
        for (size_t k = 0; k < au->items().size(); ++k) {
          auto& it = au->items()[k];
          if (!it.is_string() || it.as_string().find(':') == std::string::npos) {
            d.error({file, it.pos().line, it.pos().col}, item_path(x.path("authors"), k),
                    "phải có dạng \"person:MÃ\" hoặc \"agency:MÃ\"");
            continue;
          }
          auto s = it.as_string();
          in.authors.push_back({s.substr(0, s.find(':')), s.substr(s.find(':') + 1)});
        }
      }
      x.finish();
      ds.initiatives.push_back(std::move(in));
    }
  }
  f.finish();
  if (d.error_count() > before) return std::nullopt;
  return ds;
}

std::optional<Dataset> load_dataset(const std::string& path, core::Diagnostics& d) {
  auto f = text::read_json_file(path, d);
  if (!f) return std::nullopt;
  auto r = parse_dataset(f->json, path, d);
  d.attach_source(path, f->text);
  return r;
}

}  // namespace tdkt::domain
