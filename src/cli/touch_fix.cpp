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
#include "core/i18n.h"
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
    output::Table table({{NC_("column", "id")},
                         {NC_("column", "client")},
                         {NC_("column", "kind")},
                         {NC_("column", "date")},
                         {NC_("column", "contact")},
                         {NC_("column", "summary")}});
    for (const auto& t : store::list_touches(db, filter))
        table.add({t.id, t.client_name, std::string(to_string(t.kind)), t.date, output::text_or_empty(t.contact_name),
                   output::text_or_empty(t.summary)});
    ctx.emit(table);
}

void touch_edit(Context& ctx, const TouchEditOptions& opts) {
    if (opts.edit.empty() && !opts.contact)
        // TRANSLATORS: {} is the touch's id.
        throw InvalidInput(trf("nothing to change on touch {}: give a field to edit (see acct touch edit --help)",
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
        // TRANSLATORS: a field's name, inserted in the list of changes ("contact 'Ana'", "contact cleared").
        changes.add_text(N_("contact"), before, touch.contact_name);
    }
    if (changes.empty()) {
        // TRANSLATORS: the touch's id, then the client's name.
        ctx.info(trf("touch {} of '{}' already reads so: nothing changed", touch.id, touch.client_name));
        return;
    }
    store::update_touch(db, touch);
    tx.commit();
    // TRANSLATORS: the touch's id, the client's name, then what changed.
    ctx.info(trf("edited touch {} of '{}': {}", touch.id, touch.client_name, changes.text()));
}

// The follow-ups it opened go with it; those it closed are open again.
std::string delete_question(store::Database& db, Id id) {
    const std::string touch = describe_touch(store::get_touch(db, id));
    const store::TouchFollowUps f = store::followups_of_touch(db, id);
    std::string question =
        f.opened
            // TRANSLATORS: a question: the touch ("touch 12, call with 'Acme' on 2026-11-23"), then a count of follow-ups.
            ? trn("delete {}, and the {} follow-up it opened", "delete {}, and the {} follow-ups it opened",
                  static_cast<unsigned long>(f.opened), touch, f.opened)
            // TRANSLATORS: a question: {} is the touch ("touch 12, call with 'Acme' on 2026-11-23"), with the
            // article your language puts before that noun.
            : trcf("touch", "delete {}", touch);
    if (f.closed)
        // TRANSLATORS: the first {} is the question so far ("delete touch 12, call with 'Acme' on 2026-11-23"), the second
        // a count of follow-ups.
        question = trn("{}; reopen the {} follow-up it closed", "{}; reopen the {} follow-ups it closed",
                       static_cast<unsigned long>(f.closed), question, f.closed);
    return question;
}

void touch_delete(Context& ctx, const TouchDelete& opts) {
    confirm_delete(delete_question(ctx.db(), opts.id), opts.yes);
    auto [db, tx] = ctx.write();
    store::delete_touch(db, opts.id);
    tx.commit();
    // TRANSLATORS: {} is the touch's id.
    ctx.info(trf("deleted touch {}", opts.id));
}

// `touch` logs with its own options; they mean nothing to list, edit and delete, which the
// parser would otherwise hand them to in silence (acct touch list --date fri).
void reject_logging_options(const CLI::App* sub) {
    for (const CLI::Option* option : sub->get_parent()->get_options()) {
        if (option->count() == 0) continue;
        const std::string word = option->get_positional() ? "'" + option->as<std::string>() + "'" : option->get_name();
        // TRANSLATORS: the option or value typed (--date, 'x'), then the command (list, edit, delete).
        throw UsageError(trf("{} is not an argument of 'acct touch {}'", word, sub->get_name()));
    }
}

}  // namespace

void setup_touch_fixes(CLI::App* touch, Context& ctx) {
    auto list = std::make_shared<TouchList>();
    auto* list_cmd = touch->add_subcommand("list", tr("List touches"));
    list_cmd->add_option("--client", list->client_ref, tr("Only this client's touches"));
    // TRANSLATORS: the values to type: keep call, visit, meeting, email, message and note.
    list_cmd->add_option("--kind", list->kind, tr("Only this kind: call, visit, meeting, email, message or note"));
    list_cmd->add_option("--period", list->period, tr("Only touches dated in this period"));
    list_cmd->callback([&ctx, list, list_cmd] {
        reject_logging_options(list_cmd);
        ctx.action = [&ctx, list] { touch_list(ctx, *list); };
    });

    auto edit = std::make_shared<TouchEditOptions>();
    auto* edit_cmd = touch->add_subcommand("edit", tr("Correct a touch"));
    // TRANSLATORS: "touch list" is the command that lists the ids: keep it.
    edit_cmd->add_option("id", edit->id, tr("Touch id (see touch list)"))->required();
    add_field_option(edit_cmd, "--kind", edit->edit.kind, tr("call, visit, meeting, email, message or note"));
    add_field_option(edit_cmd, "--date", edit->edit.date, tr("When it happened (not in the future)"));
    add_field_option(edit_cmd, "--summary", edit->edit.summary, tr("What was said or done"));
    add_field_option(edit_cmd, "--contact", edit->contact, tr("The contact (id or name; '' = none)"));
    edit_cmd->callback([&ctx, edit, edit_cmd] {
        reject_logging_options(edit_cmd);
        ctx.action = [&ctx, edit] { touch_edit(ctx, *edit); };
    });

    auto del = std::make_shared<TouchDelete>();
    auto* delete_cmd =
        touch->add_subcommand("delete", tr("Delete a touch entered by mistake (and the follow-ups it opened)"));
    delete_cmd->add_option("id", del->id, tr("Touch id (see touch list)"))->required();
    delete_cmd->add_flag("--yes", del->yes, tr("Do not ask (required off a terminal)"));
    delete_cmd->callback([&ctx, del, delete_cmd] {
        reject_logging_options(delete_cmd);
        ctx.action = [&ctx, del] { touch_delete(ctx, *del); };
    });
}

}  // namespace acctool::cli
