#include <doctest/doctest.h>

#include <cstdio>
#include <filesystem>
#include <fstream>

#include "config/language.h"
#include "core/dates.h"
#include "core/date_words.h"
#include "core/errors.h"
#include "core/language.h"
#include "core/local_forms.h"
#include "core/money.h"
#include "output/cells.h"
#include "render_capture.h"

using namespace acctool;
namespace chr = std::chrono;

namespace {

// Sets the current language for one test and puts English back after it.
struct Speaking {
    explicit Speaking(Language l) { set_current_language(l); }
    ~Speaking() { set_current_language(Language::En); }
};

Language chosen(std::string_view language, std::string_view lc_all, std::string_view lc_messages,
                std::string_view lang, std::optional<Language> configured = std::nullopt) {
    return choose_language({language, lc_all, lc_messages, lang}, configured);
}

}  // namespace

TEST_CASE("codes and locale names") {
    CHECK(parse_language_code("ro") == Language::Ro);
    CHECK(parse_language_code("en") == Language::En);
    CHECK_FALSE(parse_language_code("RO"));
    CHECK_FALSE(parse_language_code("de"));
    CHECK_FALSE(parse_language_code(""));
    CHECK(language_code(Language::El) == "el");
    CHECK(language_of_locale("ro_RO.UTF-8") == Language::Ro);
    CHECK(language_of_locale("fr_FR@euro") == Language::Fr);
    CHECK(language_of_locale("ru") == Language::Ru);
    CHECK(language_of_locale("el_GR") == Language::El);
    CHECK(language_of_locale("it.UTF-8") == Language::It);
    CHECK(language_of_locale("C") == Language::En);
    CHECK(language_of_locale("C.UTF-8") == Language::En);
    CHECK(language_of_locale("POSIX") == Language::En);
    CHECK(language_of_locale("en_GB.UTF-8") == Language::En);
    CHECK_FALSE(language_of_locale("de_DE.UTF-8"));
    CHECK_FALSE(language_of_locale(""));
}

TEST_CASE("the language is chosen as GNU programs choose it, owner.language first") {
    SUBCASE("nothing set, C or POSIX: English, and LANGUAGE is not looked at") {
        CHECK(chosen("", "", "", "") == Language::En);
        CHECK(chosen("ro", "", "", "") == Language::En);
        CHECK(chosen("ro", "C", "", "ru_RU.UTF-8") == Language::En);
        CHECK(chosen("fr", "", "", "POSIX") == Language::En);
    }
    SUBCASE("LC_ALL, then LC_MESSAGES, then LANG") {
        CHECK(chosen("", "it_IT.UTF-8", "ru_RU.UTF-8", "fr_FR.UTF-8") == Language::It);
        CHECK(chosen("", "", "ru_RU.UTF-8", "fr_FR.UTF-8") == Language::Ru);
        CHECK(chosen("", "", "", "fr_FR.UTF-8") == Language::Fr);
        CHECK(chosen("", "", "", "el_GR.UTF-8") == Language::El);
        CHECK(chosen("", "", "", "de_DE.UTF-8") == Language::En);
        CHECK(chosen("", "C.UTF-8", "", "ro_RO.UTF-8") == Language::En);
    }
    SUBCASE("LANGUAGE, in any locale but C: its first entry acct speaks") {
        CHECK(chosen("ro", "C.UTF-8", "", "") == Language::Ro);
        CHECK(chosen("ru", "", "", "ru_RU.UTF-8") == Language::Ru);
        CHECK(chosen("de:fr_FR:it", "", "", "de_DE.UTF-8") == Language::Fr);
        CHECK(chosen("en:ro", "", "", "ro_RO.UTF-8") == Language::En);
        CHECK(chosen("::el", "", "", "fr_FR.UTF-8") == Language::El);
        CHECK(chosen("de:pt", "", "", "ro_RO.UTF-8") == Language::En);
    }
    SUBCASE("owner.language overrides all of them") {
        CHECK(chosen("", "", "", "", Language::Ro) == Language::Ro);
        CHECK(chosen("fr", "C", "", "", Language::El) == Language::El);
        CHECK(chosen("fr", "fr_FR.UTF-8", "", "", Language::En) == Language::En);
    }
}

