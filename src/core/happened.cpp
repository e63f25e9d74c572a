#include "core/happened.h"

#include <algorithm>
#include <string>

#include "core/errors.h"
#include "core/i18n.h"

namespace acctool {

void require_not_future(Date date, Date today, std::string_view what, std::string_view text) {
    if (date <= today) return;
    const std::string event(what);
    const char* name = trc("event", event.c_str());
    if (text == format_date(date))
        // TRANSLATORS: "invalid sale date '2027-01-02': it is in the future (today is 2026-12-02)";
        // the first {} names the event (sale, touch, refund, payment, close, issue, ...).
        throw InvalidInput(trf("invalid {} date '{}': it is in the future (today is {})", name, text, format_date(today)));
    // TRANSLATORS: "invalid sale date '+1m': 2027-01-02 is in the future (today is 2026-12-02)";
    // the first {} names the event (sale, touch, refund, payment, close, issue, ...).
    throw InvalidInput(trf("invalid {} date '{}': {} is in the future (today is {})", name, text, format_date(date),
                           format_date(today)));
}

Date parse_happened_date(std::string_view text, Date today, std::string_view what) {
    const Date date = parse_date(text, today, Direction::Past);
    require_not_future(date, today, what, text);
    return date;
}

Date happened_or_today(std::string_view text, Date today, std::string_view what) {
    return text.empty() ? today : parse_happened_date(text, today, what);
}

Date default_issue_date(Date due, std::optional<int> payment_terms_days, Date today) {
    constexpr int k_default_terms_days = 30;
    return std::min(add_days(due, -payment_terms_days.value_or(k_default_terms_days)), today);
}

}  // namespace acctool
