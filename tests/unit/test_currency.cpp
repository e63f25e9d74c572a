#include <doctest/doctest.h>

#include <cstdint>
#include <string>
#include <vector>

#include "core/currency.h"
#include "core/dates.h"
#include "core/errors.h"
#include "core/money.h"

using namespace acctool;

namespace {
std::string message_of_invalid(auto&& f) {
    try {
        f();
    } catch (const InvalidInput& e) {
        return e.what();
    }
    return "(no InvalidInput thrown)";
}

bool starts_with(const std::string& s, const std::string& prefix) { return s.rfind(prefix, 0) == 0; }
}  // namespace

TEST_CASE("parse_currency: an ISO 4217 code, upper-cased; anything else refused naming the text") {
    CHECK(parse_currency("ron") == "RON");
    CHECK(parse_currency("Eur") == "EUR");
    CHECK(parse_currency("USD") == "USD");
    CHECK_THROWS_WITH_AS(parse_currency("EURO"),
                         "invalid currency 'EURO': expected an ISO 4217 code such as EUR, RON or USD", InvalidInput);
    CHECK_THROWS_WITH_AS(parse_currency("EU"),
                         "invalid currency 'EU': expected an ISO 4217 code such as EUR, RON or USD", InvalidInput);
    // Three letters, but not a currency ISO 4217 lists.
    CHECK_THROWS_WITH_AS(parse_currency("XYZ"),
                         "invalid currency 'XYZ': expected an ISO 4217 code such as EUR, RON or USD", InvalidInput);
    CHECK_THROWS_WITH_AS(parse_currency(""), "invalid currency '': expected an ISO 4217 code such as EUR, RON or USD",
                         InvalidInput);
    // The message names the text as typed, not the upper-cased form.
    CHECK(message_of_invalid([] { parse_currency("xyz"); }).find("'xyz'") != std::string::npos);
}

TEST_CASE("parse_record_currency: every ISO 4217 currency; minor_digits per ISO 4217") {
    CHECK(parse_record_currency("USD") == "USD");
    CHECK(parse_record_currency("ron") == "RON");
    CHECK(parse_record_currency("JPY") == "JPY");
    CHECK(parse_record_currency("kwd") == "KWD");
    // Not a currency at all: parse_currency's message.
    CHECK_THROWS_AS(parse_record_currency("EURO"), InvalidInput);

    CHECK(minor_digits("JPY") == 0);
    CHECK(minor_digits("KWD") == 3);
    CHECK(minor_digits("EUR") == 2);
    CHECK(minor_digits("RON") == 2);
    CHECK(minor_digits("USD") == 2);
    CHECK(minor_digits("CLF") == 4);
}

TEST_CASE("record_currency and require_currency_of") {
    CHECK(record_currency("usd", "RON", "EUR") == "USD");  // the one asked for
    CHECK(record_currency("", "RON", "EUR") == "RON");     // else the client's
    CHECK(record_currency("", "", "EUR") == "EUR");        // else the base
    CHECK(record_currency("JPY", "RON", "EUR") == "JPY");
    CHECK_THROWS_AS(record_currency("YEN", "RON", "EUR"), InvalidInput);

    CHECK_NOTHROW(require_currency_of("a payment of invoice 7", "RON", "RON"));
    CHECK_NOTHROW(require_currency_of("a payment of invoice 7", "", "RON"));  // not given: the parent's
    const std::string m = message_of_invalid([] { require_currency_of("a payment of invoice 7", "EUR", "RON"); });
    CHECK(m.find("a payment of invoice 7") != std::string::npos);
    CHECK(m.find("RON") != std::string::npos);
    CHECK(m.find("EUR") != std::string::npos);
}

TEST_CASE("parse_rate: decimals and exact fractions, reduced") {
    // 4.9750 = 49750/10000 = 4975/1000; gcd(4975, 1000) = 25 -> 199/40.
    CHECK(parse_rate("4.9750") == Ratio{199, 40});
    // 0.2010 = 2010/10000 = 201/1000; 201 = 3 * 67 shares nothing with 2^3 * 5^3.
    CHECK(parse_rate("0.2010") == Ratio{201, 1000});
    // 1 / 1.0850 = 1 / (1085/1000) = 1000/1085; gcd 5 -> 200/217 (217 = 7 * 31).
    CHECK(parse_rate("1/1.0850") == Ratio{200, 217});
    CHECK(parse_rate("200/217") == Ratio{200, 217});
    CHECK(parse_rate("5") == Ratio{5, 1});
    CHECK(parse_rate("007.50") == Ratio{15, 2});  // leading zeros are not significant
    // 10 significant digits are the most: accepted.
    CHECK(parse_rate("1234567890") == Ratio{1234567890, 1});
    CHECK(parse_rate("0.0001234567891") == Ratio{1234567891, 10000000000000});
}

