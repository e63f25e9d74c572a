#pragma once
// `acct today` (man page: COMMANDS, "The day"): the morning's one screen. Which records
// belong on it, in which section and order: the rules, on plain structs; the command
// gathers the records and renders them.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/dates.h"
#include "core/model.h"
#include "core/settings.h"

namespace acctool::today {

// In the order they are shown.
enum class Section { Plan, Followup, Birthday, Case, Invoice };
std::string_view section_token(Section s);  // plan, followup, birthday, case, invoice (CSV, JSON)
std::string_view section_title(Section s);  // for people, in their language

// The last workday (calendar.workdays less calendar.holidays) before `today`; a calendar
// with no workday in the four weeks before gives the day before.
Date previous_workday(Date today, const Settings& settings);

// An invoice fell due since the last workday: due after it and on or before today, with
// money still open (so Monday shows what fell due over the weekend, once).
bool fell_due(const Invoice& invoice, Date today, Date previous_workday);

// An open case nobody has answered yet.
bool waits_for_response(const SupportCase& c);

// The MM-DD keys of birthdays celebrated on `day`: its own, and 02-29 on 02-28 of a year
// that has no 29 February.
std::vector<std::string> birthday_keys(Date day);

}  // namespace acctool::today
