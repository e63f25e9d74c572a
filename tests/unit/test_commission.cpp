// Commission, bonuses and variable pay (man page: KPI AND COMMISSION DEFINITIONS), including its worked examples.
#include <doctest/doctest.h>

#include "core/commission.h"

using namespace acctool;

namespace {

Money units(std::int64_t u) { return Money{u * 100}; }

// The design's plan: tiers 0 -> 2 %, 0.8 -> 4 %, 1.0 -> 6 %, no threshold, no cap.
Settings design_plan(CommissionMethod method) {
    Settings s;
    s.commission_method = method;
    s.commission_bands = {{0.0, 0.02}, {0.8, 0.04}, {1.0, 0.06}};
    return s;
}

}  // namespace

TEST_CASE("graduated: each slice at its band's rate (the design's 4 200)") {
    auto r = compute_commission(units(130000), units(100000), design_plan(CommissionMethod::Graduated));
    REQUIRE(r.attainment);
    CHECK(*r.attainment == doctest::Approx(1.3));
    CHECK(r.commission == units(4200));
    REQUIRE(r.bands.size() == 3);
    CHECK(r.bands[0].start == units(0));
    CHECK(r.bands[0].end == units(80000));
    CHECK(r.bands[0].basis == units(80000));
    CHECK(r.bands[0].commission == units(1600));
    CHECK(r.bands[1].basis == units(20000));
    CHECK(r.bands[1].commission == units(800));
    CHECK(r.bands[2].start == units(100000));
    CHECK_FALSE(r.bands[2].end);
    CHECK(r.bands[2].basis == units(30000));
    CHECK(r.bands[2].commission == units(1800));
    CHECK_FALSE(r.capped);
}

TEST_CASE("retroactive: everything at the highest band reached (the design's 7 800)") {
    auto r = compute_commission(units(130000), units(100000), design_plan(CommissionMethod::Retroactive));
    CHECK(r.commission == units(7800));
    CHECK(r.bands[0].basis == units(0));
    CHECK(r.bands[2].basis == units(130000));
    CHECK(r.bands[2].commission == units(7800));
    SUBCASE("exactly on a band start reaches it") {
        CHECK(compute_commission(units(80000), units(100000), design_plan(CommissionMethod::Retroactive)).commission == units(3200));
        CHECK(compute_commission(Money{7999999}, units(100000), design_plan(CommissionMethod::Retroactive)).commission ==
              Money{160000});  // 79 999.99 x 2 % = 1 599.9998 -> 1 600.00
    }
}

TEST_CASE("threshold: below it nothing is paid, at it the bands pay") {
    Settings s = design_plan(CommissionMethod::Graduated);
    s.commission_threshold = 0.5;
    auto below = compute_commission(Money{4999999}, units(100000), s);
    CHECK(below.below_threshold);
    CHECK(below.commission == Money{});
    CHECK(below.bands[0].basis == Money{4999999});  // the breakdown still shows where it fell
    CHECK(below.bands[0].commission == Money{});
    auto at = compute_commission(units(50000), units(100000), s);
    CHECK_FALSE(at.below_threshold);
    CHECK(at.commission == units(1000));
}

TEST_CASE("cap, and bonuses added after it") {
    Settings s = design_plan(CommissionMethod::Retroactive);
    s.commission_cap = units(5000);
    auto r = compute_commission(units(130000), units(100000), s);
    CHECK(r.before_cap == units(7800));
    CHECK(r.commission == units(5000));
    CHECK(r.capped);
    s.bonuses = {{"new client", BonusOn::NewClient, units(300)}, {"new line", BonusOn::FirstProductSale, units(200)}};
    const Date d{std::chrono::year{2026}, std::chrono::November, std::chrono::day{3}};
    auto events = bonus_events(s.bonuses, {{2, "Beta", d}}, {{2, "Beta", "steel", d}, {1, "Acme", "wire", d}});
    REQUIRE(events.size() == 3);
    CHECK(events[0].on == "new_client");
    CHECK(events[0].client == "Beta");
    CHECK(events[1].client == "Acme");  // same day: client id order
    CHECK(events[1].product == "wire");
    CHECK(events[2].product == "steel");
    CHECK(total_bonus(events) == units(700));
    CHECK(r.commission + total_bonus(events) == units(5700));  // the cap leaves bonuses alone
}

