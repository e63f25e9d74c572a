// display_width, padding and truncation, per grapheme cluster and locale-free.
#include <doctest/doctest.h>

#include "output/width.h"

using acctool::output::display_width;
using acctool::output::pad_left;
using acctool::output::pad_right;
using acctool::output::truncate_to_width;

TEST_CASE("display_width") {
    SUBCASE("ascii and empty") {
        CHECK(display_width("") == 0);
        CHECK(display_width("Acme SRL") == 8);
    }
    SUBCASE("cyrillic and greek letters are one column each") {
        CHECK(display_width("Ёлка") == 4);
        CHECK(display_width("Αλφα") == 4);
    }
    SUBCASE("east asian wide characters are two columns") {
        CHECK(display_width("中文") == 4);
        CHECK(display_width("東京ab") == 6);
        CHECK(display_width("한국") == 4);
        CHECK(display_width("\u1100\u1161") == 2);  // conjoining jamo: one cluster
    }
    SUBCASE("combining marks take no column") {
        CHECK(display_width("e\u0301") == 1);
        CHECK(display_width("Cafe\u0301") == 4);
        CHECK(display_width("a\u0308\u0304") == 1);
    }
    SUBCASE("emoji clusters are two columns") {
        CHECK(display_width("\U0001F600") == 2);                            // grinning face
        CHECK(display_width("\u2764\uFE0F") == 2);                          // red heart, emoji style
        CHECK(display_width("\u2764") == 1);                                // text style
        CHECK(display_width("\U0001F468\u200D\U0001F469\u200D\U0001F467") == 2);  // ZWJ family
        CHECK(display_width("\U0001F1F7\U0001F1F4") == 2);                  // flag RO
        CHECK(display_width("1\uFE0F\u20E3") == 2);                         // keycap one
        CHECK(display_width("\U0001F44D\U0001F3FD") == 2);                  // thumbs up, skin tone
    }
    SUBCASE("control characters take no column") {
        CHECK(display_width("a\tb") == 2);
        CHECK(display_width("\x1b") == 0);
    }
    SUBCASE("invalid utf-8 bytes are one column each") {
        CHECK(display_width("\xff\xfe") == 2);
        CHECK(display_width("a\xff" "b") == 3);
        CHECK(display_width("\xe4\xb8") == 2);  // truncated sequence
        CHECK(display_width("\xe4\xb8\xad\xff") == 3);
    }
}

TEST_CASE("padding") {
    SUBCASE("pads by display width, not bytes") {
        CHECK(pad_right("中", 4) == "中  ");
        CHECK(pad_right("Ёлка", 6) == "Ёлка  ");
        CHECK(pad_left("e\u0301", 3) == "  e\u0301");
        CHECK(pad_left("12", 5) == "   12");
    }
    SUBCASE("text already as wide stays as is") {
        CHECK(pad_right("abcdef", 3) == "abcdef");
        CHECK(pad_left("中文", 4) == "中文");
    }
}

TEST_CASE("truncate_to_width") {
    SUBCASE("text that fits is unchanged") {
        CHECK(truncate_to_width("abc", 3) == "abc");
        CHECK(truncate_to_width("中文", 4) == "中文");
    }
    SUBCASE("cuts whole clusters and ends with an ellipsis") {
        CHECK(truncate_to_width("abcdef", 4) == "abc\u2026");
        CHECK(truncate_to_width("中文字", 5) == "中文\u2026");
        CHECK(truncate_to_width("中文字", 4) == "中\u2026");
        CHECK(truncate_to_width("e\u0301e\u0301e\u0301", 2) == "e\u0301\u2026");
        CHECK(truncate_to_width("\U0001F468\u200D\U0001F469\u200D\U0001F467xyz", 3) == "\U0001F468\u200D\U0001F469\u200D\U0001F467\u2026");
    }
    SUBCASE("tiny widths") {
        CHECK(truncate_to_width("abc", 1) == "\u2026");
        CHECK(truncate_to_width("abc", 0) == "");
    }
}
