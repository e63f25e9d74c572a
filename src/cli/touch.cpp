// acct touch REF KIND [SUMMARY]: log an interaction, optionally pinning the follow-up.
#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include "cli/commands.h"
#include "cli/context.h"
#include "core/errors.h"
#include "core/followup.h"
#include "core/happened.h"
#include "core/text.h"
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

std::string free_text(const std::string& text, std::string_view what) {
    if (!is_valid_utf8(text)) throw InvalidInput(fmt::format("invalid {}: not valid UTF-8", what));
    return std::string(trim(text));
}

// --next alone records the next action without pinning a day; --next-date pins the
// follow-up (the plan schedules it on that day), with or without a text.
Touch touch_from_options(Context& ctx, const TouchLog& opts) {
    Touch touch;
    touch.kind = parse_touch_kind(opts.kind);
    touch.date = happened_or_today(opts.date, ctx.today(), "touch");
    touch.summary = free_text(opts.summary, "summary");
    touch.next_action = free_text(opts.next, "next action");
    if (!opts.next_date.empty()) touch.next_date = parse_date(opts.next_date, ctx.today(), Direction::Future);
    check_next_step(touch.next_action, touch.next_date, opts.next_date, touch.date);
    return touch;
}

void touch_log(Context& ctx, const TouchLog& opts) {
    Touch touch = touch_from_options(ctx, opts);
    auto& db = ctx.db(store::OpenMode::CreateIfMissing);
    store::WriteTransaction tx(db);
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
    std::string message = fmt::format("logged {} {} with '{}' on {}", to_string(touch.kind), id, client.name,
                                      format_date(touch.date));
    if (touch.next_date) {
        FollowUp next;
        next.client_id = client.id;
        next.due = *touch.next_date;
        next.action = touch.next_action;
        next.contact_id = touch.contact_id;
        next.touch_id = id;
        next.id = store::insert_followup(db, next);
        message += fmt::format("; opened {}", describe_followup(next));
    }
    tx.commit();
    ctx.created(id, message);
    for (const FollowUp& f : closed) ctx.info(fmt::format("closed {}", describe_followup(f)));
}

}  // namespace

void setup_touch(CLI::App& app, Context& ctx) {
    auto opts = std::make_shared<TouchLog>();
    auto* cmd = app.add_subcommand("touch", "Log an interaction with a client (call, visit, meeting, ...)");
    cmd->add_option("ref", opts->client_ref, "Client id, name or unique part of the name")->required();
    cmd->add_option("kind", opts->kind, "call, visit, meeting, email, message or note")->required();
    cmd->add_option("summary", opts->summary, "What was said or done");
    cmd->add_option("--date", opts->date, "When it happened (default today)");
    cmd->add_option("--contact", opts->contact, "The contact (id or name) at the client");
    cmd->add_option("--next", opts->next, "The next action");
    cmd->add_option("--next-date", opts->next_date, "Open a follow-up due on this date (with --next: what to do)");
    cmd->add_flag("--keep-followups", opts->keep_followups,
                  "Do not close the client's open follow-ups due by this touch's date");
    cmd->callback([&ctx, opts] { ctx.action = [&ctx, opts] { touch_log(ctx, *opts); }; });
}

}  // namespace acctool::cli
