#pragma once
// Follow-up records (core/followup.h).
#include <functional>
#include <optional>
#include <vector>

#include "core/dates.h"
#include "core/followup.h"
#include "store/database.h"

namespace SQLite {
class Statement;
}

namespace acctool::store {

// Binds ?1..?8 in the column order client_id, due_on, action, contact_id, touch_id,
// state, closed_on, closed_by: shared by insert_followup and the importer.
void bind_followup_fields(SQLite::Statement& q, const FollowUp& f);
Id insert_followup(Database& db, const FollowUp& f);
// Every follow-up in id order (export).
void each_followup(Database& db, const std::function<void(const FollowUp&)>& visit);
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
