// The config reader: the starter file, round trips through config show, and one exact
// message (file, line, column, key) per class of mistake.
#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <string>

#include "config/config.h"
#include "core/errors.h"

using namespace acctool;
using namespace std::chrono;
using config::parse_settings;

namespace {

std::string error_of(std::string_view toml_text) {
    try {
        parse_settings(toml_text, "c.toml");
    } catch (const InvalidInput& e) {
        return e.what();
    }
    return "no error";
}

// Settings has no operator==; compare every field so a round trip cannot lose one.
void check_same(const Settings& a, const Settings& b) {
    CHECK(a.owner_name == b.owner_name);
    CHECK(a.currency == b.currency);
    CHECK(a.workdays == b.workdays);
    CHECK(a.holidays == b.holidays);
    CHECK(a.day_start_minutes == b.day_start_minutes);
    CHECK(a.slot_minutes == b.slot_minutes);
    CHECK(a.calls_per_day == b.calls_per_day);
    CHECK(a.visits_per_day == b.visits_per_day);
    CHECK(a.active_window_days == b.active_window_days);
    CHECK(a.dormant_after_days == b.dormant_after_days);
    REQUIRE(a.tiers.size() == b.tiers.size());
    for (std::size_t i = 0; i < a.tiers.size(); ++i) {
        CHECK(a.tiers[i].name == b.tiers[i].name);
        CHECK(a.tiers[i].cadence_days == b.tiers[i].cadence_days);
        CHECK(a.tiers[i].visit_every_days == b.tiers[i].visit_every_days);
        CHECK(a.tiers[i].weight == b.tiers[i].weight);
    }
    REQUIRE(a.stages.size() == b.stages.size());
    for (std::size_t i = 0; i < a.stages.size(); ++i) {
        CHECK(a.stages[i].name == b.stages[i].name);
        CHECK(a.stages[i].probability == b.stages[i].probability);
    }
    CHECK(a.stale_after_days == b.stale_after_days);
    CHECK(a.target_period == b.target_period);
    auto same_targets = [](const Targets& x, const Targets& y) {
        return x.revenue == y.revenue && x.new_clients == y.new_clients &&
               x.active_clients == y.active_clients;
    };
    CHECK(same_targets(a.targets, b.targets));
    REQUIRE(a.period_targets.size() == b.period_targets.size());
    for (const auto& [label, targets] : a.period_targets) {
        REQUIRE(b.period_targets.count(label) == 1);
        CHECK(same_targets(targets, b.period_targets.at(label)));
    }
    CHECK(a.commission_basis == b.commission_basis);
    CHECK(a.commission_method == b.commission_method);
    CHECK(a.commission_threshold == b.commission_threshold);
    CHECK(a.commission_cap == b.commission_cap);
    REQUIRE(a.commission_bands.size() == b.commission_bands.size());
    for (std::size_t i = 0; i < a.commission_bands.size(); ++i) {
        CHECK(a.commission_bands[i].from == b.commission_bands[i].from);
        CHECK(a.commission_bands[i].rate == b.commission_bands[i].rate);
    }
    REQUIRE(a.bonuses.size() == b.bonuses.size());
    for (std::size_t i = 0; i < a.bonuses.size(); ++i) {
        CHECK(a.bonuses[i].name == b.bonuses[i].name);
        CHECK(a.bonuses[i].on == b.bonuses[i].on);
        CHECK(a.bonuses[i].amount == b.bonuses[i].amount);
    }
    CHECK(a.fixed_pay == b.fixed_pay);
    CHECK(a.variable_target == b.variable_target);
    REQUIRE(a.kpi_weights.size() == b.kpi_weights.size());
    for (std::size_t i = 0; i < a.kpi_weights.size(); ++i) {
        CHECK(a.kpi_weights[i].metric == b.kpi_weights[i].metric);
        CHECK(a.kpi_weights[i].weight == b.kpi_weights[i].weight);
        CHECK(a.kpi_weights[i].floor == b.kpi_weights[i].floor);
        CHECK(a.kpi_weights[i].cap == b.kpi_weights[i].cap);
    }
}

Money units(std::int64_t whole) { return Money{whole * 100}; }

}  // namespace

