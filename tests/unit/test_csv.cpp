// CSV (RFC 4180 with a formula guard) and TSV, byte for byte; write errors; parse_format.
#include <doctest/doctest.h>

#include <chrono>

#include "core/errors.h"
#include "render_capture.h"

using namespace acctool;
using namespace acctool::output;
using namespace std::chrono_literals;

namespace {

Table people() {
    Table t({{"id"}, {"name"}, {"amount"}, {"since"}, {"active"}, {"note"}});
    t.add({std::int64_t{1}, std::string("Acme SRL"), Money{1200050}, Date{2026y / 1 / 5}, true, Cell{}});
    t.add({std::int64_t{12345}, std::string("Ёлка, Ltd"), Money{-1250}, Cell{}, false, std::string("say \"hi\"")});
    return t;
}

}  // namespace

TEST_CASE("csv") {
    SUBCASE("header, plain numbers, ISO dates, yes/no, empty cells, quoting") {
        CHECK(test::render(people(), Format::Csv) ==
              "id,name,amount,since,active,note\n"
              "1,Acme SRL,12000.50,2026-01-05,yes,\n"
              "12345,\"Ёлка, Ltd\",-12.50,,no,\"say \"\"hi\"\"\"\n");
    }
    SUBCASE("line breaks are quoted and kept") {
        Table t({{"note"}});
        t.add({std::string("two\nlines")});
        t.add({std::string("cr\rhere")});
        CHECK(test::render(t, Format::Csv) == "note\n\"two\nlines\"\n\"cr\rhere\"\n");
    }
    SUBCASE("a lone empty cell is quoted, not a blank line that readers skip (found by fuzz_csv)") {
        Table t({{"note"}});
        t.add({std::string("")});
        t.add({Cell{}});
        CHECK(test::render(t, Format::Csv) == "note\n\"\"\n\"\"\n");
    }
    SUBCASE("formula guard on text cells") {
        Table t({{"note"}});
        for (const char* s : {"=HYPERLINK(\"x\")", "+1", "-2", "@SUM(A1)", "\tx", "\rx", "a=b"}) t.add({std::string(s)});
        CHECK(test::render(t, Format::Csv) ==
              "note\n"
              "\"'=HYPERLINK(\"\"x\"\")\"\n"
              "'+1\n"
              "'-2\n"
              "'@SUM(A1)\n"
              "'\tx\n"
              "\"'\rx\"\n"
              "a=b\n");
    }
    SUBCASE("text already quoted before a trigger gets one more quote, so the guard can be undone") {
        Table t({{"note"}});
        for (const char* s : {"'=x", "''+1", "'plain", "it's"}) t.add({std::string(s)});
        CHECK(test::render(t, Format::Csv) == "note\n''=x\n'''+1\n'plain\nit's\n");
    }
    SUBCASE("numbers are exempt from the guard") {
        Table t({{"amount"}, {"delta"}, {"ratio"}});
        t.add({Money{-1250}, std::int64_t{-7}, Decimal{-0.125, 3}});
        CHECK(test::render(t, Format::Csv) == "amount,delta,ratio\n-12.50,-7,-0.125\n");
    }
    SUBCASE("decimals keep their places; negative zero is zero") {
        Table t({{"p"}, {"q"}, {"r"}});
        t.add({Decimal{0.5, 2}, Decimal{-0.001, 2}, Decimal{1234.5, 0}});
        CHECK(test::render(t, Format::Csv) == "p,q,r\n0.50,0.00,1234\n");
    }
    SUBCASE("bom comes first") {
        Table t({{"name"}});
        t.add({std::string("x")});
        CHECK(test::render(t, Format::Csv, {.bom = true}) == "\xEF\xBB\xBFname\nx\n");
    }
    SUBCASE("no rows: the header alone") {
        CHECK(test::render(Table({{"id"}, {"name"}}), Format::Csv) == "id,name\n");
    }
}

TEST_CASE("tsv") {
    SUBCASE("tab separated, plain numbers") {
        CHECK(test::render(people(), Format::Tsv) ==
              "id\tname\tamount\tsince\tactive\tnote\n"
              "1\tAcme SRL\t12000.50\t2026-01-05\tyes\t\n"
              "12345\tЁлка, Ltd\t-12.50\t\tno\tsay \"hi\"\n");
    }
    SUBCASE("escapes backslash, tab, newline and CR") {
        Table t({{"a"}, {"b"}});
        t.add({std::string("x\\y\tz"), std::string("l1\nl2\r")});
        CHECK(test::render(t, Format::Tsv) == "a\tb\nx\\\\y\\tz\tl1\\nl2\\r\n");
    }
    SUBCASE("same formula guard as csv") {
        Table t({{"a"}, {"n"}});
        t.add({std::string("=1+1"), Money{-1250}});
        t.add({std::string("\tx"), std::int64_t{-3}});
        CHECK(test::render(t, Format::Tsv) == "a\tn\n'=1+1\t-12.50\n'\\tx\t-3\n");
    }
}

TEST_CASE("write errors") {
    SUBCASE("a full disk is a Failure naming the stream") {
        std::FILE* full = std::fopen("/dev/full", "w");
        REQUIRE(full != nullptr);
        Table t({{"name"}});
        t.add({std::string("x")});
        CHECK_THROWS_WITH_AS(write_table(t, Format::Csv, {}, full),
                             "error writing to output: No space left on device", Failure);
        std::fclose(full);
    }
}

TEST_CASE("parse_format") {
    SUBCASE("known names") {
        CHECK(parse_format("table") == Format::Table);
        CHECK(parse_format("csv") == Format::Csv);
        CHECK(parse_format("tsv") == Format::Tsv);
        CHECK(parse_format("json") == Format::Json);
        CHECK(parse_format("xlsx") == Format::Xlsx);
        CHECK(parse_format("ics", true) == Format::Ics);
    }
    SUBCASE("anything else is invalid input") {
        CHECK_THROWS_WITH_AS(parse_format("xml"), "invalid format 'xml': expected table, csv, tsv, json or xlsx",
                             InvalidInput);
        CHECK_THROWS_WITH_AS(parse_format("ics"), "invalid format 'ics': expected table, csv, tsv, json or xlsx",
                             InvalidInput);
        CHECK_THROWS_WITH_AS(parse_format("CSV", true),
                             "invalid format 'CSV': expected table, csv, tsv, json, xlsx or ics", InvalidInput);
    }
    SUBCASE("ics has no row writer") {
        CHECK_THROWS_WITH_AS(make_writer(Format::Ics, {}, stdout), "ics is only for plan", InvalidInput);
    }
}
