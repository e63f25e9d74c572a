#pragma once
// The local forms of numbers, dates and yes/no words found in the spreadsheets of the
// five countries (the import's --locale): each turned into the strict form the rest of
// the program reads ("12 000,50" -> "12000.50", "23.11.2026" -> "2026-11-23", "да" -> "yes").
#include <optional>
#include <string>
#include <string_view>

namespace acctool {

struct ImportLocale {
    std::string name;        // ro, it, el, ru, fr
    bool dot_groups = false;  // "12.000,50" (ro, it, el); otherwise spaces group (ru, fr)
};

// "ro", "it", "el", "ru" or "fr" (case-insensitive); throws InvalidInput naming the value.
ImportLocale parse_import_locale(std::string_view text);

// A number cell in the locale's form as the strict form: decimal comma, groups of three
// split by the locale's separator (spaces include U+00A0 and U+202F). Throws InvalidInput
// for a cell the locale does not read. Without a locale (nullptr) the cell is returned as
// it is, but a cell that only a locale reads throws, saying which --locale reads it.
std::string local_number(std::string_view cell, const ImportLocale* locale);

// A date cell "DD.MM.YYYY" or "DD/MM/YYYY" (day first) as "YYYY-MM-DD" under a locale;
// any other cell is returned trimmed, for the strict reader to judge. Without a locale,
// such a day-first cell throws InvalidInput saying which --locale reads it.
std::string local_date(std::string_view cell, const ImportLocale* locale);

// A yes/no word of the five languages and English (yes/no, y/n, true/false, 1/0, da/d/nu,
// sì/s/no, ναι/όχι, да/д/нет/н, oui/non), in any case and with or without accents; nullopt
// for anything else.
std::optional<bool> yes_no_word(std::string_view text);

// What a person types on the command line (man page: LANGUAGES) is read in the chosen
// language's form when one other than English is chosen and no StrictAmounts exists (an
// import reads its cells by its --locale alone). Each reader below says what it reads then.
bool local_input();

// A number written in the chosen language's form ("12.000,50" in ro, it, el; "12 000,50"
// with spaces, U+00A0 or U+202F in fr, ru) as the strict form ("12000.50"); nullopt when
// local_input() is false or `text` is not of that form. A text the form leaves as it is
// ("4", "0.9216") comes back unchanged.
std::optional<std::string> local_plain_number(std::string_view text);

// A ratio or a percentage as a person types it (probability, discount): under
// local_input(), the decimal comma is read as the point ("0,35" -> "0.35", "10,5%" ->
// "10.5%") and a space, U+00A0 or U+202F before a final '%' is dropped ("35 %" -> "35%").
// Anything else, and everything when local_input() is false, comes back trimmed.
std::string local_ratio(std::string_view text);

}  // namespace acctool
