// acct touch list|edit|delete (man page, "Touches" and "Corrections"); registered under
// `touch` by touch.cpp.
#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include "cli/confirm.h"
#include "cli/context.h"
#include "cli/corrections.h"
#include "cli/field_options.h"
#include "cli/usage.h"
#include "core/corrections.h"
#include "core/errors.h"
#include "core/text.h"
#include "core/touch_edit.h"
#include "store/clients.h"
#include "store/contacts.h"
#include "store/touches.h"

namespace acctool::cli {
namespace {

struct TouchList {
    std::string client_ref, kind, period;
};

struct TouchEditOptions {
    Id id = 0;
    TouchEdit edit;
    std::optional<std::string> contact;
};

struct TouchDelete {
    Id id = 0;
    bool yes = false;
};

void touch_list(Context& ctx, const TouchList& opts) {
    store::TouchFilter filter;
    if (!opts.kind.empty()) filter.kind = parse_touch_kind(trim(opts.kind));
    if (!opts.period.empty()) filter.period = parse_period(opts.period, ctx.today());
    auto& db = ctx.db();
    if (!opts.client_ref.empty()) filter.client_id = store::resolve_client(db, opts.client_ref).id;
    output::Table table({{"id"}, {"client"}, {"kind"}, {"date"}, {"contact"}, {"summary"}});
    for (const auto& t : store::list_touches(db, filter))
        table.add({t.id, t.client_name, std::string(to_string(t.kind)), t.date, output::text_or_empty(t.contact_name),
                   output::text_or_empty(t.summary)});
    ctx.emit(table);
}

void touch_edit(Context& ctx, const TouchEditOptions& opts) {
    if (opts.edit.empty() && !opts.contact)
        throw InvalidInput(fmt::format("nothing to change on touch {}: give a field to edit (see acct touch edit "
                                       "--help)",
                                       opts.id));
    auto [db, tx] = ctx.write();
    Touch touch = store::get_touch(db, opts.id);
    ChangeList changes = apply_touch_edit(touch, opts.edit, ctx.today());
    if (opts.contact) {
        const std::string before = touch.contact_name;
        if (trim(*opts.contact).empty()) {
            touch.contact_id.reset();
            touch.contact_name.clear();
        } else {
            const Contact contact = store::resolve_contact(db, touch.client_id, *opts.contact);
            touch.contact_id = contact.id;
            touch.contact_name = contact.name;
        }
        changes.add_text("contact", before, touch.contact_name);
    }
    if (changes.empty()) {
        ctx.info(fmt::format("touch {} of '{}' already reads so: nothing changed", touch.id, touch.client_name));
        return;
    }
    store::update_touch(db, touch);
    tx.commit();
    ctx.info(fmt::format("edited touch {} of '{}': {}", touch.id, touch.client_name, changes.text()));
}

// The follow-ups it opened go with it; those it closed are open again.
std::string delete_question(store::Database& db, Id id) {
    std::string question = "delete " + describe_touch(store::get_touch(db, id));
    const store::TouchFollowUps f = store::followups_of_touch(db, id);
    if (f.opened) question += ", and the " + count_of(f.opened, "follow-up", "follow-ups") + " it opened";
    if (f.closed) question += "; reopen the " + count_of(f.closed, "follow-up", "follow-ups") + " it closed";
    return question;
}

void touch_delete(Context& ctx, const TouchDelete& opts) {
    confirm_delete(delete_question(ctx.db(), opts.id), opts.yes);
    auto [db, tx] = ctx.write();
    store::delete_touch(db, opts.id);
    tx.commit();
    ctx.info(fmt::format("deleted touch {}", opts.id));
}

// `touch` logs with its own options; they mean nothing to list, edit and delete, which the
// parser would otherwise hand them to in silence (acct touch list --date fri).
void reject_logging_options(const CLI::App* sub) {
    for (const CLI::Option* option : sub->get_parent()->get_options()) {
        if (option->count() == 0) continue;
        const std::string word = option->get_positional() ? "'" + option->as<std::string>() + "'" : option->get_name();
        throw UsageError(fmt::format("{} is not an argument of 'acct touch {}'", word, sub->get_name()));
    }
}

}  // namespace

void setup_touch_fixes(CLI::App* touch, Context& ctx) {
    auto list = std::make_shared<TouchList>();
    auto* list_cmd = touch->add_subcommand("list", "List touches");
    list_cmd->add_option("--client", list->client_ref, "Only this client's touches");
    list_cmd->add_option("--kind", list->kind, "Only this kind: call, visit, meeting, email, message or note");
    list_cmd->add_option("--period", list->period, "Only touches dated in this period");
    list_cmd->callback([&ctx, list, list_cmd] {
        reject_logging_options(list_cmd);
        ctx.action = [&ctx, list] { touch_list(ctx, *list); };
    });

    auto edit = std::make_shared<TouchEditOptions>();
    auto* edit_cmd = touch->add_subcommand("edit", "Correct a touch");
    edit_cmd->add_option("id", edit->id, "Touch id (see touch list)")->required();
    add_field_option(edit_cmd, "--kind", edit->edit.kind, "call, visit, meeting, email, message or note");
    add_field_option(edit_cmd, "--date", edit->edit.date, "When it happened (not in the future)");
    add_field_option(edit_cmd, "--summary", edit->edit.summary, "What was said or done");
    add_field_option(edit_cmd, "--contact", edit->contact, "The contact (id or name; '' = none)");
    edit_cmd->callback([&ctx, edit, edit_cmd] {
        reject_logging_options(edit_cmd);
        ctx.action = [&ctx, edit] { touch_edit(ctx, *edit); };
    });

    auto del = std::make_shared<TouchDelete>();
    auto* delete_cmd = touch->add_subcommand("delete", "Delete a touch entered by mistake (and the follow-ups it opened)");
    delete_cmd->add_option("id", del->id, "Touch id (see touch list)")->required();
    delete_cmd->add_flag("--yes", del->yes, "Do not ask (required off a terminal)");
    delete_cmd->callback([&ctx, del, delete_cmd] {
        reject_logging_options(delete_cmd);
        ctx.action = [&ctx, del] { touch_delete(ctx, *del); };
    });
}

}  // namespace acctool::cli
