// tdkt import: read the file (intake/), find the header row, then the kind of list; and the empty template of
// each list, with its columns, a sample row and a sheet of instructions.
#include <filesystem>
#include <set>

#include "app/intake/imports.hpp"
#include "core/files.hpp"
#include "render/xlsx/xlsx.hpp"

namespace tdkt::app {

using namespace intake_list;

Outcome import_table(Workspace& w, const ImportTable& r) {
  if (r.kind != "nominations" && r.kind != "people" && r.kind != "units")
    return fail(kUsage, "không có loại nhập «" + r.kind + "»: dùng nominations, people hoặc units");
  if (r.kind == "nominations" && r.dossier <= 0) return fail(kUsage, "nhập đề nghị cần --dossier SỐ");
  std::string err;
  auto bytes = core::read_file(r.file, err);
  if (!bytes) return fail(kNotFound, err);
  std::error_code same_ec;
  if (!r.mark.empty() && std::filesystem::equivalent(r.file, r.mark, same_ec))
    return fail(kUsage,
                "--mark «" + r.mark + "» là chính tệp đang nhập «" + r.file +
                    "»: bản sao đánh dấu sẽ ghi đè lên tệp của đơn vị",
                "đặt tên khác cho bản sao, ví dụ --mark danh-sach-loi.xlsx");
  Outcome o;
  auto t = intake::read(r.file, r.sheet, o.diags);
  if (!t) {
    o.exit = kInvalidInput;
    return o;
  }
  if (r.sheet.empty() && t->sheets.size() - t->hidden.size() > 1)
    o.diags.warning({r.file}, "",
                    "đọc trang «" + t->sheet + "», trang đầu tiên không ẩn trong " +
                        std::to_string(t->sheets.size()) + " trang; trang khác: --sheet TÊN");
  Sheet sh;
  sh.t = std::move(*t);
  std::string sha = core::sha256_hex(*bytes);
  auto res = r.kind == "nominations" ? import_nominations(w, r, sh, sha) : import_registry(w, r, sh, sha);
  res.diags.append(o.diags);
  return res;
}

namespace {
// The award names a dossier's list may use (its round's), and the line naming the unit and movement.
std::optional<Outcome> for_dossier(Workspace& w, int64_t dossier, std::vector<std::string>& awards,
                                   std::string& note) {
  auto d = w.dossier(dossier);
  if (!d) return d.error();
  auto L = w.movement(d->movement_code);
  if (!L) return L.error();
  std::set<std::string> names;
  for (auto& a : (*L)->m.awards)
    if (domain::is_period_round(d->round) == (a.round == "tong_ket") && names.insert(a.name).second)
      awards.push_back(a.name);
  note = d->agency_name + " — phong trào " + (*L)->m.name + ", " + domain::round_label(d->round);
  return std::nullopt;
}

xlsx::SheetSpec list_sheet(const std::vector<ColumnSpec>& spec, const std::string& title,
                           const std::string& note, const std::vector<std::string>& awards) {
  xlsx::SheetSpec sp;
  sp.name = "Danh sách";
  sp.title = {title};
  if (!note.empty()) sp.notes = {note};
  for (auto& col : spec) {
    std::vector<std::string> choices;
    if (col.key == "doi_tuong") choices = {"Cá nhân", "Tập thể"};
    if (col.key == "hinh_thuc") choices = awards;
    if (col.key == "gioi_tinh") choices = {"Nam", "Nữ"};
    double width = col.key == "stt" ? 6 : col.key == "tom_tat" ? 44 : col.key == "ten" ? 28 : 18;
    sp.columns.push_back(
        {col.title, width, col.key == "stt" ? xlsx::Type::Integer : xlsx::Type::Text, true, choices});
  }
  return sp;
}
}  // namespace

Outcome import_template(Workspace& w, const ImportTemplate& r) {
  if (r.kind != "nominations" && r.kind != "people" && r.kind != "units")
    return fail(kUsage, "không có mẫu «" + r.kind + "»: dùng nominations, people hoặc units");
  const auto& spec = columns_of(r.kind);
  std::vector<std::string> awards;
  std::string title = r.kind == "nominations" ? "DANH SÁCH ĐỀ NGHỊ KHEN THƯỞNG"
                      : r.kind == "people"    ? "DANH SÁCH CÁ NHÂN"
                                              : "DANH SÁCH ĐƠN VỊ";
  std::string note;
  if (r.dossier)
    if (auto no = for_dossier(w, r.dossier, awards, note)) return *no;
  xlsx::Options xo;
  xo.created = static_cast<std::time_t>(w.env().clock.now_unix());
  xo.title = title;
  xo.author = "tdkt";
  xlsx::Workbook wb(r.out, xo);
  wb.begin(list_sheet(spec, title, note, awards));
  std::vector<xlsx::Cell> example;
  for (auto& col : spec)
    example.push_back(col.key == "stt"                            ? xlsx::Cell::num(1)
                      : col.key == "hinh_thuc" && !awards.empty() ? xlsx::Cell::str(awards[0])
                                                                  : xlsx::Cell::str(col.example));
  wb.row(example);
  xlsx::SheetSpec guide;
  guide.name = "Hướng dẫn";
  guide.title = {"HƯỚNG DẪN ĐIỀN DANH SÁCH"};
  guide.notes = {
      "Dòng tiêu đề cột phải giữ nguyên tên cột; thứ tự cột tùy ý; dòng mẫu số 1 hãy thay bằng dữ liệu thật"};
  guide.columns = {{"Cột", 28, xlsx::Type::Text, true},
                   {"Bắt buộc", 10, xlsx::Type::Text, false},
                   {"Cách ghi", 80, xlsx::Type::Text, true}};
  guide.filter = false;
  wb.begin(guide);
  for (auto& col : spec)
    wb.row(
        {xlsx::Cell::str(col.title), xlsx::Cell::str(col.required ? "Có" : ""), xlsx::Cell::str(col.help)});
  wb.close();
  Outcome o;
  o.text = "Đã lập mẫu " + r.out + " (" + std::to_string(spec.size()) + " cột; xem trang «Hướng dẫn»)\n";
  return o;
}

}  // namespace tdkt::app
