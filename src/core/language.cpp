#include "core/language.h"

#include <algorithm>

#include "core/i18n.h"
#include "core/text.h"

namespace acctool {
namespace {

Language g_current = Language::En;

// glibc's rule: in the "C" locale (POSIX is its other name) LANGUAGE is not looked at.
bool is_c_locale(std::string_view name) { return name == "C" || name == "POSIX"; }

}  // namespace

std::optional<Language> parse_language_code(std::string_view code) {
    const auto* found = std::find(k_language_codes.begin(), k_language_codes.end(), code);
    if (found == k_language_codes.end()) return std::nullopt;
    return static_cast<Language>(found - k_language_codes.begin());
}

std::optional<Language> language_of_locale(std::string_view name) {
    const std::string_view code = name.substr(0, name.find_first_of("_.@"));
    if (code == "C" || code == "POSIX") return Language::En;
    return parse_language_code(ascii_lower(code));
}

Language choose_language(const LanguageEnvironment& env, std::optional<Language> configured) {
    if (configured) return *configured;
    std::string_view locale = env.lc_all;
    if (locale.empty()) locale = env.lc_messages;
    if (locale.empty()) locale = env.lang;
    if (locale.empty() || is_c_locale(locale)) return Language::En;
    if (!env.language.empty()) {
        std::string_view rest = env.language;
        while (!rest.empty()) {
            const std::size_t colon = rest.find(':');
            if (auto l = language_of_locale(rest.substr(0, colon))) return *l;
            rest = colon == std::string_view::npos ? std::string_view() : rest.substr(colon + 1);
        }
        return Language::En;
    }
    return language_of_locale(locale).value_or(Language::En);
}

NumberForm number_form(Language l) {
    switch (l) {
        case Language::En: return {",", "."};
        case Language::Ro:
        case Language::It:
        case Language::El: return {".", ","};
        case Language::Fr: return {"\u202F", ","};
        case Language::Ru: return {"\u00A0", ","};
    }
    return {",", "."};
}

const char* language_name(Language l) {
    static constexpr std::array<const char*, 6> k_names{N_("English"), N_("Romanian"), N_("Italian"),
                                                        N_("Greek"),   N_("Russian"),  N_("French")};
    return tr(k_names[static_cast<std::size_t>(l)]);
}

std::string localize_number(std::string_view english, Language l) {
    if (l == Language::En) return std::string(english);
    const NumberForm form = number_form(l);
    std::string out;
    for (char c : english) {
        if (c == ',') out += form.group;
        else if (c == '.') out += form.decimal;
        else out += c;
    }
    return out;
}

Language current_language() { return g_current; }
void set_current_language(Language l) { g_current = l; }

}  // namespace acctool
