// SQLite implementation of the workspace: connection setup, migrations, repositories and the audit chain.
#include "store/store.hpp"

#include <sqlite3.h>

#include <algorithm>
#include <map>

#include "core/diag.hpp"
#include "core/files.hpp"
#include "store/sqlite.hpp"
#include "text/names.hpp"

namespace tdkt::store {

using core::Error;

namespace {

// Numbered migrations; a workspace records the highest applied one in PRAGMA user_version.
const std::vector<std::string> kMigrations = {
    // 1: the foundation schema.
    R"SQL(
CREATE TABLE agencies(
  id INTEGER PRIMARY KEY,
  code TEXT NOT NULL UNIQUE,
  name TEXT NOT NULL,
  short_name TEXT NOT NULL DEFAULT '',
  level TEXT NOT NULL,
  kind TEXT NOT NULL DEFAULT '',
  parent_id INTEGER REFERENCES agencies(id),
  valid_to TEXT
);
CREATE INDEX agencies_parent ON agencies(parent_id);
CREATE TABLE people(
  id INTEGER PRIMARY KEY,
  code TEXT NOT NULL UNIQUE,
  full_name TEXT NOT NULL,
  ho TEXT NOT NULL, dem TEXT NOT NULL, ten TEXT NOT NULL,
  sort_key BLOB NOT NULL,
  gender TEXT NOT NULL DEFAULT '',
  birth_date TEXT,
  position TEXT NOT NULL DEFAULT '',
  agency_id INTEGER NOT NULL REFERENCES agencies(id),
  key_leader INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX people_agency ON people(agency_id);
CREATE TABLE movements(
  id INTEGER PRIMARY KEY,
  code TEXT NOT NULL UNIQUE,
  name TEXT NOT NULL,
  kind TEXT NOT NULL,
  scope TEXT NOT NULL,
  issuer TEXT NOT NULL,
  doc_date TEXT NOT NULL,
  period_from TEXT NOT NULL,
  period_to TEXT NOT NULL,
  source_file TEXT NOT NULL,
  definition TEXT NOT NULL,
  sha256 TEXT NOT NULL,
  imported_at TEXT NOT NULL
);
CREATE TABLE metric_values(
  subject_type TEXT NOT NULL CHECK(subject_type IN ('agency','person')),
  subject_id INTEGER NOT NULL,
  metric TEXT NOT NULL,
  year INTEGER NOT NULL,
  value REAL NOT NULL,
  PRIMARY KEY(subject_type, subject_id, metric, year)
);
CREATE TABLE ratings(
  subject_type TEXT NOT NULL CHECK(subject_type IN ('agency','person')),
  subject_id INTEGER NOT NULL,
  year INTEGER NOT NULL,
  level TEXT NOT NULL,
  PRIMARY KEY(subject_type, subject_id, year)
);
CREATE TABLE award_history(
  id INTEGER PRIMARY KEY,
  subject_type TEXT NOT NULL CHECK(subject_type IN ('agency','person')),
  subject_id INTEGER NOT NULL,
  year INTEGER NOT NULL,
  award TEXT NOT NULL,
  name TEXT NOT NULL DEFAULT '',
  decision TEXT NOT NULL DEFAULT '',
  decision_date TEXT,
  issuer TEXT NOT NULL DEFAULT '',
  kind TEXT NOT NULL DEFAULT 'cong_trang',
  topic TEXT NOT NULL DEFAULT '',
  UNIQUE(subject_type, subject_id, year, award, decision)
);
CREATE TABLE disciplines(
  id INTEGER PRIMARY KEY,
  person_id INTEGER NOT NULL REFERENCES people(id),
  level TEXT NOT NULL,
  decided TEXT NOT NULL,
  until TEXT,
  note TEXT NOT NULL DEFAULT '',
  UNIQUE(person_id, level, decided)
);
CREATE TABLE initiatives(
  id INTEGER PRIMARY KEY,
  title TEXT NOT NULL,
  level TEXT NOT NULL,
  year INTEGER NOT NULL,
  decision TEXT NOT NULL DEFAULT '',
  UNIQUE(title, year)
);
CREATE TABLE initiative_authors(
  initiative_id INTEGER NOT NULL REFERENCES initiatives(id),
  subject_type TEXT NOT NULL,
  subject_id INTEGER NOT NULL,
  PRIMARY KEY(initiative_id, subject_type, subject_id)
);
CREATE TABLE dossiers(
  id INTEGER PRIMARY KEY,
  movement_id INTEGER NOT NULL REFERENCES movements(id),
  agency_id INTEGER NOT NULL REFERENCES agencies(id),
  state TEXT NOT NULL DEFAULT 'draft',
  version INTEGER NOT NULL DEFAULT 1,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
CREATE TABLE nominations(
  id INTEGER PRIMARY KEY,
  dossier_id INTEGER NOT NULL REFERENCES dossiers(id),
  subject_type TEXT NOT NULL CHECK(subject_type IN ('agency','person')),
  subject_id INTEGER NOT NULL,
  award TEXT NOT NULL,
  outcome TEXT NOT NULL DEFAULT 'proposed',
  summary TEXT NOT NULL DEFAULT '',
  UNIQUE(dossier_id, subject_type, subject_id, award)
);
CREATE TABLE audit_log(
  seq INTEGER PRIMARY KEY,
  at TEXT NOT NULL,
  actor TEXT NOT NULL,
  role TEXT NOT NULL,
  action TEXT NOT NULL,
  entity TEXT NOT NULL,
  entity_id TEXT NOT NULL,
  detail TEXT NOT NULL,
  prev_hash TEXT NOT NULL,
  hash TEXT NOT NULL
);
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
  BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
  BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;
)SQL",
    // 2: workspace settings, and the legal catalogue the workspace ran under (pinned by hash).
    R"SQL(
CREATE TABLE settings(
  key TEXT PRIMARY KEY,
  value TEXT NOT NULL
);
CREATE TABLE legal_snapshots(
  sha256 TEXT PRIMARY KEY,
  content TEXT NOT NULL,
  loaded_at TEXT NOT NULL
);
CREATE TABLE award_catalog(
  code TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  kind TEXT NOT NULL,
  authority TEXT NOT NULL DEFAULT '',
  valid_to TEXT,
  legal_sha256 TEXT NOT NULL REFERENCES legal_snapshots(sha256)
);
)SQL",
    // 3: the award round: users and roles, dossiers in the workflow, meetings and votes, documents,
    // confirmations, decisions, number series and the dates a round needs.
    R"SQL(
ALTER TABLE dossiers ADD COLUMN round TEXT NOT NULL DEFAULT '';
ALTER TABLE dossiers ADD COLUMN late_days INTEGER NOT NULL DEFAULT 0;
ALTER TABLE dossiers ADD COLUMN returned_reason TEXT NOT NULL DEFAULT '';
ALTER TABLE dossiers ADD COLUMN returned_at TEXT;
ALTER TABLE dossiers ADD COLUMN returned_after_doc INTEGER NOT NULL DEFAULT 0;
ALTER TABLE dossiers ADD COLUMN submission_number TEXT NOT NULL DEFAULT '';
ALTER TABLE dossiers ADD COLUMN submission_date TEXT;
CREATE UNIQUE INDEX dossiers_unit_round ON dossiers(movement_id, agency_id, round);
ALTER TABLE nominations ADD COLUMN unit_agree INTEGER;
ALTER TABLE nominations ADD COLUMN appraisal TEXT NOT NULL DEFAULT '';
ALTER TABLE nominations ADD COLUMN appraisal_detail TEXT NOT NULL DEFAULT '';
ALTER TABLE nominations ADD COLUMN council_agree INTEGER;
ALTER TABLE nominations ADD COLUMN council_members INTEGER;
ALTER TABLE nominations ADD COLUMN council_percent INTEGER;
ALTER TABLE nominations ADD COLUMN money INTEGER;
ALTER TABLE nominations ADD COLUMN decision_id INTEGER REFERENCES decisions(id);
CREATE TABLE users(
  name TEXT NOT NULL,
  role TEXT NOT NULL,
  agency_id INTEGER REFERENCES agencies(id),
  title TEXT NOT NULL DEFAULT '',
  PRIMARY KEY(name, role)
);
CREATE TABLE meetings(
  id INTEGER PRIMARY KEY,
  kind TEXT NOT NULL CHECK(kind IN ('don_vi','hoi_dong')),
  movement_id INTEGER NOT NULL REFERENCES movements(id),
  round TEXT NOT NULL,
  dossier_id INTEGER REFERENCES dossiers(id),
  date TEXT NOT NULL,
  place TEXT NOT NULL DEFAULT '',
  chair TEXT NOT NULL DEFAULT '',
  secretary TEXT NOT NULL DEFAULT '',
  members INTEGER NOT NULL,
  present INTEGER NOT NULL,
  created_at TEXT NOT NULL
);
CREATE TABLE meeting_absences(
  meeting_id INTEGER NOT NULL REFERENCES meetings(id),
  name TEXT NOT NULL,
  opinion TEXT NOT NULL DEFAULT '',
  PRIMARY KEY(meeting_id, name)
);
CREATE TABLE council_members(
  movement_id INTEGER NOT NULL REFERENCES movements(id),
  name TEXT NOT NULL,
  position TEXT NOT NULL DEFAULT '',
  council_role TEXT NOT NULL DEFAULT 'uy_vien',
  PRIMARY KEY(movement_id, name)
);
CREATE TABLE documents(
  id INTEGER PRIMARY KEY,
  dossier_id INTEGER REFERENCES dossiers(id),
  nomination_id INTEGER REFERENCES nominations(id),
  decision_id INTEGER REFERENCES decisions(id),
  kind TEXT NOT NULL,
  title TEXT NOT NULL,
  path TEXT NOT NULL,
  sha256 TEXT NOT NULL,
  size INTEGER NOT NULL,
  data_sha256 TEXT NOT NULL DEFAULT '',
  source TEXT NOT NULL CHECK(source IN ('generated','attached')),
  created_at TEXT NOT NULL
);
CREATE INDEX documents_dossier ON documents(dossier_id);
CREATE TABLE confirmations(
  nomination_id INTEGER NOT NULL REFERENCES nominations(id),
  criterion TEXT NOT NULL,
  met INTEGER NOT NULL,
  note TEXT NOT NULL DEFAULT '',
  actor TEXT NOT NULL,
  at TEXT NOT NULL,
  PRIMARY KEY(nomination_id, criterion)
);
CREATE TABLE decisions(
  id INTEGER PRIMARY KEY,
  movement_id INTEGER NOT NULL REFERENCES movements(id),
  round TEXT NOT NULL,
  number INTEGER NOT NULL,
  symbol TEXT NOT NULL,
  date TEXT NOT NULL,
  signer TEXT NOT NULL,
  total_money INTEGER NOT NULL,
  created_at TEXT NOT NULL
);
CREATE TABLE number_series(
  issuer TEXT NOT NULL,
  series TEXT NOT NULL,
  year INTEGER NOT NULL,
  last INTEGER NOT NULL,
  PRIMARY KEY(issuer, series, year)
);
CREATE TABLE round_dates(
  movement_id INTEGER NOT NULL REFERENCES movements(id),
  round TEXT NOT NULL,
  key TEXT NOT NULL,
  date TEXT NOT NULL,
  PRIMARY KEY(movement_id, round, key)
);
)SQL",
    // 4: documents of a whole round (Báo cáo thẩm định, Biên bản họp Hội đồng), not of one dossier.
    R"SQL(
ALTER TABLE documents ADD COLUMN movement_id INTEGER REFERENCES movements(id);
ALTER TABLE documents ADD COLUMN round TEXT;
CREATE INDEX documents_round ON documents(movement_id, round);
)SQL",
    // 5: contests — the rules (Thể lệ) of a movement of kind cuoc_thi, its entries and the judges' points.
    R"SQL(
CREATE TABLE contests(
  movement_id INTEGER PRIMARY KEY REFERENCES movements(id),
  rules TEXT NOT NULL,
  imported_at TEXT NOT NULL
);
CREATE TABLE contest_entries(
  id INTEGER PRIMARY KEY,
  movement_id INTEGER NOT NULL REFERENCES movements(id),
  code TEXT NOT NULL,
  title TEXT NOT NULL,
  topic INTEGER NOT NULL,
  summary TEXT NOT NULL DEFAULT '',
  authors TEXT NOT NULL,
  author_names TEXT NOT NULL,
  unit_code TEXT NOT NULL,
  file_path TEXT NOT NULL DEFAULT '',
  file_sha256 TEXT NOT NULL DEFAULT '',
  submitted_on TEXT NOT NULL,
  prize TEXT NOT NULL DEFAULT '',
  rank INTEGER,
  points REAL,
  created_at TEXT NOT NULL,
  UNIQUE(movement_id, code)
);
CREATE TABLE contest_scores(
  entry_id INTEGER NOT NULL REFERENCES contest_entries(id),
  judge TEXT NOT NULL,
  criterion TEXT NOT NULL,
  points REAL NOT NULL,
  created_at TEXT NOT NULL,
  PRIMARY KEY(entry_id, judge, criterion)
);
)SQL",
    // 6: the Ban giám khảo's order for entries still tied after the rules' tie-break criteria.
    R"SQL(
