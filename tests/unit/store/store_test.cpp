// The workspace store: migrations, upserts, sorted people, audit chain tamper detection, two writer
// processes at once, and SIGKILL of a writer in a loop with no committed row lost.
#include "store/store.hpp"

#include <gtest/gtest.h>
#include <signal.h>
#include <sqlite3.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <random>
#include <set>
#include <thread>

#include "core/diag.hpp"

using namespace tdkt;
namespace fs = std::filesystem;

namespace {
std::string fresh_db(const std::string& name) {
  std::string p = ::testing::TempDir() + "/" + name + "-" + std::to_string(::getpid()) + ".db";
  for (auto s : {"", "-wal", "-shm"}) fs::remove(p + s);
  return p;
}
domain::Agency agency(const std::string& code, const std::string& parent = "") {
  domain::Agency a;
  a.code = code;
  a.name = "Đơn vị " + code;
  a.level = "xa";
  a.parent = parent;
  return a;
}
domain::Person person(const std::string& code, const std::string& name, const std::string& unit) {
  domain::Person p;
  p.code = code;
  p.full_name = name;
  p.agency = unit;
  return p;
}
}  // namespace

TEST(Store, CreatesWorkspaceWithMigrationsAndPragmas) {
  auto path = fresh_db("create");
  auto s = store::Store::open(path);
  EXPECT_EQ(s->schema_version(), store::Store::latest_schema_version());
  EXPECT_EQ(s->integrity_check(), "ok");
  EXPECT_TRUE(fs::exists(path + "-wal"));  // WAL mode
  EXPECT_EQ(s->count("audit_log"), 1);     // the migration itself is logged
  s.reset();
  auto again = store::Store::open(path);  // reopening does not migrate twice
  EXPECT_EQ(again->count("audit_log"), 1);
}

TEST(Store, OlderWorkspaceIsMigratedInPlace) {
  auto path = fresh_db("migrate");
  {
    // A schema-1 workspace exactly as the first tdkt left it: migration 1 only, one agency.
    sqlite3* db = nullptr;
    ASSERT_EQ(sqlite3_open(path.c_str(), &db), SQLITE_OK);
    std::string sql = store::Store::migration_sql(1) +
                      "INSERT INTO agencies(code,name,level) VALUES('GIU-LAI','Đơn vị giữ lại','xa');"
                      "PRAGMA application_id=1413761876; PRAGMA user_version=1;";
    ASSERT_EQ(sqlite3_exec(db, sql.c_str(), nullptr, nullptr, nullptr), SQLITE_OK) << sqlite3_errmsg(db);
    sqlite3_close(db);
  }
  auto s = store::Store::open(path);
  EXPECT_EQ(s->schema_version(), store::Store::latest_schema_version());
  EXPECT_TRUE(s->agency("GIU-LAI").has_value());  // data survives the migration
  s->set_setting("tone_order", "ngang,huyen,sac,hoi,nga,nang", {});
  EXPECT_EQ(s->setting("tone_order"), "ngang,huyen,sac,hoi,nga,nang");
  EXPECT_TRUE(s->verify_audit().empty());
}

TEST(Store, RefusesANewerWorkspace) {
  auto path = fresh_db("newer");
  store::Store::open(path)->exec("PRAGMA user_version=99");
  EXPECT_THROW(store::Store::open(path), core::Error);
}

// Opened read-only (asked for, or because the file or folder cannot be written): reads work, every write is
// refused before it starts with the file named, and a store that still needs a migration is not opened.
// The permission case itself runs as a non-root user in tests/cli/readonly.sh (root ignores permissions).
TEST(Store, AReadOnlyStoreReadsAndRefusesEveryWrite) {
  auto path = fresh_db("readonly");
  store::Store::open(path)->transaction([] {});
  {
    auto w = store::Store::open(path);
    EXPECT_FALSE(w->read_only());
    w->transaction([&] { w->put_agency(agency("A1")); });
  }
  store::Store::Options o;
  o.read_only = true;
  auto r = store::Store::open(path, o);
  EXPECT_TRUE(r->read_only());
  ASSERT_TRUE(r->agency("A1").has_value());
  try {
    r->transaction([&] { r->put_agency(agency("A2")); });
    ADD_FAILURE() << "wrote";
  } catch (const core::Error& e) {
    EXPECT_NE(std::string(e.what()).find("chỉ đọc được"), std::string::npos) << e.what();
    EXPECT_NE(std::string(e.what()).find(path), std::string::npos) << e.what();
  }
  r.reset();
  EXPECT_FALSE(store::Store::open(path)->agency("A2").has_value());
  store::Store::open(path)->exec("PRAGMA user_version=8");  // an older store: needs migrations 9 …
  try {
    store::Store::open(path, o);
    ADD_FAILURE() << "opened a store that needs a migration read-only";
  } catch (const core::Error& e) {
    std::string want =
        "cần cập nhật lược đồ (8 → " + std::to_string(store::Store::latest_schema_version()) + ")";
    EXPECT_NE(std::string(e.what()).find(want), std::string::npos) << e.what();
  }
}

