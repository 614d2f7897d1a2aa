// The use cases of tdkt, as every front end calls them: one request struct per use case (the shape the CLI
// fills from its options and the HTTP API from a JSON body) and one function taking the Workspace opened for
// the command. Each returns an Outcome; none prints, none reads the process environment.
#pragma once
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "app/outcome.hpp"
#include "core/date.hpp"

namespace tdkt::app {

class Workspace;

// ─── Workspace and registry ───
struct Init {};
struct ConfigList {};
struct ConfigSet {
  std::string key, value;
};
// The chain, and against anchors made earlier: checkpoints (HMAC under a key kept outside the store), packets
// (manifest.json) and generated PDFs (Info /TdktAuditHead) — truncation and recomputation show against them.
struct AuditVerify {
  std::vector<std::string> against;
  std::string key;  // the checkpoint key file (needed for checkpoints)
};
// A dated, keyed head of the chain, written to `out`; the key file is made (0600) when it does not exist.
struct AuditCheckpoint {
  std::string key, out;
};
struct WorkspaceCheck {};
struct MovementValidate {
  std::vector<std::string> files;
};
struct MovementImport {
  std::vector<std::string> files;
};
struct MovementList {};
struct MovementShow {
  std::string code;
};
struct MovementStatus {
  std::string movement, round;  // round "" = every round
};
struct MovementDate {
  std::string movement, round, key, date;  // key: a deadline or event of the plan
};
struct MovementIssued {
  std::string movement, number, date;  // the number and date the văn thư gave the issued plan
};
struct DataImport {
  std::string file;
};
struct UnitList {};
struct PersonList {
  std::string unit;  // "" = everyone
};
struct LegalShow {
  core::Date date;
};
struct LegalMoney {
  std::string award, subject = "ca_nhan";
  core::Date date;
};
struct UserAdd {
  std::string name, role, unit, title;
};
struct UserList {};
struct WorkflowDiagram {
  bool dot = false;
};

Outcome init_workspace(Workspace& w, const Init& r);
Outcome config_list(Workspace& w, const ConfigList& r);
Outcome config_set(Workspace& w, const ConfigSet& r);
Outcome audit_verify(Workspace& w, const AuditVerify& r);
Outcome audit_checkpoint(Workspace& w, const AuditCheckpoint& r);
Outcome workspace_check(Workspace& w, const WorkspaceCheck& r);
Outcome movement_validate(Workspace& w, const MovementValidate& r);
Outcome movement_import(Workspace& w, const MovementImport& r);
Outcome movement_list(Workspace& w, const MovementList& r);
Outcome movement_show(Workspace& w, const MovementShow& r);
Outcome movement_status(Workspace& w, const MovementStatus& r);
Outcome movement_date(Workspace& w, const MovementDate& r);
Outcome movement_issued(Workspace& w, const MovementIssued& r);
Outcome data_import(Workspace& w, const DataImport& r);
Outcome unit_list(Workspace& w, const UnitList& r);
Outcome person_list(Workspace& w, const PersonList& r);
Outcome legal_show(Workspace& w, const LegalShow& r);
Outcome legal_money(Workspace& w, const LegalMoney& r);
Outcome user_add(Workspace& w, const UserAdd& r);
Outcome user_list(Workspace& w, const UserList& r);
Outcome workflow_diagram(Workspace& w, const WorkflowDiagram& r);

// ─── A unit's dossier ───
struct DossierCreate {
  std::string movement, unit, round;
};
struct DossierNominate {
  int64_t dossier = 0;
  std::string award, subject, summary;  // subject: "person:MÃ" | "agency:MÃ"
};
// A meeting and its votes: the unit's (họp xét) or the council's sitting.
struct MeetingInput {
  std::string date, place, chair, secretary;
  int members = 0, present = 0;
  std::vector<std::pair<std::string, std::string>> absences;  // name, written opinion
  std::vector<std::pair<int64_t, int>> votes;                 // nomination id, votes in favour
  std::string number{};                                       // the Biên bản's number as typed ("" = none)
  std::string starts{}, ends{};                               // "08:00", "10:30" ("" = not recorded)
};
struct DossierMeeting {
  int64_t dossier = 0;
  MeetingInput meeting;
};
struct DossierAttach {
  int64_t dossier = 0, nomination = 0;
  std::string file;
};
// Every file of a folder, each matched to the nominee whose code or name its file name contains.
struct DossierAttachFolder {
  int64_t dossier = 0;
  std::string folder;
};
struct DossierGenerate {
  int64_t dossier = 0;
};
struct DossierAct {
  int64_t dossier = 0;
  std::string action, reason;
  std::optional<int64_t> expect_version;
};
struct DossierShow {
  int64_t dossier = 0;
};
struct DossierList {
  std::string movement, round;
};
// One or several dossiers of the same round, checked first and appraised in one transaction.
struct DossierAppraise {
  std::vector<int64_t> dossiers;
};
// A manual criterion confirmed for one nomination, or for every kept nomination of a dossier it conditions.
struct NominationConfirm {
  std::optional<int64_t> nomination, dossier;
  std::string criterion;
  bool met = true;
  std::string note;
};
// Who meets an award's criteria, without a dossier (subject "" = every candidate of the right kind).
struct Eligibility {
  std::string movement, round, award, subject;
};

Outcome dossier_create(Workspace& w, const DossierCreate& r);
Outcome dossier_nominate(Workspace& w, const DossierNominate& r);
Outcome dossier_meeting(Workspace& w, const DossierMeeting& r);
Outcome dossier_attach(Workspace& w, const DossierAttach& r);
Outcome dossier_attach_folder(Workspace& w, const DossierAttachFolder& r);
Outcome dossier_generate(Workspace& w, const DossierGenerate& r);
Outcome dossier_act(Workspace& w, const DossierAct& r);
Outcome dossier_show(Workspace& w, const DossierShow& r);
Outcome dossier_list(Workspace& w, const DossierList& r);
Outcome dossier_appraise(Workspace& w, const DossierAppraise& r);
Outcome nomination_confirm(Workspace& w, const NominationConfirm& r);
Outcome eligibility(Workspace& w, const Eligibility& r);

// ─── Council and decision ───
struct CouncilMemberAdd {
  std::string movement, name, position, role = "uy_vien";
};
struct CouncilVote {
  std::string movement, round;
  MeetingInput meeting;
};
// Báo cáo thẩm định of a round by the appraising office (numbered BC-<office> in its series).
struct CouncilReport {
  std::string movement, round, office, signer, title;
};
// Biên bản họp Hội đồng TĐKT of the round's latest sitting (numbered BB-HĐTĐKT).
struct CouncilMinutes {
  std::string movement, round;
};
struct DecisionIssue {
  std::string movement, round;
  std::vector<int64_t> dossiers;  // empty = every dossier the council voted on
};

Outcome council_member_add(Workspace& w, const CouncilMemberAdd& r);
Outcome council_vote(Workspace& w, const CouncilVote& r);
Outcome council_report(Workspace& w, const CouncilReport& r);
Outcome council_minutes(Workspace& w, const CouncilMinutes& r);
Outcome decision_issue(Workspace& w, const DecisionIssue& r);

// ─── Contests ───
struct ContestImport {
  std::string file;
};
struct ContestEntryAdd {
  std::string movement, title, summary, file;
  int topic = 0;                     // 1-based, into the plan's topics
  std::vector<std::string> authors;  // "person:MÃ" / "agency:MÃ"
};
struct ContestEntries {
  std::string movement;
  bool blind = false;
};
// Points of one judge for one entry (every criterion), or the judge's whole sheet from a CSV/XLSX file.
struct ContestScore {
  std::string movement, judge, entry;
  std::map<std::string, double> points;
  std::string file;  // when set: the sheet, and entry/points are not used
};
struct ContestResults {
  std::string movement;
};
// The jury's order for entries still tied after the rules' tie-break criteria (one tie group, best first).
struct ContestDecide {
  std::string movement;
  std::vector<std::string> order;
  std::string note;
};
struct ContestEstablish {
  std::string movement;
};
struct ContestSheets {
  std::string movement;
};
struct ContestAward {
  std::string movement, place;
};

Outcome contest_import(Workspace& w, const ContestImport& r);
Outcome contest_entry_add(Workspace& w, const ContestEntryAdd& r);
Outcome contest_entries(Workspace& w, const ContestEntries& r);
Outcome contest_score(Workspace& w, const ContestScore& r);
Outcome contest_results(Workspace& w, const ContestResults& r);
Outcome contest_decide(Workspace& w, const ContestDecide& r);
Outcome contest_establish(Workspace& w, const ContestEstablish& r);
Outcome contest_sheets(Workspace& w, const ContestSheets& r);
Outcome contest_award(Workspace& w, const ContestAward& r);

// ─── Lists in and out, packets ───
struct ImportTable {
  std::string kind;               // "nominations" | "people" | "units"
  std::string file, sheet, mark;  // mark: where to write the marked copy (.xlsx), "" = none
  int64_t dossier = 0;
  bool good_rows_only = false;
};
// An empty list to fill in, with the columns, a sample row and a sheet of instructions.
struct ImportTemplate {
  std::string kind, out;
  int64_t dossier = 0;
};
struct ExportWorkbook {
  std::string movement, round, out;
  std::string sort =
      "don_vi";         // "don_vi": by unit then tên; "quyet_dinh": the order of the Quyết định's list
  bool stream = false;  // constant memory even for small lists (large ones always stream)
  int64_t dossier = 0;  // only this dossier's list (no council sheets)
};
// target: a dossier ("3"), a decision ("qd:1") or a contest ("ct:MÃ").
struct PacketBuild {
  std::string target, out;
};
struct PacketVerify {
  std::string file;
};

Outcome import_table(Workspace& w, const ImportTable& r);
Outcome import_template(Workspace& w, const ImportTemplate& r);
Outcome export_workbook(Workspace& w, const ExportWorkbook& r);
Outcome packet_build(Workspace& w, const PacketBuild& r);
Outcome packet_verify(Workspace& w, const PacketVerify& r);

// ─── Forms ───
struct FormsList {};
struct FormsStyles {};
struct FormsCheck {
  std::string templates;  // an office's templates folder to check instead of the shipped ones
};
struct RenderForm {
  std::string form;
  std::string movement;              // a workspace movement, or
  std::string data_file;             // a data file (a movement file for the Kế hoạch)
  std::string to = "docx";           // "docx" | "pdf" | "ir" | "pageset" | "lines"
  std::string breaks = "first-fit";  // PDF line breaking: "first-fit" (as Word) | "total-fit" (Knuth–Plass)
  std::string out;                   // output path; "-" = the result's text (ir, pageset, lines)
  std::string templates;             // an office's templates folder
};

Outcome forms_list(Workspace& w, const FormsList& r);
Outcome forms_styles(Workspace& w, const FormsStyles& r);
Outcome forms_check(Workspace& w, const FormsCheck& r);
Outcome render_form(Workspace& w, const RenderForm& r);

// ─── Text tools (no workspace needed) ───
struct TextWords {
  uint64_t number = 0;
  bool money = false;  // "… đồng"
};
struct TextDate {
  core::Date date;
  std::string place;
};
struct TextDocno {
  int number = 0;
  std::string symbol;
};
struct TextName {
  std::string name;
};
struct TextSort {
  std::vector<std::string> names;  // NFC, non-empty
  std::string tones;
};

Outcome text_words(Workspace& w, const TextWords& r);
Outcome text_date(Workspace& w, const TextDate& r);
Outcome text_docno(Workspace& w, const TextDocno& r);
Outcome text_name(Workspace& w, const TextName& r);
Outcome text_sort(Workspace& w, const TextSort& r);

}  // namespace tdkt::app
