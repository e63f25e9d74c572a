#pragma once
// The SQLite file of DESIGN section 8: opened with a busy timeout and safe pragmas,
// migrated by PRAGMA user_version, written only inside BEGIN IMMEDIATE transactions.
#include <filesystem>
#include <memory>

#include <SQLiteCpp/Database.h>

namespace acctool::store {

inline constexpr int k_schema_version = 8;

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

private:
    std::filesystem::path m_path;
    std::unique_ptr<SQLite::Database> m_db;
};

// BEGIN IMMEDIATE on construction, ROLLBACK on destruction unless commit() ran: a deferred
// transaction that reads and then writes fails at once with "database is locked" instead of
// waiting, so every write of acct takes the write lock up front and waits its turn.
class WriteTransaction {
public:
    explicit WriteTransaction(Database& db);
    ~WriteTransaction();
    WriteTransaction(const WriteTransaction&) = delete;
    WriteTransaction& operator=(const WriteTransaction&) = delete;
    void commit();

private:
    SQLite::Database& m_db;
    bool m_done = false;
};

}  // namespace acctool::store
