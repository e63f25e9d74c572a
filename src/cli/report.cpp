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
#include "core/exact_sum.h"
#include "core/kpi.h"
#include "core/report_math.h"
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
    throw InvalidInput(
        fmt::format("invalid --by '{}': expected client, product, month, week, tier, region or kind", text));
}

bool is_time_key(store::SalesKey key) { return key == store::SalesKey::Month || key == store::SalesKey::Week; }

struct SalesRow {
    std::string key;
    std::int64_t deals = 0;
    Money won;
    Money revenue;
};

// Days bucketed into every month or ISO week of the period, in calendar order, empty ones
// included so that a chart shows the gaps.
std::vector<SalesRow> bucket_by_time(const std::vector<store::SalesTotals>& days, const Period& period,
                                     store::SalesKey key) {
    const bool months = key == store::SalesKey::Month;
    auto label = [months](Date d) { return months ? month_label(d) : iso_week_label(d); };
    std::vector<SalesRow> rows;
    std::map<std::string, std::size_t> index;
    for (const Period& b : months ? months_in(period) : weeks_in(period)) {
        index[label(b.first)] = rows.size();
        rows.push_back({label(b.first), 0, {}, {}});
    }
    for (const auto& t : days) {
        SalesRow& r = rows[index.at(label(parse_iso_date(t.key)))];
        r.deals += t.deals;
        r.won += t.won;
        r.revenue += t.revenue();
    }
    return rows;
}

// Largest revenue first, then by key, so that the order is stable.
std::vector<SalesRow> sales_rows(Context& ctx, const Period& period, store::SalesKey key) {
    auto totals = store::sales_totals(ctx.db(), period, key);
    if (is_time_key(key)) return bucket_by_time(totals, period, key);
    std::vector<SalesRow> rows;
    for (const auto& t : totals) rows.push_back({t.key, t.deals, t.won, t.revenue()});
    std::stable_sort(rows.begin(), rows.end(),
                     [](const SalesRow& a, const SalesRow& b) { return a.revenue > b.revenue; });
    return rows;
}

// The previous period's revenue per row: by position for months and weeks (October
// against July for a quarter), by key otherwise; keys that sold only before are added.
std::vector<std::optional<Money>> previous_revenue(Context& ctx, std::vector<SalesRow>& rows, const Period& period,
                                                   store::SalesKey key) {
    auto before = sales_rows(ctx, previous_period(period), key);
    std::vector<std::optional<Money>> prev(rows.size());
    if (is_time_key(key)) {
        for (std::size_t i = 0; i < rows.size() && i < before.size(); ++i) prev[i] = before[i].revenue;
        return prev;
    }
    std::map<std::string, Money> by_key;
    for (const auto& b : before) by_key[b.key] = b.revenue;
    for (std::size_t i = 0; i < rows.size(); ++i) {
        auto it = by_key.find(rows[i].key);
        prev[i] = it == by_key.end() ? Money{} : it->second;
        if (it != by_key.end()) by_key.erase(it);
    }
    for (const auto& b : before)
        if (by_key.count(b.key)) {
            rows.push_back({b.key, 0, {}, {}});
            prev.push_back(b.revenue);
        }
    return prev;
}

void report_sales(Context& ctx, const SalesOptions& opts) {
    const store::SalesKey key = parse_sales_key(opts.by);
    const Period period = report_period(ctx, opts.period);
    auto rows = sales_rows(ctx, period, key);
    std::vector<std::optional<Money>> prev;
    if (opts.compare) prev = previous_revenue(ctx, rows, period, key);
    const bool chart = is_time_key(key) && draw_charts(ctx);
    Money total, max;
    for (const auto& r : rows) {
        total += r.revenue;
        max = std::max(max, r.revenue);
    }
    output::Table table({{"key"}, {"deals"}, {"revenue"}, {"share"}, {"avg_deal"}});
    if (opts.compare) table.columns.insert(table.columns.end(), {{"prev_revenue"}, {"growth"}});
    if (chart) table.columns.push_back({"chart", output::Align::Left});
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
    ctx.emit(table);
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
    output::Table table({{"month"}, {"deals"}, {"revenue"}, {"refunds"}, {"touches"}});
    if (chart) table.columns.push_back({"chart", output::Align::Left});
    for (const Period& month : months_in(Period{first, last, PeriodKind::Range})) {
        const std::string label = month_label(month.first);
        store::ClientMonth m;
        if (auto it = by_month.find(label); it != by_month.end()) m = it->second;
        output::Row row{label, m.deals, m.won - m.refunds, m.refunds, m.touches};
        if (chart) row.push_back(chart_cell(m.won - m.refunds, max));
        table.add(std::move(row));
    }
    ctx.emit(table);
}

