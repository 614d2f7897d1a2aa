// Internal to app/: the exception boundary and shared helpers of the use cases.
#pragma once
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <utility>

#include "app/app.hpp"

namespace tdkt::app {

// Runs a use case; environmental failures (disk, SQLite) become exit 10 with the message.
template <class F>
Outcome guarded(F&& f) {
  try {
    return f();
  } catch (const core::Error& e) {
    Outcome o;
    o.exit = kEnvironment;
    o.diags.error({}, "", e.what());
    return o;
  } catch (const std::exception& e) {
    Outcome o;
    o.exit = kEnvironment;
    o.diags.error({}, "", std::string("lỗi không mong đợi: ") + e.what());
    return o;
  }
}

std::unique_ptr<store::Store> open_store(const Context& c);
std::optional<rules::LegalData> legal(const Context& c, core::Diagnostics& d);
// A movement of the workspace with its parsed definition. Not found → exit 3 with the message in o;
// a definition that no longer parses → exit 10.
struct StoredMovement {
  store::MovementRow row;
  core::Json json;  // the definition as stored
  domain::Movement m;
};
std::optional<StoredMovement> load_movement(store::Store& s, const std::string& code, Outcome& o);

// Workspace setting values: "2025-01-27, 2025-01-28" (holidays) and ">50" / ">=80" (vote thresholds:
// percent and whether it is strict). nullopt when malformed.
std::optional<std::set<core::Date>> parse_date_list(const std::string& value);
std::optional<std::pair<int, bool>> parse_threshold(const std::string& value);

// Keeps a copy of the legal data (base + overrides) and its award catalogue in the workspace.
void sync_legal(store::Store& s, const Context& c);

// ─── Shared by the round, the spreadsheets, the imports and the packets ───
Outcome fail(int code, const std::string& msg, const std::string& hint = "");
// The round key: a year ("2024") or "tong_ket" (the period's final round).
bool valid_round(const std::string& r);
std::string round_label(const std::string& r);  // "năm 2024", "tổng kết giai đoạn"
// Kept by the unit's vote (every outcome after "giu").
bool is_kept(const store::NominationRow& n);
std::string outcome_label(const std::string& o);
std::string award_name(const StoredMovement& L, const std::string& id);
// Renders a form to DOCX and PDF under the workspace's documents folder (temp file + rename); returns the
// rows to record, or nothing when the form did not render (the reasons in o.diags).
std::vector<store::DocumentRow> write_documents(store::Store& s, const Context& c, const std::string& form,
                                                const core::Json& data, const std::string& stem,
                                                const std::string& kind, const std::string& title,
                                                Outcome& o);
// JSON for the forms' data: a string, a list of strings.
core::Json S(const std::string& s);
core::Json arr(const std::vector<std::string>& v);
// "; a.docx sha256=…; a.pdf sha256=…": the files of generated documents, for an audit row.
std::string docs_detail(const std::vector<store::DocumentRow>& docs);
// The issuer's header lines ("ỦY BAN NHÂN DÂN" / "HUYỆN PHÙ MỸ") and its area in running text ("huyện Phù
// Mỹ").
std::vector<std::string> issuer_lines_of(const domain::Movement& m);
std::string issuer_area(const StoredMovement& L);
// The council's vote threshold for an award on a date: percent of all members and whether it is strict
// ("more than"); source says where it comes from (the legal basis or the workspace default).
std::pair<int, bool> council_threshold(store::Store& s, const rules::LegalData& Lg,
                                       const std::string& catalog, core::Date on, std::string& source);
// The tone order for sorting names: --tones, else the workspace setting tone_order, else the default.
text::ToneOrder tone_order(store::Store& s, const Context& c, core::Diagnostics& d);
// "05" for 5, "12" for 12: document numbers and file names.
std::string two_digits(int n);
// Where generated documents go: setting thu_muc_van_ban, else "van-ban" next to the workspace.
std::string documents_dir(store::Store& s, const Context& c);

}  // namespace tdkt::app
