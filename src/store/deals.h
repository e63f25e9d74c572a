#pragma once
// Deals (their refunds are in refunds.h).
#include <optional>
#include <vector>

#include "core/dates.h"
#include "core/model.h"
#include "store/database.h"

namespace acctool::store {

Id insert_deal(Database& db, const Deal& deal);
// Writes back every field but the creation date (the client too: `deal edit --client`).
void update_deal(Database& db, const Deal& deal);
Deal get_deal(Database& db, Id id);  // throws NotFound
// Deletes the deal with its refunds; invoices of the deal keep their amounts and lose the
// link (deal_id NULL). first_won follows through its triggers.
void delete_deal(Database& db, Id id);
// How many invoices name the deal.
int invoices_of_deal(Database& db, Id id);

struct DealFilter {
    bool open = false, won = false, lost = false;  // none set: every stage
    std::optional<Id> client_id;
    // Closed deals by closed_on, open deals by expected_close (none: not in any period).
    std::optional<Period> period;
    // The product line, matched as names are (core/names.h): "Paints" finds "paints".
    std::optional<std::string> product;
};

struct DealListing {
    Deal deal;
    std::optional<Date> last_touch;  // of the deal's client, for the stale rule
};

// In id order.
std::vector<DealListing> list_deals(Database& db, const DealFilter& filter);

// Won amounts closed in the period less refunds dated in it, for one client.
Money client_revenue(Database& db, Id client_id, const Period& period);
// The close date of the client's latest won deal.
std::optional<Date> last_won_on(Database& db, Id client_id);

}  // namespace acctool::store
