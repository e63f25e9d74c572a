// acct deal log|add|list; the pipeline moves (move, win, lose, refund) are in deal_moves.cpp.
#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include "cli/commands.h"
#include "cli/context.h"
#include "core/currency.h"
#include "cli/deal_moves.h"
#include "core/deal_rules.h"
#include "core/errors.h"
#include "core/fields.h"
#include "core/happened.h"
#include "core/i18n.h"
#include "core/text.h"
#include "store/clients.h"
#include "store/deals.h"
#include "store/rates.h"

namespace acctool::cli {
namespace {

// The optional fields `deal log` and `deal add` share.
struct DealOptions {
    std::string product, kind, title, currency;
};

struct DealLog {
    std::string client_ref, amount, date, discount;
    DealOptions fields;
};

struct DealAdd {
    std::string client_ref, title, amount, stage, close, probability;
    DealOptions fields;
};

struct DealList {
    bool open = false, won = false, lost = false, stale = false;
    std::string client_ref, period, product;
};

Deal new_deal(const DealOptions& fields, const std::string& amount, Date day) {
    Deal deal;
    if (!fields.currency.empty()) deal.currency = parse_record_currency(fields.currency);
    check_amount_form(amount);  // read once the currency (perhaps the client's) is known
    // TRANSLATORS: a field's name, inserted in "invalid {}: ...".
    deal.product = parse_text(fields.product, N_("product"));
    // TRANSLATORS: a field's name, inserted in "invalid {}: ...".
    deal.title = parse_text(fields.title, N_("deal title"));
    if (!fields.kind.empty()) deal.kind = parse_deal_kind(fields.kind);
    deal.created_on = day;
    deal.stage_changed_on = day;
    return deal;
}

void deal_log(Context& ctx, const DealLog& opts) {
    // TRANSLATORS: what happened on the date, inserted in "invalid {} date '...'".
    const Date day = happened_or_today(opts.date, ctx.today(), NC_("event", "sale"));
    Deal deal = new_deal(opts.fields, opts.amount, day);
    deal.stage = "won";
    deal.closed_on = day;
    auto [db, tx] = ctx.write();
    const Client client = store::resolve_client(db, opts.client_ref);
    deal.client_id = client.id;
    deal.currency = record_currency(deal.currency, client.currency, ctx.base_currency());
    deal.amount = parse_amount_in(opts.amount, deal.currency);
    if (!opts.discount.empty()) deal.discount = parse_discount(opts.discount, deal.amount, deal.currency);
    const Id id = store::insert_deal(db, deal);
    tx.commit();
    // TRANSLATORS: the new deal's id, the amount, its currency, the client's name, the date won.
    ctx.created(id, trf("logged deal {}: {} {} won from '{}' on {}", id, format_amount(deal.amount, deal.currency),
                        deal.currency, client.name, format_date(day)));
}

void deal_add(Context& ctx, const DealAdd& opts) {
    const Settings& settings = ctx.settings();
    Deal deal = new_deal(opts.fields, opts.amount, ctx.today());
    deal.title = parse_name(opts.title, N_("deal title"));
    if (opts.stage.empty() && settings.stages.empty())
        // TRANSLATORS: [pipeline] stages is the config's section and key: keep them.
        throw InvalidInput(tr("no pipeline stages are configured; add [pipeline] stages to the config"));
    deal.stage = opts.stage.empty() ? settings.stages.front().name : parse_pipeline_stage(settings, opts.stage).name;
    if (!opts.probability.empty()) deal.probability = parse_probability(opts.probability);
    if (!opts.close.empty()) deal.expected_close = parse_date(opts.close, ctx.today(), Direction::Future);
    auto [db, tx] = ctx.write();
    const Client client = store::resolve_client(db, opts.client_ref);
    deal.client_id = client.id;
    deal.currency = record_currency(deal.currency, client.currency, ctx.base_currency());
    deal.amount = parse_amount_in(opts.amount, deal.currency);
    const Id id = store::insert_deal(db, deal);
    tx.commit();
    // TRANSLATORS: the new deal's id, its title, the client's name, the pipeline stage's name.
    ctx.created(id, trf("added deal {} '{}' for '{}' at stage {}", id, deal.title, client.name, shown_stage(deal.stage)));
}

output::Table deal_table(Context& ctx, const std::vector<store::DealListing>& rows, bool stale_only) {
    const Settings& settings = ctx.settings();
    output::Table table({{NC_("column", "id")},
                         {NC_("column", "client")},
                         {NC_("column", "title")},
                         {NC_("column", "stage")},
                         {NC_("column", "amount")},
                         {NC_("column", "probability")},
                         {NC_("column", "product")},
                         {NC_("column", "kind")},
                         {NC_("column", "expected_close")},
                         {NC_("column", "closed_on")},
                         {NC_("column", "stale")},
                         {NC_("column", "discount")},
                         {NC_("column", "currency")},
                         {NC_("column", "base_amount")}});
    auto& db = ctx.db();
    for (const auto& row : rows) {
        const Deal& d = row.deal;
        const bool stale = is_stale(d, row.last_touch, ctx.today(), settings.stale_after_days);
        if (stale_only && !stale) continue;
        table.add({d.id, d.client_name, output::text_or_empty(d.title), d.stage, output::amount_cell(d.amount, d.currency),
                   output::ratio_cell(effective_probability(d, settings), 2), output::text_or_empty(d.product),
                   std::string(to_string(d.kind)), output::cell_or_empty(d.expected_close),
                   output::cell_or_empty(d.closed_on), stale, output::amount_cell(d.discount, d.currency), d.currency,
                   output::cell_or_empty(d.is_open() ? store::open_in_base(db, d, ctx.today()) : d.base_amount)});
    }
    return table;
}

void deal_list(Context& ctx, const DealList& opts) {
    store::DealFilter filter;
    filter.open = opts.open || opts.stale;  // only open deals can be stale
    filter.won = opts.won;
    filter.lost = opts.lost;
    if (!opts.period.empty()) filter.period = parse_period(opts.period, ctx.today());
    auto& db = ctx.db();
    if (!opts.client_ref.empty()) filter.client_id = store::resolve_client(db, opts.client_ref).id;
    if (!opts.product.empty()) filter.product = opts.product;
    ctx.emit(deal_table(ctx, store::list_deals(db, filter), opts.stale));
}

void add_deal_field_options(CLI::App* cmd, DealOptions& f) {
    cmd->add_option("--product", f.product, tr("Product line"));
    // TRANSLATORS: the values to type: keep new, upsell, cross-sell and renewal.
    cmd->add_option("--kind", f.kind, tr("new (default), upsell, cross-sell or renewal"));
    cmd->add_option("--currency", f.currency, tr("ISO 4217 code (default: the client's currency, else the base)"));
}

void setup_deal_log(CLI::App* group, Context& ctx) {
    auto opts = std::make_shared<DealLog>();
    auto* cmd = group->add_subcommand("log", tr("Record a closed sale (a won deal) in one line"));
    cmd->add_option("ref", opts->client_ref, tr("Client id, name or unique part of the name"))->required();
    cmd->add_option("amount", opts->amount, tr("Amount sold"))->required();
    cmd->add_option("--date", opts->date, tr("Close date (default today)"));
    cmd->add_option("--title", opts->fields.title, tr("Title"));
    // TRANSLATORS: AMOUNT is the argument's name in --help: keep it.
    cmd->add_option("--discount", opts->discount, tr("Discount granted: an amount or a percentage of AMOUNT (10%)"));
    add_deal_field_options(cmd, opts->fields);
    on_parsed(cmd, ctx, [&ctx, opts] { deal_log(ctx, *opts); });
}

void setup_deal_add(CLI::App* group, Context& ctx) {
    auto opts = std::make_shared<DealAdd>();
    auto* cmd = group->add_subcommand("add", tr("Open an opportunity in the pipeline"));
    cmd->add_option("ref", opts->client_ref, tr("Client id, name or unique part of the name"))->required();
    cmd->add_option("title", opts->title, tr("What is being sold"))->required();
    cmd->add_option("amount", opts->amount, tr("Expected amount"))->required();
    cmd->add_option("--stage", opts->stage, tr("Pipeline stage (default: the first configured)"));
    cmd->add_option("--close", opts->close, tr("Expected close date"));
    cmd->add_option("--probability", opts->probability, tr("0.35 or 35% (default: the stage's)"));
    add_deal_field_options(cmd, opts->fields);
    on_parsed(cmd, ctx, [&ctx, opts] { deal_add(ctx, *opts); });
}

void setup_deal_list(CLI::App* group, Context& ctx) {
    auto opts = std::make_shared<DealList>();
    auto* cmd = group->add_subcommand("list", tr("List deals"));
    cmd->add_flag("--open", opts->open, tr("Open deals"));
    cmd->add_flag("--won", opts->won, tr("Won deals"));
    cmd->add_flag("--lost", opts->lost, tr("Lost deals"));
    cmd->add_flag("--stale", opts->stale, tr("Only stale open deals"));
    cmd->add_option("--client", opts->client_ref, tr("Only this client's deals"));
    cmd->add_option("--period", opts->period, tr("Closed (or, if open, expected to close) in this period"));
    cmd->add_option("--product", opts->product, tr("Only deals of this product line"));
    on_parsed(cmd, ctx, [&ctx, opts] { deal_list(ctx, *opts); });
}

}  // namespace

void setup_deal(CLI::App& app, Context& ctx) {
    auto* group = app.add_subcommand("deal", tr("Log sales and move opportunities through the pipeline"));
    setup_deal_log(group, ctx);
    setup_deal_add(group, ctx);
    setup_deal_moves(group, ctx);
    setup_deal_fixes(group, ctx);
    setup_deal_list(group, ctx);
}

}  // namespace acctool::cli
