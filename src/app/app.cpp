// Implementation of the use cases: validation first, then one store transaction per change.
#include "app/app.hpp"

#include <algorithm>
#include <filesystem>
#include <map>

#include "app/common.hpp"
#include "app/forms.hpp"
#include "core/clock.hpp"
#include "core/files.hpp"
#include "text/collate.hpp"
#include "text/format.hpp"
#include "text/normalize.hpp"

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

}  // namespace

std::unique_ptr<store::Store> open_store(const Context& c) {
  return store::Store::open(c.db_path);
}

Outcome fail(int code, const std::string& msg, const std::string& hint) {
  Outcome o;
  o.exit = code;
  o.diags.error({}, "", msg, hint);
  return o;
}

bool valid_round(const std::string& r) {
  if (r == "tong_ket") return true;
  return r.size() == 4 && std::all_of(r.begin(), r.end(), [](char c) { return c >= '0' && c <= '9'; });
}

std::string two_digits(int n) {
  return n < 10 ? "0" + std::to_string(n) : std::to_string(n);
}

std::string round_label(const std::string& r) {
  return r == "tong_ket" ? "tổng kết giai đoạn" : "năm " + r;
}

bool is_kept(const store::NominationRow& n) {
  return n.outcome != "loai" && n.outcome != "de_nghi";
}

std::string outcome_label(const std::string& o) {
  static const std::map<std::string, std::string> m = {
      {"de_nghi", "đề nghị (chưa họp xét)"},     {"proposed", "đề nghị (chưa họp xét)"},
      {"giu", "đơn vị thống nhất đề nghị"},      {"loai", "không được đơn vị thống nhất"},
      {"du_dieu_kien", "đủ điều kiện"},          {"khong_du_dieu_kien", "không đủ điều kiện"},
      {"cho_xac_nhan", "chờ xác nhận"},          {"dat", "Hội đồng thông qua"},
      {"khong_dat", "Hội đồng không thông qua"}, {"duoc_khen", "được khen thưởng"}};
  auto it = m.find(o);
  return it == m.end() ? o : it->second;
}

std::string award_name(const StoredMovement& L, const std::string& id) {
  const auto* a = L.m.award(id);
  return a ? a->name : id;
}

// The issuer's header lines: "ỦY BAN NHÂN DÂN" / "HUYỆN PHÙ MỸ".
std::vector<std::string> issuer_lines_of(const domain::Movement& m) {
  const std::string u = "ỦY BAN NHÂN DÂN ";
  if (m.issuer.name.rfind(u, 0) == 0) return {"ỦY BAN NHÂN DÂN", m.issuer.name.substr(u.size())};
  return {m.issuer.name};
}

// The issuer's area in running text, from its upper-case name: "ỦY BAN NHÂN DÂN HUYỆN PHÙ MỸ" → "huyện Phù
// Mỹ" (the kind of area in lower case, each word of the proper name capitalised).
std::string issuer_area(const StoredMovement& L) {
  auto lines = issuer_lines_of(L.m);
  if (lines.size() < 2) return "";
  std::string rest = text::lower(lines[1]);
  std::string kind;
  for (const std::string k :
       {"thành phố ", "thị xã ", "thị trấn ", "huyện ", "tỉnh ", "phường ", "xã ", "quận "})
    if (rest.rfind(k, 0) == 0) {
      kind = k;
      break;
    }
  return kind + text::upper_words(rest.substr(kind.size()));
}

core::Json S(const std::string& s) {
  return core::Json::string(s);
}
core::Json arr(const std::vector<std::string>& v) {
  core::Json a = core::Json::array();
  for (auto& x : v) a.push(S(x));
  return a;
}

std::string docs_detail(const std::vector<store::DocumentRow>& docs) {
  std::string s;
  for (auto& d : docs) s += "; " + std::filesystem::path(d.path).filename().string() + " sha256=" + d.sha256;
  return s;
}