TEST_CASE("number forms") {
    CHECK(number_form(Language::En).group == ",");
    CHECK(number_form(Language::En).decimal == ".");
    for (Language l : {Language::Ro, Language::It, Language::El}) {
        CHECK(number_form(l).group == ".");
        CHECK(number_form(l).decimal == ",");
    }
    CHECK(number_form(Language::Fr).group == "\u202F");
    CHECK(number_form(Language::Ru).group == "\u00A0");
    CHECK(number_form(Language::Fr).decimal == ",");
}

TEST_CASE("table cells in each language") {
    const output::Cell money = Money{1200050};
    const output::Cell count = std::int64_t{1234567};
    const output::Cell share = output::ratio_cell(0.5376);
    const output::Cell rate = output::Decimal{4.975, 4};
    CHECK(output::table_text(money) == "12,000.50");
    CHECK(output::table_text(money, Language::It) == "12.000,50");
    CHECK(output::table_text(money, Language::Ro) == "12.000,50");
    CHECK(output::table_text(money, Language::El) == "12.000,50");
    CHECK(output::table_text(money, Language::Fr) == "12\u202F000,50");
    CHECK(output::table_text(money, Language::Ru) == "12\u00A0000,50");
    CHECK(output::table_text(Money{-500}, Language::It) == "-5,00");
    CHECK(output::table_text(count, Language::Fr) == "1\u202F234\u202F567");
    CHECK(output::table_text(count, Language::It) == "1.234.567");
    CHECK(output::table_text(share) == "53.8 %");
    CHECK(output::table_text(share, Language::Ro) == "53,8 %");
    CHECK(output::table_text(share, Language::Fr) == "53,8 %");
    CHECK(output::table_text(rate, Language::Ru) == "4,9750");
    // Dates stay ISO, text stays as it is.
    CHECK(output::table_text(Date{chr::year{2026}, chr::November, chr::day{23}}, Language::Fr) == "2026-11-23");
    CHECK(output::table_text(std::string("1,5.0"), Language::It) == "1,5.0");
    CHECK(output::table_text(true) == "yes");
}

TEST_CASE("a table's widths count U+202F and U+00A0 as one column") {
    output::Table t({{"amount"}});
    t.add({Money{1200050}});
    t.add({Money{500}});
    output::RenderOptions fr;
    fr.language = Language::Fr;
    CHECK(test::render(t, output::Format::Table, fr) ==
          "   amount\n---------\n12\u202F000,50\n     5,00\n");
    output::RenderOptions ru;
    ru.language = Language::Ru;
    CHECK(test::render(t, output::Format::Table, ru) ==
          "   amount\n---------\n12\u00A0000,50\n     5,00\n");
    // Machine formats never follow the language.
    CHECK(test::render(t, output::Format::Csv, fr) == "amount\n12000.50\n5.00\n");
    CHECK(test::render(t, output::Format::Json, fr) == "[\n{\"amount\":12000.50},\n{\"amount\":5.00}\n]\n");
}