ALTER TABLE contest_entries ADD COLUMN jury_order INTEGER;
)SQL",
    // 7: the appraisal as structure (rules::Assessment as JSON), read by the Báo cáo thẩm định; rows
    // appraised
    // before keep only their text explanation.
    R"SQL(
ALTER TABLE nominations ADD COLUMN appraisal_json TEXT NOT NULL DEFAULT '';
)SQL",
    // 8: files by content beside the store (tdkt.tep/sha256/…), recorded by relative path.
    R"SQL(
ALTER TABLE documents ADD COLUMN blob TEXT NOT NULL DEFAULT '';
ALTER TABLE contest_entries ADD COLUMN file_blob TEXT NOT NULL DEFAULT '';
)SQL",
    // 9: one nomination of a subject for an award in a round, whatever path writes it: the dossier's movement
    // and round copied onto its nominations, with whether the dossier still counts (not withdrawn), under a
    // partial unique index. Two imports at once cannot both pass, and neither can any other writer.
    R"SQL(
ALTER TABLE nominations ADD COLUMN movement_id INTEGER;
ALTER TABLE nominations ADD COLUMN round TEXT;
ALTER TABLE nominations ADD COLUMN active INTEGER NOT NULL DEFAULT 1;
UPDATE nominations SET
  movement_id=(SELECT movement_id FROM dossiers d WHERE d.id=dossier_id),
  round=(SELECT round FROM dossiers d WHERE d.id=dossier_id),
  active=(SELECT state<>'da_rut' FROM dossiers d WHERE d.id=dossier_id);
