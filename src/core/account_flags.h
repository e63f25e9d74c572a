#pragma once
// The flags of a client's account card (man page: DESCRIPTION), computed from plain facts.
#include <optional>
#include <string>
#include <vector>

#include "core/dates.h"
#include "core/model.h"
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

}  // namespace acctool
