// acct case reopen|edit|delete (man page, "Cases" and "Corrections"); registered under
// `case` by case.cpp.
#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include "cli/commands.h"
#include "cli/confirm.h"
#include "cli/context.h"
#include "cli/corrections.h"
#include "cli/field_options.h"
#include "core/case_edit.h"
#include "core/errors.h"
#include "core/i18n.h"
#include "store/cases.h"

namespace acctool::cli {
namespace {

struct CaseEditOptions {
    Id id = 0;
    CaseEdit edit;
};

struct CaseDelete {
    Id id = 0;
    bool yes = false;
};

void case_reopen(Context& ctx, Id id) {
    auto [db, tx] = ctx.write();
    SupportCase c = store::get_case(db, id);
    const std::string was = c.resolved_at;
    reopen_case(c);
    store::update_case(db, c);
    tx.commit();
    // TRANSLATORS: the case's id, the client's name, when it had been resolved (2026-11-23T10:02).
    ctx.info(trf("reopened case {} of '{}' (resolved at {})", c.id, c.client_name, was));
}

void case_edit(Context& ctx, const CaseEditOptions& opts) {
    if (opts.edit.empty())
        // TRANSLATORS: {} is the case's id.
        throw InvalidInput(trf("nothing to change on case {}: give a field to edit (see acct case edit --help)", opts.id));
    auto [db, tx] = ctx.write();
    SupportCase c = store::get_case(db, opts.id);
    const ChangeList changes = apply_case_edit(c, opts.edit, ctx.today());
    if (changes.empty()) {
        // TRANSLATORS: the case's id, then the client's name.
        ctx.info(trf("case {} of '{}' already reads so: nothing changed", c.id, c.client_name));
        return;
    }
    store::update_case(db, c);
    tx.commit();
    // TRANSLATORS: the case's id, the client's name, then the list of what changed.
    ctx.info(trf("edited case {} of '{}': {}", c.id, c.client_name, changes.text()));
}

void case_delete(Context& ctx, const CaseDelete& opts) {
    // TRANSLATORS: a question: {} is the case ("case 4 of 'Acme', high, opened 2026-11-23T10:02 'Late delivery'"),
    // with the article your language puts before that noun.
    confirm_delete(trcf("case", "delete {}", describe_case(store::get_case(ctx.db(), opts.id))), opts.yes);
    auto [db, tx] = ctx.write();
    store::delete_case(db, opts.id);
    tx.commit();
    // TRANSLATORS: {} is the case's id.
    ctx.info(trf("deleted case {}", opts.id));
}

}  // namespace

void setup_case_fixes(CLI::App* group, Context& ctx) {
    auto reopen = std::make_shared<Id>(0);
    auto* reopen_cmd = group->add_subcommand("reopen", tr("Make a resolved case open again"));
    reopen_cmd->add_option("id", *reopen, tr("Case id (see case list)"))->required();
    on_parsed(reopen_cmd, ctx, [&ctx, reopen] { case_reopen(ctx, *reopen); });

    auto edit = std::make_shared<CaseEditOptions>();
    auto* edit_cmd = group->add_subcommand("edit", tr("Correct a case"));
    edit_cmd->add_option("id", edit->id, tr("Case id (see case list)"))->required();
    add_field_option(edit_cmd, "--summary", edit->edit.summary, tr("What the problem is"));
    // TRANSLATORS: the values to type: keep low, normal, high and critical.
    add_field_option(edit_cmd, "--severity", edit->edit.severity, tr("low, normal, high or critical"));
    add_field_option(edit_cmd, "--opened", edit->edit.opened,
                     tr("When it was opened: YYYY-MM-DDTHH:MM or a date (09:00), not in the future"));
    add_field_option(edit_cmd, "--responded", edit->edit.responded,
                     tr("First response: YYYY-MM-DDTHH:MM or a date (09:00), not in the future"));
    add_field_option(edit_cmd, "--resolved", edit->edit.resolved,
                     tr("Resolution: YYYY-MM-DDTHH:MM or a date (09:00), not in the future"));
    add_field_option(edit_cmd, "--note", edit->edit.note, tr("The resolution note of a resolved case ('' = none)"));
    on_parsed(edit_cmd, ctx, [&ctx, edit] { case_edit(ctx, *edit); });

    auto del = std::make_shared<CaseDelete>();
    auto* delete_cmd = group->add_subcommand("delete", tr("Delete a case entered by mistake"));
    delete_cmd->add_option("id", del->id, tr("Case id (see case list)"))->required();
    delete_cmd->add_flag("--yes", del->yes, tr("Do not ask (required off a terminal)"));
    on_parsed(delete_cmd, ctx, [&ctx, del] { case_delete(ctx, *del); });
}

}  // namespace acctool::cli
