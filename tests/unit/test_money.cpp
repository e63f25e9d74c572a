#include <doctest/doctest.h>

#include <limits>
#include <stdexcept>
#include <string>
#include <vector>

#include "core/errors.h"
#include "core/money.h"

using acctool::InvalidInput;
using acctool::Money;
using acctool::Sign;

namespace {

// The message parse_money throws for text, or "" when it parses.
std::string money_error(const std::string& text, Sign sign = Sign::NonNegative) {
    try {
        acctool::parse_money(text, sign);
    } catch (const InvalidInput& e) {
        return e.what();
    }
    return "";
}

}  // namespace

TEST_CASE("parse_money accepts the documented forms") {
    struct Row {
        const char* text;
        std::int64_t minor;
    };
    const std::vector<Row> rows = {
        {"12000", 1200000},
        {"12000.5", 1200050},
        {"12000.50", 1200050},
        {"12,000.50", 1200050},
        {"12,000", 1200000},
        {"12 000", 1200000},
        {"12_000", 1200000},
        {"1 234 567.89", 123456789},
        {"1,234,567.89", 123456789},
        {"12\xC2\xA0" "000", 1200000},         // no-break space
        {"12\xE2\x80\xAF" "000.05", 1200005},  // narrow no-break space
        {"0", 0},
        {"0.05", 5},
        {"007", 700},
        {"999", 99900},
        {"  42.10\t", 4210},  // surrounding blanks are trimmed
        {"999999999999.99", 99999999999999},
    };
    for (const auto& row : rows) {
        SUBCASE(row.text) {
            CHECK(acctool::parse_money(row.text).minor == row.minor);
        }
    }
}

TEST_CASE("parse_money takes a sign only when told to") {
    CHECK(acctool::parse_money("-3.05", Sign::Any).minor == -305);
    CHECK(acctool::parse_money("+3", Sign::Any).minor == 300);
    CHECK(acctool::parse_money("-1,000", Sign::Any).minor == -100000);
    CHECK(money_error("-5") == "invalid amount '-5': amounts are not negative here");
    CHECK(money_error("+5") == "invalid amount '+5': write the amount without a sign");
    CHECK(money_error("-", Sign::Any) == "invalid amount '-': expected digits after the sign");
}

TEST_CASE("parse_money explains what it read") {
    struct Row {
        const char* text;
        const char* why;
    };
    const std::vector<Row> rows = {
        {"", "expected a number such as 12000.50"},
        {"   ", "expected a number such as 12000.50"},
        {"12.000,50", "read '.' as a thousands separator and ',' as a decimal point; write 12000.50"},
        {"1.234.567", "read '.' as a thousands separator; write 1234567"},
        {"1.2.3", "read more than one '.'"},
        {"1.5,3", "read ',' after the decimal point"},
        {"1,2345", "read ',' as a thousands separator, but 2345 after it is not three digits"},
        {"12,50", "read ',' as a thousands separator, but it is followed by 2 digit(s); "
                  "for a decimal point write 12.50"},
        {"1234,567", "read ',' as a thousands separator, but 1234 before it has more than three digits"},
        {"1 23", "read ' ' as a thousands separator, but 23 after it is not three digits"},
        {"0,100", "read ',' as a thousands separator after a leading 0"},
        {"12.505", "read 3 decimals; amounts have at most 2 (if '.' separates thousands, write 12505)"},
        {"1.0000", "read 4 decimals; amounts have at most 2"},
        {"12.", "expected digits after '.'"},
        {".5", "expected a digit before '.'; write 0.5"},
        {"12.5a", "read 'a' after the decimal point"},
        {"12k", "read 'k' where a digit was expected; write plain numbers such as 12000.50"},
        {"\xE2\x82\xAC" "12", "read '\xE2\x82\xAC' where a digit was expected; write plain numbers such as 12000.50"},
        {"abc", "read 'a' where a digit was expected; write plain numbers such as 12000.50"},
        {",123", "read a separator before the first digit"},
        {"12,", "read a separator after the last digit"},
        {"12,,000", "read two separators in a row"},
        {"1,234 567", "read both ',' and ' ' as thousands separators; use one of them"},
        {"92233720368547758.08", "amounts are at most 999999999999.99"},
        {"99999999999999999999", "amounts are at most 999999999999.99"},
        {"1000000000000", "amounts are at most 999999999999.99"},
    };
    for (const auto& row : rows) {
        SUBCASE(row.text) {
            CHECK(money_error(row.text) ==
                  "invalid amount '" + std::string(row.text) + "': " + row.why);
        }
    }
}

TEST_CASE("format_money_plain and format_money_grouped") {
    struct Row {
        std::int64_t minor;
        const char* plain;
        const char* grouped;
    };
    const std::vector<Row> rows = {
        {0, "0.00", "0.00"},
        {5, "0.05", "0.05"},
        {-305, "-3.05", "-3.05"},
        {99999, "999.99", "999.99"},
        {100000, "1000.00", "1,000.00"},
        {1200050, "12000.50", "12,000.50"},
        {-123456700, "-1234567.00", "-1,234,567.00"},
        {std::numeric_limits<std::int64_t>::max(), "92233720368547758.07", "92,233,720,368,547,758.07"},
        {std::numeric_limits<std::int64_t>::min(), "-92233720368547758.08", "-92,233,720,368,547,758.08"},
    };
    for (const auto& row : rows) {
        SUBCASE(row.plain) {
            CHECK(acctool::format_money_plain(Money{row.minor}) == row.plain);
            CHECK(acctool::format_money_grouped(Money{row.minor}) == row.grouped);
        }
    }
}

