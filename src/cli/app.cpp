#include "cli/app.h"

#include <sys/stat.h>

#include <cstdlib>
#include <optional>
#include <string_view>

#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include "cli/commands.h"
#include "cli/context.h"
#include "cli/output_file.h"
#include "cli/usage.h"
#include "config/language.h"
#include "core/errors.h"
#include "core/money.h"
#include "core/text.h"
#include "output/sink.h"
#include "store/errors.h"

namespace acctool::cli {

void on_parsed(CLI::App* command, Context& ctx, std::function<void()> run) {
    command->callback([&ctx, run = std::move(run)] { ctx.action = run; });
}

namespace {

void add_global_options(CLI::App& app, GlobalOptions& g) {
    app.add_option("--db", g.db, "Database file (default $XDG_DATA_HOME/acct/acct.db)")->envname("ACCT_DB");
    app.add_option("--config", g.config, "Config file (default $XDG_CONFIG_HOME/acct/config.toml)")
        ->envname("ACCT_CONFIG");
    app.add_option("--format", g.format, "Output format: table, csv, tsv, json, xlsx (plan: also ics)")
        ->envname("ACCT_FORMAT");
    app.add_option("--output", g.output, "Write the data output to FILE instead of stdout")->type_name("FILE");
    app.add_flag("--csv", g.csv, "Same as --format csv");
    app.add_flag("--json", g.json, "Same as --format json");
    app.add_flag("--bom", g.bom, "Put a UTF-8 byte order mark before CSV (for Excel)");
    app.add_option("--today", g.today, "Pin today's date (YYYY-MM-DD or any date form)")->envname("ACCT_TODAY");
    app.add_option("--color", g.color, "Colour: auto, always, never (honours NO_COLOR)");
    app.add_flag("-q,--quiet", g.quiet, "No confirmations on stderr");
}

// Every usage error exits 2, whichever of CLI11's codes (100-115) it came with.
int usage_error(const CLI::App& app, const CLI::ParseError& e) {
    output::write_stderr(fmt::format("acct: error: {}\nRun '{} --help' for usage.\n",
                                     escape_controls(usage_message(app, e), Newlines::Keep),
                                     escape_controls(command_path(deepest_parsed(app)))));
    return 2;
}

int runtime_error(int code, std::string_view message) {
    // Messages echo values (a typed name, a stored title): their control characters are
    // shown escaped, never sent to the terminal.
    output::write_stderr(fmt::format("acct: error: {}\n", escape_controls(message, Newlines::Keep)));
    return code;
}

// The language must be known before the first option is added (their help is translated
// then), and owner.language overrides the environment's: the config named by --config,
// ACCT_CONFIG or the default path is looked at once for that key alone.
void choose_language(int argc, char** argv) {
    Context probe;
    for (int i = 1; i < argc; ++i) {
        const std::string_view arg = argv[i];
        if (arg == "--") break;
        if (arg == "--config" && i + 1 < argc) probe.global.config = argv[++i];
        else if (arg.starts_with("--config=")) probe.global.config = arg.substr(9);
    }
    if (const char* env = std::getenv("ACCT_CONFIG"); probe.global.config.empty() && env) probe.global.config = env;
    std::optional<Language> configured;
    try {
        configured = config::peek_language(probe.config_path());
    } catch (const Error&) {
        // No HOME nor XDG_CONFIG_HOME: no config either, and the command will say so if it needs one.
    }
    config::set_up_language(configured);
}

}  // namespace

int run(int argc, char** argv) {
    ::umask(077);  // before anything can create a file: the database and backups stay private
    output::guard_standard_descriptors();
    choose_language(argc, argv);
    Context ctx;
    CLI::App app{"acct: the account manager's portfolio tool", "acct"};
    // Inherited settings must be set before any add_subcommand.
    app.fallthrough();
    app.require_subcommand(0, 1);  // one command at most (the groups inherit it); none: help, below
    app.set_version_flag("--version", ACCT_VERSION);
    app.set_help_all_flag("--help-all", "Print help for every command");
    add_global_options(app, ctx.global);
    for (const auto& group : k_command_groups) group.setup(app, ctx);

    ctx.arguments.assign(argv + (argc > 0 ? 1 : 0), argv + argc);
    try {
        app.parse(argc, argv);
    } catch (const CLI::ParseError& e) {
        if (e.get_exit_code() == static_cast<int>(CLI::ExitCodes::Success)) return app.exit(e);
        return usage_error(app, e);
    }
    std::optional<OutputFile> output_file;  // removed, unless committed, once run returns
    try {
        if (!ctx.global.today.empty()) ctx.today();  // a bad --today is an error for every command
        // `acct`, `acct client`: a group without its command is a question, answered by its help.
        if (!ctx.action) return app.exit(CLI::CallForHelp());
        if (!ctx.global.output.empty()) output_file.emplace(ctx.global.output);
        store::translating_errors(ctx.action);
        if (!ctx.stdout_lost()) output::Sink(stdout).flush();
        // An id that could not be printed (stdout_lost) leaves FILE as it was.
        if (output_file && !ctx.stdout_lost()) output_file->commit();
        return 0;
    } catch (const AmountOverflow&) {
        return runtime_error(1, ctx.amount_overflow_message());
    } catch (const Error& e) {
        return runtime_error(e.exit_code(), e.what());
    } catch (const std::exception& e) {
        return runtime_error(1, e.what());
    }
}

}  // namespace acctool::cli
