// The units and people of a workspace: a dataset imported whole, the tree of units, the people of a unit.
#include <filesystem>
#include <map>

#include "app/api.hpp"
#include "app/registry/registry.hpp"
#include "app/workspace.hpp"

namespace tdkt::app {

using core::Json;

Outcome data_import(Workspace& w, const DataImport& r) {
  Outcome o;
  auto ds = domain::load_dataset(r.file, o.diags);
  if (!ds) {
    o.exit = kInvalidInput;
    o.text = "Không nhập gì vì tệp có " + std::to_string(o.diags.error_count()) + " lỗi.\n";
    return o;
  }
  sync_legal(w);
  store::ImportCounts n;
  try {
    n = w.store().import_dataset(*ds, std::filesystem::path(r.file).filename().string(), w.actor());
  } catch (const core::Error& e) {
    // Reference errors are the user's data, not the environment; the transaction was rolled back.
    o.exit = kInvalidInput;
    o.diags.error({r.file, 0, 0}, "", e.what());
    o.text = "Không nhập gì (đã hoàn tác toàn bộ).\n";
    return o;
  }
  o.text = "Đã nhập từ " + r.file + ": " + std::to_string(n.agencies) + " đơn vị, " +
           std::to_string(n.people) + " cá nhân, " + std::to_string(n.metric_values) + " giá trị chỉ số, " +
           std::to_string(n.ratings) + " kết quả xếp loại, " + std::to_string(n.awards) +
           " khen thưởng đã có, " + std::to_string(n.disciplines) + " kỷ luật, " +
           std::to_string(n.initiatives) + " sáng kiến.\n";
  o.result.set("agencies", Json::integer(n.agencies));
  o.result.set("people", Json::integer(n.people));
  o.result.set("metric_values", Json::integer(n.metric_values));
  o.result.set("ratings", Json::integer(n.ratings));
  o.result.set("awards", Json::integer(n.awards));
  o.result.set("disciplines", Json::integer(n.disciplines));
  o.result.set("initiatives", Json::integer(n.initiatives));
  return o;
}

Outcome unit_list(Workspace& w, const UnitList&) {
  Outcome o;
  Json arr = Json::array();
  std::map<int64_t, int> depth;
  for (auto& a : w.store().agencies()) {
    int dep = a.parent_id ? depth[*a.parent_id] + 1 : 0;
    depth[a.id] = dep;
    o.text +=
        std::string(static_cast<size_t>(dep * 2), ' ') + a.code + "  " + a.name + " [" + a.level + "]\n";
    Json j = Json::object();
    j.set("code", Json::string(a.code));
    j.set("name", Json::string(a.name));
    j.set("level", Json::string(a.level));
    j.set("parent", Json::string(a.parent_code));
    arr.push(std::move(j));
  }
  o.result.set("units", std::move(arr));
  return o;
}

Outcome person_list(Workspace& w, const PersonList& r) {
  Outcome o;
  if (!r.unit.empty() && !w.store().agency(r.unit))
    return fail(kNotFound, "không có đơn vị mã «" + r.unit + "»", "xem danh sách: tdkt unit list");
  Json arr = Json::array();
  int i = 0;
  for (auto& p : w.store().people(r.unit, w.tone_order(o.diags))) {
    o.text += std::to_string(++i) + ".\t" + p.full_name + "\t" + p.position + "\t" + p.agency_name + "\n";
    Json j = Json::object();
    j.set("code", Json::string(p.code));
    j.set("full_name", Json::string(p.full_name));
    j.set("ho", Json::string(p.ho));
    j.set("dem", Json::string(p.dem));
    j.set("ten", Json::string(p.ten));
    j.set("position", Json::string(p.position));
    j.set("unit", Json::string(p.agency_code));
    arr.push(std::move(j));
  }
  o.result.set("people", std::move(arr));
  return o;
}

}  // namespace tdkt::app
