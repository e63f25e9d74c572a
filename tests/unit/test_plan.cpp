// The plan's reasons, scoring and scheduling on hand-built portfolios.
#include <doctest/doctest.h>

#include <algorithm>
#include <cstdint>
#include <map>
#include <string>
#include <vector>

#include "core/account_flags.h"
#include "core/plan.h"

using namespace acctool;
using plan::ClientFacts;
using plan::Kind;
using plan::Reason;

namespace {

Date d(const char* text) { return parse_iso_date(text); }

// ISO week 2026-W48: Monday 23 to Sunday 29 November; today is its Monday.
const Period k_week{d("2026-11-23"), d("2026-11-29"), PeriodKind::Week};
const Date k_today = d("2026-11-23");

// A C-tier client touched yesterday: no reason of its own.
ClientFacts quiet(Id id) {
    ClientFacts f;
    f.client_id = id;
    f.name = "Client " + std::to_string(id);
    f.tier = "C";
    f.last_touch = d("2026-11-22");
    return f;
}

// A client due for contact `days_late` days before the range starts (tier B, cadence 14).
ClientFacts late(Id id, int days_late) {
    ClientFacts f = quiet(id);
    f.tier = "B";
    f.last_touch = add_days(k_week.first, -14 - days_late);
    return f;
}

const plan::PlanItem& item_of(const plan::Plan& p, Id id) {
    auto it = std::ranges::find_if(p.items, [id](const auto& i) { return i.client_id == id; });
    REQUIRE(it != p.items.end());
    return *it;
}

bool has(const plan::PlanItem& item, Reason r) { return std::ranges::find(item.reasons, r) != item.reasons.end(); }

}  // namespace

TEST_CASE("reasons come from the facts and the settings") {
    Settings s;
    SUBCASE("nothing due: no item") { CHECK_FALSE(plan::assess(quiet(1), s, k_week, k_today)); }
    SUBCASE("never touched is due at once, scored one full cadence late") {
        ClientFacts f = quiet(1);
        f.last_touch.reset();
        auto item = plan::assess(f, s, k_week, k_today);
        REQUIRE(item);
        CHECK(item->reasons == std::vector{Reason::Cadence});
        CHECK(item->score == 1 * 30);
    }
    SUBCASE("cadence due inside the range counts one day; override beats the tier") {
        ClientFacts f = quiet(1);
        f.cadence_days = 5;
        f.last_touch = d("2026-11-20");  // due 11-25
        CHECK(plan::assess(f, s, k_week, k_today)->score == 1);
        f.last_touch = d("2026-11-08");  // due 11-13: 10 days late
        CHECK(plan::assess(f, s, k_week, k_today)->score == 10);
    }
    SUBCASE("tier A with no visit in 30 days is a visit") {
        ClientFacts f = quiet(1);
        f.tier = "A";
        f.last_touch = d("2026-11-23");  // cadence 7: next due after the range
        f.last_visit = d("2026-10-20");  // visit due 11-19: 4 days late
        auto item = plan::assess(f, s, k_week, k_today);
        REQUIRE(item);
        CHECK(item->kind == Kind::Visit);
        CHECK(item->reasons == std::vector{Reason::Visit});
        CHECK(item->score == 3 * 4);
    }
    SUBCASE("state reasons") {
        ClientFacts f = quiet(1);
        f.next_expected_close = d("2026-11-20");      // past: closing and stale
        f.oldest_unpaid_due = d("2026-11-22");
        f.last_won = d("2026-07-01");                 // 145 days > 120
        f.unanswered_cases = 1;
        auto item = plan::assess(f, s, k_week, k_today);
        REQUIRE(item);
        CHECK(item->reasons == std::vector{Reason::DealClosing, Reason::DealStale, Reason::InvoiceOverdue,
                                           Reason::Dormant, Reason::CaseOpen});
        CHECK(item->score == 30 + 20 + 40 + 25 + 60);
    }
    SUBCASE("an old stage is stale only when the client is not touched either") {
        ClientFacts f = quiet(1);
        f.oldest_stage_change = d("2026-10-01");
        CHECK_FALSE(plan::assess(f, s, k_week, k_today));
        f.last_touch = d("2026-10-02");
        f.cadence_days = 365;
        CHECK(has(*plan::assess(f, s, k_week, k_today), Reason::DealStale));
    }
    SUBCASE("prospects are never dormant; due today is not overdue; answered young case is fine") {
        ClientFacts f = quiet(1);
        f.customer = false;
        f.last_won = d("2025-01-01");
        f.oldest_unpaid_due = k_today;
        f.oldest_open_case = d("2026-11-20");
        CHECK_FALSE(plan::assess(f, s, k_week, k_today));
        f.oldest_open_case = d("2026-11-15");  // 8 days open
        CHECK(plan::assess(f, s, k_week, k_today)->reasons == std::vector{Reason::CaseOpen});
    }
}

