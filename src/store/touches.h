#pragma once
// Touches: the interactions with a client.
#include <optional>
#include <vector>

#include "core/dates.h"
#include "core/model.h"
#include "store/database.h"

namespace acctool::store {

Id insert_touch(Database& db, const Touch& touch);
// The client's latest touches, newest first (by date, then id), at most `limit`.
std::vector<Touch> recent_touches(Database& db, Id client_id, int limit);

Touch get_touch(Database& db, Id id);  // throws NotFound
// Writes back every field but the id.
void update_touch(Database& db, const Touch& touch);
// Deletes the touch and the follow-ups it opened; the follow-ups it closed are open again.
// Throws NotFound.
void delete_touch(Database& db, Id id);

// How many follow-ups the touch opened, and how many it closed (done by it).
struct TouchFollowUps {
    long opened = 0, closed = 0;
};
TouchFollowUps followups_of_touch(Database& db, Id id);

struct TouchFilter {
    std::optional<Id> client_id;
    std::optional<TouchKind> kind;
    std::optional<Period> period;  // by the touch's date
};

// By date, then id.
std::vector<Touch> list_touches(Database& db, const TouchFilter& filter);

}  // namespace acctool::store
