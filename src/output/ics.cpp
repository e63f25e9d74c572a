#include "output/ics.h"

#include <fmt/format.h>

#include "output/sink.h"

namespace acctool::output {
namespace {

constexpr std::size_t k_max_octets = 75;

bool continuation_byte(char c) { return (static_cast<unsigned char>(c) & 0xC0) == 0x80; }

// Octets of the UTF-8 sequence starting at line[i]: the lead byte's length, as far as
// continuation bytes follow. Invalid bytes are units of one, so that a run of stray
// continuation bytes cannot grow one "character" past the 75-octet limit.
std::size_t sequence_length(std::string_view line, std::size_t i) {
    const auto lead = static_cast<unsigned char>(line[i]);
    const std::size_t expected = lead >= 0xF0 && lead < 0xF8 ? 4 : lead >= 0xE0 && lead < 0xF0 ? 3 : lead >= 0xC0 && lead < 0xE0 ? 2 : 1;
    std::size_t len = 1;
    while (len < expected && i + len < line.size() && continuation_byte(line[i + len])) ++len;
    return len;
}

std::string compact_date(Date d) {
    return fmt::format("{:04}{:02}{:02}", static_cast<int>(d.year()), static_cast<unsigned>(d.month()),
                       static_cast<unsigned>(d.day()));
}

// A floating local DATE-TIME; minutes past 24:00 roll over to the next day.
std::string local_time(Date d, int minutes) {
    const int days = minutes / (24 * 60);
    minutes %= 24 * 60;
    return fmt::format("{}T{:02}{:02}00", compact_date(add_days(d, days)), minutes / 60, minutes % 60);
}

}  // namespace

std::string ics_escape(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (c == '\\' || c == ';' || c == ',') {
            out += '\\';
            out += c;
        } else if (c == '\r' && i + 1 < text.size() && text[i + 1] == '\n') {
            continue;  // CRLF is one newline
        } else if (c == '\n' || c == '\r') {
            out += "\\n";
        } else {
            out += c;
        }
    }
    return out;
}

std::string ics_fold(std::string_view line) {
    std::string out;
    std::size_t width = 0;  // octets on the current physical line
    for (std::size_t i = 0; i < line.size();) {
        const std::size_t len = sequence_length(line, i);
        if (width + len > k_max_octets) {
            out += "\r\n ";
            width = 1;  // the leading space counts
        }
        out.append(line.substr(i, len));
        width += len;
        i += len;
    }
    out += "\r\n";
    return out;
}

std::string ics_unfold(std::string_view folded) {
    std::string out;
    for (std::size_t i = 0; i < folded.size(); ++i) {
        if (folded[i] == '\r' && i + 1 < folded.size() && folded[i + 1] == '\n') {
            if (i + 2 < folded.size() && (folded[i + 2] == ' ' || folded[i + 2] == '\t')) i += 2;
            else ++i;
            continue;
        }
        out += folded[i];
    }
    return out;
}

std::string ics_calendar(const std::vector<IcsEvent>& events, Date dtstamp) {
    std::string out;
    auto line = [&out](std::string_view text) { out += ics_fold(text); };
    line("BEGIN:VCALENDAR");
    line("VERSION:2.0");
    line("PRODID:-//acct//acct plan//EN");
    line("CALSCALE:GREGORIAN");
    const std::string stamp = compact_date(dtstamp) + "T000000Z";
    for (const auto& e : events) {
        line("BEGIN:VEVENT");
        line("UID:" + e.uid);
        line("DTSTAMP:" + stamp);
        if (e.start_minutes) {
            line("DTSTART:" + local_time(e.date, *e.start_minutes));
            line("DTEND:" + local_time(e.date, *e.start_minutes + e.duration_minutes));
        } else {
            line("DTSTART;VALUE=DATE:" + compact_date(e.date));
            line("DTEND;VALUE=DATE:" + compact_date(add_days(e.date, 1)));
        }
        line("SUMMARY:" + ics_escape(e.summary));
        line("DESCRIPTION:" + ics_escape(e.description));
        if (!e.location.empty()) line("LOCATION:" + ics_escape(e.location));
        if (e.alarm_minutes) {
            line("BEGIN:VALARM");
            line("ACTION:DISPLAY");
            line("DESCRIPTION:" + ics_escape(e.summary));
            line(fmt::format("TRIGGER:-PT{}M", *e.alarm_minutes));
            line("END:VALARM");
        }
        line("END:VEVENT");
    }
    line("END:VCALENDAR");
    return out;
}

void write_ics(const std::vector<IcsEvent>& events, Date dtstamp, std::FILE* out) {
    Sink sink(out);
    sink.write(ics_calendar(events, dtstamp));
    sink.flush();
}

}  // namespace acctool::output