TEST_CASE("pinned days, weekends and holidays") {
    Settings s;
    s.holidays = {d("2026-11-26")};  // Thursday
    SUBCASE("the workdays leave out weekends and holidays") {
        CHECK(plan::workdays_of(k_week, s) ==
              std::vector{d("2026-11-23"), d("2026-11-24"), d("2026-11-25"), d("2026-11-27")});
    }
    SUBCASE("a follow-up stays on its day") {
        ClientFacts f = quiet(1);
        f.follow_ups = {{d("2026-11-25"), ""}};
        auto p = plan::make_plan({f, late(2, 5)}, s, k_week, k_today);
        CHECK(*item_of(p, 1).date == d("2026-11-25"));
        CHECK(*item_of(p, 2).date == d("2026-11-23"));
    }
    SUBCASE("a follow-up missed before the range comes first on its first day, with its action") {
        ClientFacts f = quiet(1);
        f.follow_ups = {{d("2026-11-18"), "send the quote"}, {d("2026-11-25"), "call back"}};
        auto p = plan::make_plan({late(2, 9), f}, s, k_week, k_today);
        const auto& item = item_of(p, 1);
        CHECK(*item.date == d("2026-11-23"));
        CHECK(item.reasons == std::vector{plan::Reason::FollowUp, plan::Reason::FollowUpMissed});
        CHECK(item.actions == std::vector<std::string>{"send the quote", "call back"});
        CHECK(p.items.front().client_id == 1);  // pinned before the overdue cadence
        // On Wednesday the missed follow-up is on Wednesday, not on a day gone by.
        auto later = plan::make_plan({f}, s, k_week, d("2026-11-25"));
        CHECK(*item_of(later, 1).date == d("2026-11-25"));
        // A follow-up due after the range is not in it.
        ClientFacts g = quiet(3);
        g.follow_ups = {{d("2026-12-02"), "later"}};
        CHECK(plan::make_plan({g}, s, k_week, k_today).items.empty());
    }
    SUBCASE("a birthday on a Sunday moves to Friday, on a holiday to the day before") {
        ClientFacts a = quiet(1), b = quiet(2);
        a.birthdays = {std::chrono::November / 29};
        b.birthdays = {std::chrono::November / 26};
        auto p = plan::make_plan({a, b}, s, k_week, k_today);
        CHECK(*item_of(p, 1).date == d("2026-11-27"));
        CHECK(*item_of(p, 2).date == d("2026-11-25"));
    }
    SUBCASE("a day off before the first workday moves forward") {
        s.holidays = {d("2026-11-23")};
        ClientFacts f = quiet(1);
        f.follow_ups = {{d("2026-11-23"), ""}};
        CHECK(*item_of(plan::make_plan({f}, s, k_week, k_today), 1).date == d("2026-11-24"));
    }
    SUBCASE("a range without workdays schedules nothing and drops nothing") {
        const Period weekend{d("2026-11-28"), d("2026-11-29"), PeriodKind::Range};
        ClientFacts f = quiet(1);
        f.follow_ups = {{d("2026-11-28"), ""}};
        auto p = plan::make_plan({f, late(2, 3)}, s, weekend, k_today);
        REQUIRE(p.items.size() == 2);
        CHECK_FALSE(p.items[0].date);
        CHECK_FALSE(p.items[1].date);
    }
}

