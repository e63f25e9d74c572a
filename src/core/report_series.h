#pragma once
// The series the time-based reports compute (man page: Reports), on plain structs the store
// fills: sales rows bucketed by month or ISO week, matched against the previous period,
// the forecast's weekly accumulation and the ABC/XYZ series of the clients. The commands
// only render what these return.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/dates.h"
#include "core/model.h"
#include "core/money.h"

namespace acctool {

// One row of `report sales`: a client, product, tier, ... or a month or week label; for
// dated input (before bucketing) the key is the day, YYYY-MM-DD.
struct SalesRow {
    std::string key;
    std::int64_t deals = 0;
    Money won;      // won deal amounts
    Money revenue;  // won less refunds
};

enum class TimeBucket { Month, Week };

// Dated rows summed into every month ("2026-11") or ISO week ("2026-W48") of the period, in
// calendar order, empty ones included so that a chart shows the gaps.
std::vector<SalesRow> bucket_by_time(const std::vector<SalesRow>& days, const Period& period, TimeBucket bucket);

// Largest revenue first; equal revenues keep their order (the store's key order).
void rank_by_revenue(std::vector<SalesRow>& rows);

// The previous period's revenue for each row: by position for time buckets (October against
// July for a quarter), by key otherwise, where a key that sold only before is appended to
// `rows` (with no sales now) and a key new in this period gets 0.
std::vector<std::optional<Money>> previous_revenue(std::vector<SalesRow>& rows, const std::vector<SalesRow>& before,
                                                   bool by_position);

// `report forecast`: per ISO week of the period, the won revenue, the probability-weighted
// open amounts expected to close, the running total of both (exact, rounded once per week)
// and the target pro-rated to the week's last day.
struct DatedMoney {
    Date day;
    Money amount;
};
struct WeightedMoney {
    Date day;
    Money amount;
    double probability = 0;
};
struct ForecastWeek {
    Period week;
    Money won;
    Money weighted;
    Money cumulative;
    std::optional<Money> target_due;
};
std::vector<ForecastWeek> forecast_weeks(const Period& period, const std::vector<DatedMoney>& won,
                                         const std::vector<WeightedMoney>& open, std::optional<Money> target);

// `report abc`: revenue per client and month ("YYYY-MM") in, one row per client with
// positive revenue out, classified A/B/C by revenue (largest first; equal revenues by
// name) and X/Y/Z by the variation of its monthly series over the months of the period
// that have begun by `today` (a month still ahead would look like a month without sales).
struct ClientMonthMoney {
    Id client_id = 0;
    std::string client;
    std::string month;
    Money revenue;
};
struct AbcRow {
    std::string client;
    Money revenue;
    std::optional<double> share;
    std::optional<double> cum_share;
    char abc = 'C';
    std::optional<double> cv;
    std::string xyz;  // empty when cv is undefined
};
std::vector<AbcRow> abc_series(const std::vector<ClientMonthMoney>& revenue, const Period& period, Date today);

}  // namespace acctool
