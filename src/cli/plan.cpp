// acct plan: the week's calls and visits (man page: PLAN SCORING).
#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include "cli/commands.h"
#include "cli/context.h"
#include "cli/plan_text.h"
#include "core/errors.h"
#include "core/i18n.h"
#include "core/plan.h"
#include "core/text.h"
#include "output/ics.h"
#include "output/sink.h"
#include "store/plan_inputs.h"

namespace acctool::cli {

std::optional<std::string> slot_text(const plan::PlanItem& item) {
    if (!item.date || !item.start_minutes) return std::nullopt;
    return fmt::format("{:02}:{:02}", *item.start_minutes / 60, *item.start_minutes % 60);
}

std::string joined_reasons(const plan::PlanItem& item, bool words) {
    std::string out;
    for (const auto r : item.reasons) {
        if (!out.empty()) out += words ? ", " : ";";
        out += words ? plan::reason_words(r) : plan::reason_token(r);
    }
    return out;
}

const char* kind_word(plan::Kind kind) {
    // TRANSLATORS: the kind of a plan item in the plan's and today's tables: a phone call.
    if (kind == plan::Kind::Call) return trc("plan", "call");
    // TRANSLATORS: the kind of a plan item in the plan's and today's tables: a visit at the client.
    return trc("plan", "visit");
}

namespace {

struct PlanOptions {
    std::string week;
    std::string from;
    std::optional<int> days;
    std::optional<int> calls_per_day;
    std::optional<int> visits_per_day;
    std::optional<int> alarm;
    bool explain = false;
};

struct Range {
    Period period;
    std::string label;  // "2026-W48 (2026-11-23..2026-11-29)"
};

// --from/--days, --week, else plan::default_range.
Range resolve_range(const PlanOptions& opts, Date today, const Settings& s) {
    if (!opts.from.empty() || opts.days) {
        const int days = opts.days.value_or(7);
        if (days < 1 || days > 366)
            // TRANSLATORS: {} is the number given to --days.
            throw InvalidInput(trf("invalid days '{}': expected 1 to 366", days));
        const Date first = opts.from.empty() ? today : parse_date(opts.from, today, Direction::Future);
        const Period p{first, add_days(first, days - 1), PeriodKind::Range};
        return {p, fmt::format("{}..{}", format_date(p.first), format_date(p.last))};
    }
    if (!opts.week.empty()) {
        const Period p = parse_week(opts.week, today);
        return {p, fmt::format("{} ({}..{})", iso_week_label(p.first), format_date(p.first), format_date(p.last))};
    }
    const auto [p, next_week] = plan::default_range(today, s);
    if (!next_week)
        // TRANSLATORS: in "Plan for {}": the ISO week (2026-W48), its first and last day.
        return {p, trf("{} ({}..{}, the rest of this week)", iso_week_label(p.first), format_date(p.first),
                       format_date(p.last))};
    // TRANSLATORS: in "Plan for {}": the ISO week (2026-W49), its first and last day.
    return {p, trf("{} ({}..{}, next week: this week's last workday has passed)", iso_week_label(p.first),
                   format_date(p.first), format_date(p.last))};
}

// `invalid`: the message for a negative value (marked N_), "{}" the value.
int checked_capacity(std::optional<int> flag, int configured, const char* invalid) {
    if (!flag) return configured;
    if (*flag < 0) throw InvalidInput(trf(invalid, *flag));
    return *flag;
}

// Items with no room left in their day, and overflow items, have no time.


// The contract's columns, plus `explain` at the end with --explain.
output::Table machine_table(const plan::Plan& plan, bool explain) {
    std::vector<output::Column> columns{{NC_("column", "date")},    {NC_("column", "time")},
                                        {NC_("column", "kind")},    {NC_("column", "client_id")},
                                        {NC_("column", "client")},  {NC_("column", "tier")},
                                        {NC_("column", "contact")}, {NC_("column", "phone")},
                                        {NC_("column", "reasons")}, {NC_("column", "score")},
                                        {NC_("column", "actions")}, {NC_("column", "address")}};
    if (explain) columns.push_back({NC_("column", "explain")});
    output::Table table(columns);
    for (const auto& item : plan.items) {
        output::Row row{output::cell_or_empty(item.date), output::cell_or_empty(slot_text(item)),
                        std::string(plan::kind_token(item.kind)), item.client_id, item.client, item.tier,
                        output::text_or_empty(item.contact), output::text_or_empty(item.phone),
                        joined_reasons(item, false), static_cast<std::int64_t>(item.score),
                        output::text_or_empty(join(item.actions, ";")), output::text_or_empty(item.address)};
        if (explain) row.push_back(plan::explanation(item, false));
        table.add(std::move(row));
    }
    return table;
}

output::Table day_table(bool explain) {
    std::vector<output::Column> columns{{NC_("column", "time")},   {NC_("column", "kind")},   {NC_("column", "client")},
                                        {NC_("column", "tier")},   {NC_("column", "contact")}, {NC_("column", "phone")},
                                        {NC_("column", "reasons")}, {NC_("column", "score")},  {NC_("column", "actions")}};
    if (explain) columns.push_back({NC_("column", "explain")});
    return output::Table(columns);
}

void add_day_row(output::Table& table, const plan::PlanItem& item, bool explain) {
    output::Row row{output::cell_or_empty(slot_text(item)),
                    std::string(kind_word(item.kind)), item.client, item.tier,
                    output::text_or_empty(item.contact), output::text_or_empty(item.phone),
                    joined_reasons(item, true), static_cast<std::int64_t>(item.score),
                    output::text_or_empty(join(item.actions, trc("separator", "; ")))};
    if (explain) row.push_back(plan::explanation(item, true));
    table.add(std::move(row));
}

// For people: a heading, then one block per day that has items, then the overflow.
void write_human(Context& ctx, const plan::Plan& plan, const Range& range, bool explain) {
    const auto options = ctx.render_options();
    output::Sink out(stdout);
    // TRANSLATORS: a heading: the range planned ("2026-W48 (2026-11-23..2026-11-29)").
    out.write(trf("Plan for {}", range.label) + "\n");
    if (plan.items.empty()) out.write(std::string(tr("Nothing to plan.")) + "\n");
    std::size_t i = 0;
    while (i < plan.items.size()) {
        const auto date = plan.items[i].date;
        output::Table table = day_table(explain);
        for (; i < plan.items.size() && plan.items[i].date == date; ++i) add_day_row(table, plan.items[i], explain);
        out.write(date ? fmt::format("\n{} {}\n", weekday_abbreviation(*date), format_date(*date))
                       // TRANSLATORS: a heading above the plan's items that fit no day.
                       : "\n" + std::string(tr("Overflow (no room left in the range)")) + "\n");
        out.flush();
        output::write_table(table, output::Format::Table, options, stdout);
    }
    out.flush();
}

// UIDs are stable for a client and day (not its kind: a call that becomes a visit is the
// same event), so that re-importing a regenerated file updates events, never duplicates them.
void write_calendar(Context& ctx, const plan::Plan& plan, std::optional<int> alarm) {
    // Its text follows owner.language alone, never the environment: cron's calendar is
    // the terminal's (man page: LANGUAGES).
    std::optional<EnglishScope> english;
    if (!ctx.settings().language) english.emplace();
    std::vector<output::IcsEvent> events;
    std::size_t overflow = 0;
    for (const auto& item : plan.items) {
        if (!item.date) {
            ++overflow;
            continue;
        }
        const std::string day = format_date(*item.date);
        output::IcsEvent e;
        e.uid = fmt::format("plan-{}-{}{}{}@acct", item.client_id, day.substr(0, 4), day.substr(5, 2), day.substr(8, 2));
        e.date = *item.date;
        e.start_minutes = item.start_minutes;
        e.duration_minutes = item.duration_minutes;
        // TRANSLATORS: an event of the ICS calendar: {} is the client's name.
        e.summary = item.kind == plan::Kind::Visit ? trf("Visit {}", item.client) : trf("Call {}", item.client);
        std::string reasons;
        for (const auto r : item.reasons)
            reasons += (reasons.empty() ? "" : ", ") + std::string(trc("reason", std::string(plan::reason_words(r)).c_str()));
        // TRANSLATORS: the first line of an ICS event's description: {} lists why ("follow-up due, birthday").
        e.description = trf("Reasons: {}", reasons);
        // TRANSLATORS: a line of an ICS event's description: {} is a follow-up's action.
        for (const auto& action : item.actions) e.description += "\n" + trf("To do: {}", action);
        // TRANSLATORS: a line of an ICS event's description: {} is the contact's name.
        if (!item.contact.empty()) e.description += "\n" + trf("Contact: {}", item.contact);
        // TRANSLATORS: a line of an ICS event's description: {} is the phone number.
        if (!item.phone.empty()) e.description += "\n" + trf("Phone: {}", item.phone);
        e.location = item.address;
        e.alarm_minutes = alarm;
        events.push_back(std::move(e));
    }
    // DTSTAMP is today's date at 00:00:00Z, not the clock: the same inputs and --today
    // give the same bytes.
    output::write_ics(events, ctx.today(), stdout);
    if (overflow > 0)
        // TRANSLATORS: a count of plan items.
        ctx.info(trn("{} item did not fit in the range and is not in the calendar",
                     "{} items did not fit in the range and are not in the calendar", overflow, overflow));
}

void plan_run(Context& ctx, const PlanOptions& opts) {
    const output::Format format = ctx.format(true);
    const Date today = ctx.today();
    Settings settings = ctx.settings();
    const Range range = resolve_range(opts, today, settings);
    if (opts.alarm && *opts.alarm < 0)
        // TRANSLATORS: {} is the number given to --alarm.
        throw InvalidInput(trf("invalid alarm '{}': expected minutes before the event, 0 or more", *opts.alarm));
    settings.calls_per_day = checked_capacity(opts.calls_per_day, settings.calls_per_day,
                                              // TRANSLATORS: {} is the number given to --calls-per-day.
                                              N_("invalid calls per day '{}': expected 0 or more"));
    settings.visits_per_day = checked_capacity(opts.visits_per_day, settings.visits_per_day,
                                               // TRANSLATORS: {} is the number given to --visits-per-day.
                                               N_("invalid visits per day '{}': expected 0 or more"));
    const auto facts = store::plan_inputs(ctx.db(), range.period, settings.contact_kinds);
    const plan::Plan plan = plan::make_plan(facts, settings, range.period, today);
    switch (format) {
        case output::Format::Ics: write_calendar(ctx, plan, opts.alarm); break;
        case output::Format::Table: write_human(ctx, plan, range, opts.explain); break;
        default:
            output::write_table(machine_table(plan, opts.explain), format, ctx.render_options(), stdout);
    }
}

}  // namespace

void setup_plan(CLI::App& app, Context& ctx) {
    auto opts = std::make_shared<PlanOptions>();
    auto* cmd = app.add_subcommand("plan", tr("Plan the week's calls and visits"));
    auto* week = cmd->add_option("--week", opts->week,
                                 // TRANSLATORS: this, next and last are the values to type: keep them.
                                 tr("ISO week (2026-W49), this, next or last; default: today to the week's last workday"));
    auto* from = cmd->add_option("--from", opts->from, tr("First day of a custom range (with --days)"));
    auto* days = cmd->add_option_function<int>(
        "--days", [opts](const int& n) { opts->days = n; }, tr("Length of the range in days, 1 to 366 (default 7)"));
    week->excludes(from)->excludes(days);
    cmd->add_option_function<int>(
        "--calls-per-day", [opts](const int& n) { opts->calls_per_day = n; },
        // TRANSLATORS: plan.calls_per_day is a config key: keep it.
        tr("Calls per workday (config: plan.calls_per_day)"));
    cmd->add_option_function<int>(
        "--visits-per-day", [opts](const int& n) { opts->visits_per_day = n; },
        // TRANSLATORS: plan.visits_per_day is a config key: keep it.
        tr("Visits per workday (config: plan.visits_per_day)"));
    cmd->add_option_function<int>(
        "--alarm", [opts](const int& n) { opts->alarm = n; }, tr("ICS: a reminder this many minutes before each event"));
    cmd->add_flag("--explain", opts->explain, tr("Show how each item's score is made up"));
    on_parsed(cmd, ctx, [&ctx, opts] { plan_run(ctx, *opts); });
}

}  // namespace acctool::cli
