#include "core/today.h"

#include <fmt/format.h>

#include "core/i18n.h"
#include "core/plan.h"

namespace acctool::today {

std::string_view section_token(Section s) {
    switch (s) {
        case Section::Plan: return "plan";
        case Section::Followup: return "followup";
        case Section::Birthday: return "birthday";
        case Section::Case: return "case";
        case Section::Invoice: return "invoice";
    }
    return "plan";
}

std::string_view section_title(Section s) {
    switch (s) {
        // TRANSLATORS: the title of a section of `acct today` (table format only).
        case Section::Plan: return tr("Calls and visits");
        case Section::Followup: return tr("Overdue follow-ups");
        case Section::Birthday: return tr("Birthdays");
        case Section::Case: return tr("Cases waiting for a first response");
        case Section::Invoice: return tr("Invoices that fell due");
    }
    return "";
}

Date previous_workday(Date today, const Settings& settings) {
    for (int back = 1; back <= 28; ++back) {
        const Date d = add_days(today, -back);
        if (plan::is_workday(d, settings)) return d;
    }
    return add_days(today, -1);
}

bool fell_due(const Invoice& invoice, Date today, Date previous_workday) {
    return invoice.open_amount() > Money{} && previous_workday < invoice.due && invoice.due <= today;
}

bool waits_for_response(const SupportCase& c) { return c.resolved_at.empty() && c.first_response_at.empty(); }

std::vector<std::string> birthday_keys(Date day) {
    const unsigned month = static_cast<unsigned>(day.month());
    const unsigned dom = static_cast<unsigned>(day.day());
    std::vector<std::string> keys{fmt::format("{:02}-{:02}", month, dom)};
    if (month == 2 && dom == 28 && !day.year().is_leap()) keys.push_back("02-29");
    return keys;
}

}  // namespace acctool::today
