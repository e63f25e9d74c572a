#include "core/account_flags.h"

#include "core/i18n.h"

namespace acctool {

std::vector<std::string> account_flags(const AccountFacts& facts, Date today, int dormant_after_days) {
    std::vector<std::string> flags;
    // TRANSLATORS: a client's flag in the client list (CSV and JSON keep it in English).
    if (is_dormant(facts.status, facts.last_won, today, dormant_after_days)) flags.emplace_back(NC_("token", "dormant"));
    // TRANSLATORS: a client's flag in the client list (CSV and JSON keep it in English).
    if (facts.credit_limit && facts.open_receivables > *facts.credit_limit) flags.emplace_back(NC_("token", "over-credit-limit"));
    return flags;
}

std::vector<plan::Reason> portfolio_flags(const StandingFacts& f) {
    std::vector<plan::Reason> flags;
    if (f.contact_due) flags.push_back(plan::Reason::Cadence);
    if (f.stale_deal) flags.push_back(plan::Reason::DealStale);
    if (f.invoice_overdue) flags.push_back(plan::Reason::InvoiceOverdue);
    if (f.dormant) flags.push_back(plan::Reason::Dormant);
    if (f.open_case) flags.push_back(plan::Reason::CaseOpen);
    return flags;
}

}  // namespace acctool
