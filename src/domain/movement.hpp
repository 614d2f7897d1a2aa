// A movement (phong trào thi đua) or contest (cuộc thi) as its Kế hoạch defines it. The file format is
// documented in docs/movement-format.md; parse_movement() validates it with located Vietnamese errors.
#pragma once
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "core/date.hpp"
#include "core/diag.hpp"
#include "core/json.hpp"

namespace tdkt::domain {

struct Issuer {
  std::string parent;  // cơ quan chủ quản, upper case as printed ("" if none)
  std::string name;    // cơ quan ban hành, upper case ("ỦY BAN NHÂN DÂN TỈNH HƯNG YÊN")
  std::string abbrev;  // "UBND"
  std::string level;   // agency level code: "tinh", "huyen", "xa"
  std::string place;   // địa danh for the date line
};

struct DocumentInfo {
  std::string type_name = "Kế hoạch";
  std::string type_abbrev = "KH";
  std::optional<int> number;       // absent for a draft / unnumbered copy
  std::string symbol;              // "KH-UBND"
  std::optional<core::Date> date;  // full date when known
  int year = 0, month = 0;         // when only partly known (seed 000: "ngày … tháng … năm 2024")
  std::string summary;             // trích yếu
};

struct Signer {
  std::string authority;  // "TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "" (signs in own name)
  std::string title;      // "CHỦ TỊCH", "PHÓ CHỦ TỊCH"
  std::string name;
};

struct Metric {
  std::string id, label, unit;
  std::string subject;  // "tap_the" | "ca_nhan"
  std::string type;     // "number" | "percent" | "rank" | "rating" | "boolean"
  bool per_year = true;
  bool higher_is_better = true;
};

// A machine rule over nominee data, kept as validated JSON; rules/ evaluates it. Types:
// threshold, years_meeting, consecutive_years, rank_top, better_than_previous_year, no_discipline,
// rating_at_least, prior_awards, initiative_recognised, all, any, manual.
struct Rule {
  std::string type;
  core::Json spec;
};

struct Criterion {
  std::string id;
  std::string applies_to;           // "tap_the" | "ca_nhan" | "ca_hai"
  std::string group;                // which heading it belongs to, e.g. "gk-tap-the"
  std::vector<std::string> awards;  // award ids of this movement it conditions
  std::string text;                 // verbatim text of the plan
  std::string marker;               // "-", "+", "a)" as printed
  std::optional<Rule> rule;         // absent: confirmed by hand
  bool all_required = true;         // false when the plan says "đạt một trong các tiêu chuẩn"
  // Kinds of unit (the dataset's agency kind: "co_quan", "xa"…) the criterion is for, when the plan sets
  // standards "đối với cơ quan, đơn vị" apart from "đối với UBND các xã, phường"; for an individual, the kind
  // of the unit they work in. Empty: every kind.
  std::vector<std::string> kinds;
  // false for what the plan sets the whole area to achieve (its «tiêu chí thi đua», city-wide targets such as
  // «100% văn bản … được ký số»): printed in the Kế hoạch, never appraised as a unit's award standard.
  bool standard = true;
};

struct Quota {
  std::optional<int> tap_the, ca_nhan, tong;  // counts; tong = collectives and individuals together
  std::map<std::string, int> per_group;       // e.g. {"co_quan": 3, "xa": 3} for top-3 per group
  bool set_by_unit = false;                   // "Số lượng do Thủ trưởng … quy định"
  std::string text;                           // verbatim quota line
  // How the plan orders candidates when more are eligible than the quota allows: the metric for collectives
  // ("tap_the") and for individuals ("ca_nhan"), and the plan's sentence saying so. Empty: the plan sets no
  // order (a ranking criterion's metric, else the council's vote, decides).
  std::map<std::string, std::string> ranking;
  std::string ranking_text;
};

struct AwardForm {
  std::string id;
  std::string catalog;                // code in the legal award catalogue (data/legal), e.g. "giay_khen"
  std::string name;                   // as the plan writes it
  std::string authority;              // who grants it
  std::string round;                  // "hang_nam" | "tong_ket" | "chuyen_de" | "cuoc_thi"
  std::vector<std::string> subjects;  // "tap_the", "ca_nhan"
  Quota quota;
};

struct DossierItem {
  std::string doc;   // "to_trinh", "danh_sach", "bien_ban", "trich_bien_ban", "bao_cao_thanh_tich", "khac"
  std::string text;  // verbatim
  int copies = 1;
  std::string form;  // form reference, e.g. "ND91/2017 mẫu 07"
};

struct Deadline {
  std::string id, text;
  std::string kind;  // "fixed" | "annual" | "after_event" | "announced"
  std::optional<core::Date> date;
  int month = 0, day = 0;  // annual
  std::string event;       // after_event
  int days = 0;
  std::string day_type = "calendar";  // "calendar" | "working"
  std::string applies_to;             // award round or step it bounds: "nop_ho_so", "tham_dinh"
  std::string late = "flag";          // "refuse" | "flag"
  bool inclusive = true;              // false for "trước ngày 30/11": the date itself is already late
};

struct Contest {  // only for kind == "cuoc_thi"
  std::vector<std::string> topics;
  std::vector<std::string> bodies;  // "Ban tổ chức", "Ban giám khảo", "Tổ thư ký"
  std::optional<core::Date> novelty_cutoff;
  std::string funding;
};

// The plan body as printed, in order. Blocks of kind "criteria" and "dossier" are rendered from the
// structured lists so that text and rules never drift apart.
struct Block {
  std::string kind;  // "h1" "h2" "h3" "p" "li" "criteria" "dossier"
  std::string text;  // for headings, paragraphs and list items
  std::string ref;   // for "criteria": the group id
};

struct Movement {
  std::string schema;
  std::string code;
  std::string kind;   // "phong_trao" | "cuoc_thi"
  std::string scope;  // "chuyen_de" | "giai_doan" | "hang_nam" | "cuoc_thi"
  std::string name;   // movement name, without quotes
  std::string topic;  // optional theme code ("cchc"): awards it grants carry it into the history
  Issuer issuer;
  DocumentInfo document;
  core::Date period_from, period_to;
  std::vector<std::string> legal_bases;  // căn cứ / thực hiện lines, verbatim
  std::string preamble;
  std::string participants_tap_the, participants_ca_nhan;
  std::vector<Metric> metrics;
  std::vector<Criterion> criteria;
  std::vector<AwardForm> awards;
  std::vector<DossierItem> dossier;
  std::vector<Deadline> deadlines;
  std::string funding;
  std::vector<std::string> responsible;  // offices with a role (e.g. "Phòng Nội vụ")
  std::vector<std::string> recipients;   // Nơi nhận lines, verbatim without the leading "- "
  Signer signer;
  std::optional<Contest> contest;
  std::vector<Block> body;
  std::vector<std::string> notes;  // editorial notes (e.g. corrections of the source text)

  // The date that pins the legal basis: the document date, else 1 January of its year.
  core::Date effective_date() const;
  const AwardForm* award(const std::string& id) const;
  const Metric* metric(const std::string& id) const;
};

// Parses and validates; all problems go to diags (file:line:col, field path). Returns nullopt when any
// error was found. Cross-checks: ids unique, references resolve, dates ordered, rules well-formed,
// the body references every criteria group, texts are NFC.
std::optional<Movement> parse_movement(const core::Json& root, const std::string& file,
                                       core::Diagnostics& diags);
// Reads the file, checks UTF-8, NFC-normalises, parses JSON and validates.
std::optional<Movement> load_movement(const std::string& path, core::Diagnostics& diags,
                                      std::string* raw = nullptr);

// Every rule type and the fields it takes, for docs and `tdkt movement rules`.
const std::vector<std::pair<std::string, std::string>>& rule_types();

}  // namespace tdkt::domain
