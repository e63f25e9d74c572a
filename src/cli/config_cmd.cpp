// acct config check | show: validate the config file, print the effective config.
#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include "cli/commands.h"
#include "cli/context.h"
#include "config/config.h"
#include "core/i18n.h"
#include "output/sink.h"

namespace acctool::cli {
namespace {

void check(Context& ctx) {
    const bool exists = std::filesystem::exists(ctx.config_path());
    ctx.settings();  // throws InvalidInput with file:line:column on the first problem
    // TRANSLATORS: {} is the config file's path.
    ctx.info(exists ? trf("{}: ok", ctx.config_path().string())
                    // TRANSLATORS: {} is the config file's path.
                    : trf("no config at {}; the built-in defaults apply", ctx.config_path().string()));
}

void show(Context& ctx) { output::Sink(stdout).write(config::format_settings(ctx.settings())); }

}  // namespace

void setup_config(CLI::App& app, Context& ctx) {
    auto* group = app.add_subcommand("config", tr("Check or show the configuration"));
    on_parsed(group->add_subcommand("check", tr("Validate the config file (errors give file:line:column)")), ctx,
              [&ctx] { check(ctx); });
    on_parsed(group->add_subcommand("show", tr("Print the effective config as TOML")), ctx, [&ctx] { show(ctx); });
}

}  // namespace acctool::cli
