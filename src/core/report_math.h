#pragma once
// The arithmetic of the reports (man page: Reports) that is not aggregation: shares, growth,
// averages, the coefficient of variation, ABC/XYZ classes, aging buckets, the trend of a
// client, pro-rated targets and the calendar buckets (months, ISO weeks) of a period.
// Every ratio that would divide by zero is an empty optional, never NaN or infinity.
#include <algorithm>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/dates.h"
#include "core/model.h"
#include "core/money.h"
#include "core/settings.h"

namespace acctool {

// part / total as a ratio (0.2534); empty when total is not positive.
std::optional<double> share_of(Money part, Money total);
// (current - previous) / previous; empty when previous is not positive (growth from 0).
std::optional<double> growth_of(Money current, Money previous);
// total / count rounded half away from zero to minor units; empty when count is 0.
std::optional<Money> average_of(Money total, std::int64_t count);
// Population standard deviation / mean of the series; empty for an empty series or a mean
// that is not positive. A constant series gives 0.
std::optional<double> coefficient_of_variation(const std::vector<Money>& series);

// X: cv <= 0.25, Y: cv <= 0.5, Z: above; empty when the cv is undefined.
std::string xyz_class(std::optional<double> cv);

struct AbcEntry {
    std::size_t index = 0;   // position in the input
    Money revenue;
    std::optional<double> share;
    std::optional<double> cum_share;  // including this entry
    char abc = 'C';
};
// Sorts by revenue, largest first (ties keep the input order), and classifies: A while the
// cumulative share BEFORE the entry is below 80 % (so the entry that crosses 80 % is A),
// B while it is below 95 %, C for the rest. Exact in integers: no rounding at the borders.
std::vector<AbcEntry> classify_abc(const std::vector<Money>& revenues);

// Receivable aging by days past due: current (not yet due, <= 0), 1-30, 31-60, 61-90, 90+.
enum class AgingBucket { Current, Days1To30, Days31To60, Days61To90, Days90Plus };
AgingBucket aging_bucket(int days_past_due);

// A client's trend over the twelve months of `report portfolio`: "new" when its first won
// deal ever (first_order) is on or after window_start, the window's first day; otherwise
// the revenue of the last six months against the six before: "up" at +10 % or more
// (revenue after none counts as up), "down" at -10 % or less, "flat" in between (both 0
// included).
std::string trend_of(Money earlier, Money recent, std::optional<Date> first_order, Date window_start);

// target × (days from period.first to through, inclusive) / period days: the share of a
// period's target due by the day `through` (clamped to the period).
Money prorated_target(Money target, const Period& period, Date through);

// The calendar months that overlap p, each cut to p ("2026-11" buckets), and ISO weeks.
std::vector<Period> months_in(const Period& p);
std::vector<Period> weeks_in(const Period& p);

// An open deal is stale when it is past its expected close, or when neither its stage
// changed nor its client was touched for stale_after_days (man page: DESCRIPTION).
bool is_stale(std::optional<Date> expected_close, Date stage_changed_on, std::optional<Date> last_touch,
              Date today, int stale_after_days);

// A client's cadence: its own override, else its tier's; none for a tier the config lacks.
std::optional<int> effective_cadence(const Settings& settings, const Client& client);
// Overdue for contact: never touched (due at once, as in the plan) or touched more than
// `cadence` days ago; never overdue without a cadence.
bool cadence_overdue(std::optional<int> cadence, std::optional<int> days_since_touch);

// Days an invoice not fully paid is past its due date on `today`; none when it is paid or
// not yet due. The one meaning of "overdue" for an invoice (invoice list, client show, the
// plan's invoice-overdue reason, receivables).
std::optional<std::int64_t> days_overdue(const Invoice& invoice, Date today);

// A client's receivables on `today`: what its invoices still owe, and the overdue part.
struct Receivables {
    Money open;     // not yet paid, due or not
    Money overdue;  // past due and not yet paid
};
Receivables receivables_of(const std::vector<Invoice>& invoices, Date today);

// The day a report of `period` is computed at: its last day, or today while it runs.
inline Date as_of(const Period& period, Date today) { return std::min(period.last, today); }

// Active on `today`: a won deal in the active_window_days ending today (man page: DESCRIPTION).
bool is_active(std::optional<Date> last_order, Date today, int active_window_days);
// Dormant: a customer whose last won deal is more than dormant_after_days old; a client that
// never bought is not dormant.
bool is_dormant(ClientStatus status, std::optional<Date> last_order, Date today, int dormant_after_days);

}  // namespace acctool
