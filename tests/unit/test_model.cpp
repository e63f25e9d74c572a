#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "core/errors.h"
#include "core/model.h"
#include "core/settings.h"

using namespace acctool;

TEST_CASE("enum names round-trip through to_string and parse_*") {
    for (auto s : {ClientStatus::Customer, ClientStatus::Prospect, ClientStatus::Archived})
        CHECK(parse_client_status(to_string(s)) == s);
    for (auto k : {DealKind::New, DealKind::Upsell, DealKind::CrossSell, DealKind::Renewal})
        CHECK(parse_deal_kind(to_string(k)) == k);
    for (auto k : {TouchKind::Call, TouchKind::Visit, TouchKind::Meeting, TouchKind::Email,
                   TouchKind::Message, TouchKind::Note})
        CHECK(parse_touch_kind(to_string(k)) == k);
    for (auto s : {Severity::Low, Severity::Normal, Severity::High, Severity::Critical})
        CHECK(parse_severity(to_string(s)) == s);
    CHECK(to_string(DealKind::CrossSell) == "cross-sell");
}

TEST_CASE("enum parsing is case-insensitive and takes the cross-sell aliases") {
    struct Row {
        const char* text;
        DealKind kind;
    };
    const std::vector<Row> rows = {
        {"Cross-Sell", DealKind::CrossSell}, {"crosssell", DealKind::CrossSell},
        {"CROSS_SELL", DealKind::CrossSell}, {" renewal ", DealKind::Renewal},
        {"UPSELL", DealKind::Upsell},
    };
    for (const auto& row : rows) {
        SUBCASE(row.text) { CHECK(parse_deal_kind(row.text) == row.kind); }
    }
    CHECK(parse_touch_kind("Visit") == TouchKind::Visit);
    CHECK(parse_client_status("PROSPECT") == ClientStatus::Prospect);
}

TEST_CASE("enum parse errors list the accepted values") {
    CHECK_THROWS_WITH_AS(parse_deal_kind("cross sell"),
                         "invalid deal kind 'cross sell': expected new, upsell, cross-sell or renewal",
                         InvalidInput);
    CHECK_THROWS_WITH_AS(parse_touch_kind("lunch"),
                         "invalid touch kind 'lunch': expected call, visit, meeting, email, message or note",
                         InvalidInput);
    CHECK_THROWS_WITH_AS(parse_client_status(""),
                         "invalid client status '': expected customer, prospect or archived",
                         InvalidInput);
    CHECK_THROWS_WITH_AS(parse_severity("urgent"),
                         "invalid severity 'urgent': expected low, normal, high or critical",
                         InvalidInput);
}

TEST_CASE("settings look-ups") {
    Settings s;
    REQUIRE(s.find_tier("a") != nullptr);
    CHECK(s.find_tier("a")->cadence_days == 7);
    CHECK(s.find_tier("B")->weight == 2);
    CHECK(s.find_tier("D") == nullptr);
    CHECK(s.find_tier("\xFF") == nullptr);
    REQUIRE(s.find_stage("proposal") != nullptr);
    CHECK(s.find_stage("proposal")->probability == doctest::Approx(0.5));
    CHECK(s.find_stage("Proposal") == nullptr);  // stages are exact
    CHECK(s.find_stage("won") == nullptr);
}

TEST_CASE("targets_for falls back field by field") {
    Settings s;
    s.targets = Targets{Money{30000000}, 3, 40};
    s.period_targets["2026-Q4"] = Targets{Money{36000000}, std::nullopt, std::nullopt};
    Targets q4 = s.targets_for("2026-Q4");
    CHECK(q4.revenue == Money{36000000});
    CHECK(q4.new_clients == 3);
    CHECK(q4.active_clients == 40);
    Targets q3 = s.targets_for("2026-Q3");
    CHECK(q3.revenue == Money{30000000});
}