TEST_CASE("rounding: each slice half away from zero to the cent") {
    Settings s;
    s.commission_bands = {{0.0, 0.025}};
    // 0.50 x 2.5 % = 0.0125 -> 0.01; 0.60 x 2.5 % = 0.015 -> 0.02
    CHECK(compute_commission(Money{50}, units(100), s).commission == Money{1});
    CHECK(compute_commission(Money{60}, units(100), s).commission == Money{2});
}

TEST_CASE("no target, zero target, refunds only: empty attainment and no commission") {
    Settings s = design_plan(CommissionMethod::Graduated);
    auto none = compute_commission(units(1000), std::nullopt, s);
    CHECK_FALSE(none.attainment);
    CHECK(none.bands.empty());
    CHECK(none.commission == Money{});
    auto zero = compute_commission(units(1000), Money{}, s);
    CHECK_FALSE(zero.attainment);
    CHECK(zero.commission == Money{});
    // A period with only a refund has negative revenue: attainment below 0, commission 0.
    auto clawback = compute_commission(-units(500), units(100000), s);
    REQUIRE(clawback.attainment);
    CHECK(*clawback.attainment == doctest::Approx(-0.005));
    CHECK(clawback.commission == Money{});
    for (const auto& band : clawback.bands) CHECK(band.basis == Money{});
    CHECK(compute_commission(-units(500), units(100000), design_plan(CommissionMethod::Retroactive)).commission == Money{});
    CHECK_FALSE(attainment_of(std::int64_t{3}, std::optional<int>{0}));
    CHECK(*attainment_of(std::int64_t{3}, std::optional<int>{2}) == doctest::Approx(1.5));
}

TEST_CASE("refunds across periods: a refund lowers only the period it is dated in") {
    Settings s = design_plan(CommissionMethod::Graduated);
    // Q3: sold 100 000; Q4: sold 50 000 and refunded 20 000 of a Q3 deal.
    CHECK(compute_commission(units(100000), units(100000), s).commission == units(2400));
    CHECK(compute_commission(units(30000), units(100000), s).commission == units(600));
}

TEST_CASE("revenue to the next band") {
    Settings s = design_plan(CommissionMethod::Graduated);
    s.commission_threshold = 0.5;
    CHECK(to_next_band(units(10000), units(100000), s) == units(40000));  // the threshold
    CHECK(to_next_band(units(50000), units(100000), s) == units(30000));
    CHECK(to_next_band(units(90000), units(100000), s) == units(10000));
    CHECK_FALSE(to_next_band(units(100000), units(100000), s));  // the last band reached
    CHECK_FALSE(to_next_band(units(1), std::nullopt, s));
}

TEST_CASE("variable pay: weights, floors and caps") {
    const std::vector<KpiWeight> kpis{{"revenue", 0.6, 0.5, 1.5}, {"active_clients", 0.2, 0.5, 1.2},
                                      {"new_clients", 0.2, 0.0, 2.0}};
    // 1 500 x (0.6 x 1.3 + 0.2 x 1.2 (capped from 1.25) + 0.2 x 2 (capped from 3)) = 1 500 x 1.42
    CHECK(variable_pay(units(1500), kpis, {1.3, 1.25, 3.0}) == units(2130));
    // revenue below its floor counts 0; new clients with no target counts 0
    CHECK(variable_pay(units(1500), kpis, {0.49, 1.0, std::nullopt}) == units(300));
    CHECK(variable_pay(units(1500), kpis, {std::nullopt, std::nullopt, std::nullopt}) == Money{});
    // at the floor counts
    CHECK(variable_pay(units(1500), kpis, {0.5, 0.0, 0.0}) == units(450));
}

TEST_CASE("graduated commission is the exact sum over the bands, rounded once") {
    // Target 1 000.10, revenue 1 100.00, bands 0 -> 2 %, 0.8 -> 4 %, 1.0 -> 6 %:
    //   band 1: 0 .. 800.08       800.08 x 2 % = 16.0016
    //   band 2: 800.08 .. 1000.10 200.02 x 4 % =  8.0008
    //   band 3: 1000.10 ..         99.90 x 6 % =  5.994
    // exact 29.9964, paid 30.00; the rounded bands (16.00 + 8.00 + 5.99) would say 29.99.
    auto r = compute_commission(Money{110000}, Money{100010}, design_plan(CommissionMethod::Graduated));
    REQUIRE(r.bands.size() == 3);
    CHECK(r.bands[0].commission == Money{1600});
    CHECK(r.bands[1].commission == Money{800});
    CHECK(r.bands[2].commission == Money{599});
    CHECK(r.before_cap == Money{3000});
    CHECK(r.commission == Money{3000});
}
