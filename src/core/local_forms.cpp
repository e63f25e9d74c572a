#include "core/local_forms.h"

#include <algorithm>
#include <array>
#include <cstdio>

#include "core/errors.h"
#include "core/i18n.h"
#include "core/language.h"
#include "core/money.h"
#include "core/names.h"
#include "core/text.h"

namespace acctool {
namespace {

std::string quoted(std::string_view text) { return "'" + std::string(text) + "'"; }

bool is_digit(char c) { return c >= '0' && c <= '9'; }

// The length of a space-like group separator at `i` (space, U+00A0, U+202F), or 0.
std::size_t space_at(std::string_view s, std::size_t i) {
    if (s[i] == ' ') return 1;
    if (s.substr(i, 2) == "\xC2\xA0") return 2;
    if (s.substr(i, 3) == "\xE2\x80\xAF") return 3;
    return 0;
}

// Reads "[sign]digits[groups][,decimals]" with `dot_groups` or space groups (the first
// group 1 to 3 digits, not starting with 0; the others 3); nullopt when the cell is not
// of that form.
std::optional<std::string> read_comma_number(std::string_view body, bool dot_groups) {
    std::string out;
    std::size_t i = 0;
    if (!body.empty() && (body[0] == '-' || body[0] == '+')) out += body[i++];
    std::string whole;
    std::size_t group_len = 0;
    int groups = 0;
    bool first_group = true;
    while (i < body.size()) {
        if (is_digit(body[i])) {
            whole += body[i++];
            ++group_len;
            continue;
        }
        std::size_t sep = dot_groups ? (body[i] == '.' ? 1 : 0) : space_at(body, i);
        if (sep == 0) break;
        if (group_len == 0) return std::nullopt;
        if (first_group) {
            // A grouped number never starts with 0 ("0.920", "01.000" are no thousands).
            if (group_len > 3 || whole.front() == '0') return std::nullopt;
            first_group = false;
        } else if (group_len != 3) {
            return std::nullopt;
        }
        ++groups;
        group_len = 0;
        i += sep;
    }
    if (whole.empty() || (groups > 0 && group_len != 3)) return std::nullopt;
    out += whole;
    if (i < body.size()) {
        if (body[i] != ',') return std::nullopt;
        std::string_view decimals = body.substr(i + 1);
        if (decimals.empty()) return std::nullopt;
        for (char c : decimals)
            if (!is_digit(c)) return std::nullopt;
        out += '.';
        out += decimals;
    }
    return out;
}

bool strict_reads(std::string_view cell) {
    try {
        parse_money_strict(cell, Sign::Any);
        return true;
    } catch (const InvalidInput&) {
        return false;
    }
}

struct DayFirst {
    int day, month, year;
};

// "DD.MM.YYYY" or "DD/MM/YYYY" (one- or two-digit day and month).
std::optional<DayFirst> day_first(std::string_view s) {
    auto number = [&](std::size_t& i, std::size_t min, std::size_t max) -> std::optional<int> {
        std::size_t start = i;
        int v = 0;
        while (i < s.size() && is_digit(s[i]) && i - start < max) v = v * 10 + (s[i++] - '0');
        if (i - start < min) return std::nullopt;
        return v;
    };
    std::size_t i = 0;
    auto d = number(i, 1, 2);
    if (!d || i >= s.size() || (s[i] != '.' && s[i] != '/')) return std::nullopt;
    const char sep = s[i++];
    auto m = number(i, 1, 2);
    if (!m || i >= s.size() || s[i] != sep) return std::nullopt;
    ++i;
    auto y = number(i, 4, 4);
    if (!y || i != s.size()) return std::nullopt;
    return DayFirst{*d, *m, *y};
}

}  // namespace

ImportLocale parse_import_locale(std::string_view text) {
    const std::string name = ascii_lower(trim(text));
    if (name == "ro" || name == "it" || name == "el") return {name, true};
    if (name == "ru" || name == "fr") return {name, false};
    // TRANSLATORS: {} is the value as typed, in quotes.
    throw InvalidInput(trf("invalid locale {}: expected ro, it, el, ru or fr", quoted(text)));
}

std::string local_number(std::string_view cell, const ImportLocale* locale) {
    std::string_view body = trim(cell);
    if (body.size() > 1 && body.back() == '%') {  // a probability: "35%", "12,5 %"
        body.remove_suffix(1);
        while (!body.empty() && space_at(body, body.size() - 1) == 1) body.remove_suffix(1);
        if (body.size() >= 2 && body.substr(body.size() - 2) == "\xC2\xA0") body.remove_suffix(2);
        if (body.size() >= 3 && body.substr(body.size() - 3) == "\xE2\x80\xAF") body.remove_suffix(3);
        return local_number(body, locale) + "%";
    }
    if (locale == nullptr) {
        if (body.find(',') == std::string_view::npos || strict_reads(body)) return std::string(body);
        for (bool dots : {true, false})
            if (auto n = read_comma_number(body, dots))
                // TRANSLATORS: "'12.000,50' has a decimal comma: --locale ro, it or el reads it as
                // 12000.50": the cell in quotes, then the number as acct reads it.
                throw InvalidInput(dots ? trf("{} has a decimal comma: --locale ro, it or el reads it as {}", quoted(body), *n)
                                        // TRANSLATORS: "'12 000,50' has a decimal comma: --locale ru or fr reads it
                                        // as 12000.50": the cell in quotes, then the number as acct reads it.
                                        : trf("{} has a decimal comma: --locale ru or fr reads it as {}", quoted(body), *n));
        return std::string(body);
    }
    if (body.empty()) return {};
    if (auto n = read_comma_number(body, locale->dot_groups)) return *n;
    if (locale->dot_groups)
        throw InvalidInput(
            // TRANSLATORS: "invalid number '12,000.50' for --locale it: expected a form such as
            // 12.000,50 or 0,5": the cell in quotes, the locale as typed.
            trf("invalid number {} for --locale {}: expected a form such as 12.000,50 or 0,5", quoted(body), locale->name));
    throw InvalidInput(
        // TRANSLATORS: "invalid number '12,000.50' for --locale fr: expected a form such as
        // 12 000,50 or 0,5": the cell in quotes, the locale as typed.
        trf("invalid number {} for --locale {}: expected a form such as 12 000,50 or 0,5", quoted(body), locale->name));
}

std::string local_date(std::string_view cell, const ImportLocale* locale) {
    const std::string_view body = trim(cell);
    auto d = day_first(body);
    if (!d) return std::string(body);
    char iso[16];
    std::snprintf(iso, sizeof iso, "%04d-%02d-%02d", d->year, d->month, d->day);
    if (locale == nullptr)
        throw InvalidInput(
            // TRANSLATORS: "'23.11.2026' is a day-first date: --locale ro, it, el, ru or fr reads it
            // as 2026-11-23; or write 2026-11-23": the cell in quotes, then the date twice.
            trf("{} is a day-first date: --locale ro, it, el, ru or fr reads it as {}; or write {}", quoted(body),
                std::string(iso), std::string(iso)));
    return iso;
}

// Folded as names are (core/names.h), so that case and accents do not matter: "Sì", "ΝΑΙ",
// "Όχι", "ДА". The one-letter answers are those no other language reads the other way
// (not the French "o", which looks like the Greek "ο" of όχι). The Greek "ν" and "ο" are
// letters of their own, whatever they look like: a Greek keyboard's answers to [ν/Ο].
std::optional<bool> yes_no_word(std::string_view text) {
    const std::string t = match_key(trim(text), NameKind::Person);
    static constexpr std::array<std::string_view, 13> yes{"yes", "y",   "true", "1",  "da", "d",  "si",
                                                          "s",   "ναι", "ν",    "да", "д",  "oui"};
    static constexpr std::array<std::string_view, 10> no{"no",  "n",  "false", "0", "nu",
                                                         "οχι", "ο",  "нет",   "н", "non"};
    for (auto w : yes)
        if (t == w) return true;
    for (auto w : no)
        if (t == w) return false;
    return std::nullopt;
}

namespace {
int g_strict_amounts = 0;
}  // namespace

StrictAmounts::StrictAmounts() { ++g_strict_amounts; }
StrictAmounts::~StrictAmounts() { --g_strict_amounts; }
bool strict_amounts() { return g_strict_amounts > 0; }

bool local_input() { return current_language() != Language::En && !strict_amounts(); }

std::optional<std::string> local_plain_number(std::string_view text) {
    if (!local_input()) return std::nullopt;
    return read_comma_number(trim(text), number_form(current_language()).group == ".");
}

std::string local_ratio(std::string_view text) {
    std::string_view body = trim(text);
    if (!local_input()) return std::string(body);
    std::string percent;
    if (body.size() > 1 && body.back() == '%') {
        body.remove_suffix(1);
        for (std::size_t n = 1; n <= 3; ++n)  // a space-like separator is 1 to 3 bytes
            if (body.size() > n && space_at(body, body.size() - n) == n) {
                body.remove_suffix(n);
                break;
            }
        percent = "%";
    }
    // One decimal comma between digits, and nothing else: "0,35", "10,5".
    const std::size_t comma = body.find(',');
    if (comma != std::string_view::npos && comma > 0 && comma + 1 < body.size() &&
        body.find_first_not_of("0123456789,") == std::string_view::npos && body.find(',', comma + 1) == std::string_view::npos)
        return std::string(body.substr(0, comma)) + "." + std::string(body.substr(comma + 1)) + percent;
    return std::string(body) + percent;
}

namespace {

// Why an amount that neither the language's form nor the strict rule reads is refused, when
// it looks like a number of a language with a decimal comma: the other grouping's reading
// as it is written in the language ("1 000,50" in Italian: write 1.000,50), else the
// language's form; nullopt when the strict rule's own reason fits better (no ',', no
// other grouping: "12a", ".5").
std::optional<std::string> local_reason(std::string_view text, std::string_view body, Language language, int digits) {
    const bool dot_groups = number_form(language).group == ".";
    if (auto other = read_comma_number(body, !dot_groups)) {
        try {
            const Money m = parse_money_strict(*other, Sign::Any, digits);
            std::string english = format_money_grouped(m, digits);
            if (other->find('.') == std::string::npos) english = english.substr(0, english.find('.'));
            const std::string written = localize_number(english, language);
            if (dot_groups)
                // TRANSLATORS: "invalid amount '1 000,50': in Italian '.' separates thousands; write
                // 1.000,50": the amount as typed, the language's name, then the amount in its form.
                return trf("invalid amount '{}': in {} '.' separates thousands; write {}", text, language_name(language),
                           written);
            // TRANSLATORS: "invalid amount '1.000,50': in French a space separates thousands; write
            // 1 000,50": the amount as typed, the language's name, then the amount in its form.
            return trf("invalid amount '{}': in {} a space separates thousands; write {}", text, language_name(language),
                       written);
        } catch (const InvalidInput&) {
        }
    }
    if (body.find(',') == std::string_view::npos) return std::nullopt;
    // TRANSLATORS: "invalid amount '12,5,0': in Italian ',' is the decimal comma, as in 12.000,50
    // or 0,5": the amount as typed, the language's name, then an amount in its form.
    return trf("invalid amount '{}': in {} ',' is the decimal comma, as in {} or {}", text, language_name(language),
               localize_number("12,000.50", language), localize_number("0.5", language));
}

}  // namespace

Money parse_money(std::string_view text, Sign sign, int digits) {
    const Language language = current_language();
    if (!local_input()) return parse_money_strict(text, sign, digits);
    const std::string_view body = trim(text);
    const bool dot_groups = number_form(language).group == ".";
    // A sign where none is allowed is the strict rule's to refuse, in its words.
    const bool signed_text = !body.empty() && (body[0] == '-' || body[0] == '+');
    std::optional<std::string> plain;
    if (!signed_text || sign == Sign::Any) plain = read_comma_number(body, dot_groups);
    if (!plain && !(signed_text && sign != Sign::Any)) {
        try {
            return parse_money_strict(text, sign, digits);
        } catch (const InvalidInput&) {
            if (auto why = local_reason(text, body, language, digits)) throw InvalidInput(*why);
            throw;
        }
    }
    if (!plain || *plain == body) return parse_money_strict(text, sign, digits);
    if (const std::size_t point = plain->find('.');
        digits == k_minor_digits && point != std::string::npos && plain->size() - point - 1 > 2)
        throw InvalidInput(trf("invalid amount '{}': in {} ',' is the decimal comma, and amounts have at most "
                               "2 decimals; write the amount with 2 decimals at most, such as {}",
                               text, language_name(language), dot_groups ? "12.000,50" : "12 000,50"));
    if (digits != k_minor_digits) {
        // In a currency of 3 decimals, "12.500" is 12 500 to an Italian and 12.5 on the
        // currency's own invoices: refused rather than read one way.
        if (digits == 3 && dot_groups && std::count(body.begin(), body.end(), '.') == 1 &&
            body.find(',') == std::string_view::npos)
            // TRANSLATORS: "invalid amount '12.500': in Italian '.' separates thousands, but amounts in this
            // currency have 3 decimals; write 12500, or 12,5 with the decimal comma": the amount as typed,
            // the language's name, then the amount without its '.'.
            throw InvalidInput(trf("invalid amount '{}': in {} '.' separates thousands, but amounts in this currency "
                                   "have 3 decimals; write {}, or use the decimal comma",
                                   text, language_name(language), *plain));
        const std::size_t point = plain->find('.');
        const std::size_t decimals = point == std::string::npos ? 0 : plain->size() - point - 1;
        if (decimals > static_cast<std::size_t>(digits))
            throw InvalidInput(trf("invalid amount '{}': {}", text, too_many_decimals(decimals, digits)));
        try {
            return parse_money_strict(*plain, sign, digits);
        } catch (const InvalidInput&) {
            throw InvalidInput(trf("invalid amount '{}': {}", text, above_largest(digits)));
        }
    }
    try {
        return parse_money_strict(*plain, sign);
    } catch (const InvalidInput&) {
        throw InvalidInput(trf("invalid amount '{}': amounts are at most 999999999999.99", text));
    }
}

}  // namespace acctool
