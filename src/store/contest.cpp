// Repositories of contests: the rules as imported, the entries with their authors, the judges' points.
#include "store/sqlite.hpp"

namespace tdkt::store {

namespace {
std::string join_lines(const std::vector<std::string>& v) {
  std::string s;
  for (auto& x : v) s += (s.empty() ? "" : "\n") + x;
  return s;
}
std::vector<std::string> split_lines(const std::string& s) {
  std::vector<std::string> out;
  size_t a = 0;
  while (a < s.size()) {
    size_t b = s.find('\n', a);
    if (b == std::string::npos) b = s.size();
    out.push_back(s.substr(a, b - a));
    a = b + 1;
  }
  return out;
}
}  // namespace

void Store::put_contest(int64_t movement_id, const std::string& rules_json) {
  Stmt q(impl_->db,
         "INSERT INTO contests(movement_id,rules,imported_at) VALUES(?,?,?) "
         "ON CONFLICT(movement_id) DO UPDATE SET rules=excluded.rules, imported_at=excluded.imported_at");
  q.bind(1, movement_id).bind(2, rules_json).bind(3, impl_->clock.now_iso()).run();
}

std::optional<std::string> Store::contest_rules(int64_t movement_id) {
  Stmt q(impl_->db, "SELECT rules FROM contests WHERE movement_id=?");
  q.bind(1, movement_id);
  if (!q.step()) return std::nullopt;
  return q.text(0);
}

int64_t Store::add_entry(const domain::ContestEntry& e) {
  Stmt q(impl_->db,
         "INSERT INTO "
         "contest_entries(movement_id,code,title,topic,summary,authors,author_names,unit_code,file_path,"
         "file_sha256,submitted_on,created_at,file_blob) VALUES(?,?,?,?,?,?,?,?,?,?,?,?,?) RETURNING id");
  q.bind(1, e.movement_id)
      .bind(2, e.code)
      .bind(3, e.title)
      .bind(4, e.topic)
      .bind(5, e.summary)
      .bind(6, join_lines(e.authors))
      .bind(7, e.author_names)
      .bind(8, e.unit_code)
      .bind(9, e.file_path)
      .bind(10, e.file_sha256)
      .bind(11, e.submitted_on)
      .bind(12, impl_->clock.now_iso())
      .bind(13, e.file_blob);
  q.step();
  return q.i64(0);
}

std::vector<domain::ContestEntry> Store::entries(int64_t movement_id) {
  Stmt q(
      impl_->db,
      "SELECT id,movement_id,code,title,topic,summary,authors,author_names,unit_code,file_path,file_sha256,"
      "submitted_on,prize,rank,points,jury_order,file_blob FROM contest_entries WHERE movement_id=? ORDER BY "
      "id");
  q.bind(1, movement_id);
  std::vector<domain::ContestEntry> out;
  while (q.step()) {
    domain::ContestEntry e;
    e.id = q.i64(0);
    e.movement_id = q.i64(1);
    e.code = q.text(2);
    e.title = q.text(3);
    e.topic = static_cast<int>(q.i64(4));
    e.summary = q.text(5);
    e.authors = split_lines(q.text(6));
    e.author_names = q.text(7);
    e.unit_code = q.text(8);
    e.file_path = q.text(9);
    e.file_sha256 = q.text(10);
    e.submitted_on = q.text(11);
    e.prize = q.text(12);
    if (!q.null(13)) e.rank = static_cast<int>(q.i64(13));
    if (!q.null(14)) e.points = q.dbl(14);
    if (!q.null(15)) e.jury_order = static_cast<int>(q.i64(15));
    e.file_blob = q.text(16);
    out.push_back(std::move(e));
  }
  return out;
}

void Store::put_score(const domain::ContestScore& s) {
  Stmt q(impl_->db,
         "INSERT INTO contest_scores(entry_id,judge,criterion,points,created_at) VALUES(?,?,?,?,?) "
         "ON CONFLICT(entry_id,judge,criterion) DO UPDATE SET points=excluded.points, "
         "created_at=excluded.created_at");
  q.bind(1, s.entry_id)
      .bind(2, s.judge)
      .bind(3, s.criterion)
      .bind(4, s.points)
      .bind(5, impl_->clock.now_iso())
      .run();
}

std::vector<domain::ContestScore> Store::scores(int64_t movement_id) {
  Stmt q(impl_->db,
         "SELECT s.entry_id,s.judge,s.criterion,s.points FROM contest_scores s JOIN contest_entries e ON "
         "e.id=s.entry_id "
         "WHERE e.movement_id=? ORDER BY s.entry_id, s.judge, s.criterion");
  q.bind(1, movement_id);
  std::vector<domain::ContestScore> out;
  while (q.step()) out.push_back({q.i64(0), q.text(1), q.text(2), q.dbl(3)});
  return out;
}

void Store::set_entry_result(int64_t entry_id, const std::string& prize, std::optional<int> rank,
                             std::optional<double> points) {
  Stmt q(impl_->db, "UPDATE contest_entries SET prize=?, rank=?, points=? WHERE id=?");
  q.bind(1, prize);
  if (rank)
    q.bind(2, *rank);
  else
    q.bind_null(2);
  if (points)
    q.bind(3, *points);
  else
    q.bind_null(3);
  q.bind(4, entry_id).run();
}

void Store::set_jury_order(int64_t entry_id, std::optional<int> order) {
  Stmt q(impl_->db, "UPDATE contest_entries SET jury_order=? WHERE id=?");
  if (order)
    q.bind(1, *order);
  else
    q.bind_null(1);
  q.bind(2, entry_id).run();
}

std::vector<domain::InitiativeRef> Store::initiative_refs() {
  Stmt q(impl_->db, "SELECT title, level, year, decision FROM initiatives ORDER BY year, title");
  std::vector<domain::InitiativeRef> out;
  while (q.step()) out.push_back({q.text(0), q.text(1), q.text(3), static_cast<int>(q.i64(2))});
  return out;
}

}  // namespace tdkt::store