TEST_CASE("capacity, overflow and its ordering") {
    Settings s;
    s.calls_per_day = 2;
    s.visits_per_day = 1;
    std::vector<ClientFacts> clients;
    for (Id id = 1; id <= 15; ++id) clients.push_back(late(id, static_cast<int>(id % 7)));
    SUBCASE("calls fill each day to capacity in score order, the rest overflow") {
        auto p = plan::make_plan(clients, s, k_week, k_today);
        REQUIRE(p.items.size() == 15);
        int scheduled = 0;
        for (const auto& i : p.items) scheduled += i.date ? 1 : 0;
        CHECK(scheduled == 10);  // 5 workdays x 2 calls
        long long lowest_scheduled = 1'000'000, highest_overflow = -1;
        for (const auto& i : p.items)
            (i.date ? lowest_scheduled : highest_overflow) =
                i.date ? std::min(lowest_scheduled, i.score) : std::max(highest_overflow, i.score);
        CHECK(lowest_scheduled >= highest_overflow);
        CHECK(p.items.front().date == k_week.first);
        CHECK(p.items.front().slot == 0);
        CHECK(p.items[1].slot == 1);
    }
    SUBCASE("pinned items use their day first and stay past capacity") {
        for (Id id = 1; id <= 3; ++id) clients[id - 1].follow_ups = {{d("2026-11-24"), ""}};
        auto p = plan::make_plan(clients, s, k_week, k_today);
        int on_tuesday = 0;
        for (const auto& i : p.items) on_tuesday += i.date == d("2026-11-24") ? 1 : 0;
        CHECK(on_tuesday == 3);
    }
    SUBCASE("visits have their own capacity") {
        std::vector<ClientFacts> tier_a;
        for (Id id = 1; id <= 7; ++id) {
            ClientFacts f = quiet(id);
            f.tier = "A";
            f.last_touch = k_today;
            tier_a.push_back(f);
        }
        tier_a.push_back(late(8, 1));
        auto p = plan::make_plan(tier_a, s, k_week, k_today);
        int visits = 0, overflow = 0;
        for (const auto& i : p.items) {
            if (i.kind == Kind::Visit && i.date) ++visits;
            if (!i.date) ++overflow;
        }
        CHECK(visits == 5);
        CHECK(overflow == 2);
        CHECK(*item_of(p, 8).date == k_week.first);
    }
    SUBCASE("ties break by client id, and the same input gives the same plan") {
        std::vector<ClientFacts> same{late(9, 2), late(4, 2), late(7, 2)};
        auto p = plan::make_plan(same, s, k_week, k_today);
        CHECK(p.items[0].client_id == 4);
        CHECK(p.items[1].client_id == 7);
        CHECK(p.items[2].client_id == 9);
        std::ranges::reverse(same);
        auto q = plan::make_plan(same, s, k_week, k_today);
        for (std::size_t i = 0; i < p.items.size(); ++i) {
            CHECK(p.items[i].client_id == q.items[i].client_id);
            CHECK(p.items[i].date == q.items[i].date);
            CHECK(p.items[i].slot == q.items[i].slot);
        }
    }
}