TEST_CASE("formatted amounts parse back to the same value") {
    for (std::int64_t minor : {0LL, 1LL, 99LL, 100LL, 123456789LL, 100000000000LL}) {
        CHECK(acctool::parse_money(acctool::format_money_plain(Money{minor})).minor == minor);
        CHECK(acctool::parse_money(acctool::format_money_grouped(Money{minor})).minor == minor);
        CHECK(acctool::parse_money(acctool::format_money_plain(Money{-minor}), Sign::Any).minor == -minor);
    }
}

TEST_CASE("scale_money rounds half away from zero") {
    struct Row {
        const char* name;
        std::int64_t minor, numerator, denominator, expected;
    };
    const std::vector<Row> rows = {
        {"exact", 1000, 1, 4, 250},
        {"half up", 5, 1, 2, 3},          // 2.5 -> 3
        {"half away negative", -5, 1, 2, -3},
        {"negative denominator", 5, 1, -2, -3},
        {"below half", 4, 1, 3, 1},       // 1.33 -> 1
        {"above half", 5, 1, 3, 2},       // 1.67 -> 2
        {"average of three", 1000, 1, 3, 333},
        {"no int64 overflow inside", std::numeric_limits<std::int64_t>::max(), 3, 4,
         6917529027641081855},  // 6917529027641081855.25 -> ...855
    };
    for (const auto& row : rows) {
        SUBCASE(row.name) {
            CHECK(acctool::scale_money(Money{row.minor}, row.numerator, row.denominator).minor ==
                  row.expected);
        }
    }
    CHECK_THROWS_AS(acctool::scale_money(Money{1}, 1, 0), std::invalid_argument);
    CHECK_THROWS_AS(acctool::scale_money(Money{std::numeric_limits<std::int64_t>::max()}, 2, 1),
                    acctool::AmountOverflow);
}

TEST_CASE("apply_rate works on the rate to 1e-9") {
    struct Row {
        const char* name;
        std::int64_t minor;
        double rate;
        std::int64_t expected;
    };
    const std::vector<Row> rows = {
        {"6 percent", 1200050, 0.06, 72003},       // 12000.50 * 0.06 = 720.03
        {"6 percent rounded", 12345, 0.06, 741},   // 7.407 -> 7.41
        {"half cent rounds up", 25, 0.5, 13},      // 12.5 -> 13
        {"half cent negative", -25, 0.5, -13},
        {"binary 0.1 is exact enough", 1000, 0.1, 100},
        {"zero rate", 123456, 0.0, 0},
        {"accelerator above one", 10000, 1.5, 15000},
    };
    for (const auto& row : rows) {
        SUBCASE(row.name) {
            CHECK(acctool::apply_rate(Money{row.minor}, row.rate).minor == row.expected);
        }
    }
}

TEST_CASE("money_from_units rounds the written decimal half away from zero") {
    CHECK(acctool::money_from_units(300000).minor == 30000000);
    CHECK(acctool::money_from_units(0).minor == 0);
    CHECK(acctool::money_from_units(12.5).minor == 1250);
    CHECK(acctool::money_from_units(1500.005).minor == 150001);  // a double holds 1500.00499...
    CHECK(acctool::money_from_units(-1500.005).minor == -150001);
    CHECK(acctool::money_from_units(0.004).minor == 0);
    CHECK_THROWS_AS(acctool::money_from_units(1e30), InvalidInput);
}

TEST_CASE("money_ratio") {
    CHECK(acctool::money_ratio(Money{150}, Money{200}) == doctest::Approx(0.75));
    CHECK(acctool::money_ratio(Money{-50}, Money{200}) == doctest::Approx(-0.25));
    CHECK(acctool::money_ratio(Money{150}, Money{0}) == 0.0);
}

TEST_CASE("amounts are bounded at 999999999999.99 and every sum is checked") {
    CHECK(acctool::parse_money("999999999999.99").minor == acctool::k_max_amount_minor);
    CHECK(acctool::parse_money("999,999,999,999.99").minor == acctool::k_max_amount_minor);
    CHECK(acctool::parse_money("-999999999999.99", acctool::Sign::Any).minor == -acctool::k_max_amount_minor);
    CHECK(money_error("1000000000000.00") == "invalid amount '1000000000000.00': amounts are at most 999999999999.99");
    CHECK_THROWS_AS(acctool::money_from_units(1e12), acctool::InvalidInput);
    const Money big{std::numeric_limits<std::int64_t>::max()};
    CHECK_THROWS_AS(big + Money{1}, acctool::AmountOverflow);
    CHECK_THROWS_AS(Money{std::numeric_limits<std::int64_t>::min()} - Money{1}, acctool::AmountOverflow);
    CHECK_THROWS_AS(-Money{std::numeric_limits<std::int64_t>::min()}, acctool::AmountOverflow);
    Money sum = big;
    CHECK_THROWS_AS(sum += big, acctool::AmountOverflow);
    CHECK(sum == big);
}
