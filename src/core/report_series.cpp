#include "core/report_series.h"

#include <algorithm>
#include <map>

#include "core/exact_sum.h"
#include "core/report_math.h"
#include "core/text.h"

namespace acctool {

std::vector<SalesRow> bucket_by_time(const std::vector<SalesRow>& days, const Period& period, TimeBucket bucket) {
    const bool months = bucket == TimeBucket::Month;
    auto label = [months](Date d) { return months ? month_label(d) : iso_week_label(d); };
    std::vector<SalesRow> rows;
    std::map<std::string, std::size_t> index;
    for (const Period& b : months ? months_in(period) : weeks_in(period)) {
        index[label(b.first)] = rows.size();
        rows.push_back({label(b.first), 0, {}, {}});
    }
    for (const auto& t : days) {
        SalesRow& r = rows[index.at(label(parse_iso_date(t.key)))];
        r.deals += t.deals;
        r.won += t.won;
        r.revenue += t.revenue;
    }
    return rows;
}

void rank_by_revenue(std::vector<SalesRow>& rows) {
    std::stable_sort(rows.begin(), rows.end(), [](const SalesRow& a, const SalesRow& b) { return a.revenue > b.revenue; });
}

std::vector<std::optional<Money>> previous_revenue(std::vector<SalesRow>& rows, const std::vector<SalesRow>& before,
                                                   bool by_position) {
    std::vector<std::optional<Money>> prev(rows.size());
    if (by_position) {
        for (std::size_t i = 0; i < rows.size() && i < before.size(); ++i) prev[i] = before[i].revenue;
        return prev;
    }
    std::map<std::string, Money> by_key;
    for (const auto& b : before) by_key[b.key] = b.revenue;
    for (std::size_t i = 0; i < rows.size(); ++i) {
        auto it = by_key.find(rows[i].key);
        prev[i] = it == by_key.end() ? Money{} : it->second;
        if (it != by_key.end()) by_key.erase(it);
    }
    for (const auto& b : before)
        if (by_key.count(b.key)) {
            rows.push_back({b.key, 0, {}, {}});
            prev.push_back(b.revenue);
        }
    return prev;
}

std::vector<ForecastWeek> forecast_weeks(const Period& period, const std::vector<DatedMoney>& won,
                                         const std::vector<WeightedMoney>& open, std::optional<Money> target) {
    const auto weeks = weeks_in(period);
    std::map<std::string, std::size_t> index;
    for (std::size_t i = 0; i < weeks.size(); ++i) index[iso_week_label(weeks[i].first)] = i;
    std::vector<Money> won_in(weeks.size());
    std::vector<ExactSum> weighted(weeks.size());
    for (const auto& w : won) won_in[index.at(iso_week_label(w.day))] += w.amount;
    for (const auto& o : open) weighted[index.at(iso_week_label(o.day))].add(o.amount, o.probability);
    std::vector<ForecastWeek> out;
    ExactSum running;
    for (std::size_t i = 0; i < weeks.size(); ++i) {
        running.add(won_in[i]);
        running.add(weighted[i]);
        ForecastWeek w{weeks[i], won_in[i], weighted[i].rounded(), running.rounded(), std::nullopt};
        if (target) w.target_due = prorated_target(*target, period, weeks[i].last);
        out.push_back(w);
    }
    return out;
}

std::vector<AbcRow> abc_series(const std::vector<ClientMonthMoney>& revenue, const Period& period, Date today) {
    std::vector<Period> months;
    if (period.first <= today) months = months_in(Period{period.first, as_of(period, today), PeriodKind::Range});
    std::map<std::string, std::size_t> month_index;
    for (std::size_t i = 0; i < months.size(); ++i) month_index[month_label(months[i].first)] = i;

    struct ClientSeries {
        std::string name;
        Money revenue;
        std::vector<Money> monthly;
    };
    std::map<Id, ClientSeries> by_client;
    for (const auto& r : revenue) {
        auto& c = by_client[r.client_id];
        c.name = r.client;
        c.monthly.resize(months.size());
        c.revenue += r.revenue;
        if (auto it = month_index.find(r.month); it != month_index.end()) c.monthly[it->second] += r.revenue;
    }
    // Clients by name first, so that equal revenues keep a stable, readable order.
    std::vector<ClientSeries> clients;
    for (auto& [id, c] : by_client)
        if (c.revenue.minor > 0) clients.push_back(std::move(c));
    std::stable_sort(clients.begin(), clients.end(),
                     [](const ClientSeries& a, const ClientSeries& b) { return fold_case(a.name) < fold_case(b.name); });
    std::vector<Money> revenues;
    for (const auto& c : clients) revenues.push_back(c.revenue);

    std::vector<AbcRow> out;
    for (const auto& e : classify_abc(revenues)) {
        const ClientSeries& c = clients[e.index];
        const auto cv = coefficient_of_variation(c.monthly);
        out.push_back({c.name, c.revenue, e.share, e.cum_share, e.abc, cv, xyz_class(cv)});
    }
    return out;
}

}  // namespace acctool
