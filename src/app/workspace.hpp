// The workspace one command works on, opened once: the environment (clock, data roots), who acts, the store
// (opened on first use), the legal data and the form set (read once), and the round's lookups every use case
// starts with — each a Result that carries the refusal a person reads when it fails.
#pragma once
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "app/outcome.hpp"
#include "core/environment.hpp"
#include "domain/movement.hpp"
#include "domain/round.hpp"
#include "forms/pipeline.hpp"
#include "rules/legal.hpp"
#include "store/files.hpp"
#include "store/store.hpp"
#include "text/collate.hpp"

namespace tdkt::app {

// Who runs the command and on which store (from --db, --legal, --as, --tones, or a server session).
struct Session {
  std::string db_path = "tdkt.db";
  std::vector<std::string> legal_overrides;
  store::Actor actor;
  std::string tones;  // overrides the workspace's tone_order for this command
};

// A movement of the workspace with its parsed definition.
struct StoredMovement {
  store::MovementRow row;
  core::Json json;  // the definition as stored
  domain::Movement m;
};

// Which role the actor plays in the workflow, and their registered account for it.
struct ActorInfo {
  std::optional<domain::Role> role;
  std::optional<domain::User> user;
};

class Workspace {
 public:
  Workspace(core::Environment env, Session session);
  ~Workspace();
  Workspace(const Workspace&) = delete;
  Workspace& operator=(const Workspace&) = delete;

  const core::Environment& env() const { return env_; }
  const Session& session() const { return session_; }
  const store::Actor& actor() const { return session_.actor; }
  core::Date today() const { return env_.clock.today(); }
  std::string now_iso() const { return env_.clock.now_iso(); }
  // "SEQ:HASH": the head of the store's audit chain, written into the PDFs and packets a command makes.
  std::string audit_anchor();

  // The store, opened (and migrated) on first use; throws core::Error when it cannot be opened.
  store::Store& store();
  bool store_exists() const;
  // Documents and attachments by SHA-256, in the folder beside the store (store/files.hpp).
  store::FileStore& files();
  void transaction(const std::function<void()>& f) { store().transaction(f); }
  // An audit row by the actor, inside the caller's transaction.
  void audit(const std::string& action, const std::string& entity, const std::string& id,
             const std::string& detail);

  // The legal data (base + --legal overrides), read once; unreadable → exit 10 with the reasons.
  Result<const rules::LegalData*> legal();
  // The located problems of the legal data files, after legal() failed (for commands about the data itself).
  const core::Diagnostics& legal_diagnostics() const { return legal_diags_; }
  // The legal data file's bytes as read (base, then each override), for the workspace's copy.
  std::string legal_content();
  // Not found → exit 3; a stored definition that no longer parses → exit 10.
  Result<const StoredMovement*> movement(const std::string& code);
  Result<domain::Dossier> dossier(int64_t id);
  // The role and account of the actor (--as VAI_TRÒ:TÊN).
  ActorInfo actor_info();
  // Refused unless the actor plays `want` and is registered for it.
  std::optional<Outcome> require_role(domain::Role want);

  // The form set (forms_dir), read once; declarations with errors are left out and their reasons kept.
  const forms::Registry& forms();
  const core::Diagnostics& form_problems();
  // The shipped templates, and the office's own folder (setting templates_dir, or `office` when given).
  forms::Templates templates(const std::string& office = "");
  // Where readable copies of generated documents go: setting thu_muc_van_ban, else van-ban beside the store.
  std::string documents_dir();
  // The tone order for sorting names: --tones, else the workspace setting, else the default.
  text::ToneOrder tone_order(core::Diagnostics& d);
  // The award catalogue's names (code → name) for explanations, read once per workspace.
  const std::map<std::string, std::string>& catalog_names();
  // Holidays for working-day deadlines (setting ngay_nghi).
  std::set<core::Date> holidays();

 private:
  core::Environment env_;
  Session session_;
  std::unique_ptr<store::Store> store_;
  std::unique_ptr<store::FileStore> files_;
  std::optional<rules::LegalData> legal_;
  std::optional<Outcome> legal_error_;
  core::Diagnostics legal_diags_;
  std::map<std::string, std::unique_ptr<StoredMovement>> movements_;
  std::optional<forms::Registry> forms_;
  core::Diagnostics form_problems_;
  std::optional<std::map<std::string, std::string>> catalog_;
};

// Runs a use case; environmental failures (disk, SQLite, a broken file) become exit 10 with the message. The
// only place that turns exceptions into outcomes.
Outcome guarded(const std::function<Outcome()>& f);

}  // namespace tdkt::app