TEST_CASE("the starter config yields the values of the man page's CONFIGURATION") {
    Settings s = parse_settings(config::starter_config_text(), "config.toml");
    CHECK(s.owner_name == "Ana Popescu");
    CHECK(s.currency == "EUR");
    CHECK(s.workdays == std::vector<weekday>{Monday, Tuesday, Wednesday, Thursday, Friday});
    CHECK(s.holidays == std::vector<Date>{2026y / 12 / 25, 2027y / 1 / 1});
    CHECK(s.day_start_minutes == 9 * 60);
    CHECK(s.slot_minutes == 30);
    CHECK(s.calls_per_day == 8);
    CHECK(s.visits_per_day == 2);
    CHECK(s.active_window_days == 90);
    CHECK(s.dormant_after_days == 120);
    REQUIRE(s.tiers.size() == 3);
    CHECK(s.tiers[0].name == "A");
    CHECK(s.tiers[0].cadence_days == 7);
    CHECK(s.tiers[0].visit_every_days == 30);
    CHECK(s.tiers[0].weight == 3);
    CHECK(s.tiers[1].name == "B");
    CHECK(s.tiers[1].cadence_days == 14);
    CHECK_FALSE(s.tiers[1].visit_every_days);
    CHECK(s.tiers[2].weight == 1);
    REQUIRE(s.stages.size() == 4);
    CHECK(s.stages[0].name == "lead");
    CHECK(s.stages[0].probability == 0.10);
    CHECK(s.stages[3].name == "negotiation");
    CHECK(s.stages[3].probability == 0.75);
    CHECK(s.stale_after_days == 21);
    CHECK(s.target_period == TargetPeriod::Quarter);
    CHECK(s.targets.revenue == units(300000));
    CHECK(s.targets.new_clients == 3);
    CHECK(s.targets.active_clients == 40);
    REQUIRE(s.period_targets.count("2026-Q4") == 1);
    CHECK(s.period_targets.at("2026-Q4").revenue == units(360000));
    CHECK(s.targets_for("2026-Q4").revenue == units(360000));
    CHECK(s.targets_for("2026-Q4").new_clients == 3);
    CHECK(s.commission_basis == CommissionBasis::Revenue);
    CHECK(s.commission_method == CommissionMethod::Graduated);
    CHECK(s.commission_threshold == 0.5);
    CHECK(s.commission_cap == units(40000));
    REQUIRE(s.commission_bands.size() == 3);
    CHECK(s.commission_bands[1].from == 0.8);
    CHECK(s.commission_bands[2].rate == 0.06);
    REQUIRE(s.bonuses.size() == 2);
    CHECK(s.bonuses[0].name == "new client");
    CHECK(s.bonuses[0].on == BonusOn::NewClient);
    CHECK(s.bonuses[0].amount == units(300));
    CHECK(s.bonuses[1].on == BonusOn::FirstProductSale);
    CHECK(s.bonuses[1].amount == units(200));
    CHECK(s.fixed_pay == units(2500));
    CHECK(s.variable_target == units(1500));
    REQUIRE(s.kpi_weights.size() == 3);
    CHECK(s.kpi_weights[0].metric == "revenue");
    CHECK(s.kpi_weights[0].weight == 0.6);
    CHECK(s.kpi_weights[1].cap == 1.2);
    CHECK(s.kpi_weights[2].floor == 0.0);
}

TEST_CASE("the starter config is safe to embed") {
    CHECK(config::starter_config_text().find(")acct_toml\"") == std::string_view::npos);
}

