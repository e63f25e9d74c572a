#pragma once
// The SQLite file of DESIGN section 8: opened with a busy timeout and safe pragmas,
// migrated by PRAGMA user_version, written only inside BEGIN IMMEDIATE transactions.
#include <filesystem>
#include <memory>
#include <optional>
#include <string>

#include <SQLiteCpp/Database.h>

#include "core/model.h"

namespace acctool::store {

inline constexpr int k_schema_version = 12;

// Who writes, for the journal: the command line as typed, its time, and the day before
// which journal entries are pruned (storage.journal_days).
struct JournalOrigin {
    std::string command;
    std::string at;  // "YYYY-MM-DDTHH:MM"
    std::optional<std::string> prune_before;  // "YYYY-MM-DD"
};

enum class OpenMode {
    ReadOnly,      // the file must exist; reads only
    CreateIfMissing  // creates the file (0600) and its directory (0700), then migrates
};

class Database {
public:
    // Opens and migrates. Throws NotFound when the file is missing in ReadOnly mode,
    // Failure when the file's schema is newer than this binary or SQLite fails.
    Database(const std::filesystem::path& path, OpenMode mode);

    SQLite::Database& sql() { return *m_db; }
    const std::filesystem::path& path() const { return m_path; }
    int schema_version();
    // True when group or others may read the file (a warning, not an error: the user
    // may share it on purpose).
    bool readable_by_others() const;
    // Set by the command line once it knows itself: from then on every WriteTransaction
    // journals (store/journal.h). Without it (tests of the store) nothing is journaled.
    void set_journal_origin(JournalOrigin origin) { m_origin = std::move(origin); }
    const std::optional<JournalOrigin>& journal_origin() const { return m_origin; }

private:
    std::filesystem::path m_path;
    std::unique_ptr<SQLite::Database> m_db;
    std::optional<JournalOrigin> m_origin;
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
