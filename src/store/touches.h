#pragma once
// Touches: the interactions with a client.
#include <vector>

#include "core/model.h"
#include "store/database.h"

namespace acctool::store {

Id insert_touch(Database& db, const Touch& touch);
// The client's latest touches, newest first (by date, then id), at most `limit`.
std::vector<Touch> recent_touches(Database& db, Id client_id, int limit);

}  // namespace acctool::store
