#pragma once
// RFC 5545 calendars for `acct plan --format ics`: CRLF line ends, content lines folded at
// 75 octets without splitting a UTF-8 sequence, TEXT values escaped. DTSTART/DTEND are
// floating local times (no time zone: the calendar shows them at that clock time wherever
// it is); DTSTAMP is UTC and given by the caller, so that output is reproducible.
#include <cstdio>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/dates.h"

namespace acctool::output {

struct IcsEvent {
    std::string uid;
    Date date;
    std::optional<int> start_minutes;  // from midnight, before 24:00; empty: an all-day event
    int duration_minutes = 30;
    std::string summary;
    std::string description;
    std::optional<int> alarm_minutes;  // a VALARM this many minutes before the start
    std::string location;              // LOCATION when not empty (a visit's address)
};

// Escapes backslash, semicolon, comma and newline for a TEXT value.
std::string ics_escape(std::string_view text);
// One content line, folded: CRLF + space before it exceeds 75 octets, never inside a
// UTF-8 sequence; ends with CRLF.
std::string ics_fold(std::string_view line);
// The inverse of ics_fold: removes every CRLF followed by a space or tab, and the final CRLF.
std::string ics_unfold(std::string_view folded);

// The whole VCALENDAR; dtstamp is the UTC day whose 00:00:00Z stamps every event.
std::string ics_calendar(const std::vector<IcsEvent>& events, Date dtstamp);
// Writes ics_calendar through a checked Sink.
void write_ics(const std::vector<IcsEvent>& events, Date dtstamp, std::FILE* out);

}  // namespace acctool::output
