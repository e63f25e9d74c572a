#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "core/dates.h"
#include "core/errors.h"

using acctool::Date;
using acctool::Direction;
using acctool::InvalidInput;
using acctool::Period;
using acctool::PeriodKind;

namespace {

// Wednesday of ISO week 2026-W48 (Monday 23 to Sunday 29 November).
const Date k_today = acctool::parse_iso_date("2026-11-25");

std::string day(const std::string& text, Direction direction = Direction::Past) {
    return acctool::format_date(acctool::parse_date(text, k_today, direction));
}

std::string range(const Period& p) {
    return acctool::format_date(p.first) + ".." + acctool::format_date(p.last);
}

Date iso(const char* text) { return acctool::parse_iso_date(text); }

// The message a parser throws, or "" when it succeeds.
template <typename F>
std::string error_of(F&& parse) {
    try {
        parse();
    } catch (const InvalidInput& e) {
        return e.what();
    }
    return "";
}

}  // namespace

TEST_CASE("parse_date reads words, weekdays and offsets from today") {
    struct Row {
        const char* text;
        Direction direction;
        const char* expected;
    };
    const std::vector<Row> rows = {
        {"today", Direction::Past, "2026-11-25"},
        {"Yesterday", Direction::Past, "2026-11-24"},
        {"TOMORROW", Direction::Future, "2026-11-26"},
        {"wed", Direction::Past, "2026-11-25"},  // today counts in both directions
        {"wednesday", Direction::Future, "2026-11-25"},
        {"fri", Direction::Past, "2026-11-20"},
        {"Fri", Direction::Future, "2026-11-27"},
        {"monday", Direction::Past, "2026-11-23"},
        {"mon", Direction::Future, "2026-11-30"},
        {"tue", Direction::Future, "2026-12-01"},
        {"sun", Direction::Past, "2026-11-22"},
        {"+3d", Direction::Past, "2026-11-28"},
        {"-2w", Direction::Past, "2026-11-11"},
        {"+1m", Direction::Past, "2026-12-25"},
        {"-1m", Direction::Past, "2026-10-25"},
        {"+1y", Direction::Past, "2027-11-25"},
        {"+0d", Direction::Past, "2026-11-25"},
        {"+10D", Direction::Past, "2026-12-05"},
        {"2028-02-29", Direction::Past, "2028-02-29"},
        {" 2026-01-05 ", Direction::Past, "2026-01-05"},
    };
    for (const auto& row : rows) {
        SUBCASE(row.text) { CHECK(day(row.text, row.direction) == row.expected); }
    }
}

TEST_CASE("parse_date rejects with the reason") {
    const std::string forms =
        "expected YYYY-MM-DD, DD.MM.YYYY, DD.MM, today, yesterday, tomorrow, a weekday (mon..sun), "
        "or an offset like +3d, -2w, +1m";
    struct Row {
        const char* text;
        std::string why;
    };
    const std::vector<Row> rows = {
        {"fryday", forms},
        {"", forms},
        {"2026-1-5", forms},
        {"26-01-05", forms},
        {"+3x", forms},
        {"+-3d", forms},
        {"+12345d", forms},
        {"fr", forms},
        {"3d", "an offset needs a sign; write +3d or -3d"},
        {"2026-02-29", "2026-02 has 28 days"},
        {"2026-04-31", "2026-04 has 30 days"},
        {"2026-13-01", "there is no month 13"},
        {"2026-00-10", "there is no month 0"},
    };
    for (const auto& row : rows) {
        SUBCASE(row.text) {
            CHECK(error_of([&] { acctool::parse_date(row.text, k_today, Direction::Past); }) ==
                  "invalid date '" + std::string(row.text) + "': " + row.why);
        }
    }
}

TEST_CASE("parse_iso_date is strict") {
    CHECK(acctool::format_date(iso("2026-03-09")) == "2026-03-09");
    CHECK(error_of([] { iso("today"); }) == "invalid date 'today': expected YYYY-MM-DD");
    CHECK(error_of([] { iso(" 2026-03-09"); }) == "invalid date ' 2026-03-09': expected YYYY-MM-DD");
    CHECK(error_of([] { iso("2026-02-29"); }) == "invalid date '2026-02-29': 2026-02 has 28 days");
    CHECK(acctool::try_parse_iso_date("2026-02-28").has_value());
    CHECK_FALSE(acctool::try_parse_iso_date("2026-02-29").has_value());
    CHECK_FALSE(acctool::try_parse_iso_date("20260228").has_value());
}