std::string documents_dir(store::Store& s, const Context& c) {
  if (auto d = s.setting("thu_muc_van_ban")) return *d;
  std::filesystem::path p = std::filesystem::path(c.db_path).parent_path();
  return (p.empty() ? std::filesystem::path("van-ban") : p / "van-ban").string();
}

// Renders a form to DOCX and PDF under the workspace's documents folder; returns the rows to record.
std::vector<store::DocumentRow> write_documents(store::Store& s, const Context& c, const std::string& form,
                                                const Json& data, const std::string& stem,
                                                const std::string& kind, const std::string& title,
                                                Outcome& o) {
  std::vector<store::DocumentRow> rows;
  std::string dir = documents_dir(s, c);
  std::filesystem::create_directories(dir);
  for (const std::string to : {"docx", "pdf"}) {
    auto bytes = render_bytes(form, data, to, stem, s.setting("templates_dir").value_or(""), o.diags);
    if (!bytes) return {};
    std::string path = dir + "/" + stem + "." + to;
    core::write_file_atomic(path, *bytes);
    store::DocumentRow r;
    r.kind = kind;
    r.title = title + " (" + to + ")";
    r.path = path;
    r.sha256 = core::sha256_hex(*bytes);
    r.size = static_cast<int64_t>(bytes->size());
    r.source = "generated";
    rows.push_back(r);
  }
  return rows;
}

std::optional<rules::LegalData> legal(const Context& c, core::Diagnostics& d) {
  return rules::LegalData::load(rules::LegalData::default_path(), c.legal_overrides, d);
}

std::optional<StoredMovement> load_movement(store::Store& s, const std::string& code, Outcome& o) {
  auto row = s.movement(code);
  if (!row) {
    o.exit = kNotFound;
    o.diags.error({}, "", "không có phong trào mã «" + code + "»", "xem danh sách: tdkt movement list");
    return std::nullopt;
  }
  auto json = core::parse_json(row->definition, row->source_file, o.diags);
  auto m = json ? domain::parse_movement(*json, row->source_file, o.diags) : std::nullopt;
  if (!m) {
    o.exit = kEnvironment;
    return std::nullopt;
  }
  return StoredMovement{*row, *json, *m};
}

std::optional<std::set<core::Date>> parse_date_list(const std::string& value) {
  std::set<core::Date> out;
  size_t i = 0;
  while (i < value.size()) {
    size_t j = value.find(',', i);
    if (j == std::string::npos) j = value.size();
    auto d = core::parse_date(text::fold_spaces(value.substr(i, j - i)));
    if (!d) return std::nullopt;
    out.insert(*d);
    i = j + 1;
  }
  return out;
}

std::optional<std::pair<int, bool>> parse_threshold(const std::string& value) {
  bool strict = value.rfind(">=", 0) != 0;
  std::string d = !strict ? value.substr(2) : value.rfind(">", 0) == 0 ? value.substr(1) : "";
  if (d.empty() || d.size() > 3 || d.find_first_not_of("0123456789") != std::string::npos ||
      std::stoi(d) > 100)
    return std::nullopt;
  return std::make_pair(std::stoi(d), strict);
}

// Keeps a copy of the legal data (base + overrides) and its award catalogue in the workspace.
void sync_legal(store::Store& s, const Context& c) {
  core::Diagnostics d;
  auto L = legal(c, d);
  if (!L) throw core::Error("dữ liệu pháp lý không đọc được:\n" + d.to_string());
  std::string content, err;
  for (auto& f : std::vector<std::string>{rules::LegalData::default_path()})
    content += core::read_file(f, err).value_or("");
  for (auto& f : c.legal_overrides)
    content += "\n/* ghi đè: " + f + " */\n" + core::read_file(f, err).value_or("");
  std::vector<store::CatalogRow> rows;
  for (auto& a : L->awards())
    rows.push_back({a.code, a.name, a.kind, a.authority, a.valid_to ? a.valid_to->iso() : ""});
  s.sync_catalog(content, rows, c.actor);
}

