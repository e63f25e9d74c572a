#include "store/database.h"

#include <sys/stat.h>
#include <unistd.h>

#include <sqlite3.h>

#include <thread>

#include <SQLiteCpp/Backup.h>

#include <fmt/format.h>
#include <fmt/std.h>

#include "core/errors.h"
#include "core/i18n.h"
#include "store/errors.h"
#include "store/journal.h"
#include "store/clients.h"
#include "store/rates.h"
#include "store/schema.h"

namespace acctool::store {
namespace fs = std::filesystem;
namespace {

// Refuses what could let someone else read or redirect the portfolio: a symlink in place
// of the database, or a file owned by another user.
void check_ownership(const fs::path& path) {
    struct stat st {};
    if (::lstat(path.c_str(), &st) != 0) return;
    if (S_ISLNK(st.st_mode))
        throw Failure(trf("refusing database {}: it is a symbolic link; name the real file", path));
    if (!S_ISREG(st.st_mode)) throw Failure(trf("refusing database {}: not a regular file", path));
    if (st.st_uid != ::geteuid())
        throw Failure(trf("refusing database {}: it belongs to another user (uid {})", path, st.st_uid));
}

// SQLite replays a -wal file it finds beside the database, and trusts its -shm: one that
// another user planted (or can write) would change the portfolio on the next open. Such a
// companion is refused rather than removed, since it may belong to a running process.
void check_companions(const fs::path& path) {
    for (const char* suffix : {"-wal", "-shm", "-journal"}) {
        const fs::path companion = path.string() + suffix;
        struct stat st {};
        if (::lstat(companion.c_str(), &st) != 0) continue;
        if (S_ISLNK(st.st_mode))
            // TRANSLATORS: "refusing database "/home/u/acct.db": "/home/u/acct.db-wal" is a symbolic
            // link; ...": the database, then its companion file.
            throw Failure(trf("refusing database {}: {} is a symbolic link; remove it once no acct is running", path,
                              companion));
        if (!S_ISREG(st.st_mode))
            // TRANSLATORS: the database, then its companion file.
            throw Failure(trf("refusing database {}: {} is not a regular file; remove it once no acct is running", path,
                              companion));
        if (st.st_uid != ::geteuid())
            // TRANSLATORS: the database, its companion file, a user id.
            throw Failure(trf("refusing database {}: {} belongs to another user (uid {}); remove it once no acct is "
                              "running",
                              path, companion, st.st_uid));
    }
}

void create_private_directory(const fs::path& dir) {
    if (dir.empty() || fs::exists(dir)) return;
    std::error_code ec;
    fs::create_directories(dir, ec);  // the process umask (077) makes each level 0700
    // TRANSLATORS: the directory, then the system's reason.
    if (ec) throw Failure(trf("cannot create directory {}: {}", dir, ec.message()));
}

int read_user_version(SQLite::Database& db) { return db.execAndGet("PRAGMA user_version").getInt(); }

void refuse_newer(const fs::path& path, int version) {
    if (version > k_schema_version)
        throw Failure(trf("database {} has schema version {}, newer than this acct understands ({}); use a newer acct",
                          path, version, k_schema_version));
}

// Runs the missing migrations in one transaction; a concurrent process that migrated
// first is seen after BEGIN IMMEDIATE, so nothing runs twice.
void migrate(Database& self, const fs::path& path) {
    SQLite::Database& db = self.sql();
    int version = read_user_version(db);
    refuse_newer(path, version);
    if (version == k_schema_version) return;
    db.exec("BEGIN IMMEDIATE");
    try {
        version = read_user_version(db);
        refuse_newer(path, version);
        const auto& k_migrations = migrations();
        for (int v = version; v < k_schema_version; ++v) {
            const std::string_view k_step_sql = k_migrations[v].sql;
            db.exec(std::string(k_step_sql));
            if (k_migrations[v].code) k_migrations[v].code(self);
        }
        db.exec(fmt::format("PRAGMA user_version = {}", k_schema_version));
        db.exec("COMMIT");
    } catch (...) {
        db.exec("ROLLBACK");
        throw;
    }
}

// Every open leaves the file in WAL mode, whatever mode it was found in: a file left in
// rollback mode by a killed init, an empty file, one another program switched back. The
// switch is one short write; it is skipped only when the file or its directory is not
// writable (a read of such a file works in its own mode).
void ensure_wal(SQLite::Database& db, const fs::path& path) {
    const std::string mode = db.execAndGet("PRAGMA journal_mode").getString();
    if (mode == "wal") return;
    const fs::path dir = path.parent_path().empty() ? fs::path(".") : path.parent_path();
    if (::access(path.c_str(), W_OK) != 0 || ::access(dir.c_str(), W_OK) != 0) return;
    const std::string now = db.execAndGet("PRAGMA journal_mode = WAL").getString();
    // TRANSLATORS: the database, then SQLite's journal mode (delete, truncate, ...).
    if (now != "wal") throw Failure(trf("database {}: cannot switch it to WAL mode (still {})", path, now));
}

// acct uses each connection from one thread, so SQLite's own locking is pure cost: no
// mutex per connection (OPEN_NOMUTEX) and no global allocation counters, which take a
// global mutex on every malloc and free (a tenth of a bulk import's time in SQLite calls).
// sqlite3_config only works before SQLite initialises, i.e. before the first open.
void configure_sqlite_once() {
    static const bool configured = [] {
        sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0);
        return true;
    }();
    (void)configured;
}

}  // namespace

