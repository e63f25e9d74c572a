// What a person types in the chosen language (man page: LANGUAGES): rates, probabilities
// and discounts with the decimal comma, the reason an amount is refused there, and the
// day words a bad date lists. English and imports (StrictAmounts) keep the strict rules.
#include <doctest/doctest.h>
#include <fmt/format.h>

#include "core/currency.h"
#include "core/date_words.h"
#include "core/dates.h"
#include "core/deal_rules.h"
#include "core/errors.h"
#include "core/fields.h"
#include "core/language.h"
#include "core/local_forms.h"
#include "core/money.h"
#include "output/cells.h"
#include "output/render.h"

using namespace acctool;

namespace {

// Sets the current language for one test and puts English back after it.
struct Speaking {
    explicit Speaking(Language l) { set_current_language(l); }
    ~Speaking() { set_current_language(Language::En); }
};

// The message of the InvalidInput that f throws, or "(none)".
template <class F>
std::string refusal(F f) {
    try {
        f();
    } catch (const InvalidInput& e) {
        return e.what();
    }
    return "(none)";
}

constexpr Language k_dot_languages[] = {Language::Ro, Language::It, Language::El};
constexpr Language k_space_languages[] = {Language::Fr, Language::Ru};

}  // namespace

TEST_CASE("local_input: a language other than English, outside an import") {
    CHECK_FALSE(local_input());
    Speaking speaking(Language::It);
    CHECK(local_input());
    const StrictAmounts strict;
    CHECK_FALSE(local_input());
}

TEST_CASE("local_ratio: the decimal comma and a space before %") {
    CHECK(local_ratio(" 0,35 ") == "0,35");  // English: as typed, trimmed
    CHECK(local_ratio("35 %") == "35 %");
    for (Language l : {Language::Ro, Language::It, Language::El, Language::Ru, Language::Fr}) {
        Speaking speaking(l);
        CHECK(local_ratio("0,35") == "0.35");
        CHECK(local_ratio("35 %") == "35%");
        CHECK(local_ratio("35\u00A0%") == "35%");
        CHECK(local_ratio("35\u202F%") == "35%");
        CHECK(local_ratio("10,5%") == "10.5%");
        CHECK(local_ratio("10,5 %") == "10.5%");
        CHECK(local_ratio("0.35") == "0.35");
        CHECK(local_ratio("0,3,5") == "0,3,5");
        CHECK(local_ratio(",5") == ",5");
        CHECK(local_ratio("5,") == "5,");
        CHECK(local_ratio("35  %") == "35 %");  // one space only: refused by the reader
    }
}

TEST_CASE("probabilities in a language with a decimal comma") {
    CHECK_THROWS_WITH_AS(parse_probability("0,35"),
                         "invalid probability '0,35': expected 0 to 1 (0.35) or a percentage (35%)", InvalidInput);
    CHECK_THROWS_AS(parse_probability("35 %"), InvalidInput);
    CHECK(parse_probability("35%") == doctest::Approx(0.35));
    // No exponents, in any language: 1e-1 is a typo, not 0.1.
    CHECK_THROWS_AS(parse_probability("1e-1"), InvalidInput);
    CHECK_THROWS_AS(parse_probability("1e1%"), InvalidInput);
    CHECK_THROWS_AS(parse_discount("1e1%", Money{100000}, "EUR"), InvalidInput);
    for (Language l : {Language::It, Language::Fr, Language::Ru}) {
        Speaking speaking(l);
        CHECK(parse_probability("0,35") == doctest::Approx(0.35));
        CHECK(parse_probability("35 %") == doctest::Approx(0.35));
        CHECK(parse_probability("35\u00A0%") == doctest::Approx(0.35));
        CHECK(parse_probability("10,5%") == doctest::Approx(0.105));
        CHECK(parse_probability("10,5\u202F%") == doctest::Approx(0.105));
        CHECK(parse_probability("0.35") == doctest::Approx(0.35));
        CHECK_THROWS_WITH_AS(parse_probability("1,5"),
                             "invalid probability '1,5': expected 0 to 1 (0,35) or a percentage (35 %)", InvalidInput);
        CHECK_THROWS_AS(parse_probability("0,3,5"), InvalidInput);
        CHECK_THROWS_AS(parse_probability("35  %"), InvalidInput);
    }
    Speaking speaking(Language::It);
    const StrictAmounts strict;  // an import reads its cells by --locale alone
    CHECK_THROWS_WITH_AS(parse_probability("0,35"),
                         "invalid probability '0,35': expected 0 to 1 (0.35) or a percentage (35%)", InvalidInput);
}