TEST_CASE("parse_rate refuses what is not a positive plain decimal of at most 10 significant digits") {
    for (const char* text : {"0", "0.000", "-1", "1,5", "1e3", "12345678901", "", ".5", "5.", "+1", " 1", "1/0",
                             "1/", "/2", "abc", "1..5"}) {
        CAPTURE(text);
        CHECK_THROWS_AS(parse_rate(text), InvalidInput);
    }
    // The message names the text.
    CHECK(starts_with(message_of_invalid([] { parse_rate("1,5"); }), "invalid rate '1,5': "));
    CHECK(starts_with(message_of_invalid([] { parse_rate("12345678901"); }), "invalid rate '12345678901': "));
    CHECK(message_of_invalid([] { parse_rate("12345678901"); }).find("10 significant digits") != std::string::npos);
    CHECK(starts_with(message_of_invalid([] { parse_rate("0.000"); }), "invalid rate '0.000': "));
    CHECK(starts_with(message_of_invalid([] { parse_rate(""); }), "invalid rate '': "));
}

TEST_CASE("format_rate: a decimal rounded to 10 significant digits") {
    // 200/217 = 0.92165898617511...; 10 significant digits 0.9216589861|75 -> rounds up to ...862.
    CHECK(format_rate(Ratio{200, 217}) == "0.9216589862");
    CHECK(format_rate(Ratio{199, 40}) == "4.975");  // ends sooner: 199/40 = 4.975 exactly
    CHECK(format_rate(Ratio{201, 1000}) == "0.201");
    CHECK(format_rate(Ratio{5, 1}) == "5");
    CHECK(format_rate(Ratio{1, 3}) == "0.3333333333");  // next digit 3: stays
    CHECK(format_rate(Ratio{2, 3}) == "0.6666666667");  // next digit 6: up
    CHECK(format_rate(Ratio{1, 7}) == "0.1428571429");  // 0.142857142857...
    // Leading zeros after the point are not significant: 1/3000 = 0.000333..., ten 3s.
    CHECK(format_rate(Ratio{1, 3000}) == "0.0003333333333");
    // 0.99999999999 (11 nines): rounding the tenth carries all the way into the integer.
    CHECK(format_rate(Ratio{99999999999, 100000000000}) == "1");
    // 4.5852534562|21... (995/217 = 4.975 / 1.085).
    CHECK(format_rate(Ratio{995, 217}) == "4.585253456");
}

TEST_CASE("format_rate_exact: the decimal when it ends within 10 digits, else the fraction; parse_rate reads it back") {
    CHECK(format_rate_exact(Ratio{199, 40}) == "4.975");
    CHECK(format_rate_exact(Ratio{200, 217}) == "200/217");
    CHECK(format_rate_exact(Ratio{1, 3}) == "1/3");
    CHECK(format_rate_exact(Ratio{201, 1000}) == "0.201");
    CHECK(format_rate_exact(Ratio{5, 1}) == "5");
    for (const Ratio r : {Ratio{199, 40}, Ratio{200, 217}, Ratio{201, 1000}, Ratio{1, 3}, Ratio{995, 217},
                          Ratio{5, 1}, Ratio{40, 199}, Ratio{1234567891, 10000000000000}, Ratio{2, 325}}) {
        CAPTURE(r.numerator);
        CAPTURE(r.denominator);
        CHECK(parse_rate(format_rate_exact(r)) == r);
    }
}