TEST_CASE("format_settings reads back to the same settings") {
    SUBCASE("the starter config") {
        Settings s = parse_settings(config::starter_config_text(), "config.toml");
        std::string text = config::format_settings(s);
        check_same(parse_settings(text, "show.toml"), s);
        CHECK(config::format_settings(parse_settings(text, "show.toml")) == text);
    }
    SUBCASE("the built-in defaults") {
        Settings defaults;
        check_same(parse_settings(config::format_settings(defaults), "show.toml"), defaults);
    }
    SUBCASE("cents, quotes and a month period") {
        Settings s = parse_settings("[owner]\nname = \"O'Brien \\\"Ana\\\"\"\n"
                                    "[targets]\nperiod = \"month\"\nrevenue = 2500.05\n"
                                    "[targets.periods.\"2026-11\"]\nnew_clients = 2\n"
                                    "[compensation]\nfixed = 2500.5\n",
                                    "c.toml");
        CHECK(s.targets.revenue == Money{250005});
        CHECK(s.fixed_pay == Money{250050});
        std::string text = config::format_settings(s);
        CHECK(text.find("revenue = 2500.05\n") != std::string::npos);
        CHECK(text.find("fixed = 2500.50\n") != std::string::npos);
        CHECK(text.find("[targets.periods.\"2026-11\"]\nnew_clients = 2\n") != std::string::npos);
        check_same(parse_settings(text, "show.toml"), s);
    }
}

TEST_CASE("the file overlays the defaults") {
    Settings s = parse_settings("[plan]\ncalls_per_day = 5\n"
                                "[calendar]\nholidays = [2026-12-25]\nworkdays = [\"Friday\", \"mon\"]\n",
                                "c.toml");
    CHECK(s.calls_per_day == 5);
    CHECK(s.visits_per_day == 2);
    CHECK(s.tiers.size() == 3);
    CHECK(s.holidays == std::vector<Date>{2026y / 12 / 25});
    CHECK(s.workdays == std::vector<weekday>{Monday, Friday});
    CHECK(parse_settings("", "empty.toml").stages.size() == 4);
}

TEST_CASE("load_settings") {
    auto dir = std::filesystem::temp_directory_path() / "acct_test_config";
    std::filesystem::create_directories(dir);
    SUBCASE("a missing file gives the defaults") {
        bool found = true;
        Settings s = config::load_settings(dir / "absent.toml", &found);
        CHECK_FALSE(found);
        CHECK(s.calls_per_day == 8);
    }
    SUBCASE("a file is read and named in errors") {
        auto path = dir / "config.toml";
        std::ofstream(path) << "[plan]\ncalls_per_day = 4\n";
        bool found = false;
        CHECK(config::load_settings(path, &found).calls_per_day == 4);
        CHECK(found);
        std::ofstream(path) << "[plan]\ncalls_per_day = -4\n";
        CHECK_THROWS_WITH_AS(config::load_settings(path), (path.string() + ":2:17: plan.calls_per_day: "
                                                           "must be a whole number from 0 to 1000, got -4").c_str(),
                             InvalidInput);
    }
    SUBCASE("a directory is a failure") {
        CHECK_THROWS_AS(config::load_settings(dir), Failure);
    }
    std::filesystem::remove_all(dir);
}

