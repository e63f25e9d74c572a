// The human table: display-width alignment, grouping, header styles; the colour decision.
#include <doctest/doctest.h>

#include <chrono>
#include <cstdlib>

#include "core/errors.h"
#include "render_capture.h"

using namespace acctool;
using namespace acctool::output;
using namespace std::chrono_literals;

TEST_CASE("table writer") {
    SUBCASE("aligns mixed scripts by display width; numbers right, text left") {
        // A count is grouped; an id never is (it reads as it is typed back).
        Table t({{"id"}, {"n"}, {"name"}, {"amount"}, {"since"}});
        t.add({std::int64_t{1}, std::int64_t{12345}, std::string("Ёлка"), Money{1200050}, Date{2026y / 1 / 5}});
        t.add({std::int64_t{12345}, std::int64_t{1}, std::string("Αλφα Βήτα"), Money{-1250}, Cell{}});
        t.add({std::int64_t{3}, std::int64_t{3}, std::string("東京商事"), Money{0}, Date{2025y / 12 / 31}});
        t.add({std::int64_t{4}, std::int64_t{4}, std::string("Cafe\u0301 Noe\u0308l"), Money{99}, Cell{}});
        CHECK(test::render(t, Format::Table) ==
              "   id       n  name          amount  since\n"
              "-----  ------  ---------  ---------  ----------\n"
              "    1  12,345  Ёлка       12,000.50  2026-01-05\n"
              "12345       1  Αλφα Βήτα     -12.50\n"
              "    3       3  東京商事        0.00  2025-12-31\n"
              "    4       4  Cafe\u0301 Noe\u0308l       0.99\n");
    }
    SUBCASE("emoji and booleans, decimals with their places") {
        Table t({{"tag"}, {"vip"}, {"p"}});
        t.add({std::string("\U0001F600 ok"), true, Decimal{0.5, 2}});
        t.add({std::string("plain"), false, Decimal{12.25, 1}});
        CHECK(test::render(t, Format::Table) ==
              "tag    vip     p\n"
              "-----  ---  ----\n"
              "\U0001F600 ok  yes  0.50\n"
              "plain  no   12.2\n");
    }
    SUBCASE("Column.align overrides the type") {
        Table t({{"code", Align::Right}, {"n", Align::Left}});
        t.add({std::string("A"), std::int64_t{5}});
        t.add({std::string("BBB"), std::int64_t{1000}});
        CHECK(test::render(t, Format::Table) ==
              "code  n\n"
              "----  -----\n"
              "   A  5\n"
              " BBB  1,000\n");
    }
    SUBCASE("a column with text in it is left-aligned") {
        Table t({{"x"}, {"y"}});
        t.add({std::int64_t{10}, std::string("a")});
        t.add({std::string("ten"), Cell{}});
        CHECK(test::render(t, Format::Table) == "x    y\n---  -\n10   a\nten\n");
    }
    SUBCASE("no rows: header and dashes only") {
        CHECK(test::render(Table({{"id"}, {"name"}}), Format::Table) == "id  name\n--  ----\n");
    }
    SUBCASE("colour: bold header instead of dashes") {
        Table t({{"id"}, {"name"}});
        t.add({std::int64_t{1}, std::string("x")});
        CHECK(test::render(t, Format::Table, {.color = true}) == "\x1b[1mid  name\x1b[0m\n 1  x\n");
    }
    SUBCASE("newline and tab show as spaces, other control characters escaped") {
        Table t({{"note"}, {"n"}});
        t.add({std::string("a\nb\tc\x1b[31m\u0085d"), std::int64_t{1}});
        CHECK(test::render(t, Format::Table) ==
              "note                  n\n"
              "--------------------  -\n"
              "a b c\\x1b[31m\\u0085d  1\n");
    }
    SUBCASE("a machine_only column is left out of the table, kept by csv, tsv and json") {
        Table t({{"key"}, {"currency", Align::Auto, true}, {"revenue"}});
        t.add({std::string("Acme"), std::string("EUR"), Money{150000}});
        CHECK(test::render(t, Format::Table) ==
              "key    revenue\n"
              "----  --------\n"
              "Acme  1,500.00\n");
        CHECK(test::render(t, Format::Csv) == "key,currency,revenue\nAcme,EUR,1500.00\n");
        CHECK(test::render(t, Format::Tsv) == "key\tcurrency\trevenue\nAcme\tEUR\t1500.00\n");
        CHECK(test::render(t, Format::Json) == "[\n{\"key\":\"Acme\",\"currency\":\"EUR\",\"revenue\":1500.00}\n]\n");
    }
}

TEST_CASE("colour decision") {
    auto clear = [] {
        unsetenv("NO_COLOR");
        unsetenv("CLICOLOR_FORCE");
        unsetenv("TERM");
    };
    std::FILE* not_a_tty = std::tmpfile();
    REQUIRE(not_a_tty != nullptr);
    clear();
    SUBCASE("always and never win over the environment") {
        setenv("NO_COLOR", "1", 1);
        CHECK(use_color(ColorMode::Always, not_a_tty));
        setenv("CLICOLOR_FORCE", "1", 1);
        CHECK_FALSE(use_color(ColorMode::Never, not_a_tty));
    }
    SUBCASE("auto: NO_COLOR beats CLICOLOR_FORCE") {
        setenv("NO_COLOR", "1", 1);
        setenv("CLICOLOR_FORCE", "1", 1);
        CHECK_FALSE(use_color(ColorMode::Auto, not_a_tty));
    }
    SUBCASE("auto: an empty NO_COLOR is ignored") {
        setenv("NO_COLOR", "", 1);
        setenv("CLICOLOR_FORCE", "1", 1);
        CHECK(use_color(ColorMode::Auto, not_a_tty));
    }
    SUBCASE("auto: CLICOLOR_FORCE=0 does not force; TERM=dumb; not a terminal") {
        setenv("CLICOLOR_FORCE", "0", 1);
        CHECK_FALSE(use_color(ColorMode::Auto, not_a_tty));
        setenv("CLICOLOR_FORCE", "yes", 1);
        setenv("TERM", "dumb", 1);
        CHECK(use_color(ColorMode::Auto, not_a_tty));
        unsetenv("CLICOLOR_FORCE");
        CHECK_FALSE(use_color(ColorMode::Auto, not_a_tty));
    }
    SUBCASE("parse_color_mode") {
        CHECK(parse_color_mode("auto") == ColorMode::Auto);
        CHECK(parse_color_mode("always") == ColorMode::Always);
        CHECK(parse_color_mode("never") == ColorMode::Never);
        CHECK_THROWS_WITH_AS(parse_color_mode("sometimes"),
                             "invalid color mode 'sometimes': expected auto, always or never", InvalidInput);
    }
    clear();
    std::fclose(not_a_tty);
}
