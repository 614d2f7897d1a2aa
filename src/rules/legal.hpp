// Legal bases as dated data: which decree is in force on a date, mức lương cơ sở by date, the award
// catalogue with money coefficients and council vote thresholds per decree, and the round-up rule.
// Loaded from data/legal/legal-bases.json plus optional override files; unconfirmed [U] values are data
// with a confidence mark, never constants in code.
#pragma once
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "core/date.hpp"
#include "core/diag.hpp"

namespace tdkt::rules {

struct Decree {
  std::string code;  // "ND152/2025"
  std::string name;  // "Nghị định số 152/2025/NĐ-CP"
  core::Date from;
  std::optional<core::Date> to;
  std::string confidence;  // "V", "S" or "U"
  std::string source;
  std::string citation;  // the line a document prints: "Căn cứ Nghị định số … ;" ("" = not cited)
};

// A law the documents cite (Luật Thi đua, khen thưởng), with the period it is cited for.
struct Law {
  std::string code;  // "LTDKT2022"
  // The law a citation line names by family ({law:FAMILY}); each family has one text in force on a date.
  std::string family = "thi_dua_khen_thuong";
  std::string name;      // "Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022"
  std::string citation;  // the line a document prints: "Căn cứ Luật … ;"
  std::optional<core::Date> from, to;
  bool active = true;  // an unconfirmed text an office has not turned on is never cited
  std::string confidence;
  std::string source;
};

struct BaseSalary {
  core::Date from;
  int64_t amount = 0;  // đồng per month
  std::string basis;
  std::string confidence;
  bool active = true;  // an unconfirmed value stays inactive until an office turns it on
  std::string source;
};

struct Coefficient {
  std::string basis;    // decree code
  std::string subject;  // "ca_nhan" | "tap_the" | "ho_gia_dinh"
  int64_t milli = 0;    // coefficient × 1000 (0,3 → 300), exact
  std::string confidence;
};

struct VoteThreshold {
  std::string basis;
  int percent = 0;  // of ALL council members
  std::string confidence;
};

struct AwardType {
  std::string code, name;
  std::string kind;  // "danh_hieu" | "hinh_thuc"
  std::string authority;
  std::optional<core::Date> valid_to;  // e.g. district-level awards end 30/6/2025
  std::vector<Coefficient> coefficients;
  std::vector<VoteThreshold> thresholds;
};

struct Level {
  std::string code, name;
  std::optional<core::Date> valid_to;
};

struct Money {
  std::string award, subject, basis;
  int64_t coefficient_milli = 0;
  int64_t base = 0;
  int64_t exact = 0;                  // coefficient × base
  int64_t rounded = 0;                // rounded up to the unit
  std::vector<std::string> warnings;  // unconfirmed values used, inactive newer values ignored
  // The unconfirmed [U] values used, named as a report names them: "hệ số 0,60", "mức lương cơ sở …".
  std::vector<std::string> unconfirmed;
};

class LegalData {
 public:
  // Loads the base file, then each override in order (entries replace by key: decree code, salary
  // "from" date, award code). Problems go to diags with file:line:col.
  static std::optional<LegalData> load(const std::string& base, const std::vector<std::string>& overrides,
                                       core::Diagnostics& d);

  const Decree* decree_on(core::Date d) const;
  // The text of a family of laws in force on a date (Luật Thi đua, khen thưởng by default).
  const Law* law_on(core::Date d, const std::string& family = "thi_dua_khen_thuong") const;
  // The "Căn cứ …" lines of a kind of document ("quyet_dinh", "to_trinh", "quyet_dinh_cuoc_thi") on its date,
  // as the legal data lists them: fixed lines, "{law:FAMILY}" for the law of that family in force then
  // ("{law}": Luật Thi đua, khen thưởng) and "{decree}" for the decree in force then; a placeholder with
  // no text in force on the date is left out. Unknown kind: none.
  std::vector<std::string> citations(const std::string& document, core::Date on) const;
  // What a reader of a document citing these lines must be told: texts cited that are unconfirmed [U], and
  // newer texts of a cited family left out because they are unconfirmed and not turned on.
  std::vector<std::string> citation_notes(const std::string& document, core::Date on) const;
  // The names of the texts such a document cites on that date that are unconfirmed [U].
  std::vector<std::string> unconfirmed_citations(const std::string& document, core::Date on) const;
  const BaseSalary* base_salary_on(core::Date d) const;  // active values only
  const AwardType* award(const std::string& code) const;
  const Level* level(const std::string& code) const;
  int64_t round_unit() const { return round_unit_; }
  // money = coefficient (of the decree in force on decision_date) × base salary on that date, rounded
  // up to round_unit. Fails with a Vietnamese reason in err.
  std::optional<Money> money(const std::string& award, const std::string& subject, core::Date decision_date,
                             std::string& err) const;
  std::optional<VoteThreshold> vote_threshold(const std::string& award, core::Date d) const;

  const std::vector<Decree>& decrees() const { return decrees_; }
  const std::vector<BaseSalary>& salaries() const { return salaries_; }
  const std::vector<AwardType>& awards() const { return awards_; }
  const std::vector<Level>& levels() const { return levels_; }
  const std::vector<Law>& laws() const { return laws_; }
  const std::map<std::string, std::vector<std::string>>& citation_lines() const { return citations_; }

 private:
  // The name of the text a citation line cites on that date when it is unconfirmed [U]; "" otherwise.
  std::string unconfirmed_cited(const std::string& line, core::Date on) const;
  std::vector<Decree> decrees_;
  std::vector<BaseSalary> salaries_;
  std::vector<AwardType> awards_;
  std::vector<Level> levels_;
  std::vector<Law> laws_;
  std::map<std::string, std::vector<std::string>> citations_;
  int64_t round_unit_ = 10000;
  friend struct LegalReader;
};

int64_t round_up(int64_t amount, int64_t unit);
// "0,3" / "0.3" / "12" → 300 / 300 / 12000; nullopt if not a decimal with ≤ 3 places.
std::optional<int64_t> parse_milli(const std::string& s);

}  // namespace tdkt::rules
