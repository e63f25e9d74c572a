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
#include "core/i18n.h"
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


void rate_add(Context& ctx, const RateAdd& opts) {
    const std::string currency = parse_currency(opts.currency);
    const Date from = parse_date(opts.date, ctx.today(), Direction::Past);
    const Ratio value = parse_rate(opts.rate);
    auto [db, tx] = ctx.write();
    const std::string base = ctx.base_currency();
    const store::RateWrite written = store::put_rate(db, currency, from, value);
    tx.commit();
    const auto n = static_cast<unsigned long>(written.reconverted);
    ctx.created(written.id,
                written.replaced
                    // TRANSLATORS: the rate's id, a currency (USD), the rate, the base currency (EUR), the first day
                    // it holds, then a count of records converted again with it.
                    ? trn("replaced rate {}: 1 {} = {} {} from {}; re-converted {} record",
                          "replaced rate {}: 1 {} = {} {} from {}; re-converted {} records", n, written.id, currency,
                          format_rate_shown(value), base, format_date(from), written.reconverted)
                    // TRANSLATORS: the new rate's id, a currency (USD), the rate, the base currency (EUR), the first
                    // day it holds, then a count of records converted with it.
                    : trn("added rate {}: 1 {} = {} {} from {}; re-converted {} record",
                          "added rate {}: 1 {} = {} {} from {}; re-converted {} records", n, written.id, currency,
                          format_rate_shown(value), base, format_date(from), written.reconverted));
}

void rate_list(Context& ctx, const RateList& opts) {
    const std::string currency = opts.currency.empty() ? "" : parse_currency(opts.currency);
    auto& db = ctx.db();
    const std::string base = ctx.base_currency();
    output::Table table({{NC_("column", "id")},
                         {NC_("column", "currency")},
                         {NC_("column", "from")},
                         {NC_("column", "rate")},
                         {NC_("column", "base")},
                         {NC_("column", "exact")}});
    for (const auto& r : store::list_rates(db, currency))
        table.add({r.id, r.currency, r.from, output::NumberText{format_rate(r.value)}, base,
                   output::NumberText{format_rate_exact(r.value)}});
    ctx.emit(table);
}

void rate_delete(Context& ctx, const RateDelete& opts) {
    const Rate rate = store::get_rate(ctx.db(), opts.id);
    // TRANSLATORS: a question: the rate's id, a currency (USD), the rate, the base currency (EUR), the first day.
    confirm_delete(trf("delete rate {} (1 {} = {} {} from {})", rate.id, rate.currency, format_rate_shown(rate.value),
                       ctx.base_currency(), format_date(rate.from)),
                   opts.yes);
    auto [db, tx] = ctx.write();
    const long reconverted = store::delete_rate(db, opts.id);
    tx.commit();
    // TRANSLATORS: the rate's id, then a count of records converted again (with the rate before it).
    ctx.info(trn("deleted rate {}; re-converted {} record", "deleted rate {}; re-converted {} records",
                 static_cast<unsigned long>(reconverted), opts.id, reconverted));
}

}  // namespace

void setup_rate(CLI::App& app, Context& ctx) {
    auto* group = app.add_subcommand("rate", tr("Add, list, delete and import exchange rates into the base currency"));

    auto add = std::make_shared<RateAdd>();
    // TRANSLATORS: DATE, CURRENCY and RATE are the arguments' names in --help: keep them.
    auto* add_cmd = group->add_subcommand("add", tr("From DATE on, 1 CURRENCY is worth RATE units of the base"));
    add_cmd->add_option("currency", add->currency, tr("ISO 4217 code, e.g. USD"))->required();
    add_cmd->add_option("date", add->date, tr("The first day the rate holds"))->required();
    add_cmd->add_option("rate", add->rate, tr("Base units per unit: 0.9216 or 1/1.0850"))->required();
    on_parsed(add_cmd, ctx, [&ctx, add] { rate_add(ctx, *add); });

    auto list = std::make_shared<RateList>();
    auto* list_cmd = group->add_subcommand("list", tr("List rates by currency and date"));
    list_cmd->add_option("--currency", list->currency, tr("Only this currency's rates"));
    on_parsed(list_cmd, ctx, [&ctx, list] { rate_list(ctx, *list); });

    auto del = std::make_shared<RateDelete>();
    auto* delete_cmd = group->add_subcommand("delete", tr("Delete a rate (its records go to the rate before it)"));
    // TRANSLATORS: "rate list" is the command that lists the ids: keep it.
    delete_cmd->add_option("id", del->id, tr("Rate id (see rate list)"))->required();
    delete_cmd->add_flag("--yes", del->yes, tr("Do not ask (required off a terminal)"));
    on_parsed(delete_cmd, ctx, [&ctx, del] { rate_delete(ctx, *del); });

    auto import = std::make_shared<ImportOptions>();
    import->kind = "rates";
    auto* import_cmd = group->add_subcommand(
        // TRANSLATORS: currency,date,rate are the CSV's column names: keep them.
        "import", tr("Import rates: a currency,date,rate CSV or the ECB's historical file (eurofxref-hist.csv)"));
    import_cmd->add_option("file", import->file, tr("The file (- reads standard input)"))->required();
    import_cmd->add_flag("--dry-run", import->dry_run, tr("Check the file and say what would be imported; write nothing"));
    import_cmd->add_option("--on-duplicate", import->on_duplicate,
                           // TRANSLATORS: the values to type: keep error, skip and update.
                           tr("A rate of a day already stored: error (default), skip or update"));
    // TRANSLATORS: the values to type: keep tab.
    import_cmd->add_option("--delimiter", import->delimiter, tr("Field separator: , ; | or tab (default: found)"));
    // TRANSLATORS: the values to type: keep ro, it, el, ru and fr.
    import_cmd->add_option("--locale", import->locale, tr("Read decimal commas as in ro, it, el, ru or fr"));
    on_parsed(import_cmd, ctx, [&ctx, import] { import_file(ctx, *import); });
}

}  // namespace acctool::cli
