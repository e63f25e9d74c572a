#include <doctest/doctest.h>

#include "core/statement.h"

using namespace acctool;

namespace {
Money units(std::int64_t u) { return Money{u * 100}; }
Settings plan() {
    Settings s;
    s.commission_method = CommissionMethod::Graduated;
    s.commission_threshold = 0;
    s.commission_bands = {{0.0, 0.02}, {0.8, 0.04}, {1.0, 0.06}};
    return s;
}
StatementEvent sale(int day, Id id, std::int64_t amount) {
    return {Date{std::chrono::year{2026}, std::chrono::month{10}, std::chrono::day{static_cast<unsigned>(day)}},
            StatementKind::Deal, id, "Acme", units(amount)};
}
}  // namespace

TEST_CASE("the statement's lines add up to the commission on the whole basis") {
    // Target 100 000 (the design's example), sales of 80 000, 20 000 and 30 000 in date
    // order: 1 600 at 2 %, 800 at 4 %, 1 800 at 6 %: 4 200 in all.
    auto lines = commission_statement({sale(20, 3, 30000), sale(5, 1, 80000), sale(12, 2, 20000)}, units(100000), plan());
    REQUIRE(lines.size() == 3);
    CHECK(lines[0].event.id == 1);
    CHECK(lines[0].bands == "2%");
    CHECK(lines[0].commission == units(1600));
    CHECK(lines[1].bands == "4%");
    CHECK(lines[1].commission == units(800));
    CHECK(lines[2].bands == "6%");
    CHECK(lines[2].running == units(4200));
    CHECK(lines[2].basis == units(130000));
    // A refund the same day as a sale comes after it.
    StatementEvent refund = sale(20, 1, -10000);
    refund.kind = StatementKind::Refund;
    lines = commission_statement({refund, sale(20, 9, 100000)}, units(100000), plan());
    CHECK(lines[0].event.kind == StatementKind::Deal);
    CHECK(lines[1].commission == -units(400));  // back from 100 000 to 90 000: 4 % band
    CHECK(lines[1].running == units(2000));
    // Without a target there is no commission and no band.
    lines = commission_statement({sale(1, 1, 5)}, std::nullopt, plan());
    CHECK(lines[0].bands.empty());
    CHECK(lines[0].running == Money{});
}

TEST_CASE("a line's bands for people read as the tables' percentages") {
    Settings s = plan();
    s.commission_bands = {{0.0, 0.025}, {0.8, 0.04}};
    // 0 to 90 000 of a 100 000 target: across 2.5 % and 4 %.
    auto lines = commission_statement({sale(5, 1, 90000)}, units(100000), s);
    REQUIRE(lines.size() == 1);
    CHECK(lines[0].bands == "2.5%+4%");
    CHECK(bands_for_people(lines[0]) == "2.5 %+4 %");
    s.commission_threshold = 0.5;
    lines = commission_statement({sale(5, 1, 1000)}, units(100000), s);
    CHECK(bands_for_people(lines[0]) == "below threshold");
}
