// acct backup PATH: a verified, private copy of the live database.
#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include "cli/commands.h"
#include "cli/context.h"
#include "core/i18n.h"
#include "store/backup.h"

namespace acctool::cli {
namespace {

struct BackupOptions {
    std::string path;
    bool force = false;
};

void backup(Context& ctx, const BackupOptions& opts) {
    auto& db = ctx.db();
    store::backup_database(db, opts.path, opts.force);
    // TRANSLATORS: the database's path, then the copy's.
    ctx.info(trf("backed up {} to {} (integrity check: ok)", db.path().string(), opts.path));
}

}  // namespace

void setup_backup(CLI::App& app, Context& ctx) {
    auto opts = std::make_shared<BackupOptions>();
    // TRANSLATORS: PATH is the argument's name in --help: keep it.
    auto* cmd = app.add_subcommand("backup", tr("Copy the live database to PATH, consistently, and verify the copy"));
    cmd->add_option("path", opts->path, tr("The copy to write (mode 0600)"))->required();
    // TRANSLATORS: PATH is the argument's name in --help: keep it.
    cmd->add_flag("--force", opts->force, tr("Replace PATH if it exists"));
    on_parsed(cmd, ctx, [&ctx, opts] { backup(ctx, *opts); });
}

}  // namespace acctool::cli
