#pragma once
// The migrations, in order: migration N brings the schema from version N-1 to N.
#include <string_view>
#include <vector>

#include "core/model.h"

namespace acctool::store {

class Database;

const std::vector<std::string_view>& migrations();

// For bulk imports of deals, inside their write transaction: begin drops the secondary
// indexes of deal and first_won's insert trigger and returns the last deal id; end builds
// them again and folds the deals inserted since into first_won (the schema and the data
// are then as if every row had been inserted with them in place).
Id begin_bulk_deal_load(Database& db);
void end_bulk_deal_load(Database& db, Id last_id_before);

}  // namespace acctool::store
