// KPI maths (man page: KPI AND COMMISSION DEFINITIONS) on hand-built facts: medians, win rate, averages, coverage,
// empty periods, and which targets apply to which period.
#include <doctest/doctest.h>

#include "core/kpi.h"

using namespace acctool;

namespace {
Money units(std::int64_t u) { return Money{u * 100}; }
Date day(int y, unsigned m, unsigned d) { return Date{std::chrono::year{y}, std::chrono::month{m}, std::chrono::day{d}}; }
}  // namespace

TEST_CASE("medians: odd, even, empty") {
    CHECK(median({3, 1, 2}) == 2.0);
    CHECK(median({4, 1, 3, 2}) == 2.5);
    CHECK_FALSE(median({}));
    CHECK(median_hours({90, 30, 600}) == 1.5);
    CHECK(median_hours({60, 120}) == 1.5);
}

TEST_CASE("win rate and averages") {
    CHECK(*win_rate(3, 1) == doctest::Approx(0.75));
    CHECK(*win_rate(0, 2) == 0.0);
    CHECK_FALSE(win_rate(0, 0));
    CHECK(average(units(100), 3) == Money{3333});
    CHECK(average(Money{5}, 2) == Money{3});  // 2.5 cents -> 3
    CHECK_FALSE(average(units(100), 0));
    CHECK(*change(units(150), units(100)) == doctest::Approx(0.5));
    CHECK_FALSE(change(units(150), Money{}));
}

TEST_CASE("client growth: median over clients with previous revenue") {
    // +50 %, -50 %, +100 %; a client whose previous revenue was refunded away is skipped
    CHECK(*client_growth({{units(100), units(150)}, {units(200), units(100)}, {units(50), units(100)},
                          {Money{}, units(10)}}) == doctest::Approx(0.5));
    CHECK_FALSE(client_growth({}));
}

TEST_CASE("weighted pipeline: the deal's probability, else the stage's, rounded once") {
    Settings s;  // lead 0.10, qualified 0.25, proposal 0.50, negotiation 0.75
    std::vector<OpenDealGroup> open{{"proposal", std::nullopt, units(10000)},
                                    {"lead", 0.9, units(1000)},
                                    {"gone", std::nullopt, units(5000)},  // no longer configured: 0
                                    {"lead", std::nullopt, Money{5}},     // 0.5 cent
                                    {"lead", std::nullopt, Money{5}}};    // 0.5 cent: 1 cent in all
    CHECK(weighted_pipeline(open, s) == Money{500000 + 90000 + 1});
    CHECK(*coverage(units(50), units(900), units(1000)) == doctest::Approx(0.5));
    CHECK_FALSE(coverage(units(50), units(1000), units(1000)));
    CHECK_FALSE(coverage(units(50), units(0), std::nullopt));
}

TEST_CASE("an empty period: zeros and empty ratios, never NaN") {
    Settings s;
    s.commission_bands = {{0.0, 0.02}};
    s.variable_target = units(1500);
    s.kpi_weights = {{"revenue", 1.0, 0.0, 1.0}};
    auto r = compute_kpis(KpiFacts{}, Targets{units(1000), 2, 3}, s);
    CHECK(r.revenue == Money{});
    CHECK(r.attainment == 0.0);
    CHECK(r.new_clients_attainment == 0.0);
    CHECK_FALSE(r.avg_deal);
    CHECK_FALSE(r.avg_deal_change);
    CHECK_FALSE(r.win_rate);
    CHECK_FALSE(r.client_growth);
    CHECK_FALSE(r.response_hours_median);
    CHECK(*r.coverage == 0.0);
    CHECK(r.payout == Money{});
    auto no_targets = compute_kpis(KpiFacts{}, Targets{}, s);
    CHECK_FALSE(no_targets.attainment);
    CHECK_FALSE(no_targets.coverage);
    CHECK(no_targets.payout == Money{});
}

TEST_CASE("a whole report: revenue less refunds, collected basis, payout and what-if") {
    Settings s;
    s.commission_bands = {{0.0, 0.02}, {0.8, 0.04}, {1.0, 0.06}};
    s.commission_threshold = 0.5;
    s.bonuses = {{"new client", BonusOn::NewClient, units(300)}};
    s.variable_target = units(1000);
    s.kpi_weights = {{"revenue", 1.0, 0.5, 1.5}};
    KpiFacts f;
    f.won_amount = units(90000);
    f.won_deals = 3;
    f.refunds = units(5000);
    f.prev_won_amount = units(40000);
    f.prev_won_deals = 2;
    f.lost_deals = 1;
    f.new_clients = {{7, "Nova", day(2026, 11, 2)}};
    auto r = compute_kpis(f, Targets{units(100000), std::nullopt, std::nullopt}, s);
    CHECK(r.revenue == units(85000));
    CHECK(*r.attainment == doctest::Approx(0.85));
    CHECK(r.avg_deal == units(30000));
    CHECK(*r.avg_deal_change == doctest::Approx(0.5));  // 30 000 vs 20 000
    CHECK(*r.win_rate == doctest::Approx(0.75));
    CHECK(r.commission.commission == units(1600 + 200));  // 80 000 x 2 % + 5 000 x 4 %
    CHECK(r.bonus == units(300));
    CHECK(r.variable_pay == units(850));
    CHECK(r.payout == units(1800 + 300 + 850));
    auto w = what_if(r, units(20000), s);
    CHECK(w.basis == units(105000));
    CHECK(w.commission == units(1600 + 800 + 300));
    CHECK(w.variable_pay == units(1050));
    CHECK(w.payout == units(2700 + 300 + 1050));
    CHECK_FALSE(w.to_next_band);
    CHECK(what_if(r, Money{}, s).to_next_band == units(15000));

    s.commission_basis = CommissionBasis::Collected;
    f.collected = units(40000);
    auto c = compute_kpis(f, Targets{units(100000), std::nullopt, std::nullopt}, s);
    CHECK(c.revenue == units(85000));
    CHECK(*c.attainment == doctest::Approx(0.4));
    CHECK(*c.revenue_attainment == doctest::Approx(0.85));
    CHECK(c.commission.commission == Money{});  // collected is below the threshold
    CHECK(c.variable_pay == Money{});           // and below the revenue KPI's floor
}

TEST_CASE("targets apply to whole calendar periods of the configured kind") {
    Settings s;
    s.target_period = TargetPeriod::Quarter;
    s.targets.revenue = units(300000);
    s.period_targets["2026-Q4"] = Targets{units(360000), std::nullopt, std::nullopt};
    auto [q4, label] = targets_for_period(quarter_of(day(2026, 11, 23)), s);
    CHECK(label == "2026-Q4");
    CHECK(q4.revenue == units(360000));
    auto [range, range_label] = targets_for_period(Period{day(2026, 7, 1), day(2026, 9, 30)}, s);
    CHECK(range_label == "2026-Q3");
    CHECK(range.revenue == units(300000));
    auto [month, month_label] = targets_for_period(month_of(day(2026, 11, 23)), s);
    CHECK_FALSE(month_label);
    CHECK_FALSE(month.revenue);
    CHECK(default_kpi_period(s, day(2026, 11, 23)) == quarter_of(day(2026, 11, 23)));
    s.target_period = TargetPeriod::Month;
    CHECK(default_kpi_period(s, day(2026, 11, 23)) == month_of(day(2026, 11, 23)));
}
