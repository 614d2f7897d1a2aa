// The council workbook. Every value the council reads is a typed cell: money numbers with "#,##0", ratios
// as percentages, counts as integers; totals are SUM formulas carrying their cached values so a viewer
// that does not recalculate still shows them. Names and summaries from units only go through text cells.
#include "app/sheets.hpp"

#include <algorithm>
#include <filesystem>
#include <map>
#include <set>

#include "core/clock.hpp"
#include "render/xlsx/xlsx.hpp"
#include "text/collate.hpp"
#include "text/format.hpp"
#include "text/names.hpp"
#include "text/normalize.hpp"

namespace tdkt::app {

using xlsx::Cell;
using xlsx::Column;
using xlsx::Type;

namespace {

// Lists above this size are always streamed (constant memory).
constexpr size_t kStreamAbove = 20000;

std::string appraisal_text(const store::NominationRow& n) {
  if (n.appraisal == "du_dieu_kien") return "Đủ điều kiện";
  if (n.appraisal == "khong_du_dieu_kien") return "Không đủ điều kiện";
  if (n.appraisal == "cho_xac_nhan") return "Chờ xác nhận";
  return "";
}

struct Money {
  std::map<int64_t, int64_t> by_nomination;
  bool estimated = false;
};

// Money per nomination: the decided amount, else coefficient × base salary today (an estimate).
Money money_of(const std::optional<rules::LegalData>& Lg, const StoredMovement& L,
               const std::vector<store::NominationRow>& noms, core::Diagnostics& notes) {
  Money m;
  std::set<std::string> missing;
  for (auto& n : noms) {
    if (n.money) {
      m.by_nomination[n.id] = *n.money;
      continue;
    }
    if (!Lg || n.appraisal == "khong_du_dieu_kien" || n.outcome == "khong_dat") continue;
    const auto* aw = L.m.award(n.award);
    std::string err;
    auto x =
        aw ? Lg->money(aw->catalog, n.subject_type == "agency" ? "tap_the" : "ca_nhan", core::today(), err)
           : std::nullopt;
    if (x) {
      m.by_nomination[n.id] = x->rounded;
      m.estimated = true;
    } else {
      missing.insert(award_name(L, n.award) + (err.empty() ? "" : ": " + err));
    }
  }
  for (auto& x : missing)
    notes.warning({}, "tiền thưởng", "không tính được tiền thưởng dự kiến cho «" + x + "»");
  return m;
}

// Sorted copy: by unit (Vietnamese order of the unit name), then tên, đệm, họ; or the decision's order
// (individuals then collectives, units in order of first appearance, nominations in the order entered).
std::vector<store::NominationRow> ordered(std::vector<store::NominationRow> noms, const std::string& sort,
                                          const text::ToneOrder& tones) {
  if (sort == "quyet_dinh") {
    std::stable_sort(noms.begin(), noms.end(), [](auto& a, auto& b) {
      if (a.subject_type != b.subject_type) return a.subject_type == "person";
      return false;
    });
    std::map<std::string, size_t> first;
    for (size_t i = 0; i < noms.size(); ++i)
      first.emplace(noms[i].subject_type + "\x1f" + noms[i].unit_name, i);
    std::stable_sort(noms.begin(), noms.end(), [&](auto& a, auto& b) {
      if (a.subject_type != b.subject_type) return a.subject_type == "person";
      return first[a.subject_type + "\x1f" + a.unit_name] < first[b.subject_type + "\x1f" + b.unit_name];
    });
    return noms;
  }
  struct Keyed {
    std::string unit, name;
    store::NominationRow n;
  };
  std::vector<Keyed> k;
  k.reserve(noms.size());
  for (auto& n : noms)
    k.push_back({text::sort_key(n.unit_name, tones),
                 n.subject_type == "person" ? text::name_sort_key(n.subject_name, tones)
                                            : text::sort_key(n.subject_name, tones),
                 n});
  std::stable_sort(k.begin(), k.end(), [](auto& a, auto& b) {
    if (a.n.subject_type != b.n.subject_type) return a.n.subject_type == "person";
    if (a.unit != b.unit) return a.unit < b.unit;
    return a.name < b.name;
  });
  std::vector<store::NominationRow> out;
  out.reserve(k.size());
  for (auto& x : k) out.push_back(std::move(x.n));
  return out;
}

std::string subtitle(const StoredMovement& L, const std::string& round) {
  return "Phong trào thi đua " + L.m.name + " — " + round_label(round);
}

// " (tập thể)" / " (cá nhân)" when another award form of the plan has the same name (seed 004 has four
// "Giấy khen của Chủ tịch Ủy ban nhân dân huyện"), so the lists and columns can be told apart.
std::string kind_suffix(const StoredMovement& L, const domain::AwardForm& aw) {
  bool shared =
      std::count_if(L.m.awards.begin(), L.m.awards.end(), [&](auto& x) { return x.name == aw.name; }) > 1;
  if (!shared || aw.subjects.size() != 1) return "";
  return aw.subjects[0] == "tap_the" ? " (tập thể)" : " (cá nhân)";
}

// "GK CT UBND huyện - cá nhân": a sheet name within Excel's 31 characters that still says which list it is.
std::string sheet_name(const domain::AwardForm& aw, bool with_kind) {
  std::string n = aw.name;
  auto rep = [&](const std::string& a, const std::string& b) {
    for (size_t p = n.find(a); p != std::string::npos; p = n.find(a, p + b.size())) n.replace(p, a.size(), b);
  };
  rep("Ủy ban nhân dân", "UBND");
  rep("Giấy khen", "GK");
  rep("Bằng khen", "BK");
  rep("Chủ tịch", "CT");
  rep("của ", "");
  rep("Thủ tướng Chính phủ", "TTg");
  if (with_kind && aw.subjects.size() == 1) n += aw.subjects[0] == "tap_the" ? " - tập thể" : " - cá nhân";
  return n;
}

std::vector<Column> list_columns() {
  return {{"STT", 6, Type::Integer, false},
          {"Họ và tên / Tên tập thể", 28, Type::Text, true},
          {"Chức vụ", 22, Type::Text, true},
          {"Đơn vị", 26, Type::Text, true},
          {"Hình thức đề nghị", 24, Type::Text, true},
          {"Tóm tắt thành tích", 44, Type::Text, true},
          {"Kết quả thẩm định", 16, Type::Text, true},
          {"Phiếu đồng ý", 10, Type::Integer, false},
          {"Tỷ lệ %", 10, Type::Percent, false},
          {"Tiền thưởng (đồng)", 16, Type::Money, false}};
}

}  // namespace

size_t write_round_workbook(store::Store& s, const Context& c, const StoredMovement& L,
                            const std::string& round, std::vector<store::NominationRow> noms,
                            const std::string& path, const WorkbookParts& parts, core::Diagnostics& notes) {
  core::Diagnostics td;
  auto tones = tone_order(s, c, td);
  noms = ordered(std::move(noms), parts.sort, tones);
  core::Diagnostics ld;
  auto Lg = legal(c, ld);  // money estimates and the council thresholds
  Money money = money_of(Lg, L, noms, notes);
  xlsx::Options o;
  o.stream = parts.stream || noms.size() > kStreamAbove;
  o.created = static_cast<std::time_t>(core::now_unix());
  o.title = "Danh sách đề nghị khen thưởng — " + L.m.name;
  o.author = c.actor.name;
  o.subject = round_label(round);
  xlsx::Workbook wb(path, o);
  std::string money_note = money.estimated ? "Tiền thưởng dự kiến theo mức lương cơ sở ngày " +
                                                 core::today().dmy() + " (chưa có quyết định)"
                                           : "";
  size_t written = 0;

  // 1. One Danh sách per award form, in the order of the plan.
  for (const auto& aw : L.m.awards) {
    std::vector<const store::NominationRow*> rows;
    for (auto& n : noms)
      if (n.award == aw.id) rows.push_back(&n);
    if (rows.empty()) continue;
    xlsx::SheetSpec sp;
    std::string kind = kind_suffix(L, aw);
    sp.name = sheet_name(aw, !kind.empty());
    sp.title = {"DANH SÁCH ĐỀ NGHỊ KHEN THƯỞNG", text::upper(aw.name + kind)};
    sp.notes = {subtitle(L, round)};
    if (!money_note.empty()) sp.notes.push_back(money_note);
    sp.columns = list_columns();
    sp.merge_column = 3;
    bool both = rows.front()->subject_type != rows.back()->subject_type;
    sp.expected_rows = static_cast<int>(rows.size()) + (both ? 2 : 0);
    wb.begin(sp);
    int first = wb.first_data_row();
    std::string group;
    int stt = 0, roman = 0;
    int64_t sum = 0;
    for (auto* n : rows) {
      if (both && n->subject_type != group) {
        group = n->subject_type;
        wb.section(text::roman(++roman) + (group == "person" ? ". CÁ NHÂN" : ". TẬP THỂ"));
        stt = 0;
      }
      std::vector<Cell> r(10);
      r[0] = Cell::num(++stt);
      r[1] = Cell::str(n->subject_name);
      r[2] = Cell::str(n->subject_type == "person" ? n->position : "");
      r[3] = Cell::str(n->unit_name);
      r[4] = Cell::str(aw.name);
      r[5] = Cell::str(n->summary);
      r[6] = Cell::str(appraisal_text(*n));
      if (n->council_agree) {
        r[7] = Cell::num(*n->council_agree);
        if (n->council_members && *n->council_members > 0)
          r[8] = Cell::num(static_cast<double>(*n->council_agree) / *n->council_members);
      }
      auto mi = money.by_nomination.find(n->id);
      if (mi != money.by_nomination.end()) {
        r[9] = Cell::num(static_cast<double>(mi->second));
        sum += mi->second;
      }
      wb.row(r);
      ++written;
    }
    int last = wb.next_row() - 1;
    std::vector<Cell> t(10);
    t[1] = Cell::str("Tổng cộng: " + std::to_string(rows.size()));
    t[9] = Cell::formula("=SUM(J" + std::to_string(first) + ":J" + std::to_string(last) + ")",
                         static_cast<double>(sum));
    wb.row(t, xlsx::RowStyle::Total);
  }

  // 2. Tổng hợp: counts per unit × award form, total count and money per unit, totals per column.
  {
    std::vector<const domain::AwardForm*> used;
    for (const auto& aw : L.m.awards)
      if (std::any_of(noms.begin(), noms.end(), [&](auto& n) { return n.award == aw.id; }))
        used.push_back(&aw);
    std::vector<std::string> units;
    std::map<std::string, std::map<std::string, int>> count;
    std::map<std::string, int64_t> unit_money;
    std::vector<std::pair<std::string, std::string>> keyed;
    for (auto& n : noms) {
      if (!count.count(n.unit_name)) keyed.emplace_back(text::sort_key(n.unit_name, tones), n.unit_name);
      ++count[n.unit_name][n.award];
      auto mi = money.by_nomination.find(n.id);
      unit_money[n.unit_name] += mi == money.by_nomination.end() ? 0 : mi->second;
    }
    std::sort(keyed.begin(), keyed.end());
    xlsx::SheetSpec sp;
    sp.name = "Tổng hợp";
    sp.title = {"TỔNG HỢP ĐỀ NGHỊ KHEN THƯỞNG THEO ĐƠN VỊ"};
    sp.notes = {subtitle(L, round)};
    if (!money_note.empty()) sp.notes.push_back(money_note);
    sp.columns = {{"STT", 6, Type::Integer, false}, {"Đơn vị", 34, Type::Text, true}};
    for (auto* aw : used) sp.columns.push_back({aw->name + kind_suffix(L, *aw), 18, Type::Integer, true});
    sp.columns.push_back({"Tổng số", 10, Type::Integer, false});
    sp.columns.push_back({"Tiền thưởng (đồng)", 18, Type::Money, false});
    sp.expected_rows = static_cast<int>(keyed.size());
    wb.begin(sp);
    int first = wb.first_data_row();
    int nc = static_cast<int>(used.size());
    std::string a0 = xlsx::Workbook::col_name(2), a1 = xlsx::Workbook::col_name(1 + nc);
    std::vector<double> col_sums(static_cast<size_t>(nc) + 2, 0);
    int stt = 0;
    for (auto& [key, unit] : keyed) {
      std::vector<Cell> r;
      r.push_back(Cell::num(++stt));
      r.push_back(Cell::str(unit));
      int total = 0;
      for (int i = 0; i < nc; ++i) {
        int v = count[unit][used[static_cast<size_t>(i)]->id];
        total += v;
        col_sums[static_cast<size_t>(i)] += v;
        r.push_back(v ? Cell::num(v) : Cell());
      }
      std::string rn = std::to_string(wb.next_row());
      r.push_back(Cell::formula("=SUM(" + a0 + rn + ":" + a1 + rn + ")", total));
      r.push_back(Cell::num(static_cast<double>(unit_money[unit])));
      col_sums[static_cast<size_t>(nc)] += total;
      col_sums[static_cast<size_t>(nc) + 1] += static_cast<double>(unit_money[unit]);
      wb.row(r);
    }
    int last = wb.next_row() - 1;
    std::vector<Cell> t;
    t.push_back(Cell());
    t.push_back(Cell::str("Tổng cộng"));
    for (int i = 0; i < nc + 2; ++i) {
      std::string col = xlsx::Workbook::col_name(2 + i);
      t.push_back(
          Cell::formula("=SUM(" + col + std::to_string(first) + ":" + col + std::to_string(last) + ")",
                        col_sums[static_cast<size_t>(i)]));
    }
    wb.row(t, xlsx::RowStyle::Total);
  }

  if (parts.council) {
    auto members = s.council_members(L.row.id);
    // 3. Phiếu bầu: the eligible nominees with empty boxes; members tick one of the two.
    std::vector<const store::NominationRow*> ballot;
    bool appraised = std::any_of(noms.begin(), noms.end(), [](auto& n) { return !n.appraisal.empty(); });
    for (auto& n : noms)
      if (!appraised || n.appraisal == "du_dieu_kien") ballot.push_back(&n);
    xlsx::SheetSpec sp;
    sp.name = "Phiếu bầu";
    sp.title = {"PHIẾU BẦU", "Đề nghị khen thưởng " + round_label(round)};
    sp.notes = {subtitle(L, round),
                "Thành viên Hội đồng đánh dấu X vào một trong hai ô «Đồng ý» hoặc «Không đồng ý» cho từng "
                "trường hợp"};
    sp.columns = {{"STT", 6, Type::Integer, false},  {"Họ và tên / Tên tập thể", 30, Type::Text, true},
                  {"Đơn vị", 28, Type::Text, true},  {"Hình thức đề nghị", 28, Type::Text, true},
                  {"Đồng ý", 11, Type::Text, false}, {"Không đồng ý", 11, Type::Text, false}};
    sp.filter = false;
    sp.landscape = false;
    sp.blank_lines = true;
    wb.begin(sp);
    int stt = 0;
    for (auto* n : ballot)
      wb.row({Cell::num(++stt), Cell::str(n->subject_name), Cell::str(n->unit_name),
              Cell::str(award_name(L, n->award)), Cell(), Cell()});
    wb.footer({"Hội đồng có " + std::to_string(members.size()) +
               " thành viên. Phiếu không đánh dấu hoặc đánh dấu cả hai ô của một trường hợp là phiếu không "
               "hợp lệ cho trường hợp đó."});

    // 4. Kết quả kiểm phiếu: votes per nominee as a share of ALL members, threshold and result.
    xlsx::SheetSpec kp;
    kp.name = "Kết quả kiểm phiếu";
    kp.title = {"KẾT QUẢ KIỂM PHIẾU", "Hội đồng Thi đua - Khen thưởng"};
    auto meetings = s.meetings(L.row.id, round, "hoi_dong");
    std::optional<core::Date> mdate =
        meetings.empty() ? std::nullopt : core::parse_date(meetings.back().date);
    kp.notes = {subtitle(L, round)};
    if (!meetings.empty()) {
      auto& m = meetings.back();
      auto d = core::parse_date(m.date);
      kp.notes.push_back("Họp ngày " + (d ? d->dmy() : m.date) + ": có mặt " + std::to_string(m.present) +
                         "/" + std::to_string(m.members) + " thành viên");
    } else {
      kp.notes.push_back("Chưa có kết quả bỏ phiếu (tdkt council vote)");
    }
    kp.columns = {{"STT", 6, Type::Integer, false},
                  {"Họ và tên / Tên tập thể", 30, Type::Text, true},
                  {"Đơn vị", 26, Type::Text, true},
                  {"Hình thức đề nghị", 26, Type::Text, true},
                  {"Tổng số thành viên", 12, Type::Integer, true},
                  {"Phiếu đồng ý", 10, Type::Integer, false},
                  {"Tỷ lệ % trên tổng số thành viên", 14, Type::Percent, true},
                  {"Ngưỡng", 10, Type::Text, false},
                  {"Kết quả", 14, Type::Text, false}};
    kp.expected_rows = static_cast<int>(ballot.size());
    wb.begin(kp);
    stt = 0;
    for (auto* n : ballot) {
      std::vector<Cell> r(9);
      r[0] = Cell::num(++stt);
      r[1] = Cell::str(n->subject_name);
      r[2] = Cell::str(n->unit_name);
      r[3] = Cell::str(award_name(L, n->award));
      if (n->council_agree && n->council_members) {
        std::string rn = std::to_string(wb.next_row());
        r[4] = Cell::num(*n->council_members);
        r[5] = Cell::num(*n->council_agree);
        r[6] = Cell::formula(
            "=IF(E" + rn + ">0,F" + rn + "/E" + rn + ",0)",
            *n->council_members > 0 ? static_cast<double>(*n->council_agree) / *n->council_members : 0);
        if (Lg && mdate) {
          std::string source;
          const auto* aw = L.m.award(n->award);
          auto [pct, strict] = council_threshold(s, *Lg, aw ? aw->catalog : "", *mdate, source);
          r[7] = Cell::str((strict ? "trên " : "từ ") + std::to_string(pct) + " %");
        } else if (n->council_percent) {
          r[7] = Cell::str(std::to_string(*n->council_percent) + " %");
        }
        bool passed = n->outcome == "dat" || n->outcome == "duoc_khen";
        r[8] = Cell::str(passed ? "Đạt" : "Không đạt");
      } else {
        r[4] = members.empty() ? Cell() : Cell::num(static_cast<double>(members.size()));
      }
      wb.row(r);
    }
  }
  wb.close();
  return written;
}

Outcome export_workbook(const Context& c, const WorkbookRequest& r) {
  return guarded([&] {
    Outcome o;
    if (r.sort != "don_vi" && r.sort != "quyet_dinh")
      return fail(kUsage, "--sort phải là don_vi hoặc quyet_dinh");
    auto s = open_store(c);
    std::string movement = r.movement, round = r.round;
    std::vector<store::NominationRow> noms;
    if (r.dossier) {
      auto d = s->dossier(r.dossier);
      if (!d) return fail(kNotFound, "không có hồ sơ số " + std::to_string(r.dossier));
      movement = d->movement_code;
      round = d->round;
      for (auto& n : s->nominations(d->id))
        if (is_kept(n) || n.outcome == "de_nghi") noms.push_back(n);
    }
    auto L = load_movement(*s, movement, o);
    if (!L) return o;
    if (!valid_round(round))
      return fail(kUsage, "đợt «" + round + "» không hợp lệ: viết năm (2024) hoặc tong_ket");
    if (!r.dossier) {
      // What reached the appraising office: dossiers submitted and not returned or withdrawn.
      std::set<int64_t> sent;
      for (auto& d : s->dossiers(movement, round))
        if (d.state != "du_thao" && d.state != "da_hop_xet" && d.state != "tra_lai" && d.state != "da_rut")
          sent.insert(d.id);
      for (auto& n : s->round_nominations(L->row.id, round))
        if (is_kept(n) && sent.count(n.dossier_id)) noms.push_back(n);
    }
    if (noms.empty())
      return fail(kNotFound, "không có đề nghị nào để lập danh sách trong " + round_label(round));
    WorkbookParts parts;
    parts.council = r.dossier == 0;
    parts.sort = r.sort;
    parts.stream = r.stream;
    size_t n = write_round_workbook(*s, c, *L, round, noms, r.out, parts, o.diags);
    o.text = "Đã lập bảng tính " + r.out + ": " + std::to_string(n) + " dòng danh sách" +
             (parts.council ? ", tổng hợp, phiếu bầu, kết quả kiểm phiếu" : ", tổng hợp") + "\n";
    o.result.set("rows", core::Json::integer(static_cast<int64_t>(n)));
    o.result.set("file", core::Json::string(r.out));
    return o;
  });
}

}  // namespace tdkt::app
