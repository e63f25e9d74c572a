// The import CSV reader: RFC 4180 records, BOM, CRLF, quoting, line numbers, errors.
#include <doctest/doctest.h>

#include <sstream>

#include "core/csv.h"

using namespace acctool;

namespace {

using Records = std::vector<std::pair<long, std::vector<std::string>>>;

Records read_all(const std::string& text) {
    std::istringstream in(text);
    CsvReader reader(in);
    CsvRecord record;
    Records out;
    while (reader.next(record)) out.emplace_back(record.line, record.fields);
    return out;
}

}  // namespace

TEST_CASE("csv reader") {
    SUBCASE("plain records, LF, last line without a line end") {
        CHECK(read_all("name,tier\nAcme,A\nBeta,B") ==
              Records{{1, {"name", "tier"}}, {2, {"Acme", "A"}}, {3, {"Beta", "B"}}});
    }
    SUBCASE("BOM and CRLF") {
        CHECK(read_all("\xEF\xBB\xBFname,tier\r\nAcme,A\r\n") == Records{{1, {"name", "tier"}}, {2, {"Acme", "A"}}});
    }
    SUBCASE("a lone EF byte is data, not a BOM") {
        CHECK(read_all("\xEF\x62\n") == Records{{1, {"\xEF\x62"}}});
    }
    SUBCASE("quoted commas, doubled quotes and line breaks; lines count from the record start") {
        CHECK(read_all("a,b\n\"x, y\",\"say \"\"hi\"\"\"\n\"two\nlines\",z\r\nlast,\n") ==
              Records{{1, {"a", "b"}}, {2, {"x, y", "say \"hi\""}}, {3, {"two\nlines", "z"}}, {5, {"last", ""}}});
    }
    SUBCASE("empty fields and empty quoted fields") {
        CHECK(read_all(",\"\",\n") == Records{{1, {"", "", ""}}});
    }
    SUBCASE("blank lines are skipped, line numbers stay physical") {
        CHECK(read_all("a\n\n\nb\n") == Records{{1, {"a"}}, {4, {"b"}}});
    }
    SUBCASE("a lone CR ends a line and counts as one (found by fuzz_csv)") {
        CHECK(read_all(std::string("\0\0\0\ra,b,c\n,,\0\0\0\r", 16)) ==
              Records{{1, {std::string(3, '\0')}}, {2, {"a", "b", "c"}}, {3, {"", "", std::string(3, '\0')}}});
        CHECK(read_all("a\rb\r\rc\r\nd") == Records{{1, {"a"}}, {2, {"b"}}, {4, {"c"}}, {5, {"d"}}});
    }
    SUBCASE("UTF-8 passes through unchanged") {
        CHECK(read_all("Ёлка,Ωμέγα ΑΕ\n") == Records{{1, {"Ёлка", "Ωμέγα ΑΕ"}}});
    }
    SUBCASE("records longer than a read block") {
        const std::string big(200000, 'x');
        CHECK(read_all("a," + big + "\n\"" + big + "\",b\n") == Records{{1, {"a", big}}, {2, {big, "b"}}});
    }
    SUBCASE("malformed quoting names line and column") {
        auto error_at = [](const std::string& text) {
            try {
                read_all(text);
            } catch (const CsvSyntaxError& e) {
                return std::make_pair(e.line(), e.column());
            }
            return std::make_pair(0L, 0L);
        };
        CHECK(error_at("a,b\nx,y\"z\n") == std::make_pair(2L, 4L));
        CHECK(error_at("a\n\"ab\"c\n") == std::make_pair(2L, 5L));
        CHECK(error_at("a\nb\n\"never\nclosed\n") == std::make_pair(3L, 1L));
        CHECK_THROWS_WITH_AS(read_all("\"x\"y"), "unexpected 'y' after a closing quote; expected a separator or a line end",
                             CsvSyntaxError);
    }
    SUBCASE("bytes_read counts the input") {
        std::istringstream in("a,b\n1,2\n");
        CsvReader reader(in);
        CsvRecord record;
        while (reader.next(record)) {
        }
        CHECK(reader.bytes_read() == 8);
    }
}
