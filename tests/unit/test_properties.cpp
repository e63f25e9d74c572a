// Property tests: seeded random loops (fixed seeds, so a failure reproduces) over the
// round trips the rest of acct relies on: money, dates and periods format then parse
// back; CSV written by the output writer reads back through the import reader (formula
// guard undone by unguard); ICS unfold(fold(s)) == s within 75 octets per line.
#include <doctest/doctest.h>

#include <cstdio>
#include <cstdlib>
#include <limits>
#include <random>
#include <sstream>
#include <string>
#include <vector>

#include "core/csv.h"
#include "core/dates.h"
#include "core/import_columns.h"
#include "core/money.h"
#include "output/ics.h"
#include "output/render.h"

using namespace acctool;

namespace {

constexpr int k_iterations = 5000;

// Magnitudes spread over every digit count up to the largest amount accepted.
std::int64_t random_minor(std::mt19937_64& rng) {
    const int digits = std::uniform_int_distribution<int>(1, 14)(rng);
    std::int64_t limit = 1;
    for (int i = 1; i < digits; ++i) limit *= 10;
    const std::int64_t top = limit * 10 - 1;
    std::int64_t value = std::uniform_int_distribution<std::int64_t>(0, top)(rng);
    return std::bernoulli_distribution(0.5)(rng) ? -value : value;
}

Date random_date(std::mt19937_64& rng) {
    static const int first = days_between(Date{std::chrono::year{1970}, std::chrono::January, std::chrono::day{1}},
                                          parse_iso_date("1900-01-01"));
    static const int last = days_between(Date{std::chrono::year{1970}, std::chrono::January, std::chrono::day{1}},
                                         parse_iso_date("2200-12-31"));
    const int offset = std::uniform_int_distribution<int>(first, last)(rng);
    return add_days(Date{std::chrono::year{1970}, std::chrono::January, std::chrono::day{1}}, offset);
}

// Text for CSV and ICS: ASCII with the characters that need quoting or escaping, the
// formula-guard triggers, quotes, CR/LF, and multi-byte UTF-8 (Cyrillic, Greek, CJK,
// emoji, a combining mark).
std::string random_text(std::mt19937_64& rng, std::size_t max_pieces) {
    static const std::vector<std::string> pieces = {
        "a", "Z", "0", "7", " ", ",", "\"", "'", "''", "\r", "\n", "\r\n", "=", "+", "-", "@", "\t", ";",
        "\\", ":", "Ё", "лка", "Ω", "μέγα", "漢", "字", "😀", "👨‍👩‍👧", "e\u0301", "ß", ".", "=SUM(A1)", "\xEF\xBB\xBF"};
    const std::size_t n = std::uniform_int_distribution<std::size_t>(0, max_pieces)(rng);
    std::string s;
    for (std::size_t i = 0; i < n; ++i)
        s += pieces[std::uniform_int_distribution<std::size_t>(0, pieces.size() - 1)(rng)];
    return s;
}

// The header c0..cN-1 and the rows, as `acct export` writes them.
std::string write_csv(const std::vector<std::vector<std::string>>& rows, std::size_t width) {
    char* buffer = nullptr;
    std::size_t size = 0;
    std::FILE* out = open_memstream(&buffer, &size);
    REQUIRE(out != nullptr);
    {
        std::vector<output::Column> columns;
        for (std::size_t i = 0; i < width; ++i) columns.push_back({"c" + std::to_string(i)});
        auto writer = output::make_writer(output::Format::Csv, {}, out);
        writer->begin(columns);
        for (const auto& fields : rows) writer->row(output::Row(fields.begin(), fields.end()));
        writer->end();
    }
    std::fclose(out);
    std::string text(buffer, size);
    std::free(buffer);
    return text;
}

}  // namespace

TEST_CASE("money: parse(format(m)) == m, plain and grouped") {
    std::mt19937_64 rng(20261123);
    for (std::int64_t edge : {std::int64_t{0}, std::int64_t{1}, std::int64_t{-1}, std::int64_t{99}, std::int64_t{100},
                              k_max_amount_minor, -k_max_amount_minor}) {
        CHECK(parse_money(format_money_plain(Money{edge}), Sign::Any) == Money{edge});
        CHECK(parse_money(format_money_grouped(Money{edge}), Sign::Any) == Money{edge});
    }
    for (int i = 0; i < k_iterations; ++i) {
        const Money m{random_minor(rng)};
        const std::string plain = format_money_plain(m), grouped = format_money_grouped(m);
        INFO("minor = " << m.minor << ", plain = " << plain << ", grouped = " << grouped);
        REQUIRE(parse_money(plain, Sign::Any) == m);
        REQUIRE(parse_money(grouped, Sign::Any) == m);
        if (m.minor >= 0) REQUIRE(parse_money(grouped) == m);  // deal amounts: no sign
    }
}

