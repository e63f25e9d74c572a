#include <doctest/doctest.h>

#include <chrono>

#include "core/deal_moves.h"
#include "core/errors.h"

using namespace acctool;
using namespace std::chrono;

namespace {
Deal open_deal() {
    Deal d;
    d.id = 7;
    d.stage = "proposal";
    d.stage_changed_on = 2026y / November / 2d;
    d.amount = Money{1'000'000};  // 10,000.00
    d.discount = Money{50'000};
    d.probability = 0.6;
    return d;
}
const Date k_today = 2026y / December / 2d;
}  // namespace

TEST_CASE("move: a new stage resets the probability and dates the change") {
    Deal d = open_deal();
    CHECK(move_deal(d, "negotiation", std::nullopt, std::nullopt, k_today) == MoveOutcome::Moved);
    CHECK(d.stage == "negotiation");
    CHECK(d.stage_changed_on == k_today);
    CHECK_FALSE(d.probability);

    d = open_deal();
    CHECK(move_deal(d, "negotiation", 0.8, 2027y / January / 15d, k_today) == MoveOutcome::Moved);
    CHECK(d.probability == 0.8);
    CHECK(d.expected_close == 2027y / January / 15d);
}

TEST_CASE("move to the same stage: only a close date, or nothing") {
    Deal d = open_deal();
    CHECK(move_deal(d, "proposal", std::nullopt, 2027y / March / 1d, k_today) == MoveOutcome::CloseOnly);
    CHECK(d.expected_close == 2027y / March / 1d);
    CHECK(d.stage_changed_on == 2026y / November / 2d);  // the stage did not change
    CHECK(d.probability == 0.6);
    d = open_deal();
    CHECK(move_deal(d, "proposal", std::nullopt, std::nullopt, k_today) == MoveOutcome::Unchanged);
    // A new probability at the same stage is a move, but the stage date stays.
    CHECK(move_deal(d, "proposal", 0.3, std::nullopt, k_today) == MoveOutcome::Moved);
    CHECK(d.stage_changed_on == 2026y / November / 2d);
}

TEST_CASE("win and lose close the deal on the day; a closed deal moves nowhere") {
    Deal d = open_deal();
    win_deal(d, Money{40'000}, 2026y / December / 1d);  // 400.00: below the 500.00 discount
    CHECK(d.stage == "won");
    CHECK(d.closed_on == 2026y / December / 1d);
    CHECK(d.stage_changed_on == 2026y / December / 1d);
    CHECK(d.amount == Money{40'000});
    CHECK(d.discount == Money{40'000});  // cut to the amount
    CHECK_THROWS_AS(win_deal(d, std::nullopt, k_today), Conflict);
    CHECK_THROWS_AS(lose_deal(d, "price", k_today), Conflict);
    CHECK_THROWS_AS(move_deal(d, "proposal", std::nullopt, std::nullopt, k_today), Conflict);
    CHECK_THROWS_WITH_AS(require_open(d), doctest::Contains("reopen it first (acct deal reopen 7)"), Conflict);

    d = open_deal();
    win_deal(d, std::nullopt, k_today);
    CHECK(d.amount == Money{1'000'000});
    CHECK(d.discount == Money{50'000});

    d = open_deal();
    lose_deal(d, "went with a competitor", k_today);
    CHECK(d.stage == "lost");
    CHECK(d.lost_reason == "went with a competitor");
    CHECK(d.closed_on == k_today);
}
