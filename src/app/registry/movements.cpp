// Movements (phong trào thi đua): check plan files, import them, list and show them.
#include <filesystem>

#include "app/api.hpp"
#include "app/registry/registry.hpp"
#include "app/workspace.hpp"
#include "core/files.hpp"
#include "text/format.hpp"

namespace tdkt::app {

using core::Json;

namespace {

Json diag_json(const core::Diagnostics& d) {
  Json a = Json::array();
  for (auto& x : d.items()) {
    Json o = Json::object();
    o.set("severity", Json::string(x.severity == core::Severity::Error     ? "error"
                                   : x.severity == core::Severity::Warning ? "warning"
                                                                           : "note"));
    o.set("file", Json::string(x.loc.file));
    o.set("line", Json::integer(x.loc.line));
    o.set("col", Json::integer(x.loc.col));
    o.set("field", Json::string(x.field));
    o.set("message", Json::string(x.message));
    if (!x.hint.empty()) o.set("hint", Json::string(x.hint));
    a.push(std::move(o));
  }
  return a;
}

const char* scope_name(const std::string& s) {
  if (s == "chuyen_de") return "theo chuyên đề";
  if (s == "giai_doan") return "theo giai đoạn";
  if (s == "hang_nam") return "hằng năm";
  if (s == "cuoc_thi") return "cuộc thi";
  return "?";
}

struct LoadedMovement {
  std::string file, raw;
  domain::Movement movement;
};

// The awards and the issuer's level must be in the legal catalogue.
void check_catalogue(const domain::Movement& m, const rules::LegalData& L, const std::string& f,
                     core::Diagnostics& d) {
  for (size_t i = 0; i < m.awards.size(); ++i)
    if (!L.award(m.awards[i].catalog))
      d.error({f, 0, 0}, "awards[" + std::to_string(i + 1) + "].catalog",
              "hình thức «" + m.awards[i].catalog + "» không có trong danh mục khen thưởng (data/legal)");
  if (!L.level(m.issuer.level))
    d.error({f, 0, 0}, "issuer.level", "cấp «" + m.issuer.level + "» không có trong danh mục cấp");
}

// Reads and checks each file once; `keep` (when given) receives the files that passed, for import.
Outcome validate(Workspace& w, const std::vector<std::string>& files, std::vector<LoadedMovement>* keep) {
  Outcome o;
  Json arr = Json::array();
  int bad = 0;
  core::Diagnostics legal_d;
  auto L = rules::LegalData::load(w.env().legal_file(), {}, legal_d);
  for (auto& f : files) {
    core::Diagnostics d;
    std::string raw;
    auto m = domain::load_movement(f, d, &raw);
    if (m && L) check_catalogue(*m, *L, f, d);
    bool ok = m && !d.has_errors();
    bad += !ok;
    Json r = Json::object();
    r.set("file", Json::string(f));
    r.set("ok", Json::boolean(ok));
    if (ok) r.set("code", Json::string(m->code));
    r.set("diagnostics", diag_json(d));
    arr.push(std::move(r));
    o.diags.append(d);
    if (!ok) {
      o.text += "LỖI  " + f + ": " + std::to_string(d.error_count()) + " lỗi\n";
      continue;
    }
    o.text += "ĐẠT  " + f + ": " + describe_movement(*m) + "\n";
    if (const auto* dc = L ? L->decree_on(m->effective_date()) : nullptr)
      o.text += "     văn bản áp dụng theo ngày ban hành: " + dc->name + "\n";
    if (keep) keep->push_back({f, std::move(raw), std::move(*m)});
  }
  o.diags.append(legal_d);
  o.result.set("files", std::move(arr));
  o.result.set("failed", Json::integer(bad));
  o.exit = bad || !L ? kInvalidInput : kOk;
  return o;
}

store::MovementRow row_of(const LoadedMovement& lm) {
  const domain::Movement& m = lm.movement;
  store::MovementRow row;
  row.code = m.code;
  row.name = m.name;
  row.kind = m.kind;
  row.scope = m.scope;
  row.issuer = m.issuer.name;
  row.doc_date = m.effective_date().iso();
  row.period_from = m.period_from.iso();
  row.period_to = m.period_to.iso();
  row.source_file = std::filesystem::path(lm.file).filename().string();
  row.definition = lm.raw;
  row.sha256 = core::sha256_hex(lm.raw);
  return row;
}

}  // namespace

std::string describe_movement(const domain::Movement& m) {
  std::string no = text::doc_number(m.document.number, m.document.symbol);
  std::string date = m.document.date ? m.document.date->dmy()
                                     : (m.document.month ? "tháng " + std::to_string(m.document.month) + "/"
                                                         : std::string("năm ")) +
                                           std::to_string(m.document.year);
  int crit = 0, rules = 0;
  for (auto& c : m.criteria) {
    ++crit;
    rules += c.rule && c.rule->type != "manual";
  }
  return m.code + " — " + no + ", " + date + " — " + m.name + " (" + scope_name(m.scope) + "; " +
         std::to_string(m.awards.size()) + " hình thức, " + std::to_string(crit) + " tiêu chí, " +
         std::to_string(rules) + " kiểm tra tự động)";
}

void sync_legal(Workspace& w) {
  auto L = w.legal();
  if (!L) throw core::Error(L.error().diags.items().front().message);
  std::vector<store::CatalogRow> rows;
  for (auto& a : (*L)->awards())
    rows.push_back({a.code, a.name, a.kind, a.authority, a.valid_to ? a.valid_to->iso() : ""});
  w.store().sync_catalog(w.legal_content(), rows, w.actor());
}

Outcome movement_validate(Workspace& w, const MovementValidate& r) {
  return validate(w, r.files, nullptr);
}

Outcome movement_import(Workspace& w, const MovementImport& r) {
  // Validate every file first: one bad file means nothing is imported.
  std::vector<LoadedMovement> loaded;
  Outcome o = validate(w, r.files, &loaded);
  if (o.exit != kOk) {
    o.text += "Không nhập tệp nào vì có lỗi.\n";
    return o;
  }
  sync_legal(w);
  Json arr = Json::array();
  for (auto& lm : loaded) {
    auto row = row_of(lm);
    int64_t id = w.store().put_movement(row, w.actor());
    Json x = Json::object();
    x.set("code", Json::string(lm.movement.code));
    x.set("id", Json::integer(id));
    x.set("sha256", Json::string(row.sha256));
    arr.push(std::move(x));
  }
  o.result.set("imported", std::move(arr));
  o.text += "Đã nhập " + std::to_string(r.files.size()) + " phong trào vào " + w.session().db_path + "\n";
  return o;
}

Outcome movement_list(Workspace& w, const MovementList&) {
  Outcome o;
  Json arr = Json::array();
  for (auto& r : w.store().movements()) {
    Json j = Json::object();
    j.set("code", Json::string(r.code));
    j.set("name", Json::string(r.name));
    j.set("scope", Json::string(r.scope));
    j.set("issuer", Json::string(r.issuer));
    j.set("date", Json::string(r.doc_date));
    j.set("period", Json::string(r.period_from + "/" + r.period_to));
    arr.push(std::move(j));
    o.text += r.code + "\t" + r.doc_date + "\t" + r.issuer + "\t" + r.name + "\n";
  }
  if (arr.items().empty()) o.text = "Chưa có phong trào nào. Nhập bằng: tdkt movement import TỆP.json\n";
  o.result.set("movements", std::move(arr));
  return o;
}

}  // namespace tdkt::app