TEST_CASE("day arithmetic") {
    CHECK(acctool::days_between(iso("2026-11-25"), iso("2027-01-01")) == 37);
    CHECK(acctool::days_between(iso("2027-01-01"), iso("2026-11-25")) == -37);
    CHECK(acctool::add_days(iso("2028-02-28"), 1) == iso("2028-02-29"));
    CHECK(acctool::weekday_of(k_today) == std::chrono::Wednesday);
    struct Row {
        const char* from;
        int months;
        const char* expected;
    };
    const std::vector<Row> rows = {
        {"2026-01-31", 1, "2026-02-28"},  // clamped to the month's last day
        {"2028-01-31", 1, "2028-02-29"},
        {"2026-03-31", -1, "2026-02-28"},
        {"2026-12-15", 1, "2027-01-15"},
        {"2026-01-15", -13, "2024-12-15"},
        {"2028-02-29", 12, "2029-02-28"},
    };
    for (const auto& row : rows) {
        SUBCASE(row.from) {
            CHECK(acctool::format_date(acctool::add_months(iso(row.from), row.months)) == row.expected);
        }
    }
}

TEST_CASE("ISO weeks") {
    struct Row {
        const char* text;
        const char* expected;
    };
    const std::vector<Row> rows = {
        {"2026-W48", "2026-11-23..2026-11-29"},
        {"2026-w53", "2026-12-28..2027-01-03"},  // 2026 has 53 weeks
        {"2026-W01", "2025-12-29..2026-01-04"},  // week 1 holds 4 January
        {"2020-W53", "2020-12-28..2021-01-03"},
        {"this", "2026-11-23..2026-11-29"},
        {"Next", "2026-11-30..2026-12-06"},
        {"last", "2026-11-16..2026-11-22"},
    };
    for (const auto& row : rows) {
        SUBCASE(row.text) {
            Period p = acctool::parse_week(row.text, k_today);
            CHECK(range(p) == row.expected);
            CHECK(p.kind == PeriodKind::Week);
        }
    }
    const std::string forms = "expected YYYY-Www (ISO 8601, like 2026-W48), this, next or last";
    CHECK(error_of([] { acctool::parse_week("2025-W53", k_today); }) ==
          "invalid week '2025-W53': 2025 has ISO weeks 01 to 52");
    CHECK(error_of([] { acctool::parse_week("2026-W00", k_today); }) ==
          "invalid week '2026-W00': 2026 has ISO weeks 01 to 53");
    CHECK(error_of([] { acctool::parse_week("2026-W5", k_today); }) == "invalid week '2026-W5': " + forms);
    CHECK(error_of([] { acctool::parse_week("W48", k_today); }) == "invalid week 'W48': " + forms);

    CHECK(acctool::iso_week_label(iso("2027-01-01")) == "2026-W53");  // ISO week-year
    CHECK(acctool::iso_week_label(iso("2024-12-30")) == "2025-W01");
    CHECK(acctool::iso_week_label(iso("2021-01-03")) == "2020-W53");
    CHECK(acctool::iso_week_label(k_today) == "2026-W48");
}

TEST_CASE("parse_period forms") {
    struct Row {
        const char* text;
        const char* expected;
        PeriodKind kind;
    };
    const std::vector<Row> rows = {
        {"2026", "2026-01-01..2026-12-31", PeriodKind::Year},
        {"2026-Q4", "2026-10-01..2026-12-31", PeriodKind::Quarter},
        {"2026-q1", "2026-01-01..2026-03-31", PeriodKind::Quarter},
        {"2026-11", "2026-11-01..2026-11-30", PeriodKind::Month},
        {"2028-02", "2028-02-01..2028-02-29", PeriodKind::Month},
        {"2026-W48", "2026-11-23..2026-11-29", PeriodKind::Week},
        {"2026-10-01..2026-12-31", "2026-10-01..2026-12-31", PeriodKind::Range},
        {"2026-11-23", "2026-11-23..2026-11-23", PeriodKind::Range},  // one day
        {"mon..fri", "2026-11-23..2026-11-27", PeriodKind::Range},
        {"2026-11-01..today", "2026-11-01..2026-11-25", PeriodKind::Range},
        {"this-week", "2026-11-23..2026-11-29", PeriodKind::Week},
        {"last-week", "2026-11-16..2026-11-22", PeriodKind::Week},
        {"this-month", "2026-11-01..2026-11-30", PeriodKind::Month},
        {"last-month", "2026-10-01..2026-10-31", PeriodKind::Month},
        {"next-month", "2026-12-01..2026-12-31", PeriodKind::Month},
        {"this-quarter", "2026-10-01..2026-12-31", PeriodKind::Quarter},
        {"last-quarter", "2026-07-01..2026-09-30", PeriodKind::Quarter},
        {"this-year", "2026-01-01..2026-12-31", PeriodKind::Year},
        {"last-year", "2025-01-01..2025-12-31", PeriodKind::Year},
        {"ytd", "2026-01-01..2026-11-25", PeriodKind::YearToDate},
        {"QTD", "2026-10-01..2026-11-25", PeriodKind::QuarterToDate},
        {"mtd", "2026-11-01..2026-11-25", PeriodKind::MonthToDate},
    };
    for (const auto& row : rows) {
        SUBCASE(row.text) {
            Period p = acctool::parse_period(row.text, k_today);
            CHECK(range(p) == row.expected);
            CHECK(p.kind == row.kind);
        }
    }
    // A month shift from the 31st must not skip a short month.
    CHECK(range(acctool::parse_period("last-month", iso("2026-03-31"))) == "2026-02-01..2026-02-28");
    CHECK(range(acctool::parse_period("last-quarter", iso("2026-05-31"))) == "2026-01-01..2026-03-31");
}