TEST_CASE("dates: parse(format(d)) == d from 1900 to 2200") {
    std::mt19937_64 rng(1900);
    const Date today = parse_iso_date("2026-11-23");
    for (int i = 0; i < k_iterations; ++i) {
        const Date d = random_date(rng);
        const std::string text = format_date(d);
        INFO("date = " << text);
        REQUIRE(d.ok());
        REQUIRE(parse_iso_date(text) == d);
        REQUIRE(parse_date(text, today, Direction::Past) == d);
        REQUIRE(parse_date(text, today, Direction::Future) == d);
        REQUIRE(add_days(today, days_between(today, d)) == d);
    }
}

TEST_CASE("periods: parse(format(p)) == p for years, quarters, months, weeks and ranges") {
    std::mt19937_64 rng(2200);
    const Date today = parse_iso_date("2026-11-23");
    for (int i = 0; i < k_iterations; ++i) {
        const Date d = random_date(rng);
        const Date e = random_date(rng);
        const Period range{std::min(d, e), std::max(d, e), PeriodKind::Range};
        for (const Period& p : {year_of(d), quarter_of(d), month_of(d), iso_week_of(d), range}) {
            const std::string text = format_period(p);
            INFO("period = " << text);
            REQUIRE(p.contains(d));
            REQUIRE(parse_period(text, today) == p);
        }
        const Period week = iso_week_of(d);
        REQUIRE(parse_week(iso_week_label(d), today) == week);
        REQUIRE(week.days() == 7);
    }
}

TEST_CASE("csv: the output writer then the import reader give the fields back (after unguard)") {
    std::mt19937_64 rng(4180);
    for (int i = 0; i < k_iterations / 5; ++i) {
        const std::size_t width = std::uniform_int_distribution<std::size_t>(1, 6)(rng);
        const std::size_t count = std::uniform_int_distribution<std::size_t>(1, 5)(rng);
        std::vector<std::vector<std::string>> rows(count);
        for (auto& fields : rows)
            for (std::size_t c = 0; c < width; ++c) fields.push_back(random_text(rng, 8));
        const std::string text = write_csv(rows, width);
        INFO("csv = " << text);
        std::istringstream in(text);
        CsvReader reader(in);
        CsvRecord record;
        REQUIRE(reader.next(record));
        REQUIRE(record.fields.size() == width);
        for (const auto& fields : rows) {
            REQUIRE(reader.next(record));
            REQUIRE(record.fields.size() == width);
            for (std::size_t c = 0; c < width; ++c) {
                // The guard is there for spreadsheets: what was written starts with no trigger.
                const std::string& written = record.fields[c];
                REQUIRE((written.empty() || std::string_view("=+-@\t\r").find(written[0]) == std::string_view::npos));
                REQUIRE(std::string(unguard(written)) == fields[c]);
            }
        }
        REQUIRE_FALSE(reader.next(record));
    }
}

TEST_CASE("ics: unfold(fold(escape(s))) == escape(s), lines at most 75 octets, CRLF, no split sequence") {
    std::mt19937_64 rng(5545);
    for (int i = 0; i < k_iterations; ++i) {
        const std::string escaped = output::ics_escape(random_text(rng, 80));
        REQUIRE(escaped.find_first_of("\r\n") == std::string::npos);
        const std::string line = "DESCRIPTION:" + escaped;
        const std::string folded = output::ics_fold(line);
        INFO("line = " << line);
        REQUIRE(output::ics_unfold(folded) == line);
        for (std::size_t start = 0, end; start < folded.size(); start = end + 2) {
            end = folded.find("\r\n", start);
            REQUIRE(end != std::string::npos);
            REQUIRE(end - start <= 75);
            if (start > 0) {
                REQUIRE(folded[start] == ' ');
                REQUIRE((static_cast<unsigned char>(folded[start + 1]) & 0xC0) != 0x80);
            }
        }
    }
}
