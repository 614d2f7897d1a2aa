// The shared pieces of the council workbook (see book.hpp).
#include "app/export/book.hpp"

#include <algorithm>
#include <set>

#include "text/collate.hpp"
#include "text/format.hpp"
#include "text/names.hpp"
#include "text/normalize.hpp"
#include "views/shared.hpp"

namespace tdkt::app::workbook {

using xlsx::Column;
using xlsx::Type;

std::string appraisal_text(const domain::Nomination& n) {
  return n.appraisal == domain::Appraisal::None ? "" : text::upper_first(domain::label(n.appraisal));
}

// Money per nomination: the decided amount, else coefficient × base salary today (an estimate).
Money money_of(const rules::LegalData* Lg, const StoredMovement& L,
               const std::vector<domain::Nomination>& noms, core::Date today, core::Diagnostics& notes) {
  Money m;
  std::set<std::string> missing;
  for (auto& n : noms) {
    if (n.money) {
      m.by_nomination[n.id] = *n.money;
      continue;
    }
    if (!Lg || n.appraisal == domain::Appraisal::Ineligible ||
        n.stage == domain::NominationStage::CouncilFailed)
      continue;
    const auto* aw = L.m.award(n.award);
    std::string err;
    auto x = aw ? Lg->money(aw->catalog, domain::award_subject(n.subject_kind), today, err) : std::nullopt;
    if (x) {
      m.by_nomination[n.id] = x->rounded;
      m.estimated = true;
    } else {
      missing.insert(views::award_name(L.m, n.award) + (err.empty() ? "" : ": " + err));
    }
  }
  for (auto& x : missing)
    notes.warning({}, "tiền thưởng", "không tính được tiền thưởng dự kiến cho «" + x + "»");
  return m;
}

// Sorted copy: by unit (Vietnamese order of the unit name), then tên, đệm, họ; or the decision's order
// (individuals then collectives, units in order of first appearance, nominations in the order entered).
std::vector<domain::Nomination> ordered(std::vector<domain::Nomination> noms, const std::string& sort,
                                        const text::ToneOrder& tones) {
  if (sort == "quyet_dinh") {
    std::stable_sort(noms.begin(), noms.end(), [](auto& a, auto& b) {
      if (a.subject_kind != b.subject_kind) return a.is_person();
      return false;
    });
    std::map<std::string, size_t> first;
    for (size_t i = 0; i < noms.size(); ++i)
      first.emplace(domain::code(noms[i].subject_kind) + "\x1f" + noms[i].unit_name, i);
    std::stable_sort(noms.begin(), noms.end(), [&](auto& a, auto& b) {
      if (a.subject_kind != b.subject_kind) return a.is_person();
      return first[domain::code(a.subject_kind) + "\x1f" + a.unit_name] <
             first[domain::code(b.subject_kind) + "\x1f" + b.unit_name];
    });
    return noms;
  }
  struct Keyed {
    std::string unit, name;
    domain::Nomination n;
  };
  std::vector<Keyed> k;
  k.reserve(noms.size());
  for (auto& n : noms)
    k.push_back(
        {text::sort_key(n.unit_name, tones),
         n.is_person() ? text::name_sort_key(n.subject_name, tones) : text::sort_key(n.subject_name, tones),
         n});
  std::stable_sort(k.begin(), k.end(), [](auto& a, auto& b) {
    if (a.n.subject_kind != b.n.subject_kind) return a.n.is_person();
    if (a.unit != b.unit) return a.unit < b.unit;
    return a.name < b.name;
  });
  std::vector<domain::Nomination> out;
  out.reserve(k.size());
  for (auto& x : k) out.push_back(std::move(x.n));
  return out;
}

std::string subtitle(const StoredMovement& L, const std::string& round) {
  return "Phong trào thi đua " + L.m.name + " — " + domain::round_label(round);
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

std::vector<std::string> notes_of(const Book& b) {
  std::vector<std::string> notes = {subtitle(b.L, b.round)};
  if (!b.money_note.empty()) notes.push_back(b.money_note);
  return notes;
}

}  // namespace tdkt::app::workbook
