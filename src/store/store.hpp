// The workspace: one SQLite file (WAL, foreign keys on, numbered migrations). Every write runs in a
// transaction and appends a hash-chained row to the audit log. The only place that includes sqlite3.h.
#pragma once
#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "core/environment.hpp"
#include "domain/dataset.hpp"
#include "domain/round.hpp"
#include "text/collate.hpp"

namespace tdkt::store {

struct AgencyRow {
  int64_t id = 0;
  std::string code, name, short_name, level, kind;
  std::optional<int64_t> parent_id;
  std::string parent_code;
  std::string place;  // "" = derived from the name
};
struct PersonRow {
  int64_t id = 0;
  std::string code, full_name, ho, dem, ten, gender, position, birth_date;
  int64_t agency_id = 0;
  std::string agency_code, agency_name;
  bool key_leader = false;
};
struct MovementRow {
  int64_t id = 0;
  std::string code, name, kind, scope, issuer, doc_date, period_from, period_to, source_file, sha256,
      imported_at;
  std::string definition;  // the normalised JSON as imported
};
struct AuditRow {
  int64_t seq = 0;
  std::string at, actor, role, action, entity, entity_id, detail, prev_hash, hash;
};
struct Actor {
  std::string name = "tdkt";
  std::string role = "system";
};
struct CatalogRow {
  std::string code, name, kind, authority, valid_to;
};
struct ImportCounts {
  int agencies = 0, people = 0, metric_values = 0, ratings = 0, awards = 0, disciplines = 0, initiatives = 0;
};

class Store {
 public:
  struct Options {
    bool create = true;
    // Opened read-only also when the file or its folder cannot be written; writes are then refused.
    bool read_only = false;
    int busy_timeout_ms = 15000;
    // Durable commits; NORMAL is faster and still crash-safe for a process kill.
    std::string synchronous = "FULL";
    core::Clock clock = core::Clock::system();  // the time written into audit rows and created_at columns
  };
  // Opens (and creates) the workspace and applies pending migrations in one transaction.
  // Throws core::Error with a Vietnamese message on failure.
  static std::unique_ptr<Store> open(const std::string& path, const Options& o);
  static std::unique_ptr<Store> open(const std::string& path) { return open(path, Options{}); }
  ~Store();
  Store(const Store&) = delete;
  Store& operator=(const Store&) = delete;

  int schema_version();
  bool read_only() const;
  static int latest_schema_version();
  static const std::string& migration_sql(int number);  // 1-based; for tests that build an old workspace
  const std::string& path() const { return path_; }

  // Runs f inside BEGIN IMMEDIATE … COMMIT; rolls back and rethrows if f throws.
  void transaction(const std::function<void()>& f);
  // Appends to the audit log; must be called inside transaction().
  void audit(const Actor& who, const std::string& action, const std::string& entity,
             const std::string& entity_id, const std::string& detail);

  // Agencies and people (upsert by code).
  int64_t put_agency(const domain::Agency& a);
  int64_t put_person(const domain::Person& p);
  std::optional<AgencyRow> agency(const std::string& code);
  std::vector<AgencyRow> agencies();
  std::optional<PersonRow> person(const std::string& code);
  // Sorted by tên, đệm, họ (Vietnamese collation with the given tone order); agency_code empty = everyone.
  std::vector<PersonRow> people(const std::string& agency_code = "",
                                const text::ToneOrder& order = text::ToneOrder());

  // Imports a whole dataset in one transaction (all or nothing). Unknown references throw core::Error
  // naming the row.
  ImportCounts import_dataset(const domain::Dataset& ds, const std::string& source, const Actor& who);

  // Movements.
  int64_t put_movement(const MovementRow& m, const Actor& who);
  std::vector<MovementRow> movements();
  std::optional<MovementRow> movement(const std::string& code);

  // Workspace settings (validated by app/, stored here, changes audited).
  std::optional<std::string> setting(const std::string& key);
  std::vector<std::pair<std::string, std::string>> settings();
  void set_setting(const std::string& key, const std::string& value, const Actor& who);

  // Records the legal data file (by SHA-256) and its award catalogue, so a workspace keeps the rules it ran
  // under. Returns true when this content was new to the workspace.
  bool sync_catalog(const std::string& legal_content, const std::vector<CatalogRow>& rows, const Actor& who);
  std::vector<CatalogRow> catalog();

  std::optional<double> metric_value(const std::string& subject_type, int64_t subject_id,
                                     const std::string& metric, int year);
  int64_t count(const std::string& table);

  // ─── The award round. Writers must run inside transaction() and the caller audits in the same one. ───
  void put_user(const domain::User& u);
  std::optional<domain::User> user(const std::string& name, domain::Role role);
  std::vector<domain::User> users();

  int64_t create_dossier(int64_t movement_id, int64_t agency_id, const std::string& round);
  std::optional<domain::Dossier> dossier(int64_t id);
  std::vector<domain::Dossier> dossiers(const std::string& movement_code = "", const std::string& round = "");
  // Writes the dossier's state and workflow columns and bumps its version, only if the stored version is
  // still `expected_version`. False = someone else changed it first (optimistic concurrency).
  bool update_dossier(const domain::Dossier& d, int64_t expected_version);

