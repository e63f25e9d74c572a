// acct touch REF KIND [SUMMARY]: log an interaction, optionally opening a follow-up.
// touch list|edit|delete are in touch_fix.cpp.
#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include "cli/commands.h"
#include "cli/context.h"
#include "cli/corrections.h"
#include "cli/usage.h"
#include "core/errors.h"
#include "core/fields.h"
#include "core/followup.h"
#include "core/happened.h"
#include "core/i18n.h"
#include "core/suggest.h"
#include "core/text.h"
#include "core/touch_edit.h"
#include "store/clients.h"
#include "store/contacts.h"
#include "store/followups.h"
#include "store/touches.h"

namespace acctool::cli {
namespace {

struct TouchLog {
    std::string client_ref, kind, summary, date, contact, next, next_date;
    bool keep_followups = false;
};

// --next alone records the next action without pinning a day; --next-date pins the
// follow-up (the plan schedules it on that day), with or without a text.
Touch touch_from_options(Context& ctx, const TouchLog& opts) {
    Touch touch;
    touch.kind = parse_touch_kind(opts.kind);
    // TRANSLATORS: what happened on the date, inserted in "invalid {} date '...'".
    touch.date = happened_or_today(opts.date, ctx.today(), NC_("event", "touch"));
    // TRANSLATORS: a field's name, inserted in "invalid {}: ...".
    touch.summary = touch_text(opts.summary, N_("summary"));
    // TRANSLATORS: a field's name, inserted in "invalid {}: ...".
    touch.next_action = touch_text(opts.next, N_("next action"));
    if (!opts.next_date.empty()) touch.next_date = parse_date(opts.next_date, ctx.today(), Direction::Future);
    check_next_step(touch.next_action, touch.next_date, opts.next_date, touch.date);
    return touch;
}

// "logged call 12 with 'Acme' on 2026-11-23": a whole message for each kind of touch.
std::string logged_message(TouchKind kind, Id id, const std::string& client, const std::string& date) {
    switch (kind) {
    // TRANSLATORS: the new touch's id, the client's name, the date.
    case TouchKind::Call: return trf("logged call {} with '{}' on {}", id, client, date);
    // TRANSLATORS: the new touch's id, the client's name, the date.
    case TouchKind::Visit: return trf("logged visit {} with '{}' on {}", id, client, date);
    // TRANSLATORS: the new touch's id, the client's name, the date.
    case TouchKind::Meeting: return trf("logged meeting {} with '{}' on {}", id, client, date);
    // TRANSLATORS: the new touch's id, the client's name, the date.
    case TouchKind::Email: return trf("logged email {} with '{}' on {}", id, client, date);
    // TRANSLATORS: the new touch's id, the client's name, the date.
    case TouchKind::Message: return trf("logged message {} with '{}' on {}", id, client, date);
    // TRANSLATORS: the new touch's id, the client's name, the date.
    case TouchKind::Note: return trf("logged note {} with '{}' on {}", id, client, date);
    }
    return {};
}

void touch_log(Context& ctx, const TouchLog& opts) {
    Touch touch = touch_from_options(ctx, opts);
    auto [db, tx] = ctx.write();
    const Client client = store::resolve_client(db, opts.client_ref);
    touch.client_id = client.id;
    if (!opts.contact.empty()) touch.contact_id = store::resolve_contact(db, client.id, opts.contact).id;
    const Id id = store::insert_touch(db, touch);
    // A contact closes what was due by its day; then the touch opens its own next step.
    std::vector<FollowUp> closed;
    if (!opts.keep_followups && closes_followups(touch.kind, ctx.settings()))
        for (FollowUp f : store::open_followups_due(db, client.id, touch.date)) {
            f.state = FollowUpState::Done;
            f.closed_on = touch.date;
            f.closed_by = id;
            store::update_followup(db, f);
            closed.push_back(f);
        }
    std::string message = logged_message(touch.kind, id, client.name, format_date(touch.date));
    if (touch.next_date) {
        FollowUp next;
        next.client_id = client.id;
        next.due = *touch.next_date;
        next.action = touch.next_action;
        next.contact_id = touch.contact_id;
        next.touch_id = id;
        next.id = store::insert_followup(db, next);
        // TRANSLATORS: the first {} is a whole message ("logged call 12 with 'Acme' on 2026-11-23"), the second
        // the follow-up it opened ("follow-up 7 'send the offer' (due 2026-11-30)").
        message = trf("{}; opened {}", message, describe_followup(next));
    }
    tx.commit();
    ctx.created(id, message);
    // TRANSLATORS: {} is a follow-up ("follow-up 7 'send the offer' (due 2026-11-30)").
    for (const FollowUp& f : closed) ctx.info(trf("closed {}", describe_followup(f)));
}

}  // namespace

void setup_touch(CLI::App& app, Context& ctx) {
    auto opts = std::make_shared<TouchLog>();
    auto* cmd = app.add_subcommand("touch", tr("Log an interaction with a client (call, visit, meeting, ...); list, "
                                               "edit and delete touches"));
    // REF and KIND are required of a touch being logged, not of `touch list`: checked below.
    auto* ref = cmd->add_option("ref", opts->client_ref, tr("Client id, name or unique part of the name"));
    // TRANSLATORS: the values to type: keep call, visit, meeting, email, message and note.
    cmd->add_option("kind", opts->kind, tr("call, visit, meeting, email, message or note"));
    cmd->add_option("summary", opts->summary, tr("What was said or done"));
    cmd->add_option("--date", opts->date, tr("When it happened (default today)"));
    cmd->add_option("--contact", opts->contact, tr("The contact (id or name) at the client"));
    cmd->add_option("--next", opts->next, tr("The next action"));
    cmd->add_option("--next-date", opts->next_date, tr("Open a follow-up due on this date (with --next: what to do)"));
    cmd->add_flag("--keep-followups", opts->keep_followups,
                  tr("Do not close the client's open follow-ups due by this touch's date"));
    cmd->require_subcommand(0, 1);
    setup_touch_fixes(cmd, ctx);
    // `acct touch list` lists; in `acct touch acme note list` the last word is a summary:
    // once a first argument is read as the client, list, edit and delete are words again.
    cmd->validate_positionals();
    ref->check(CLI::Validator(
        [cmd](std::string&) {
            for (CLI::App* sub : cmd->get_subcommands({})) sub->disabled();
            return std::string();
        },
        "", "client"));
    cmd->callback([&ctx, opts, cmd] {
        if (!cmd->get_subcommands().empty()) return;  // touch list|edit|delete
        if (opts->client_ref.empty()) {
            // `acct touch` alone asks what touch does: cli::run prints its help.
            if (cmd->get_options([](const CLI::Option* o) { return o->count() > 0; }).empty()) return;
            throw CLI::RequiredError("ref");
        }
        if (opts->kind.empty()) {
            // `acct touch lsit`: a typo of a subcommand more likely than a client of that name.
            const std::string_view subcommands[] = {"list", "edit", "delete"};
            if (auto meant = nearest_word(opts->client_ref, subcommands))
                // TRANSLATORS: the word typed (read as a client), then the command meant (list, edit, delete).
                // KIND is the argument's name in --help: keep it.
                throw UsageError(trf("'acct touch' needs KIND after the client '{}'; did you mean 'acct touch {}'?",
                                     opts->client_ref, *meant));
            throw CLI::RequiredError("kind");
        }
        ctx.action = [&ctx, opts] { touch_log(ctx, *opts); };
    });
}

}  // namespace acctool::cli