CREATE TRIGGER nominations_in_round AFTER INSERT ON nominations BEGIN
  UPDATE nominations SET
    movement_id=(SELECT movement_id FROM dossiers d WHERE d.id=NEW.dossier_id),
    round=(SELECT round FROM dossiers d WHERE d.id=NEW.dossier_id),
    active=(SELECT state<>'da_rut' FROM dossiers d WHERE d.id=NEW.dossier_id)
  WHERE id=NEW.id;
END;
CREATE TRIGGER nominations_follow_dossier AFTER UPDATE OF state ON dossiers BEGIN
  UPDATE nominations SET active=(NEW.state<>'da_rut')
  WHERE dossier_id=NEW.id AND active<>(NEW.state<>'da_rut');
END;
CREATE TRIGGER nominations_stay_in_dossier BEFORE UPDATE OF dossier_id, movement_id, round ON nominations
  WHEN NEW.dossier_id<>OLD.dossier_id OR (OLD.movement_id IS NOT NULL AND
       (NEW.movement_id IS NOT OLD.movement_id OR NEW.round IS NOT OLD.round))
  BEGIN SELECT RAISE(ABORT, 'a nomination stays in its dossier'); END;
CREATE UNIQUE INDEX nominations_once_in_round
  ON nominations(movement_id, round, subject_type, subject_id, award) WHERE active=1;
)SQL",
    // 10: a meeting's Biên bản number in the unit's register and its opening and closing hours.
    R"SQL(
ALTER TABLE meetings ADD COLUMN number INTEGER;
ALTER TABLE meetings ADD COLUMN starts TEXT NOT NULL DEFAULT '';
ALTER TABLE meetings ADD COLUMN ends TEXT NOT NULL DEFAULT '';
)SQL",
    // 11: the địa danh a unit writes in its place-date line when it is not its bare name (NĐ 30/2020).
    "ALTER TABLE agencies ADD COLUMN place TEXT NOT NULL DEFAULT '';",
};

