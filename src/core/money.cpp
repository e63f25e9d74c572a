#include "core/money.h"

#include <charconv>
#include <cmath>
#include <limits>
#include <stdexcept>
#include <vector>

#include "core/errors.h"
#include "core/i18n.h"
#include "core/text.h"

namespace acctool {

AmountOverflow::AmountOverflow()
    : Failure(tr("a total of amounts is beyond 92233720368547758.07, more than acct can compute")) {}

namespace {

// GCC and Clang both have a 128-bit integer; __extension__ keeps -Wpedantic quiet.
__extension__ typedef __int128 Wide;

constexpr std::int64_t k_max_minor = k_max_amount_minor;

[[noreturn]] void fail(std::string_view text, const std::string& why) {
    // TRANSLATORS: the first {} is the amount as typed, the second why it is refused.
    throw InvalidInput(trf("invalid amount '{}': {}", text, why));
}

bool is_digit(char c) { return c >= '0' && c <= '9'; }

// The byte length of a digit-grouping separator at s[i]: ',', ' ', '_', U+00A0 (no-break
// space) or U+202F (narrow no-break space, the French/Swiss grouping); 0 if none.
std::size_t separator_length(std::string_view s, std::size_t i) {
    if (s[i] == ',' || s[i] == ' ' || s[i] == '_') return 1;
    if (s.substr(i, 2) == "\xC2\xA0") return 2;
    if (s.substr(i, 3) == "\xE2\x80\xAF") return 3;
    return 0;
}

// The whole UTF-8 character at s[i], so that a message never quotes half of one.
std::string_view char_at(std::string_view s, std::size_t i) {
    auto lead = static_cast<unsigned char>(s[i]);
    std::size_t n = lead < 0x80 ? 1 : lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1;
    return s.substr(i, n);
}

bool all_digits(std::string_view s) {
    return !s.empty() && s.find_first_not_of("0123456789") == std::string_view::npos;
}

// "12.000,50" -> "12000.50" and "1.234.567" -> "1234567": the continental way of writing
// amounts, with '.' grouping thousands. Empty when body is not exactly that form.
std::string continental_plain(std::string_view body) {
    std::size_t comma = body.find(',');
    std::string_view cents = comma == std::string_view::npos ? "" : body.substr(comma + 1);
    if (comma != std::string_view::npos && (!all_digits(cents) || cents.size() > 2)) return "";
    std::string_view whole = body.substr(0, comma);
    std::string plain;
    std::size_t runs = 0;
    while (true) {
        std::size_t dot = whole.find('.');
        std::string_view run = whole.substr(0, dot);
        bool fits = runs == 0 ? run.size() <= 3 : run.size() == 3;
        if (!all_digits(run) || !fits) return "";
        plain += run;
        ++runs;
        if (dot == std::string_view::npos) break;
        whole.remove_prefix(dot + 1);
    }
    if (runs < 2) return "";
    if (!cents.empty()) plain += "." + std::string(cents);
    return plain;
}

// A second '.' or a ',' after the '.' cannot be our format; say how we read it.
void check_points(std::string_view text, std::string_view body) {
    std::size_t dot = body.find('.');
    if (dot == std::string_view::npos) return;
    bool comma_after = body.find(',', dot) != std::string_view::npos;
    bool second_dot = body.find('.', dot + 1) != std::string_view::npos;
    if (!comma_after && !second_dot) return;
    std::string plain = continental_plain(body);
    if (plain.empty())
        fail(text, comma_after ? tr("read ',' after the decimal point") : tr("read more than one '.'"));
    // TRANSLATORS: {} is the amount as acct would read it, such as 12000.50.
    fail(text, comma_after ? trf("read '.' as a thousands separator and ',' as a decimal point; write {}", plain)
                           // TRANSLATORS: {} is the amount as acct would read it, such as 12000.
                           : trf("read '.' as a thousands separator; write {}", plain));
}

struct Groups {
    std::vector<std::string_view> digits;  // the runs of digits between separators
    std::string_view separator;            // empty when there is none
};

// Splits the integer part into runs of digits, checking the separators between them.
Groups split_groups(std::string_view text, std::string_view whole) {
    Groups g;
    std::size_t start = 0;
    std::size_t i = 0;
    while (i < whole.size()) {
        if (is_digit(whole[i])) {
            ++i;
            continue;
        }
        std::size_t n = separator_length(whole, i);
        if (n == 0)
            // TRANSLATORS: {} is the character read.
            fail(text, trf("read '{}' where a digit was expected; write plain numbers such as 12000.50", char_at(whole, i)));
        std::string_view sep = whole.substr(i, n);
        if (i == start)
            fail(text, i == 0 ? tr("read a separator before the first digit") : tr("read two separators in a row"));
        if (!g.separator.empty() && sep != g.separator)
            // TRANSLATORS: the {} are two separator characters, such as , and a space.
            fail(text, trf("read both '{}' and '{}' as thousands separators; use one of them", g.separator, sep));
        g.separator = sep;
        g.digits.push_back(whole.substr(start, i - start));
        i += n;
        start = i;
    }
    if (start == whole.size() && !whole.empty())
        fail(text, tr("read a separator after the last digit"));
    g.digits.push_back(whole.substr(start));
    return g;
}

// Grouped digits must read unambiguously as thousands: 1 to 3 digits, then groups of 3.
void check_grouping(std::string_view text, const Groups& g, bool has_decimals) {
    if (g.digits.size() == 1) return;
    std::string sep(g.separator);
    bool comma_as_decimal =
        sep == "," && g.digits.size() == 2 && !has_decimals && g.digits[1].size() <= 2;
    if (comma_as_decimal)
        // TRANSLATORS: "read ',' as a thousands separator, but it is followed by 2 digit(s); for a
        // decimal point write 12.50": a count of digits, then the amount as it could be meant.
        fail(text, trn("read ',' as a thousands separator, but it is followed by {} digit(s); for a decimal point write {}",
                       "read ',' as a thousands separator, but it is followed by {} digit(s); for a decimal point write {}",
                       g.digits[1].size(), g.digits[1].size(), std::string(g.digits[0]) + "." + std::string(g.digits[1])));
    if (g.digits[0].size() > 3)
        // TRANSLATORS: "read ',' as a thousands separator, but 1234 before it has more than three
        // digits": the separator, then the digits before it.
        fail(text, trf("read '{}' as a thousands separator, but {} before it has more than three digits", sep, g.digits[0]));
    if (g.digits[0].front() == '0')
        // TRANSLATORS: {} is the separator character.
        fail(text, trf("read '{}' as a thousands separator after a leading 0", sep));
    for (std::size_t k = 1; k < g.digits.size(); ++k)
        if (g.digits[k].size() != 3)
            // TRANSLATORS: "read ',' as a thousands separator, but 12 after it is not three digits":
            // the separator, then the digits after it.
            fail(text, trf("read '{}' as a thousands separator, but {} after it is not three digits", sep, g.digits[k]));
}

[[noreturn]] void too_large(std::string_view text, int digits) {
    fail(text, digits == k_minor_digits ? tr("amounts are at most 999999999999.99") : above_largest(digits));
}

// Appends digits to value (in minor units once scaled), refusing anything past int64.
Wide accumulate(std::string_view text, Wide value, std::string_view digits, int minor_digits) {
    for (char c : digits) {
        value = value * 10 + (c - '0');
        if (value > k_max_minor) too_large(text, minor_digits);
    }
    return value;
}

// The digits after '.': one or two of them (one to `digits` in a currency whose minor unit
// has another number of digits: none for JPY, three for KWD).
void check_cents(std::string_view text, std::string_view whole, std::string_view cents, int digits) {
    if (cents.empty()) fail(text, tr("expected digits after '.'"));
    for (std::size_t i = 0; i < cents.size(); ++i)
        if (!is_digit(cents[i]))
            // TRANSLATORS: {} is the character read.
            fail(text, trf("read '{}' after the decimal point", char_at(cents, i)));
    if (digits != k_minor_digits) {
        if (cents.size() <= static_cast<std::size_t>(digits)) return;
        fail(text, too_many_decimals(cents.size(), digits));
    }
    if (cents.size() <= 2) return;
    if (cents.size() == 3 && all_digits(whole))
        // TRANSLATORS: {} is the amount as it could be meant, such as 1500.
        fail(text, trf("read 3 decimals; amounts have at most 2 (if '.' separates thousands, write {})",
                       std::string(whole) + std::string(cents)));
    // TRANSLATORS: {} is a count of decimals, more than 2.
    fail(text, trn("read {} decimal; amounts have at most 2", "read {} decimals; amounts have at most 2", cents.size(),
                   cents.size()));
}

}  // namespace

std::string too_many_decimals(std::size_t decimals, int digits) {
    // TRANSLATORS: an amount in a currency without cents, such as JPY, was written with decimals.
    if (digits == 0) return tr("amounts in this currency have no decimals");
    // TRANSLATORS: the first {} is a count of decimals read, the second the currency's, such as 3 for KWD.
    return trn("read {} decimal; amounts in this currency have at most {}",
               "read {} decimals; amounts in this currency have at most {}", decimals, decimals, digits);
}

std::string above_largest(int digits) {
    // TRANSLATORS: {} is the largest amount, such as 99999999999999 (in a currency without cents).
    return trf("amounts in this currency are at most {}", format_money_plain(Money{k_max_minor}, digits));
}

// A decimal point must have digits on both sides: "12." and ".5" are rejected (write
// 12 and 0.5) because a stray point more often marks a typo than a deliberate amount.
Money parse_money_strict(std::string_view text, Sign sign, int digits) {
    std::string_view body = trim(text);
    if (body.empty()) fail(text, tr("expected a number such as 12000.50"));
    bool negative = false;
    if (body.front() == '-' || body.front() == '+') {
        if (sign == Sign::NonNegative)
            fail(text, body.front() == '-' ? tr("amounts are not negative here") : tr("write the amount without a sign"));
        negative = body.front() == '-';
        body.remove_prefix(1);
        if (body.empty()) fail(text, tr("expected digits after the sign"));
    }
    check_points(text, body);
    std::size_t dot = body.find('.');
    std::string_view whole = body.substr(0, dot);
    std::string_view cents = dot == std::string_view::npos ? "" : body.substr(dot + 1);
    // TRANSLATORS: {} is the amount as typed without its leading 0, such as .5 (write 0.5).
    if (whole.empty()) fail(text, trf("expected a digit before '.'; write 0{}", body));
    if (dot != std::string_view::npos) check_cents(text, whole, cents, digits);
    Groups groups = split_groups(text, whole);
    check_grouping(text, groups, dot != std::string_view::npos);
    Wide units = 0;
    for (std::string_view run : groups.digits) units = accumulate(text, units, run, digits);
    std::string padded(cents);
    padded.resize(static_cast<std::size_t>(digits), '0');
    Wide minor = units * minor_per_unit(digits);
    if (minor > k_max_minor) too_large(text, digits);
    Wide fraction = 0;
    for (char c : padded) fraction = fraction * 10 + (c - '0');
    minor += fraction;
    if (minor > k_max_minor) too_large(text, digits);
    return Money{static_cast<std::int64_t>(negative ? -minor : minor)};
}

namespace {

// The digits of |minor| with `digits` decimals (no point when 0), grouping the whole part
// with `sep` if non-empty.
std::string format_money(Money m, std::string_view sep, int digits) {
    // Through unsigned so that the most negative int64 has a magnitude too.
    auto magnitude =
        m.minor < 0 ? 0 - static_cast<std::uint64_t>(m.minor) : static_cast<std::uint64_t>(m.minor);
    const auto unit = static_cast<std::uint64_t>(minor_per_unit(digits));
    std::string whole = std::to_string(magnitude / unit);
    std::string fraction = std::to_string(magnitude % unit + unit).substr(1);  // zero-padded
    std::string out = m.minor < 0 ? "-" : "";
    for (std::size_t i = 0; i < whole.size(); ++i) {
        if (i > 0 && !sep.empty() && (whole.size() - i) % 3 == 0) out += sep;
        out += whole[i];
    }
    if (digits > 0) out += '.' + fraction;
    return out;
}

Money checked(Wide minor) {
    constexpr Wide k_int64_max = std::numeric_limits<std::int64_t>::max();
    if (minor > k_int64_max || minor < -k_int64_max) throw AmountOverflow();
    return Money{static_cast<std::int64_t>(minor)};
}

}  // namespace

std::string format_money_plain(Money m, int digits) { return format_money(m, "", digits); }
std::string format_money_grouped(Money m, int digits) { return format_money(m, ",", digits); }

std::string group_digits(std::int64_t n) { return format_money(Money{n}, ",", 0); }

// A zero denominator is a caller's bug (check counts before averaging): std::invalid_argument.
// A result beyond int64 throws AmountOverflow.
Money scale_money(Money amount, std::int64_t numerator, std::int64_t denominator) {
    if (denominator == 0) throw std::invalid_argument("scale_money: zero denominator");
    Wide product = static_cast<Wide>(amount.minor) * numerator;
    Wide quotient = product / denominator;
    Wide remainder = product % denominator;
    Wide twice = remainder < 0 ? -2 * remainder : 2 * remainder;
    Wide divisor = denominator < 0 ? -static_cast<Wide>(denominator) : denominator;
    if (twice >= divisor) quotient += ((product < 0) != (denominator < 0)) ? -1 : 1;
    return checked(quotient);
}

Money apply_rate(Money amount, double rate) {
    constexpr double k_nano = 1e9;
    if (!std::isfinite(rate) || std::fabs(rate) * k_nano > 9e18)
        throw std::invalid_argument("apply_rate: rate out of range");
    return scale_money(amount, std::llround(rate * k_nano), static_cast<std::int64_t>(k_nano));
}

// Rounds the decimal the user wrote, not its binary approximation: 1500.005 gives 1500.01
// although 1500.005 * 100 is 150000.49999... in a double.
Money money_from_units(double units) {
    if (!std::isfinite(units) || std::fabs(units) >= 1e12)
        throw InvalidInput(trf("invalid amount '{}': amounts are at most 999999999999.99", std::to_string(units)));
    char buffer[64];
    auto [end, ec] =
        std::to_chars(buffer, buffer + sizeof buffer, std::fabs(units), std::chars_format::fixed);
    std::string_view text(buffer, static_cast<std::size_t>(end - buffer));
    std::size_t dot = text.find('.');
    std::string_view fraction = dot == std::string_view::npos ? "" : text.substr(dot + 1);
    Wide minor = 0;
    for (char c : text.substr(0, dot)) minor = minor * 10 + (c - '0');
    for (std::size_t i = 0; i < 2; ++i)
        minor = minor * 10 + (i < fraction.size() ? fraction[i] - '0' : 0);
    if (fraction.size() > 2 && fraction[2] >= '5') minor += 1;
    return checked(units < 0 ? -minor : minor);
}

// A zero denominator gives 0 rather than inf or NaN, which would leak into reports.
double money_ratio(Money numerator, Money denominator) {
    if (denominator.minor == 0) return 0.0;
    return static_cast<double>(numerator.minor) / static_cast<double>(denominator.minor);
}

}  // namespace acctool