TEST_CASE("discounts in a language with a decimal comma") {
    const Money amount{1000000};  // 10 000.00
    CHECK(parse_discount("10 %", amount, "EUR") == Money{100000});
    CHECK_THROWS_WITH_AS(parse_discount("10,5%", amount, "EUR"),
                         "invalid discount '10,5%': expected an amount or 0% to 100%", InvalidInput);
    for (Language l : {Language::It, Language::Fr, Language::Ru}) {
        Speaking speaking(l);
        CHECK(parse_discount("10,5%", amount, "EUR") == Money{105000});
        CHECK(parse_discount("10,5 %", amount, "EUR") == Money{105000});
        CHECK(parse_discount("10\u00A0%", amount, "EUR") == Money{100000});
        CHECK(parse_discount("250,50", amount, "EUR") == Money{25050});
        CHECK_THROWS_WITH_AS(parse_discount("101 %", amount, "EUR"),
                             "invalid discount '101 %': expected an amount or a percentage from 0 to 100, such as 10,5 %",
                             InvalidInput);
    }
    Speaking speaking(Language::It);
    CHECK_THROWS_WITH_AS(parse_discount("1 000,50", amount, "EUR"),
                         "invalid discount '1 000,50': expected an amount such as 1.000,50 or a percentage such as 10,5 %",
                         InvalidInput);
}

TEST_CASE("rates in a language with a decimal comma") {
    CHECK_THROWS_WITH_AS(parse_rate("0,92"),
                         "invalid rate '0,92': expected a plain decimal number such as 4.9750 (no sign, no ',')", InvalidInput);
    CHECK(parse_rate("1.085") == Ratio{217, 200});
    for (Language l : {Language::Ro, Language::It, Language::El, Language::Ru, Language::Fr}) {
        Speaking speaking(l);
        CHECK(parse_rate("0,92") == Ratio{23, 25});
        CHECK(parse_rate("0.92") == Ratio{23, 25});
        CHECK(parse_rate("4,9750") == Ratio{199, 40});
        CHECK(parse_rate("1/1,0850") == Ratio{200, 217});
        CHECK(parse_rate("1,0850") == Ratio{217, 200});
        CHECK(parse_rate("0.085") == Ratio{17, 200});  // a leading 0 never starts a group
        CHECK_THROWS_WITH_AS(parse_rate("-0,5"), "invalid rate '-0,5': expected a number such as 4,9750 or 1/1,0850, without a sign",
                             InvalidInput);
        CHECK_THROWS_WITH_AS(parse_rate("0,"), "invalid rate '0,': expected a number such as 4,9750 or 1/1,0850, without a sign",
                             InvalidInput);
        CHECK_THROWS_WITH_AS(parse_rate("1/0,"),
                             "invalid rate '1/0,': expected a number such as 4,9750 or 1/1,0850, without a sign", InvalidInput);
        CHECK_THROWS_AS(parse_rate("0,0"), InvalidInput);
    }
    for (Language l : k_dot_languages) {
        Speaking speaking(l);
        CHECK(parse_rate("16.250,5") == Ratio{32501, 2});
        CHECK(refusal([&] { parse_rate("1.085"); }) ==
              fmt::format("invalid rate '1.085': in {} '.' separates thousands; write 1,085 with the "
                                         "decimal comma, or 1085",
                                         language_name(l)));
        CHECK_THROWS_AS(parse_rate("1/1.085"), InvalidInput);
        CHECK(parse_rate("1.0850") == Ratio{217, 200});
    }
    for (Language l : k_space_languages) {
        Speaking speaking(l);
        CHECK(parse_rate("16 250,5") == Ratio{32501, 2});
        CHECK(parse_rate("16\u202F250,5") == Ratio{32501, 2});
        CHECK(parse_rate("1.085") == Ratio{217, 200});
    }
    Speaking speaking(Language::It);
    const StrictAmounts strict;
    CHECK_THROWS_AS(parse_rate("0,92"), InvalidInput);
    CHECK(parse_rate("1.085") == Ratio{217, 200});
}

