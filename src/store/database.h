#pragma once
// The SQLite file of the man page's FILES and SECURITY: opened with a busy timeout and safe pragmas,
// migrated by PRAGMA user_version, written only inside BEGIN IMMEDIATE transactions.
#include <chrono>
#include <filesystem>
#include <functional>
#include <memory>
#include <optional>
#include <string>

#include <SQLiteCpp/Database.h>

#include "core/model.h"

namespace acctool::store {

inline constexpr int k_schema_version = 17;

// How long a writer waits for another acct that holds the write lock: longer than the
// longest write takes (a million-row import), so that a cron job and an interactive
// session never see "database is locked".
inline constexpr std::chrono::minutes k_lock_wait{10};

// Who writes, for the journal: the command line as typed, its time, and the day before
// which journal entries are pruned (storage.journal_days).
struct JournalOrigin {
    std::string command;
    std::string at;  // "YYYY-MM-DDTHH:MM"
    std::optional<std::string> prune_before;  // "YYYY-MM-DD"
};

enum class OpenMode {
    MustExist,       // the file must exist (the read commands); opened and migrated like any open
    CreateIfMissing  // creates the file (0600) and its directory (0700), then migrates
};

struct RateCache;  // store/rates.cpp: the base and the rates, loaded once per connection

struct Exposure {
    unsigned file_mode = 0600;
    unsigned directory_mode = 0700;
};

class Database {
public:
    // Opens and migrates. Throws NotFound when the file is missing in MustExist mode,
    // Failure when the file's schema is newer than this binary or SQLite fails.
    // `on_wait` runs once, about a second into a wait for another process's lock.
    Database(const std::filesystem::path& path, OpenMode mode, std::function<void()> on_wait = {});
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    // A private temporary copy of this database (SQLite's unnamed temporary file, which
    // spills to disk when large), taken under a read snapshot: a dry run writes there,
    // so it never takes this file's write lock.
    std::unique_ptr<Database> scratch_copy();

    SQLite::Database& sql() { return *m_db; }
    const std::filesystem::path& path() const { return m_path; }
    int schema_version();
    // The permission bits of the file and of its directory, for the warnings of the man
    // page's SECURITY (warnings, not errors: the user may share them on purpose).
    Exposure exposure() const;
    // Set by the command line once it knows itself: from then on every WriteTransaction
    // journals (store/journal.h). Without it (tests of the store) nothing is journaled.
    void set_journal_origin(JournalOrigin origin) { m_origin = std::move(origin); }
    const std::optional<JournalOrigin>& journal_origin() const { return m_origin; }
    // Owned by store/rates.cpp; reset whenever rates or the base change.
    std::shared_ptr<RateCache>& rate_cache() { return m_rate_cache; }

private:
    struct Scratch {};
    Database(Scratch, Database& source);
    static int on_busy(void* self, int count);

    std::filesystem::path m_path;
    std::unique_ptr<SQLite::Database> m_db;
    std::optional<JournalOrigin> m_origin;
    std::function<void()> m_on_wait;
    std::chrono::steady_clock::time_point m_wait_start;
    bool m_told_wait = false;
    std::shared_ptr<RateCache> m_rate_cache;
};

// How a write is journaled: Rows records every changed record; Batch (imports) keeps the
// inserted records as id ranges; None writes no entry (undo itself).
enum class Journaling { Rows, Batch, None };

// BEGIN IMMEDIATE on construction, ROLLBACK on destruction unless commit() ran: a deferred
// transaction that reads and then writes fails at once with "database is locked" instead of
// waiting, so every write of acct takes the write lock up front and waits its turn.
class WriteTransaction {
public:
    explicit WriteTransaction(Database& db, Journaling journaling = Journaling::Rows);
    ~WriteTransaction();
    WriteTransaction(const WriteTransaction&) = delete;
    WriteTransaction& operator=(const WriteTransaction&) = delete;
    void commit();

private:
    Database& m_owner;
    SQLite::Database& m_db;
    std::optional<Id> m_entry;
    bool m_done = false;
};

}  // namespace acctool::store