// Seeded random portfolios, capacities, days and clocks: the invariants of the plan hold on
// every one of them.
namespace {

struct Rng {
    std::uint64_t state;
    std::uint64_t next() {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        return state;
    }
    int in(int low, int high) { return low + static_cast<int>(next() % static_cast<std::uint64_t>(high - low + 1)); }
    bool chance(int percent) { return in(1, 100) <= percent; }
};

std::optional<Date> maybe_day(Rng& rng, int percent, int from, int to) {
    if (!rng.chance(percent)) return std::nullopt;
    return add_days(k_week.first, rng.in(from, to));
}

ClientFacts random_client(Rng& rng, Id id) {
    static const char* tiers[] = {"A", "B", "C"};
    ClientFacts f;
    f.client_id = id;
    f.name = "Client " + std::to_string(id);
    f.tier = tiers[rng.in(0, 2)];
    f.customer = rng.chance(70);
    if (rng.chance(20)) f.cadence_days = rng.in(3, 60);
    f.last_touch = maybe_day(rng, 90, -90, -1);
    f.last_visit = maybe_day(rng, 60, -120, -1);
    for (int n = rng.in(0, 2); n > 0; --n) f.follow_ups.push_back({add_days(k_week.first, rng.in(-3, 6)), "act"});
    if (rng.chance(10)) f.birthdays.emplace_back(std::chrono::November, std::chrono::day(static_cast<unsigned>(rng.in(20, 30))));
    f.next_expected_close = maybe_day(rng, 30, -10, 20);
    f.oldest_stage_change = maybe_day(rng, 30, -60, -1);
    f.oldest_unpaid_due = maybe_day(rng, 20, -40, 10);
    f.last_won = maybe_day(rng, 50, -300, -1);
    f.unanswered_cases = rng.chance(10) ? 1 : 0;
    return f;
}

}  // namespace

TEST_CASE("plan invariants over random portfolios") {
    for (std::uint64_t seed = 1; seed <= 300; ++seed) {
        CAPTURE(seed);
        Rng rng{seed * 0x9E3779B97F4A7C15ULL};
        Settings s;
        s.calls_per_day = rng.in(0, 6);
        s.visits_per_day = rng.in(0, 3);
        s.slot_minutes = rng.in(10, 60);
        s.visit_minutes = rng.in(30, 180);
        s.day_start_minutes = rng.in(6 * 60, 16 * 60);
        s.day_end_minutes = std::min(24 * 60 - 1, s.day_start_minutes + rng.in(30, 10 * 60));
        if (rng.chance(30)) s.holidays.push_back(add_days(k_week.first, rng.in(0, 4)));
        const Date today = add_days(k_week.first, rng.in(0, 6));
        std::vector<ClientFacts> clients;
        for (int n = rng.in(0, 60); n > 0; --n) clients.push_back(random_client(rng, static_cast<Id>(clients.size() + 1)));

        const plan::Plan p = plan::make_plan(clients, s, k_week, today);
        std::size_t assessed = 0;
        for (const auto& f : clients) assessed += plan::assess(f, s, k_week, today) ? 1 : 0;
        CHECK(p.items.size() == assessed);  // overflow is never dropped

        std::map<std::pair<Date, int>, int> pinned_on, others_on;
        long long lowest_scheduled[2] = {1LL << 60, 1LL << 60}, highest_overflow[2] = {-1, -1};
        for (const auto& item : p.items) {
            const int k = item.kind == Kind::Visit ? 1 : 0;
            if (item.date) {
                CHECK(*item.date >= today);  // no past day
                CHECK(std::ranges::find(p.workdays, *item.date) != p.workdays.end());
                ++(item.pinned ? pinned_on : others_on)[{*item.date, k}];
                if (!item.pinned) lowest_scheduled[k] = std::min(lowest_scheduled[k], item.score);
                if (item.start_minutes) {  // no time at or past day_end, never past midnight
                    CHECK(*item.start_minutes >= s.day_start_minutes);
                    CHECK(*item.start_minutes + item.duration_minutes <= s.day_end_minutes);
                }
            } else {
                CHECK_FALSE(item.start_minutes);
                if (!item.pinned) highest_overflow[k] = std::max(highest_overflow[k], item.score);
            }
        }
        for (const auto& [day_kind, count] : others_on) {  // capacity, pinned ones first
            const int capacity = day_kind.second == 1 ? s.visits_per_day : s.calls_per_day;
            CHECK(count <= std::max(0, capacity - pinned_on[day_kind]));
        }
        for (int k = 0; k < 2; ++k) CHECK(lowest_scheduled[k] >= highest_overflow[k]);  // ordering

        // Determinism: the same inputs in another order give the same plan.
        std::vector<ClientFacts> shuffled(clients.rbegin(), clients.rend());
        const plan::Plan q = plan::make_plan(shuffled, s, k_week, today);
        REQUIRE(q.items.size() == p.items.size());
        for (std::size_t i = 0; i < p.items.size(); ++i) {
            CHECK(q.items[i].client_id == p.items[i].client_id);
            CHECK(q.items[i].date == p.items[i].date);
            CHECK(q.items[i].start_minutes == p.items[i].start_minutes);
        }
    }
}