const std::string kGenesis(64, '0');

}  // namespace

Store::Store(std::string path) : path_(std::move(path)), impl_(std::make_unique<Impl>()) {}
Store::~Store() {
  if (impl_ && impl_->db) sqlite3_close_v2(impl_->db);
}

int Store::latest_schema_version() {
  return static_cast<int>(kMigrations.size());
}
const std::string& Store::migration_sql(int n) {
  return kMigrations.at(static_cast<size_t>(n - 1));
}

std::unique_ptr<Store> Store::open(const std::string& path, const Options& o) {
  std::unique_ptr<Store> s(new Store(path));
  s->impl_->clock = o.clock;
  s->impl_->db = connect(path, o, s->impl_->read_only);
  sqlite3_busy_timeout(s->impl_->db, o.busy_timeout_ms);
  sqlite3_extended_result_codes(s->impl_->db, 1);
  if (!s->impl_->read_only) s->impl_->exec("PRAGMA journal_mode=WAL");
  s->impl_->exec("PRAGMA foreign_keys=ON");
  s->impl_->exec("PRAGMA synchronous=" + o.synchronous);
  // Read the header first so that a file that is not a workspace fails clearly.
  Stmt q(s->impl_->db, "PRAGMA application_id");
  q.step();
  int64_t app = q.i64(0);
  constexpr int64_t kAppId = 0x54444B54;  // "TDKT"
  int version = s->schema_version();
  if (app != 0 && app != kAppId) throw Error("tệp «" + path + "» không phải kho dữ liệu tdkt");
  if (app == 0) {
    // Another program's SQLite file has tables and no tdkt mark: it is not turned into a workspace.
    Stmt t(s->impl_->db, "SELECT count(*) FROM sqlite_master");
    t.step();
    if (t.i64(0) > 0 || version != 0)
      throw Error("tệp «" + path +
                  "» là cơ sở dữ liệu SQLite của chương trình khác, không phải kho tdkt: không mở");
  }
  if (version < 0)
    throw Error("kho dữ liệu «" + path + "» ghi số lược đồ " + std::to_string(version) +
                " không hợp lệ: tệp hỏng");
  if (version > latest_schema_version())
    throw Error("kho dữ liệu «" + path + "» được tạo bởi phiên bản tdkt mới hơn (lược đồ " +
                std::to_string(version) + ")");
  if (version < latest_schema_version() && s->impl_->read_only)
    throw Error("kho dữ liệu «" + path + "» cần cập nhật lược đồ (" + std::to_string(version) + " → " +
                std::to_string(latest_schema_version()) + ") mà chỉ đọc được: mở ở nơi có quyền ghi");
  if (version < latest_schema_version()) {
    s->transaction([&] {
      // Re-check inside the write lock: another process may have migrated meanwhile.
      int v = s->schema_version();
      for (int i = v; i < latest_schema_version(); ++i) {
        if (i + 1 == 9) s->refuse_round_duplicates();
        s->impl_->exec(kMigrations[static_cast<size_t>(i)]);
      }
      if (v < latest_schema_version()) {
        s->impl_->exec("PRAGMA application_id=" + std::to_string(kAppId));
        s->impl_->exec("PRAGMA user_version=" + std::to_string(latest_schema_version()));
        s->audit({}, "migrate", "workspace", path,
                 "schema " + std::to_string(v) + " -> " + std::to_string(latest_schema_version()));
      }
    });
  }
  return s;
}

// Before migration 9's unique index: a store where one subject is already nominated twice for one award in
// a round says which, instead of failing on «UNIQUE constraint failed».
void Store::refuse_round_duplicates() {
  Stmt q(impl_->db,
         "SELECT n.subject_type, n.subject_id, n.award, d.round, group_concat(d.id, ', ') FROM nominations n "
         "JOIN dossiers d ON d.id=n.dossier_id WHERE d.state<>'da_rut' "
         "GROUP BY d.movement_id, d.round, n.subject_type, n.subject_id, n.award HAVING count(*)>1 LIMIT 5");
  std::string list;
  while (q.step())
    list += "\n  " + q.text(0) + " số " + q.text(1) + ", hình thức «" + q.text(2) + "», đợt " + q.text(3) +
            ": hồ sơ số " + q.text(4);
  if (!list.empty())
    throw Error("kho «" + path_ +
                "» có đề nghị trùng trong cùng đợt; rút một đề nghị ở mỗi chỗ rồi mở lại:" + list);
}

bool Store::read_only() const {
  return impl_->read_only;
}

int Store::schema_version() {
  Stmt q(impl_->db, "PRAGMA user_version");
  q.step();
  return static_cast<int>(q.i64(0));
}

void Store::transaction(const std::function<void()>& f) {
  if (impl_->depth > 0) {
    f();
    return;
  }  // nested calls join the outer transaction
  if (impl_->read_only)
    throw Error("kho dữ liệu «" + path_ +
                "» chỉ đọc được (tệp hoặc thư mục của nó không cho ghi): lệnh này phải ghi nên không làm, "
                "không có gì thay đổi");
  impl_->exec("BEGIN IMMEDIATE");
  impl_->depth = 1;
  try {
    f();
    impl_->exec("COMMIT");
    impl_->depth = 0;
  } catch (...) {
    impl_->depth = 0;
    sqlite3_exec(impl_->db, "ROLLBACK", nullptr, nullptr, nullptr);
    throw;
  }
}

