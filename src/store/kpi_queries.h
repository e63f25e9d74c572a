#pragma once
// The facts behind `acct kpi` (man page: KPI AND COMMISSION DEFINITIONS), aggregated in SQL on the date indexes:
// sums and counts per period, and the short lists the bonuses and medians need.
#include <vector>

#include "core/kpi.h"
#include "core/statement.h"
#include "store/database.h"

namespace acctool::store {

// Facts of period p. `as_of` is the day point-in-time figures are taken on (active
// clients, overdue receivables): p's last day, or today when that is earlier.
KpiFacts load_kpi_facts(Database& db, const Period& p, Date as_of, int active_window_days);

// The lines of the commission statement of p: won deals closed in p and refunds dated in
// it (negative), or with `collected` the payments dated in p. The same rows whose sums
// load_kpi_facts takes, so that the statement adds up to kpi's basis.
std::vector<StatementEvent> load_statement_events(Database& db, const Period& p, bool collected);

}  // namespace acctool::store