TEST_CASE("parse_period errors") {
    struct Row {
        const char* text;
        std::string message;
    };
    const std::vector<Row> rows = {
        {"2026-12-31..2026-10-01",
         "invalid period '2026-12-31..2026-10-01': it starts on 2026-12-31, after its end on 2026-10-01"},
        {"2026-10-01..", "invalid period '2026-10-01..': expected a date on both sides of '..'"},
        {"2026-Q5", "invalid period '2026-Q5': quarters are Q1 to Q4"},
        {"2026-13", "invalid period '2026-13': there is no month 13"},
        {"2026-02-30", "invalid date '2026-02-30': 2026-02 has 28 days"},
        {"2026-W54", "invalid week '2026-W54': 2026 has ISO weeks 01 to 53"},
        {"fortnight",
         "invalid period 'fortnight': expected 2026, 2026-Q4, 2026-11, 2026-W48, FROM..TO, this-week, "
         "last-week, this-month, last-month, this-quarter, last-quarter, this-year, last-year, ytd, "
         "qtd or mtd"},
    };
    for (const auto& row : rows) {
        SUBCASE(row.text) {
            CHECK(error_of([&] { acctool::parse_period(row.text, k_today); }) == row.message);
        }
    }
}

TEST_CASE("previous_period") {
    struct Row {
        const char* name;
        Period period;
        const char* expected;
    };
    const std::vector<Row> rows = {
        {"week across a year", acctool::parse_week("2026-W01", k_today), "2025-12-22..2025-12-28"},
        {"month", acctool::month_of(iso("2026-03-10")), "2026-02-01..2026-02-28"},
        {"quarter across a year", acctool::quarter_of(iso("2026-02-01")), "2025-10-01..2025-12-31"},
        {"year", acctool::year_of(k_today), "2025-01-01..2025-12-31"},
        {"ytd", {iso("2026-01-01"), iso("2026-11-23"), PeriodKind::YearToDate}, "2025-01-01..2025-11-23"},
        {"ytd on 29 February", {iso("2028-01-01"), iso("2028-02-29"), PeriodKind::YearToDate},
         "2027-01-01..2027-02-28"},
        {"qtd at a quarter end", {iso("2026-04-01"), iso("2026-06-30"), PeriodKind::QuarterToDate},
         "2026-01-01..2026-03-31"},
        {"mtd", {iso("2026-03-01"), iso("2026-03-15"), PeriodKind::MonthToDate}, "2026-02-01..2026-02-15"},
        {"mtd clamped", {iso("2026-03-01"), iso("2026-03-30"), PeriodKind::MonthToDate},
         "2026-02-01..2026-02-28"},
        {"mtd at a month end", {iso("2026-04-01"), iso("2026-04-30"), PeriodKind::MonthToDate},
         "2026-03-01..2026-03-31"},
        {"range shifts by its length", {iso("2026-10-01"), iso("2026-10-10"), PeriodKind::Range},
         "2026-09-21..2026-09-30"},
    };
    for (const auto& row : rows) {
        SUBCASE(row.name) {
            Period previous = acctool::previous_period(row.period);
            CHECK(range(previous) == row.expected);
            CHECK(previous.kind == row.period.kind);
        }
    }
}

