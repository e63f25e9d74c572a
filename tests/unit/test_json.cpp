// JSON: one array of objects, exact number literals, RFC 8259 strings, byte for byte.
#include <doctest/doctest.h>

#include <chrono>
#include <cstdint>
#include <limits>

#include "render_capture.h"

using namespace acctool;
using namespace acctool::output;
using namespace std::chrono_literals;

TEST_CASE("json") {
    SUBCASE("one object per line, keys in column order") {
        Table t({{"id"}, {"name"}, {"amount"}, {"probability"}, {"since"}, {"stale"}, {"note"}});
        t.add({std::int64_t{1}, std::string("Acme SRL"), Money{1200050}, Decimal{0.6, 2}, Date{2026y / 1 / 5},
               true, Cell{}});
        t.add({std::int64_t{2}, std::string("Ёлка 中文"), Money{-1250}, Decimal{12.3456, 3}, Cell{}, false,
               std::string("x")});
        CHECK(test::render(t, Format::Json) ==
              "[\n"
              "{\"id\":1,\"name\":\"Acme SRL\",\"amount\":12000.50,\"probability\":0.60,"
              "\"since\":\"2026-01-05\",\"stale\":true,\"note\":null},\n"
              "{\"id\":2,\"name\":\"Ёлка 中文\",\"amount\":-12.50,\"probability\":12.346,"
              "\"since\":null,\"stale\":false,\"note\":\"x\"}\n"
              "]\n");
    }
    SUBCASE("no rows is an empty array") {
        CHECK(test::render(Table({{"id"}}), Format::Json) == "[]\n");
    }
    SUBCASE("strings escape quotes, backslashes and control characters") {
        Table t({{"s"}});
        t.add({std::string("say \"hi\" \\ now\n\ttab\x01\x1f")});
        CHECK(test::render(t, Format::Json) ==
              "[\n{\"s\":\"say \\\"hi\\\" \\\\ now\\u000a\\u0009tab\\u0001\\u001f\"}\n]\n");
    }
    SUBCASE("no formula guard: json is not opened by spreadsheets") {
        Table t({{"s"}});
        t.add({std::string("=1+1")});
        CHECK(test::render(t, Format::Json) == "[\n{\"s\":\"=1+1\"}\n]\n");
    }
    SUBCASE("invalid utf-8 becomes U+FFFD so the document stays valid") {
        Table t({{"s"}});
        t.add({std::string("a\xff" "b")});
        CHECK(test::render(t, Format::Json) == "[\n{\"s\":\"a\uFFFDb\"}\n]\n");
    }
    SUBCASE("extreme integers and non-finite decimals") {
        Table t({{"n"}, {"d"}});
        t.add({std::int64_t{INT64_MIN}, Decimal{std::numeric_limits<double>::infinity(), 2}});
        CHECK(test::render(t, Format::Json) == "[\n{\"n\":-9223372036854775808,\"d\":null}\n]\n");
    }
    SUBCASE("streams row by row through make_writer") {
        char* buffer = nullptr;
        std::size_t size = 0;
        std::FILE* out = open_memstream(&buffer, &size);
        auto writer = make_writer(Format::Json, {}, out);
        writer->begin({{"id"}});
        writer->row({std::int64_t{7}});
        std::fflush(out);
        CHECK(std::string(buffer, size) == "[\n{\"id\":7}");
        writer->end();
        std::fclose(out);
        CHECK(std::string(buffer, size) == "[\n{\"id\":7}\n]\n");
        std::free(buffer);
    }
}