TEST(Store, RefusesAFileThatIsNotAWorkspace) {
  auto path = fresh_db("notdb");
  { std::ofstream(path) << "this is not sqlite"; }
  EXPECT_THROW(store::Store::open(path), core::Error);
}

// Another program's SQLite file given as --db is not silently turned into a workspace; a schema number that
// is negative (an index before the migrations: SIGBUS) or from the future is refused with the file named.
TEST(Store, RefusesAnotherProgramsSqliteFileAndImpossibleSchemaNumbers) {
  auto path = fresh_db("foreign");
  {
    sqlite3* db = nullptr;
    ASSERT_EQ(sqlite3_open(path.c_str(), &db), SQLITE_OK);
    ASSERT_EQ(sqlite3_exec(db, "CREATE TABLE ke_toan(so INTEGER); INSERT INTO ke_toan VALUES(1);", nullptr,
                           nullptr, nullptr),
              SQLITE_OK);
    sqlite3_close(db);
  }
  try {
    store::Store::open(path);
    ADD_FAILURE() << "opened";
  } catch (const core::Error& e) {
    EXPECT_NE(std::string(e.what()).find("của chương trình khác"), std::string::npos) << e.what();
    EXPECT_NE(std::string(e.what()).find(path), std::string::npos) << e.what();
  }
  {  // untouched: still its one table, no tdkt table
    sqlite3* db = nullptr;
    sqlite3_open(path.c_str(), &db);
    sqlite3_stmt* st = nullptr;
    sqlite3_prepare_v2(db, "SELECT count(*) FROM sqlite_master", -1, &st, nullptr);
    sqlite3_step(st);
    EXPECT_EQ(sqlite3_column_int(st, 0), 1);
    sqlite3_finalize(st);
    sqlite3_close(db);
  }
  for (int v : {-1, -2147483647, 1000}) {
    auto p = fresh_db("version");
    store::Store::open(p)->exec("PRAGMA user_version=" + std::to_string(v));
    try {
      store::Store::open(p);
      ADD_FAILURE() << "opened with user_version " << v;
    } catch (const core::Error& e) {
      EXPECT_NE(std::string(e.what()).find(p), std::string::npos) << e.what();
      EXPECT_NE(std::string(e.what()).find(v < 0 ? "không hợp lệ" : "mới hơn"), std::string::npos)
          << e.what();
    }
  }
  // An empty SQLite file (0 tables) is what `tdkt init` makes a workspace of.
  auto empty = fresh_db("empty");
  {
    sqlite3* db = nullptr;
    sqlite3_open(empty.c_str(), &db);
    sqlite3_close(db);
  }
  EXPECT_NO_THROW(store::Store::open(empty));
}

TEST(Store, ForeignKeysAreEnforced) {
  auto s = store::Store::open(fresh_db("fk"));
  EXPECT_THROW(s->exec("INSERT INTO people(code,full_name,ho,dem,ten,sort_key,agency_id) VALUES('x','A "
                       "B','A','','B',x'00',999)"),
               core::Error);
}

TEST(Store, PeopleComeBackInVietnameseNameOrder) {
  auto s = store::Store::open(fresh_db("people"));
  domain::Dataset ds;
  ds.agencies = {agency("UB"), agency("VP", "UB")};
  ds.people = {person("p1", "Nguyễn Văn Đức", "VP"), person("p2", "Trần Thị Anh", "VP"),
               person("p3", "Lê Văn Dũng", "UB"), person("p4", "Phạm Thị Ánh", "VP"),
               person("p5", "Hoàng Ân", "UB")};
  s->import_dataset(ds, "test", {});
  std::vector<std::string> got;
  for (auto& p : s->people()) got.push_back(p.full_name);
  EXPECT_EQ(got, (std::vector<std::string>{"Trần Thị Anh", "Phạm Thị Ánh", "Hoàng Ân", "Lê Văn Dũng",
                                           "Nguyễn Văn Đức"}));
  EXPECT_EQ(s->people("UB").size(), 2u);
  auto p = s->person("p1");
  ASSERT_TRUE(p);
  EXPECT_EQ(p->ho, "Nguyễn");
  EXPECT_EQ(p->dem, "Văn");
  EXPECT_EQ(p->ten, "Đức");
  EXPECT_EQ(s->agencies()[1].parent_code, "UB");
}

TEST(Store, ImportIsAllOrNothing) {
  auto s = store::Store::open(fresh_db("atomic"));
  domain::Dataset ds;
  ds.agencies = {agency("A1")};
  ds.people = {person("p1", "Nguyễn Văn A", "A1"), person("p2", "Trần Văn B", "KHONG-CO")};
  try {
    s->import_dataset(ds, "bad", {});
    FAIL() << "expected an error";
  } catch (const core::Error& e) {
    EXPECT_NE(std::string(e.what()).find("«KHONG-CO»"), std::string::npos) << e.what();
    EXPECT_NE(std::string(e.what()).find("Trần Văn B"), std::string::npos) << e.what();
  }
  EXPECT_EQ(s->count("agencies"), 0);  // rolled back, including the agency that was fine
  EXPECT_EQ(s->count("people"), 0);
  EXPECT_TRUE(s->verify_audit().empty());
}

