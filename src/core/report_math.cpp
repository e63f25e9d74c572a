#include "core/report_math.h"

#include "core/i18n.h"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace acctool {
namespace {
// Products of money and small factors, compared exactly without overflow.
__extension__ typedef __int128 Wide;
}  // namespace


std::optional<double> share_of(Money part, Money total) {
    if (total.minor <= 0) return std::nullopt;
    return double(part.minor) / double(total.minor);
}

std::optional<double> growth_of(Money current, Money previous) {
    if (previous.minor <= 0) return std::nullopt;
    return double(current.minor - previous.minor) / double(previous.minor);
}

std::optional<Money> average_of(Money total, std::int64_t count) {
    if (count <= 0) return std::nullopt;
    return scale_money(total, 1, count);
}

std::optional<double> coefficient_of_variation(const std::vector<Money>& series) {
    if (series.empty()) return std::nullopt;
    const double n = double(series.size());
    double sum = 0;
    for (Money m : series) sum += double(m.minor);
    const double mean = sum / n;
    if (!(mean > 0)) return std::nullopt;
    double squares = 0;
    for (Money m : series) squares += (double(m.minor) - mean) * (double(m.minor) - mean);
    return std::sqrt(squares / n) / mean;
}

std::string xyz_class(std::optional<double> cv) {
    if (!cv) return {};
    // Compared at 1e-9 so that a cv computed as 0.25000000000000006 is still X.
    if (*cv <= 0.25 + 1e-9) return "X";
    if (*cv <= 0.5 + 1e-9) return "Y";
    return "Z";
}

std::vector<AbcEntry> classify_abc(const std::vector<Money>& revenues) {
    std::vector<AbcEntry> entries;
    Money total;
    for (std::size_t i = 0; i < revenues.size(); ++i) {
        entries.push_back({i, revenues[i], std::nullopt, std::nullopt, 'C'});
        total += revenues[i];
    }
    std::stable_sort(entries.begin(), entries.end(),
                     [](const AbcEntry& a, const AbcEntry& b) { return a.revenue > b.revenue; });
    Money before;
    for (auto& e : entries) {
        // before / total < 0.80  <=>  100 × before < 80 × total, in integers.
        const Wide scaled_before = Wide(before.minor) * 100;
        if (total.minor > 0 && scaled_before < Wide(total.minor) * 80) e.abc = 'A';
        else if (total.minor > 0 && scaled_before < Wide(total.minor) * 95) e.abc = 'B';
        else e.abc = 'C';
        before += e.revenue;
        e.share = share_of(e.revenue, total);
        e.cum_share = share_of(before, total);
    }
    return entries;
}

AgingBucket aging_bucket(int days_past_due) {
    if (days_past_due <= 0) return AgingBucket::Current;
    if (days_past_due <= 30) return AgingBucket::Days1To30;
    if (days_past_due <= 60) return AgingBucket::Days31To60;
    if (days_past_due <= 90) return AgingBucket::Days61To90;
    return AgingBucket::Days90Plus;
}

std::string trend_of(Money earlier, Money recent, std::optional<Date> first_order, Date window_start) {
    // TRANSLATORS: a client's trend in the portfolio report (CSV and JSON keep it in English).
    if (first_order && *first_order >= window_start) return NC_("token", "new");
    if (earlier.minor <= 0) return recent.minor > 0 ? NC_("token", "up") : NC_("token", "flat");
    // recent >= 1.1 × earlier  <=>  10 × recent >= 11 × earlier, in integers.
    const Wide r = Wide(recent.minor) * 10, e = Wide(earlier.minor);
    if (r >= e * 11) return "up";
    // TRANSLATORS: a client's trend in the portfolio report (CSV and JSON keep it in English).
    if (r <= e * 9) return NC_("token", "down");
    return "flat";
}

Money prorated_target(Money target, const Period& period, Date through) {
    if (through < period.first) return Money{};
    if (through > period.last) through = period.last;
    return scale_money(target, days_between(period.first, through) + 1, period.days());
}

namespace {

template <class Unit>
std::vector<Period> buckets_in(const Period& p, Unit unit_of) {
    std::vector<Period> out;
    for (Date d = p.first; d <= p.last;) {
        Period unit = unit_of(d);
        Period cut{std::max(unit.first, p.first), std::min(unit.last, p.last), unit.kind};
        out.push_back(cut);
        d = add_days(unit.last, 1);
    }
    return out;
}

}  // namespace

std::vector<Period> months_in(const Period& p) { return buckets_in(p, month_of); }
std::vector<Period> weeks_in(const Period& p) { return buckets_in(p, iso_week_of); }

bool is_stale(std::optional<Date> expected_close, Date stage_changed_on, std::optional<Date> last_touch,
              Date today, int stale_after_days) {
    if (expected_close && *expected_close < today) return true;
    Date latest = stage_changed_on;
    if (last_touch && *last_touch > latest) latest = *last_touch;
    return days_between(latest, today) >= stale_after_days;
}

std::optional<int> effective_cadence(const Settings& settings, const Client& client) {
    if (client.cadence_days) return client.cadence_days;
    if (const TierRule* t = settings.find_tier(client.tier)) return t->cadence_days;
    return std::nullopt;
}

bool cadence_overdue(std::optional<int> cadence, std::optional<int> days_since_touch) {
    if (!cadence) return false;
    return !days_since_touch || *days_since_touch > *cadence;
}

std::optional<std::int64_t> days_overdue(const Invoice& invoice, Date today) {
    if (invoice.open_amount() <= Money{} || !(invoice.due < today)) return std::nullopt;
    return days_between(invoice.due, today);
}

Receivables receivables_of(const std::vector<Invoice>& invoices, Date today) {
    Receivables r;
    for (const auto& i : invoices) {
        if (i.open_amount() <= Money{}) continue;
        r.open += i.open_in_base();
        if (days_overdue(i, today)) r.overdue += i.open_in_base();
    }
    return r;
}

bool is_active(std::optional<Date> last_order, Date today, int active_window_days) {
    return last_order && *last_order <= today && days_between(*last_order, today) < active_window_days;
}

bool is_dormant(ClientStatus status, std::optional<Date> last_order, Date today, int dormant_after_days) {
    return status == ClientStatus::Customer && last_order && days_between(*last_order, today) > dormant_after_days;
}

}  // namespace acctool