TEST_CASE("convert: amount times rate, rounded half away from zero once") {
    // 1000.00 USD at 200/217: 100000 * 200 / 217 = 20000000/217 = 92165.898... -> 92166.
    CHECK(convert(Money{100000}, Ratio{200, 217}, 2, 2) == Money{92166});
    // 4.975 RON per EUR: 100.00 EUR -> 497.50 RON exactly.
    CHECK(convert(Money{10000}, Ratio{199, 40}, 2, 2) == Money{49750});
    // Exactly .5: 1 * 1/2 = 0.5 -> 1, and -0.5 -> -1; 3 * 1/2 = 1.5 -> 2, and -1.5 -> -2.
    CHECK(convert(Money{1}, Ratio{1, 2}, 2, 2) == Money{1});
    CHECK(convert(Money{-1}, Ratio{1, 2}, 2, 2) == Money{-1});
    CHECK(convert(Money{3}, Ratio{1, 2}, 2, 2) == Money{2});
    CHECK(convert(Money{-3}, Ratio{1, 2}, 2, 2) == Money{-2});
    // Below .5 down, above up: 1/3 = 0.333 -> 0; 2/3 = 0.667 -> 1; -2/3 -> -1.
    CHECK(convert(Money{1}, Ratio{1, 3}, 2, 2) == Money{0});
    CHECK(convert(Money{2}, Ratio{1, 3}, 2, 2) == Money{1});
    CHECK(convert(Money{-2}, Ratio{1, 3}, 2, 2) == Money{-1});
    CHECK(convert(Money{0}, Ratio{200, 217}, 2, 2) == Money{0});
    // Digits: 100 JPY (0 digits) at 1/160 EUR = 0.625 EUR = 62.5 cents -> 63.
    CHECK(convert(Money{100}, Ratio{1, 160}, 0, 2) == Money{63});
    // 1.000 KWD (3 digits, 1000 minor) at 3 EUR -> 3.00 EUR = 300 cents.
    CHECK(convert(Money{1000}, Ratio{3, 1}, 3, 2) == Money{300});
    // 1.005 KWD at 1 -> 1.005 EUR = 100.5 cents -> 101 (half away from zero).
    CHECK(convert(Money{1005}, Ratio{1, 1}, 3, 2) == Money{101});
    // 12.34 EUR into a 0-digit currency at 160: 1974.4 -> 1974.
    CHECK(convert(Money{1234}, Ratio{160, 1}, 2, 0) == Money{1974});
}

TEST_CASE("convert throws AmountOverflow beyond int64") {
    // INT64_MAX * 2 does not fit.
    CHECK_THROWS_AS(convert(Money{INT64_MAX}, Ratio{2, 1}, 2, 2), AmountOverflow);
    CHECK_THROWS_AS(convert(Money{-INT64_MAX}, Ratio{2, 1}, 2, 2), AmountOverflow);
    // INT64_MAX * INT64_MAX * 100 overflows even the 128-bit product.
    CHECK_THROWS_AS(convert(Money{INT64_MAX}, Ratio{INT64_MAX, 1}, 2, 2), AmountOverflow);
    // At the edge but inside: INT64_MAX at 1 is itself.
    CHECK(convert(Money{INT64_MAX}, Ratio{1, 1}, 2, 2) == Money{INT64_MAX});
    CHECK(convert(Money{INT64_MAX}, Ratio{1, 2}, 2, 2) == Money{INT64_MAX / 2 + 1});  // ...03.5 -> ...04
}

TEST_CASE("governing_rate: the last rate on or before the day") {
    const std::vector<Rate> rates = {
        Rate{1, "RON", parse_iso_date("2026-11-01"), Ratio{40, 199}},
        Rate{2, "RON", parse_iso_date("2026-12-01"), Ratio{100, 497}},
    };
    CHECK_FALSE(governing_rate(rates, parse_iso_date("2026-10-31")).has_value());
    CHECK(governing_rate(rates, parse_iso_date("2026-11-01")) == Ratio{40, 199});
    CHECK(governing_rate(rates, parse_iso_date("2026-11-30")) == Ratio{40, 199});
    CHECK(governing_rate(rates, parse_iso_date("2026-12-01")) == Ratio{100, 497});
    CHECK(governing_rate(rates, parse_iso_date("2027-06-15")) == Ratio{100, 497});
    CHECK_FALSE(governing_rate({}, parse_iso_date("2026-11-01")).has_value());
}

TEST_CASE("no_rate_message") {
    CHECK(no_rate_message("RON", parse_iso_date("2026-11-02")) ==
          "no RON rate on or before 2026-11-02; add one: acct rate add RON 2026-11-02 RATE");
}

namespace {
// The ECB layout: newest first, a trailing empty column, N/A where there is no rate.
const std::vector<std::vector<std::string>> ecb = {
    {"Date", "USD", "JPY", "RON", ""},
    {"2026-11-20", "1.0850", "162.50", "4.9750", ""},
    {"2026-11-19", "1.0800", "N/A", "4.9700", ""},
};
const std::vector<std::size_t> ecb_lines = {1, 2, 3};

std::string rows_text(const std::vector<RateRow>& rows) {
    std::string text;
    for (const auto& r : rows)
        text += r.currency + " " + format_date(r.from) + " " + std::to_string(r.value.numerator) + "/" +
                std::to_string(r.value.denominator) + " @" + std::to_string(r.line) + ":" + std::to_string(r.column) +
                "\n";
    return text;
}
}  // namespace

