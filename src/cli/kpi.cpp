// acct kpi [--period P] [--what-if AMOUNT]: the KPIs, targets and payout of the man page's KPI AND COMMISSION DEFINITIONS.
#include <unistd.h>

#include <cmath>

#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include "cli/commands.h"
#include "cli/context.h"
#include "cli/report.h"
#include "core/errors.h"
#include "core/i18n.h"
#include "core/currency.h"
#include "core/kpi.h"
#include "core/language.h"
#include "core/report_math.h"
#include "core/statement.h"
#include "output/bar.h"
#include "output/card.h"
#include "output/sink.h"
#include "store/kpi_queries.h"

namespace acctool::cli {
namespace {

constexpr std::size_t k_bar_width = 20;

struct KpiOptions {
    std::string period;
    std::string what_if;
    bool statement = false;
};

// Ratios (attainment, growth, win rate, coverage) to four places: 0.8567 reads as 85.67 %.
output::Cell ratio(std::optional<double> r) {
    if (!r) return {};
    return output::ratio_cell(*r);
}

output::Cell hours(std::optional<double> h) {
    if (!h) return {};
    return output::Decimal{*h, 2};
}

// A band's start or rate with as few places as show it exactly (0.8, 0.025), at least two.
output::Cell exact_ratio(double r) {
    int places = 2;
    while (places < 6 && std::fabs(r * std::pow(10.0, places) - std::round(r * std::pow(10.0, places))) > 1e-9)
        ++places;
    return output::ratio_cell(r, places, std::max(1, places - 2));
}

output::Cell count_target(std::optional<int> t) {
    if (!t) return {};
    return std::int64_t{*t};
}

output::Table metrics_table(const KpiReport& r, const std::optional<WhatIf>& w) {
    output::Table t(
        {{NC_("column", "metric")}, {NC_("column", "value")}, {NC_("column", "target")}, {NC_("column", "attainment")}});
    // TRANSLATORS: the metric names (revenue, win_rate, ...) are the values of the metric column, the same in
    // CSV and JSON; a translation would only show in table format.
    t.add({NC_("token", "revenue"), r.revenue, output::cell_or_empty(r.targets.revenue), ratio(r.revenue_attainment)});
    // Paid when the client pays: the payments of the period are the basis of attainment
    // and commission, shown on their own row so that `attainment` is visibly theirs.
    if (r.basis_is_collected)
        t.add({NC_("token", "collected"), r.basis, output::cell_or_empty(r.targets.revenue), ratio(r.attainment)});
    t.add({NC_("token", "attainment"), ratio(r.attainment), {}, {}});
    t.add({NC_("token", "new_clients"), r.new_clients, count_target(r.targets.new_clients), ratio(r.new_clients_attainment)});
    t.add({NC_("token", "active_clients"), r.active_clients, count_target(r.targets.active_clients),
           ratio(r.active_clients_attainment)});
    t.add({NC_("token", "avg_deal"), output::cell_or_empty(r.avg_deal), {}, {}});
    t.add({NC_("token", "avg_deal_change"), ratio(r.avg_deal_change), {}, {}});
    t.add({NC_("token", "client_growth"), ratio(r.client_growth), {}, {}});
    t.add({NC_("token", "win_rate"), ratio(r.win_rate), {}, {}});
    t.add({NC_("token", "pipeline_open"), r.pipeline_open, {}, {}});
    t.add({NC_("token", "pipeline_weighted"), r.pipeline_weighted, {}, {}});
    t.add({NC_("token", "coverage"), ratio(r.coverage), {}, {}});
    t.add({NC_("token", "touches"), r.touches, {}, {}});
    t.add({NC_("token", "overdue_receivables"), r.overdue_receivables, {}, {}});
    t.add({NC_("token", "response_hours_median"), hours(r.response_hours_median), {}, {}});
    t.add({NC_("token", "resolution_hours_median"), hours(r.resolution_hours_median), {}, {}});
    t.add({NC_("token", "commission"), r.commission.commission, {}, {}});
    t.add({NC_("token", "bonus"), r.bonus, {}, {}});
    t.add({NC_("token", "variable_pay"), r.variable_pay, {}, {}});
    t.add({NC_("token", "payout"), r.payout, {}, {}});
    if (w) {
        t.add({NC_("token", "what_if_sale"), w->sale, {}, {}});
        t.add({NC_("token", "what_if_attainment"), ratio(w->attainment), {}, {}});
        t.add({NC_("token", "what_if_commission"), w->commission, {}, {}});
        t.add({NC_("token", "what_if_variable_pay"), w->variable_pay, {}, {}});
        t.add({NC_("token", "what_if_payout"), w->payout, {}, {}});
        t.add({NC_("token", "to_next_band"), output::cell_or_empty(w->to_next_band), {}, {}});
    }
    return t;
}

output::Table bands_table(const CommissionResult& c, const std::string& base) {
    output::Table t({{NC_("column", "from")},
                     {NC_("column", "rate")},
                     {NC_("column", "start")},
                     {NC_("column", "end")},
                     {NC_("column", "basis")},
                     {NC_("column", "commission")}});
    for (const BandSlice& b : c.bands)
        t.add({exact_ratio(b.from), exact_ratio(b.rate), b.start, output::cell_or_empty(b.end), b.basis, b.commission});
    return name_base_currency(t, base);
}

output::Table bonuses_table(const std::vector<BonusEvent>& events, const std::string& base) {
    output::Table t({{NC_("column", "name")},
                     {NC_("column", "on")},
                     {NC_("column", "date")},
                     {NC_("column", "client_id")},
                     {NC_("column", "client")},
                     {NC_("column", "product")},
                     {NC_("column", "amount")}});
    for (const BonusEvent& e : events)
        t.add({e.name, e.on, e.date, e.client_id, e.client, output::text_or_empty(e.product), e.amount});
    return name_base_currency(t, base);
}

// On a terminal, `table` shows a bar of each attainment against 100 % (a full bar).
output::Table with_bars(output::Table t) {
    // TRANSLATORS: a column of bars in table format only: each attainment against 100 %.
    t.columns.push_back({NC_("column", "vs_100%"), output::Align::Left});
    for (auto& row : t.rows) {
        const auto* a = std::get_if<output::Decimal>(&row[3]);
        row.push_back(a ? output::Cell{output::bar(a->value, k_bar_width)} : output::Cell{});
    }
    return t;
}

void write_table_blocks(Context& ctx, const output::Table& metrics, const KpiReport& r, const std::string& base) {
    const bool terminal = isatty(fileno(stdout)) == 1;
    const auto options = ctx.render_options();
    output::write_table(terminal ? with_bars(metrics) : metrics, output::Format::Table, options, stdout);
    if (!r.commission.bands.empty()) {
        const std::string_view method = to_string(ctx.settings().commission_method);
        const std::string_view basis = to_string(ctx.settings().commission_basis);
        output::Sink(stdout).write(
            "\n" +
            (r.commission.below_threshold
                 // TRANSLATORS: a table's title: the config's commission method (graduated, retroactive) and basis
                 // (revenue, collected), as written in the config: keep them.
                 ? trf("commission bands ({}, {}, below threshold)", method, basis)
                 // TRANSLATORS: a table's title: the config's commission method (graduated, retroactive) and basis
                 // (revenue, collected), as written in the config: keep them.
                 : trf("commission bands ({}, {})", method, basis)) +
            "\n");
        output::write_table(bands_table(r.commission, base), output::Format::Table, options, stdout);
    }
    if (!r.bonuses.empty()) {
        // TRANSLATORS: a table's title.
        output::Sink(stdout).write("\n" + std::string(tr("bonuses")) + "\n");
        output::write_table(bonuses_table(r.bonuses, base), output::Format::Table, options, stdout);
    }
}

// JSON: one object, the period and commission facts as keys, then the metric rows, the
// band-by-band breakdown and the bonus events as arrays of objects.
output::Card json_card(const Period& p, const std::optional<std::string>& target_label, const KpiReport& r,
                       const output::Table& metrics, const Settings& s, const std::string& base) {
    output::Card card;
    card.fields = {{"period", format_period(p)},
                   {"from", p.first},
                   {"to", p.last},
                   {"targets", output::cell_or_empty(target_label)},
                   {"basis", std::string(to_string(s.commission_basis))},
                   {"basis_amount", r.basis},
                   {"method", std::string(to_string(s.commission_method))},
                   {"threshold", exact_ratio(s.commission_threshold)},
                   {"below_threshold", r.commission.below_threshold},
                   {"cap", output::cell_or_empty(s.commission_cap)},
                   {"commission_before_cap", r.commission.before_cap},
                   {"capped", r.commission.capped},
                   {"currency", base}};  // every amount's: the base (which owner.currency must name)
    card.sections = {{"metrics", "", metrics},
                     {"commission_bands", "", bands_table(r.commission, base)},
                     {"bonuses", "", bonuses_table(r.bonuses, base)}};
    return card;
}

// `people`: the table format, where the bands read as its percentages do ("2 %+4 %", in
// the language's form); CSV and JSON keep "2%+4%".
output::Table statement_table(const std::vector<StatementLine>& lines, const Period& period, const std::string& base,
                              bool people) {
    output::Table t({{NC_("column", "date")},
                     {NC_("column", "kind")},
                     {NC_("column", "id")},
                     {NC_("column", "client")},
                     {NC_("column", "amount")},
                     {NC_("column", "basis")},
                     {NC_("column", "bands")},
                     {NC_("column", "commission")},
                     {NC_("column", "running_commission")}});
    for (const StatementLine& l : lines)
        t.add({l.event.date, std::string(to_string(l.event.kind)), l.event.id, l.event.client, l.event.amount, l.basis,
               output::text_or_empty(people ? localize_number(bands_for_people(l), current_language()) : l.bands),
               l.commission, l.running});
    // TRANSLATORS: a table's title: the period (2026-Q4), then the currency (EUR).
    t.title = trf("Commission statement for {}, in {}", format_period(period), base);
    return name_base_currency(t, base);
}

// The statement of the period; its last running total is kpi's commission.
void kpi_statement(Context& ctx, const Period& period, std::optional<Money> target) {
    const Settings& settings = ctx.settings();
    const auto lines = commission_statement(
        store::load_statement_events(ctx.db(), period, settings.commission_basis == CommissionBasis::Collected), target, settings);
    ctx.emit(statement_table(lines, period, ctx.base_currency(), ctx.format() == output::Format::Table));
    if (ctx.format() == output::Format::Table) {
        const Money basis = lines.empty() ? Money{} : lines.back().basis;
        const Money total = lines.empty() ? Money{} : lines.back().running;
        output::Sink(stdout).write("\n" +
                                   // TRANSLATORS: a count of statement lines, the basis amount, the config's
                                   // basis (revenue, collected: keep it), the commission amount.
                                   trn("{} line: basis {} ({}), commission {} before bonuses",
                                       "{} lines: basis {} ({}), commission {} before bonuses", lines.size(),
                                       lines.size(), format_amount(basis, ctx.base_currency()), to_string(settings.commission_basis),
                                       format_amount(total, ctx.base_currency())) +
                                   "\n");
    }
}

void kpi(Context& ctx, const KpiOptions& opts) {
    const Settings& settings = ctx.settings();
    const Date today = ctx.today();
    const Period period = opts.period.empty() ? default_kpi_period(settings, today) : parse_period(opts.period, today);
    std::optional<Money> extra;
    if (!opts.what_if.empty()) extra = parse_money(opts.what_if);
    const output::Format format = ctx.format();
    const Date day = as_of(period, today);
    const KpiFacts facts = store::load_kpi_facts(ctx.db(), period, day, settings.active_window_days);
    const auto [targets, target_label] = targets_for_period(period, settings);
    if (opts.statement) {
        if (extra)
            throw InvalidInput(tr("--statement and --what-if do not go together: the statement lists what happened"));
        kpi_statement(ctx, period, targets.revenue);
        return;
    }
    const KpiReport report = compute_kpis(facts, targets, settings);
    std::optional<WhatIf> w;
    if (extra) w = what_if(report, *extra, settings);
    const std::string base = ctx.base_currency();
    output::Table metrics = metrics_table(report, w);
    // TRANSLATORS: a table's title: the period (2026-Q4), then the currency (EUR).
    metrics.title = trf("KPIs for {}, in {}", format_period(period), base);
    name_base_currency(metrics, base);
    if (format == output::Format::Json)
        output::write_card(json_card(period, target_label, report, metrics, settings, base), format, {}, stdout);
    else if (format == output::Format::Table)
        write_table_blocks(ctx, metrics, report, base);
    else
        ctx.emit(metrics);
}

}  // namespace

void setup_kpi(CLI::App& app, Context& ctx) {
    auto opts = std::make_shared<KpiOptions>();
    auto* cmd = app.add_subcommand("kpi", tr("KPIs against targets, commission, bonuses and payout"));
    cmd->add_option("--period", opts->period,
                    // TRANSLATORS: the periods are typed as they are (this-quarter too); targets.period is a config key.
                    tr("Period: 2026-Q4, 2026-11, 2026, this-quarter, A..B ... (default: the current targets.period)"));
    cmd->add_option("--what-if", opts->what_if,
                    // TRANSLATORS: AMOUNT is the placeholder shown after --what-if: keep it.
                    tr("Also show commission and payout if a further sale of AMOUNT closed in the period"));
    cmd->add_flag("--statement", opts->statement,
                  tr("The commission statement: every sale and refund (or payment) with its bands and running total"));
    on_parsed(cmd, ctx, [&ctx, opts] { kpi(ctx, *opts); });
}

}  // namespace acctool::cli