text::ToneOrder tone_order(store::Store& s, const Context& c, core::Diagnostics& d) {
  text::ToneOrder order;
  std::string spec = !c.tones.empty() ? c.tones : s.setting("tone_order").value_or("");
  if (!spec.empty() && !text::ToneOrder::parse(spec, order))
    d.warning({}, "tone_order", "thứ tự dấu «" + spec + "» không hợp lệ; dùng thứ tự mặc định");
  return order;
}

namespace {}  // namespace

const std::vector<SettingInfo>& known_settings() {
  static const std::vector<SettingInfo> v = {
      {"tone_order",
       "thứ tự dấu thanh khi xếp tên (6 tên: ngang,huyen,hoi,nga,sac,nang theo thứ tự mong muốn)",
       "ngang,huyen,hoi,nga,sac,nang"},
      {"templates_dir",
       "thư mục mẫu riêng của cơ quan (tệp cùng tên thay mẫu có sẵn); rỗng = chỉ dùng mẫu có sẵn", ""},
      {"ngay_nghi", "ngày nghỉ lễ, tết (YYYY-MM-DD cách nhau dấu phẩy) cho thời hạn tính theo ngày làm việc",
       ""},
      {"nguong_bieu_quyet",
       "ngưỡng đồng ý của Hội đồng (trên tổng số thành viên) khi văn bản pháp lý không quy định: >50 hoặc "
       ">=NN",
       ">50"},
      {"ty_le_hop_xet",
       "tỷ lệ % phiếu đồng ý trên tổng số thành viên để đơn vị giữ một đề nghị (phải vượt tỷ lệ này)", "50"},
      {"thu_muc_van_ban", "thư mục lưu văn bản của các hồ sơ; rỗng = thư mục van-ban cạnh tệp kho", ""},
  };
  return v;
}

Outcome config_list(const Context& c) {
  return guarded([&] {
    Outcome o;
    auto s = open_store(c);
    for (auto& k : known_settings()) {
      auto v = s->setting(k.key);
      o.text +=
          k.key + " = " + v.value_or(k.fallback) + (v ? "" : " (mặc định)") + "\n    " + k.description + "\n";
      o.result.set(k.key, Json::string(v.value_or(k.fallback)));
    }
    return o;
  });
}

Outcome config_set(const Context& c, const std::string& key, const std::string& value) {
  return guarded([&] {
    Outcome o;
    bool known = false;
    for (auto& k : known_settings()) known |= k.key == key;
    if (!known) {
      std::string list;
      for (auto& k : known_settings()) list += (list.empty() ? "" : ", ") + k.key;
      o.exit = kInvalidInput;
      o.diags.error({}, key, "không có thiết lập này", "các thiết lập: " + list);
      return o;
    }
    text::ToneOrder t;
    std::error_code ec;
    if (key == "templates_dir" && !value.empty() && !std::filesystem::is_directory(value, ec)) {
      o.exit = kInvalidInput;
      o.diags.error({}, key, "«" + value + "» không phải là thư mục");
      return o;
    }
    auto bad = [&](const std::string& hint) {
      o.exit = kInvalidInput;
      o.diags.error({}, key, "giá trị «" + value + "» không hợp lệ", hint);
      return o;
    };
    if (key == "ngay_nghi" && !parse_date_list(value)) return bad("ngày dạng YYYY-MM-DD, cách nhau dấu phẩy");
    if (key == "nguong_bieu_quyet" && !parse_threshold(value))
      return bad("viết >50 (quá bán) hoặc >=80 (từ 80 % trở lên)");
    if (key == "ty_le_hop_xet" &&
        (value.empty() || value.size() > 3 || value.find_first_not_of("0123456789") != std::string::npos ||
         std::stoi(value) > 100))
      return bad("một số nguyên từ 0 đến 100");
    if (key == "tone_order" && !text::ToneOrder::parse(value, t)) {
      o.exit = kInvalidInput;
      o.diags.error({}, key, "giá trị «" + value + "» không hợp lệ",
                    "cần đủ 6 tên: ngang,huyen,hoi,nga,sac,nang");
      return o;
    }
    auto s = open_store(c);
    s->set_setting(key, value, c.actor);
    o.text = "Đã đặt " + key + " = " + value + "\n";
    o.result.set(key, Json::string(value));
    return o;
  });
}

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

