// acct report sales|history|pipeline|forecast|receivables|abc|activity|portfolio
// (man page: Reports). This file: the time-based reports and the command setup; the
// state-of-the-portfolio reports are in report_status.cpp.
#include "cli/report.h"

#include <unistd.h>

#include <algorithm>
#include <map>

#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include "cli/commands.h"
#include "core/deal_rules.h"
#include "core/errors.h"
#include "core/i18n.h"
#include "core/kpi.h"
#include "core/report_math.h"
#include "core/report_series.h"
#include "output/bar.h"
#include "store/clients.h"
#include "store/report_queries.h"

namespace acctool::cli {
namespace {

constexpr std::size_t k_chart_width = 30;

struct SalesOptions {
    std::string period;
    std::string by = "client";
    bool compare = false;
};

struct SalesKeyName {
    const char* name;
    store::SalesKey key;
};
constexpr SalesKeyName k_sales_keys[] = {
    {"client", store::SalesKey::Client}, {"product", store::SalesKey::Product}, {"month", store::SalesKey::Month},
    {"week", store::SalesKey::Week},     {"tier", store::SalesKey::Tier},       {"region", store::SalesKey::Region},
    {"kind", store::SalesKey::Kind},
};

store::SalesKey parse_sales_key(const std::string& text) {
    for (const auto& k : k_sales_keys)
        if (text == k.name) return k.key;
    // TRANSLATORS: {} is the word typed; client, product, month, week, tier, region and kind are the values to type.
    throw InvalidInput(trf("invalid --by '{}': expected client, product, month, week, tier, region or kind", text));
}

// What the key column of `report sales` holds, as a column name for its table's header:
// the word --by takes ("client", "month", ...).
std::string_view sales_key_name(store::SalesKey key) {
    for (const auto& k : k_sales_keys)
        if (k.key == key) return k.name;
    return "key";
}

// "Sales by client, 2026-Q4, in EUR": the title of `report sales`, a whole one for each key.
std::string sales_title(store::SalesKey key, const std::string& period, const std::string& currency) {
    switch (key) {
    // TRANSLATORS: a table's title: the period (2026-Q4), then the currency (EUR).
    case store::SalesKey::Client: return trf("Sales by client, {}, in {}", period, currency);
    // TRANSLATORS: a table's title: the period (2026-Q4), then the currency (EUR).
    case store::SalesKey::Product: return trf("Sales by product, {}, in {}", period, currency);
    // TRANSLATORS: a table's title: the period (2026-Q4), then the currency (EUR).
    case store::SalesKey::Month: return trf("Sales by month, {}, in {}", period, currency);
    // TRANSLATORS: a table's title: the period (2026-Q4), then the currency (EUR).
    case store::SalesKey::Week: return trf("Sales by week, {}, in {}", period, currency);
    // TRANSLATORS: a table's title: the period (2026-Q4), then the currency (EUR).
    case store::SalesKey::Tier: return trf("Sales by tier, {}, in {}", period, currency);
    // TRANSLATORS: a table's title: the period (2026-Q4), then the currency (EUR).
    case store::SalesKey::Region: return trf("Sales by region, {}, in {}", period, currency);
    // TRANSLATORS: a table's title: the period (2026-Q4), then the currency (EUR); kind: new, upsell, renewal.
    case store::SalesKey::Kind: return trf("Sales by kind, {}, in {}", period, currency);
    }
    return {};
}

bool is_time_key(store::SalesKey key) { return key == store::SalesKey::Month || key == store::SalesKey::Week; }

// Largest revenue first (ties in key order), or every month or week of the period.
std::vector<SalesRow> sales_rows(Context& ctx, const Period& period, store::SalesKey key) {
    auto rows = store::sales_totals(ctx.db(), period, key);
    if (key == store::SalesKey::Month) return bucket_by_time(rows, period, TimeBucket::Month);
    if (key == store::SalesKey::Week) return bucket_by_time(rows, period, TimeBucket::Week);
    rank_by_revenue(rows);
    return rows;
}

void report_sales(Context& ctx, const SalesOptions& opts) {
    const store::SalesKey key = parse_sales_key(opts.by);
    const Period period = report_period(ctx, opts.period);
    auto rows = sales_rows(ctx, period, key);
    std::vector<std::optional<Money>> prev;
    if (opts.compare) prev = previous_revenue(rows, sales_rows(ctx, previous_period(period), key), is_time_key(key));
    const bool chart = is_time_key(key) && draw_charts(ctx);
    Money total, max;
    for (const auto& r : rows) {
        total += r.revenue;
        max = std::max(max, r.revenue);
    }
    // The key column is "key" in CSV and JSON; a table names what it holds.
    output::Table table({{NC_("column", "key"), output::Align::Auto, false, std::string(sales_key_name(key))},
                         {NC_("column", "deals")},
                         {NC_("column", "revenue")},
                         {NC_("column", "share")},
                         {NC_("column", "avg_deal")}});
    if (opts.compare)
        table.columns.insert(table.columns.end(), {{NC_("column", "prev_revenue")}, {NC_("column", "growth")}});
    // TRANSLATORS: a column of bars, in table format on a terminal only.
    if (chart) table.columns.push_back({NC_("column", "chart"), output::Align::Left});
    const std::string base = ctx.base_currency();
    table.title = sales_title(key, format_period(period), base);
    for (std::size_t i = 0; i < rows.size(); ++i) {
        const SalesRow& r = rows[i];
        output::Row row{output::text_or_empty(r.key), r.deals, r.revenue, ratio_cell(share_of(r.revenue, total)),
                        output::cell_or_empty(average_of(r.won, r.deals))};
        if (opts.compare) {
            row.push_back(output::cell_or_empty(prev[i]));
            row.push_back(ratio_cell(prev[i] ? growth_of(r.revenue, *prev[i]) : std::nullopt));
        }
        if (chart) row.push_back(chart_cell(r.revenue, max));
        table.add(std::move(row));
    }
    ctx.emit(name_base_currency(table, base));
}

// One row per month from the client's first activity (or its creation) to this month.
void report_history(Context& ctx, const std::string& ref) {
    auto& db = ctx.db();
    const Client client = store::resolve_client(db, ref);
    auto months = store::client_history(db, client.id);
    Date first = client.created_on.value_or(ctx.today());
    Date last = ctx.today();
    if (!months.empty()) {
        first = std::min(first, parse_iso_date(months.front().month + "-01"));
        last = std::max(last, parse_iso_date(months.back().month + "-01"));
    }
    std::map<std::string, store::ClientMonth> by_month;
    Money max;
    for (const auto& m : months) {
        by_month[m.month] = m;
        max = std::max(max, m.won - m.refunds);
    }
    const bool chart = draw_charts(ctx);
    output::Table table({{NC_("column", "month")},
                         {NC_("column", "deals")},
                         {NC_("column", "revenue")},
                         {NC_("column", "refunds")},
                         {NC_("column", "touches")}});
    if (chart) table.columns.push_back({NC_("column", "chart"), output::Align::Left});
    // TRANSLATORS: a table's title: the client's name, then the currency (EUR).
    const std::string base = ctx.base_currency();
    table.title = trf("History of {}, in {}", client.name, base);
    for (const Period& month : months_in(Period{first, last, PeriodKind::Range})) {
        const std::string label = month_label(month.first);
        store::ClientMonth m;
        if (auto it = by_month.find(label); it != by_month.end()) m = it->second;
        output::Row row{label, m.deals, m.won - m.refunds, m.refunds, m.touches};
        if (chart) row.push_back(chart_cell(m.won - m.refunds, max));
        table.add(std::move(row));
    }
    ctx.emit(name_base_currency(table, base));
}

void report_forecast(Context& ctx, const std::string& period_text) {
    const Period period = report_period(ctx, period_text);
    std::vector<DatedMoney> won;
    for (const auto& t : store::sales_totals(ctx.db(), period, store::SalesKey::Week))
        won.push_back({parse_iso_date(t.key), t.revenue});
    std::vector<WeightedMoney> open;
    for (const auto& e : store::expected_closes(ctx.db(), period, ctx.today()))
        open.push_back({e.day, e.amount, stage_probability(ctx.settings(), e.stage, e.probability)});
    const auto target = targets_for_period(period, ctx.settings()).first.revenue;
    const auto weeks = forecast_weeks(period, won, open, target);
    const bool chart = draw_charts(ctx);
    Money max = target.value_or(Money{});
    for (const auto& w : weeks) max = std::max(max, w.cumulative);
    output::Table table({{NC_("column", "week")},
                         {NC_("column", "won")},
                         {NC_("column", "weighted_open")},
                         {NC_("column", "cumulative")},
                         {NC_("column", "target")}});
    if (chart) table.columns.push_back({NC_("column", "chart"), output::Align::Left});
    // TRANSLATORS: a table's title: the period (2026-Q4), the currency (EUR), the day of the exchange rates.
    const std::string base = ctx.base_currency();
    table.title = trf("Forecast for {}, in {} (open deals at the rates of {})", format_period(period), base,
                      format_date(ctx.today()));
    for (const auto& w : weeks) {
        output::Row row{iso_week_label(w.week.first), w.won, w.weighted, w.cumulative, output::cell_or_empty(w.target_due)};
        if (chart) row.push_back(chart_cell(w.cumulative, max));
        table.add(std::move(row));
    }
    ctx.emit(name_base_currency(table, base));
}

}  // namespace

Period report_period(Context& ctx, const std::string& text, const char* fallback) {
    if (!text.empty()) return parse_period(text, ctx.today());
    if (fallback) return parse_period(fallback, ctx.today());
    return default_kpi_period(ctx.settings(), ctx.today());
}

output::Cell ratio_cell(std::optional<double> ratio) {
    if (!ratio) return {};
    return output::ratio_cell(*ratio);
}

bool draw_charts(Context& ctx) { return ctx.format() == output::Format::Table && isatty(fileno(stdout)); }

output::Cell chart_cell(Money value, Money max) {
    if (max.minor <= 0) return std::string();
    return output::bar(money_ratio(value, max), k_chart_width);
}

output::Table& name_base_currency(output::Table& table, const std::string& base) {
    table.columns.push_back({NC_("column", "currency"), output::Align::Auto, true});
    for (auto& row : table.rows) row.push_back(base);
    return table;
}

void setup_report(CLI::App& app, Context& ctx) {
    auto* group = app.add_subcommand("report", tr("Sales, pipeline, receivables and portfolio reports"));
    // TRANSLATORS: the periods are typed as they are (FROM..TO, this-quarter, ytd too).
    const char* period_help = tr("Period: 2026, 2026-Q4, 2026-11, 2026-W48, FROM..TO, this-quarter, ytd, ...");

    auto sales = std::make_shared<SalesOptions>();
    auto* s = group->add_subcommand("sales", tr("Revenue by client, product, month, week, tier, region or kind"));
    s->add_option("--period", sales->period, period_help);
    // TRANSLATORS: the values to type: keep them.
    s->add_option("--by", sales->by, tr("client, product, month, week, tier, region or kind (default client)"));
    s->add_flag("--compare", sales->compare, tr("Add the previous period of equal length and the growth"));
    on_parsed(s, ctx, [&ctx, sales] { report_sales(ctx, *sales); });

    auto ref = std::make_shared<std::string>();
    auto* h = group->add_subcommand("history", tr("A client's deals, revenue, refunds and touches per month"));
    h->add_option("ref", *ref, tr("Client id, name or unique part of the name"))->required();
    on_parsed(h, ctx, [&ctx, ref] { report_history(ctx, *ref); });

    auto list = std::make_shared<bool>(false);
    auto* p = group->add_subcommand("pipeline", tr("Open deals per stage, weighted by probability"));
    p->add_flag("--list", *list, tr("List the open deals instead, with whether each is stale"));
    on_parsed(p, ctx, [&ctx, list] { report_pipeline(ctx, *list); });

    struct PeriodReport {
        const char* name;
        const char* help;
        void (*run)(Context&, const std::string&);
    };
    const PeriodReport period_reports[] = {
        {"forecast", tr("Won and weighted open revenue per week against the target"), report_forecast},
        {"abc", tr("ABC (revenue share) and XYZ (monthly regularity) classes of clients"), report_abc},
        {"activity", tr("Touches, calls and visits per client against its cadence"), report_activity},
    };
    for (const auto& r : period_reports) {
        auto period = std::make_shared<std::string>();
        auto* cmd = group->add_subcommand(r.name, r.help);
        cmd->add_option("--period", *period, period_help);
        auto run = r.run;
        on_parsed(cmd, ctx, [&ctx, period, run] { run(ctx, *period); });
    }

    on_parsed(group->add_subcommand("receivables", tr("Open invoices per client by days past due")), ctx,
              [&ctx] { report_receivables(ctx); });
    on_parsed(group->add_subcommand("portfolio", tr("Active and dormant clients at a glance")), ctx,
              [&ctx] { report_portfolio(ctx); });
}

}  // namespace acctool::cli
