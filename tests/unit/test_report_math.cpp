#include <doctest/doctest.h>

#include "core/report_math.h"

using namespace acctool;

namespace {
Money eur(std::int64_t units) { return Money{units * 100}; }
Date day(int y, unsigned m, unsigned d) {
    return Date{std::chrono::year{y}, std::chrono::month{m}, std::chrono::day{d}};
}
}  // namespace

TEST_CASE("shares, growth and averages never divide by zero") {
    CHECK(share_of(eur(25), eur(100)).value() == doctest::Approx(0.25));
    CHECK_FALSE(share_of(eur(25), Money{}).has_value());
    CHECK_FALSE(share_of(eur(25), eur(-10)).has_value());
    CHECK(growth_of(eur(150), eur(100)).value() == doctest::Approx(0.5));
    CHECK(growth_of(eur(50), eur(100)).value() == doctest::Approx(-0.5));
    CHECK_FALSE(growth_of(eur(150), Money{}).has_value());  // growth from 0: empty
    CHECK(average_of(Money{1000}, 3).value() == Money{333});
    CHECK(average_of(Money{1001}, 2).value() == Money{501});  // half away from zero
    CHECK_FALSE(average_of(eur(10), 0).has_value());
}

TEST_CASE("coefficient of variation: population standard deviation over mean") {
    CHECK(coefficient_of_variation({eur(10), eur(10), eur(10)}).value() == doctest::Approx(0));
    // 0 and 20: mean 10, deviations ±10, population sd 10: cv 1.
    CHECK(coefficient_of_variation({eur(0), eur(20)}).value() == doctest::Approx(1.0));
    // 6, 10, 14: mean 10, sd sqrt((16+0+16)/3) = 3.266: cv 0.3266.
    CHECK(coefficient_of_variation({eur(6), eur(10), eur(14)}).value() == doctest::Approx(0.32660).epsilon(1e-4));
    CHECK_FALSE(coefficient_of_variation({}).has_value());
    CHECK_FALSE(coefficient_of_variation({Money{}, Money{}}).has_value());
}

TEST_CASE("XYZ borders are inclusive") {
    CHECK(xyz_class(0.0) == "X");
    CHECK(xyz_class(0.25) == "X");
    CHECK(xyz_class(0.2501) == "Y");
    CHECK(xyz_class(0.5) == "Y");
    CHECK(xyz_class(0.5001) == "Z");
    CHECK(xyz_class(std::nullopt) == "");
    // 5, 15: mean 10, sd 5: exactly 0.5 is Y.
    CHECK(xyz_class(coefficient_of_variation({eur(5), eur(15)})) == "Y");
}

TEST_CASE("ABC: the client that crosses 80 % is A; exactly 80 % before is B") {
    SUBCASE("boundary at exactly 80 %") {
        // 50, 30, 15, 5 of 100: before-shares 0, 0.50, 0.80, 0.95.
        auto e = classify_abc({eur(15), eur(50), eur(5), eur(30)});
        REQUIRE(e.size() == 4);
        CHECK(e[0].index == 1);
        CHECK(e[0].abc == 'A');
        CHECK(e[1].abc == 'A');  // 0.50 before, crosses to 0.80
        CHECK(e[2].abc == 'B');  // exactly 0.80 before: not below 80 %
        CHECK(e[3].abc == 'C');  // exactly 0.95 before
        CHECK(e[1].cum_share.value() == doctest::Approx(0.8));
        CHECK(e[3].cum_share.value() == doctest::Approx(1.0));
        CHECK(e[2].share.value() == doctest::Approx(0.15));
    }
    SUBCASE("one client holds everything") {
        auto e = classify_abc({eur(7)});
        CHECK(e[0].abc == 'A');
    }
    SUBCASE("ties keep the input order") {
        auto e = classify_abc({eur(10), eur(10)});
        CHECK(e[0].index == 0);
        CHECK(e[1].index == 1);
        CHECK(e[1].abc == 'A');  // the second starts at 0.5 before: still A
    }
    SUBCASE("empty") { CHECK(classify_abc({}).empty()); }
}

TEST_CASE("aging buckets by days past due") {
    CHECK(aging_bucket(-5) == AgingBucket::Current);
    CHECK(aging_bucket(0) == AgingBucket::Current);
    CHECK(aging_bucket(1) == AgingBucket::Days1To30);
    CHECK(aging_bucket(30) == AgingBucket::Days1To30);
    CHECK(aging_bucket(31) == AgingBucket::Days31To60);
    CHECK(aging_bucket(60) == AgingBucket::Days31To60);
    CHECK(aging_bucket(90) == AgingBucket::Days61To90);
    CHECK(aging_bucket(91) == AgingBucket::Days90Plus);
}

