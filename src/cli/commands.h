#pragma once
// The command groups of acct, one file each; app.cpp registers them from the table below.
#include <functional>

namespace CLI {
class App;
}

namespace acctool::cli {

class Context;

using SetupFunction = void (*)(CLI::App& app, Context& ctx);

// What a command does once the whole command line parsed: `run` becomes ctx.action, which
// cli::run executes after parsing succeeded (so usage errors and runtime errors never mix).
void on_parsed(CLI::App* command, Context& ctx, std::function<void()> run);

struct CommandGroup {
    const char* name;
    SetupFunction setup;
};

void setup_init(CLI::App& app, Context& ctx);
void setup_config(CLI::App& app, Context& ctx);
void setup_client(CLI::App& app, Context& ctx);
void setup_contact(CLI::App& app, Context& ctx);
void setup_deal(CLI::App& app, Context& ctx);
void setup_refund(CLI::App& app, Context& ctx);
void setup_touch(CLI::App& app, Context& ctx);
void setup_followup(CLI::App& app, Context& ctx);
void setup_invoice(CLI::App& app, Context& ctx);
void setup_payment(CLI::App& app, Context& ctx);
void setup_rate(CLI::App& app, Context& ctx);
void setup_case(CLI::App& app, Context& ctx);
void setup_plan(CLI::App& app, Context& ctx);
void setup_today(CLI::App& app, Context& ctx);
void setup_search(CLI::App& app, Context& ctx);
void setup_report(CLI::App& app, Context& ctx);
void setup_kpi(CLI::App& app, Context& ctx);
void setup_import(CLI::App& app, Context& ctx);
void setup_export(CLI::App& app, Context& ctx);
void setup_backup(CLI::App& app, Context& ctx);
void setup_undo(CLI::App& app, Context& ctx);
void setup_log(CLI::App& app, Context& ctx);
void setup_completion(CLI::App& app, Context& ctx);

// In the order `acct --help` lists them.
inline constexpr CommandGroup k_command_groups[] = {
    {"init", setup_init},
    {"config", setup_config},
    {"client", setup_client},
    {"contact", setup_contact},
    {"deal", setup_deal},
    {"refund", setup_refund},
    {"touch", setup_touch},
    {"followup", setup_followup},
    {"invoice", setup_invoice},
    {"payment", setup_payment},
    {"rate", setup_rate},
    {"case", setup_case},
    {"plan", setup_plan},
    {"today", setup_today},
    {"search", setup_search},
    {"report", setup_report},
    {"kpi", setup_kpi},
    {"import", setup_import},
    {"export", setup_export},
    {"backup", setup_backup},
    {"undo", setup_undo},
    {"log", setup_log},
    {"completion", setup_completion},
};

}  // namespace acctool::cli
