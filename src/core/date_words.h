#pragma once
// The words of dates, in one home: those a person may type (weekdays and today, yesterday,
// tomorrow in English and the five languages, accepted whatever the language, since they
// never mean different days) and the names shown (weekdays and months, translated from the
// English marked NC_("weekday", ...) and NC_("month", ...)). Machine formats show none.
#include <chrono>
#include <optional>
#include <string_view>

#include "core/language.h"

namespace acctool {

// "vendredi", "ven", "Παρασκευή", "пт", "vineri", "Fri": case, accents and marks do not
// matter (folded as names are, core/names.h); nullopt for anything else.
std::optional<std::chrono::weekday> weekday_word(std::string_view text);
// "azi", "oggi", "σήμερα", "сегодня", "aujourd'hui" 0; "ieri", "χθες", "вчера", "hier" -1;
// "mâine", "domani", "αύριο", "завтра", "demain" +1 (English included); nullopt otherwise.
std::optional<int> relative_day_word(std::string_view text);

// The words of a language a date may be typed as, for the message that lists them: today,
// yesterday and tomorrow, then the abbreviations of Monday and Sunday ("oggi", "ieri",
// "domani", "lun", "dom" in Italian; English "today" ... "sun"). Each is one that
// relative_day_word and weekday_word read.
struct DateWordsShown {
    std::string_view today, yesterday, tomorrow, monday, sunday;
};
DateWordsShown date_words_shown(Language language);

// "Mon" ... "Sun" and "Monday" ... "Sunday" in the language being spoken.
const char* weekday_short_name(std::chrono::weekday day);
const char* weekday_long_name(std::chrono::weekday day);
// "May" in the language being spoken, on its own (a heading).
const char* month_long_name(std::chrono::month month);
// "May" after a day's number ("6 May"): the genitive in Greek and Russian ("6 мая").
const char* month_name_after_day(std::chrono::month month);

}  // namespace acctool
