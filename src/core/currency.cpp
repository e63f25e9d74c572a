#include "core/currency.h"

#include <algorithm>
#include <array>
#include <numeric>

#include <fmt/format.h>

#include "core/errors.h"
#include "core/i18n.h"
#include "core/language.h"
#include "core/local_forms.h"
#include "core/text.h"

namespace acctool {
namespace {

__extension__ typedef __int128 Wide;

// ISO 4217 currencies, sorted: the current list, and the codes the ECB's historical file
// still has columns for (CYP, EEK, HRK, LTL, LVL, MTL, ROL, SIT, SKK, TRL).
constexpr std::array<std::string_view, 179> k_codes = {
    "AED", "AFN", "ALL", "AMD", "ANG", "AOA", "ARS", "AUD", "AWG", "AZN", "BAM", "BBD", "BDT", "BGN", "BHD",
    "BIF", "BMD", "BND", "BOB", "BOV", "BRL", "BSD", "BTN", "BWP", "BYN", "BZD", "CAD", "CDF", "CHE", "CHF",
    "CHW", "CLF", "CLP", "CNY", "COP", "COU", "CRC", "CUC", "CUP", "CVE", "CYP", "CZK", "DJF", "DKK", "DOP",
    "DZD", "EEK", "EGP", "ERN", "ETB", "EUR", "FJD", "FKP", "GBP", "GEL", "GHS", "GIP", "GMD", "GNF", "GTQ",
    "GYD", "HKD", "HNL", "HRK", "HTG", "HUF", "IDR", "ILS", "INR", "IQD", "IRR", "ISK", "JMD", "JOD", "JPY",
    "KES", "KGS", "KHR", "KMF", "KPW", "KRW", "KWD", "KYD", "KZT", "LAK", "LBP", "LKR", "LRD", "LSL", "LTL",
    "LVL", "LYD", "MAD", "MDL", "MGA", "MKD", "MMK", "MNT", "MOP", "MRU", "MTL", "MUR", "MVR", "MWK", "MXN",
    "MXV", "MYR", "MZN", "NAD", "NGN", "NIO", "NOK", "NPR", "NZD", "OMR", "PAB", "PEN", "PGK", "PHP", "PKR",
    "PLN", "PYG", "QAR", "ROL", "RON", "RSD", "RUB", "RWF", "SAR", "SBD", "SCR", "SDG", "SEK", "SGD", "SHP",
    "SIT", "SKK", "SLE", "SLL", "SOS", "SRD", "SSP", "STN", "SVC", "SYP", "SZL", "THB", "TJS", "TMT", "TND",
    "TOP", "TRL", "TRY", "TTD", "TWD", "TZS", "UAH", "UGX", "USD", "USN", "UYI", "UYU", "UYW", "UZS", "VED",
    "VES", "VND", "VUV", "WST", "XAF", "XCD", "XCG", "XOF", "XPF", "YER", "ZAR", "ZMW", "ZWG", "ZWL"};

constexpr std::array<std::string_view, 17> k_zero_digits = {"BIF", "CLP", "DJF", "GNF", "ISK", "JPY",
                                                            "KMF", "KRW", "PYG", "RWF", "UGX", "UYI",
                                                            "VND", "VUV", "XAF", "XOF", "XPF"};
constexpr std::array<std::string_view, 7> k_three_digits = {"BHD", "IQD", "JOD", "KWD", "LYD", "OMR", "TND"};
constexpr std::array<std::string_view, 2> k_four_digits = {"CLF", "UYW"};

template <std::size_t N>
bool listed(const std::array<std::string_view, N>& codes, std::string_view code) {
    return std::binary_search(codes.begin(), codes.end(), code);
}

// A rate refused, with the reason alone, so that a fraction's message can name the whole
// fraction and the reason of its side.
class BadRate : public InvalidInput {
public:
    BadRate(const std::string& message, std::string why) : InvalidInput(message), m_why(std::move(why)) {}
    const std::string& why() const { return m_why; }

private:
    std::string m_why;
};

[[noreturn]] void bad_rate(std::string_view text, std::string_view why) {
    // TRANSLATORS: the first {} is the rate as typed, the second why it is refused.
    throw BadRate(trf("invalid rate '{}': {}", text, why), std::string(why));
}

Ratio reduced(Wide numerator, Wide denominator, std::string_view text) {
    Wide a = numerator, b = denominator;
    while (b != 0) {
        const Wide r = a % b;
        a = b;
        b = r;
    }
    if (a > 1) {
        numerator /= a;
        denominator /= a;
    }
    constexpr Wide k_max = INT64_MAX;
    if (numerator > k_max || denominator > k_max) bad_rate(text, tr("too precise to keep exactly"));
    return Ratio{static_cast<std::int64_t>(numerator), static_cast<std::int64_t>(denominator)};
}

Wide power_of_ten(int n) {
    Wide p = 1;
    for (int i = 0; i < n; ++i) p *= 10;
    return p;
}

}  // namespace

std::string parse_currency(std::string_view text) {
    std::string code;
    for (char c : text) code += (c >= 'a' && c <= 'z') ? static_cast<char>(c - 'a' + 'A') : c;
    if (code.size() != 3 || !listed(k_codes, code))
        throw InvalidInput(trf("invalid currency '{}': expected an ISO 4217 code such as EUR, RON or USD", text));
    return code;
}

std::string parse_record_currency(std::string_view text) { return parse_currency(text); }

Money parse_amount_in(std::string_view text, std::string_view currency, Sign sign) {
    return parse_money(text, sign, minor_digits(currency));
}

void check_amount_form(std::string_view text, Sign sign) {
    try {
        parse_money(text, sign);
    } catch (const InvalidInput&) {
        for (int digits : {0, 3, 4}) try {
                parse_money(text, sign, digits);
                return;
            } catch (const InvalidInput&) {
            }
        throw;
    }
}

std::string format_amount(Money amount, std::string_view currency) {
    return localize_number(format_money_grouped(amount, minor_digits(currency)), current_language());
}
std::string format_amount_plain(Money amount, std::string_view currency) {
    return format_money_plain(amount, minor_digits(currency));
}

std::string record_currency(std::string_view asked, const std::string& client_currency, const std::string& base) {
    if (!asked.empty()) return parse_record_currency(asked);
    return client_currency.empty() ? base : client_currency;
}

void require_currency_of(std::string_view what, const std::string& given, const std::string& parents) {
    if (!given.empty() && given != parents)
        // TRANSLATORS: "a refund of deal 5 is in EUR, not RON: it takes the currency of what it pays or
        // refunds": what is recorded (said by the caller), then two currency codes.
        throw InvalidInput(trf("{} is in {}, not {}: it takes the currency of what it pays or refunds", what, parents, given));
}

namespace {
std::string g_base_currency;
}  // namespace

void set_base_currency(std::string_view code) { g_base_currency = code; }

int minor_digits(std::string_view currency) {
    if (currency == g_base_currency) return k_minor_digits;
    if (listed(k_zero_digits, currency)) return 0;
    if (listed(k_three_digits, currency)) return 3;
    if (listed(k_four_digits, currency)) return 4;
    return 2;
}

namespace {

// The reason a rate typed in a language with a decimal comma is not a number.
std::string local_rate_form() {
    // TRANSLATORS: shown in a language that writes a decimal comma, where 4,9750 and 4.9750 are
    // read: write the examples in your language's form.
    return tr("expected a number such as 4,9750 or 1/1,0850, without a sign");
}

// A decimal of at most `max_digits` significant digits: 10 for a rate as typed, 18 for a
// side of an exact fraction (what format_rate_exact writes for a crossed rate). `local`:
// the text was typed in the language's form (parse_rate), and a bad form is said in it.
Ratio parse_decimal_rate(std::string_view text, std::size_t max_digits = 10, bool local = false) {
    if (text.empty()) bad_rate(text, local ? local_rate_form() : tr("expected a number such as 4.9750"));
    const auto dot = text.find('.');
    std::string_view whole = text.substr(0, dot);
    std::string_view fraction = dot == std::string_view::npos ? "" : text.substr(dot + 1);
    if (whole.empty() || (dot != std::string_view::npos && fraction.empty()))
        bad_rate(text, local ? local_rate_form() : tr("expected digits on both sides of '.', as in 0.2010"));
    for (char c : std::string(whole) + std::string(fraction))
        if (c < '0' || c > '9')
            bad_rate(text, local ? local_rate_form() : tr("expected a plain decimal number such as 4.9750 (no sign, no ',')"));
    while (!fraction.empty() && fraction.back() == '0') fraction.remove_suffix(1);
    std::string digits = std::string(whole) + std::string(fraction);
    digits.erase(0, std::min(digits.find_first_not_of('0'), digits.size()));
    if (digits.empty()) bad_rate(text, tr("a rate is more than 0"));
    if (digits.size() > max_digits)
        bad_rate(text, max_digits == 10 ? tr("at most 10 significant digits") : tr("at most 18 digits on each side of '/'"));
    if (fraction.size() > 18) bad_rate(text, tr("too many decimals"));
    Wide numerator = 0;
    for (char c : digits) numerator = numerator * 10 + (c - '0');
    return reduced(numerator, power_of_ten(static_cast<int>(fraction.size())), text);
}

}  // namespace

namespace {

// A rate or a side of its fraction typed in the language's form (local_input()) as the
// strict form: "0,92" -> "0.92", "16.250,5" -> "16250.5" in Italian, "16 250,5" in French.
// Where '.' groups thousands, "1.085" is refused: 1085 to the language, 1.085 to every
// rate written the English way (as "12.500" in a currency of 3 decimals, core/money.h).
std::string local_rate_text(std::string_view whole_text, std::string_view side) {
    side = trim(side);
    // A sign is refused as a sign, and a leading 0 never starts a group: "0.085" is a decimal.
    if (side.empty() || side[0] == '-' || side[0] == '+' || (side[0] == '0' && side.find('.') != std::string_view::npos))
        return std::string(side);
    const auto plain = local_plain_number(side);
    if (!plain || *plain == side) return std::string(side);
    if (side.find(',') == std::string_view::npos && std::count(side.begin(), side.end(), '.') == 1) {
        std::string comma(side);
        comma[comma.find('.')] = ',';
        // TRANSLATORS: "invalid rate '1.085': in Italian '.' separates thousands; write 1,085 with the
        // decimal comma, or 1085": the rate as typed, the language's name, the rate with a decimal
        // comma, then without the '.'.
        throw InvalidInput(trf("invalid rate '{}': in {} '.' separates thousands; write {} with the decimal comma, or {}",
                               whole_text, language_name(current_language()), comma, *plain));
    }
    return *plain;
}

}  // namespace

Ratio parse_rate(std::string_view text) {
    const bool local = local_input();
    // A side as the strict form reads it: in the language's form when one is spoken.
    auto side = [&](std::string_view s) { return local ? local_rate_text(text, s) : std::string(s); };
    const auto slash = text.find('/');
    try {
        if (slash == std::string_view::npos) return parse_decimal_rate(side(text), 10, local);
        const Ratio top = parse_decimal_rate(side(text.substr(0, slash)), 18, local);
        const Ratio bottom = parse_decimal_rate(side(text.substr(slash + 1)), 18, local);
        return reduced(static_cast<Wide>(top.numerator) * bottom.denominator,
                       static_cast<Wide>(top.denominator) * bottom.numerator, text);
    } catch (const BadRate& e) {
        // Name the rate as typed (the whole fraction), then what was wrong with it.
        bad_rate(text, e.why());
    }
}

std::string format_rate_shown(const Ratio& rate) { return localize_number(format_rate(rate), current_language()); }

std::string format_rate_exact(const Ratio& rate) {
    const std::string decimal = format_rate(rate);
    try {
        if (parse_decimal_rate(decimal) == rate) return decimal;
    } catch (const InvalidInput&) {  // more than 10 digits before the point
    }
    return fmt::format("{}/{}", rate.numerator, rate.denominator);
}

std::string format_rate(const Ratio& rate) {
    // Long division, stopping at 10 significant digits (rounding half up on the next).
    Wide whole = rate.numerator / rate.denominator;
    Wide remainder = rate.numerator % rate.denominator;
    std::string integer = fmt::format("{}", static_cast<long long>(whole));
    int significant = whole == 0 ? 0 : static_cast<int>(integer.size());
    std::string decimals;
    while (remainder != 0 && significant < 10) {
        remainder *= 10;
        const int digit = static_cast<int>(remainder / rate.denominator);
        remainder %= rate.denominator;
        decimals += static_cast<char>('0' + digit);
        if (significant > 0 || digit != 0) ++significant;
    }
    if (remainder != 0 && remainder * 10 / rate.denominator >= 5) {
        // Round up, carrying through the decimals and into the integer part.
        int i = static_cast<int>(decimals.size()) - 1;
        for (; i >= 0; --i) {
            if (decimals[static_cast<std::size_t>(i)] == '9') {
                decimals[static_cast<std::size_t>(i)] = '0';
            } else {
                ++decimals[static_cast<std::size_t>(i)];
                break;
            }
        }
        if (i < 0) integer = fmt::format("{}", static_cast<long long>(whole + 1));
    }
    while (!decimals.empty() && decimals.back() == '0') decimals.pop_back();
    return decimals.empty() ? integer : integer + "." + decimals;
}

std::optional<Ratio> governing_rate(const std::vector<Rate>& rates, Date day) {
    auto after = std::upper_bound(rates.begin(), rates.end(), day, [](Date d, const Rate& r) { return d < r.from; });
    if (after == rates.begin()) return std::nullopt;
    return std::prev(after)->value;
}

Money convert(Money amount, const Ratio& rate, int from_digits, int to_digits) {
    // base minor = amount minor * numerator * 10^to / (denominator * 10^from)
    Wide product = 0;
    if (__builtin_mul_overflow(static_cast<Wide>(amount.minor), static_cast<Wide>(rate.numerator), &product) ||
        __builtin_mul_overflow(product, power_of_ten(to_digits), &product))
        throw AmountOverflow();
    const Wide divisor = static_cast<Wide>(rate.denominator) * power_of_ten(from_digits);
    Wide quotient = product / divisor;
    const Wide remainder = product % divisor;
    if ((remainder < 0 ? -remainder : remainder) * 2 >= divisor) quotient += product < 0 ? -1 : 1;
    if (quotient > INT64_MAX || quotient < -INT64_MAX) throw AmountOverflow();
    return Money{static_cast<std::int64_t>(quotient)};
}

std::string no_rate_message(std::string_view currency, Date day) {
    // TRANSLATORS: "no USD rate on or before 2026-11-20; add one: acct rate add USD 2026-11-20
    // RATE": a currency code and a day, twice (the command stays as it is).
    return trf("no {} rate on or before {}; add one: acct rate add {} {} RATE", currency, format_date(day), currency,
               format_date(day));
}

std::vector<RateRow> rates_from_ecb(const std::vector<std::vector<std::string>>& records,
                                    const std::vector<std::size_t>& lines, std::string_view file, std::string_view base) {
    std::vector<RateRow> rows;
    if (records.empty()) return rows;
    const auto trimmed = [](const std::string& s) {
        const auto first = s.find_first_not_of(" \t\r");
        if (first == std::string::npos) return std::string();
        return s.substr(first, s.find_last_not_of(" \t\r") - first + 1);
    };
    const auto where = [&](std::size_t line, std::size_t column) { return fmt::format("{}:{}:{}", file, line, column); };
    std::vector<std::string> header;
    for (const auto& cell : records.front()) header.push_back(trimmed(cell));
    if (header.empty() || header.front() != "Date")
        // TRANSLATORS: {} is FILE:LINE:COLUMN.
        throw InvalidInput(trf("{}: not an ECB rates file: its first column is not 'Date'", where(lines.empty() ? 1 : lines[0], 1)));
    std::vector<std::string> codes;
    std::optional<std::size_t> base_column;
    for (std::size_t c = 1; c < header.size(); ++c) {
        if (header[c].empty() && c + 1 == header.size()) {
            codes.emplace_back();  // the trailing comma of the ECB's own file
            continue;
        }
        try {
            codes.push_back(parse_currency(header[c]));
        } catch (const InvalidInput& e) {
            throw InvalidInput(fmt::format("{}: {}", where(lines.empty() ? 1 : lines[0], c + 1), e.what()));
        }
        if (codes.back() == base) base_column = c;
    }
    for (std::size_t r = 1; r < records.size(); ++r) {
        std::vector<std::string> cells;
        for (const auto& cell : records[r]) cells.push_back(trimmed(cell));
        const std::size_t line = r < lines.size() ? lines[r] : r + 1;
        if (cells.empty() || (cells.size() == 1 && cells[0].empty())) continue;
        const auto day = try_parse_iso_date(cells[0]);
        if (!day)
            // TRANSLATORS: the first {} is FILE:LINE:COLUMN, the second the cell.
            throw InvalidInput(trf("{}: invalid date '{}': expected YYYY-MM-DD", where(line, 1), cells[0]));
        // Each cell: units of that currency per 1 EUR, or N/A.
        const auto per_eur = [&](std::size_t c) -> std::optional<Ratio> {
            if (c >= cells.size() || cells[c].empty() || cells[c] == "N/A") return std::nullopt;
            try {
                return parse_rate(cells[c]);
            } catch (const InvalidInput& e) {
                throw InvalidInput(fmt::format("{}: {}", where(line, c + 1), e.what()));
            }
        };
        std::optional<Ratio> base_per_eur = Ratio{1, 1};
        if (base != "EUR") {
            if (!base_column)
                // TRANSLATORS: the first {} is FILE:LINE:COLUMN, the second the base currency's code.
                throw InvalidInput(trf("{}: the file has no {} column to cross the rates through",
                                       where(lines.empty() ? 1 : lines[0], 1), base));
            base_per_eur = per_eur(*base_column);
            if (!base_per_eur) continue;
            rows.push_back({"EUR", *day, *base_per_eur, line, *base_column + 1});
        }
        for (std::size_t c = 1; c < header.size(); ++c) {
            if (codes[c - 1].empty() || codes[c - 1] == base) continue;
            const auto value = per_eur(c);
            if (!value) continue;
            // 1 CUR = (base per EUR) / (CUR per EUR) units of the base.
            const Wide numerator = static_cast<Wide>(base_per_eur->numerator) * value->denominator;
            const Wide denominator = static_cast<Wide>(base_per_eur->denominator) * value->numerator;
            try {
                rows.push_back({codes[c - 1], *day, reduced(numerator, denominator, cells[c]), line, c + 1});
            } catch (const InvalidInput& e) {
                throw InvalidInput(fmt::format("{}: {}", where(line, c + 1), e.what()));
            }
        }
    }
    return rows;
}

}  // namespace acctool
