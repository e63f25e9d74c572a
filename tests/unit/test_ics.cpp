// RFC 5545 folding and escaping of the plan's calendar.
#include <doctest/doctest.h>

#include <string>

#include "output/ics.h"

using namespace acctool;
using output::ics_escape;
using output::ics_fold;
using output::ics_unfold;

namespace {

// Every physical line (between CRLFs) of a folded line, checked for length and UTF-8.
void check_lines(const std::string& folded) {
    std::size_t start = 0;
    while (start < folded.size()) {
        const std::size_t end = folded.find("\r\n", start);
        REQUIRE(end != std::string::npos);
        const std::string line = folded.substr(start, end - start);
        CHECK(line.size() <= 75);
        if (!line.empty()) {
            const auto first = static_cast<unsigned char>(line[start == 0 ? 0 : 1]);
            CHECK((first & 0xC0) != 0x80);  // no line starts inside a UTF-8 sequence
        }
        start = end + 2;
    }
}

}  // namespace

TEST_CASE("escaping TEXT values") {
    CHECK(ics_escape("Beta; Co, Ltd") == "Beta\\; Co\\, Ltd");
    CHECK(ics_escape("a\\b") == "a\\\\b");
    CHECK(ics_escape("one\ntwo\r\nthree") == "one\\ntwo\\nthree");
    CHECK(ics_escape("Ωμέγα") == "Ωμέγα");
}

TEST_CASE("folding at 75 octets") {
    SUBCASE("a short line is one line with CRLF") { CHECK(ics_fold("VERSION:2.0") == "VERSION:2.0\r\n"); }
    SUBCASE("exactly 75 octets is not folded, 76 is") {
        CHECK(ics_fold(std::string(75, 'x')) == std::string(75, 'x') + "\r\n");
        CHECK(ics_fold(std::string(76, 'x')) == std::string(75, 'x') + "\r\n x\r\n");
    }
    SUBCASE("long ASCII, Greek, CJK and emoji text round-trips and never splits a character") {
        for (const std::string piece : {"a", "ώ", "漢", "😀", "e\u0301"}) {
            for (int n : {10, 37, 38, 74, 75, 76, 200}) {
                std::string s = "DESCRIPTION:";
                for (int i = 0; i < n; ++i) s += piece;
                const std::string folded = ics_fold(s);
                check_lines(folded);
                CHECK(ics_unfold(folded) == s);
            }
        }
    }
    SUBCASE("invalid UTF-8: a run of stray continuation bytes still folds at 75 octets (found by fuzz_ics)") {
        const std::string s = "Ca\x11l\x7f" + std::string(1, '\0') + "cm" + std::string(88, '\xb0') + "ePL; rene";
        const std::string folded = ics_fold(s);
        for (std::size_t start = 0, end; start < folded.size(); start = end + 2) {
            end = folded.find("\r\n", start);
            REQUIRE(end != std::string::npos);
            CHECK(end - start <= 75);
        }
        CHECK(ics_unfold(folded) == s);
    }
}

TEST_CASE("a calendar") {
    output::IcsEvent e{"plan-1-20261123-call@acct", parse_iso_date("2026-11-23"), 23 * 60 + 45, 30, "Call Acme, SRL",
                       "Reasons: birthday", std::nullopt};
    const std::string cal = output::ics_calendar({e}, parse_iso_date("2026-11-20"));
    CHECK(cal.starts_with("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:"));
    CHECK(cal.find("DTSTAMP:20261120T000000Z\r\n") != std::string::npos);
    CHECK(cal.find("DTSTART:20261123T234500\r\n") != std::string::npos);
    CHECK(cal.find("DTEND:20261124T001500\r\n") != std::string::npos);  // past midnight: next day
    CHECK(cal.find("SUMMARY:Call Acme\\, SRL\r\n") != std::string::npos);
    CHECK(cal.ends_with("END:VEVENT\r\nEND:VCALENDAR\r\n"));
}

TEST_CASE("an all-day event and an alarm") {
    output::IcsEvent e{"plan-1-20261123@acct", parse_iso_date("2026-11-23"), std::nullopt, 30, "Call Acme", "", 15};
    const std::string cal = output::ics_calendar({e}, parse_iso_date("2026-11-20"));
    CHECK(cal.find("DTSTART;VALUE=DATE:20261123\r\nDTEND;VALUE=DATE:20261124\r\n") != std::string::npos);
    CHECK(cal.find("BEGIN:VALARM\r\nACTION:DISPLAY\r\nDESCRIPTION:Call Acme\r\nTRIGGER:-PT15M\r\nEND:VALARM\r\n") !=
          std::string::npos);
}
