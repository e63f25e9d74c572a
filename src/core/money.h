#pragma once
// Money is an integer count of minor units (cents) of the portfolio currency.
// Parsing accepts the forms of the man page's DESCRIPTION and rejects anything ambiguous.
#include <compare>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "core/errors.h"

namespace acctool {

inline constexpr int k_minor_digits = 2;
inline constexpr std::int64_t k_minor_per_unit = 100;
// Minor units per unit of a currency whose minor unit has `digits` decimals (0 to 4):
// 1 for JPY, 100 for most, 1000 for KWD.
constexpr std::int64_t minor_per_unit(int digits) {
    std::int64_t n = 1;
    for (int i = 0; i < digits; ++i) n *= 10;
    return n;
}
// The largest amount acct accepts anywhere (command line, imports, config):
// 999 999 999 999.99 in major units. Any sum of fewer than 92 000 such amounts fits in
// int64; a larger one is caught by the checked arithmetic below (see AmountOverflow).
inline constexpr std::int64_t k_max_amount_minor = 99'999'999'999'999;

// A sum or difference of amounts that int64 minor units cannot hold. Every Money
// operation is checked, and so is SQLite's sum() (it raises "integer overflow" instead of
// wrapping), so a report never prints a wrapped figure: it fails with this one-line
// message (exit 1), which the command line completes with the stored record to blame.
class AmountOverflow : public Failure {
public:
    AmountOverflow();
};

struct Money {
    std::int64_t minor = 0;

    friend auto operator<=>(const Money&, const Money&) = default;
    friend Money operator+(Money a, Money b) { return a += b; }
    friend Money operator-(Money a, Money b) { return a -= b; }
    Money& operator+=(Money b) {
        std::int64_t sum = 0;
        if (__builtin_add_overflow(minor, b.minor, &sum)) throw AmountOverflow();
        minor = sum;
        return *this;
    }
    Money& operator-=(Money b) {
        std::int64_t difference = 0;
        if (__builtin_sub_overflow(minor, b.minor, &difference)) throw AmountOverflow();
        minor = difference;
        return *this;
    }
    Money operator-() const { return Money{} - *this; }
};

enum class Sign { NonNegative, Any };

// The strict rule: "12000", "12000.5", "12,000.50", "12 000", "12_000" (and "-5" when sign
// is Any). Throws InvalidInput naming the text and what was read for "12.000,50", three
// decimals, a sign where none is allowed, empty text, or an amount above k_max_amount_minor.
// `digits` is the number of decimals of the amount's minor unit (core/currency.h,
// minor_digits): 2 for most currencies, 0 for JPY ("1500"; "1500.5" is refused), 3 for
// KWD ("12.345"); the Money is then counted in those units.
Money parse_money_strict(std::string_view text, Sign sign = Sign::NonNegative, int digits = k_minor_digits);

// An amount as a person types it (core/local_forms.cpp): when a language is chosen
// (current_language() is not English), an amount in its own form is read as that language
// reads it, exactly: "12.000,50" and "0,5" in ro, it and el, "12 000,50" in fr and ru (spaces,
// U+00A0 or U+202F between groups); "1,000" there is one with three decimals, refused.
// Anything else, and everything without a language or inside a StrictAmounts, follows the
// strict rule. Files are read by their own --locale, never by the language of the person.
Money parse_money(std::string_view text, Sign sign = Sign::NonNegative, int digits = k_minor_digits);

// While one exists parse_money follows the strict rule alone, whatever the language: the
// importer holds one for its run.
class StrictAmounts {
public:
    StrictAmounts();
    ~StrictAmounts();
    StrictAmounts(const StrictAmounts&) = delete;
    StrictAmounts& operator=(const StrictAmounts&) = delete;
};
// Whether a StrictAmounts exists.
bool strict_amounts();

// Why an amount of a currency whose minor unit has `digits` decimals (not 2) is refused,
// as the rest of "invalid amount '...': {}": `decimals` are more than it has, or the amount
// is above the largest.
std::string too_many_decimals(std::size_t decimals, int digits);
std::string above_largest(int digits);

// "12000.50", "-3.05": for CSV, TSV, JSON and config show; with `digits` decimals for a
// currency whose minor unit has another number of them ("1500" for JPY, "12.345" for KWD).
std::string format_money_plain(Money m, int digits = k_minor_digits);
// "12,000.50": digits grouped by three, for tables.
std::string format_money_grouped(Money m, int digits = k_minor_digits);
// "1,313": a whole number (a count) grouped the same way.
std::string group_digits(std::int64_t n);

// amount * numerator / denominator, rounded half away from zero to minor units.
Money scale_money(Money amount, std::int64_t numerator, std::int64_t denominator);
// amount * rate (a ratio such as 0.06), rounded half away from zero to minor units.
// The rate is taken to 1e-9 precision so that the arithmetic stays in integers.
Money apply_rate(Money amount, double rate);
// Money from a count of whole units (config values such as `revenue = 300000`).
Money money_from_units(double units);
// numerator / denominator as a ratio; empty optional semantics are up to callers (0 denominators).
double money_ratio(Money numerator, Money denominator);

}  // namespace acctool
