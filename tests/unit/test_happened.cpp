#include <doctest/doctest.h>

#include <string>

#include "core/errors.h"
#include "core/happened.h"
#include "core/timestamps.h"

using namespace acctool;

namespace {
const Date today = parse_iso_date("2026-12-02");  // a Wednesday

std::string message_of(auto&& call) {
    try {
        call();
    } catch (const InvalidInput& e) {
        return e.what();
    }
    return "";
}
}  // namespace

TEST_CASE("a date that happened may be today or earlier, never later") {
    CHECK(parse_happened_date("today", today, "sale") == today);
    CHECK(parse_happened_date("2026-11-30", today, "sale") == parse_iso_date("2026-11-30"));
    CHECK(parse_happened_date("fri", today, "touch") == parse_iso_date("2026-11-27"));
    CHECK(happened_or_today("", today, "touch") == today);
    CHECK(message_of([] { parse_happened_date("+1m", today, "sale"); }) ==
          "invalid sale date '+1m': 2027-01-02 is in the future (today is 2026-12-02)");
    CHECK(message_of([] { parse_happened_date("2026-12-03", today, "payment"); }) ==
          "invalid payment date '2026-12-03': it is in the future (today is 2026-12-02)");
    CHECK_THROWS_AS(parse_happened_date("tomorrow", today, "refund"), InvalidInput);
}

TEST_CASE("case times are things that happened") {
    CHECK(parse_timestamp("2026-12-02T10:30", today) == "2026-12-02T10:30");
    CHECK(parse_timestamp("yesterday", today) == "2026-12-01T09:00");
    CHECK_THROWS_AS(parse_timestamp("2026-12-03T08:00", today), InvalidInput);
    CHECK_THROWS_AS(parse_timestamp("+1d", today), InvalidInput);
}

TEST_CASE("an invoice entered by its due date was issued the payment terms before it") {
    // Due 2026-10-31 with 45-day terms: issued 2026-09-16 (October 31 less 45 days).
    CHECK(default_issue_date(parse_iso_date("2026-10-31"), 45, today) == parse_iso_date("2026-09-16"));
    // No terms: 30 days.
    CHECK(default_issue_date(parse_iso_date("2026-10-31"), std::nullopt, today) == parse_iso_date("2026-10-01"));
    // Due in 10 days with 30-day terms would be issued 20 days ago; due in 40 days would be
    // issued in 10 days, so today.
    CHECK(default_issue_date(parse_iso_date("2026-12-12"), std::nullopt, today) == parse_iso_date("2026-11-12"));
    CHECK(default_issue_date(parse_iso_date("2027-01-11"), std::nullopt, today) == today);
    // Terms of 0 days: issued on the due date.
    CHECK(default_issue_date(parse_iso_date("2026-11-01"), 0, today) == parse_iso_date("2026-11-01"));
}
