#pragma once
// The languages acct speaks (man page: LANGUAGES) and how one is chosen: as every GNU
// program chooses it, from LANGUAGE, LC_ALL, LC_MESSAGES and LANG, with owner.language
// in the config overriding them. The choice is pure; config/language applies it.
#include <array>
#include <optional>
#include <string>
#include <string_view>

namespace acctool {

enum class Language { En, Ro, It, El, Ru, Fr };
// The codes of owner.language and of the catalogs in po/, in enum order.
inline constexpr std::array<std::string_view, 6> k_language_codes{"en", "ro", "it", "el", "ru", "fr"};

inline std::string_view language_code(Language l) { return k_language_codes[static_cast<std::size_t>(l)]; }
// "Romanian": the language's name in the language being spoken, for messages.
const char* language_name(Language l);
// "ro" -> Ro; nullopt for anything that is not one of k_language_codes exactly.
std::optional<Language> parse_language_code(std::string_view code);
// The language of a locale or LANGUAGE entry: "ro_RO.UTF-8", "fr_FR@euro", "ru", "el_GR"
// -> its language; "C", "POSIX" and "C.UTF-8" -> En; nullopt for one acct does not speak.
std::optional<Language> language_of_locale(std::string_view name);

// The environment as the process found it; an unset variable is empty.
struct LanguageEnvironment {
    std::string_view language;     // LANGUAGE: a colon-separated list of preferences
    std::string_view lc_all;       // LC_ALL
    std::string_view lc_messages;  // LC_MESSAGES
    std::string_view lang;         // LANG
};

// owner.language when the config sets it. Otherwise the locale of messages (the first
// non-empty of LC_ALL, LC_MESSAGES, LANG): when it is unset, C or POSIX the answer is En
// and LANGUAGE is ignored, as glibc ignores it; otherwise the first entry of LANGUAGE that
// acct speaks (English included), else, when LANGUAGE is empty, the locale's language.
// Anything acct does not speak is English.
Language choose_language(const LanguageEnvironment& env, std::optional<Language> configured);

// How numbers read in `table` format and in the amounts a person types.
struct NumberForm {
    std::string_view group;    // between groups of three digits: "," "." U+202F U+00A0
    std::string_view decimal;  // "." or ","
};
// en 12,000.50; ro, it, el 12.000,50; fr 12 000,50 with U+202F; ru with U+00A0.
NumberForm number_form(Language l);
// A number written the English way ("12,000.50", "53.8 %", format_money_grouped) in the
// language's form: every ',' a group separator, every '.' the decimal sign. For text for
// people only (a table's cells, a confirmation), never for what is stored or parsed.
std::string localize_number(std::string_view english, Language l);

// The language chosen at start-up (config/language sets it once, before anything is
// shown); En until then, as in the unit tests.
Language current_language();
void set_current_language(Language l);

}  // namespace acctool
