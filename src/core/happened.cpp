#include "core/happened.h"

#include <algorithm>
#include <string>

#include "core/errors.h"

namespace acctool {

void require_not_future(Date date, Date today, std::string_view what, std::string_view text) {
    if (date <= today) return;
    std::string message = "invalid " + std::string(what) + " date '" + std::string(text) + "': ";
    message += text == format_date(date) ? "it" : format_date(date);
    message += " is in the future (today is " + format_date(today) + ")";
    throw InvalidInput(message);
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
