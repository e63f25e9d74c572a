#pragma once
// The migrations, in order: migration N brings the schema from version N-1 to N.
#include <string_view>
#include <vector>

#include "core/model.h"

namespace acctool::store {

class Database;

// A migration is SQL, then optionally C++ for what SQL cannot compute (a Unicode name
// key, say). Both run inside the migrating transaction.
struct Migration {
    std::string_view sql;
    void (*code)(Database& db) = nullptr;
};
const std::vector<Migration>& migrations();

// For bulk imports of deals or touches, inside their write transaction: begin drops the
// table's secondary indexes (and, for deals, first_won's insert trigger) and returns its
// last id; end builds them again and, for deals, folds the rows inserted since into
// first_won. The schema and the data are then as if every row had been inserted with them
// in place; a sorted build is several times faster than a million ordered inserts.
enum class BulkTable { Deal, Touch };

// For deleting many deals at once (undo of an import): suspend drops first_won's delete
// trigger, whose recompute per row would read each client's whole won history; rebuild
// computes first_won from the deals once and puts the trigger back.
void suspend_first_won_deletes(Database& db);
void rebuild_first_won(Database& db);
Id begin_bulk_load(Database& db, BulkTable table);
void end_bulk_load(Database& db, BulkTable table, Id last_id_before);

}  // namespace acctool::store
