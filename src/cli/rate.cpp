// acct rate add|list|delete|import: the dated exchange rates into the base currency
// (man page: CURRENCIES). Each change re-converts the records the rate governs, in the
// same transaction, and says how many.
#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include "cli/commands.h"
#include "cli/confirm.h"
#include "cli/context.h"
#include "cli/import.h"
#include "core/currency.h"
#include "core/errors.h"
#include "core/happened.h"
#include "store/rates.h"

namespace acctool::cli {
namespace {

struct RateAdd {
    std::string currency, date, rate;
};

struct RateList {
    std::string currency;
};

struct RateDelete {
    Id id = 0;
    bool yes = false;
};

std::string records(long n) { return fmt::format("{} record{}", n, n == 1 ? "" : "s"); }

void rate_add(Context& ctx, const RateAdd& opts) {
    const std::string currency = parse_currency(opts.currency);
    const Date from = parse_date(opts.date, ctx.today(), Direction::Past);
    const Ratio value = parse_rate(opts.rate);
    auto [db, tx] = ctx.write();
    const std::string base = ctx.base_currency();
    const store::RateWrite written = store::put_rate(db, currency, from, value);
    tx.commit();
    ctx.created(written.id, fmt::format("{} rate {}: 1 {} = {} {} from {}; re-converted {}",
                                        written.replaced ? "replaced" : "added", written.id, currency,
                                        format_rate(value), base, format_date(from), records(written.reconverted)));
}

void rate_list(Context& ctx, const RateList& opts) {
    const std::string currency = opts.currency.empty() ? "" : parse_currency(opts.currency);
    auto& db = ctx.db();
    const std::string base = ctx.base_currency();
    output::Table table({{"id"}, {"currency"}, {"from"}, {"rate"}, {"base"}, {"exact"}});
    for (const auto& r : store::list_rates(db, currency))
        table.add({r.id, r.currency, r.from, format_rate(r.value), base, format_rate_exact(r.value)});
    ctx.emit(table);
}

void rate_delete(Context& ctx, const RateDelete& opts) {
    const Rate rate = store::get_rate(ctx.db(), opts.id);
    confirm_delete(fmt::format("delete rate {} (1 {} = {} {} from {})", rate.id, rate.currency,
                               format_rate(rate.value), ctx.base_currency(), format_date(rate.from)),
                   opts.yes);
    auto [db, tx] = ctx.write();
    const long reconverted = store::delete_rate(db, opts.id);
    tx.commit();
    ctx.info(fmt::format("deleted rate {}; re-converted {}", opts.id, records(reconverted)));
}

}  // namespace

void setup_rate(CLI::App& app, Context& ctx) {
    auto* group = app.add_subcommand("rate", "Add, list, delete and import exchange rates into the base currency");

    auto add = std::make_shared<RateAdd>();
    auto* add_cmd = group->add_subcommand("add", "From DATE on, 1 CURRENCY is worth RATE units of the base");
    add_cmd->add_option("currency", add->currency, "ISO 4217 code, e.g. USD")->required();
    add_cmd->add_option("date", add->date, "The first day the rate holds")->required();
    add_cmd->add_option("rate", add->rate, "Base units per unit: 0.9216 or 1/1.0850")->required();
    on_parsed(add_cmd, ctx, [&ctx, add] { rate_add(ctx, *add); });

    auto list = std::make_shared<RateList>();
    auto* list_cmd = group->add_subcommand("list", "List rates by currency and date");
    list_cmd->add_option("--currency", list->currency, "Only this currency's rates");
    on_parsed(list_cmd, ctx, [&ctx, list] { rate_list(ctx, *list); });

    auto del = std::make_shared<RateDelete>();
    auto* delete_cmd = group->add_subcommand("delete", "Delete a rate (its records go to the rate before it)");
    delete_cmd->add_option("id", del->id, "Rate id (see rate list)")->required();
    delete_cmd->add_flag("--yes", del->yes, "Do not ask (required off a terminal)");
    on_parsed(delete_cmd, ctx, [&ctx, del] { rate_delete(ctx, *del); });

    auto import = std::make_shared<ImportOptions>();
    import->kind = "rates";
    auto* import_cmd = group->add_subcommand(
        "import", "Import rates: a currency,date,rate CSV or the ECB's historical file (eurofxref-hist.csv)");
    import_cmd->add_option("file", import->file, "The file (- reads standard input)")->required();
    import_cmd->add_flag("--dry-run", import->dry_run, "Check the file and say what would be imported; write nothing");
    import_cmd->add_option("--on-duplicate", import->on_duplicate,
                           "A rate of a day already stored: error (default), skip or update");
    import_cmd->add_option("--delimiter", import->delimiter, "Field separator: , ; | or tab (default: found)");
    import_cmd->add_option("--locale", import->locale, "Read decimal commas as in ro, it, el, ru or fr");
    on_parsed(import_cmd, ctx, [&ctx, import] { import_file(ctx, *import); });
}

}  // namespace acctool::cli
