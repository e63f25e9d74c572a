#include "core/kpi.h"

#include <algorithm>
#include <cmath>

#include "core/deal_rules.h"
#include "core/exact_sum.h"

namespace acctool {
namespace {

// Whole calendar periods of the kind targets.period names, whatever the spelling
// (2026-Q4, this-quarter, 2026-10-01..2026-12-31).
// The whole period of `kind` that holds `day`.
Period target_period_of(TargetPeriod kind, Date day) {
    switch (kind) {
    case TargetPeriod::Month: return month_of(day);
    case TargetPeriod::Year: return year_of(day);
    case TargetPeriod::Quarter: break;
    }
    return quarter_of(day);
}

std::optional<Period> as_target_period(const Period& p, TargetPeriod kind) {
    Period whole = target_period_of(kind, p.first);
    if (whole.first != p.first || whole.last != p.last) return std::nullopt;
    return whole;
}

}  // namespace

std::optional<double> median(std::vector<double> values) {
    if (values.empty()) return std::nullopt;
    std::sort(values.begin(), values.end());
    const std::size_t mid = values.size() / 2;
    if (values.size() % 2 == 1) return values[mid];
    return (values[mid - 1] + values[mid]) / 2;
}

std::optional<Money> average(Money total, std::int64_t count) {
    if (count <= 0) return std::nullopt;
    return scale_money(total, 1, count);
}

std::optional<double> change(Money current, Money previous) {
    if (previous.minor <= 0) return std::nullopt;
    return money_ratio(current - previous, previous);
}

std::optional<double> win_rate(std::int64_t won, std::int64_t lost) {
    if (won + lost <= 0) return std::nullopt;
    return static_cast<double>(won) / static_cast<double>(won + lost);
}

std::optional<double> client_growth(const std::vector<std::pair<Money, Money>>& revenue_both) {
    std::vector<double> growth;
    for (const auto& [previous, current] : revenue_both)
        if (auto g = change(current, previous)) growth.push_back(*g);
    return median(growth);
}

Money weighted_pipeline(const std::vector<OpenDealGroup>& groups, const Settings& settings) {
    ExactSum weighted;
    for (const OpenDealGroup& g : groups) weighted.add(g.amount, stage_probability(settings, g.stage, g.probability));
    return weighted.rounded();
}

std::optional<double> coverage(Money weighted, Money basis, std::optional<Money> target) {
    if (!target || *target <= basis) return std::nullopt;
    return money_ratio(weighted, *target - basis);
}

std::optional<double> median_hours(const std::vector<std::int64_t>& minutes) {
    std::vector<double> hours;
    for (std::int64_t m : minutes) hours.push_back(static_cast<double>(m) / 60.0);
    return median(hours);
}

KpiReport compute_kpis(const KpiFacts& facts, const Targets& targets, const Settings& settings) {
    KpiReport r;
    r.revenue = facts.won_amount - facts.refunds;
    r.basis_is_collected = settings.commission_basis == CommissionBasis::Collected;
    r.basis = r.basis_is_collected ? facts.collected : r.revenue;
    r.targets = targets;
    r.revenue_attainment = attainment_of(r.revenue, targets.revenue);
    r.attainment = attainment_of(r.basis, targets.revenue);
    r.new_clients = static_cast<std::int64_t>(facts.new_clients.size());
    r.new_clients_attainment = attainment_of(r.new_clients, targets.new_clients);
    r.active_clients = facts.active_clients;
    r.active_clients_attainment = attainment_of(r.active_clients, targets.active_clients);
    r.avg_deal = average(facts.won_amount, facts.won_deals);
    if (auto prev = average(facts.prev_won_amount, facts.prev_won_deals); r.avg_deal && prev)
        r.avg_deal_change = change(*r.avg_deal, *prev);
    r.client_growth = client_growth(facts.client_revenue_both);
    r.win_rate = win_rate(facts.won_deals, facts.lost_deals);
    for (const OpenDealGroup& g : facts.open_deals) r.pipeline_open += g.amount;
    r.pipeline_weighted = weighted_pipeline(facts.open_deals, settings);
    r.coverage = coverage(r.pipeline_weighted, r.basis, targets.revenue);
    r.touches = facts.touches;
    r.overdue_receivables = facts.overdue_receivables;
    r.response_hours_median = median_hours(facts.response_minutes);
    r.resolution_hours_median = median_hours(facts.resolution_minutes);
    r.commission = compute_commission(r.basis, targets.revenue, settings);
    r.bonuses = bonus_events(settings.bonuses, facts.new_clients, facts.first_product_sales);
    r.bonus = total_bonus(r.bonuses);
    r.variable_pay = variable_pay(settings.variable_target, settings.kpi_weights,
                                  {r.attainment, r.active_clients_attainment, r.new_clients_attainment});
    r.payout = r.commission.commission + r.bonus + r.variable_pay;
    return r;
}

WhatIf what_if(const KpiReport& report, Money extra, const Settings& settings) {
    WhatIf w;
    w.sale = extra;
    w.basis = report.basis + extra;
    w.attainment = attainment_of(w.basis, report.targets.revenue);
    w.commission = compute_commission(w.basis, report.targets.revenue, settings).commission;
    w.variable_pay = variable_pay(settings.variable_target, settings.kpi_weights,
                                  {w.attainment, report.active_clients_attainment, report.new_clients_attainment});
    w.payout = w.commission + report.bonus + w.variable_pay;
    w.to_next_band = to_next_band(w.basis, report.targets.revenue, settings);
    return w;
}

std::pair<Targets, std::optional<std::string>> targets_for_period(const Period& p, const Settings& settings) {
    auto whole = as_target_period(p, settings.target_period);
    if (!whole) return {Targets{}, std::nullopt};
    const std::string label = format_period(*whole);
    return {settings.targets_for(label), label};
}

Period default_kpi_period(const Settings& settings, Date today) {
    return target_period_of(settings.target_period, today);
}

}  // namespace acctool
