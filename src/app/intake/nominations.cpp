// tdkt import nominations: a unit's list from Excel or CSV into its dossier. Every row is checked (kind,
// award, unit, the person or collective in the workspace, duplicates in the file, the dossier and the round)
// before anything is written; then all rows in one transaction with one audit row, or none.
#include <filesystem>
#include <map>
#include <set>

#include "app/api.hpp"
#include "app/intake/imports.hpp"
#include "app/workspace.hpp"
#include "text/normalize.hpp"
#include "workflow/nomination.hpp"

namespace tdkt::app {

using core::Json;
using domain::SubjectKind;
using namespace intake_list;

namespace {

std::optional<SubjectKind> kind_of(const std::string& v) {
  std::string n = norm(v);
  if (n == "cá nhân" || n == "ca nhan" || n == "cn" || n == "person") return SubjectKind::Person;
  if (n == "tập thể" || n == "tap the" || n == "tt" || n == "agency") return SubjectKind::Agency;
  return std::nullopt;
}
// "I. CÁ NHÂN", "II. Tập thể", "Cá nhân": a section row that sets the kind of the rows below it.
std::optional<SubjectKind> section_kind(const intake::Row& r) {
  const intake::Cell* only = nullptr;
  for (auto& c : r.cells)
    if (c.kind != intake::Cell::Kind::Empty) {
      if (only) return std::nullopt;
      only = &c;
    }
  if (!only || only->kind != intake::Cell::Kind::Text) return std::nullopt;
  std::string n = norm(only->text);
  size_t i = 0;
  while (i < n.size() && (n[i] == 'i' || n[i] == 'v' || n[i] == 'x')) ++i;
  if (i > 0 && i < n.size() && n[i] == '.') n = text::fold_spaces(n.substr(i + 1));
  if (n.rfind("cá nhân", 0) == 0) return SubjectKind::Person;
  if (n.rfind("tập thể", 0) == 0) return SubjectKind::Agency;
  return std::nullopt;
}

// What the rows are checked against: the units the dossier may nominate from (its own and those directly
// under it), their people, and what is already proposed in the dossier and elsewhere in the round.
struct Scope {
  domain::Dossier d;
  const StoredMovement* L = nullptr;
  store::AgencyRow du;
  std::vector<store::AgencyRow> units;
  std::map<std::string, const store::AgencyRow*> unit_by_key;  // code, name, short name (normalised)
  std::set<std::string> all_units;
  std::map<std::string, store::PersonRow> person_by_code;
  std::multimap<std::string, store::PersonRow> person_by_name;
  std::set<std::string> in_dossier, elsewhere;
};

void fill_scope(Workspace& w, Scope& sc) {
  auto& s = w.store();
  sc.du = *s.agency(sc.d.agency_code);
  for (auto& a : s.agencies()) {
    if (a.id == sc.du.id || (a.parent_id && *a.parent_id == sc.du.id)) sc.units.push_back(a);
    sc.all_units.insert(norm(a.code));
    sc.all_units.insert(norm(a.name));
    if (!a.short_name.empty()) sc.all_units.insert(norm(a.short_name));
  }
  for (auto& a : sc.units) {
    sc.unit_by_key[norm(a.code)] = &a;
    sc.unit_by_key[norm(a.name)] = &a;
    if (!a.short_name.empty()) sc.unit_by_key[norm(a.short_name)] = &a;
    for (auto& p : s.people(a.code)) {
      sc.person_by_code[p.code] = p;
      sc.person_by_name.emplace(norm(p.full_name), p);
    }
  }
  for (auto& n : s.nominations(sc.d.id)) sc.in_dossier.insert(n.subject() + "|" + n.award);
  for (auto& n : s.round_nominations(sc.d.movement_id, sc.d.round, true))
    if (n.dossier_id != sc.d.id) sc.elsewhere.insert(n.subject() + "|" + n.award);
}

struct NewNomination {
  int row;
  SubjectKind kind;
  std::string code, award, summary;
  int64_t subject_id;
};

// One row being read: its cells, the kind it is (from its column or the section above), what it resolves to.
struct RowRead {
  Field f;
  size_t before;  // problems before this row: a row resolves further only while it has none
  std::optional<SubjectKind> kind;
  bool clean() const { return f.out.size() == before; }
  void unknown_kind() const {
    f.problem("doi_tuong", "loai_khong_xac_dinh",
              "không biết là cá nhân hay tập thể: thêm cột «Loại» hoặc dòng «I. Cá nhân» / «II. Tập thể»");
  }
};

// The award: by code, or by name narrowed by kind and round; the kind, when the row does not say, from the
// award.
const domain::AwardForm* award_of(const Scope& sc, RowRead& rr, const std::string& txt) {
  std::vector<const domain::AwardForm*> cands;
  for (auto& a : sc.L->m.awards)
    if (a.id == txt || norm(a.name) == norm(txt)) cands.push_back(&a);
  if (cands.empty()) {
    std::string list;
    for (auto& a : sc.L->m.awards) list += (list.empty() ? "" : "; ") + a.name + " (" + a.id + ")";
    rr.f.problem("hinh_thuc", "hinh_thuc_khong_co",
                 "phong trào không có hình thức «" + txt + "»; các hình thức: " + list);
    return nullptr;
  }
  if (!rr.kind) {
    std::set<std::string> kinds;
    for (auto* a : cands) kinds.insert(a->subjects.begin(), a->subjects.end());
    if (kinds.size() == 1) rr.kind = *kinds.begin() == "tap_the" ? SubjectKind::Agency : SubjectKind::Person;
  }
  if (!rr.kind) {
    if (rr.clean()) rr.unknown_kind();
    return nullptr;
  }
  std::vector<const domain::AwardForm*> by_kind, by_round;
  for (auto* a : cands)
    if (std::find(a->subjects.begin(), a->subjects.end(), domain::award_subject(*rr.kind)) !=
        a->subjects.end())
      by_kind.push_back(a);
  for (auto* a : by_kind)
    if (domain::is_period_round(sc.d.round) == (a->round == "tong_ket")) by_round.push_back(a);
  if (by_kind.empty())
    rr.f.problem("hinh_thuc", "hinh_thuc_sai_doi_tuong",
                 "«" + txt + "» không dành cho " + domain::label(*rr.kind));
  else if (by_round.empty())
    rr.f.problem("hinh_thuc", "hinh_thuc_sai_dot",
                 "«" + txt + "» không dùng cho " + domain::round_label(sc.d.round));
  else if (by_round.size() > 1)
    rr.f.problem(
        "hinh_thuc", "hinh_thuc_mo_ho",
        "«" + txt + "» ứng với nhiều hình thức; ghi mã: " + by_round[0]->id + ", " + by_round[1]->id);
  else
    return by_round[0];
  return nullptr;
}

const store::AgencyRow* unit_of_row(const Scope& sc, const RowRead& rr, const std::string& txt) {
  if (txt.empty()) return nullptr;
  if (auto it = sc.unit_by_key.find(norm(txt)); it != sc.unit_by_key.end()) return it->second;
  if (sc.all_units.count(norm(txt)))
    rr.f.problem("don_vi", "don_vi_ngoai_ho_so",
                 "đơn vị «" + txt + "» không thuộc " + sc.du.name + " (đơn vị lập hồ sơ)");
  else
    rr.f.problem("don_vi", "don_vi_khong_co", "không có đơn vị «" + txt + "» trong kho");
  return nullptr;
}

// A person of the dossier's units: by code (which must match the name), else by name within the unit given,
// told apart by birth date when several share it.
std::optional<store::PersonRow> person_of(const Scope& sc, const RowRead& rr, const std::string& name,
                                          const std::string& code, const store::AgencyRow* unit,
                                          const std::optional<core::Date>& birth, Workspace& w) {
  if (!code.empty()) {
    auto it = sc.person_by_code.find(code);
    if (it == sc.person_by_code.end()) {
      if (w.store().person(code))
        rr.f.problem("ma", "don_vi_ngoai_ho_so", "cá nhân mã «" + code + "» không thuộc " + sc.du.name);
      else
        rr.f.problem("ma", "ma_khong_co", "không có cá nhân mã «" + code + "» trong kho");
    } else if (norm(it->second.full_name) != norm(name)) {
      rr.f.problem("ten", "ma_khac_ten",
                   "mã «" + code + "» là của «" + it->second.full_name + "», không phải «" + name + "»");
    } else {
      return it->second;
    }
    return std::nullopt;
  }
  std::vector<store::PersonRow> hits;
  auto [a, b] = sc.person_by_name.equal_range(norm(name));
  for (auto it = a; it != b; ++it)
    if (!unit || it->second.agency_id == unit->id) hits.push_back(it->second);
  if (hits.size() > 1 && birth) {
    std::vector<store::PersonRow> same;
    for (auto& p : hits)
      if (p.birth_date == birth->iso()) same.push_back(p);
    if (same.empty())
      rr.f.problem("ngay_sinh", "ngay_sinh_khong_khop",
                   "không ai tên «" + name + "» sinh ngày " + birth->dmy());
    hits = same;
  }
  if (hits.empty() && rr.clean())
    rr.f.problem("ten", "khong_tim_thay",
                 "không có cá nhân «" + name + "»" +
                     (unit ? " ở " + unit->name : " trong " + sc.du.name + " và các đơn vị trực thuộc"));
  else if (hits.size() > 1)
    rr.f.problem("ten", "trung_ten",
                 std::to_string(hits.size()) + " người tên «" + name +
                     "»: thêm cột «Mã» hoặc «Ngày sinh» để phân biệt");
  else if (hits.size() == 1 && birth && !hits[0].birth_date.empty() && hits[0].birth_date != birth->iso())
    rr.f.problem("ngay_sinh", "ngay_sinh_khong_khop",
                 "«" + name + "» trong kho sinh ngày " + core::parse_date(hits[0].birth_date)->dmy() +
                     ", không phải " + birth->dmy());
  else if (hits.size() == 1)
    return hits[0];
  return std::nullopt;
}

// A collective of the dossier's units: by code (matching the name or short name), else by name.
const store::AgencyRow* agency_of(const Scope& sc, const RowRead& rr, const std::string& name,
                                  const std::string& code, Workspace& w) {
  if (code.empty()) {
    if (auto it = sc.unit_by_key.find(norm(name)); it != sc.unit_by_key.end()) return it->second;
    rr.f.problem("ten", "khong_tim_thay",
                 "không có tập thể «" + name + "» trong " + sc.du.name + " và các đơn vị trực thuộc");
    return nullptr;
  }
  auto it = sc.unit_by_key.find(norm(code));
  if (it == sc.unit_by_key.end()) {
    if (w.store().agency(code))
      rr.f.problem("ma", "don_vi_ngoai_ho_so", "đơn vị mã «" + code + "» không thuộc " + sc.du.name);
    else
      rr.f.problem("ma", "ma_khong_co", "không có đơn vị mã «" + code + "» trong kho");
  } else if (norm(it->second->name) != norm(name) && norm(it->second->short_name) != norm(name)) {
    rr.f.problem("ten", "ma_khac_ten",
                 "mã «" + code + "» là của «" + it->second->name + "», không phải «" + name + "»");
  } else {
    return it->second;
  }
  return nullptr;
}

// The cells of a nomination row, each checked once.
struct Cells {
  std::optional<std::string> name, award, kind, code, unit, summary;
  std::optional<std::optional<core::Date>> birth;
};
Cells cells_of(const Field& f) {
  Cells c;
  c.name = f.text("ten", 200, true);
  c.award = f.text("hinh_thuc", 200, true);
  c.kind = f.text("doi_tuong", 40, true);
  c.code = f.text("ma", 40, true);
  c.unit = f.text("don_vi", 200, true);
  c.summary = f.text("tom_tat", 2000);
  f.text("chuc_vu", 200, true);
  c.birth = f.date("ngay_sinh");
  if (c.name && c.name->empty()) f.problem("ten", "thieu_ten", "thiếu họ và tên / tên tập thể");
  if (c.award && c.award->empty()) f.problem("hinh_thuc", "thieu_hinh_thuc", "thiếu hình thức đề nghị");
  return c;
}

// Reads one data row; a good row is added to `good`, duplicates of earlier rows, of the dossier and of the
// round are problems.
void read_row(Workspace& w, const Scope& sc, RowRead& rr, std::map<std::string, int>& seen,
              std::vector<NewNomination>& good) {
  Cells c = cells_of(rr.f);
  if (c.kind && !c.kind->empty()) {
    if (auto k = kind_of(*c.kind))
      rr.kind = *k;
    else
      rr.f.problem("doi_tuong", "loai_khong_hop_le", "«" + *c.kind + "» không phải «Cá nhân» hay «Tập thể»");
  }
  const domain::AwardForm* award = c.award && !c.award->empty() ? award_of(sc, rr, *c.award) : nullptr;
  if (!rr.kind && rr.clean()) rr.unknown_kind();
  const store::AgencyRow* unit = c.unit ? unit_of_row(sc, rr, *c.unit) : nullptr;
  int64_t sid = 0;
  std::string scode;
  if (c.name && !c.name->empty() && rr.kind && rr.clean()) {
    std::optional<core::Date> birth = c.birth ? *c.birth : std::nullopt;
    if (*rr.kind == SubjectKind::Person) {
      if (auto p = person_of(sc, rr, *c.name, c.code.value_or(""), unit, birth, w))
        sid = p->id, scode = p->code;
    } else if (auto* a = agency_of(sc, rr, *c.name, c.code.value_or(""), w)) {
      sid = a->id, scode = a->code;
    }
  }
  if (!sid || !award || !rr.clean()) return;
  std::string key = domain::code(*rr.kind) + ":" + scode + "|" + award->id;
  if (auto it = seen.find(key); it != seen.end())
    rr.f.problem("ten", "trung_dong",
                 "trùng với dòng " + std::to_string(it->second) + " (cùng người, cùng hình thức)");
  else if (sc.in_dossier.count(key))
    rr.f.problem("ten", "da_de_nghi",
                 "«" + *c.name + "» đã được đề nghị «" + award->name + "» trong hồ sơ này");
  else if (sc.elsewhere.count(key))
    rr.f.problem("ten", "de_nghi_ho_so_khac",
                 "«" + *c.name + "» đã được đề nghị «" + award->name + "» trong hồ sơ khác của cùng đợt");
  else {
    seen[key] = rr.f.r.number;
    good.push_back({rr.f.r.number, *rr.kind, scode, award->id, c.summary.value_or(""), sid});
  }
}

struct Read {
  std::vector<NewNomination> good;
  std::vector<Problem> problems;
  size_t data_rows = 0;
  std::set<int> bad_rows;
};
Read read_rows(Workspace& w, const Scope& sc, const Sheet& sh, std::vector<Problem> ps) {
  Read out;
  out.problems = std::move(ps);
  std::map<std::string, int> seen;  // subject|award → first row
  std::optional<SubjectKind> section;
  for (auto& row : sh.t.rows) {
    if (row.number <= sh.header_row) continue;
    if (auto k = section_kind(row)) {
      section = k;
      continue;
    }
    ++out.data_rows;
    RowRead rr{Field{sh, row, out.problems}, out.problems.size(), section};
    extra_fields(rr.f);
    read_row(w, sc, rr, seen, out.good);
    if (!rr.clean()) out.bad_rows.insert(row.number);
  }
  return out;
}

Outcome refused(Read& rd, Outcome o) {
  o.exit = kInvalidInput;
  o.text = std::to_string(rd.bad_rows.size()) + "/" + std::to_string(rd.data_rows) + " dòng có lỗi (" +
           std::to_string(rd.problems.size()) + " lỗi): không nhập dòng nào" +
           (rd.good.empty()
                ? ""
                : " (dùng --good-rows-only để chỉ nhập " + std::to_string(rd.good.size()) + " dòng đúng)") +
           "\n" + o.text;
  o.result.set("errors", Json::integer(static_cast<int64_t>(rd.problems.size())));
  o.result.set("imported", Json::integer(0));
  return o;
}

}  // namespace

Outcome import_nominations(Workspace& w, const ImportTable& r, Sheet& sh, const std::string& sha) {
  auto d = w.dossier(r.dossier);
  if (!d) return d.error();
  if (!workflow::may_edit_nominations(d->state))
    return fail(kRefused, "hồ sơ số " + std::to_string(r.dossier) + " đang ở trạng thái «" +
                              domain::label(d->state) +
                              "»: chỉ nhập đề nghị khi đang lập hoặc được trả lại để bổ sung");
  auto L = w.movement(d->movement_code);
  if (!L) return L.error();
  Outcome o;
  std::vector<Problem> ps;
  if (!map_header(sh, nomination_columns(), ps, o.diags)) {
    report(sh, ps, o.diags);
    o.exit = kInvalidInput;
    return o;
  }
  Scope sc;
  sc.d = *d;
  sc.L = *L;
  fill_scope(w, sc);
  Read rd = read_rows(w, sc, sh, std::move(ps));
  close_rows(sh, rd.problems, rd.data_rows, r.mark, w.env().clock.now_unix(), o);
  if (!rd.problems.empty() && (!r.good_rows_only || rd.good.empty())) return refused(rd, std::move(o));
  std::vector<int64_t> ids;
  std::string skipped =
      rd.problems.empty() ? "" : "; bỏ qua " + std::to_string(rd.bad_rows.size()) + " dòng lỗi";
  // Other dossiers of the round, again inside the write transaction (another import may have just written).
  std::vector<Problem> raced;
  w.transaction([&] {
    for (auto& g : rd.good)
      if (auto other = w.store().nominated_in_round(d->id, g.kind, g.subject_id, g.award))
        raced.push_back({g.row, sh.col.count("ten") ? static_cast<int>(sh.col.at("ten")) : -1,
                         "de_nghi_ho_so_khac",
                         "«" + g.code + "» đã được đề nghị «" + g.award + "» trong hồ sơ số " +
                             std::to_string(*other) + " của cùng đợt (vừa nhập)"});
    if (!raced.empty()) return;  // nothing written
    for (auto& g : rd.good)
      ids.push_back(w.store().add_nomination(d->id, g.kind, g.subject_id, g.award, g.summary));
    w.audit(
        "import_nominations", "dossier", std::to_string(d->id),
        std::filesystem::path(r.file).filename().string() + " sha256=" + sha + "; " +
            std::to_string(rd.good.size()) + " đề nghị" +
            (ids.empty() ? ""
                         : " (số " + std::to_string(ids.front()) + "–" + std::to_string(ids.back()) + ")") +
            skipped);
  });
  if (!raced.empty()) {
    report(sh, raced, o.diags);
    o.exit = kInvalidInput;
    o.text = std::to_string(raced.size()) + " dòng vừa được đề nghị ở hồ sơ khác: không nhập dòng nào\n";
    o.result.set("errors", Json::integer(static_cast<int64_t>(raced.size())));
    o.result.set("imported", Json::integer(0));
    return o;
  }
  o.text = "Đã nhập " + std::to_string(rd.good.size()) + " đề nghị vào hồ sơ số " + std::to_string(d->id) +
           " (" + d->agency_name + ")" +
           (rd.problems.empty() ? "" : "; bỏ qua " + std::to_string(rd.bad_rows.size()) + " dòng có lỗi") +
           "\n" + o.text;
  o.result.set("imported", Json::integer(static_cast<int64_t>(rd.good.size())));
  Json created = Json::array();  // the new nominations' numbers, in the file's order (for --vote in scripts)
  for (auto id : ids) created.push(Json::integer(id));
  o.result.set("nominations", created);
  o.result.set("errors", Json::integer(static_cast<int64_t>(rd.problems.size())));
  return o;
}

}  // namespace tdkt::app
