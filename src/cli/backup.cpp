// acct backup PATH: a verified, private copy of the live database.
#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include "cli/commands.h"
#include "cli/context.h"
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
    ctx.info(fmt::format("backed up {} to {} (integrity check: ok)", db.path().string(), opts.path));
}

}  // namespace

void setup_backup(CLI::App& app, Context& ctx) {
    auto opts = std::make_shared<BackupOptions>();
    auto* cmd = app.add_subcommand("backup", "Copy the live database to PATH, consistently, and verify the copy");
    cmd->add_option("path", opts->path, "The copy to write (mode 0600)")->required();
    cmd->add_flag("--force", opts->force, "Replace PATH if it exists");
    on_parsed(cmd, ctx, [&ctx, opts] { backup(ctx, *opts); });
}

}  // namespace acctool::cli
