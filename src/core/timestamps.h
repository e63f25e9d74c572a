#pragma once
// Moments of the support log ("YYYY-MM-DDTHH:MM", local time, as stored and shown).
#include <string>
#include <string_view>

#include "core/dates.h"

namespace acctool {

// "2026-11-20T14:30" (or with a space for the T) as given; any date form of parse_date
// (read as happened: Direction::Past) at 09:00. A day after today is refused: a case's
// times are things that happened. Throws InvalidInput naming the text.
std::string parse_timestamp(std::string_view text, Date today);

}  // namespace acctool
