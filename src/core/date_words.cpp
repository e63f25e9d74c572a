#include "core/date_words.h"

#include <array>
#include <string>
#include <vector>

#include "core/i18n.h"
#include "core/names.h"

namespace acctool {
namespace chr = std::chrono;
namespace {

// Each weekday, Sunday first (c_encoding), with its names and abbreviations in English,
// Romanian, Italian, Greek, Russian and French. None of them names another day in another
// language: "mar" is Tuesday in ro, it and fr alike.
// (Rows are padded with empty words, which never match.)
using Words = std::array<std::string_view, 13>;
constexpr std::array<Words, 7> k_weekday_words{{
    {"sunday", "sun", "duminică", "dum", "domenica", "dom", "Κυριακή", "Κυρ", "воскресенье", "вс",
     "dimanche", "dim"},
    {"monday", "mon", "luni", "lun", "lunedì", "Δευτέρα", "Δευ", "понедельник", "пн", "lundi"},
    {"tuesday", "tue", "marți", "mar", "martedì", "Τρίτη", "Τρι", "вторник", "вт", "mardi"},
    {"wednesday", "wed", "miercuri", "mie", "mercoledì", "mer", "Τετάρτη", "Τετ", "среда", "среду", "ср",
     "mercredi"},
    {"thursday", "thu", "joi", "giovedì", "gio", "Πέμπτη", "Πεμ", "четверг", "чт", "jeudi", "jeu"},
    {"friday", "fri", "vineri", "vin", "venerdì", "ven", "Παρασκευή", "Παρ", "пятница", "пятницу", "пт",
     "vendredi"},
    {"saturday", "sat", "sâmbătă", "sâm", "sabato", "sab", "Σάββατο", "Σαβ", "суббота", "субботу", "сб",
     "samedi", "sam"},
}};

struct RelativeDay {
    int offset;
    Words words;
};
constexpr std::array<RelativeDay, 3> k_relative_days{{
    {0, {"today", "azi", "astăzi", "oggi", "σήμερα", "сегодня", "aujourd'hui"}},
    {-1, {"yesterday", "ieri", "χθες", "χτες", "вчера", "hier"}},
    {1, {"tomorrow", "mâine", "domani", "αύριο", "завтра", "demain"}},
}};

// The keys of a list of words, folded once.
std::vector<std::string> keys_of(const Words& words) {
    std::vector<std::string> keys;
    for (std::string_view w : words)
        if (!w.empty()) keys.push_back(match_key(w, NameKind::Person));
    return keys;
}

bool has(const std::vector<std::string>& keys, const std::string& key) {
    for (const auto& k : keys)
        if (k == key) return true;
    return false;
}

}  // namespace

std::optional<chr::weekday> weekday_word(std::string_view text) {
    static const auto keys = [] {
        std::array<std::vector<std::string>, 7> out;
        for (std::size_t i = 0; i < out.size(); ++i) out[i] = keys_of(k_weekday_words[i]);
        return out;
    }();
    const std::string key = match_key(text, NameKind::Person);
    for (unsigned i = 0; i < keys.size(); ++i)
        if (has(keys[i], key)) return chr::weekday{i};
    return std::nullopt;
}

std::optional<int> relative_day_word(std::string_view text) {
    static const auto keys = [] {
        std::array<std::vector<std::string>, k_relative_days.size()> out;
        for (std::size_t i = 0; i < out.size(); ++i) out[i] = keys_of(k_relative_days[i].words);
        return out;
    }();
    const std::string key = match_key(text, NameKind::Person);
    for (std::size_t i = 0; i < keys.size(); ++i)
        if (has(keys[i], key)) return k_relative_days[i].offset;
    return std::nullopt;
}

DateWordsShown date_words_shown(Language language) {
    switch (language) {
        case Language::En: break;
        case Language::Ro: return {"azi", "ieri", "mâine", "lun", "dum"};
        case Language::It: return {"oggi", "ieri", "domani", "lun", "dom"};
        case Language::El: return {"σήμερα", "χθες", "αύριο", "Δευ", "Κυρ"};
        case Language::Ru: return {"сегодня", "вчера", "завтра", "пн", "вс"};
        case Language::Fr: return {"aujourd'hui", "hier", "demain", "lun", "dim"};
    }
    return {"today", "yesterday", "tomorrow", "mon", "sun"};
}

const char* weekday_short_name(chr::weekday day) {
    static constexpr std::array<const char*, 7> k_names{
        NC_("weekday", "Sun"), NC_("weekday", "Mon"), NC_("weekday", "Tue"), NC_("weekday", "Wed"),
        NC_("weekday", "Thu"), NC_("weekday", "Fri"), NC_("weekday", "Sat")};
    return trc("weekday", k_names[day.c_encoding() % 7]);
}

const char* weekday_long_name(chr::weekday day) {
    static constexpr std::array<const char*, 7> k_names{
        NC_("weekday", "Sunday"),   NC_("weekday", "Monday"), NC_("weekday", "Tuesday"), NC_("weekday", "Wednesday"),
        NC_("weekday", "Thursday"), NC_("weekday", "Friday"), NC_("weekday", "Saturday")};
    return trc("weekday", k_names[day.c_encoding() % 7]);
}

const char* month_long_name(chr::month month) {
    static constexpr std::array<const char*, 12> k_names{
        NC_("month", "January"), NC_("month", "February"), NC_("month", "March"),     NC_("month", "April"),
        NC_("month", "May"),     NC_("month", "June"),     NC_("month", "July"),      NC_("month", "August"),
        NC_("month", "September"), NC_("month", "October"), NC_("month", "November"), NC_("month", "December")};
    return trc("month", k_names[(unsigned(month) + 11) % 12]);
}

const char* month_name_after_day(chr::month month) {
    // TRANSLATORS: a month after a day's number, as in "6 May" (a birthday); the genitive
    // where the language has one (Greek "Μαΐου", Russian "мая").
    static constexpr std::array<const char*, 12> k_names{
        NC_("day month", "January"), NC_("day month", "February"), NC_("day month", "March"),
        NC_("day month", "April"),   NC_("day month", "May"),      NC_("day month", "June"),
        NC_("day month", "July"),    NC_("day month", "August"),   NC_("day month", "September"),
        NC_("day month", "October"), NC_("day month", "November"), NC_("day month", "December")};
    return trc("day month", k_names[(unsigned(month) + 11) % 12]);
}

}  // namespace acctool