Outcome init_workspace(const Context& c) {
  return guarded([&] {
    Outcome o;
    bool existed = std::filesystem::exists(c.db_path);
    auto s = open_store(c);
    o.text = (existed ? "Kho dữ liệu đã có: " : "Đã tạo kho dữ liệu: ") + c.db_path + " (lược đồ " +
             std::to_string(s->schema_version()) + ")\n";
    o.result.set("db", Json::string(c.db_path));
    o.result.set("created", Json::boolean(!existed));
    o.result.set("schema_version", Json::integer(s->schema_version()));
    return o;
  });
}

namespace {
struct LoadedMovement {
  std::string file, raw;
  domain::Movement movement;
};

// Reads and checks each file once; `keep` (when given) receives the files that passed, for import.
Outcome validate_movements(const std::vector<std::string>& files, std::vector<LoadedMovement>* keep) {
  return guarded([&] {
    Outcome o;
    Json arr = Json::array();
    int bad = 0;
    core::Diagnostics legal_d;
    auto L = rules::LegalData::load(rules::LegalData::default_path(), {}, legal_d);
    for (auto& f : files) {
      core::Diagnostics d;
      std::string raw;
      auto m = domain::load_movement(f, d, &raw);
      if (m && L) {
        for (size_t i = 0; i < m->awards.size(); ++i)
          if (!L->award(m->awards[i].catalog))
            d.error(
                {f, 0, 0}, "awards[" + std::to_string(i + 1) + "].catalog",
                "hình thức «" + m->awards[i].catalog + "» không có trong danh mục khen thưởng (data/legal)");
        if (!L->level(m->issuer.level))
          d.error({f, 0, 0}, "issuer.level", "cấp «" + m->issuer.level + "» không có trong danh mục cấp");
      }
      bool ok = m && !d.has_errors();
      bad += !ok;
      Json r = Json::object();
      r.set("file", Json::string(f));
      r.set("ok", Json::boolean(ok));
      if (ok) r.set("code", Json::string(m->code));
      r.set("diagnostics", diag_json(d));
      arr.push(std::move(r));
      o.diags.append(d);
      if (ok) {
        o.text += "ĐẠT  " + f + ": " + describe_movement(*m) + "\n";
        if (L) {
          auto* dc = L->decree_on(m->effective_date());
          if (dc) o.text += "     văn bản áp dụng theo ngày ban hành: " + dc->name + "\n";
        }
        if (keep) keep->push_back({f, std::move(raw), std::move(*m)});
      } else {
        o.text += "LỖI  " + f + ": " + std::to_string(d.error_count()) + " lỗi\n";
      }
    }
    o.diags.append(legal_d);
    o.result.set("files", std::move(arr));
    o.result.set("failed", Json::integer(bad));
    o.exit = bad || !L ? kInvalidInput : kOk;
    return o;
  });
}
}  // namespace

Outcome movement_validate(const std::vector<std::string>& files) {
  return validate_movements(files, nullptr);
}