void Store::exec(const std::string& sql) {
  impl_->exec(sql);
}

std::string audit_hash(const AuditRow& r) {
  std::string s = r.prev_hash;
  for (auto* f : {&r.at, &r.actor, &r.role, &r.action, &r.entity, &r.entity_id, &r.detail}) {
    s += '\x1f';
    s += *f;
  }
  s += '\x1f' + std::to_string(r.seq);
  return core::sha256_hex(s);
}

void Store::audit(const Actor& who, const std::string& action, const std::string& entity,
                  const std::string& entity_id, const std::string& detail) {
  if (impl_->depth == 0) throw Error("internal: audit() outside a transaction");
  AuditRow r;
  auto head = audit_head();  // seq 0 and the genesis hash when the log is empty
  r.seq = head.seq + 1;
  r.prev_hash = head.hash;
  r.at = impl_->clock.now_iso();
  r.actor = who.name;
  r.role = who.role;
  r.action = action;
  r.entity = entity;
  r.entity_id = entity_id;
  r.detail = detail;
  r.hash = audit_hash(r);
  Stmt ins(impl_->db,
           "INSERT INTO audit_log(seq,at,actor,role,action,entity,entity_id,detail,prev_hash,hash) "
           "VALUES(?,?,?,?,?,?,?,?,?,?)");
  ins.bind(1, r.seq)
      .bind(2, r.at)
      .bind(3, r.actor)
      .bind(4, r.role)
      .bind(5, r.action)
      .bind(6, r.entity)
      .bind(7, r.entity_id)
      .bind(8, r.detail)
      .bind(9, r.prev_hash)
      .bind(10, r.hash)
      .run();
}

std::vector<AuditRow> Store::audit_rows(const std::optional<std::string>& action) {
  std::vector<AuditRow> out;
  Stmt q(impl_->db,
         "SELECT seq,at,actor,role,action,entity,entity_id,detail,prev_hash,hash FROM audit_log "
         "WHERE ?1 IS NULL OR action=?1 ORDER BY seq");
  q.bind_opt(1, action);
  while (q.step())
    out.push_back({q.i64(0), q.text(1), q.text(2), q.text(3), q.text(4), q.text(5), q.text(6), q.text(7),
                   q.text(8), q.text(9)});
  return out;
}

std::vector<std::string> Store::verify_audit() {
  std::vector<std::string> problems;
  std::string prev = kGenesis;
  int64_t expect = 1;
  for (auto& r : audit_rows()) {
    std::string id = "dòng nhật ký số " + std::to_string(r.seq);
    if (r.seq != expect)
      problems.push_back("thiếu dòng nhật ký số " + std::to_string(expect) + " (đã bị xóa?)");
    if (r.prev_hash != prev) problems.push_back(id + ": không nối tiếp dòng trước (chuỗi băm bị đứt)");
    if (audit_hash(r) != r.hash)
      problems.push_back(id + ": nội dung đã bị sửa sau khi ghi (mã băm không khớp)");
    prev = r.hash;
    expect = r.seq + 1;
  }
  return problems;
}

Store::AuditHead Store::audit_head() {
  Stmt q(impl_->db, "SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1");
  if (!q.step()) return {0, kGenesis};
  return {q.i64(0), q.text(1)};
}

std::optional<std::string> Store::audit_hash_at(int64_t seq) {
  if (seq == 0) return kGenesis;
  Stmt q(impl_->db, "SELECT hash FROM audit_log WHERE seq=?");
  q.bind(1, seq);
  if (!q.step()) return std::nullopt;
  return q.text(0);
}

std::string Store::integrity_check() {
  Stmt q(impl_->db, "PRAGMA integrity_check");
  std::string out;
  while (q.step()) out += (out.empty() ? "" : "\n") + q.text(0);
  Stmt fk(impl_->db, "PRAGMA foreign_key_check");
  if (fk.step()) out += "\nforeign key violation in " + fk.text(0);
  return out;
}

int64_t Store::count(const std::string& table) {
  static const std::vector<std::string> allowed = {
      "agencies",      "people",      "movements",       "metric_values", "ratings",
      "award_history", "disciplines", "initiatives",     "dossiers",      "nominations",
      "audit_log",     "settings",    "legal_snapshots", "award_catalog", "users",
      "meetings",      "documents",   "decisions",       "confirmations", "council_members"};
  if (std::find(allowed.begin(), allowed.end(), table) == allowed.end())
    throw Error("unknown table " + table);
  Stmt q(impl_->db, "SELECT count(*) FROM " + table);
  q.step();
  return q.i64(0);
}

int64_t Store::put_agency(const domain::Agency& a) {
  std::optional<int64_t> parent;
  if (!a.parent.empty()) {
    auto p = agency(a.parent);
    if (!p) throw Error("đơn vị «" + a.code + "»: không có đơn vị cấp trên mã «" + a.parent + "»");
    parent = p->id;
  }
  Stmt q(impl_->db,
         "INSERT INTO agencies(code,name,short_name,level,kind,parent_id,valid_to,place) "
         "VALUES(?,?,?,?,?,?,?,?) "
         "ON CONFLICT(code) DO UPDATE SET name=excluded.name, short_name=excluded.short_name, "
         "place=excluded.place, "
         "level=excluded.level, "
         "kind=excluded.kind, parent_id=excluded.parent_id, valid_to=excluded.valid_to RETURNING id");
  q.bind(1, a.code).bind(2, a.name).bind(3, a.short_name).bind(4, a.level).bind(5, a.kind);
  if (parent)
    q.bind(6, *parent);
  else
    q.bind_null(6);
  q.bind_opt(7, a.valid_to ? std::optional<std::string>(a.valid_to->iso()) : std::nullopt);
  q.bind(8, a.place);
  q.step();
  return q.i64(0);
}