TEST_CASE("the portfolio's flags are the plan's reason tokens in the plan's order") {
    auto tokens = [](const StandingFacts& f) {
        std::vector<std::string_view> out;
        for (Reason r : portfolio_flags(f)) out.push_back(plan::reason_token(r));
        return out;
    };
    CHECK(tokens({}).empty());
    CHECK(tokens({true, true, true, true, true}) ==
          std::vector<std::string_view>{"cadence", "deal-stale", "invoice-overdue", "dormant", "case-open"});
    StandingFacts f;
    f.open_case = true;
    f.contact_due = true;
    CHECK(tokens(f) == std::vector<std::string_view>{"cadence", "case-open"});
}

TEST_CASE("the default range: the rest of this week, or next week after its last workday") {
    Settings s;  // Monday to Friday
    auto range = [&](const char* today) { return plan::default_range(d(today), s); };
    // Wednesday 2026-12-02: today to Sunday 12-06.
    CHECK(range("2026-12-02").period.first == d("2026-12-02"));
    CHECK(range("2026-12-02").period.last == d("2026-12-06"));
    CHECK_FALSE(range("2026-12-02").next_week);
    // Friday is still this week's; Saturday plans the next one (Monday 12-07 to 12-13).
    CHECK(range("2026-12-04").period.first == d("2026-12-04"));
    CHECK(range("2026-12-05").next_week);
    CHECK(range("2026-12-05").period.first == d("2026-12-07"));
    CHECK(range("2026-12-05").period.last == d("2026-12-13"));
    // With Friday a holiday, Thursday is the last workday: Friday already plans next week.
    s.holidays = {d("2026-12-04")};
    CHECK(range("2026-12-04").next_week);
    CHECK_FALSE(range("2026-12-03").next_week);
}

TEST_CASE("the explain breakdown: tokens for CSV and JSON, words for tables") {
    Settings s;
    ClientFacts f = late(1, 1);
    f.tier = "A";  // weight 3, a visit every 30 days, never visited: 30 days late
    f.oldest_unpaid_due = d("2026-11-01");
    auto item = plan::assess(f, s, k_week, k_today);
    REQUIRE(item);
    // A's cadence is 7 days: touched 15 days before the range, 8 days late.
    CHECK(plan::explanation(*item, false) ==
          "cadence 3 × 8 days overdue = 24; visit 3 × 30 days since a visit was due = 90; invoice-overdue +40");
    CHECK(plan::explanation(*item, true) == "due for contact: 3 × 8 days overdue = 24; due for a visit: 3 × 30 days "
                                            "since a visit was due = 90; invoice overdue +40");
    f = late(2, 1);  // tier B, weight 2: one day
    f.last_touch = add_days(k_week.first, -15);
    item = plan::assess(f, s, k_week, k_today);
    REQUIRE(item);
    CHECK(plan::explanation(*item, false) == "cadence 2 × 1 day overdue = 2");
    CHECK(plan::explanation(*item, true) == "due for contact: 2 × 1 day overdue = 2");
}

TEST_CASE("the explain breakdown of a tier that weighs 0 still shows the days") {
    Settings s;
    s.tiers[1].weight = 0;  // B: its lateness counts for nothing, and the breakdown says why
    auto item = plan::assess(late(1, 12), s, k_week, k_today);
    REQUIRE(item);
    CHECK(item->score == 0);
    CHECK(plan::explanation(*item, false) == "cadence 0 × 12 days overdue = 0");
    CHECK(plan::explanation(*item, true) == "due for contact: 0 × 12 days overdue = 0");
}
