#include <doctest/doctest.h>

#include "core/dates.h"
#include "core/import_keys.h"

using namespace acctool;

namespace {
Deal won(Id client, const char* date, std::int64_t amount, const char* product, const char* title) {
    Deal d;
    d.client_id = client;
    d.stage = "won";
    d.closed_on = parse_iso_date(date);
    d.amount = Money{amount};
    d.product = product;
    d.title = title;
    return d;
}
}  // namespace

TEST_CASE("a deal's key is its client, close date, amount, stage, product and title") {
    const Deal a = won(1, "2026-10-05", 1200050, "licences", "Q4 order");
    Deal b = a;
    b.id = 99;
    b.probability = 0.5;  // not in the key
    b.kind = DealKind::Renewal;
    b.discount = Money{100};
    CHECK(same_key(a, b));
    CHECK(key_hash(a) == key_hash(b));
    for (auto change : {+[](Deal& d) { d.client_id = 2; }, +[](Deal& d) { d.closed_on = parse_iso_date("2026-10-06"); },
                        +[](Deal& d) { d.amount = Money{1200051}; }, +[](Deal& d) { d.stage = "lost"; },
                        +[](Deal& d) { d.product = "support"; }, +[](Deal& d) { d.title = "Q4 order 2"; },
                        +[](Deal& d) { d.closed_on.reset(); }}) {
        Deal c = a;
        change(c);
        CHECK_FALSE(same_key(a, c));
        CHECK(key_hash(a) != key_hash(c));
    }
    // Fields run into each other differently: "ab"+"c" is not "a"+"bc".
    CHECK(key_hash(won(1, "2026-10-05", 1, "ab", "c")) != key_hash(won(1, "2026-10-05", 1, "a", "bc")));
}

TEST_CASE("a touch's key is its client, kind, date and summary") {
    Touch a;
    a.client_id = 3;
    a.kind = TouchKind::Call;
    a.date = parse_iso_date("2026-11-02");
    a.summary = "Discussed Q1";
    Touch b = a;
    b.contact_id = 7;
    b.next_action = "send offer";
    CHECK(same_key(a, b));
    CHECK(key_hash(a) == key_hash(b));
    b.kind = TouchKind::Visit;
    CHECK_FALSE(same_key(a, b));
    CHECK(key_hash(a) != key_hash(b));
}

TEST_CASE("seen keys find an earlier row only when the caller confirms it") {
    SeenKeys seen;
    CHECK(seen.empty());
    seen.add(42, 10, 2);
    seen.add(42, 11, 3);  // a colliding hash of another record
    auto hit = seen.find(42, [](Id id) { return id == 11; });
    REQUIRE(hit);
    CHECK(hit->id == 11);
    CHECK(hit->line == 3);
    CHECK_FALSE(seen.find(42, [](Id) { return false; }));
    CHECK_FALSE(seen.find(7ull << 40, [](Id) { return true; }));
}

TEST_CASE("seen keys keep every row through the table's growth") {
    SeenKeys seen;
    for (Id id = 1; id <= 5000; ++id) seen.add(static_cast<std::uint64_t>(id) * 0x9E3779B97F4A7C15ull, id, id + 1);
    for (Id id = 1; id <= 5000; ++id) {
        auto hit = seen.find(static_cast<std::uint64_t>(id) * 0x9E3779B97F4A7C15ull, [&](Id found) { return found == id; });
        REQUIRE(hit);
        CHECK(hit->line == id + 1);
    }
    CHECK_FALSE(seen.find(12345ull << 40, [](Id) { return true; }));
}