  int64_t add_nomination(int64_t dossier_id, domain::SubjectKind kind, int64_t subject_id,
                         const std::string& award, const std::string& summary);
  // The other dossier of the same movement and round (not withdrawn) that already nominates this subject for
  // this award; ask inside the transaction that adds.
  std::optional<int64_t> nominated_in_round(int64_t dossier_id, domain::SubjectKind kind, int64_t subject_id,
                                            const std::string& award);
  std::vector<domain::Nomination> nominations(int64_t dossier_id);
  // brief: summary and appraisal_detail left empty (for rules, quotas and counts over a whole round).
  // subjects_of: only the nominations (of any dossier of the round) whose subject is nominated in that
  // dossier.
  std::vector<domain::Nomination> round_nominations(int64_t movement_id, const std::string& round,
                                                    bool brief = false,
                                                    std::optional<int64_t> subjects_of = std::nullopt);
  std::optional<domain::Nomination> nomination(int64_t id);
  void update_nomination(const domain::Nomination& n);

  int64_t add_meeting(const domain::Meeting& m);
  std::vector<domain::Meeting> meetings(int64_t movement_id, const std::string& round,
                                        domain::MeetingKind kind,
                                        std::optional<int64_t> dossier_id = std::nullopt);
  void put_council_member(int64_t movement_id, const domain::CouncilMember& m);
  std::vector<domain::CouncilMember> council_members(int64_t movement_id);

  int64_t add_document(const domain::StoredDocument& d);
  std::vector<domain::StoredDocument> documents(int64_t dossier_id);
  std::vector<domain::StoredDocument> all_documents();  // every version of every document, oldest first
  std::vector<domain::StoredDocument> decision_documents(int64_t decision_id);
  std::vector<domain::StoredDocument> round_documents(int64_t movement_id, const std::string& round);

  // Contests
  void put_contest(int64_t movement_id, const std::string& rules_json);
  std::optional<std::string> contest_rules(int64_t movement_id);
  int64_t add_entry(const domain::ContestEntry& e);
  std::vector<domain::ContestEntry> entries(int64_t movement_id);
  void put_score(const domain::ContestScore& s);
  std::vector<domain::ContestScore> scores(int64_t movement_id);
  void set_entry_result(int64_t entry_id, const std::string& prize, std::optional<int> rank,
                        std::optional<double> points);
  std::vector<domain::InitiativeRef> initiative_refs();  // recognised initiatives, for the duplicate check
  void set_jury_order(int64_t entry_id, std::optional<int> order);

  void put_confirmation(int64_t nomination_id, const std::string& criterion, bool met,
                        const std::string& note, const std::string& actor);
  std::map<std::string, std::pair<bool, std::string>> confirmations(int64_t nomination_id);

  // Next number in a series (per issuing agency, series and year, from 01); inside a transaction.
  int next_number(const std::string& issuer, const std::string& series, int year);
  // The number next_number would give now (documents are rendered with it before the transaction takes it).
  int peek_number(const std::string& issuer, const std::string& series, int year);
  int64_t add_decision(const domain::Decision& d);
  std::vector<domain::Decision> decisions(int64_t movement_id);
  void add_award(const domain::PastAward& a);

  void set_round_date(int64_t movement_id, const std::string& round, const std::string& key,
                      const std::string& date);
  std::map<std::string, std::string> round_dates(int64_t movement_id, const std::string& round);

  // The whole workspace's facts for eligibility, in memory.
  // Everything the rules read. dossier_scope: only the people (and their records) of the dossier's unit, its
  // subunits and its nominees' units; every agency and metric value is kept (rankings compare all units).
  domain::Dataset snapshot(std::optional<int64_t> dossier_scope = std::nullopt);

  // The audit log in order; with an action, only its rows (selected by the query, not read whole).
  std::vector<AuditRow> audit_rows(const std::optional<std::string>& action = std::nullopt);
  // Recomputes the hash chain; returns one Vietnamese message per broken, edited or missing row.
  std::vector<std::string> verify_audit();
  // The last row of the chain (seq 0 and the genesis hash when the log is empty): what a packet, a PDF or a
  // checkpoint records, so that deleting the last rows or recomputing the chain shows against it.
  struct AuditHead {
    int64_t seq = 0;
    std::string hash;
  };
  AuditHead audit_head();
  // The hash recorded for row seq; nullopt when there is no such row.
  std::optional<std::string> audit_hash_at(int64_t seq);
  std::string integrity_check();  // "ok" when healthy

  // For tests and tools: execute raw SQL (no result).
  void exec(const std::string& sql);

  struct Impl;

 private:
  void refuse_round_duplicates();  // before migration 9
  explicit Store(std::string path);
  std::string path_;
  std::unique_ptr<Impl> impl_;
};

std::string audit_hash(const AuditRow& r);

}  // namespace tdkt::store