int64_t Store::put_person(const domain::Person& p) {
  auto ag = agency(p.agency);
  if (!ag)
    throw Error("cá nhân «" + p.code + "» (" + p.full_name + "): không có đơn vị mã «" + p.agency + "»");
  auto n = text::split_name(p.full_name);
  Stmt q(impl_->db,
         "INSERT INTO "
         "people(code,full_name,ho,dem,ten,sort_key,gender,birth_date,position,agency_id,key_leader) "
         "VALUES(?,?,?,?,?,?,?,?,?,?,?) ON CONFLICT(code) DO UPDATE SET full_name=excluded.full_name, "
         "ho=excluded.ho, "
         "dem=excluded.dem, ten=excluded.ten, sort_key=excluded.sort_key, gender=excluded.gender, "
         "birth_date=excluded.birth_date, position=excluded.position, agency_id=excluded.agency_id, "
         "key_leader=excluded.key_leader RETURNING id");
  q.bind(1, p.code)
      .bind(2, n.full())
      .bind(3, n.ho)
      .bind(4, n.dem)
      .bind(5, n.ten)
      .bind_blob(6, text::name_sort_key(n))
      .bind(7, p.gender);
  q.bind_opt(8, p.birth_date ? std::optional<std::string>(p.birth_date->iso()) : std::nullopt);
  q.bind(9, p.position).bind(10, ag->id).bind(11, p.key_leader ? 1 : 0);
  q.step();
  return q.i64(0);
}

static AgencyRow agency_row(Stmt& q) {
  AgencyRow r;
  r.id = q.i64(0);
  r.code = q.text(1);
  r.name = q.text(2);
  r.short_name = q.text(3);
  r.level = q.text(4);
  r.kind = q.text(5);
  if (!q.null(6)) r.parent_id = q.i64(6);
  r.parent_code = q.text(7);
  r.place = q.text(8);
  return r;
}
static const char* kAgencySelect =
    "SELECT a.id,a.code,a.name,a.short_name,a.level,a.kind,a.parent_id,COALESCE(p.code,''),a.place FROM "
    "agencies a "
    "LEFT JOIN agencies p ON p.id=a.parent_id ";

std::optional<AgencyRow> Store::agency(const std::string& code) {
  Stmt q(impl_->db, std::string(kAgencySelect) + "WHERE a.code=?");
  q.bind(1, code);
  if (!q.step()) return std::nullopt;
  return agency_row(q);
}
std::vector<AgencyRow> Store::agencies() {
  // Tree order: each agency after its parent, siblings by insertion.
  std::vector<AgencyRow> all;
  Stmt q(impl_->db, std::string(kAgencySelect) + "ORDER BY a.id");
  while (q.step()) all.push_back(agency_row(q));
  std::vector<AgencyRow> out;
  std::function<void(std::optional<int64_t>)> walk = [&](std::optional<int64_t> parent) {
    for (auto& a : all)
      if (a.parent_id == parent) {
        out.push_back(a);
        walk(a.id);
      }
  };
  walk(std::nullopt);
  return out;
}

static const char* kPersonSelect =
    "SELECT "
    "p.id,p.code,p.full_name,p.ho,p.dem,p.ten,p.gender,p.position,COALESCE(p.birth_date,''),p.agency_id,"
    "a.code,a.name,p.key_leader FROM people p JOIN agencies a ON a.id=p.agency_id ";
static PersonRow person_row(Stmt& q) {
  PersonRow r;
  r.id = q.i64(0);
  r.code = q.text(1);
  r.full_name = q.text(2);
  r.ho = q.text(3);
  r.dem = q.text(4);
  r.ten = q.text(5);
  r.gender = q.text(6);
  r.position = q.text(7);
  r.birth_date = q.text(8);
  r.agency_id = q.i64(9);
  r.agency_code = q.text(10);
  r.agency_name = q.text(11);
  r.key_leader = q.i64(12) != 0;
  return r;
}
std::optional<PersonRow> Store::person(const std::string& code) {
  Stmt q(impl_->db, std::string(kPersonSelect) + "WHERE p.code=?");
  q.bind(1, code);
  if (!q.step()) return std::nullopt;
  return person_row(q);
}
std::vector<PersonRow> Store::people(const std::string& agency_code, const text::ToneOrder& order) {
  std::vector<PersonRow> out;
  Stmt q(impl_->db, std::string(kPersonSelect) + (agency_code.empty() ? "" : "WHERE a.code=? ") +
                        "ORDER BY p.sort_key, p.code");
  if (!agency_code.empty()) q.bind(1, agency_code);
  while (q.step()) out.push_back(person_row(q));
  // The stored key uses the default tone order; another configured order re-sorts here.
  if (order.spec() != text::ToneOrder().spec()) {
    std::vector<std::pair<std::string, size_t>> keys;
    for (size_t i = 0; i < out.size(); ++i)
      keys.emplace_back(text::name_sort_key(text::PersonName{out[i].ho, out[i].dem, out[i].ten}, order), i);
    std::stable_sort(keys.begin(), keys.end(), [](auto& a, auto& b) { return a.first < b.first; });
    std::vector<PersonRow> sorted;
    for (auto& k : keys) sorted.push_back(out[k.second]);
    out.swap(sorted);
  }
  return out;
}