TEST_CASE("amounts typed in the chosen language's form") {
    SUBCASE("without a language: the strict rule") {
        CHECK(parse_money("12,000.50") == Money{1200050});
        CHECK_THROWS_AS(parse_money("12.000,50"), InvalidInput);
        CHECK_THROWS_AS(parse_money("12,5"), InvalidInput);
    }
    SUBCASE("ro, it, el: dots between groups, a decimal comma") {
        for (Language l : {Language::Ro, Language::It, Language::El}) {
            Speaking speaking(l);
            CHECK(parse_money("12.000,50") == Money{1200050});
            CHECK(parse_money("12.000") == Money{1200000});
            CHECK(parse_money("1.234.567,8") == Money{123456780});
            CHECK(parse_money("0,5") == Money{50});
            CHECK(parse_money("12000") == Money{1200000});
            // What the language does not read is read by the strict rule.
            CHECK(parse_money("12000.50") == Money{1200050});
            CHECK(parse_money("12,000.50") == Money{1200050});
            CHECK(parse_money("12 000") == Money{1200000});
            CHECK(parse_money("-12.000,50", Sign::Any) == Money{-1200050});
            CHECK_THROWS_WITH_AS(parse_money("-12.000,50"), "invalid amount '-12.000,50': amounts are not negative here",
                                 InvalidInput);
            CHECK_THROWS_AS(parse_money("1,000"), InvalidInput);  // one, with three decimals
            CHECK_THROWS_AS(parse_money("12 000,50"), InvalidInput);
        }
    }
    SUBCASE("fr, ru: spaces between groups (U+00A0, U+202F too), a decimal comma") {
        for (Language l : {Language::Fr, Language::Ru}) {
            Speaking speaking(l);
            CHECK(parse_money("12 000,50") == Money{1200050});
            CHECK(parse_money("12\u00A0000,50") == Money{1200050});
            CHECK(parse_money("12\u202F000,50") == Money{1200050});
            CHECK(parse_money("0,5") == Money{50});
            CHECK(parse_money("12 000") == Money{1200000});
            CHECK(parse_money("12000.50") == Money{1200050});
            CHECK_THROWS_AS(parse_money("12.000,50"), InvalidInput);
            CHECK_THROWS_AS(parse_money("12,000"), InvalidInput);
        }
    }
    SUBCASE("the importer reads by its --locale alone") {
        Speaking speaking(Language::It);
        const StrictAmounts strict;
        CHECK(strict_amounts());
        CHECK_THROWS_AS(parse_money("12.000,50"), InvalidInput);
        CHECK(parse_money("12,000.50") == Money{1200050});
    }
    CHECK_FALSE(strict_amounts());
    CHECK(parse_money_strict("12 000") == Money{1200000});
}

TEST_CASE("yes and no in six languages, any case, with or without accents") {
    for (std::string_view yes : {"yes", "Y", "da", "D", "sì", "Si", "SÌ", "s", "ναι", "ΝΑΙ", "Ναί", "ν", "Ν", "да", "ДА", "д", "oui", "Oui"})
        CHECK_MESSAGE(yes_no_word(yes) == true, yes);
    for (std::string_view no : {"no", "N", "nu", "NU", "όχι", "ΌΧΙ", "οχι", "ο", "Ο", "нет", "Нет", "н", "non", "NON"})
        CHECK_MESSAGE(yes_no_word(no) == false, no);
    for (std::string_view neither : {"", "o", "maybe", "yess"}) CHECK_MESSAGE(!yes_no_word(neither), neither);
}

TEST_CASE("weekday words in six languages") {
    const std::vector<std::pair<chr::weekday, std::vector<std::string_view>>> days{
        {chr::Monday, {"monday", "Mon", "luni", "LUN", "lunedì", "lunedi", "Δευτέρα", "δευτερα", "Δευ", "понедельник", "ПН", "lundi"}},
        {chr::Tuesday, {"tue", "marți", "marţi", "marti", "mar", "martedì", "Τρίτη", "τρι", "вторник", "вт", "mardi"}},
        {chr::Wednesday, {"wed", "miercuri", "mie", "mercoledì", "mer", "Τετάρτη", "Τετ", "среда", "среду", "ср", "mercredi"}},
        {chr::Thursday, {"thursday", "joi", "giovedì", "gio", "Πέμπτη", "πεμ", "четверг", "чт", "jeudi", "jeu"}},
        {chr::Friday, {"fri", "vineri", "vin", "venerdì", "ven", "Παρασκευή", "παρ", "пятница", "пятницу", "пт", "vendredi"}},
        {chr::Saturday, {"sat", "sâmbătă", "sambata", "sâm", "sabato", "sab", "Σάββατο", "σαβ", "суббота", "сб", "samedi", "sam"}},
        {chr::Sunday, {"sun", "duminică", "dum", "domenica", "dom", "Κυριακή", "κυρ", "воскресенье", "вс", "dimanche", "dim"}},
    };
    for (const auto& [day, words] : days)
        for (std::string_view w : words) CHECK_MESSAGE(weekday_word(w) == day, w);
    CHECK_FALSE(weekday_word("mo"));
    CHECK_FALSE(weekday_word("vendredis"));
    CHECK_FALSE(weekday_word(""));
}

