#pragma once
// The commission statement of `acct kpi --statement` (man page, KPI AND COMMISSION
// DEFINITIONS): every won deal and refund of the period (payments, for the collected
// basis) in date order, with the band or bands it fell in, the commission it added and the
// running total. The total is the kpi commission: each line adds the difference of the
// commission on the running basis after and before it, so the threshold, the cap and a
// retroactive jump land on the line that caused them.
#include <optional>
#include <string>
#include <vector>

#include "core/dates.h"
#include "core/model.h"
#include "core/money.h"
#include "core/settings.h"

namespace acctool {

enum class StatementKind { Deal, Payment, Refund };
std::string_view to_string(StatementKind kind);

struct StatementEvent {
    Date date;
    StatementKind kind = StatementKind::Deal;
    Id id = 0;
    std::string client;
    Money amount;  // a refund lowers the basis: negative
};

struct StatementLine {
    StatementEvent event;
    Money basis;          // the running basis after the line
    std::string bands;    // "2%", "2%+4%", "below threshold", or empty without a target
    std::vector<double> band_rates;  // the rates of those bands (0.02, 0.04)
    Money commission;     // what the line added (negative for a clawback)
    Money running;        // the commission on the basis after the line
};

// A line's bands as tables show percentages, the English way: "2 %+4 %", "3.5 %"; else
// as `bands` ("below threshold", a token).
std::string bands_for_people(const StatementLine& line);

// Lines in date, kind (deals, payments, refunds) and id order.
std::vector<StatementLine> commission_statement(std::vector<StatementEvent> events, std::optional<Money> target,
                                                const Settings& settings);

}  // namespace acctool
