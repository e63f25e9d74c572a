#pragma once
// The migrations, in order: migration N brings the schema from version N-1 to N.
#include <string_view>
#include <vector>

namespace acctool::store {

class Database;

const std::vector<std::string_view>& migrations();

// For bulk imports, inside their write transaction: drop the secondary indexes of deal,
// then build them again before COMMIT (the schema is the same after as before).
void drop_deal_indexes(Database& db);
void create_deal_indexes(Database& db);

}  // namespace acctool::store