TEST_CASE("rates_from_ecb into EUR: each rate is 1/cell, N/A skipped") {
    // 1/1.0850 = 200/217; 1/162.50 = 2/325; 1/4.9750 = 40/199;
    // 1/1.0800 = 100/108 = 25/27; JPY N/A skipped; 1/4.9700 = 100/497.
    const auto rows = rates_from_ecb(ecb, ecb_lines, "eurofxref-hist.csv", "EUR");
    CHECK(rows_text(rows) ==
          "USD 2026-11-20 200/217 @2:2\n"
          "JPY 2026-11-20 2/325 @2:3\n"
          "RON 2026-11-20 40/199 @2:4\n"
          "USD 2026-11-19 25/27 @3:2\n"
          "RON 2026-11-19 100/497 @3:4\n");
}

TEST_CASE("rates_from_ecb into RON: crossed through EUR, and EUR gets the RON cell itself") {
    // 2026-11-20: EUR = 4.975 = 199/40;
    //   USD = (199/40) / (217/200) = 39800/8680 = 995/217 (gcd 40);
    //   JPY = (199/40) / (325/2) = 398/13000 = 199/6500.
    // 2026-11-19: EUR = 4.97 = 497/100; USD = (497/100) / (27/25) = 12425/2700 = 497/108; JPY N/A.
    const auto rows = rates_from_ecb(ecb, ecb_lines, "eurofxref-hist.csv", "RON");
    CHECK(rows_text(rows) ==
          "EUR 2026-11-20 199/40 @2:4\n"
          "USD 2026-11-20 995/217 @2:2\n"
          "JPY 2026-11-20 199/6500 @2:3\n"
          "EUR 2026-11-19 497/100 @3:4\n"
          "USD 2026-11-19 497/108 @3:2\n");
}

TEST_CASE("rates_from_ecb: a day without the base's own rate yields no rows") {
    const std::vector<std::vector<std::string>> records = {
        {"Date", "USD", "RON", ""},
        {"2026-11-20", "1.0850", "N/A", ""},
        {"2026-11-19", "1.0800", "4.9700", ""},
    };
    // Only 2026-11-19: EUR 497/100, USD 497/108.
    CHECK(rows_text(rates_from_ecb(records, {1, 2, 3}, "f.csv", "RON")) ==
          "EUR 2026-11-19 497/100 @3:3\n"
          "USD 2026-11-19 497/108 @3:2\n");
    // A base the file has no column for.
    CHECK_THROWS_AS(rates_from_ecb(records, {1, 2, 3}, "f.csv", "GBP"), InvalidInput);
}

TEST_CASE("rates_from_ecb: a bad cell is refused at FILE:LINE:COLUMN") {
    auto records = ecb;
    records[1][1] = "1,08";  // line 2, column 2
    const std::string m = message_of_invalid([&] { rates_from_ecb(records, ecb_lines, "eurofxref-hist.csv", "EUR"); });
    CHECK(starts_with(m, "eurofxref-hist.csv:2:2: "));
    CHECK(m.find("'1,08'") != std::string::npos);

    // The line comes from `lines`, not the record's index.
    auto later = ecb;
    later[2][4 - 1] = "4,97";  // record 2, column 4 (RON)
    const std::string m2 = message_of_invalid([&] { rates_from_ecb(later, {1, 5, 9}, "x.csv", "EUR"); });
    CHECK(starts_with(m2, "x.csv:9:4: "));

    // A bad date.
    auto bad_date = ecb;
    bad_date[1][0] = "20.11.2026";
    CHECK(starts_with(message_of_invalid([&] { rates_from_ecb(bad_date, ecb_lines, "f.csv", "EUR"); }), "f.csv:2:1: "));
    // Not an ECB file.
    CHECK_THROWS_AS(rates_from_ecb({{"Day", "USD"}}, {1}, "f.csv", "EUR"), InvalidInput);
    CHECK(rates_from_ecb({}, {}, "f.csv", "EUR").empty());
}

