#pragma once
// The KPIs of the man page's KPI AND COMMISSION DEFINITIONS computed from facts the store gathered (sums, counts and
// small lists); no SQL, no printing. Ratios with nothing to divide by are empty, never NaN.
#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "core/commission.h"
#include "core/dates.h"
#include "core/money.h"
#include "core/settings.h"

namespace acctool {

// Open deals grouped by stage and explicit probability (none: the stage's): what kpi,
// `report pipeline` and forecast coverage sum.
struct OpenDealGroup {
    std::string stage;
    std::optional<double> probability;
    Money amount;
    std::int64_t deals = 0;
};

// What the store knows about a period P (and the one of equal length before it).
struct KpiFacts {
    Money won_amount;             // won deals closed in P
    std::int64_t won_deals = 0;
    Money refunds;                // refunds dated in P
    Money prev_won_amount;        // the same, in the previous period (for avg_deal_change)
    std::int64_t prev_won_deals = 0;
    Money collected;              // payments dated in P (basis = collected)
    std::int64_t lost_deals = 0;  // lost deals closed in P
    std::int64_t active_clients = 0;
    std::vector<NewClientEvent> new_clients;
    std::vector<FirstProductSaleEvent> first_product_sales;
    // Per client with won deals in both periods: (previous, current) revenue.
    std::vector<std::pair<Money, Money>> client_revenue_both;
    std::vector<OpenDealGroup> open_deals;
    std::int64_t touches = 0;
    Money overdue_receivables;
    std::vector<std::int64_t> response_minutes;    // cases opened in P that were answered
    std::vector<std::int64_t> resolution_minutes;  // cases opened in P that were resolved
};

std::optional<double> median(std::vector<double> values);
// Mean of a money total over a count, rounded half away from zero; empty for no items.
std::optional<Money> average(Money total, std::int64_t count);
// current / previous - 1; empty unless previous is positive.
std::optional<double> change(Money current, Money previous);
std::optional<double> win_rate(std::int64_t won, std::int64_t lost);
// Median of (current - previous) / previous over clients whose previous revenue is positive.
std::optional<double> client_growth(const std::vector<std::pair<Money, Money>>& revenue_both);
// Sum of amount x probability (the deal's, else its stage's from the config, else 0),
// rounded once at the end.
Money weighted_pipeline(const std::vector<OpenDealGroup>& groups, const Settings& settings);
// Weighted pipeline / basis still missing to target; empty when nothing is missing.
std::optional<double> coverage(Money weighted, Money basis, std::optional<Money> target);
std::optional<double> median_hours(const std::vector<std::int64_t>& minutes);

struct KpiReport {
    Money revenue;        // won less refunds
    Money basis;          // revenue, or collected when commission.basis = collected
    bool basis_is_collected = false;
    Targets targets;      // empty fields: no target applies to the period
    std::optional<double> attainment;  // basis / revenue target
    std::int64_t new_clients = 0;
    std::optional<double> new_clients_attainment;
    std::int64_t active_clients = 0;
    std::optional<double> active_clients_attainment;
    std::optional<double> revenue_attainment;  // revenue / revenue target
    std::optional<Money> avg_deal;
    std::optional<double> avg_deal_change;
    std::optional<double> client_growth;
    std::optional<double> win_rate;
    Money pipeline_open;
    Money pipeline_weighted;
    std::optional<double> coverage;
    std::int64_t touches = 0;
    Money overdue_receivables;
    std::optional<double> response_hours_median;
    std::optional<double> resolution_hours_median;
    CommissionResult commission;
    std::vector<BonusEvent> bonuses;
    Money bonus;
    Money variable_pay;
    Money payout;  // commission + bonus + variable pay (fixed pay is not included)
};

// Everything but the what-if. `targets` are those that apply to the period (see
// targets_for_period); fields left empty leave the attainments empty.
KpiReport compute_kpis(const KpiFacts& facts, const Targets& targets, const Settings& settings);

// The pay if a further sale of `extra` closed in the period: it adds to the basis (and to
// revenue), changing commission and variable pay; bonuses stay as they are.
struct WhatIf {
    Money sale;
    Money basis;
    std::optional<double> attainment;
    Money commission;
    Money variable_pay;
    Money payout;
    std::optional<Money> to_next_band;  // from the basis after the sale
};
WhatIf what_if(const KpiReport& report, Money extra, const Settings& settings);

// The targets of P: those of its label when P is one whole calendar month, quarter or
// year of the kind `targets.period` names (2026-Q4 with period = "quarter"); otherwise
// none (no pro-rating: commission, caps and KPI weights are set per period). Also returns
// the label used.
std::pair<Targets, std::optional<std::string>> targets_for_period(const Period& p, const Settings& settings);

// The period of kind `targets.period` (month, quarter or year) containing `today`.
Period default_kpi_period(const Settings& settings, Date today);

}  // namespace acctool
