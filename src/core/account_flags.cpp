#include "core/account_flags.h"

namespace acctool {

std::vector<std::string> account_flags(const AccountFacts& facts, Date today, int dormant_after_days) {
    std::vector<std::string> flags;
    if (is_dormant(facts.status, facts.last_won, today, dormant_after_days)) flags.emplace_back("dormant");
    if (facts.credit_limit && facts.open_receivables > *facts.credit_limit) flags.emplace_back("over-credit-limit");
    return flags;
}

}  // namespace acctool
