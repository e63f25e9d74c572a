// acct followup list|done|move|drop: the promised next steps (man page, FOLLOW-UPS).
#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include "cli/commands.h"
#include "cli/context.h"
#include "core/errors.h"
#include "core/followup.h"
#include "core/happened.h"
#include "core/i18n.h"
#include "store/clients.h"
#include "store/followups.h"

namespace acctool::cli {
namespace {

struct FollowUpList {
    std::string client_ref;
    bool overdue = false, all = false;
};

struct FollowUpStep {
    Id id = 0;
    std::string date;
};

output::Table followup_table(const std::vector<FollowUp>& rows) {
    output::Table table({{NC_("column", "id")},
                         {NC_("column", "client")},
                         {NC_("column", "due")},
                         {NC_("column", "action")},
                         {NC_("column", "contact")},
                         {NC_("column", "touch_id")},
                         {NC_("column", "state")},
                         {NC_("column", "closed_on")}});
    for (const FollowUp& f : rows)
        table.add({f.id, f.client_name, f.due, output::text_or_empty(f.action), output::text_or_empty(f.contact_name),
                   f.touch_id ? output::Cell{*f.touch_id} : output::Cell{}, std::string(to_string(f.state)),
                   output::cell_or_empty(f.closed_on)});
    return table;
}

void followup_list(Context& ctx, const FollowUpList& opts) {
    store::FollowUpFilter filter;
    filter.all = opts.all;
    if (opts.overdue) filter.overdue_on = ctx.today();
    auto& db = ctx.db();
    if (!opts.client_ref.empty()) filter.client_id = store::resolve_client(db, opts.client_ref).id;
    ctx.emit(followup_table(store::list_followups(db, filter)));
}

// done, move and drop: read, check, change, one line saying what happened.
template <class Change>
void followup_step(Context& ctx, Id id, Change change) {
    auto [db, tx] = ctx.write();
    FollowUp f = store::get_followup(db, id);
    require_open(f);
    const std::string message = change(f);
    store::update_followup(db, f);
    tx.commit();
    ctx.info(message);
}

}  // namespace

void setup_followup(CLI::App& app, Context& ctx) {
    auto* group = app.add_subcommand("followup", tr("List, close, move or drop follow-ups (opened by touch --next-date)"));

    auto list = std::make_shared<FollowUpList>();
    auto* list_cmd = group->add_subcommand("list", tr("Open follow-ups, oldest due first"));
    list_cmd->add_option("--client", list->client_ref, tr("Only this client's"));
    list_cmd->add_flag("--overdue", list->overdue, tr("Only those due before today"));
    list_cmd->add_flag("--all", list->all, tr("Done and dropped ones too"));
    on_parsed(list_cmd, ctx, [&ctx, list] { followup_list(ctx, *list); });

    auto done = std::make_shared<FollowUpStep>();
    auto* done_cmd = group->add_subcommand("done", tr("Close a follow-up as done"));
    // TRANSLATORS: "followup list" is the command that lists the ids: keep it.
    done_cmd->add_option("id", done->id, tr("Follow-up id (see followup list)"))->required();
    done_cmd->add_option("--date", done->date, tr("When it was done (default today)"));
    on_parsed(done_cmd, ctx, [&ctx, done] {
        // TRANSLATORS: what happened on the date, inserted in "invalid {} date '...'".
        const Date day = happened_or_today(done->date, ctx.today(), NC_("event", "done"));
        followup_step(ctx, done->id, [&](FollowUp& f) {
            f.state = FollowUpState::Done;
            f.closed_on = day;
            // TRANSLATORS: {} is the follow-up ("follow-up 7 'send the offer' (due 2026-11-30)").
            return trf("done: {}", describe_followup(f));
        });
    });

    auto move = std::make_shared<FollowUpStep>();
    auto* move_cmd = group->add_subcommand("move", tr("Move a follow-up to another day"));
    move_cmd->add_option("id", move->id, tr("Follow-up id (see followup list)"))->required();
    move_cmd->add_option("date", move->date, tr("The new due day (today or later)"))->required();
    on_parsed(move_cmd, ctx, [&ctx, move] {
        const Date day = parse_date(move->date, ctx.today(), Direction::Future);
        check_move(day, move->date, ctx.today());
        followup_step(ctx, move->id, [&](FollowUp& f) {
            const Date was = f.due;
            f.due = day;
            if (f.action.empty())
                // TRANSLATORS: the follow-up's id, the day it was due, its new due day.
                return trf("moved follow-up {} from {} to {}", f.id, format_date(was), format_date(day));
            // TRANSLATORS: the follow-up's id, its action, the day it was due, its new due day.
            return trf("moved follow-up {} '{}' from {} to {}", f.id, f.action, format_date(was), format_date(day));
        });
    });

    auto drop = std::make_shared<FollowUpStep>();
    auto* drop_cmd = group->add_subcommand("drop", tr("Drop a follow-up that will not happen"));
    drop_cmd->add_option("id", drop->id, tr("Follow-up id (see followup list)"))->required();
    on_parsed(drop_cmd, ctx, [&ctx, drop] {
        const Date today = ctx.today();
        followup_step(ctx, drop->id, [&](FollowUp& f) {
            f.state = FollowUpState::Dropped;
            f.closed_on = today;
            // TRANSLATORS: {} is the follow-up ("follow-up 7 'send the offer' (due 2026-11-30)").
            return trf("dropped {}", describe_followup(f));
        });
    });
}

}  // namespace acctool::cli