Outcome movement_import(const Context& c, const std::vector<std::string>& files) {
  return guarded([&] {
    // Validate every file first: one bad file means nothing is imported.
    std::vector<LoadedMovement> loaded;
    Outcome o = validate_movements(files, &loaded);
    if (o.exit != kOk) {
      o.text += "Không nhập tệp nào vì có lỗi.\n";
      return o;
    }
    auto s = open_store(c);
    sync_legal(*s, c);
    Json arr = Json::array();
    for (auto& [f, raw, mv] : loaded) {
      const domain::Movement* m = &mv;
      store::MovementRow row;
      row.code = m->code;
      row.name = m->name;
      row.kind = m->kind;
      row.scope = m->scope;
      row.issuer = m->issuer.name;
      row.doc_date = m->effective_date().iso();
      row.period_from = m->period_from.iso();
      row.period_to = m->period_to.iso();
      row.source_file = std::filesystem::path(f).filename().string();
      row.definition = raw;
      row.sha256 = core::sha256_hex(raw);
      int64_t id = s->put_movement(row, c.actor);
      Json r = Json::object();
      r.set("code", Json::string(m->code));
      r.set("id", Json::integer(id));
      r.set("sha256", Json::string(row.sha256));
      arr.push(std::move(r));
    }
    o.result.set("imported", std::move(arr));
    o.text += "Đã nhập " + std::to_string(files.size()) + " phong trào vào " + c.db_path + "\n";
    return o;
  });
}

