#pragma once
// The aggregations behind `acct report` (man page: Reports). Each query sums in SQL over an
// index (see schema.cpp) and returns small rows; core/report_math does the rest.
// Revenue is won deal amounts closed in a period less refunds dated in that period.
#include <optional>
#include <string>
#include <vector>

#include "core/dates.h"
#include "core/kpi.h"
#include "core/model.h"
#include "core/report_series.h"
#include "store/database.h"
#include "store/deals.h"

namespace acctool::store {

// What `report sales --by` groups on.
enum class SalesKey { Client, Product, Month, Week, Tier, Region, Kind };

// Every group with a won deal or a refund in the period, in key order: won deals closed in
// the period, less the refunds dated in it of deals in the group. For SalesKey::Month and
// Week the key is the day (YYYY-MM-DD), for core's bucket_by_time.
std::vector<SalesRow> sales_totals(Database& db, const Period& period, SalesKey key);

// Revenue per client and month (YYYY-MM) in the period, with the client's name.
std::vector<ClientMonthMoney> client_month_revenue(Database& db, const Period& period);

// One client's activity per month (YYYY-MM), only months with something in them.
struct ClientMonth {
    std::string month;
    std::int64_t deals = 0;
    Money won;
    Money refunds;
    std::int64_t touches = 0;
};
std::vector<ClientMonth> client_history(Database& db, Id client_id);

// Open deals summed per stage and probability (none: the stage's probability), in stage
// and probability order, in base units at the rate of `today` (store/rates.h).
std::vector<OpenDealGroup> open_deal_groups(Database& db, Date today);

// Open deals, each with its client's last touch (for staleness).
std::vector<DealListing> open_deals(Database& db);

// Open deals whose expected close falls in the period, summed per day, stage, probability.
struct ExpectedClose {
    Date day;
    std::string stage;
    std::optional<double> probability;
    Money amount;
};
std::vector<ExpectedClose> expected_closes(Database& db, const Period& period, Date today);

// Open (not fully paid) invoice amounts of one client, per aging bucket as of `today`.
struct ClientAging {
    std::string client;
    Money current, d1_30, d31_60, d61_90, d90_plus;
};
std::vector<ClientAging> receivables_aging(Database& db, Date today);

// Touches of each non-archived client in a period, and its last touch up to `as_of`.
struct ClientActivity {
    Client client;
    std::int64_t touches = 0, calls = 0, visits = 0;
    std::optional<Date> last_touch;
};
std::vector<ClientActivity> client_activity(Database& db, const Period& period, Date as_of);

// The facts of each non-archived client for `report portfolio`, as of `today`.
struct ClientStanding {
    Client client;
    std::optional<Date> last_order;
    std::optional<Date> last_touch;
    Money open_pipeline;
    std::optional<Date> first_order;  // the first won deal ever (first_won), or customer_since if earlier
    Money overdue;          // open amounts of invoices past due
    bool stale_deal = false;
    bool open_case = false;
};
std::vector<ClientStanding> client_standings(Database& db, Date today, int stale_after_days);

// Revenue per client id in a period (clients with none are absent).
std::vector<std::pair<Id, Money>> revenue_per_client(Database& db, const Period& period);

}  // namespace acctool::store