ImportCounts Store::import_dataset(const domain::Dataset& ds, const std::string& source, const Actor& who) {
  ImportCounts c;
  transaction([&] {
    // Parents may be listed after children in the file: insert in dependency order.
    std::vector<const domain::Agency*> pending;
    for (auto& a : ds.agencies) pending.push_back(&a);
    while (!pending.empty()) {
      size_t before = pending.size();
      for (auto it = pending.begin(); it != pending.end();) {
        const auto* a = *it;
        bool parent_ready = a->parent.empty() || agency(a->parent).has_value();
        bool parent_in_file = false;
        for (auto* p : pending) parent_in_file |= p->code == a->parent;
        if (parent_ready || !parent_in_file) {
          put_agency(*a);  // throws with the row named if the parent does not exist anywhere
          ++c.agencies;
          it = pending.erase(it);
        } else {
          ++it;
        }
      }
      if (pending.size() == before)
        throw Error("cây đơn vị có vòng lặp ở đơn vị «" + pending.front()->code + "»");
    }
    for (auto& p : ds.people) {
      put_person(p);
      ++c.people;
    }
    auto resolve = [&](const domain::SubjectRef& s) -> int64_t {
      if (s.type == "agency") {
        auto a = agency(s.code);
        if (!a) throw Error("không có đơn vị mã «" + s.code + "» (" + s.str() + ")");
        return a->id;
      }
      auto p = person(s.code);
      if (!p) throw Error("không có cá nhân mã «" + s.code + "» (" + s.str() + ")");
      return p->id;
    };
    for (auto& m : ds.metrics) {
      int64_t id = resolve(m.subject);
      for (auto& [year, v] : m.values) {
        Stmt q(impl_->db,
               "INSERT INTO metric_values VALUES(?,?,?,?,?) ON CONFLICT DO UPDATE SET value=excluded.value");
        q.bind(1, m.subject.type).bind(2, id).bind(3, m.metric).bind(4, year).bind(5, v).run();
        ++c.metric_values;
      }
    }
    for (auto& r : ds.ratings) {
      Stmt q(impl_->db, "INSERT INTO ratings VALUES(?,?,?,?) ON CONFLICT DO UPDATE SET level=excluded.level");
      q.bind(1, r.subject.type).bind(2, resolve(r.subject)).bind(3, r.year).bind(4, r.level).run();
      ++c.ratings;
    }
    for (auto& a : ds.awards) {
      Stmt q(
          impl_->db,
          "INSERT INTO "
          "award_history(subject_type,subject_id,year,award,name,decision,decision_date,issuer,kind,topic) "
          "VALUES(?,?,?,?,?,?,?,?,?,?) ON CONFLICT DO UPDATE SET name=excluded.name, "
          "decision_date=excluded.decision_date, "
          "issuer=excluded.issuer, kind=excluded.kind, topic=excluded.topic");
      q.bind(1, a.subject.type)
          .bind(2, resolve(a.subject))
          .bind(3, a.year)
          .bind(4, a.award)
          .bind(5, a.name)
          .bind(6, a.decision)
          .bind_opt(7, a.date ? std::optional<std::string>(a.date->iso()) : std::nullopt)
          .bind(8, a.issuer)
          .bind(9, a.kind)
          .bind(10, a.topic)
          .run();
      ++c.awards;
    }
    for (auto& k : ds.disciplines) {
      auto p = person(k.person);
      if (!p) throw Error("kỷ luật: không có cá nhân mã «" + k.person + "»");
      Stmt q(impl_->db,
             "INSERT INTO disciplines(person_id,level,decided,until,note) VALUES(?,?,?,?,?) "
             "ON CONFLICT DO UPDATE SET until=excluded.until, note=excluded.note");
      q.bind(1, p->id)
          .bind(2, k.level)
          .bind(3, k.date.iso())
          .bind_opt(4, k.until ? std::optional<std::string>(k.until->iso()) : std::nullopt)
          .bind(5, k.note)
          .run();
      ++c.disciplines;
    }
    for (auto& in : ds.initiatives) {
      Stmt q(impl_->db,
             "INSERT INTO initiatives(title,level,year,decision) VALUES(?,?,?,?) "
             "ON CONFLICT DO UPDATE SET level=excluded.level, decision=excluded.decision RETURNING id");
      q.bind(1, in.title).bind(2, in.level).bind(3, in.year).bind(4, in.decision);
      q.step();
      int64_t iid = q.i64(0);
      for (auto& au : in.authors) {
        Stmt qa(impl_->db, "INSERT OR IGNORE INTO initiative_authors VALUES(?,?,?)");
        qa.bind(1, iid).bind(2, au.type).bind(3, resolve(au)).run();
      }
      ++c.initiatives;
    }
    audit(who, "import_dataset", "dataset", source,
          std::to_string(c.agencies) + " đơn vị, " + std::to_string(c.people) + " cá nhân, " +
              std::to_string(c.metric_values) + " giá trị chỉ số, " + std::to_string(c.awards) +
              " khen thưởng đã có");
  });
  return c;
}

