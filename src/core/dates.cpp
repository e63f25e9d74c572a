#include "core/dates.h"

#include <array>

#include "core/date_words.h"
#include "core/errors.h"
#include "core/i18n.h"
#include "core/text.h"

namespace acctool {

namespace chr = std::chrono;

namespace {

// The messages of fail: the text as typed, then why it is refused.
// TRANSLATORS: the first {} is the date as typed, the second why it is refused.
constexpr const char* k_bad_date = N_("invalid date '{}': {}");
// TRANSLATORS: the first {} is the period as typed, the second why it is refused.
constexpr const char* k_bad_period = N_("invalid period '{}': {}");
// TRANSLATORS: the first {} is the week as typed, the second why it is refused.
constexpr const char* k_bad_week = N_("invalid week '{}': {}");
// TRANSLATORS: the first {} is the birthday as typed, the second why it is refused.
constexpr const char* k_bad_birthday = N_("invalid birthday '{}': {}");

[[noreturn]] void fail(const char* message, std::string_view text, std::string_view why) {
    throw InvalidInput(trf(message, text, why));
}

std::string no_month(int month) { return trf("there is no month {}", month); }

// Exactly n ASCII digits at s[pos] as a number; -1 when they are not there.
int digits_at(std::string_view s, std::size_t pos, std::size_t n) {
    if (pos + n > s.size()) return -1;
    int value = 0;
    for (std::size_t i = pos; i < pos + n; ++i) {
        if (s[i] < '0' || s[i] > '9') return -1;
        value = value * 10 + (s[i] - '0');
    }
    return value;
}

std::string padded(int value, std::size_t width) {
    std::string s = std::to_string(value);
    if (s.size() < width) s.insert(0, width - s.size(), '0');
    return s;
}

enum class IsoRead { Ok, BadForm, NoSuchDay };

// YYYY-MM-DD into out; NoSuchDay when the form is right but the calendar has no such day.
IsoRead read_iso(std::string_view s, Date& out) {
    if (s.size() != 10 || s[4] != '-' || s[7] != '-') return IsoRead::BadForm;
    int y = digits_at(s, 0, 4), m = digits_at(s, 5, 2), d = digits_at(s, 8, 2);
    if (y < 0 || m < 0 || d < 0) return IsoRead::BadForm;
    out = Date{chr::year{y}, chr::month{static_cast<unsigned>(m)},
               chr::day{static_cast<unsigned>(d)}};
    return out.ok() ? IsoRead::Ok : IsoRead::NoSuchDay;
}

// "D.M", "DD.MM", "DD.MM.YYYY" (day first, as in all five countries); false for another form.
struct Dotted {
    int day = 0, month = 0;
    std::optional<int> year;
};
bool read_dotted(std::string_view s, Dotted& out) {
    std::size_t dot = s.find('.');
    if (dot == std::string_view::npos || dot == 0 || dot > 2) return false;
    const std::string_view rest = s.substr(dot + 1);
    const std::size_t dot2 = rest.find('.');
    const std::string_view month = rest.substr(0, dot2);
    if (month.empty() || month.size() > 2) return false;
    out.day = digits_at(s, 0, dot);
    out.month = digits_at(month, 0, month.size());
    if (out.day < 0 || out.month < 0) return false;
    out.year.reset();
    if (dot2 != std::string_view::npos) {
        const std::string_view year = rest.substr(dot2 + 1);
        if (year.size() != 4 || (out.year = digits_at(year, 0, 4)) < 0) return false;
    }
    return true;
}

// Why a day and month never exist together ("there is no month 13", "April has no day
// 31"); empty when they do in some year (29.02 in a leap year).
std::string impossible_day(int day, int month) {
    if (month < 1 || month > 12) return no_month(month);
    const chr::month_day md{chr::month{unsigned(month)}, chr::day{unsigned(day)}};
    if (day >= 1 && md.ok()) return {};
    // TRANSLATORS: "April has no day 31": a month's name (in its form after a day's
    // number, msgctxt "day month": "31 Απριλίου", "31 апреля"), then the day asked for.
    return trf("{} has no day {}", month_name_after_day(chr::month{unsigned(month)}), day);
}

// Why a well-formed date does not exist: "there is no month 13", "2026-02 has 28 days".
std::string no_such_day(Date d) {
    if (!d.month().ok()) return no_month(static_cast<int>(unsigned(d.month())));
    auto last = chr::year_month_day_last{d.year(), chr::month_day_last{d.month()}}.day();
    // TRANSLATORS: "2026-02 has 28 days": a month as YYYY-MM, then its number of days.
    return trn("{} has {} day", "{} has {} days", unsigned(last), month_label(Date{d.year(), d.month(), chr::day{1}}),
               unsigned(last));
}

constexpr std::array<std::string_view, 7> k_weekday_names{
    "sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"};

// "fri" or "friday" (already lower-case); nullopt for anything else.
std::optional<chr::weekday> read_weekday(std::string_view s) {
    for (unsigned i = 0; i < k_weekday_names.size(); ++i)
        if (s == k_weekday_names[i] || s == k_weekday_names[i].substr(0, 3)) return chr::weekday{i};
    return std::nullopt;
}

Date nearest_weekday(Date today, chr::weekday target, Direction direction) {
    chr::weekday now = weekday_of(today);
    // weekday subtraction counts forward days modulo 7, always 0..6.
    int back = static_cast<int>((now - target).count());
    int ahead = static_cast<int>((target - now).count());
    return add_days(today, direction == Direction::Past ? -back : ahead);
}

// "+3d", "-2w", "+1m", "+1y" (lower-case); nullopt when s is not an offset.
std::optional<Date> read_offset(std::string_view s, Date today) {
    if (s.size() < 3 || (s[0] != '+' && s[0] != '-')) return std::nullopt;
    // At most four digits: 9999 years still fits std::chrono::year.
    std::size_t length = s.size() - 2;
    int n = length <= 4 ? digits_at(s, 1, length) : -1;
    if (n < 0) return std::nullopt;
    if (s[0] == '-') n = -n;
    switch (s.back()) {
        case 'd': return add_days(today, n);
        case 'w': return add_days(today, 7 * n);
        case 'm': return add_months(today, n);
        case 'y': return add_months(today, 12 * n);
        default: return std::nullopt;
    }
}

}  // namespace

// Offsets need their sign ("3d" is rejected with a hint) so that a bare number is never
// mistaken for a day of the month.
Date parse_date(std::string_view text, Date today, Direction direction) {
    std::string s = ascii_lower(trim(text));
    if (s == "today") return today;
    if (s == "yesterday") return add_days(today, -1);
    if (s == "tomorrow") return add_days(today, 1);
    if (auto wd = read_weekday(s)) return nearest_weekday(today, *wd, direction);
    if (auto d = read_offset(s, today)) return *d;
    Date d;
    switch (read_iso(s, d)) {
        case IsoRead::Ok: return d;
        case IsoRead::NoSuchDay: fail(k_bad_date, text, no_such_day(d));
        case IsoRead::BadForm: break;
    }
    if (Dotted dotted; read_dotted(s, dotted)) {
        if (auto why = impossible_day(dotted.day, dotted.month); !why.empty()) fail(k_bad_date, text, why);
        const chr::month_day md{chr::month{unsigned(dotted.month)}, chr::day{unsigned(dotted.day)}};
        if (dotted.year) {
            const Date exact = chr::year{*dotted.year} / md;
            if (!exact.ok()) fail(k_bad_date, text, no_such_day(exact));
            return exact;
        }
        // The nearest such day in the field's direction: today or earlier for what
        // happened, today or later for what is planned (29.02: the nearest leap year's).
        const int step = direction == Direction::Past ? -1 : 1;
        for (chr::year y = today.year(); ; y += chr::years{step}) {
            const Date candidate = y / md;
            if (candidate.ok() && (direction == Direction::Past ? candidate <= today : candidate >= today))
                return candidate;
        }
    }
    // The words of the five languages ("vendredi", "σήμερα"), after every English form.
    if (auto offset = relative_day_word(trim(text))) return add_days(today, *offset);
    if (auto wd = weekday_word(trim(text))) return nearest_weekday(today, *wd, direction);
    if (!s.empty() && read_offset("+" + s, today))
        fail(k_bad_date, text, trf("an offset needs a sign; write +{} or -{}", s, s));
    const DateWordsShown words = date_words_shown(current_language());
    fail(k_bad_date, text,
         // TRANSLATORS: what a date may be; acct fills in the words of your language that it reads:
         // today, yesterday, tomorrow, then the abbreviations of Monday and Sunday ("oggi, ieri, domani,
         // a weekday (lun..dom)"). Translate YYYY-MM-DD and DD.MM as your language writes them
         // (AAAA-MM-GG); keep +3d, -2w, +1m, which are typed as they are.
         trf("expected YYYY-MM-DD, DD.MM.YYYY, DD.MM, {}, {}, {}, a weekday ({}..{}), or an offset like +3d, -2w, +1m",
             words.today, words.yesterday, words.tomorrow, words.monday, words.sunday));
}

Date parse_iso_date(std::string_view text) {
    Date d;
    switch (read_iso(text, d)) {
        case IsoRead::Ok: return d;
        case IsoRead::NoSuchDay: fail(k_bad_date, text, no_such_day(d));
        case IsoRead::BadForm: break;
    }
    fail(k_bad_date, text, tr("expected YYYY-MM-DD"));
}

std::optional<Date> try_parse_iso_date(std::string_view text) {
    Date d;
    if (read_iso(text, d) == IsoRead::Ok) return d;
    return std::nullopt;
}

std::string format_date(Date d) {
    return padded(int(d.year()), 4) + "-" + padded(int(unsigned(d.month())), 2) + "-" +
           padded(int(unsigned(d.day())), 2);
}

int days_between(Date from, Date to) {
    return static_cast<int>((chr::sys_days{to} - chr::sys_days{from}).count());
}

Date add_days(Date d, int days) { return Date{chr::sys_days{d} + chr::days{days}}; }

Date add_months(Date d, int months) {
    chr::year_month ym = chr::year_month{d.year(), d.month()} + chr::months{months};
    chr::day last = chr::year_month_day_last{ym.year(), chr::month_day_last{ym.month()}}.day();
    return Date{ym.year(), ym.month(), d.day() < last ? d.day() : last};
}

chr::weekday weekday_of(Date d) { return chr::weekday{chr::sys_days{d}}; }

// ---- Periods ---------------------------------------------------------------------------

namespace {

// The ISO week-year and week number of d: the week belongs to the year of its Thursday.
std::pair<int, int> iso_week_number(Date d) {
    Date thursday = add_days(iso_week_of(d).first, 3);
    Date jan1{thursday.year(), chr::January, chr::day{1}};
    return {int(thursday.year()), days_between(jan1, thursday) / 7 + 1};
}

// Monday of ISO week `week` of `year`: week 1 is the week that holds 4 January.
Date iso_week_start(int year, int week) {
    Date jan4{chr::year{year}, chr::January, chr::day{4}};
    return add_days(iso_week_of(jan4).first, 7 * (week - 1));
}

int iso_weeks_in(int year) {
    return iso_week_number(Date{chr::year{year}, chr::December, chr::day{28}}).second;
}

Date last_of_month(Date d) {
    return Date{chr::year_month_day_last{d.year(), chr::month_day_last{d.month()}}};
}

// A range bound: the day that starts or ends it moved by `months`, keeping a month-end a
// month-end (so that qtd to 30 June compares with the whole of Q1, to 31 March).
Date shift_keeping_month_end(Date d, int months) {
    Date moved = add_months(d, months);
    return d == last_of_month(d) ? last_of_month(moved) : moved;
}

// The keyword periods, as data: which calendar unit, and how far from today.
struct RelativePeriod {
    std::string_view name;
    Period (*unit)(Date);
    int shift_months;
    int shift_days;
};
constexpr std::array<RelativePeriod, 12> k_relative_periods{{
    {"this-week", iso_week_of, 0, 0},
    {"last-week", iso_week_of, 0, -7},
    {"next-week", iso_week_of, 0, 7},
    {"this-month", month_of, 0, 0},
    {"last-month", month_of, -1, 0},
    {"next-month", month_of, 1, 0},
    {"this-quarter", quarter_of, 0, 0},
    {"last-quarter", quarter_of, -3, 0},
    {"next-quarter", quarter_of, 3, 0},
    {"this-year", year_of, 0, 0},
    {"last-year", year_of, -12, 0},
    {"next-year", year_of, 12, 0},
}};

struct ToDatePeriod {
    std::string_view name;
    Period (*unit)(Date);
    PeriodKind kind;
};
constexpr std::array<ToDatePeriod, 3> k_to_date_periods{{
    {"ytd", year_of, PeriodKind::YearToDate},
    {"qtd", quarter_of, PeriodKind::QuarterToDate},
    {"mtd", month_of, PeriodKind::MonthToDate},
}};

std::optional<Period> read_relative_period(std::string_view s, Date today) {
    for (const auto& r : k_relative_periods)
        if (s == r.name) return r.unit(add_days(add_months(today, r.shift_months), r.shift_days));
    for (const auto& r : k_to_date_periods)
        if (s == r.name) return Period{r.unit(today).first, today, r.kind};
    return std::nullopt;
}

constexpr const char* k_period_forms =
    N_("expected 2026, 2026-Q4, 2026-11, 2026-W48, FROM..TO, this-week, last-week, this-month, "
       "last-month, this-quarter, last-quarter, this-year, last-year, ytd, qtd or mtd");

// "2026", "2026-Q4", "2026-11", "2026-W48" or one day "2026-11-23" (lower-case s).
std::optional<Period> read_calendar_period(std::string_view s, std::string_view text, Date today) {
    int y = digits_at(s, 0, 4);
    if (y < 0 || (s.size() > 4 && s[4] != '-')) return std::nullopt;
    Date jan1{chr::year{y}, chr::January, chr::day{1}};
    if (s.size() == 4) return year_of(jan1);
    if (s.size() == 7 && s[5] == 'q') {
        int q = digits_at(s, 6, 1);
        if (q < 1 || q > 4) fail(k_bad_period, text, tr("quarters are Q1 to Q4"));
        return quarter_of(add_months(jan1, 3 * (q - 1)));
    }
    if (s.size() == 7) {
        int m = digits_at(s, 5, 2);
        if (m < 0) return std::nullopt;
        if (m < 1 || m > 12) fail(k_bad_period, text, no_month(m));
        return month_of(add_months(jan1, m - 1));
    }
    if (s.size() == 8 && s[5] == 'w') return parse_week(text, today);
    Date d;
    switch (read_iso(s, d)) {
        case IsoRead::Ok: return Period{d, d, PeriodKind::Range};
        case IsoRead::NoSuchDay: fail(k_bad_date, text, no_such_day(d));
        case IsoRead::BadForm: return std::nullopt;
    }
    return std::nullopt;
}

// FROM..TO, both inclusive. A weekday on the left is the latest one up to today and on the
// right the earliest one from today, so that "mon..fri" is the current working week.
Period read_range(std::string_view text, std::size_t dots, Date today) {
    std::string_view from = trim(text.substr(0, dots));
    std::string_view to = trim(text.substr(dots + 2));
    if (from.empty() || to.empty()) fail(k_bad_period, text, tr("expected a date on both sides of '..'"));
    Period p{parse_date(from, today, Direction::Past), parse_date(to, today, Direction::Future),
             PeriodKind::Range};
    if (p.last < p.first)
        fail(k_bad_period, text, trf("it starts on {}, after its end on {}", format_date(p.first), format_date(p.last)));
    return p;
}

}  // namespace

Period parse_period(std::string_view text, Date today) {
    std::string_view body = trim(text);
    std::size_t dots = body.find("..");
    if (dots != std::string_view::npos) return read_range(body, dots, today);
    std::string s = ascii_lower(body);
    if (auto p = read_relative_period(s, today)) return *p;
    if (auto p = read_calendar_period(s, body, today)) return *p;
    fail(k_bad_period, text, tr(k_period_forms));
}

Period parse_week(std::string_view text, Date today) {
    std::string s = ascii_lower(trim(text));
    if (s == "this") return iso_week_of(today);
    if (s == "next") return iso_week_of(add_days(today, 7));
    if (s == "last") return iso_week_of(add_days(today, -7));
    int y = digits_at(s, 0, 4), w = digits_at(s, 6, 2);
    if (s.size() != 8 || y < 0 || s[4] != '-' || s[5] != 'w' || w < 0)
        fail(k_bad_week, text, tr("expected YYYY-Www (ISO 8601, like 2026-W48), this, next or last"));
    int weeks = iso_weeks_in(y);
    if (w < 1 || w > weeks)
        // TRANSLATORS: "2026 has ISO weeks 01 to 53": a year, then its last week's number.
        fail(k_bad_week, text, trf("{} has ISO weeks 01 to {}", y, weeks));
    return iso_week_of(iso_week_start(y, w));
}

Period previous_period(const Period& p) {
    switch (p.kind) {
        case PeriodKind::Week: return iso_week_of(add_days(p.first, -7));
        case PeriodKind::Month: return month_of(add_months(p.first, -1));
        case PeriodKind::Quarter: return quarter_of(add_months(p.first, -3));
        case PeriodKind::Year: return year_of(add_months(p.first, -12));
        case PeriodKind::YearToDate:
        case PeriodKind::QuarterToDate:
        case PeriodKind::MonthToDate: {
            int months = p.kind == PeriodKind::YearToDate      ? 12
                         : p.kind == PeriodKind::QuarterToDate ? 3
                                                               : 1;
            return Period{add_months(p.first, -months), shift_keeping_month_end(p.last, -months),
                          p.kind};
        }
        case PeriodKind::Range: break;
    }
    int length = p.days();
    return Period{add_days(p.first, -length), add_days(p.last, -length), PeriodKind::Range};
}

std::string format_period(const Period& p) {
    switch (p.kind) {
        case PeriodKind::Year: return padded(int(p.first.year()), 4);
        case PeriodKind::Quarter:
            return padded(int(p.first.year()), 4) + "-Q" +
                   std::to_string((unsigned(p.first.month()) - 1) / 3 + 1);
        case PeriodKind::Month: return month_label(p.first);
        case PeriodKind::Week: return iso_week_label(p.first);
        default: return format_date(p.first) + ".." + format_date(p.last);
    }
}

Period iso_week_of(Date d) {
    // weekday subtraction counts days since Monday, 0..6.
    auto since_monday = static_cast<int>((weekday_of(d) - chr::Monday).count());
    Date monday = add_days(d, -since_monday);
    return Period{monday, add_days(monday, 6), PeriodKind::Week};
}

std::string iso_week_label(Date d) {
    auto [year, week] = iso_week_number(d);
    return padded(year, 4) + "-W" + padded(week, 2);
}

std::string month_label(Date d) {
    return padded(int(d.year()), 4) + "-" + padded(int(unsigned(d.month())), 2);
}

Period month_of(Date d) {
    return Period{Date{d.year(), d.month(), chr::day{1}}, last_of_month(d), PeriodKind::Month};
}

Period quarter_of(Date d) {
    unsigned first_month = (unsigned(d.month()) - 1) / 3 * 3 + 1;
    Date first{d.year(), chr::month{first_month}, chr::day{1}};
    return Period{first, last_of_month(add_months(first, 2)), PeriodKind::Quarter};
}

Period year_of(Date d) {
    return Period{Date{d.year(), chr::January, chr::day{1}},
                  Date{d.year(), chr::December, chr::day{31}}, PeriodKind::Year};
}

// ---- Birthdays -------------------------------------------------------------------------

Birthday parse_birthday(std::string_view text) {
    std::string_view s = trim(text);
    if (s.size() == 7 && s.substr(0, 2) == "--") s.remove_prefix(2);  // ISO 8601's --MM-DD
    if (Dotted dotted; read_dotted(s, dotted)) {
        if (auto why = impossible_day(dotted.day, dotted.month); !why.empty()) fail(k_bad_birthday, text, why);
        const chr::month_day md{chr::month{unsigned(dotted.month)}, chr::day{unsigned(dotted.day)}};
        if (!dotted.year) return Birthday{md, std::nullopt};
        const Date d = chr::year{*dotted.year} / md;
        if (!d.ok()) fail(k_bad_birthday, text, no_such_day(d));
        return Birthday{md, d.year()};
    }
    if (s.size() == 5 && s[2] == '-') {
        int m = digits_at(s, 0, 2), d = digits_at(s, 3, 2);
        if (m >= 0 && d >= 0) {
            // Without a year any day that exists in a leap year is fine: 02-29 included.
            chr::month_day md{chr::month{unsigned(m)}, chr::day{unsigned(d)}};
            if (md.ok()) return Birthday{md, std::nullopt};
            fail(k_bad_birthday, text,
                 md.month().ok() ? trf("month {} has no day {}", padded(m, 2), padded(d, 2)) : no_month(m));
        }
    }
    Date d;
    switch (read_iso(s, d)) {
        case IsoRead::Ok: return Birthday{chr::month_day{d.month(), d.day()}, d.year()};
        case IsoRead::NoSuchDay: fail(k_bad_birthday, text, no_such_day(d));
        case IsoRead::BadForm: break;
    }
    fail(k_bad_birthday, text, tr("expected MM-DD, --MM-DD, YYYY-MM-DD, DD.MM or DD.MM.YYYY"));
}

std::string birthday_in_words(const Birthday& b) {
    std::string out = std::to_string(unsigned(b.day.day())) + " " + month_name_after_day(b.day.month());
    if (b.year) out += " " + std::to_string(int(*b.year));
    return out;
}

std::string format_birthday(const Birthday& b) {
    std::string out = b.year ? padded(int(*b.year), 4) + "-" : "";
    return out + padded(int(unsigned(b.day.month())), 2) + "-" +
           padded(int(unsigned(b.day.day())), 2);
}

std::string month_name(chr::month m) { return month_long_name(m); }

std::string_view weekday_abbreviation(Date d) { return weekday_short_name(weekday_of(d)); }

}  // namespace acctool
