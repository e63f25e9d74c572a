#include <doctest/doctest.h>

#include "core/report_series.h"

using namespace acctool;

namespace {
Date d(const char* text) { return parse_iso_date(text); }
Money units(std::int64_t u) { return Money{u * 100}; }
Period range(const char* a, const char* b) { return Period{d(a), d(b), PeriodKind::Range}; }
}  // namespace

TEST_CASE("sales days bucket into every month of the period, empty ones included") {
    const std::vector<SalesRow> days{{"2026-10-03", 1, units(100), units(100)},
                                     {"2026-10-30", 2, units(300), units(250)},
                                     {"2026-12-01", 1, units(50), units(50)}};
    const auto rows = bucket_by_time(days, range("2026-10-01", "2026-12-31"), TimeBucket::Month);
    REQUIRE(rows.size() == 3);
    CHECK(rows[0].key == "2026-10");
    CHECK(rows[0].deals == 3);
    CHECK(rows[0].won == units(400));
    CHECK(rows[0].revenue == units(350));  // 100 + 250
    CHECK(rows[1].key == "2026-11");
    CHECK(rows[1].deals == 0);             // a gap the chart shows
    CHECK(rows[2].revenue == units(50));
    // ISO weeks: 2026-11-30 is Monday of W49; 11-29 is Sunday of W48.
    const auto weeks = bucket_by_time({{"2026-11-29", 1, units(1), units(1)}, {"2026-11-30", 1, units(2), units(2)}},
                                      range("2026-11-23", "2026-12-06"), TimeBucket::Week);
    REQUIRE(weeks.size() == 2);
    CHECK(weeks[0].key == "2026-W48");
    CHECK(weeks[0].revenue == units(1));
    CHECK(weeks[1].key == "2026-W49");
}

TEST_CASE("ranking keeps key order for equal revenue") {
    std::vector<SalesRow> rows{{"Alpha", 1, units(10), units(10)}, {"Beta", 1, units(30), units(30)},
                               {"Gamma", 1, units(10), units(10)}};
    rank_by_revenue(rows);
    CHECK(rows[0].key == "Beta");
    CHECK(rows[1].key == "Alpha");
    CHECK(rows[2].key == "Gamma");
}

TEST_CASE("previous period: by position for time buckets, by key otherwise") {
    std::vector<SalesRow> months{{"2026-10", 1, units(10), units(10)}, {"2026-11", 0, {}, {}}};
    const std::vector<SalesRow> july_aug{{"2026-07", 1, units(5), units(5)}, {"2026-08", 1, units(8), units(8)}};
    auto prev = previous_revenue(months, july_aug, true);
    REQUIRE(prev.size() == 2);
    CHECK(prev[0] == units(5));  // October against July
    CHECK(prev[1] == units(8));

    std::vector<SalesRow> now{{"Acme", 1, units(100), units(100)}, {"Newco", 1, units(20), units(20)}};
    const std::vector<SalesRow> before{{"Acme", 1, units(80), units(80)}, {"Oldco", 1, units(40), units(40)}};
    prev = previous_revenue(now, before, false);
    REQUIRE(now.size() == 3);  // Oldco sold only before: appended with no sales now
    CHECK(now[2].key == "Oldco");
    CHECK(now[2].revenue == Money{});
    CHECK(prev[0] == units(80));
    CHECK(prev[1] == Money{});  // new this period: 0, so growth is undefined
    CHECK(prev[2] == units(40));
}

TEST_CASE("forecast weeks: won plus weighted open, accumulated exactly, target pro-rated") {
    // November 2026: weeks W44 (10-26..11-01) to W49 (11-30..12-06), cut to the month.
    const Period nov = range("2026-11-01", "2026-11-30");
    const std::vector<DatedMoney> won{{d("2026-11-03"), units(1000)}};
    // 0.01 + 0.01 + 0.01 at 1/3 each: 1/3 of a cent three times is exactly 1 cent, rounded once
    // in the running total; each week's own weighted figure rounds 0.0033 to 0.00.
    const std::vector<WeightedMoney> open{{d("2026-11-10"), Money{1}, 1.0 / 3},
                                          {d("2026-11-17"), Money{1}, 1.0 / 3},
                                          {d("2026-11-24"), Money{1}, 1.0 / 3}};
    const auto weeks = forecast_weeks(nov, won, open, units(3000));
    REQUIRE(weeks.size() == 6);
    CHECK(iso_week_label(weeks[0].week.first) == "2026-W44");
    CHECK(weeks[1].won == units(1000));  // W45: 11-02..11-08
    CHECK(weeks[2].weighted == Money{});
    CHECK(weeks[4].cumulative == Money{100'000 + 1});  // 1000.00 + three thirds of a cent
    // Target 3000 over 30 days: by Sunday 11-08 (8 days) 800.00; by 11-30 all of it.
    CHECK(weeks[1].target_due == units(800));
    CHECK(weeks[5].target_due == units(3000));
    CHECK_FALSE(forecast_weeks(nov, won, open, std::nullopt)[0].target_due);
}

TEST_CASE("abc series: classes by revenue, xyz over the months begun by today") {
    // Q4 2026 seen on 2026-11-15: October and November count, December is still ahead.
    const Period q4 = range("2026-10-01", "2026-12-31");
    const std::vector<ClientMonthMoney> revenue{
        {1, "Acme", "2026-10", units(500)}, {1, "Acme", "2026-11", units(500)},  // steady: cv 0, X
        {2, "Bolt", "2026-10", units(200)},                                        // one month of two: cv 1, Z
        {3, "Cold", "2026-11", units(-50)},                                        // refunds only: left out
    };
    const auto rows = abc_series(revenue, q4, d("2026-11-15"));
    REQUIRE(rows.size() == 2);
    CHECK(rows[0].client == "Acme");
    CHECK(rows[0].revenue == units(1000));
    CHECK(rows[0].abc == 'A');  // 0 % before it: below 80 %
    CHECK(rows[0].cv == doctest::Approx(0.0));
    CHECK(rows[0].xyz == "X");
    CHECK(rows[1].client == "Bolt");
    CHECK(rows[1].abc == 'B');  // 1000/1200 = 83 % before it: past 80 %, below 95 %
    CHECK(rows[1].cv == doctest::Approx(1.0));  // 200 and 0: mean 100, deviation 100
    CHECK(rows[1].xyz == "Z");
    // Seen before the period begins, no month has begun: the series are empty, cv undefined.
    const auto early = abc_series(revenue, q4, d("2026-09-30"));
    REQUIRE(early.size() == 2);
    CHECK_FALSE(early[0].cv);
    CHECK(early[0].xyz.empty());
}
