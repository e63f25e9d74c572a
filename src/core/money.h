#pragma once
// Money is an integer count of minor units (cents) of the portfolio currency.
// Parsing accepts the forms of DESIGN section 1 and rejects anything ambiguous.
#include <compare>
#include <cstdint>
#include <string>
#include <string_view>

namespace acctool {

struct Money {
    std::int64_t minor = 0;

    friend auto operator<=>(const Money&, const Money&) = default;
    friend Money operator+(Money a, Money b) { return {a.minor + b.minor}; }
    friend Money operator-(Money a, Money b) { return {a.minor - b.minor}; }
    Money& operator+=(Money b) { minor += b.minor; return *this; }
    Money& operator-=(Money b) { minor -= b.minor; return *this; }
    Money operator-() const { return {-minor}; }
};

inline constexpr int k_minor_digits = 2;
inline constexpr std::int64_t k_minor_per_unit = 100;

enum class Sign { NonNegative, Any };

// Parses "12000", "12000.5", "12,000.50", "12 000", "12_000" (and "-5" when sign is Any).
// Throws InvalidInput naming the text and what was read for "12.000,50", three decimals,
// a sign where none is allowed, empty text, or an amount too large to hold.
Money parse_money(std::string_view text, Sign sign = Sign::NonNegative);

// "12000.50", "-3.05": for CSV, TSV, JSON and config show.
std::string format_money_plain(Money m);
// "12,000.50": digits grouped by three, for tables.
std::string format_money_grouped(Money m);

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
