#pragma once
// `acct backup`: a consistent copy of the live database through the SQLite online backup
// API, taken in one step under a read snapshot, so writers carry on (WAL) meanwhile.
#include <filesystem>
#include <string>

#include "store/database.h"

namespace acctool::store {

// Copies db to a private (0600) temporary file beside `target`, checks the copy with
// PRAGMA integrity_check, syncs it and renames it onto `target`. Throws Conflict when
// `target` exists and `replace` is false, InvalidInput when `target` is the database
// itself, Failure when the copy fails or is not intact (the temporary file is removed).
void backup_database(Database& db, const std::filesystem::path& target, bool replace);

}  // namespace acctool::store