TEST_CASE("today, yesterday and tomorrow in six languages, in every date field") {
    const Date today{chr::year{2026}, chr::November, chr::day{23}};  // a Monday
    for (std::string_view w : {"azi", "Astăzi", "astazi", "oggi", "σήμερα", "ΣΗΜΕΡΑ", "сегодня", "aujourd'hui", "Aujourd’hui"})
        CHECK_MESSAGE(parse_date(w, today, Direction::Past) == today, w);
    for (std::string_view w : {"ieri", "χθες", "χτες", "вчера", "hier"})
        CHECK_MESSAGE(parse_date(w, today, Direction::Past) == add_days(today, -1), w);
    for (std::string_view w : {"mâine", "maine", "domani", "αύριο", "завтра", "Demain"})
        CHECK_MESSAGE(parse_date(w, today, Direction::Future) == add_days(today, 1), w);
    // A weekday is the nearest in the field's direction, as in English.
    CHECK(parse_date("vendredi", today, Direction::Past) == add_days(today, -3));
    CHECK(parse_date("пт", today, Direction::Future) == add_days(today, 4));
    CHECK(parse_date("luni", today, Direction::Future) == today);
    CHECK(parse_period("lun..ven", today) == Period{today, add_days(today, 4), PeriodKind::Range});
    CHECK_THROWS_AS(parse_date("lundis", today, Direction::Past), InvalidInput);
}

TEST_CASE("weekday and month names are the English ones until a language is spoken") {
    CHECK(std::string_view(weekday_short_name(chr::Monday)) == "Mon");
    CHECK(std::string_view(weekday_long_name(chr::Sunday)) == "Sunday");
    CHECK(std::string_view(month_long_name(chr::May)) == "May");
    CHECK(std::string_view(month_name_after_day(chr::December)) == "December");
    CHECK(weekday_abbreviation(Date{chr::year{2026}, chr::November, chr::day{27}}) == "Fri");
    CHECK(birthday_in_words(Birthday{chr::May / chr::day{6}, chr::year{1980}}) == "6 May 1980");
}

TEST_CASE("English numbers in a language's form") {
    CHECK(localize_number("12,000.50", Language::It) == "12.000,50");
    CHECK(localize_number("53.8 %", Language::Fr) == "53,8 %");
    CHECK(localize_number("1,234", Language::Ru) == "1\u00A0234");
    CHECK(localize_number("12,000.50", Language::En) == "12,000.50");
}

TEST_CASE("owner.language read ahead of the config") {
    const auto dir = std::filesystem::temp_directory_path() / "acct-test-language";
    std::filesystem::create_directories(dir);
    auto peek = [&](const std::string& text) {
        const auto path = dir / "config.toml";
        std::ofstream(path) << text;
        return config::peek_language(path);
    };
    CHECK(peek("[owner]\nlanguage = \"ro\"\n") == Language::Ro);
    CHECK(peek("owner.language = \"el\"\n") == Language::El);
    CHECK(peek("[owner]\nname = \"#1\" # x\nlanguage = \"fr\" # the language\n") == Language::Fr);
    CHECK(peek("owner = { name = \"a # b\", language = \"ru\" }\n") == Language::Ru);
    // Said only in comments, not set, not known, or not TOML: nothing (the full read reports it).
    CHECK_FALSE(peek("# language = \"ro\"\n[owner]\n#language = \"ro\"\n"));
    CHECK_FALSE(peek("[owner]\nlanguage = \"de\"\n"));
    CHECK_FALSE(peek("[owner]\nlanguage = 7\n"));
    CHECK_FALSE(peek("[owner\nlanguage = \"ro\"\n"));
    CHECK_FALSE(config::peek_language(dir / "missing.toml"));
    CHECK_FALSE(config::peek_language(dir));
    std::filesystem::remove_all(dir);
}
