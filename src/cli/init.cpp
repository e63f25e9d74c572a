// acct init: create the database and a commented starter config; idempotent.
#include <fstream>

#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include "cli/commands.h"
#include "cli/context.h"
#include "config/config.h"
#include "core/errors.h"

namespace acctool::cli {
namespace fs = std::filesystem;
namespace {

void write_starter_config(Context& ctx, const fs::path& path) {
    std::error_code ec;
    if (path.has_parent_path()) fs::create_directories(path.parent_path(), ec);
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    out << config::starter_config_text();
    out.close();
    if (!out) throw Failure(fmt::format("cannot write config '{}'", path.string()));
    ctx.info(fmt::format("wrote a commented starter config to {}", path.string()));
}

void init(Context& ctx) {
    const fs::path db_path = ctx.db_path();
    const bool db_existed = fs::exists(db_path);
    const fs::path config_path = ctx.config_path();
    if (!fs::exists(config_path)) write_starter_config(ctx, config_path);
    else ctx.info(fmt::format("config {} exists; left as it is", config_path.string()));
    ctx.settings();  // a broken config is reported now, not at the first real command
    auto& db = ctx.db(store::OpenMode::CreateIfMissing);
    ctx.info(db_existed ? fmt::format("database {} is ready (schema version {})", db_path.string(),
                                      db.schema_version())
                        : fmt::format("created database {}", db_path.string()));
}

}  // namespace

void setup_init(CLI::App& app, Context& ctx) {
    auto* cmd = app.add_subcommand("init", "Create the database and a starter config (idempotent)");
    cmd->callback([&ctx] { ctx.action = [&ctx] { init(ctx); }; });
}

}  // namespace acctool::cli
