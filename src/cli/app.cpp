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
#include "core/i18n.h"
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
    app.add_option("--db", g.db, tr("Database file (default $XDG_DATA_HOME/acct/acct.db)"))->envname("ACCT_DB");
    app.add_option("--config", g.config, tr("Config file (default $XDG_CONFIG_HOME/acct/config.toml)"))
        ->envname("ACCT_CONFIG");
    // TRANSLATORS: table, csv, tsv, json, xlsx and ics are the values to type: keep them.
    // ACCT_FORMAT is read by Context::format, not here: export keeps CSV whatever it says.
    app.add_option("--format", g.format, tr("Output format: table, csv, tsv, json, xlsx (plan: also ics)"));
    // TRANSLATORS: FILE is the placeholder shown after --output in the help: keep it.
    app.add_option("--output", g.output, tr("Write the data output to FILE instead of stdout"))->type_name("FILE");
    app.add_flag("--csv", g.csv, tr("Same as --format csv"));
    app.add_flag("--json", g.json, tr("Same as --format json"));
    app.add_flag("--bom", g.bom, tr("Put a UTF-8 byte order mark before CSV (for Excel)"));
    app.add_option("--today", g.today, tr("Pin today's date (YYYY-MM-DD or any date form)"))->envname("ACCT_TODAY");
    // TRANSLATORS: auto, always and never are the values to type: keep them.
    app.add_option("--color", g.color, tr("Colour: auto, always, never (honours NO_COLOR)"));
    app.add_flag("-q,--quiet", g.quiet, tr("No confirmations on stderr"));
}

// CLI11's own words in --help (its labels, the default group names), in the user's language.
void translate_help_words(CLI::App& app) {
    auto formatter = app.get_formatter();
    // TRANSLATORS: the start of the usage line of --help ("Usage: acct deal add [OPTIONS] ...").
    formatter->label("Usage", tr("Usage"));
    // TRANSLATORS: in the usage line of --help: where the options go.
    formatter->label("OPTIONS", tr("OPTIONS"));
    // TRANSLATORS: in the usage line of --help: where the command goes.
    formatter->label("SUBCOMMAND", tr("SUBCOMMAND"));
    // TRANSLATORS: in the usage line of --help: where the commands go.
    formatter->label("SUBCOMMANDS", tr("SUBCOMMANDS"));
    // TRANSLATORS: the heading of the list of arguments in --help.
    formatter->label("Positionals", tr("Positionals"));
    // TRANSLATORS: after an option in --help: it must be given.
    formatter->label("REQUIRED", tr("REQUIRED"));
    // TRANSLATORS: after an option in --help: "(Env:ACCT_DB)", the environment variable that sets it.
    formatter->label("Env", tr("Env"));
    // TRANSLATORS: after an option in --help: the options it needs ("Needs: --client").
    formatter->label("Needs", tr("Needs"));
    // TRANSLATORS: after an option in --help: the options it cannot be used with.
    formatter->label("Excludes", tr("Excludes"));
    // TRANSLATORS: the heading of the list of options in --help.
    app.option_defaults()->group(tr("Options"));
    // TRANSLATORS: the heading of the list of commands in --help.
    app.group(tr("Subcommands"));  // every command inherits its parent's group
}

// CLI11 gives a command its help flags before it copies its parent's option defaults:
// they would stand alone under the English "Options". They join the command's options.
void group_help_flags(CLI::App& app, const std::string& options) {
    for (CLI::App* sub : app.get_subcommands({})) {
        if (CLI::Option* help = sub->get_help_ptr()) help->group(options);
        if (CLI::Option* help_all = sub->get_option_no_throw("--help-all")) help_all->group(options);
        group_help_flags(*sub, options);
    }
}

// Every usage error exits 2, whichever of CLI11's codes (100-115) it came with.
int usage_error(const CLI::App& app, const CLI::ParseError& e) {
    // TRANSLATORS: {} is the message: "acct: error: unknown command 'x'".
    output::write_stderr(trf("acct: error: {}", escape_controls(usage_message(app, e), Newlines::Keep)) + "\n" +
                         // TRANSLATORS: {} is the command typed, "acct deal": the user runs it with --help.
                         trf("Run '{} --help' for usage.", escape_controls(command_path(deepest_parsed(app)))) +
                         "\n");
    return 2;
}

int runtime_error(int code, std::string_view message) {
    // Messages echo values (a typed name, a stored title): their control characters are
    // shown escaped, never sent to the terminal.
    output::write_stderr(trf("acct: error: {}", escape_controls(message, Newlines::Keep)) + "\n");
    return code;
}

// The language must be known before the first option is added (their help is translated
// then), and owner.language overrides the environment's: the config named by --config,
// ACCT_CONFIG or the default path is looked at once for that key alone.
// Returns whether that key names a language acct does not know.
bool choose_language(int argc, char** argv) {
    Context probe;
    for (int i = 1; i < argc; ++i) {
        const std::string_view arg = argv[i];
        if (arg == "--") break;
        if (arg == "--config" && i + 1 < argc) probe.global.config = argv[++i];
        else if (arg.starts_with("--config=")) probe.global.config = arg.substr(9);
    }
    if (const char* env = std::getenv("ACCT_CONFIG"); probe.global.config.empty() && env) probe.global.config = env;
    std::optional<Language> configured;
    bool unknown = false;
    try {
        configured = config::peek_language(probe.config_path(), &unknown);
    } catch (const Error&) {
        // No HOME nor XDG_CONFIG_HOME: no config either, and the command will say so if it needs one.
    }
    config::set_up_language(configured);
    return unknown;
}

}  // namespace

int run(int argc, char** argv) {
    ::umask(077);  // before anything can create a file: the database and backups stay private
    output::guard_standard_descriptors();
    const bool language_unknown = choose_language(argc, argv);
    Context ctx;
    ctx.global.config_language_unknown = language_unknown;
    CLI::App app{tr("acct: the account manager's portfolio tool"), "acct"};
    // Before any option: the help flag and every option take the default group from here.
    translate_help_words(app);
    app.set_help_flag("-h,--help", tr("Print this help message and exit"));
    // Inherited settings must be set before any add_subcommand.
    app.fallthrough();
    app.require_subcommand(0, 1);  // one command at most (the groups inherit it); none: help, below
    app.set_version_flag("--version", ACCT_VERSION, tr("Display program version information and exit"));
    app.set_help_all_flag("--help-all", tr("Print help for every command"));
    add_global_options(app, ctx.global);
    for (const auto& group : k_command_groups) group.setup(app, ctx);
    group_help_flags(app, app.option_defaults()->get_group());

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