TEST_CASE("a rate shown to people is in the language's form") {
    CHECK(format_rate_shown(Ratio{23, 25}) == "0.92");
    const output::NumberText exact{"1/1.085"};
    CHECK(output::plain_text(exact) == "1/1.085");
    CHECK(output::table_text(exact) == "1/1.085");
    CHECK(output::table_text(exact, Language::It) == "1/1,085");
    CHECK(output::json_value(exact) == "\"1/1.085\"");
    Speaking speaking(Language::Fr);
    CHECK(format_rate_shown(Ratio{23, 25}) == "0,92");
    CHECK(format_rate(Ratio{23, 25}) == "0.92");
}

TEST_CASE("a refused amount says the language's own form") {
    CHECK_THROWS_WITH_AS(parse_money("1 000,50"),
                         "invalid amount '1 000,50': read both ' ' and ',' as thousands separators; use one of them",
                         InvalidInput);
    for (Language l : k_dot_languages) {
        Speaking speaking(l);
        const std::string name = language_name(l);
        CHECK(refusal([&] { parse_money("1 000,50"); }) ==
              fmt::format("invalid amount '1 000,50': in {} '.' separates thousands; write 1.000,50", name));
        CHECK(refusal([&] { parse_money("12,5,0"); }) ==
              fmt::format("invalid amount '12,5,0': in {} ',' is the decimal comma, as in 12.000,50 or 0,5", name));
        // The strict rule's reasons where they fit: no comma, no other grouping, a sign.
        CHECK_THROWS_WITH_AS(parse_money("12a"),
                             "invalid amount '12a': read 'a' where a digit was expected; write plain numbers such as 12000.50",
                             InvalidInput);
        CHECK_THROWS_WITH_AS(parse_money("-1 000,50"), "invalid amount '-1 000,50': amounts are not negative here",
                             InvalidInput);
        CHECK(parse_money("1 000") == Money{100000});  // the strict rule reads it
        CHECK(parse_money("1\u202F000") == Money{100000});
    }
    for (Language l : k_space_languages) {
        Speaking speaking(l);
        const std::string name = language_name(l);
        const std::string group(number_form(l).group);
        CHECK(refusal([&] { parse_money("1.000,50"); }) ==
              fmt::format("invalid amount '1.000,50': in {} a space separates thousands; write 1{}000,50",
                                         name, group));
        CHECK(refusal([&] { parse_money("1.000.000"); }) ==
              fmt::format("invalid amount '1.000.000': in {} a space separates thousands; write 1{}000{}000",
                                         name, group, group));
        CHECK(parse_money("12.50") == Money{1250});  // the strict rule's reading, as before
        CHECK(refusal([&] { parse_money("12.500"); }) ==
              fmt::format("invalid amount '12.500': in {} a space separates thousands; write 12{}500", name, group));
    }
}

TEST_CASE("a bad date lists the day words of the language being spoken") {
    const Date today{std::chrono::year{2026}, std::chrono::November, std::chrono::day{23}};
    CHECK_THROWS_WITH_AS(parse_date("venrdi", today, Direction::Past),
                         "invalid date 'venrdi': expected YYYY-MM-DD, DD.MM.YYYY, DD.MM, today, yesterday, tomorrow, a "
                         "weekday (mon..sun), or an offset like +3d, -2w, +1m",
                         InvalidInput);
    {
        Speaking speaking(Language::It);
        CHECK_THROWS_WITH_AS(parse_date("venrdi", today, Direction::Past),
                             "invalid date 'venrdi': expected YYYY-MM-DD, DD.MM.YYYY, DD.MM, oggi, ieri, domani, a "
                             "weekday (lun..dom), or an offset like +3d, -2w, +1m",
                             InvalidInput);
    }
    // Every word listed is one that is read, as the day it names.
    for (Language l : {Language::En, Language::Ro, Language::It, Language::El, Language::Ru, Language::Fr}) {
        CAPTURE(language_code(l));
        const DateWordsShown words = date_words_shown(l);
        CHECK(relative_day_word(words.today) == 0);
        CHECK(relative_day_word(words.yesterday) == -1);
        CHECK(relative_day_word(words.tomorrow) == 1);
        CHECK(weekday_word(words.monday) == std::chrono::Monday);
        CHECK(weekday_word(words.sunday) == std::chrono::Sunday);
        CHECK(parse_date(words.yesterday, today, Direction::Past) == Date{std::chrono::year{2026}, std::chrono::November,
                                                                           std::chrono::day{22}});
    }
}
