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

}  // namespace acctool
