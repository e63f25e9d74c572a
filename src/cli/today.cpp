// acct today: the morning's one screen (man page: COMMANDS, "The day"): today's calls and
// visits, overdue follow-ups, birthdays, cases waiting for a first response and invoices
// that fell due since the last workday. A card of sections in `table`; one row per item
// with a `section` column in csv, tsv and json.
#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include "cli/commands.h"
#include "cli/context.h"
#include "cli/plan_text.h"
#include "core/i18n.h"
#include "core/plan.h"
#include "core/today.h"
#include "output/card.h"
#include "store/cases.h"
#include "store/followups.h"
#include "store/invoices.h"
#include "store/plan_inputs.h"
#include "store/today.h"

namespace acctool::cli {
namespace {

using output::Cell;
using today::Section;

// One item of the day, in the columns of the machine formats.
struct Item {
    Section section;
    std::optional<std::string> time;
    std::string kind;
    Id client_id = 0;
    std::string client, contact, phone, detail;
    std::optional<Date> date;
    std::optional<Money> amount;
    std::string currency;
};

// The reasons in words, then what the client's follow-ups say to do.
std::string reasons_and_actions(const plan::PlanItem& item) {
    std::string out = joined_reasons(item, true);
    for (const auto& action : item.actions) out += "; " + action;
    return out;
}

std::vector<Item> gather(Context& ctx) {
    const Date day = ctx.today();
    const Settings& settings = ctx.settings();
    auto& db = ctx.db();
    std::vector<Item> items;
    const Period range{day, day};
    for (const auto& p : plan::make_plan(store::plan_inputs(db, range, settings.contact_kinds), settings, range, day).items) {
        if (!p.date || *p.date != day) continue;
        items.push_back({Section::Plan, slot_text(p), std::string(plan::kind_token(p.kind)), p.client_id, p.client,
                         p.contact, p.phone, reasons_and_actions(p), day, std::nullopt, ""});
    }
    store::FollowUpFilter overdue;
    overdue.overdue_on = day;
    for (const auto& f : store::list_followups(db, overdue))
        items.push_back({Section::Followup, std::nullopt, "follow-up", f.client_id, f.client_name, f.contact_name, "",
                         f.action, f.due, std::nullopt, ""});
    for (const auto& b : store::birthdays_on(db, today::birthday_keys(day)))
        items.push_back({Section::Birthday, std::nullopt, "birthday", b.client_id, b.client, b.contact, b.phone, "",
                         day, std::nullopt, ""});
    for (const auto& c : store::list_cases(db, true))
        if (today::waits_for_response(c))
            items.push_back({Section::Case, c.opened_at.substr(11), std::string(to_string(c.severity)), c.client_id,
                             c.client_name, "", "", c.summary, parse_iso_date(c.opened_at.substr(0, 10)), std::nullopt,
                             ""});
    store::InvoiceFilter open;
    open.open_only = true;
    const Date before = today::previous_workday(day, settings);
    for (const auto& i : store::list_invoices(db, open))
        if (today::fell_due(i, day, before))
            items.push_back({Section::Invoice, std::nullopt, "invoice", i.client_id, i.client_name, "", "", i.number,
                             i.due, i.open_amount(), i.currency});
    return items;
}

Cell text(const std::string& s) { return output::text_or_empty(s); }

output::Table machine_table(const std::vector<Item>& items) {
    output::Table table({{NC_("column", "section")},
                         {NC_("column", "time")},
                         {NC_("column", "kind")},
                         {NC_("column", "client_id")},
                         {NC_("column", "client")},
                         {NC_("column", "contact")},
                         {NC_("column", "phone")},
                         {NC_("column", "detail")},
                         {NC_("column", "date")},
                         {NC_("column", "amount")},
                         {NC_("column", "currency")}});
    for (const auto& i : items)
        table.add({std::string(today::section_token(i.section)), output::cell_or_empty(i.time), i.kind, i.client_id,
                   i.client, text(i.contact), text(i.phone), text(i.detail), output::cell_or_empty(i.date),
                   i.amount ? output::amount_cell(*i.amount, i.currency) : Cell{}, text(i.currency)});
    return table;
}

// For people: each section that has items, with the columns that say something in it.
output::Table section_table(Section section, const std::vector<Item>& items) {
    std::vector<output::Column> columns;
    switch (section) {
        case Section::Plan:
            columns = {{NC_("column", "time")},    {NC_("column", "kind")},  {NC_("column", "client")},
                       {NC_("column", "contact")}, {NC_("column", "phone")}, {NC_("column", "why")}};
            break;
        case Section::Followup:
            columns = {{NC_("column", "due")}, {NC_("column", "client")}, {NC_("column", "contact")},
                       {NC_("column", "action")}};
            break;
        case Section::Birthday:
            columns = {{NC_("column", "client")}, {NC_("column", "contact")}, {NC_("column", "phone")}};
            break;
        case Section::Case:
            columns = {{NC_("column", "opened")}, {NC_("column", "severity")}, {NC_("column", "client")},
                       {NC_("column", "summary")}};
            break;
        case Section::Invoice:
            columns = {{NC_("column", "due")}, {NC_("column", "client")}, {NC_("column", "number")},
                       {NC_("column", "open")}, {NC_("column", "currency")}};
            break;
    }
    output::Table table(columns);
    for (const auto& i : items) {
        if (i.section != section) continue;
        switch (section) {
            case Section::Plan:
                // The kind in words: this table is for people (CSV and JSON keep the token).
                table.add({output::cell_or_empty(i.time),
                           std::string(kind_word(i.kind == plan::kind_token(plan::Kind::Visit) ? plan::Kind::Visit
                                                                                               : plan::Kind::Call)),
                           i.client, text(i.contact), text(i.phone), text(i.detail)});
                break;
            case Section::Followup: table.add({output::cell_or_empty(i.date), i.client, text(i.contact), text(i.detail)}); break;
            case Section::Birthday: table.add({i.client, text(i.contact), text(i.phone)}); break;
            case Section::Case: table.add({output::cell_or_empty(i.date), i.kind, i.client, text(i.detail)}); break;
            case Section::Invoice:
                table.add({output::cell_or_empty(i.date), i.client, text(i.detail),
                           i.amount ? output::amount_cell(*i.amount, i.currency) : Cell{},
                           i.currency});
                break;
        }
    }
    return table;
}

void run_today(Context& ctx) {
    const auto items = gather(ctx);
    const auto format = ctx.format();
    if (format != output::Format::Table) {
        ctx.emit(machine_table(items));
        return;
    }
    const Date day = ctx.today();
    output::Card card;
    // TRANSLATORS: a heading: the weekday's abbreviation (Mon), then the date.
    card.title = trf("Today, {} {}", weekday_abbreviation(day), format_date(day));
    for (Section s : {Section::Plan, Section::Followup, Section::Birthday, Section::Case, Section::Invoice}) {
        output::Table table = section_table(s, items);
        // The section's title for people (today::section_title, marked where it is written).
        if (!table.rows.empty())
            card.sections.push_back({std::string(today::section_token(s)),
                                     tr(std::string(today::section_title(s)).c_str()), std::move(table)});
    }
    output::write_card(card, format, ctx.render_options(), stdout);
    if (items.empty()) ctx.info(tr("nothing planned or due today"));
}

}  // namespace

void setup_today(CLI::App& app, Context& ctx) {
    auto* cmd = app.add_subcommand("today", tr("The morning's one screen: calls and visits, overdue follow-ups, "
                                               "birthdays, unanswered cases, invoices that fell due"));
    on_parsed(cmd, ctx, [&ctx] { run_today(ctx); });
}

}  // namespace acctool::cli
