#pragma once
// Dates, weeks and periods of the man page's COMMANDS. A Date is a std::chrono::year_month_day;
// a Period is a closed range [first, last] of days.
#include <chrono>
#include <optional>
#include <string>
#include <string_view>

namespace acctool {

using Date = std::chrono::year_month_day;

// The direction of the field a weekday name is read for: things that happened
// (`--date`) take today or the nearest earlier day; things planned (`--next-date`,
// `--close`, `--due`) take today or the nearest later day.
enum class Direction { Past, Future };

// YYYY-MM-DD, DD.MM.YYYY, DD.MM, today, yesterday, tomorrow, monday..sunday, mon..sun, +3d,
// -2w, +1m, +1y, and the day words of the five languages (core/date_words.h: "vendredi",
// "mâine"). Throws InvalidInput naming the text and listing the forms, with the day words
// of the language being spoken (core/date_words.h, date_words_shown).
Date parse_date(std::string_view text, Date today, Direction direction);
// Strict YYYY-MM-DD only (for CSV cells and config); throws InvalidInput.
Date parse_iso_date(std::string_view text);
std::optional<Date> try_parse_iso_date(std::string_view text);
std::string format_date(Date d);

int days_between(Date from, Date to);  // to - from, in days
Date add_days(Date d, int days);
Date add_months(Date d, int months);   // clamps to the month's last day (Jan 31 + 1m = Feb 28/29)
std::chrono::weekday weekday_of(Date d);
// "Mon" ... "Sun" in the language being spoken (core/date_words.h), for headings in tables.
std::string_view weekday_abbreviation(Date d);

enum class PeriodKind { Range, Week, Month, Quarter, Year, YearToDate, QuarterToDate, MonthToDate };

struct Period {
    Date first;
    Date last;  // inclusive
    PeriodKind kind = PeriodKind::Range;

    bool contains(Date d) const { return first <= d && d <= last; }
    int days() const { return days_between(first, last) + 1; }
    friend bool operator==(const Period&, const Period&) = default;
};

// 2026, 2026-Q4, 2026-11, 2026-W48, A..B, this-week, last-week, this-month, last-month,
// this-quarter, last-quarter, this-year, last-year, ytd, qtd, mtd.
Period parse_period(std::string_view text, Date today);
// 2026-W48 (ISO 8601), this, next, last: Monday to Sunday.
Period parse_week(std::string_view text, Date today);

// The period of equal length before p: the previous week, month, quarter or year; the same
// span one year (ytd), quarter (qtd) or month (mtd) earlier; a range shifted by its length.
Period previous_period(const Period& p);
// Human label: "2026", "2026-Q4", "2026-11", "2026-W48", "2026-10-01..2026-12-31".
std::string format_period(const Period& p);

Period iso_week_of(Date d);
std::string iso_week_label(Date d);  // "2026-W48"
std::string month_label(Date d);     // "2026-11"
std::string month_name(std::chrono::month m);  // "May", in the language being spoken
Period month_of(Date d);
Period quarter_of(Date d);
Period year_of(Date d);

// A contact's birthday: month and day, and the year when known.
struct Birthday {
    std::chrono::month_day day;
    std::optional<std::chrono::year> year;
    friend bool operator==(const Birthday&, const Birthday&) = default;
};
// "MM-DD", "--MM-DD", "YYYY-MM-DD", "DD.MM" or "DD.MM.YYYY" (day first); "02-29" is valid.
// Throws InvalidInput naming the text.
Birthday parse_birthday(std::string_view text);
std::string format_birthday(const Birthday& b);
// "6 May" or "6 May 1980", for confirmations that make a day/month swap visible.
std::string birthday_in_words(const Birthday& b);

}  // namespace acctool
