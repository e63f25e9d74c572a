#pragma once
// Text for people in the user's language: GNU gettext, text domain "acct" (man page,
// LANGUAGES). Which language, and where the catalogs are, is set once at start-up
// (config/language); until then, and in the C locale, every call gives back the English.
//
//   tr("text")                      a literal, translated
//   trf("no client named '{}'", x)  translated, then formatted (fmt syntax)
//   trn("{} deal", "{} deals", n, n) the plural form for n, then formatted
//   trcf("touch", "delete {}", x)   as trf, in a context: one English text, a translation
//                                   for each context (an article that differs, say)
//   N_("text"), NC_("ctx", "text")  only mark a literal for xgettext; it is translated
//                                   where it is shown, by tr(text) or trc("ctx", text)
//
// CSV, TSV, JSON and XLSX column names and values, reason tokens and ICS text without
// owner.language never go through these: machine formats are the same in every language.
// The xgettext keywords for these names live in tools/messages.sh.
#include <string>
#include <string_view>
#include <utility>

#include <fmt/format.h>

#define N_(text) text
#define NC_(context, text) text

namespace acctool {

inline constexpr const char* k_text_domain = "acct";

const char* tr(const char* msgid);
// The translation of `msgid` in `context` (marked NC_), or msgid itself.
const char* trc(const char* context, const char* msgid);
const char* tr_plural(const char* one, const char* many, unsigned long n);

// A token as the tables show it: `token` is one of the NC_("token", ...) literals an
// enum's to_string gives (so its data() ends in NUL), translated.
inline const char* token_word(std::string_view token) { return trc("token", token.data()); }

// Whether tr() and its kin look anything up: off until config/language turns it on for a
// language other than English, so that English costs nothing.
void set_translating(bool on);
bool translating();

// Within its scope every text is the English, whatever the language: for output that must
// not follow the environment (the ICS calendar without owner.language).
class EnglishScope {
public:
    EnglishScope() : m_was(translating()) { set_translating(false); }
    ~EnglishScope() { set_translating(m_was); }
    EnglishScope(const EnglishScope&) = delete;
    EnglishScope& operator=(const EnglishScope&) = delete;

private:
    bool m_was;
};

namespace detail {
// A catalog whose entry does not fit its arguments (a broken placeholder) must never cost
// the message: the English is formatted instead.
template <class... Args>
std::string format_translated(const char* translated, const char* english, Args&&... args) {
    if (translated != english) {
        try {
            return fmt::format(fmt::runtime(translated), args...);
        } catch (const fmt::format_error&) {
        }
    }
    return fmt::format(fmt::runtime(english), std::forward<Args>(args)...);
}
}  // namespace detail

template <class... Args>
std::string trf(const char* msgid, Args&&... args) {
    return detail::format_translated(tr(msgid), msgid, std::forward<Args>(args)...);
}

template <class... Args>
std::string trcf(const char* context, const char* msgid, Args&&... args) {
    return detail::format_translated(trc(context, msgid), msgid, std::forward<Args>(args)...);
}

template <class... Args>
std::string trn(const char* one, const char* many, unsigned long n, Args&&... args) {
    return detail::format_translated(tr_plural(one, many, n), n == 1 ? one : many, std::forward<Args>(args)...);
}

}  // namespace acctool