void report_forecast(Context& ctx, const std::string& period_text) {
    const Period period = report_period(ctx, period_text);
    const auto weeks = weeks_in(period);
    std::map<std::string, std::size_t> index;
    for (std::size_t i = 0; i < weeks.size(); ++i) index[iso_week_label(weeks[i].first)] = i;
    std::vector<Money> won(weeks.size());
    std::vector<ExactSum> weighted(weeks.size());
    for (const auto& t : store::sales_totals(ctx.db(), period, store::SalesKey::Week))
        won[index.at(iso_week_label(parse_iso_date(t.key)))] += t.revenue();
    for (const auto& e : store::expected_closes(ctx.db(), period))
        weighted[index.at(iso_week_label(e.day))].add(e.amount, stage_probability(ctx.settings(), e.stage, e.probability));
    const auto target = targets_for_period(period, ctx.settings()).first.revenue;
    const bool chart = draw_charts(ctx);
    // Each week's weighted amount and the running total are exact sums, each rounded once.
    std::vector<Money> cumulative(weeks.size());
    ExactSum running;
    Money max = target.value_or(Money{});
    for (std::size_t i = 0; i < weeks.size(); ++i) {
        running.add(won[i]);
        running.add(weighted[i]);
        cumulative[i] = running.rounded();
        max = std::max(max, cumulative[i]);
    }
    output::Table table({{"week"}, {"won"}, {"weighted_open"}, {"cumulative"}, {"target"}});
    if (chart) table.columns.push_back({"chart", output::Align::Left});
    for (std::size_t i = 0; i < weeks.size(); ++i) {
        std::optional<Money> due;
        if (target) due = prorated_target(*target, period, weeks[i].last);
        output::Row row{iso_week_label(weeks[i].first), won[i], weighted[i].rounded(), cumulative[i],
                        output::cell_or_empty(due)};
        if (chart) row.push_back(chart_cell(cumulative[i], max));
        table.add(std::move(row));
    }
    ctx.emit(table);
}

}  // namespace

Period report_period(Context& ctx, const std::string& text, const char* fallback) {
    if (!text.empty()) return parse_period(text, ctx.today());
    if (fallback) return parse_period(fallback, ctx.today());
    return default_kpi_period(ctx.settings(), ctx.today());
}

output::Cell ratio_cell(std::optional<double> ratio) {
    if (!ratio) return {};
    return output::Decimal{*ratio, 4};
}

bool draw_charts(Context& ctx) { return ctx.format() == output::Format::Table && isatty(fileno(stdout)); }

output::Cell chart_cell(Money value, Money max) {
    if (max.minor <= 0) return std::string();
    return output::bar(money_ratio(value, max), k_chart_width);
}

void setup_report(CLI::App& app, Context& ctx) {
    auto* group = app.add_subcommand("report", "Sales, pipeline, receivables and portfolio reports");
    // A name that is no report lands in `unknown`, so that the error can name it.
    group->require_subcommand(0, 1);
    auto unknown = std::make_shared<std::string>();
    group->add_option("name", *unknown, "sales, history, pipeline, forecast, receivables, abc, activity or portfolio");
    group->callback([&ctx, group, unknown] {
        if (!group->get_subcommands().empty()) return;
        ctx.action = [unknown] {
            constexpr const char* k_names =
                "sales, history, pipeline, forecast, receivables, abc, activity or portfolio";
            if (unknown->empty()) throw InvalidInput(fmt::format("name a report: {}", k_names));
            throw InvalidInput(fmt::format("unknown report '{}': expected {}", *unknown, k_names));
        };
    });
    const char* period_help = "Period: 2026, 2026-Q4, 2026-11, 2026-W48, FROM..TO, this-quarter, ytd, ...";

    auto sales = std::make_shared<SalesOptions>();
    auto* s = group->add_subcommand("sales", "Revenue by client, product, month, week, tier, region or kind");
    s->add_option("--period", sales->period, period_help);
    s->add_option("--by", sales->by, "client, product, month, week, tier, region or kind (default client)");
    s->add_flag("--compare", sales->compare, "Add the previous period of equal length and the growth");
    s->callback([&ctx, sales] { ctx.action = [&ctx, sales] { report_sales(ctx, *sales); }; });

    auto ref = std::make_shared<std::string>();
    auto* h = group->add_subcommand("history", "A client's deals, revenue, refunds and touches per month");
    h->add_option("ref", *ref, "Client id, name or unique part of the name")->required();
    h->callback([&ctx, ref] { ctx.action = [&ctx, ref] { report_history(ctx, *ref); }; });

    auto list = std::make_shared<bool>(false);
    auto* p = group->add_subcommand("pipeline", "Open deals per stage, weighted by probability");
    p->add_flag("--list", *list, "List the open deals instead, with whether each is stale");
    p->callback([&ctx, list] { ctx.action = [&ctx, list] { report_pipeline(ctx, *list); }; });

    struct PeriodReport {
        const char* name;
        const char* help;
        void (*run)(Context&, const std::string&);
    };
    const PeriodReport period_reports[] = {
        {"forecast", "Won and weighted open revenue per week against the target", report_forecast},
        {"abc", "ABC (revenue share) and XYZ (monthly regularity) classes of clients", report_abc},
        {"activity", "Touches, calls and visits per client against its cadence", report_activity},
    };
    for (const auto& r : period_reports) {
        auto period = std::make_shared<std::string>();
        auto* cmd = group->add_subcommand(r.name, r.help);
        cmd->add_option("--period", *period, period_help);
        auto run = r.run;
        cmd->callback([&ctx, period, run] { ctx.action = [&ctx, period, run] { run(ctx, *period); }; });
    }

    group->add_subcommand("receivables", "Open invoices per client by days past due")->callback([&ctx] {
        ctx.action = [&ctx] { report_receivables(ctx); };
    });
    group->add_subcommand("portfolio", "Active and dormant clients at a glance")->callback([&ctx] {
        ctx.action = [&ctx] { report_portfolio(ctx); };
    });
}

}  // namespace acctool::cli
