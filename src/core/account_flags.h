#pragma once
// The flags of a client's account card (man page: DESCRIPTION), computed from plain facts.
#include <optional>
#include <string>
#include <vector>

#include "core/dates.h"
#include "core/model.h"
#include "core/plan.h"
#include "core/report_math.h"  // is_dormant, the one definition of the man page's DESCRIPTION

namespace acctool {

struct AccountFacts {
    ClientStatus status = ClientStatus::Customer;
    std::optional<Date> last_won;        // close date of the latest won deal
    std::optional<Money> credit_limit;
    Money open_receivables;              // not yet paid, due or not
};

// "dormant" (is_dormant: a customer whose last won deal is more than dormant_after_days
// old; a client that never bought, a prospect and an archived client are not) and
// "over-credit-limit" (open receivables above the credit limit; no limit, no flag), in
// that order.
std::vector<std::string> account_flags(const AccountFacts& facts, Date today, int dormant_after_days);

// What `report portfolio` flags on a client, as the plan's reasons in the plan's order
// (their tokens are the flags column): due for contact, a stale deal, an overdue invoice,
// dormant, an open case.
struct StandingFacts {
    bool contact_due = false;    // cadence_overdue
    bool stale_deal = false;
    bool invoice_overdue = false;
    bool dormant = false;
    bool open_case = false;
};
std::vector<plan::Reason> portfolio_flags(const StandingFacts& facts);

}  // namespace acctool