int64_t Store::put_movement(const MovementRow& m, const Actor& who) {
  int64_t id = 0;
  transaction([&] {
    auto old = movement(m.code);
    Stmt q(impl_->db,
           "INSERT INTO "
           "movements(code,name,kind,scope,issuer,doc_date,period_from,period_to,source_file,definition,"
           "sha256,imported_at) "
           "VALUES(?,?,?,?,?,?,?,?,?,?,?,?) ON CONFLICT(code) DO UPDATE SET name=excluded.name, "
           "kind=excluded.kind, "
           "scope=excluded.scope, issuer=excluded.issuer, doc_date=excluded.doc_date, "
           "period_from=excluded.period_from, "
           "period_to=excluded.period_to, source_file=excluded.source_file, definition=excluded.definition, "
           "sha256=excluded.sha256, imported_at=excluded.imported_at RETURNING id");
    q.bind(1, m.code)
        .bind(2, m.name)
        .bind(3, m.kind)
        .bind(4, m.scope)
        .bind(5, m.issuer)
        .bind(6, m.doc_date)
        .bind(7, m.period_from)
        .bind(8, m.period_to)
        .bind(9, m.source_file)
        .bind(10, m.definition)
        .bind(11, m.sha256)
        .bind(12, impl_->clock.now_iso());
    q.step();
    id = q.i64(0);
    std::string action = !old                      ? "movement_import"
                         : old->sha256 == m.sha256 ? "movement_reimport_same"
                                                   : "movement_update";
    audit(who, action, "movement", m.code,
          "sha256=" + m.sha256 + (old && old->sha256 != m.sha256 ? " (trước: " + old->sha256 + ")" : ""));
  });
  return id;
}

static MovementRow movement_row(Stmt& q) {
  MovementRow r;
  r.id = q.i64(0);
  r.code = q.text(1);
  r.name = q.text(2);
  r.kind = q.text(3);
  r.scope = q.text(4);
  r.issuer = q.text(5);
  r.doc_date = q.text(6);
  r.period_from = q.text(7);
  r.period_to = q.text(8);
  r.source_file = q.text(9);
  r.definition = q.text(10);
  r.sha256 = q.text(11);
  r.imported_at = q.text(12);
  return r;
}
static const char* kMovementSelect =
    "SELECT "
    "id,code,name,kind,scope,issuer,doc_date,period_from,period_to,source_file,definition,sha256,imported_at "
    "FROM movements ";
std::vector<MovementRow> Store::movements() {
  std::vector<MovementRow> out;
  Stmt q(impl_->db, std::string(kMovementSelect) + "ORDER BY doc_date, code");
  while (q.step()) out.push_back(movement_row(q));
  return out;
}
std::optional<MovementRow> Store::movement(const std::string& code) {
  Stmt q(impl_->db, std::string(kMovementSelect) + "WHERE code=?");
  q.bind(1, code);
  if (!q.step()) return std::nullopt;
  return movement_row(q);
}

std::optional<std::string> Store::setting(const std::string& key) {
  Stmt q(impl_->db, "SELECT value FROM settings WHERE key=?");
  q.bind(1, key);
  if (!q.step()) return std::nullopt;
  return q.text(0);
}
std::vector<std::pair<std::string, std::string>> Store::settings() {
  std::vector<std::pair<std::string, std::string>> out;
  Stmt q(impl_->db, "SELECT key, value FROM settings ORDER BY key");
  while (q.step()) out.emplace_back(q.text(0), q.text(1));
  return out;
}
void Store::set_setting(const std::string& key, const std::string& value, const Actor& who) {
  transaction([&] {
    auto old = setting(key);
    Stmt q(impl_->db, "INSERT INTO settings VALUES(?,?) ON CONFLICT(key) DO UPDATE SET value=excluded.value");
    q.bind(1, key).bind(2, value).run();
    audit(who, "setting", "settings", key, (old ? *old : std::string("(chưa đặt)")) + " -> " + value);
  });
}

bool Store::sync_catalog(const std::string& legal_content, const std::vector<CatalogRow>& rows,
                         const Actor& who) {
  std::string sha = core::sha256_hex(legal_content);
  bool changed = false;
  transaction([&] {
    Stmt have(impl_->db, "SELECT 1 FROM legal_snapshots WHERE sha256=?");
    have.bind(1, sha);
    if (have.step()) return;
    changed = true;
    Stmt ins(impl_->db, "INSERT INTO legal_snapshots VALUES(?,?,?)");
    ins.bind(1, sha).bind(2, legal_content).bind(3, impl_->clock.now_iso()).run();
    for (auto& r : rows) {
      Stmt q(
          impl_->db,
          "INSERT INTO award_catalog VALUES(?,?,?,?,?,?) ON CONFLICT(code) DO UPDATE SET name=excluded.name, "
          "kind=excluded.kind, authority=excluded.authority, valid_to=excluded.valid_to, "
          "legal_sha256=excluded.legal_sha256");
      q.bind(1, r.code)
          .bind(2, r.name)
          .bind(3, r.kind)
          .bind(4, r.authority)
          .bind_opt(5, r.valid_to.empty() ? std::nullopt : std::optional<std::string>(r.valid_to))
          .bind(6, sha)
          .run();
    }
    audit(who, "legal_snapshot", "legal", sha, std::to_string(rows.size()) + " hình thức trong danh mục");
  });
  return changed;
}
std::vector<CatalogRow> Store::catalog() {
  std::vector<CatalogRow> out;
  Stmt q(impl_->db, "SELECT code,name,kind,authority,COALESCE(valid_to,'') FROM award_catalog ORDER BY code");
  while (q.step()) out.push_back({q.text(0), q.text(1), q.text(2), q.text(3), q.text(4)});
  return out;
}

std::optional<double> Store::metric_value(const std::string& subject_type, int64_t subject_id,
                                          const std::string& metric, int year) {
  Stmt q(impl_->db,
         "SELECT value FROM metric_values WHERE subject_type=? AND subject_id=? AND metric=? AND year=?");
  q.bind(1, subject_type).bind(2, subject_id).bind(3, metric).bind(4, year);
  if (!q.step()) return std::nullopt;
  return q.dbl(0);
}

}  // namespace tdkt::store
