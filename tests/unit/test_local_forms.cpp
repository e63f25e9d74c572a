#include <doctest/doctest.h>

#include "core/encoding.h"
#include "core/errors.h"
#include "core/local_forms.h"

using namespace acctool;

TEST_CASE("numbers in the locales' forms") {
    const ImportLocale ru = parse_import_locale("ru");
    const ImportLocale it = parse_import_locale("IT");
    CHECK(local_number("12 000,50", &ru) == "12000.50");
    CHECK(local_number("12\u00a0000,50", &ru) == "12000.50");
    CHECK(local_number("3\u202f500,75", &ru) == "3500.75");
    CHECK(local_number("0,5", &ru) == "0.5");
    CHECK(local_number("1 234 567", &ru) == "1234567");
    CHECK(local_number("35 %", &ru) == "35%");
    CHECK(local_number("12.000,50", &it) == "12000.50");
    CHECK(local_number("1.500", &it) == "1500");
    CHECK(local_number("", &it).empty());
    CHECK_THROWS_AS(local_number("12.000,50", &ru), InvalidInput);
    CHECK_THROWS_AS(local_number("12.00,50", &it), InvalidInput);
    CHECK_THROWS_AS(local_number("1,2,3", &it), InvalidInput);
    // A group after a leading 0 is no thousands: 0.920 is not 920.
    CHECK(local_number("0,920", &it) == "0.920");
    CHECK_THROWS_AS(local_number("0.920", &it), InvalidInput);
    CHECK_THROWS_AS(local_number("012.000", &it), InvalidInput);
    CHECK_THROWS_AS(local_number("0 500", &ru), InvalidInput);
    CHECK_THROWS_AS(parse_import_locale("de"), InvalidInput);
}

TEST_CASE("without a locale, a decimal comma names the locales that read it") {
    CHECK(local_number("12000.50", nullptr) == "12000.50");
    CHECK(local_number("12,000.50", nullptr) == "12,000.50");
    CHECK_THROWS_WITH(local_number("12,50", nullptr), "'12,50' has a decimal comma: --locale ro, it or el reads it as 12.50");
    CHECK_THROWS_WITH(local_number("12 000,50", nullptr),
                      "'12 000,50' has a decimal comma: --locale ru or fr reads it as 12000.50");
}

TEST_CASE("day-first dates") {
    const ImportLocale fr = parse_import_locale("fr");
    CHECK(local_date("23.11.2026", &fr) == "2026-11-23");
    CHECK(local_date("1/2/2026", &fr) == "2026-02-01");
    CHECK(local_date("2026-11-23", &fr) == "2026-11-23");
    CHECK(local_date("2026-11-23", nullptr) == "2026-11-23");
    CHECK(local_date("23.11/2026", &fr) == "23.11/2026");
    CHECK_THROWS_AS(local_date("23/11/2026", nullptr), InvalidInput);
}

TEST_CASE("yes/no words of the five languages") {
    for (const char* w : {"yes", "Y", "TRUE", "1", "da", "Sì", "si", "ναι", "ΝΑΙ", "Да", "oui"}) CHECK(yes_no_word(w) == true);
    for (const char* w : {"no", "n", "false", "0", "nu", "όχι", "нет", "NON"}) CHECK(yes_no_word(w) == false);
    CHECK_FALSE(yes_no_word("maybe").has_value());
}

TEST_CASE("encodings") {
    CHECK(parse_encoding("CP1251") == "cp1251");
    CHECK(parse_encoding("windows-1253") == "cp1253");
    CHECK_THROWS_AS(parse_encoding("cp866"), InvalidInput);
    CHECK(bom_encoding("\xFF\xFE" "a") == "utf-16le");
    CHECK(to_utf8("\xCA\xEB\xE8\xE5\xED\xF2", "cp1251") == "Клиент");
    CHECK(to_utf8(std::string_view("\xFF\xFE" "A\0\n\0", 6), "utf-16le") == std::string("A\n"));
    CHECK(to_utf8("\xE1\xE8\xE7\xED\xE1", "cp1253") == "αθηνα");
    CHECK_THROWS_AS(to_utf8("\xFF\xFE" "A", "utf-16le"), EncodingError);
    CHECK(guess_code_page("\xCA\xEB\xE8\xE5\xED\xF2;\xEE\xEE\xEE \xD0\xEE\xEC\xE0\xF8\xEA\xE0") == "cp1251 (Cyrillic)");
    CHECK(guess_code_page("\xC1\xE8\xE7\xED\xE1\xE9\xEA\xDE \xE6\xF5\xE8\xEF\xF0\xEF\xE9\xDF\xE1") == "cp1253 (Greek)");
    CHECK(guess_code_page("Caf\xE9 cr\xE8me") == "cp1252 (Western European)");
}
