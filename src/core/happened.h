#pragma once
// Dates of things that happened (a sale, a call, a refund, a payment, a case reply) and
// the default issue date of an invoice. The man page (DATES) states the rule: such a date
// is read in the past direction and may not be after today.
#include <optional>
#include <string_view>

#include "core/dates.h"

namespace acctool {

// Any date form of parse_date, read as happened (Direction::Past); a date after today is
// refused: "invalid sale date '+1m': 2027-01-02 is in the future (today is 2026-12-02)".
// `what` names the event ("sale", "touch", "refund", "payment"), marked NC_("event", ...)
// where it is written: the message says it translated (core/i18n.h).
Date parse_happened_date(std::string_view text, Date today, std::string_view what);
// The same, with an empty text meaning today.
Date happened_or_today(std::string_view text, Date today, std::string_view what);
// Throws InvalidInput when `date` is after today; `text` is the value as the user gave it.
void require_not_future(Date date, Date today, std::string_view what, std::string_view text);

// An invoice entered with its due date only was issued the client's payment terms before
// it (30 days when the client has none), and never later than today.
Date default_issue_date(Date due, std::optional<int> payment_terms_days, Date today);

}  // namespace acctool
