// acct followup list|done|move|drop: the promised next steps (man page, FOLLOW-UPS).
#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include "cli/commands.h"
#include "cli/context.h"
#include "core/errors.h"
#include "core/followup.h"
#include "core/happened.h"
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
    output::Table table({{"id"}, {"client"}, {"due"}, {"action"}, {"contact"}, {"touch_id"}, {"state"}, {"closed_on"}});
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
    auto* group = app.add_subcommand("followup", "List, close, move or drop follow-ups (opened by touch --next-date)");

    auto list = std::make_shared<FollowUpList>();
    auto* list_cmd = group->add_subcommand("list", "Open follow-ups, oldest due first");
    list_cmd->add_option("--client", list->client_ref, "Only this client's");
    list_cmd->add_flag("--overdue", list->overdue, "Only those due before today");
    list_cmd->add_flag("--all", list->all, "Done and dropped ones too");
    on_parsed(list_cmd, ctx, [&ctx, list] { followup_list(ctx, *list); });

    auto done = std::make_shared<FollowUpStep>();
    auto* done_cmd = group->add_subcommand("done", "Close a follow-up as done");
    done_cmd->add_option("id", done->id, "Follow-up id (see followup list)")->required();
    done_cmd->add_option("--date", done->date, "When it was done (default today)");
    on_parsed(done_cmd, ctx, [&ctx, done] {
        const Date day = happened_or_today(done->date, ctx.today(), "done");
        followup_step(ctx, done->id, [&](FollowUp& f) {
            f.state = FollowUpState::Done;
            f.closed_on = day;
            return fmt::format("done: {}", describe_followup(f));
        });
    });

    auto move = std::make_shared<FollowUpStep>();
    auto* move_cmd = group->add_subcommand("move", "Move a follow-up to another day");
    move_cmd->add_option("id", move->id, "Follow-up id (see followup list)")->required();
    move_cmd->add_option("date", move->date, "The new due day (today or later)")->required();
    on_parsed(move_cmd, ctx, [&ctx, move] {
        const Date day = parse_date(move->date, ctx.today(), Direction::Future);
        check_move(day, move->date, ctx.today());
        followup_step(ctx, move->id, [&](FollowUp& f) {
            const Date was = f.due;
            f.due = day;
            return fmt::format("moved {} (was due {})", describe_followup(f), format_date(was));
        });
    });

    auto drop = std::make_shared<FollowUpStep>();
    auto* drop_cmd = group->add_subcommand("drop", "Drop a follow-up that will not happen");
    drop_cmd->add_option("id", drop->id, "Follow-up id (see followup list)")->required();
    on_parsed(drop_cmd, ctx, [&ctx, drop] {
        const Date today = ctx.today();
        followup_step(ctx, drop->id, [&](FollowUp& f) {
            f.state = FollowUpState::Dropped;
            f.closed_on = today;
            return fmt::format("dropped {}", describe_followup(f));
        });
    });
}

}  // namespace acctool::cli
