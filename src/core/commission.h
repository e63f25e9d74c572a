#pragma once
// Commission, bonuses and variable pay of the man page's KPI AND COMMISSION DEFINITIONS, on plain numbers: no SQL, no
// printing. Every amount is integer minor units; every rounding is half away from zero.
//
// Conventions (the man page's KPI AND COMMISSION DEFINITIONS):
// - Attainment a = basis / target, defined only for a positive target (else empty).
// - A band starting at `from` begins at the amount target x from (rounded to cents), so
//   "band reached" and "below threshold" compare money, never doubles.
// - graduated: each slice of the basis is paid at its band's rate; the commission is the
//   exact sum, rounded once (each band's figure in the breakdown is rounded for display);
//   retroactive: the whole basis at the rate of the highest band reached.
// - Below the threshold, no target, or a basis of zero or less (a period of refunds only):
//   commission 0. Commission is never negative; a clawback lowers the basis of the period
//   in which the refund is dated and does not carry into other periods.
// - The cap applies to the commission; bonuses are added after it, uncapped.
#include <optional>
#include <string>
#include <vector>

#include "core/dates.h"
#include "core/model.h"
#include "core/money.h"
#include "core/settings.h"

namespace acctool {

// One band of the breakdown: where it starts and ends in money, the basis that fell in it
// and what it paid.
struct BandSlice {
    double from = 0;             // attainment where the band starts
    double rate = 0;
    Money start;                 // target x from
    std::optional<Money> end;    // the next band's start; none for the last band
    Money basis;                 // the part of the basis paid at this band's rate
    Money commission;
};

struct CommissionResult {
    std::optional<double> attainment;
    bool below_threshold = false;
    std::vector<BandSlice> bands;  // in `from` order; empty without a positive target
    Money before_cap;
    Money commission;              // after the cap
    bool capped = false;
};

// Attainment of a money or count figure against its target; empty for no or a zero target.
std::optional<double> attainment_of(Money value, std::optional<Money> target);
std::optional<double> attainment_of(std::int64_t value, std::optional<int> target);

// The commission on `basis` (revenue or collected) against the revenue target.
CommissionResult compute_commission(Money basis, std::optional<Money> target, const Settings& settings);

// The basis still missing to reach the next boundary that raises the pay (the threshold
// or a band start) above `basis`; empty when none is left or there is no target.
std::optional<Money> to_next_band(Money basis, std::optional<Money> target, const Settings& settings);

// A client whose first won deal ever lies in the period, with that deal's date.
struct NewClientEvent {
    Id client_id = 0;
    std::string client;
    Date date;
};
// The first won deal of a product line (non-empty product) at a client, in the period.
struct FirstProductSaleEvent {
    Id client_id = 0;
    std::string client;
    std::string product;
    Date date;
};

struct BonusEvent {
    std::string name;  // the rule's name
    std::string on;    // new_client | first_product_sale
    Id client_id = 0;
    std::string client;
    std::string product;  // empty for new_client
    Date date;
    Money amount;
};

// Every rule pays once per matching event, in rule order, events in date then client order.
std::vector<BonusEvent> bonus_events(const std::vector<BonusRule>& rules,
                                     const std::vector<NewClientEvent>& new_clients,
                                     const std::vector<FirstProductSaleEvent>& first_sales);
Money total_bonus(const std::vector<BonusEvent>& events);

// A KPI's attainment by metric name (revenue, active_clients, new_clients); empty when it
// has no target, which counts as 0.
struct KpiAttainments {
    std::optional<double> revenue;
    std::optional<double> active_clients;
    std::optional<double> new_clients;
};
// variable_target x sum of weight x min(attainment, cap), a KPI below its floor (or with
// no attainment) counting 0. Rounded once, at the end.
Money variable_pay(Money variable_target, const std::vector<KpiWeight>& kpis, const KpiAttainments& attainments);

}  // namespace acctool
