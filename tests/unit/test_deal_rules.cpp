#include <doctest/doctest.h>

#include "core/account_flags.h"
#include "core/deal_rules.h"
#include "core/errors.h"
#include "core/timestamps.h"

using namespace acctool;

namespace {

const Date k_today = parse_iso_date("2026-11-23");

Deal open_deal(const char* stage_changed_on) {
    Deal d;
    d.stage = "proposal";
    d.created_on = parse_iso_date("2026-01-01");
    d.stage_changed_on = parse_iso_date(stage_changed_on);
    return d;
}

}  // namespace

TEST_CASE("stale: no stage change and no touch for stale_after_days") {
    // 21 days before 2026-11-23 is 2026-11-02.
    CHECK(is_stale(open_deal("2026-11-02"), std::nullopt, k_today, 21));
    CHECK_FALSE(is_stale(open_deal("2026-11-03"), std::nullopt, k_today, 21));
    SUBCASE("a recent touch of the client keeps it fresh") {
        CHECK_FALSE(is_stale(open_deal("2026-10-01"), parse_iso_date("2026-11-03"), k_today, 21));
        CHECK(is_stale(open_deal("2026-10-01"), parse_iso_date("2026-11-02"), k_today, 21));
    }
    SUBCASE("a touch older than the stage change does not count") {
        CHECK_FALSE(is_stale(open_deal("2026-11-20"), parse_iso_date("2026-01-01"), k_today, 21));
    }
}

TEST_CASE("stale: past the expected close, however fresh") {
    Deal d = open_deal("2026-11-23");
    d.expected_close = parse_iso_date("2026-11-22");
    CHECK(is_stale(d, k_today, k_today, 21));
    d.expected_close = k_today;  // closing today is not past
    CHECK_FALSE(is_stale(d, k_today, k_today, 21));
}

TEST_CASE("closed deals are never stale") {
    for (const char* stage : {"won", "lost"}) {
        Deal d = open_deal("2020-01-01");
        d.stage = stage;
        d.closed_on = parse_iso_date("2020-01-01");
        d.expected_close = parse_iso_date("2020-01-01");
        CHECK_FALSE(is_stale(d, std::nullopt, k_today, 21));
    }
}

TEST_CASE("effective probability: the deal's, else the stage's; won 1, lost 0") {
    Settings s;
    Deal d = open_deal("2026-11-01");
    CHECK(effective_probability(d, s) == doctest::Approx(0.50));
    d.probability = 0.9;
    CHECK(effective_probability(d, s) == doctest::Approx(0.9));
    d.stage = "won";
    CHECK(effective_probability(d, s) == 1);
    d.stage = "lost";
    CHECK(effective_probability(d, s) == 0);
    d.stage = "gone-from-config";
    d.probability.reset();
    CHECK(effective_probability(d, s) == 0);
}

TEST_CASE("pipeline stages: case-insensitive, won/lost pointed to win/lose, unknown listed") {
    Settings s;
    CHECK(parse_pipeline_stage(s, "Proposal").name == "proposal");
    CHECK_THROWS_WITH_AS(parse_pipeline_stage(s, "wun"),
                         "invalid stage 'wun': expected lead, qualified, proposal or negotiation", InvalidInput);
    CHECK_THROWS_WITH_AS(parse_pipeline_stage(s, "won"),
                         "invalid stage 'won' here: close a deal with 'acct deal win' or 'acct deal lose'",
                         InvalidInput);
}

TEST_CASE("discount: money or a percentage of the amount, never above it") {
    const Money amount{100000};  // 1,000.00
    CHECK(parse_discount("250", amount, "EUR") == Money{25000});
    CHECK(parse_discount("10%", amount, "EUR") == Money{10000});
    CHECK(parse_discount("12.5 %", amount, "EUR") == Money{12500});
    CHECK(parse_discount("0.005%", Money{100}, "EUR") == Money{0});
    CHECK(parse_discount("50%", Money{1}, "EUR") == Money{1});  // half away from zero
    CHECK(parse_discount("1000", amount, "EUR") == amount);
    CHECK_THROWS_WITH_AS(parse_discount("1000.01", amount, "EUR"),
                         "invalid discount '1000.01': more than the deal's amount 1,000.00", InvalidInput);
    CHECK_THROWS_AS(parse_discount("101%", amount, "EUR"), InvalidInput);
    CHECK_THROWS_AS(parse_discount("-5", amount, "EUR"), InvalidInput);
    CHECK_THROWS_AS(parse_discount("ten", amount, "EUR"), InvalidInput);
    // In the deal's own minor units: whole yen, Kuwaiti fils.
    CHECK(parse_discount("250", Money{1000}, "JPY") == Money{250});
    CHECK(parse_discount("10%", Money{1005}, "JPY") == Money{101});
    CHECK_THROWS_AS(parse_discount("2.5", Money{1000}, "JPY"), InvalidInput);
    CHECK(parse_discount("1.250", Money{10000}, "KWD") == Money{1250});
}

TEST_CASE("timestamps: exact, with a space, or a date at 09:00") {
    CHECK(parse_timestamp("2026-11-20T14:30", k_today) == "2026-11-20T14:30");
    CHECK(parse_timestamp("2026-11-20 08:05", k_today) == "2026-11-20T08:05");
    CHECK(parse_timestamp("yesterday", k_today) == "2026-11-22T09:00");
    CHECK(parse_timestamp("fri", k_today) == "2026-11-20T09:00");
    CHECK_THROWS_WITH_AS(parse_timestamp("2026-11-20T25:00", k_today),
                         "invalid time '2026-11-20T25:00': expected YYYY-MM-DDTHH:MM or a date", InvalidInput);
    CHECK_THROWS_AS(parse_timestamp("2026-02-30T10:00", k_today), InvalidInput);
    CHECK_THROWS_AS(parse_timestamp("soon", k_today), InvalidInput);
}

TEST_CASE("dormant: a customer whose last won deal is older than dormant_after_days") {
    const Date d120 = add_days(k_today, -120), d121 = add_days(k_today, -121);
    CHECK(is_dormant(ClientStatus::Customer, d121, k_today, 120));
    CHECK_FALSE(is_dormant(ClientStatus::Customer, d120, k_today, 120));
    CHECK_FALSE(is_dormant(ClientStatus::Customer, std::nullopt, k_today, 120));  // never bought
    CHECK_FALSE(is_dormant(ClientStatus::Prospect, d121, k_today, 120));
    CHECK_FALSE(is_dormant(ClientStatus::Archived, d121, k_today, 120));
}

TEST_CASE("account flags: dormant, then over the credit limit") {
    AccountFacts f;
    f.last_won = add_days(k_today, -200);
    f.credit_limit = Money{50000};
    f.open_receivables = Money{50001};
    CHECK(account_flags(f, k_today, 120) == std::vector<std::string>{"dormant", "over-credit-limit"});
    f.open_receivables = Money{50000};  // at the limit is not over it
    CHECK(account_flags(f, k_today, 120) == std::vector<std::string>{"dormant"});
    f.credit_limit.reset();
    f.open_receivables = Money{99999999};
    f.last_won = k_today;
    CHECK(account_flags(f, k_today, 120).empty());
}