TEST_CASE("format_rate_exact of a crossed rate too long for a decimal reads back exactly") {
    // Base BGN, an ECB row with TRL = 1841234 and BGN = 1.95583 per EUR: one TRL is
    // 1.95583 / 1841234 BGN = 195583 / 184123400000 (reduced), 12 digits below the line.
    const Ratio crossed = parse_rate("1.95583/1841234");
    CHECK(crossed == Ratio{195583, 184123400000});
    const std::string text = format_rate_exact(crossed);
    CHECK(text == "195583/184123400000");
    CHECK(parse_rate(text) == crossed);
    CHECK(parse_rate(format_rate_exact(Ratio{12345678901, 1})) == Ratio{12345678901, 1});
}

TEST_CASE("parse_rate names the whole fraction when a side is bad") {
    CHECK(starts_with(message_of_invalid([] { parse_rate("1/x"); }), "invalid rate '1/x': "));
    CHECK(starts_with(message_of_invalid([] { parse_rate("1/0"); }), "invalid rate '1/0': "));
    CHECK(starts_with(message_of_invalid([] { parse_rate("1234567890123456789/1"); }),
                      "invalid rate '1234567890123456789/1': at most 18 digits"));
}

TEST_CASE("rates_from_ecb: header problems name the header's own line") {
    const std::vector<std::vector<std::string>> bad_code{{"Date", "USX"}, {"2026-11-20", "1.05"}};
    CHECK(starts_with(message_of_invalid([&] { rates_from_ecb(bad_code, {3, 4}, "f.csv", "EUR"); }), "f.csv:3:2: "));
    const std::vector<std::vector<std::string>> no_base{{"Date", "USD"}, {"2026-11-20", "1.05"}};
    CHECK(starts_with(message_of_invalid([&] { rates_from_ecb(no_base, {3, 4}, "f.csv", "RON"); }), "f.csv:3:1: "));
}

TEST_CASE("amounts in a currency's own minor unit: JPY whole yen, KWD fils") {
    CHECK(parse_amount_in("1500", "JPY") == Money{1500});
    CHECK(parse_amount_in("1,500", "JPY") == Money{1500});
    CHECK(parse_amount_in("12.345", "KWD") == Money{12345});
    CHECK(parse_amount_in("12.3", "KWD") == Money{12300});
    CHECK(parse_amount_in("12", "KWD") == Money{12000});
    CHECK(parse_amount_in("12.5", "EUR") == Money{1250});
    CHECK_THROWS_WITH_AS(parse_amount_in("1500.5", "JPY"),
                         "invalid amount '1500.5': amounts in this currency have no decimals", InvalidInput);
    CHECK_THROWS_WITH_AS(parse_amount_in("1.2345", "KWD"),
                         "invalid amount '1.2345': read 4 decimals; amounts in this currency have at most 3", InvalidInput);
    CHECK_THROWS_AS(parse_amount_in("12.345", "EUR"), InvalidInput);
    CHECK_THROWS_AS(parse_amount_in("100000000000000", "JPY"), InvalidInput);  // beyond the largest amount
    CHECK(parse_amount_in("99999999999999", "JPY") == Money{99'999'999'999'999});

    CHECK(format_amount(Money{1500}, "JPY") == "1,500");
    CHECK(format_amount_plain(Money{-1500}, "JPY") == "-1500");
    CHECK(format_amount(Money{1234567}, "KWD") == "1,234.567");
    CHECK(format_amount_plain(Money{5}, "KWD") == "0.005");
    CHECK(format_amount(Money{123456}, "EUR") == "1,234.56");

    // An amount typed before its currency is known passes when some currency reads it.
    CHECK_NOTHROW(check_amount_form("12.345"));
    CHECK_NOTHROW(check_amount_form("1500"));
    CHECK_THROWS_AS(check_amount_form("12.34567"), InvalidInput);
    CHECK_THROWS_AS(check_amount_form("abc"), InvalidInput);

    // The base currency is kept in hundredths, whatever its own minor unit.
    set_base_currency("JPY");
    CHECK(minor_digits("JPY") == 2);
    CHECK(parse_amount_in("1500.50", "JPY") == Money{150050});
    CHECK(minor_digits("KWD") == 3);
    set_base_currency("");
    CHECK(minor_digits("JPY") == 0);

    // Conversion between minor units: 1,500 JPY at 0.0062 EUR = 9.30 EUR; 1.250 KWD at 3 = 3.75.
    CHECK(convert(Money{1500}, parse_rate("0.0062"), 0, 2) == Money{930});
    CHECK(convert(Money{1250}, parse_rate("3"), 3, 2) == Money{375});
}
