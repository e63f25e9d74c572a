#include <doctest/doctest.h>

#include "core/dates.h"
#include "core/settings.h"
#include "core/today.h"

using namespace acctool;

TEST_CASE("previous_workday: the last workday before today, past weekends and holidays") {
    Settings s;  // Monday to Friday
    CHECK(today::previous_workday(parse_iso_date("2026-11-23"), s) == parse_iso_date("2026-11-20"));  // Mon -> Fri
    CHECK(today::previous_workday(parse_iso_date("2026-11-24"), s) == parse_iso_date("2026-11-23"));  // Tue -> Mon
    s.holidays = {parse_iso_date("2026-11-20")};
    CHECK(today::previous_workday(parse_iso_date("2026-11-23"), s) == parse_iso_date("2026-11-19"));  // Fri a holiday
    s.workdays = {};
    CHECK(today::previous_workday(parse_iso_date("2026-11-23"), s) == parse_iso_date("2026-11-22"));  // no workday
}

TEST_CASE("fell_due: due after the last workday, on or before today, money still open") {
    const Date monday = parse_iso_date("2026-11-23"), friday = parse_iso_date("2026-11-20");
    Invoice i;
    i.amount = Money{10000};
    i.due = parse_iso_date("2026-11-22");
    CHECK(today::fell_due(i, monday, friday));
    i.due = monday;
    CHECK(today::fell_due(i, monday, friday));
    i.due = friday;  // Friday's screen showed it
    CHECK_FALSE(today::fell_due(i, monday, friday));
    i.due = parse_iso_date("2026-11-24");  // not yet
    CHECK_FALSE(today::fell_due(i, monday, friday));
    i.due = monday;
    i.paid_amount = Money{10000};
    CHECK_FALSE(today::fell_due(i, monday, friday));
}

TEST_CASE("waits_for_response: open and unanswered") {
    SupportCase c;
    CHECK(today::waits_for_response(c));
    c.first_response_at = "2026-11-21T10:00";
    CHECK_FALSE(today::waits_for_response(c));
    c.first_response_at.clear();
    c.resolved_at = "2026-11-21T10:00";
    CHECK_FALSE(today::waits_for_response(c));
}

TEST_CASE("birthday_keys: 29 February is celebrated on the 28th of other years") {
    CHECK(today::birthday_keys(parse_iso_date("2026-11-23")) == std::vector<std::string>{"11-23"});
    CHECK(today::birthday_keys(parse_iso_date("2027-02-28")) == std::vector<std::string>{"02-28", "02-29"});
    CHECK(today::birthday_keys(parse_iso_date("2028-02-28")) == std::vector<std::string>{"02-28"});
    CHECK(today::birthday_keys(parse_iso_date("2028-02-29")) == std::vector<std::string>{"02-29"});
}

TEST_CASE("sections: tokens for scripts, titles for people, in order") {
    CHECK(today::section_token(today::Section::Plan) == "plan");
    CHECK(today::section_token(today::Section::Invoice) == "invoice");
    CHECK(today::section_title(today::Section::Case) == "Cases waiting for a first response");
}