// SQLite calls this while another connection holds the lock it needs: wait in short
// sleeps (a few milliseconds at first, then a tenth of a second) up to k_lock_wait, and
// say once, after a second, that we wait.
int Database::on_busy(void* self, int count) {
    auto& db = *static_cast<Database*>(self);
    const auto now = std::chrono::steady_clock::now();
    if (count == 0) db.m_wait_start = now;
    const auto waited = now - db.m_wait_start;
    if (waited >= k_lock_wait) return 0;
    if (!db.m_told_wait && waited >= std::chrono::seconds(1)) {
        db.m_told_wait = true;
        if (db.m_on_wait) db.m_on_wait();
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(count < 7 ? 1 << count : 100));
    return 1;
}

Database::Database(const fs::path& path, OpenMode mode, std::function<void()> on_wait)
    : m_path(path), m_on_wait(std::move(on_wait)) {
    const bool exists = fs::exists(fs::symlink_status(path));
    if (!exists && mode == OpenMode::MustExist)
        throw NotFound(trf("no database at {}; run 'acct init' to create it", path));
    if (exists) check_ownership(path);
    check_companions(path);
    if (!exists) create_private_directory(path.parent_path());
    try {
        configure_sqlite_once();
        m_db = std::make_unique<SQLite::Database>(path.string(),
                                                  SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE | SQLite::OPEN_NOMUTEX);
        note_connection(m_db->getHandle());
        register_currency_functions(*m_db, this);
        register_name_functions(*m_db);
        sqlite3_busy_handler(m_db->getHandle(), &Database::on_busy, this);
        m_db->exec("PRAGMA foreign_keys = ON");
        m_db->exec("PRAGMA trusted_schema = OFF");
        m_db->exec("PRAGMA synchronous = FULL");
        // SQLite's own page cache of 2 MiB, not a larger one: every page a larger cache
        // holds is fresh heap the kernel zeroes first, which cost reports over years of
        // history more time (a sixth of kpi, a fifth of plan) than rereading pages from the
        // operating system's cache saves. Memory stays flat as data grows.
        if (!exists) ::chmod(path.c_str(), 0600);
        ensure_wal(*m_db, path);
        migrate(*this, path);
    } catch (const SQLite::Exception& e) {
        // TRANSLATORS: the database, then SQLite's message, such as "database is locked".
        throw Failure(trf("database {}: {}", path, describe(e)));
    }
}

Database::Database(Scratch, Database& source) : m_path(source.m_path) {
    try {
        m_db = std::make_unique<SQLite::Database>("", SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE | SQLite::OPEN_NOMUTEX);
        register_currency_functions(*m_db, this);
        register_name_functions(*m_db);
        SQLite::Backup copy(*m_db, "main", source.sql(), "main");
        copy.executeStep(-1);
        m_db->exec("PRAGMA foreign_keys = ON");
        m_db->exec("PRAGMA trusted_schema = OFF");
        m_db->exec("PRAGMA synchronous = OFF");
    } catch (const SQLite::Exception& e) {
        // TRANSLATORS: the database, then SQLite's message.
        throw Failure(trf("database {}: cannot take a scratch copy: {}", m_path, sqlite_words(e.what())));
    }
}

std::unique_ptr<Database> Database::scratch_copy() {
    return std::unique_ptr<Database>(new Database(Scratch{}, *this));
}

int Database::schema_version() { return read_user_version(*m_db); }

Exposure Database::exposure() const {
    Exposure found;
    struct stat st {};
    if (::stat(m_path.c_str(), &st) == 0) found.file_mode = st.st_mode & 07777;
    const fs::path dir = m_path.parent_path().empty() ? fs::path(".") : m_path.parent_path();
    if (::stat(dir.c_str(), &st) == 0) found.directory_mode = st.st_mode & 07777;
    return found;
}

WriteTransaction::WriteTransaction(Database& db, Journaling journaling) : m_owner(db), m_db(db.sql()) {
    m_db.exec("BEGIN IMMEDIATE");
    if (journaling != Journaling::None && db.journal_origin())
        m_entry = open_journal_entry(db, *db.journal_origin(), journaling == Journaling::Batch);
}

WriteTransaction::~WriteTransaction() {
    if (m_done) return;
    try {
        m_db.exec("ROLLBACK");
    } catch (...) {
        // The transaction is already gone (SQLite rolled it back itself); nothing to undo.
    }
}

void WriteTransaction::commit() {
    if (m_entry) close_journal_entry(m_owner, *m_entry, *m_owner.journal_origin());
    m_db.exec("COMMIT");
    m_done = true;
}

}  // namespace acctool::store
