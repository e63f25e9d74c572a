// acct undo [ID] [--list] [--yes] and acct log: the journal (man page, UNDO AND THE JOURNAL).
#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include "cli/commands.h"
#include "cli/confirm.h"
#include "cli/context.h"
#include "core/errors.h"
#include "core/i18n.h"
#include "core/journal_text.h"
#include "store/journal.h"

namespace acctool::cli {
namespace {

struct UndoOptions {
    std::optional<Id> id;
    bool list = false;
    bool yes = false;
};

// The summary is stored in English; a table for people says it in the user's language,
// the machine formats give the stored bytes.
output::Table journal_table(const std::vector<store::JournalEntry>& entries, bool with_undone, bool for_people) {
    std::vector<output::Column> columns{
        {NC_("column", "id")}, {NC_("column", "at")}, {NC_("column", "command")}, {NC_("column", "summary")}};
    if (with_undone) columns.push_back({NC_("column", "undone")});
    output::Table table(columns);
    for (const auto& e : entries) {
        std::vector<output::Cell> row{e.id, e.at, e.command,
                                      for_people ? describe_stored_changes(e.summary) : e.summary};
        if (with_undone) row.emplace_back(output::text_or_empty(e.undone_at.value_or("")));
        table.add(std::move(row));
    }
    return table;
}

// 'acct deal log acme 12000', or in double quotes when the command holds a single quote.
std::string quoted(const std::string& command) {
    const char q = command.find('\'') == std::string::npos ? '\'' : '"';
    return q + command + q;
}

// "2026-11-23 10:02" for "2026-11-23T10:02".
std::string readable_time(std::string at) {
    if (at.size() > 10 && at[10] == 'T') at[10] = ' ';
    return at;
}

void undo(Context& ctx, const UndoOptions& opts) {
    auto& db = ctx.db();
    if (opts.list) {
        ctx.emit(journal_table(store::list_journal(db, true), false, ctx.format() == output::Format::Table));
        return;
    }
    const store::UndoPlan plan = store::plan_undo(db, opts.id);
    const std::string command = quoted(plan.entry.command), at = readable_time(plan.entry.at);
    const std::string changes = describe_undo(plan.changes);
    // TRANSLATORS: a question: the command in quotes ('acct deal add ...'), when it ran, what undoing it changes.
    confirm(trf("undo {} of {}: {}", command, at, changes), opts.yes, tr("nothing undone"));
    auto& writer = ctx.db(store::OpenMode::CreateIfMissing);
    store::undo_entry(writer, plan.entry.id, ctx.now_timestamp());
    // TRANSLATORS: the command in quotes ('acct deal add ...'), when it ran, what undoing it changed.
    ctx.info(trf("undone: {} of {}: {}", command, at, changes));
}

}  // namespace

void setup_undo(CLI::App& app, Context& ctx) {
    auto opts = std::make_shared<UndoOptions>();
    auto* cmd = app.add_subcommand("undo", tr("Revert the last command that changed the database (or entry ID)"));
    cmd->add_option("id", opts->id, tr("Journal entry id (see acct log); default: the newest not undone"));
    cmd->add_flag("--list", opts->list, tr("List what can be undone, newest first"));
    cmd->add_flag("--yes", opts->yes, tr("Do not ask (required off a terminal)"));
    on_parsed(cmd, ctx, [&ctx, opts] { undo(ctx, *opts); });
}

void setup_log(CLI::App& app, Context& ctx) {
    auto* cmd = app.add_subcommand("log", tr("Show the journal: what changed, when, by which command"));
    on_parsed(cmd, ctx, [&ctx] {
        ctx.emit(journal_table(store::list_journal(ctx.db(), false), true, ctx.format() == output::Format::Table));
    });
}

}  // namespace acctool::cli