TEST_CASE("trend: new within the twelve months, else the last six against the six before, 10 % band") {
    const Date start = day(2025, 11, 24);  // the window of 2026-11-23
    const std::optional<Date> old_client = day(2020, 3, 1);
    CHECK(trend_of(eur(100), eur(110), old_client, start) == "up");    // exactly +10 %
    CHECK(trend_of(eur(100), eur(109), old_client, start) == "flat");
    CHECK(trend_of(eur(100), eur(91), old_client, start) == "flat");
    CHECK(trend_of(eur(100), eur(90), old_client, start) == "down");   // exactly -10 %
    CHECK(trend_of(eur(100), Money{}, old_client, start) == "down");
    CHECK(trend_of(Money{}, eur(5), old_client, start) == "up");      // back after six quiet months
    CHECK(trend_of(Money{}, Money{}, old_client, start) == "flat");
    // First won deal on the window's first day or later: new, whatever the halves say
    // (67 022.66 in the earlier half and nothing since is still a new client).
    CHECK(trend_of(Money{6702266}, Money{}, day(2025, 11, 24), start) == "new");
    CHECK(trend_of(Money{}, eur(5), day(2026, 9, 1), start) == "new");
    CHECK(trend_of(eur(100), eur(200), day(2025, 11, 23), start) == "up");
    CHECK(trend_of(Money{}, Money{}, std::nullopt, start) == "flat");
}

TEST_CASE("targets pro-rated by days") {
    const Period q4{day(2026, 10, 1), day(2026, 12, 31), PeriodKind::Quarter};  // 92 days
    CHECK(prorated_target(eur(92), q4, day(2026, 10, 1)) == eur(1));
    CHECK(prorated_target(eur(92), q4, day(2026, 10, 31)) == eur(31));
    CHECK(prorated_target(eur(92), q4, day(2027, 2, 1)) == eur(92));
    CHECK(prorated_target(eur(92), q4, day(2026, 9, 30)) == Money{});
}

TEST_CASE("months and ISO weeks of a period, cut to it") {
    const Period p{day(2026, 11, 20), day(2027, 1, 5), PeriodKind::Range};
    auto months = months_in(p);
    REQUIRE(months.size() == 3);
    CHECK(months[0].first == day(2026, 11, 20));
    CHECK(months[0].last == day(2026, 11, 30));
    CHECK(month_label(months[2].first) == "2027-01");
    CHECK(months[2].last == day(2027, 1, 5));
    auto weeks = weeks_in(p);
    CHECK(iso_week_label(weeks.front().first) == "2026-W47");
    CHECK(weeks.front().first == day(2026, 11, 20));
    // 2027-01-01 is a Friday: it belongs to ISO week 2026-W53.
    CHECK(iso_week_label(weeks[6].first) == "2026-W53");
    CHECK(iso_week_label(weeks.back().first) == "2027-W01");
    CHECK(weeks.size() == 8);
}

TEST_CASE("stale deals") {
    const Date today = day(2026, 11, 23);
    CHECK(is_stale(day(2026, 11, 22), today, today, today, 21));            // past expected close
    CHECK_FALSE(is_stale(day(2026, 11, 23), today, today, today, 21));
    CHECK(is_stale(std::nullopt, day(2026, 11, 2), std::nullopt, today, 21));  // 21 days
    CHECK_FALSE(is_stale(std::nullopt, day(2026, 11, 3), std::nullopt, today, 21));
    CHECK_FALSE(is_stale(std::nullopt, day(2026, 1, 1), day(2026, 11, 20), today, 21));  // touched
}

TEST_CASE("cadence, active and dormant") {
    Settings s;
    Client c;
    c.tier = "B";
    CHECK(effective_cadence(s, c) == 14);
    c.cadence_days = 5;
    CHECK(effective_cadence(s, c) == 5);
    c.tier = "Z";
    c.cadence_days.reset();
    CHECK_FALSE(effective_cadence(s, c).has_value());
    CHECK(cadence_overdue(14, std::nullopt));
    CHECK(cadence_overdue(14, 15));
    CHECK_FALSE(cadence_overdue(14, 14));
    CHECK_FALSE(cadence_overdue(std::nullopt, std::nullopt));

    const Date today = day(2026, 11, 23);
    CHECK(is_active(today, today, 90));
    CHECK(is_active(add_days(today, -89), today, 90));   // the 90th day of the window
    CHECK_FALSE(is_active(add_days(today, -90), today, 90));
    CHECK_FALSE(is_active(std::nullopt, today, 90));
    CHECK(is_dormant(ClientStatus::Customer, add_days(today, -121), today, 120));
    CHECK_FALSE(is_dormant(ClientStatus::Customer, add_days(today, -120), today, 120));
    CHECK_FALSE(is_dormant(ClientStatus::Prospect, add_days(today, -200), today, 120));
    CHECK_FALSE(is_dormant(ClientStatus::Customer, std::nullopt, today, 120));  // never bought
}
