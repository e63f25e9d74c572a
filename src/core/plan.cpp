#include "core/plan.h"

#include "core/i18n.h"
#include "core/report_math.h"

#include <algorithm>
#include <map>

namespace acctool::plan {
namespace {

const TierRule& tier_rule(const Settings& settings, const std::string& tier) {
    static const TierRule k_unknown{"", 30, std::nullopt, 1};
    const TierRule* rule = settings.find_tier(tier);
    return rule ? *rule : k_unknown;
}

// Days a contact cycle of `every` days is late, counted at the range's first day; a cycle
// falling due inside the range counts 1, a client never contacted counts one full cycle.
std::optional<long long> days_overdue(std::optional<Date> last, int every, const Period& range) {
    if (!last) return every;
    const Date due = add_days(*last, every);
    if (due > range.last) return std::nullopt;
    return std::max(1, days_between(due, range.first));
}

// The day of a birthday in a given year; 02-29 falls on 02-28 in other years.
Date birthday_in(std::chrono::year y, std::chrono::month_day md) {
    Date d{y, md.month(), md.day()};
    if (!d.ok()) d = Date{y, md.month(), std::chrono::day{28}};
    return d;
}

std::optional<Date> first_birthday_in(const std::vector<std::chrono::month_day>& birthdays, const Period& range) {
    std::optional<Date> first;
    for (const auto& md : birthdays)
        for (auto y = range.first.year(); y <= range.last.year(); ++y) {
            const Date d = birthday_in(y, md);
            if (range.contains(d) && (!first || d < *first)) first = d;
        }
    return first;
}

// A day off moves a pinned item to the workday before it; when the range has none before,
// to the first workday after.
std::optional<Date> workday_for(Date d, const std::vector<Date>& workdays) {
    std::optional<Date> before;
    for (const Date w : workdays) {
        if (w == d) return w;
        if (w < d) before = w;
        else if (!before) return w;
    }
    return before;
}

void add(PlanItem& item, Reason reason, long long points, int weight = 0, std::optional<long long> days = {}) {
    item.reasons.push_back(reason);
    item.parts.push_back({reason, points, weight, days});
    item.score += points;
}

// A weighted part in English: "3 × 12 days overdue = 36".
std::string weighted_english(const ScorePart& part) {
    const char* what = part.reason == Reason::Visit ? "since a visit was due" : "overdue";
    const long long days = *part.days;
    return fmt::format("{} × {} {} {} = {}", part.weight, days, days == 1 ? "day" : "days", what, part.points);
}

// The same in the user's language, after the reason in words.
std::string weighted_words(const ScorePart& part) {
    const char* reason = trc("reason", reason_words(part.reason).data());
    const long long days = *part.days;
    const auto n = static_cast<unsigned long>(days);
    if (part.reason == Reason::Visit)
        // TRANSLATORS: a line of plan --explain: the reason in words ("due for a visit"), the
        // tier's weight, the days since a visit was due, the points they give.
        return trn("{}: {} × {} day since a visit was due = {}", "{}: {} × {} days since a visit was due = {}", n,
                   reason, part.weight, days, part.points);
    // TRANSLATORS: a line of plan --explain: the reason in words ("due for contact"), the
    // tier's weight, the days the contact cadence is overdue, the points they give.
    return trn("{}: {} × {} day overdue = {}", "{}: {} × {} days overdue = {}", n, reason, part.weight, days,
               part.points);
}

void add_state_reasons(PlanItem& item, const ClientFacts& f, const Settings& s, const Period& range, Date today) {
    if (f.next_expected_close && *f.next_expected_close <= range.last)
        add(item, Reason::DealClosing, k_deal_closing_points);
    // The reports' rule on the client's open deals: the earliest expected close and the
    // oldest stage change (a missing stage change is never old).
    if ((f.oldest_stage_change || f.next_expected_close) &&
        is_stale(f.next_expected_close, f.oldest_stage_change.value_or(today), f.last_touch, today,
                 s.stale_after_days))
        add(item, Reason::DealStale, k_deal_stale_points);
    if (f.oldest_unpaid_due && *f.oldest_unpaid_due < today)
        add(item, Reason::InvoiceOverdue, k_invoice_overdue_points);
    if (is_dormant(f.customer ? ClientStatus::Customer : ClientStatus::Prospect, f.last_won, today,
                   s.dormant_after_days))
        add(item, Reason::Dormant, k_dormant_points);
    const bool case_old = f.oldest_open_case && days_between(*f.oldest_open_case, today) > k_case_response_days;
    if (f.unanswered_cases > 0 || case_old)
        add(item, Reason::CaseOpen, k_case_open_points);
}

// The day the item's earliest reason falls due; empty when one already is (a client never
// contacted, an overdue invoice, a stale deal, a dormant customer, an open case).
std::optional<Date> due_day(const PlanItem& item, const ClientFacts& f, const TierRule& tier) {
    std::optional<Date> due;
    bool now = false;
    auto falls_due = [&](std::optional<Date> d) {
        if (!d) now = true;
        else if (!due || *d < *due) due = d;
    };
    auto every_from = [](std::optional<Date> last, int every) {
        return last ? std::optional<Date>(add_days(*last, every)) : std::nullopt;
    };
    for (const Reason r : item.reasons) switch (r) {
            case Reason::Cadence: falls_due(every_from(f.last_touch, f.cadence_days.value_or(tier.cadence_days))); break;
            case Reason::Visit: falls_due(every_from(f.last_visit, tier.visit_every_days.value_or(0))); break;
            case Reason::DealClosing: falls_due(f.next_expected_close); break;
            case Reason::FollowUp: case Reason::FollowUpMissed: case Reason::Birthday: break;  // pinned
            default: now = true;
        }
    return now ? std::nullopt : due;
}

}  // namespace

std::string_view reason_token(Reason r) {
    switch (r) {
        // TRANSLATORS: a plan reason's token, as the portfolio's flags and the plan's explain
        // column show it (CSV, JSON and ICS keep it in English).
        case Reason::FollowUp: return NC_("token", "follow-up");
        case Reason::FollowUpMissed: return NC_("token", "follow-up-missed");
        case Reason::Birthday: return NC_("token", "birthday");
        case Reason::Cadence: return NC_("token", "cadence");
        case Reason::Visit: return NC_("token", "visit");
        case Reason::DealClosing: return NC_("token", "deal-closing");
        case Reason::DealStale: return NC_("token", "deal-stale");
        case Reason::InvoiceOverdue: return NC_("token", "invoice-overdue");
        case Reason::Dormant: return NC_("token", "dormant");
        case Reason::CaseOpen: return NC_("token", "case-open");
    }
    return "";
}

std::string_view reason_words(Reason r) {
    switch (r) {
        // TRANSLATORS: why a client is in the plan, in words: the plan's table, today's card
        // and the ICS description (today's CSV and JSON keep it in English).
        case Reason::FollowUp: return NC_("reason", "follow-up due");
        case Reason::FollowUpMissed: return NC_("reason", "follow-up missed");
        case Reason::Birthday: return NC_("reason", "birthday");
        case Reason::Cadence: return NC_("reason", "due for contact");
        case Reason::Visit: return NC_("reason", "due for a visit");
        case Reason::DealClosing: return NC_("reason", "deal closing");
        case Reason::DealStale: return NC_("reason", "deal gone stale");
        case Reason::InvoiceOverdue: return NC_("reason", "invoice overdue");
        case Reason::Dormant: return NC_("reason", "no order for long");
        case Reason::CaseOpen: return NC_("reason", "open case");
    }
    return "";
}

std::string explanation(const PlanItem& item, bool words) {
    const std::string separator = words ? trc("separator", "; ") : "; ";
    std::string out;
    for (const ScorePart& part : item.parts) {
        if (!out.empty()) out += separator;
        if (words)
            out += part.days ? weighted_words(part)
                             : fmt::format("{} +{}", trc("reason", reason_words(part.reason).data()), part.points);
        else
            out += part.days ? fmt::format("{} {}", reason_token(part.reason), weighted_english(part))
                             : fmt::format("{} +{}", reason_token(part.reason), part.points);
    }
    return out;
}

// TRANSLATORS: the kind of a plan item, as the plan's tables show it (CSV, JSON and ICS
// keep it in English).
std::string_view kind_token(Kind k) { return k == Kind::Visit ? NC_("token", "visit") : NC_("token", "call"); }

bool is_workday(Date d, const Settings& settings) {
    return std::ranges::find(settings.workdays, weekday_of(d)) != settings.workdays.end() &&
           std::ranges::find(settings.holidays, d) == settings.holidays.end();
}

std::vector<Date> workdays_of(const Period& range, const Settings& settings) {
    std::vector<Date> days;
    for (Date d = range.first; d <= range.last; d = add_days(d, 1))
        if (is_workday(d, settings)) days.push_back(d);
    return days;
}

DefaultRange default_range(Date today, const Settings& settings) {
    const Period week = parse_week("this", today);
    const std::vector<Date> workdays = workdays_of(week, settings);
    if (!workdays.empty() && today <= workdays.back()) return {Period{today, week.last, PeriodKind::Range}, false};
    return {parse_week("next", today), true};
}

std::optional<PlanItem> assess(const ClientFacts& f, const Settings& s, const Period& range, Date today) {
    const TierRule& tier = tier_rule(s, f.tier);
    const std::vector<Date> workdays = workdays_of(range, s);
    PlanItem item;
    item.client_id = f.client_id;
    item.client = f.name;
    item.tier = f.tier;
    item.contact = f.contact;
    item.phone = f.phone;
    item.address = f.address;

    // A follow-up due in the range pins its day; one missed before the range pins the
    // range's first day (the schedule moves a day already past to the first still to come).
    std::optional<Date> pin;
    bool due_in_range = false, missed = false;
    for (const FollowUpFact& fu : f.follow_ups) {
        if (fu.due > range.last) continue;
        const bool in_range = range.contains(fu.due);
        due_in_range = due_in_range || in_range;
        missed = missed || !in_range;
        const Date day = in_range ? fu.due : range.first;
        if (!pin || day < *pin) pin = day;
        if (!fu.action.empty()) item.actions.push_back(fu.action);
    }
    if (due_in_range) add(item, Reason::FollowUp, k_follow_up_points);
    if (missed) add(item, Reason::FollowUpMissed, k_follow_up_points);
    if (auto birthday = first_birthday_in(f.birthdays, range)) {
        add(item, Reason::Birthday, k_birthday_points);
        if (!pin || *birthday < *pin) pin = birthday;
    }
    if (pin) item.pinned = workday_for(*pin, workdays);

    if (auto late = days_overdue(f.last_touch, f.cadence_days.value_or(tier.cadence_days), range))
        add(item, Reason::Cadence, tier.weight * *late, tier.weight, *late);
    if (tier.visit_every_days) {
        if (auto late = days_overdue(f.last_visit, *tier.visit_every_days, range)) {
            add(item, Reason::Visit, tier.weight * *late, tier.weight, *late);
            item.kind = Kind::Visit;
        }
    }
    add_state_reasons(item, f, s, range, today);
    if (item.reasons.empty()) return std::nullopt;
    std::ranges::sort(item.reasons);
    item.due = due_day(item, f, tier);
    return item;
}

Plan schedule(std::vector<PlanItem> items, const Settings& settings, const Period& range, Date today) {
    Plan plan{range, workdays_of(range, settings), {}};
    std::vector<Date> open;  // the workdays still to come
    for (const Date d : plan.workdays)
        if (d >= today) open.push_back(d);
    std::ranges::sort(items, [](const PlanItem& a, const PlanItem& b) {
        return a.score != b.score ? a.score > b.score : a.client_id < b.client_id;
    });
    // used[kind][day]: items placed so far; pinned ones count, even past capacity.
    std::map<Date, int> used[2];
    const int capacity[2] = {settings.calls_per_day, settings.visits_per_day};
    auto index = [](Kind k) { return k == Kind::Visit ? 1 : 0; };
    for (auto& item : items)
        if (item.pinned && !open.empty()) {
            item.date = *item.pinned < open.front() ? open.front() : *item.pinned;
            ++used[index(item.kind)][*item.date];
        }
    for (auto& item : items) {
        if (item.pinned || open.empty()) continue;
        const int k = index(item.kind);
        auto has_room = [&](std::size_t i) { return used[k][open[i]] < capacity[k]; };
        // Already due: from the first day on. Due later: its day (or the workday before
        // it), then earlier days back to the first, then the days after it.
        std::size_t target = 0;
        if (item.due)
            while (target + 1 < open.size() && open[target + 1] <= *item.due) ++target;
        std::optional<std::size_t> chosen;
        for (std::size_t i = target + 1; i-- > 0;)
            if (has_room(i)) {
                chosen = i;
                break;
            }
        for (std::size_t i = target + 1; !chosen && i < open.size(); ++i)
            if (has_room(i)) chosen = i;
        if (chosen) {
            item.date = open[*chosen];
            ++used[k][*item.date];
        }
    }
    // Scheduled by day, pinned first, then score order; overflow last, in score order.
    std::ranges::stable_sort(items, [](const PlanItem& a, const PlanItem& b) {
        if (a.date.has_value() != b.date.has_value()) return a.date.has_value();
        if (a.date && *a.date != *b.date) return *a.date < *b.date;
        return a.pinned.has_value() && !b.pinned.has_value();
    });
    std::map<Date, int> next_slot;
    std::map<Date, int> clock;  // the next free minute of each day
    for (auto& item : items) {
        item.duration_minutes = item.kind == Kind::Visit ? settings.visit_minutes : settings.slot_minutes;
        if (!item.date) continue;
        item.slot = next_slot[*item.date]++;
        const auto at = clock.try_emplace(*item.date, settings.day_start_minutes).first;
        if (at->second + item.duration_minutes <= settings.day_end_minutes) {
            item.start_minutes = at->second;
            at->second += item.duration_minutes;
        }
    }
    plan.items = std::move(items);
    return plan;
}

Plan make_plan(const std::vector<ClientFacts>& clients, const Settings& settings, const Period& range, Date today) {
    std::vector<PlanItem> items;
    for (const auto& facts : clients)
        if (auto item = assess(facts, settings, range, today)) items.push_back(std::move(*item));
    return schedule(std::move(items), settings, range, today);
}

}  // namespace acctool::plan