TEST_CASE("format_period labels and period helpers") {
    CHECK(acctool::format_period(acctool::year_of(k_today)) == "2026");
    CHECK(acctool::format_period(acctool::quarter_of(k_today)) == "2026-Q4");
    CHECK(acctool::format_period(acctool::month_of(k_today)) == "2026-11");
    CHECK(acctool::format_period(acctool::iso_week_of(iso("2027-01-02"))) == "2026-W53");
    CHECK(acctool::format_period(acctool::parse_period("ytd", k_today)) == "2026-01-01..2026-11-25");
    CHECK(acctool::format_period(acctool::parse_period("2026-10-01..2026-12-31", k_today)) ==
          "2026-10-01..2026-12-31");
    CHECK(acctool::month_label(iso("2026-03-09")) == "2026-03");
    CHECK(acctool::quarter_of(k_today).days() == 92);
    CHECK(acctool::year_of(iso("2028-06-01")).days() == 366);
    CHECK(acctool::month_of(k_today).contains(iso("2026-11-30")));
    CHECK_FALSE(acctool::month_of(k_today).contains(iso("2026-12-01")));
}

TEST_CASE("birthdays") {
    struct Row {
        const char* text;
        const char* formatted;
        bool has_year;
    };
    const std::vector<Row> rows = {
        {"02-29", "02-29", false},  // a leap-day birthday needs no year
        {"07-14", "07-14", false},
        {"1980-02-29", "1980-02-29", true},
        {"1975-12-01", "1975-12-01", true},
        {"--07-14", "07-14", false},  // ISO 8601 without a year
        {"14.07", "07-14", false},    // day first, as in the five countries
        {"6.5", "05-06", false},
        {"29.02", "02-29", false},
        {"06.05.1980", "1980-05-06", true},
    };
    for (const auto& row : rows) {
        SUBCASE(row.text) {
            acctool::Birthday b = acctool::parse_birthday(row.text);
            CHECK(acctool::format_birthday(b) == row.formatted);
            CHECK(b.year.has_value() == row.has_year);
        }
    }
    CHECK(error_of([] { acctool::parse_birthday("1981-02-29"); }) ==
          "invalid birthday '1981-02-29': 1981-02 has 28 days");
    CHECK(error_of([] { acctool::parse_birthday("02-30"); }) ==
          "invalid birthday '02-30': month 02 has no day 30");
    CHECK(error_of([] { acctool::parse_birthday("13-01"); }) ==
          "invalid birthday '13-01': there is no month 13");
    CHECK(error_of([] { acctool::parse_birthday("7-14"); }) ==
          "invalid birthday '7-14': expected MM-DD, --MM-DD, YYYY-MM-DD, DD.MM or DD.MM.YYYY");
    CHECK(error_of([] { acctool::parse_birthday("31.04"); }) == "invalid birthday '31.04': April has no day 31");
    CHECK(error_of([] { acctool::parse_birthday("29.02.2025"); }) ==
          "invalid birthday '29.02.2025': 2025-02 has 28 days");
    CHECK(acctool::birthday_in_words(acctool::parse_birthday("6.5")) == "6 May");
    CHECK(acctool::birthday_in_words(acctool::parse_birthday("1980-12-01")) == "1 December 1980");
}

TEST_CASE("dotted dates: DD.MM.YYYY exactly, DD.MM the nearest in the field's direction") {
    const Date today = iso("2026-12-03");
    CHECK(acctool::parse_date("23.11.2026", today, Direction::Past) == iso("2026-11-23"));
    CHECK(acctool::parse_date("1.2.2027", today, Direction::Future) == iso("2027-02-01"));
    CHECK(acctool::parse_date("28.11", today, Direction::Past) == iso("2026-11-28"));
    CHECK(acctool::parse_date("03.12", today, Direction::Past) == today);
    CHECK(acctool::parse_date("03.12", today, Direction::Future) == today);
    CHECK(acctool::parse_date("04.12", today, Direction::Past) == iso("2025-12-04"));
    CHECK(acctool::parse_date("15.01", today, Direction::Future) == iso("2027-01-15"));
    CHECK(acctool::parse_date("28.11", today, Direction::Future) == iso("2027-11-28"));
    CHECK(acctool::parse_date("29.02", today, Direction::Future) == iso("2028-02-29"));
    CHECK(acctool::parse_date("29.02", today, Direction::Past) == iso("2024-02-29"));
    CHECK(error_of([&] { acctool::parse_date("31.02.2026", today, Direction::Past); }) ==
          "invalid date '31.02.2026': February has no day 31");
    CHECK(error_of([&] { acctool::parse_date("32.01", today, Direction::Past); }) ==
          "invalid date '32.01': January has no day 32");
    CHECK(error_of([&] { acctool::parse_date("1.13", today, Direction::Past); }) ==
          "invalid date '1.13': there is no month 13");
    CHECK_THROWS_AS(acctool::parse_date("1.2.3", today, Direction::Past), InvalidInput);
    CHECK_THROWS_AS(acctool::parse_date("123.1", today, Direction::Past), InvalidInput);
    CHECK_THROWS_AS(acctool::parse_date("1..2026", today, Direction::Past), InvalidInput);
}
