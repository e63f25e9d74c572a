#pragma once
// Follow-up records (core/followup.h).
#include <optional>
#include <vector>

#include "core/dates.h"
#include "core/followup.h"
#include "store/database.h"

namespace acctool::store {

Id insert_followup(Database& db, const FollowUp& f);
FollowUp get_followup(Database& db, Id id);  // throws NotFound
// Writes back due, action, state, closed_on and closed_by.
void update_followup(Database& db, const FollowUp& f);

// The client's open follow-ups due on or before `day`, oldest due first.
std::vector<FollowUp> open_followups_due(Database& db, Id client_id, Date day);

struct FollowUpFilter {
    std::optional<Id> client_id;
    bool all = false;                 // done and dropped ones too
    std::optional<Date> overdue_on;   // only open ones due before this day
};
// Open ones oldest due first; with `all`, every state, by due day then id.
std::vector<FollowUp> list_followups(Database& db, const FollowUpFilter& filter);

}  // namespace acctool::store
