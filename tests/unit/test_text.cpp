#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "core/errors.h"
#include "core/text.h"

using acctool::InvalidInput;
using Strings = std::vector<std::string>;

TEST_CASE("fold_case folds every script alike") {
    struct Row {
        const char* name;
        const char* upper;
        const char* lower;
    };
    const std::vector<Row> rows = {
        {"ascii", "ACME SRL", "acme srl"},
        {"greek", "ΑΛΦΑ", "αλφα"},
        {"greek final sigma", "ΟΔΟΣ", "οδος"},  // case folding maps ς and Σ to σ
        {"cyrillic", "Ёлка", "ёлка"},
        {"german sharp s", "STRASSE", "straße"},
        {"turkish dotted I stays generic", "İ", "i̇"},
        {"already folded", "acme", "acme"},
        {"empty", "", ""},
    };
    for (const auto& row : rows) {
        SUBCASE(row.name) {
            CHECK(acctool::fold_case(row.upper) == acctool::fold_case(row.lower));
        }
    }
    CHECK(acctool::fold_case("ΑΛΦΑ") == "αλφα");
    CHECK(acctool::fold_case("Straße") == "strasse");
    CHECK(acctool::fold_case("Müller") == "müller");
}

TEST_CASE("fold_case composes to NFC so that spellings of one letter match") {
    const std::string decomposed = "Mu\xCC\x88ller";  // u + combining diaeresis
    const std::string composed = "m\xC3\xBCller";     // ü
    CHECK(acctool::fold_case(decomposed) == composed);
}

TEST_CASE("fold_case rejects invalid UTF-8 by name") {
    CHECK_THROWS_WITH_AS(acctool::fold_case("caf\xE9"), "invalid text 'caf\xE9': not valid UTF-8",
                         InvalidInput);
}

TEST_CASE("is_valid_utf8") {
    struct Row {
        const char* name;
        std::string text;
        bool valid;
    };
    const std::vector<Row> rows = {
        {"ascii", "plain", true},
        {"empty", "", true},
        {"two-byte", "\xC3\xA9", true},
        {"three-byte", "\xE2\x82\xAC", true},
        {"four-byte emoji", "\xF0\x9F\x98\x80", true},
        {"latin-1 byte", "caf\xE9", false},
        {"stray continuation", "\x80", false},
        {"truncated", "\xE2\x82", false},
        {"overlong slash", "\xC0\xAF", false},
        {"surrogate", "\xED\xA0\x80", false},
        {"above U+10FFFF", "\xF4\x90\x80\x80", false},
        {"embedded NUL", std::string("a\0b", 3), true},
    };
    for (const auto& row : rows) {
        SUBCASE(row.name) { CHECK(acctool::is_valid_utf8(row.text) == row.valid); }
    }
}

TEST_CASE("trim removes ASCII white space only") {
    CHECK(acctool::trim("  acme \t\n") == "acme");
    CHECK(acctool::trim("acme") == "acme");
    CHECK(acctool::trim("   ") == "");
    CHECK(acctool::trim("") == "");
    CHECK(acctool::trim(" a b ") == "a b");
    CHECK(acctool::trim("\xC2\xA0" "x") == "\xC2\xA0" "x");  // a no-break space is not ASCII
}

TEST_CASE("split_list trims and drops empty pieces") {
    struct Row {
        const char* text;
        char sep;
        Strings expected;
    };
    const std::vector<Row> rows = {
        {"a, b,,c", ',', {"a", "b", "c"}},
        {"", ',', {}},
        {" , ,", ',', {}},
        {"solo", ',', {"solo"}},
        {"key account; wholesale ", ';', {"key account", "wholesale"}},
        {"a,b", ';', {"a,b"}},
    };
    for (const auto& row : rows) {
        SUBCASE(row.text) { CHECK(acctool::split_list(row.text, row.sep) == row.expected); }
    }
}

TEST_CASE("join") {
    CHECK(acctool::join({}, ", ") == "");
    CHECK(acctool::join({"a"}, ", ") == "a");
    CHECK(acctool::join({"a", "b", "c"}, ", ") == "a, b, c");
    CHECK(acctool::join(acctool::split_list("x,y"), ",") == "x,y");
}

TEST_CASE("ascii_lower leaves other bytes alone") {
    CHECK(acctool::ascii_lower("FRI") == "fri");
    CHECK(acctool::ascii_lower("Ёлка-MIX") == "Ёлка-mix");
}

TEST_CASE("lower_first_letter: a sentence's start in any script, acronyms kept") {
    using acctool::lower_first_letter;
    CHECK(lower_first_letter("Client id, name") == "client id, name");
    CHECK(lower_first_letter("Αναμενόμενο ποσό") == "αναμενόμενο ποσό");
    CHECK(lower_first_letter("Ожидаемая сумма") == "ожидаемая сумма");
    CHECK(lower_first_letter("Étape du pipeline") == "étape du pipeline");
    CHECK(lower_first_letter("ISO 4217 code") == "ISO 4217 code");
    CHECK(lower_first_letter("ΑΦΜ") == "ΑΦΜ");
    CHECK(lower_first_letter("A") == "A");
    CHECK(lower_first_letter("") == "");
}

TEST_CASE("control characters: found and escaped for the terminal") {
    using acctool::escape_controls;
    using acctool::Newlines;
    CHECK(escape_controls("a\x1b[31mb") == "a\\x1b[31mb");
    CHECK(escape_controls("bell\a") == "bell\\x07");
    CHECK(escape_controls("del\x7f") == "del\\x7f");
    CHECK(escape_controls("csi\xc2\x9b" "2J") == "csi\\u009b2J");
    CHECK(escape_controls("bad\xff") == "bad\\xff");
    CHECK(escape_controls("Ромашка «ООО» 😀") == "Ромашка «ООО» 😀");
    CHECK(escape_controls("a\nb\tc") == "a\\x0ab\\x09c");
    CHECK(escape_controls("a\nb\tc", Newlines::Keep) == "a\nb\\x09c");
    CHECK(escape_controls("a\nb\tc", Newlines::Blank) == "a b c");
    CHECK_FALSE(acctool::find_control("plain ÄÖ", false).has_value());
    CHECK_FALSE(acctool::find_control("two\nlines\t", true).has_value());
    auto at = acctool::find_control("Äb\xc2\x85", true);
    REQUIRE(at.has_value());
    CHECK(at->character == 3);
    CHECK(at->code_point == 0x85);
    CHECK(acctool::shorten("abcdef", 3) == "abc\u2026");
    CHECK(acctool::shorten("äbc", 3) == "äbc");
    CHECK(acctool::count_chars("äbc") == 3);
}