TEST(Store, AuditLogIsAppendOnlyAndTamperEvident) {
  auto path = fresh_db("audit");
  {
    auto s = store::Store::open(path);
    for (int i = 0; i < 5; ++i)
      s->transaction([&] {
        s->put_agency(agency("A" + std::to_string(i)));
        s->audit({"Nguyễn Thị Hoa", "can_bo"}, "test", "agency", std::to_string(i), "tạo");
      });
    EXPECT_TRUE(s->verify_audit().empty());
    // The triggers refuse edits through SQL.
    EXPECT_THROW(s->exec("UPDATE audit_log SET actor='x' WHERE seq=3"), core::Error);
    EXPECT_THROW(s->exec("DELETE FROM audit_log WHERE seq=3"), core::Error);
  }
  {
    // Someone with the file drops the triggers and edits a row: the chain shows it.
    auto s = store::Store::open(path);
    s->exec("DROP TRIGGER audit_log_no_update; UPDATE audit_log SET detail='sửa' WHERE seq=3");
    auto problems = s->verify_audit();
    ASSERT_EQ(problems.size(), 1u);
    EXPECT_NE(problems[0].find("dòng nhật ký số 3"), std::string::npos);
    s->exec("DROP TRIGGER audit_log_no_delete; DELETE FROM audit_log WHERE seq=5");
    problems = s->verify_audit();
    bool missing = false;
    for (auto& p : problems) missing |= p.find("thiếu dòng nhật ký số 5") != std::string::npos;
    EXPECT_TRUE(missing);
  }
}

TEST(Store, TwoProcessesWritingAtOnceLoseNothing) {
  auto path = fresh_db("concurrent");
  store::Store::open(path).reset();
  constexpr int kPerWriter = 150;
  std::vector<pid_t> kids;
  for (int w = 0; w < 2; ++w) {
    pid_t pid = fork();
    ASSERT_GE(pid, 0);
    if (pid == 0) {
      int rc = 0;
      try {
        auto s = store::Store::open(path);
        for (int i = 0; i < kPerWriter; ++i)
          s->transaction([&] {
            std::string code = "W" + std::to_string(w) + "-" + std::to_string(i);
            s->put_agency(agency(code));
            s->audit({"writer" + std::to_string(w), "test"}, "insert", "agency", code, "");
          });
      } catch (const std::exception& e) {
        fprintf(stderr, "writer %d: %s\n", w, e.what());
        rc = 1;
      }
      _exit(rc);
    }
    kids.push_back(pid);
  }
  for (pid_t k : kids) {
    int st = 0;
    waitpid(k, &st, 0);
    EXPECT_TRUE(WIFEXITED(st) && WEXITSTATUS(st) == 0) << "a writer failed";
  }
  auto s = store::Store::open(path);
  EXPECT_EQ(s->count("agencies"), 2 * kPerWriter);
  EXPECT_EQ(s->count("audit_log"), 1 + 2 * kPerWriter);
  EXPECT_EQ(s->integrity_check(), "ok");
  EXPECT_TRUE(s->verify_audit().empty());  // one unbroken chain despite interleaving
}

TEST(Store, KilledWriterLosesNoCommittedRow) {
  auto path = fresh_db("sigkill");
  store::Store::open(path).reset();
  std::mt19937 rng(20261121);
  std::set<int> reported;
  int next = 0;
  constexpr int kLoops = 25;
  for (int loop = 0; loop < kLoops; ++loop) {
    int fds[2];
    ASSERT_EQ(pipe(fds), 0);
    int start = next;
    pid_t pid = fork();
    ASSERT_GE(pid, 0);
    if (pid == 0) {
      close(fds[0]);
      auto s = store::Store::open(path);
      for (int i = start;; ++i) {
        s->transaction([&] {
          std::string code = "K" + std::to_string(i);
          s->put_agency(agency(code));
          s->audit({"killer-test", "test"}, "insert", "agency", code, "");
        });
        // Only after COMMIT returned do we tell the parent the row is durable.
        if (write(fds[1], &i, sizeof i) != sizeof i) _exit(2);
      }
    }
    close(fds[1]);
    std::this_thread::sleep_for(std::chrono::milliseconds(20 + rng() % 60));
    kill(pid, SIGKILL);
    int st = 0;
    waitpid(pid, &st, 0);
    int v;
    while (read(fds[0], &v, sizeof v) == sizeof v) {
      reported.insert(v);
      next = std::max(next, v + 1);
    }
    close(fds[0]);
    next += 1000;  // the killed child may have committed rows it could not report; never reuse their codes
  }
  ASSERT_GT(reported.size(), 50u) << "writers did not get to commit anything";
  auto s = store::Store::open(path);
  EXPECT_EQ(s->integrity_check(), "ok");
  EXPECT_TRUE(s->verify_audit().empty());
  int missing = 0;
  for (int i : reported)
    if (!s->agency("K" + std::to_string(i))) ++missing;
  EXPECT_EQ(missing, 0) << "committed rows lost after SIGKILL";
}
