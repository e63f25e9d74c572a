// acct touch REF KIND [SUMMARY]: log an interaction, optionally pinning the follow-up.
#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include "cli/commands.h"
#include "cli/context.h"
#include "core/errors.h"
#include "core/happened.h"
#include "core/text.h"
#include "store/clients.h"
#include "store/contacts.h"
#include "store/touches.h"

namespace acctool::cli {
namespace {

struct TouchLog {
    std::string client_ref, kind, summary, date, contact, next, next_date;
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
    if (!opts.next_date.empty()) {
        touch.next_date = parse_date(opts.next_date, ctx.today(), Direction::Future);
        if (*touch.next_date < touch.date)
            throw InvalidInput(fmt::format("invalid next date '{}': {} is before the touch on {}", opts.next_date,
                                           format_date(*touch.next_date), format_date(touch.date)));
    }
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
    tx.commit();
    std::string message = fmt::format("logged {} {} with '{}' on {}", to_string(touch.kind), id, client.name,
                                      format_date(touch.date));
    if (touch.next_date) message += fmt::format("; follow-up pinned for {}", format_date(*touch.next_date));
    ctx.created(id, message);
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
    cmd->add_option("--next-date", opts->next_date, "Pin the follow-up on this date");
    cmd->callback([&ctx, opts] { ctx.action = [&ctx, opts] { touch_log(ctx, *opts); }; });
}

}  // namespace acctool::cli