TEST_CASE("config errors name the file, line, column and key") {
    SUBCASE("toml syntax") {
        CHECK(error_of("[plan]\ncalls_per_day = \n") ==
              "c.toml:2:17: error while parsing key-value pair: expected value, saw '\\n'");
    }
    SUBCASE("unknown keys at every level") {
        CHECK(error_of("[plan]\ncalls_per_dya = 8\n") ==
              "c.toml:2:1: plan.calls_per_dya: unknown key (did you mean 'calls_per_day'?)");
        CHECK(error_of("[ownr]\n") == "c.toml:1:2: ownr: unknown key (did you mean 'owner'?)");
        CHECK(error_of("[pipeline]\nstages = [{ name = \"a\", probability = 0.1, color = 1 }]\n") ==
              "c.toml:2:44: pipeline.stages[1].color: unknown key");
        CHECK(error_of("[commission]\ntiers = [{ from = 0, rat = 0.1 }]\n") ==
              "c.toml:2:22: commission.tiers[1].rat: unknown key (did you mean 'rate'?)");
        CHECK(error_of("[[commission.bonus]]\non = \"new_client\"\namount = 1\nsum = 2\n") ==
              "c.toml:4:1: commission.bonus[1].sum: unknown key");
        CHECK(error_of("[compensation]\nkpis = [{ metric = \"revenue\", weight = 1, flor = 0 }]\n") ==
              "c.toml:2:43: compensation.kpis[1].flor: unknown key (did you mean 'floor'?)");
        CHECK(error_of("[targets.periods.\"2026-Q4\"]\nrevenu = 1\n") ==
              "c.toml:2:1: targets.periods.2026-Q4.revenu: unknown key (did you mean 'revenue'?)");
        // The same nearest word as the command line's (core/suggest.h): a unique prefix, a swap.
        CHECK(error_of("[plan]\ncalls = 8\n") ==
              "c.toml:2:1: plan.calls: unknown key (did you mean 'calls_per_day'?)");
        CHECK(error_of("[plna]\n") == "c.toml:1:2: plna: unknown key (did you mean 'plan'?)");
        CHECK(error_of("[calendar]\nday = 1\n") == "c.toml:2:1: calendar.day: unknown key");
    }
    SUBCASE("wrong types") {
        CHECK(error_of("[plan]\ncalls_per_day = \"8\"\n") ==
              "c.toml:2:17: plan.calls_per_day: expected a whole number, got string");
        CHECK(error_of("plan = 3\n") == "c.toml:1:8: plan: expected a table, got integer");
        CHECK(error_of("[calendar]\nworkdays = \"mon\"\n") ==
              "c.toml:2:12: calendar.workdays: expected an array, got string");
        CHECK(error_of("[pipeline]\nstages = [\"lead\"]\n") ==
              "c.toml:2:11: pipeline.stages[1]: expected a table, got string");
        CHECK(error_of("[commission]\ncap = \"40000\"\n") ==
              "c.toml:2:7: commission.cap: expected an amount (a number), got string");
    }
    SUBCASE("missing required keys") {
        CHECK(error_of("[pipeline]\nstages = [{ name = \"lead\" }]\n") ==
              "c.toml:2:11: pipeline.stages[1]: missing key 'probability'");
    }
    SUBCASE("counts and days out of range") {
        CHECK(error_of("[plan]\ncalls_per_day = -3\n") ==
              "c.toml:2:17: plan.calls_per_day: must be a whole number from 0 to 1000, got -3");
        CHECK(error_of("[calendar]\nslot_minutes = 0\n") ==
              "c.toml:2:16: calendar.slot_minutes: must be a whole number from 1 to 1440, got 0");
        CHECK(error_of("[calendar]\nvisit_minutes = 0\n") ==
              "c.toml:2:17: calendar.visit_minutes: must be a whole number from 1 to 1440, got 0");
        CHECK(error_of("[calendar]\nday_start = \"09:00\"\nday_end = \"09:00\"\n").find(
                  "calendar.day_end: day_end (09:00) must be after day_start (09:00)") != std::string::npos);
        CHECK(error_of("[calendar]\nday_start = \"19:00\"\n").find("calendar.day_start: day_end (18:00) must be after") !=
              std::string::npos);
        CHECK(error_of("[plan]\ncontact_kinds = [\"call\", \"lunch\"]\n").find(
                  "plan.contact_kinds[2]: unknown touch kind 'lunch'") != std::string::npos);
        CHECK(error_of("[plan]\ncontact_kinds = []\n").find("plan.contact_kinds: must name at least one") !=
              std::string::npos);
        CHECK(error_of("[tiers.A]\ncadence_days = 0\n") ==
              "c.toml:2:16: tiers.A.cadence_days: must be a whole number from 1 to 3660, got 0");
    }
    SUBCASE("owner and calendar values") {
        CHECK(error_of("[owner]\ncurrency = \"eur\"\n") ==
              "c.toml:2:12: owner.currency: must be three upper-case letters such as EUR, got \"eur\"");
        CHECK(error_of("[calendar]\nday_start = \"9:00\"\n") ==
              "c.toml:2:13: calendar.day_start: must be a time HH:MM from 00:00 to 23:59, got \"9:00\"");
        CHECK(error_of("[calendar]\nworkdays = [\"mon\", \"funday\"]\n") ==
              "c.toml:2:20: calendar.workdays[2]: must be a day name mon..sun, got \"funday\"");
        CHECK(error_of("[calendar]\nworkdays = [\"mon\", \"Monday\"]\n") ==
              "c.toml:2:20: calendar.workdays[2]: names a day twice, got \"Monday\"");
        CHECK(error_of("[calendar]\nworkdays = []\n") ==
              "c.toml:2:12: calendar.workdays: must name at least one day, got []");
        CHECK(error_of("[calendar]\nholidays = [\"2026-12-25\", 2026-12-25]\n") ==
              "c.toml:2:27: calendar.holidays[2]: names a day twice, got 2026-12-25");
        CHECK(error_of("[calendar]\nday_start = 09:00:00\n") ==
              "c.toml:2:13: calendar.day_start: expected a string \"HH:MM\", got time");
        CHECK(error_of("[calendar]\nholidays = [\"2026-02-30\"]\n") ==
              "c.toml:2:13: calendar.holidays[1]: must be a date YYYY-MM-DD, got \"2026-02-30\"");
    }
    SUBCASE("tiers") {
        CHECK(error_of("[tiers.A]\ncadence_days = 14\n[tiers.B]\ncadence_days = 7\n") ==
              "c.toml:4:16: tiers.B.cadence_days: tiers out of order: must be at least "
              "tiers.A.cadence_days (14), got 7");
        CHECK(error_of("[tiers.A]\ncadence_days = 40\n[tiers.B]\nweight = 1\n") ==
              "c.toml:3:1: tiers.B: tiers out of order: must be at least tiers.A.cadence_days (40), "
              "got the default cadence_days 30");
        CHECK(error_of("[tiers.A]\nweight = 1\n[tiers.B]\nweight = 2\n") ==
              "c.toml:4:10: tiers.B.weight: tiers out of order: must be at most tiers.A.weight (1), got 2");
        CHECK(error_of("[tiers.\"key accounts\"]\n") ==
              "c.toml:1:8: tiers.\"key accounts\": a tier name is letters, digits, - and _ (up to 32), "
              "got \"key accounts\"");
        CHECK(error_of("tiers = {}\n") == "c.toml:1:9: tiers: must define at least one tier, such as [tiers.A]");
    }
    SUBCASE("pipeline stages") {
        CHECK(error_of("[pipeline]\nstages = [{ name = \"won\", probability = 1 }]\n") ==
              "c.toml:2:20: pipeline.stages[1].name: won and lost are built-in stages that follow "
              "the list, got \"won\"");
        CHECK(error_of("[pipeline]\nstages = [{ name = \"a\", probability = 0.1 },\n"
                       "  { name = \"A\", probability = 0.2 }]\n") ==
              "c.toml:3:12: pipeline.stages[2].name: names a stage twice, got \"A\"");
        CHECK(error_of("[pipeline]\nstages = [{ name = \"a\", probability = 1.5 }]\n") ==
              "c.toml:2:39: pipeline.stages[1].probability: must be a number from 0 to 1, got 1.5");
        CHECK(error_of("[pipeline]\nstages = [{ name = \"a\", probability = 0.5 },\n"
                       "  { name = \"b\", probability = 0.4 }]\n") ==
              "c.toml:3:31: pipeline.stages[2].probability: must not be below the previous stage's 0.5, "
              "got 0.4");
    }
    SUBCASE("targets") {
        CHECK(error_of("[targets]\nperiod = \"week\"\n") ==
              "c.toml:2:10: targets.period: must be month | quarter | year, got \"week\"");
        CHECK(error_of("[targets]\nperiod = \"month\"\n[targets.periods.\"2026-Q4\"]\nrevenue = 1\n") ==
              "c.toml:3:18: targets.periods.2026-Q4: must be a month label such as \"2026-11\", as "
              "targets.period is \"month\", got \"2026-Q4\"");
        CHECK(error_of("[targets.periods.\"2026-Q5\"]\n") ==
              "c.toml:1:18: targets.periods.2026-Q5: must be a quarter label such as \"2026-Q4\", as "
              "targets.period is \"quarter\", got \"2026-Q5\"");
        CHECK(error_of("[targets]\nrevenue = -1\n") ==
              "c.toml:2:11: targets.revenue: must be an amount from 0 to 999999999999.99, got -1");
        CHECK(error_of("[targets]\nrevenue = 10.505\n") ==
              "c.toml:2:11: targets.revenue: must have at most two decimals, got 10.505");
        CHECK(error_of("[targets]\nrevenue = nan\n") ==
              "c.toml:2:11: targets.revenue: must be an amount from 0 to 999999999999.99, got nan");
    }
    SUBCASE("commission") {
        CHECK(error_of("[commission]\nbasis = \"paid\"\n") ==
              "c.toml:2:9: commission.basis: must be revenue | collected, got \"paid\"");
        CHECK(error_of("[commission]\nmethod = \"linear\"\n") ==
              "c.toml:2:10: commission.method: must be graduated | retroactive, got \"linear\"");
        CHECK(error_of("[commission]\nthreshold = 50\n") ==
              "c.toml:2:13: commission.threshold: must be a number from 0 to 10, got 50");
        CHECK(error_of("[targets]\nrevenue = 1\n[commission]\ntiers = [{ from = 0.2, rate = 0.1 }]\n") ==
              "c.toml:4:19: commission.tiers[1].from: the first band must start from 0, got 0.2");
        CHECK(error_of("[targets]\nrevenue = 1\n[commission]\n"
                       "tiers = [{ from = 0, rate = 0.1 }, { from = 0, rate = 0.2 }]\n") ==
              "c.toml:4:45: commission.tiers[2].from: must be above the previous band's 0, got 0");
        CHECK(error_of("[targets]\nrevenue = 1\n[commission]\ntiers = [{ from = 0, rate = -0.1 }]\n") ==
              "c.toml:4:29: commission.tiers[1].rate: must be a number from 0 to 1, got -0.1");
        CHECK(error_of("[commission]\ntiers = [{ from = 0, rate = 0.1 }]\n") ==
              "c.toml:2:9: commission.tiers: needs targets.revenue: the bands are by attainment of it");
        CHECK(error_of("[[commission.bonus]]\non = \"referral\"\namount = 1\n") ==
              "c.toml:2:6: commission.bonus[1].on: must be new_client | first_product_sale, got \"referral\"");
    }
    SUBCASE("compensation") {
        CHECK(error_of("[targets]\nrevenue = 1\n[compensation]\nkpis = [{ metric = \"margin\", weight = 1 }]\n") ==
              "c.toml:4:20: compensation.kpis[1].metric: must be revenue | active_clients | new_clients, "
              "got \"margin\"");
        CHECK(error_of("[compensation]\nkpis = [{ metric = \"new_clients\", weight = 1 }]\n") ==
              "c.toml:2:20: compensation.kpis[1].metric: needs targets.new_clients to measure "
              "attainment, got \"new_clients\"");
        CHECK(error_of("[targets]\nrevenue = 1\n[compensation]\nkpis = [{ metric = \"revenue\", weight = 0.9 }]\n") ==
              "c.toml:4:8: compensation.kpis: the weights must add up to 1, got 0.9");
        CHECK(error_of("[targets]\nrevenue = 1\n[compensation]\n"
                       "kpis = [{ metric = \"revenue\", weight = 1, floor = 0.5, cap = 0.4 }]\n") ==
              "c.toml:4:62: compensation.kpis[1].cap: must be at least floor (0.5), got 0.4");
        CHECK(error_of("[compensation]\nfixed = -2500\n") ==
              "c.toml:2:9: compensation.fixed: must be an amount from 0 to 999999999999.99, got -2500");
    }
}
