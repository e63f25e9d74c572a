#pragma once
// Currencies and dated exchange rates (man page: CURRENCIES). Every money record carries
// an ISO 4217 code; a rate says that from its date on, until the next rate of the same
// currency, one unit of it is worth RATE units of the database's base currency. A dated
// record is converted once, at its date, and the converted amount is stored with it.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/dates.h"
#include "core/money.h"

namespace acctool {

// "RON", "eur" (upper-cased): three ASCII letters that ISO 4217 lists as a currency.
// Throws InvalidInput naming the text otherwise ("invalid currency 'EURO': expected an
// ISO 4217 code such as EUR, RON or USD").
std::string parse_currency(std::string_view text);

// The currency of a money record: parse_currency. Its amounts are kept in its own minor
// unit (minor_digits): yen as whole yen, Kuwaiti dinars in fils (thousandths).
std::string parse_record_currency(std::string_view text);

// An amount of a record in `currency`, as parse_money reads it with that currency's
// decimals: "1500" in JPY, "12.345" in KWD, "12000.50" in EUR.
Money parse_amount_in(std::string_view text, std::string_view currency, Sign sign = Sign::NonNegative);
// For an amount typed before its currency is known (the client's, read from the database):
// throws parse_money's error unless the decimals of some currency (0, 2, 3 or 4) read it,
// so that a malformed amount is refused first and parse_amount_in decides the rest.
void check_amount_form(std::string_view text, Sign sign = Sign::NonNegative);
// An amount of `currency` with its decimals: "12,000.50" (grouped, in the language's form:
// "12.000,50" in Italian) for messages, "12000.50" (plain) where a number is quoted for
// scripts or to be typed again.
std::string format_amount(Money amount, std::string_view currency);
std::string format_amount_plain(Money amount, std::string_view currency);

// A new record's currency (man page: CURRENCIES): the one asked for, else the client's,
// else the base.
std::string record_currency(std::string_view asked, const std::string& client_currency, const std::string& base);

// A refund is in its deal's currency and a payment in its invoice's: InvalidInput naming
// both otherwise ("a payment of invoice 7 is in RON, not EUR: it takes the currency of
// what it pays or refunds").
void require_currency_of(std::string_view what, const std::string& given, const std::string& parents);

// Digits after the point in the currency's minor unit (ISO 4217): 2 for most, 0 for JPY,
// 3 for KWD. Money amounts are counted in these minor units, but for the base currency's:
// like every report, target and pay figure they are hundredths whatever its minor unit
// (with a base of JPY, yen have two decimals), so minor_digits(base) is 2.
int minor_digits(std::string_view currency);
// The base currency of the database in use (cli/context.cpp sets it once it is known).
void set_base_currency(std::string_view code);

// An exact positive rate: numerator / denominator, reduced.
struct Ratio {
    std::int64_t numerator = 1;
    std::int64_t denominator = 1;
    friend bool operator==(const Ratio&, const Ratio&) = default;
};

// "4.9750", "0.2010": a plain decimal, > 0, of at most 10 significant digits; or an exact
// fraction of two decimals of at most 18 digits each, "1/1.0850" (one EUR buys 1.0850 USD:
// a USD is worth 1/1.0850 EUR), "200/217". Throws InvalidInput naming the whole text.
// Typed in a language (core/local_forms.h, local_input()), a decimal or side of a fraction
// in its form is read as amounts are: "0,92", "1/1,0850", "16.250,5" in Italian, "16 250,5"
// in French; where '.' groups thousands, "1.085" is refused as ambiguous (write 1,085 or
// 1085); "4.9750" and every other form follow the rule above.
Ratio parse_rate(std::string_view text);
// The rate as a decimal, rounded to 10 significant digits when it does not end sooner
// (a whole part of more than 10 digits is rounded to units).
std::string format_rate(const Ratio& rate);
// format_rate in the language's form ("0,9216" in Italian), for messages to people.
std::string format_rate_shown(const Ratio& rate);
// The rate exactly, as parse_rate reads it back: the decimal when it ends within 10
// significant digits, else "numerator/denominator".
std::string format_rate_exact(const Ratio& rate);

struct Rate {
    std::int64_t id = 0;
    std::string currency;
    Date from;
    Ratio value;  // base units per unit of `currency`
};

// The rate that governs `day` among `rates` of one currency sorted by `from`: the last on
// or before it, or nullopt.
std::optional<Ratio> governing_rate(const std::vector<Rate>& rates, Date day);

// amount (minor units of a currency with `from_digits`) times rate, in minor units of a
// base with `to_digits`, rounded half away from zero once. Throws AmountOverflow beyond
// int64.
Money convert(Money amount, const Ratio& rate, int from_digits, int to_digits);

// "no RON rate on or before 2026-11-02; add one: acct rate add RON 2026-11-02 RATE"
std::string no_rate_message(std::string_view currency, Date day);

// One day's rates from the European Central Bank's historical reference-rate CSV, as
// rates into `base`: the file says how many units of each currency 1 EUR buys.
struct RateRow {
    std::string currency;
    Date from;
    Ratio value;
    std::size_t line = 0;    // where it came from, for messages
    std::size_t column = 0;
};

// Reads the ECB layout (`Date,USD,JPY,...`, newest first, `N/A` or empty cells skipped,
// a trailing empty column tolerated) from parsed CSV records (header first). With a base
// other than EUR, each currency's rate is crossed through EUR (and EUR itself gets one);
// a day without the base's own rate yields no rows. Throws InvalidInput with
// "FILE:LINE:COLUMN: ..." for a bad cell.
// `lines[i]` is the file line of records[i].
std::vector<RateRow> rates_from_ecb(const std::vector<std::vector<std::string>>& records,
                                    const std::vector<std::size_t>& lines, std::string_view file, std::string_view base);

}  // namespace acctool
