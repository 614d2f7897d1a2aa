// Repositories of the award round: users, dossiers (with optimistic versions), nominations, meetings,
// council members, documents, confirmations, decisions and number series, round dates, and the
// in-memory snapshot the eligibility rules read.
#include <algorithm>
#include <cstring>
#include <set>

#include "store/sqlite.hpp"

namespace tdkt::store {

using core::Error;

namespace {
std::optional<int> opt_int(Stmt& q, int c) {
  if (q.null(c)) return std::nullopt;
  return static_cast<int>(q.i64(c));
}
std::optional<int64_t> opt_i64(Stmt& q, int c) {
  if (q.null(c)) return std::nullopt;
  return q.i64(c);
}
template <class T>
void bind_opt_num(Stmt& q, int i, const std::optional<T>& v) {
  if (v)
    q.bind(i, static_cast<int64_t>(*v));
  else
    q.bind_null(i);
}
std::optional<std::string> none_if_empty(const std::string& s) {
  return s.empty() ? std::nullopt : std::optional<std::string>(s);
}
}  // namespace

// ─── Users ───
void Store::put_user(const domain::User& u) {
  std::optional<int64_t> ag;
  if (!u.agency_code.empty()) {
    auto a = agency(u.agency_code);
    if (!a) throw Error("không có đơn vị mã «" + u.agency_code + "»");
    ag = a->id;
  }
  Stmt q(impl_->db,
         "INSERT INTO users(name,role,agency_id,title) VALUES(?,?,?,?) ON CONFLICT(name,role) DO UPDATE SET "
         "agency_id=excluded.agency_id, title=excluded.title");
  q.bind(1, u.name).bind(2, domain::code(u.role));
  bind_opt_num(q, 3, ag);
  q.bind(4, u.title).run();
}
static const char* kUserSelect =
    "SELECT u.name,u.role,COALESCE(a.code,''),u.title FROM users u LEFT JOIN agencies a ON a.id=u.agency_id ";
// Users are only ever written with a role of the table; a row with another role is not an account.
static std::optional<domain::User> user_row(Stmt& q) {
  auto role = domain::parse<domain::Role>(q.text(1));
  if (!role) return std::nullopt;
  return domain::User{q.text(0), *role, q.text(2), q.text(3)};
}
std::optional<domain::User> Store::user(const std::string& name, domain::Role role) {
  Stmt q(impl_->db, std::string(kUserSelect) + "WHERE u.name=? AND u.role=?");
  q.bind(1, name).bind(2, domain::code(role));
  if (!q.step()) return std::nullopt;
  return user_row(q);
}
std::vector<domain::User> Store::users() {
  std::vector<domain::User> out;
  Stmt q(impl_->db, std::string(kUserSelect) + "ORDER BY u.role, u.name");
  while (q.step())
    if (auto u = user_row(q)) out.push_back(*u);
  return out;
}

// ─── Dossiers ───
int64_t Store::create_dossier(int64_t movement_id, int64_t agency_id, const std::string& round) {
  Stmt q(impl_->db,
         "INSERT INTO dossiers(movement_id,agency_id,round,state,version,created_at,updated_at) "
         "VALUES(?,?,?,'du_thao',1,?,?) RETURNING id");
  std::string now = impl_->clock.now_iso();
  q.bind(1, movement_id).bind(2, agency_id).bind(3, round).bind(4, now).bind(5, now);
  q.step();
  return q.i64(0);
}
static const char* kDossierSelect =
    "SELECT "
    "d.id,d.movement_id,d.agency_id,d.version,m.code,a.code,a.name,d.round,d.state,d.late_days,d.returned_"
    "reason,"
    "COALESCE(d.returned_at,''),d.submission_number,COALESCE(d.submission_date,''),d.created_at,d.updated_at,"
    "d.returned_after_doc "
    "FROM dossiers d JOIN movements m ON m.id=d.movement_id JOIN agencies a ON a.id=d.agency_id ";
static domain::Dossier dossier_row(Stmt& q) {
  domain::Dossier r;
  r.id = q.i64(0);
  r.movement_id = q.i64(1);
  r.agency_id = q.i64(2);
  r.version = q.i64(3);
  r.movement_code = q.text(4);
  r.agency_code = q.text(5);
  r.agency_name = q.text(6);
  r.round = q.text(7);
  auto state = domain::parse<domain::DossierState>(q.text(8));
  if (!state)
    throw Error("hồ sơ số " + std::to_string(r.id) + ": trạng thái «" + q.text(8) +
                "» không có trong quy trình");
  r.state = *state;
  r.late_days = static_cast<int>(q.i64(9));
  r.returned_reason = q.text(10);
  r.returned_at = q.text(11);
  r.submission_number = q.text(12);
  r.submission_date = q.text(13);
  r.created_at = q.text(14);
  r.updated_at = q.text(15);
  r.returned_after_doc = q.i64(16);
  return r;
}
std::optional<domain::Dossier> Store::dossier(int64_t id) {
  Stmt q(impl_->db, std::string(kDossierSelect) + "WHERE d.id=?");
  q.bind(1, id);
  if (!q.step()) return std::nullopt;
  return dossier_row(q);
}
std::vector<domain::Dossier> Store::dossiers(const std::string& movement_code, const std::string& round) {
  std::vector<domain::Dossier> out;
  Stmt q(impl_->db,
         std::string(kDossierSelect) + "WHERE (?1='' OR m.code=?1) AND (?2='' OR d.round=?2) ORDER BY d.id");
  q.bind(1, movement_code).bind(2, round);
  while (q.step()) out.push_back(dossier_row(q));
  return out;
}
bool Store::update_dossier(const domain::Dossier& d, int64_t expected_version) {
  if (impl_->depth == 0) throw Error("internal: update_dossier() outside a transaction");
  Stmt q(impl_->db,
         "UPDATE dossiers SET state=?, late_days=?, returned_reason=?, returned_at=?, submission_number=?, "
         "submission_date=?, version=version+1, updated_at=?, returned_after_doc=? WHERE id=? AND version=?");
  q.bind(1, domain::code(d.state))
      .bind(2, d.late_days)
      .bind(3, d.returned_reason)
      .bind_opt(4, none_if_empty(d.returned_at))
      .bind(5, d.submission_number)
      .bind_opt(6, none_if_empty(d.submission_date))
      .bind(7, impl_->clock.now_iso())
      .bind(8, d.returned_after_doc)
      .bind(9, d.id)
      .bind(10, expected_version)
      .run();
  return sqlite3_changes(impl_->db) == 1;
}

// ─── Nominations ───
int64_t Store::add_nomination(int64_t dossier_id, domain::SubjectKind kind, int64_t subject_id,
                              const std::string& award, const std::string& summary) {
  Stmt q(
      impl_->db,
      "INSERT INTO nominations(dossier_id,subject_type,subject_id,award,summary,outcome) VALUES(?,?,?,?,?,?) "
      "RETURNING id");
  q.bind(1, dossier_id).bind(2, domain::code(kind)).bind(3, subject_id).bind(4, award).bind(5, summary);
  q.bind(6, domain::code(domain::NominationStage::Proposed));
  try {
    q.step();
  } catch (const core::Error&) {
    // The schema's backstop (migration 9) for a path that did not ask nominated_in_round first.
    if (sqlite3_extended_errcode(impl_->db) == SQLITE_CONSTRAINT_UNIQUE)
      throw core::Error("đối tượng số " + std::to_string(subject_id) + " đã được đề nghị «" + award +
                        "» trong một hồ sơ khác của cùng đợt: không thêm");
    throw;
  }
  return q.i64(0);
}
std::optional<int64_t> Store::nominated_in_round(int64_t dossier_id, domain::SubjectKind kind,
                                                 int64_t subject_id, const std::string& award) {
  Stmt q(impl_->db,
         "SELECT n.dossier_id FROM nominations n JOIN dossiers d ON d.id=? "
         "WHERE n.movement_id=d.movement_id AND n.round=d.round AND n.active=1 AND n.dossier_id<>d.id "
         "AND n.subject_type=? AND n.subject_id=? AND n.award=? LIMIT 1");
  q.bind(1, dossier_id).bind(2, domain::code(kind)).bind(3, subject_id).bind(4, award);
  if (!q.step()) return std::nullopt;
  return q.i64(0);
}
static const char* kNominationSelect =
    "SELECT n.id,n.dossier_id,n.subject_id,n.subject_type,"
    "CASE n.subject_type WHEN 'agency' THEN sa.code ELSE p.code END,"
    "CASE n.subject_type WHEN 'agency' THEN sa.name ELSE p.full_name END,"
    "COALESCE(p.position,''), COALESCE(pa.code, sa.code), COALESCE(pa.name, sa.name),"
    "n.award,n.outcome,n.summary,n.unit_agree,n.appraisal,n.appraisal_detail,n.council_agree,n.council_"
    "members,"
    "n.council_percent,n.money,n.decision_id,n.appraisal_json FROM nominations n "
    "LEFT JOIN agencies sa ON n.subject_type='agency' AND sa.id=n.subject_id "
    "LEFT JOIN people p ON n.subject_type='person' AND p.id=n.subject_id "
    "LEFT JOIN agencies pa ON pa.id=p.agency_id ";
// The stage of a nomination as stored; "proposed" is what migration 1 wrote by default.
static domain::NominationStage stage_of(const std::string& code, int64_t id) {
  if (code == "proposed") return domain::NominationStage::Proposed;
  auto s = domain::parse<domain::NominationStage>(code);
  if (!s) throw Error("đề nghị số " + std::to_string(id) + ": kết quả «" + code + "» không có");
  return *s;
}
static domain::Nomination nomination_row(Stmt& q) {
  domain::Nomination r;
  r.id = q.i64(0);
  r.dossier_id = q.i64(1);
  r.subject_id = q.i64(2);
  r.subject_kind = domain::parse<domain::SubjectKind>(q.text(3)).value_or(domain::SubjectKind::Person);
  r.subject_code = q.text(4);
  r.subject_name = q.text(5);
  r.position = q.text(6);
  r.unit_code = q.text(7);
  r.unit_name = q.text(8);
  r.award = q.text(9);
  r.stage = stage_of(q.text(10), r.id);
  r.summary = q.text(11);
  r.unit_agree = opt_int(q, 12);
  auto appraisal = domain::parse<domain::Appraisal>(q.text(13));
  if (!appraisal)
    throw Error("đề nghị số " + std::to_string(r.id) + ": kết luận thẩm định «" + q.text(13) + "» không có");
  r.appraisal = *appraisal;
  r.appraisal_detail = q.text(14);
  r.council_agree = opt_int(q, 15);
  r.council_members = opt_int(q, 16);
  r.council_percent = opt_int(q, 17);
  r.money = opt_i64(q, 18);
  r.decision_id = opt_i64(q, 19);
  if (std::string j = q.text(20); !j.empty()) {
    core::Diagnostics d;
    if (auto v = core::parse_json(j, "appraisal_json", d)) r.appraisal_json = std::move(*v);
  }
  return r;
}
std::vector<domain::Nomination> Store::nominations(int64_t dossier_id) {
  std::vector<domain::Nomination> out;
  Stmt q(impl_->db,
         std::string(kNominationSelect) + "WHERE n.dossier_id=? ORDER BY n.subject_type DESC, n.id");
  q.bind(1, dossier_id);
  while (q.step()) out.push_back(nomination_row(q));
  return out;
}
std::vector<domain::Nomination> Store::round_nominations(int64_t movement_id, const std::string& round,
                                                         bool brief, std::optional<int64_t> subjects_of) {
  std::vector<domain::Nomination> out;
  std::string select = kNominationSelect;
  if (brief) {  // without the long texts (summary, appraisal explanation) that rules and counts never read
    for (const char* col : {"n.summary,", "n.appraisal_detail,", "n.appraisal_json "}) {
      auto at = select.find(col);
      select.replace(at, std::char_traits<char>::length(col),
                     col[std::strlen(col) - 1] == ',' ? "''," : "'' ");
    }
  }
  Stmt q(
      impl_->db,
      select +
          "JOIN dossiers d ON d.id=n.dossier_id WHERE d.movement_id=? AND d.round=? AND d.state<>'da_rut' " +
          (subjects_of ? "AND (n.subject_type, n.subject_id) IN (SELECT subject_type, subject_id FROM "
                         "nominations WHERE dossier_id=?) "
                       : "") +
          "ORDER BY n.dossier_id, n.subject_type DESC, n.id");
  q.bind(1, movement_id).bind(2, round);
  if (subjects_of) q.bind(3, *subjects_of);
  while (q.step()) out.push_back(nomination_row(q));
  return out;
}
std::optional<domain::Nomination> Store::nomination(int64_t id) {
  Stmt q(impl_->db, std::string(kNominationSelect) + "WHERE n.id=?");
  q.bind(1, id);
  if (!q.step()) return std::nullopt;
  return nomination_row(q);
}
void Store::update_nomination(const domain::Nomination& n) {
  Stmt q(impl_->db,
         "UPDATE nominations SET outcome=?, summary=?, unit_agree=?, appraisal=?, appraisal_detail=?, "
         "council_agree=?, council_members=?, council_percent=?, money=?, decision_id=?, appraisal_json=? "
         "WHERE id=?");
  q.bind(1, domain::code(n.stage)).bind(2, n.summary);
  bind_opt_num(q, 3, n.unit_agree);
  q.bind(4, domain::code(n.appraisal)).bind(5, n.appraisal_detail);
  bind_opt_num(q, 6, n.council_agree);
  bind_opt_num(q, 7, n.council_members);
  bind_opt_num(q, 8, n.council_percent);
  bind_opt_num(q, 9, n.money);
  bind_opt_num(q, 10, n.decision_id);
  q.bind(11, n.appraisal_json.is_null() ? std::string() : core::to_json(n.appraisal_json));
  q.bind(12, n.id).run();
}

// ─── Meetings and council ───
int64_t Store::add_meeting(const domain::Meeting& m) {
  Stmt q(impl_->db,
         "INSERT INTO "
         "meetings(kind,movement_id,round,dossier_id,date,place,chair,secretary,members,present,created_at,"
         "number,starts,ends) VALUES(?,?,?,?,?,?,?,?,?,?,?,?,?,?) RETURNING id");
  q.bind(1, domain::code(m.kind)).bind(2, m.movement_id).bind(3, m.round);
  bind_opt_num(q, 4, m.dossier_id);
  q.bind(5, m.date)
      .bind(6, m.place)
      .bind(7, m.chair)
      .bind(8, m.secretary)
      .bind(9, m.members)
      .bind(10, m.present)
      .bind(11, impl_->clock.now_iso());
  bind_opt_num(q, 12, m.number);
  q.bind(13, m.starts).bind(14, m.ends);
  q.step();
  int64_t id = q.i64(0);
  for (auto& [name, opinion] : m.absences) {
    Stmt a(impl_->db, "INSERT INTO meeting_absences VALUES(?,?,?)");
    a.bind(1, id).bind(2, name).bind(3, opinion).run();
  }
  return id;
}
std::vector<domain::Meeting> Store::meetings(int64_t movement_id, const std::string& round,
                                             domain::MeetingKind kind, std::optional<int64_t> dossier_id) {
  std::vector<domain::Meeting> out;
  Stmt q(
      impl_->db,
      "SELECT id,kind,movement_id,round,dossier_id,date,place,chair,secretary,members,present,number,starts,"
      "ends FROM meetings "
      "WHERE movement_id=? AND round=? AND kind=? AND (?4 IS NULL OR dossier_id=?4) ORDER BY id");
  q.bind(1, movement_id).bind(2, round).bind(3, domain::code(kind));
  bind_opt_num(q, 4, dossier_id);
  while (q.step()) {
    domain::Meeting m;
    m.id = q.i64(0);
    m.kind = kind;
    m.movement_id = q.i64(2);
    m.round = q.text(3);
    m.dossier_id = opt_i64(q, 4);
    m.date = q.text(5);
    m.place = q.text(6);
    m.chair = q.text(7);
    m.secretary = q.text(8);
    m.members = static_cast<int>(q.i64(9));
    m.present = static_cast<int>(q.i64(10));
    if (auto n = opt_i64(q, 11)) m.number = static_cast<int>(*n);
    m.starts = q.text(12);
    m.ends = q.text(13);
    out.push_back(m);
  }
  for (auto& m : out) {
    Stmt a(impl_->db, "SELECT name, opinion FROM meeting_absences WHERE meeting_id=? ORDER BY rowid");
    a.bind(1, m.id);
    while (a.step()) m.absences.emplace_back(a.text(0), a.text(1));
  }
  return out;
}
void Store::put_council_member(int64_t movement_id, const domain::CouncilMember& m) {
  Stmt q(impl_->db,
         "INSERT INTO council_members VALUES(?,?,?,?) ON CONFLICT DO UPDATE SET position=excluded.position, "
         "council_role=excluded.council_role");
  q.bind(1, movement_id).bind(2, m.name).bind(3, m.position).bind(4, domain::code(m.role)).run();
}
std::vector<domain::CouncilMember> Store::council_members(int64_t movement_id) {
  std::vector<domain::CouncilMember> out;
  Stmt q(impl_->db,
         "SELECT name, position, council_role FROM council_members WHERE movement_id=? ORDER BY "
         "CASE council_role WHEN 'chu_tich' THEN 0 WHEN 'pho_chu_tich' THEN 1 WHEN 'uy_vien' THEN 2 ELSE 3 "
         "END, rowid");
  q.bind(1, movement_id);
  while (q.step())
    out.push_back({q.text(0), q.text(1),
                   domain::parse<domain::CouncilRole>(q.text(2)).value_or(domain::CouncilRole::Member)});
  return out;
}

// ─── Documents ───
int64_t Store::add_document(const domain::StoredDocument& d) {
  Stmt q(impl_->db,
         "INSERT INTO "
         "documents(dossier_id,nomination_id,decision_id,kind,title,path,sha256,size,data_sha256,source,"
         "created_at,movement_id,round,blob) VALUES(?,?,?,?,?,?,?,?,?,?,?,?,?,?) RETURNING id");
  bind_opt_num(q, 1, d.dossier_id);
  bind_opt_num(q, 2, d.nomination_id);
  bind_opt_num(q, 3, d.decision_id);
  q.bind(4, d.kind)
      .bind(5, d.title)
      .bind(6, d.path)
      .bind(7, d.sha256)
      .bind(8, d.size)
      .bind(9, d.data_sha256)
      .bind(10, domain::code(d.source))
      .bind(11, impl_->clock.now_iso());
  bind_opt_num(q, 12, d.movement_id);
  q.bind_opt(13, none_if_empty(d.round));
  q.bind(14, d.blob);
  q.step();
  return q.i64(0);
}
static std::vector<domain::StoredDocument> document_rows(Stmt& q) {
  std::vector<domain::StoredDocument> out;
  while (q.step()) {
    domain::StoredDocument d;
    d.id = q.i64(0);
    d.dossier_id = opt_i64(q, 1);
    d.nomination_id = opt_i64(q, 2);
    d.decision_id = opt_i64(q, 3);
    d.kind = q.text(4);
    d.title = q.text(5);
    d.path = q.text(6);
    d.sha256 = q.text(7);
    d.size = q.i64(8);
    d.data_sha256 = q.text(9);
    d.source = domain::parse<domain::DocSource>(q.text(10)).value_or(domain::DocSource::Generated);
    d.created_at = q.text(11);
    d.blob = q.text(12);
    out.push_back(d);
  }
  return out;
}
std::vector<domain::StoredDocument> Store::documents(int64_t dossier_id) {
  Stmt q(impl_->db,
         "SELECT "
         "id,dossier_id,nomination_id,decision_id,kind,title,path,sha256,size,data_sha256,source,created_at,"
         "blob "
         "FROM documents WHERE dossier_id=? ORDER BY id");
  q.bind(1, dossier_id);
  return document_rows(q);
}
std::vector<domain::StoredDocument> Store::all_documents() {
  Stmt q(impl_->db,
         "SELECT "
         "id,dossier_id,nomination_id,decision_id,kind,title,path,sha256,size,data_sha256,source,created_at,"
         "blob FROM documents ORDER BY id");
  return document_rows(q);
}
std::vector<domain::StoredDocument> Store::round_documents(int64_t movement_id, const std::string& round) {
  Stmt q(impl_->db,
         "SELECT "
         "id,dossier_id,nomination_id,decision_id,kind,title,path,sha256,size,data_sha256,source,created_at,"
         "blob "
         "FROM documents WHERE movement_id=? AND round=? ORDER BY id");
  q.bind(1, movement_id).bind(2, round);
  auto rows = document_rows(q);
  for (auto& r : rows) {
    r.movement_id = movement_id;
    r.round = round;
  }
  return rows;
}
std::vector<domain::StoredDocument> Store::decision_documents(int64_t decision_id) {
  Stmt q(impl_->db,
         "SELECT "
         "id,dossier_id,nomination_id,decision_id,kind,title,path,sha256,size,data_sha256,source,created_at,"
         "blob "
         "FROM documents WHERE decision_id=? ORDER BY id");
  q.bind(1, decision_id);
  return document_rows(q);
}

// ─── Confirmations ───
void Store::put_confirmation(int64_t nomination_id, const std::string& criterion, bool met,
                             const std::string& note, const std::string& actor) {
  Stmt q(impl_->db,
         "INSERT INTO confirmations VALUES(?,?,?,?,?,?) ON CONFLICT DO UPDATE SET met=excluded.met, "
         "note=excluded.note, "
         "actor=excluded.actor, at=excluded.at");
  q.bind(1, nomination_id)
      .bind(2, criterion)
      .bind(3, met ? 1 : 0)
      .bind(4, note)
      .bind(5, actor)
      .bind(6, impl_->clock.now_iso())
      .run();
}
std::map<std::string, std::pair<bool, std::string>> Store::confirmations(int64_t nomination_id) {
  std::map<std::string, std::pair<bool, std::string>> out;
  Stmt q(impl_->db, "SELECT criterion, met, note FROM confirmations WHERE nomination_id=?");
  q.bind(1, nomination_id);
  while (q.step()) out[q.text(0)] = {q.i64(1) != 0, q.text(2)};
  return out;
}

// ─── Decisions and numbering ───
int Store::peek_number(const std::string& issuer, const std::string& series, int year) {
  Stmt q(impl_->db, "SELECT last FROM number_series WHERE issuer=? AND series=? AND year=?");
  q.bind(1, issuer).bind(2, series).bind(3, year);
  return q.step() ? static_cast<int>(q.i64(0)) + 1 : 1;
}
int Store::next_number(const std::string& issuer, const std::string& series, int year) {
  if (impl_->depth == 0) throw Error("internal: next_number() outside a transaction");
  Stmt q(impl_->db,
         "INSERT INTO number_series VALUES(?,?,?,1) ON CONFLICT DO UPDATE SET last=last+1 RETURNING last");
  q.bind(1, issuer).bind(2, series).bind(3, year);
  q.step();
  return static_cast<int>(q.i64(0));
}
int64_t Store::add_decision(const domain::Decision& d) {
  Stmt q(impl_->db,
         "INSERT INTO decisions(movement_id,round,number,symbol,date,signer,total_money,created_at) "
         "VALUES(?,?,?,?,?,?,?,?) RETURNING id");
  q.bind(1, d.movement_id)
      .bind(2, d.round)
      .bind(3, d.number)
      .bind(4, d.symbol)
      .bind(5, d.date)
      .bind(6, d.signer)
      .bind(7, d.total_money)
      .bind(8, impl_->clock.now_iso());
  q.step();
  return q.i64(0);
}
std::vector<domain::Decision> Store::decisions(int64_t movement_id) {
  std::vector<domain::Decision> out;
  Stmt q(impl_->db,
         "SELECT id,movement_id,round,number,symbol,date,signer,total_money,created_at FROM decisions WHERE "
         "movement_id=? ORDER BY id");
  q.bind(1, movement_id);
  while (q.step())
    out.push_back({q.i64(0), q.i64(1), q.text(2), static_cast<int>(q.i64(3)), q.text(4), q.text(5), q.text(6),
                   q.i64(7), q.text(8)});
  return out;
}
void Store::add_award(const domain::PastAward& a) {
  int64_t id = 0;
  if (a.subject.type == domain::code(domain::SubjectKind::Agency)) {
    auto x = agency(a.subject.code);
    if (!x) throw Error("không có đơn vị «" + a.subject.code + "»");
    id = x->id;
  } else {
    auto x = person(a.subject.code);
    if (!x) throw Error("không có cá nhân «" + a.subject.code + "»");
    id = x->id;
  }
  Stmt q(impl_->db,
         "INSERT INTO "
         "award_history(subject_type,subject_id,year,award,name,decision,decision_date,issuer,kind,topic) "
         "VALUES(?,?,?,?,?,?,?,?,?,?)");
  q.bind(1, a.subject.type)
      .bind(2, id)
      .bind(3, a.year)
      .bind(4, a.award)
      .bind(5, a.name)
      .bind(6, a.decision)
      .bind_opt(7, a.date ? std::optional<std::string>(a.date->iso()) : std::nullopt)
      .bind(8, a.issuer)
      .bind(9, a.kind)
      .bind(10, a.topic)
      .run();
}

// ─── Round dates ───
void Store::set_round_date(int64_t movement_id, const std::string& round, const std::string& key,
                           const std::string& date) {
  Stmt q(impl_->db, "INSERT INTO round_dates VALUES(?,?,?,?) ON CONFLICT DO UPDATE SET date=excluded.date");
  q.bind(1, movement_id).bind(2, round).bind(3, key).bind(4, date).run();
}
std::map<std::string, std::string> Store::round_dates(int64_t movement_id, const std::string& round) {
  std::map<std::string, std::string> out;
  Stmt q(impl_->db, "SELECT key, date FROM round_dates WHERE movement_id=? AND round=?");
  q.bind(1, movement_id).bind(2, round);
  while (q.step()) out[q.text(0)] = q.text(1);
  return out;
}

// ─── Snapshot ───
domain::Dataset Store::snapshot(std::optional<int64_t> dossier_scope) {
  domain::Dataset ds;
  std::map<int64_t, std::string> agency_code, person_code;
  std::map<int64_t, std::vector<int64_t>> children;
  {
    Stmt q(impl_->db,
           "SELECT "
           "a.id,a.code,a.name,a.short_name,a.level,a.kind,COALESCE(p.code,''),a.valid_to,COALESCE(a.parent_"
           "id,0),a.place FROM agencies a "
           "LEFT JOIN agencies p ON p.id=a.parent_id ORDER BY a.id");
    while (q.step()) {
      domain::Agency a{q.text(1), q.text(2), q.text(3), q.text(4), q.text(5), q.text(6), std::nullopt};
      a.place = q.text(9);
      if (!q.null(7)) a.valid_to = core::parse_date(q.text(7));
      agency_code[q.i64(0)] = a.code;
      children[q.i64(8)].push_back(q.i64(0));
      ds.agencies.push_back(std::move(a));
    }
  }
  // The agencies whose people and records a dossier's rules can read: the unit, its subunits and the units of
  // its nominees. Every agency and every metric value stay (rankings compare all units).
  std::optional<std::set<int64_t>> scope;
  if (dossier_scope) {
    scope.emplace();
    std::vector<int64_t> todo;
    Stmt d(impl_->db, "SELECT agency_id FROM dossiers WHERE id=?");
    d.bind(1, *dossier_scope);
    if (d.step()) todo.push_back(d.i64(0));
    Stmt n(
        impl_->db,
        "SELECT CASE n.subject_type WHEN 'person' THEN p.agency_id ELSE n.subject_id END FROM nominations n "
        "LEFT JOIN people p ON n.subject_type='person' AND p.id=n.subject_id WHERE n.dossier_id=?");
    n.bind(1, *dossier_scope);
    while (n.step()) todo.push_back(n.i64(0));
    while (!todo.empty()) {
      int64_t id = todo.back();
      todo.pop_back();
      if (!scope->insert(id).second) continue;
      for (auto c : children[id]) todo.push_back(c);
    }
  }
  std::set<int64_t> people_in;  // people loaded (all when not scoped)
  {
    Stmt q(impl_->db,
           "SELECT "
           "p.id,p.code,p.full_name,p.gender,p.position,a.code,COALESCE(p.birth_date,''),p.key_leader,p."
           "agency_id FROM people p "
           "JOIN agencies a ON a.id=p.agency_id ORDER BY p.id");
    while (q.step()) {
      if (scope && !scope->count(q.i64(8))) {
        person_code[q.i64(0)] = q.text(1);  // metric values of every person stay
        continue;
      }
      domain::Person p{q.text(1),    q.text(2), q.text(3), q.text(4), q.text(5), core::parse_date(q.text(6)),
                       q.i64(7) != 0};
      person_code[q.i64(0)] = p.code;
      people_in.insert(q.i64(0));
      ds.people.push_back(std::move(p));
    }
  }
  // Out of scope: a person not loaded (records of agencies are always kept).
  auto skip = [&](const std::string& type, int64_t id) {
    return scope && type == "person" && !people_in.count(id);
  };
  auto ref = [&](const std::string& type, int64_t id) {
    return domain::SubjectRef{type, type == "agency" ? agency_code[id] : person_code[id]};
  };
  {
    Stmt q(impl_->db,
           "SELECT subject_type,subject_id,metric,year,value FROM metric_values ORDER BY "
           "subject_type,subject_id,metric,year");
    std::map<std::tuple<std::string, int64_t, std::string>, size_t> at;
    while (q.step()) {
      auto key = std::make_tuple(q.text(0), q.i64(1), q.text(2));
      auto it = at.find(key);
      if (it == at.end()) {
        it = at.emplace(key, ds.metrics.size()).first;
        ds.metrics.push_back({ref(q.text(0), q.i64(1)), q.text(2), {}});
      }
      ds.metrics[it->second].values[static_cast<int>(q.i64(3))] = q.dbl(4);
    }
  }
  {
    Stmt q(impl_->db, "SELECT subject_type,subject_id,year,level FROM ratings");
    while (q.step())
      if (!skip(q.text(0), q.i64(1)))
        ds.ratings.push_back({ref(q.text(0), q.i64(1)), static_cast<int>(q.i64(2)), q.text(3)});
  }
  {
    Stmt q(impl_->db,
           "SELECT "
           "subject_type,subject_id,year,award,name,decision,COALESCE(decision_date,''),issuer,kind,topic "
           "FROM award_history ORDER BY id");
    while (q.step())
      if (!skip(q.text(0), q.i64(1)))
        ds.awards.push_back({ref(q.text(0), q.i64(1)), static_cast<int>(q.i64(2)), q.text(3), q.text(4),
                             q.text(5), q.text(7), q.text(8), q.text(9), core::parse_date(q.text(6))});
  }
  {
    Stmt q(impl_->db, "SELECT person_id,level,decided,COALESCE(until,''),note FROM disciplines ORDER BY id");
    while (q.step()) {
      if (skip("person", q.i64(0))) continue;
      auto decided = core::parse_date(q.text(2));
      if (!decided) continue;
      ds.disciplines.push_back(
          {person_code[q.i64(0)], q.text(1), *decided, core::parse_date(q.text(3)), q.text(4)});
    }
  }
  {
    Stmt q(impl_->db, "SELECT id,title,level,year,decision FROM initiatives ORDER BY id");
    std::map<int64_t, size_t> at;
    while (q.step()) {
      at[q.i64(0)] = ds.initiatives.size();
      ds.initiatives.push_back({q.text(1), q.text(2), q.text(4), static_cast<int>(q.i64(3)), {}});
    }
    Stmt a(impl_->db, "SELECT initiative_id,subject_type,subject_id FROM initiative_authors");
    while (a.step())
      if (auto it = at.find(a.i64(0)); it != at.end() && !skip(a.text(1), a.i64(2)))
        ds.initiatives[it->second].authors.push_back(ref(a.text(1), a.i64(2)));
  }
  return ds;
}

}  // namespace tdkt::store
