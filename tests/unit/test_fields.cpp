#include <doctest/doctest.h>

#include <chrono>

#include "core/errors.h"
#include "core/fields.h"
#include "core/settings.h"

using namespace acctool;
using namespace std::chrono;

TEST_CASE("a new client starts in the lowest tier, in the owner's currency, created today") {
    Settings s;
    s.currency = "RON";
    const Date today = 2026y / December / 2d;
    Client c = new_client(s, today);
    CHECK(c.tier == "C");  // the built-in tiers are A, B, C; C is the last
    CHECK(c.currency == "RON");
    CHECK(c.created_on == today);
    CHECK(c.id == 0);

    s.tiers = {{"Gold", 7, 30, 3}, {"Silver", 21, std::nullopt, 1}};
    CHECK(new_client(s, today).tier == "Silver");
    s.tiers.clear();
    CHECK(new_client(s, today).tier.empty());
}

TEST_CASE("client fields are validated and applied") {
    Settings s;
    const Date today = 2026y / December / 2d;
    Client c = new_client(s, today);
    ClientFields f;
    f.tier = "a";
    f.cadence_days = "10";
    apply_client_fields(c, f, s, today);
    CHECK(c.tier == "A");  // matched case-insensitively, stored as configured
    REQUIRE(c.cadence_days);
    CHECK(*c.cadence_days == 10);
    f = {};
    f.cadence_days = "0";
    CHECK_THROWS_AS(apply_client_fields(c, f, s, today), InvalidInput);
    f = {};
    f.tier = "Z";
    CHECK_THROWS_AS(apply_client_fields(c, f, s, today), InvalidInput);
    f = {};
    f.customer_since = "2016-03-01";
    apply_client_fields(c, f, s, today);
    CHECK(c.customer_since == 2016y / March / 1d);
    f.customer_since = "2026-12-03";  // tomorrow: not something that happened
    CHECK_THROWS_AS(apply_client_fields(c, f, s, today), InvalidInput);
    f.customer_since = "";
    apply_client_fields(c, f, s, today);
    CHECK_FALSE(c.customer_since);
}