Outcome movement_list(const Context& c) {
  return guarded([&] {
    Outcome o;
    auto s = open_store(c);
    Json arr = Json::array();
    for (auto& r : s->movements()) {
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
  });
}

Outcome movement_show(const Context& c, const std::string& code) {
  return guarded([&] {
    Outcome o;
    auto s = open_store(c);
    auto stored = load_movement(*s, code, o);
    if (!stored) return o;
    const domain::Movement* m = &stored->m;
    core::Diagnostics ld;
    auto L = legal(c, ld);
    std::string& t = o.text;
    t += describe_movement(*m) + "\n";
    t += "Cơ quan ban hành: " + (m->issuer.parent.empty() ? "" : m->issuer.parent + " / ") + m->issuer.name +
         "\n";
    t += text::doc_number(m->document.number, m->document.symbol) + "; " +
         (m->document.date
              ? text::nd30_place_date(m->issuer.place, *m->document.date)
              : text::nd30_place_date_blank(m->issuer.place, m->document.year, m->document.month)) +
         "\n";
    t += "Trích yếu: " + m->document.summary + "\n";
    t += "Thời gian: " + m->period_from.dmy() + " – " + m->period_to.dmy() + "\n";
    if (L) {
      if (auto* dc = L->decree_on(m->effective_date()))
        t += "Văn bản áp dụng (theo ngày ban hành): " + dc->name + "\n";
    }
    t += "\nHình thức khen thưởng:\n";
    for (auto& a : m->awards) {
      t += "  [" + a.id + "] " + a.name + " — " + a.authority;
      std::string q;
      if (a.quota.tap_the) q += std::to_string(*a.quota.tap_the) + " tập thể ";
      if (a.quota.ca_nhan) q += std::to_string(*a.quota.ca_nhan) + " cá nhân ";
      if (a.quota.tong) q += "tổng không quá " + std::to_string(*a.quota.tong) + " ";
      for (auto& [g, n] : a.quota.per_group) q += g + ": " + std::to_string(n) + " ";
      if (a.quota.set_by_unit) q += "do đơn vị quy định ";
      if (!q.empty()) t += "; số lượng: " + text::fold_spaces(q);
      if (!a.quota.text.empty()) t += " — «" + a.quota.text + "»";
      t += "\n";
    }
    t += "\nTiêu chí (" + std::to_string(m->criteria.size()) + "):\n";
    for (auto& cr : m->criteria)
      t += "  [" + cr.id + "] " + (cr.rule ? "(" + cr.rule->type + ") " : "(thủ công) ") +
           cr.text.substr(0, 160) + (cr.text.size() > 160 ? "…" : "") + "\n";
    if (!m->dossier.empty()) {
      t += "\nHồ sơ đề nghị:\n";
      for (auto& d : m->dossier) t += "  - " + d.text + "\n";
    }
    if (!m->deadlines.empty()) {
      t += "\nThời hạn:\n";
      for (auto& d : m->deadlines) t += "  - " + d.text + "\n";
    }
    t += "\nNơi nhận:\n";
    for (auto& r : m->recipients) t += "  - " + r + "\n";
    t += "\n" + (m->signer.authority.empty() ? "" : m->signer.authority + " / ") + m->signer.title + ": " +
         m->signer.name + "\n";
    o.result.set("movement", stored->json);
    o.result.set("sha256", Json::string(stored->row.sha256));
    return o;
  });
}

Outcome data_import(const Context& c, const std::string& file) {
  return guarded([&] {
    Outcome o;
    auto ds = domain::load_dataset(file, o.diags);
    if (!ds) {
      o.exit = kInvalidInput;
      o.text = "Không nhập gì vì tệp có " + std::to_string(o.diags.error_count()) + " lỗi.\n";
      return o;
    }
    auto s = open_store(c);
    sync_legal(*s, c);
    store::ImportCounts n;
    try {
      n = s->import_dataset(*ds, std::filesystem::path(file).filename().string(), c.actor);
    } catch (const core::Error& e) {
      // Reference errors are the user's data, not the environment; the transaction was rolled back.
      o.exit = kInvalidInput;
      o.diags.error({file, 0, 0}, "", e.what());
      o.text = "Không nhập gì (đã hoàn tác toàn bộ).\n";
      return o;
    }
    o.text = "Đã nhập từ " + file + ": " + std::to_string(n.agencies) + " đơn vị, " +
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
  });
}

Outcome unit_list(const Context& c) {
  return guarded([&] {
    Outcome o;
    auto s = open_store(c);
    Json arr = Json::array();
    std::map<int64_t, int> depth;
    for (auto& a : s->agencies()) {
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
  });
}

Outcome person_list(const Context& c, const std::string& unit) {
  return guarded([&] {
    Outcome o;
    auto s = open_store(c);
    if (!unit.empty() && !s->agency(unit)) {
      o.exit = kNotFound;
      o.diags.error({}, "", "không có đơn vị mã «" + unit + "»", "xem danh sách: tdkt unit list");
      return o;
    }
    Json arr = Json::array();
    int i = 0;
    for (auto& p : s->people(unit, tone_order(*s, c, o.diags))) {
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
  });
}

Outcome legal_show(const Context& c, core::Date date) {
  return guarded([&] {
    Outcome o;
    auto L = legal(c, o.diags);
    if (!L) {
      o.exit = kInvalidInput;
      return o;
    }
    auto* dc = L->decree_on(date);
    auto* bs = L->base_salary_on(date);
    o.text += "Ngày " + date.dmy() + ":\n";
    o.text += "  Nghị định hướng dẫn Luật Thi đua, khen thưởng: " +
              (dc ? dc->name + " (từ " + dc->from.dmy() + ")" : std::string("không có")) + "\n";
    o.text += "  Mức lương cơ sở: " +
              (bs ? text::format_money(bs->amount) + "/tháng theo " + bs->basis : std::string("không có")) +
              "\n";
    for (auto& s : L->salaries())
      if (!s.active && s.from <= date)
        o.text += "  Lưu ý: có mức " + text::format_money(s.amount) + " từ " + s.from.dmy() + " (" + s.basis +
                  ") chưa được xác nhận nên chưa áp dụng.\n";
    for (auto& l : L->levels())
      if (l.valid_to && *l.valid_to < date)
        o.text += "  Không còn " + l.name + " (đến " + l.valid_to->dmy() + ").\n";
    o.text += "  Làm tròn tiền thưởng: lên hàng " + text::format_number(L->round_unit()) + " đồng.\n";
    o.result.set("date", Json::string(date.iso()));
    o.result.set("decree", dc ? Json::string(dc->code) : Json::null());
    o.result.set("base_salary", bs ? Json::integer(bs->amount) : Json::null());
    o.result.set("round_up_to", Json::integer(L->round_unit()));
    return o;
  });
}

Outcome legal_money(const Context& c, const std::string& award, const std::string& subject, core::Date date) {
  return guarded([&] {
    Outcome o;
    auto L = legal(c, o.diags);
    if (!L) {
      o.exit = kInvalidInput;
      return o;
    }
    std::string err;
    auto m = L->money(award, subject, date, err);
    if (!m) {
      o.exit = L->award(award) ? kRefused : kNotFound;
      o.diags.error({}, "", err);
      return o;
    }
    o.text = L->award(award)->name + " (" + (subject == "tap_the" ? "tập thể" : "cá nhân") +
             "), quyết định ngày " + date.dmy() + ", theo " + L->decree_on(date)->name + ":\n  " +
             text::format_decimal(m->coefficient_milli / 1000.0, m->coefficient_milli % 100 ? 2 : 1) + " × " +
             text::format_number(m->base) + " = " + text::format_number(m->exact) + " → làm tròn lên " +
             text::format_money(m->rounded) +
             "\n  Bằng chữ: " + text::money_in_words(static_cast<uint64_t>(m->rounded)) + ".\n";
    for (auto& w : m->warnings) {
      o.text += "  Lưu ý: " + w + "\n";
      o.diags.warning({}, "", w);
    }
    o.result.set("award", Json::string(award));
    o.result.set("subject", Json::string(subject));
    o.result.set("basis", Json::string(m->basis));
    o.result.set("coefficient_milli", Json::integer(m->coefficient_milli));
    o.result.set("base", Json::integer(m->base));
    o.result.set("exact", Json::integer(m->exact));
    o.result.set("amount", Json::integer(m->rounded));
    o.result.set("in_words", Json::string(text::money_in_words(static_cast<uint64_t>(m->rounded))));
    return o;
  });
}

Outcome audit_verify(const Context& c) {
  return guarded([&] {
    Outcome o;
    auto s = open_store(c);
    auto problems = s->verify_audit();
    auto rows = s->count("audit_log");
    for (auto& p : problems) o.diags.error({c.db_path, 0, 0}, "audit_log", p);
    o.exit = problems.empty() ? kOk : kVerifyFailed;
    o.text = problems.empty() ? "Nhật ký toàn vẹn: " + std::to_string(rows) + " dòng, chuỗi băm liền mạch.\n"
                              : "NHẬT KÝ BỊ SỬA HOẶC XÓA: " + std::to_string(problems.size()) + " vấn đề.\n";
    o.result.set("rows", Json::integer(rows));
    o.result.set("ok", Json::boolean(problems.empty()));
    return o;
  });
}

Outcome workspace_check(const Context& c) {
  return guarded([&] {
    Outcome o;
    auto s = open_store(c);
    std::string ic = s->integrity_check();
    auto problems = s->verify_audit();
    for (auto& p : problems) o.diags.error({c.db_path, 0, 0}, "audit_log", p);
    if (ic != "ok") o.diags.error({c.db_path, 0, 0}, "", "SQLite integrity_check: " + ic);
    o.exit = ic == "ok" && problems.empty() ? kOk : kVerifyFailed;
    o.text = "Kho dữ liệu " + c.db_path + ": integrity_check = " + ic +
             "; nhật ký: " + (problems.empty() ? "liền mạch" : "BỊ SỬA") + "; " +
             std::to_string(s->count("movements")) + " phong trào, " + std::to_string(s->count("agencies")) +
             " đơn vị, " + std::to_string(s->count("people")) + " cá nhân.\n";
    o.result.set("integrity", Json::string(ic));
    o.result.set("audit_ok", Json::boolean(problems.empty()));
    return o;
  });
}

}  // namespace tdkt::app
