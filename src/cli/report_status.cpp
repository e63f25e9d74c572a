// acct report pipeline|receivables|abc|activity|portfolio: where the portfolio stands.
#include <algorithm>
#include <map>

#include <fmt/format.h>

#include "cli/report.h"
#include "core/deal_rules.h"
#include "core/exact_sum.h"
#include "core/i18n.h"
#include "core/report_math.h"
#include "core/text.h"
#include "store/rates.h"
#include "store/report_queries.h"

namespace acctool::cli {
namespace {

// The position of a stage in the config, unknown stages after all known ones.
std::size_t stage_rank(const Settings& s, const std::string& stage) {
    for (std::size_t i = 0; i < s.stages.size(); ++i)
        if (s.stages[i].name == stage) return i;
    return s.stages.size();
}

void pipeline_by_stage(Context& ctx) {
    const Settings& s = ctx.settings();
    struct StageRow {
        std::string stage;
        std::optional<double> probability;
        std::int64_t deals = 0;
        Money amount;
        ExactSum weighted;
    };
    std::vector<StageRow> rows;
    for (const auto& rule : s.stages) rows.push_back({rule.name, rule.probability, 0, {}, {}});
    // probability: the stage's amount-weighted probability (weighted / amount), so that
    // amount x probability is the weighted figure; the configured one while it is empty.
    for (const auto& g : store::open_deal_groups(ctx.db(), ctx.today())) {
        auto it = std::find_if(rows.begin(), rows.end(), [&](const StageRow& r) { return r.stage == g.stage; });
        if (it == rows.end()) it = rows.insert(rows.end(), StageRow{g.stage, std::nullopt, 0, {}, {}});
        it->deals += g.deals;
        it->amount += g.amount;
        it->weighted.add(g.amount, stage_probability(s, g.stage, g.probability));
    }
    output::Table table({{NC_("column", "stage")},
                         {NC_("column", "deals")},
                         {NC_("column", "amount")},
                         {NC_("column", "probability")},
                         {NC_("column", "weighted")}});
    // TRANSLATORS: a table's title: the date, then the currency (EUR).
    const std::string base = ctx.base_currency();
    table.title = trf("Pipeline on {}, in {} at that day's rates", format_date(ctx.today()), base);
    for (const auto& r : rows) {
        const std::optional<double> p = r.amount.minor > 0 ? std::optional(r.weighted.ratio_to(r.amount)) : r.probability;
        table.add({r.stage, r.deals, r.amount, p ? output::Cell{output::ratio_cell(*p)} : output::Cell{},
                   r.weighted.rounded()});
    }
    ctx.emit(name_base_currency(table, base));
}

void pipeline_list(Context& ctx) {
    const Settings& s = ctx.settings();
    auto deals = store::open_deals(ctx.db());
    // Config stage order, then the earliest expected close (none last), then id.
    std::stable_sort(deals.begin(), deals.end(), [&](const store::DealListing& a, const store::DealListing& b) {
        auto rank = [&](const Deal& d) {
            return std::tuple(stage_rank(s, d.stage), !d.expected_close.has_value(),
                              d.expected_close.value_or(Date{}));
        };
        return rank(a.deal) < rank(b.deal);
    });
    output::Table table({{NC_("column", "id")},
                         {NC_("column", "client")},
                         {NC_("column", "title")},
                         {NC_("column", "stage")},
                         {NC_("column", "amount")},
                         {NC_("column", "probability")},
                         {NC_("column", "weighted")},
                         {NC_("column", "expected_close")},
                         {NC_("column", "stale")},
                         // The deals' own amounts, as deal list shows them: each row names its
                         // deal's currency, and its value in the base at today's rate follows.
                         {NC_("column", "currency")},
                         {NC_("column", "base_amount")}});
    for (const auto& o : deals) {
        const Deal& d = o.deal;
        const double p = stage_probability(s, d.stage, d.probability);
        const bool stale = is_stale(d.expected_close, d.stage_changed_on, o.last_touch, ctx.today(), s.stale_after_days);
        table.add({d.id, d.client_name, output::text_or_empty(d.title), d.stage, output::amount_cell(d.amount, d.currency),
                   output::ratio_cell(p, 2), output::amount_cell(apply_rate(d.amount, p), d.currency),
                   output::cell_or_empty(d.expected_close), stale, d.currency,
                   output::cell_or_empty(store::open_in_base(ctx.db(), d, ctx.today()))});
    }
    ctx.emit(table);
}

output::Cell count_cell(std::optional<int> n) {
    if (!n) return {};
    return std::int64_t{*n};
}

}  // namespace

void report_pipeline(Context& ctx, bool list) {
    if (list) pipeline_list(ctx);
    else pipeline_by_stage(ctx);
}

void report_receivables(Context& ctx) {
    output::Table table({{NC_("column", "client")},
                         {NC_("column", "current")},
                         {NC_("column", "d1_30")},
                         {NC_("column", "d31_60")},
                         {NC_("column", "d61_90")},
                         {NC_("column", "d90_plus")},
                         {NC_("column", "total")},
                         {NC_("column", "overdue")}});
    // TRANSLATORS: a table's title: the date, then the currency (EUR).
    const std::string base = ctx.base_currency();
    table.title = trf("Receivables on {}, in {}", format_date(ctx.today()), base);
    for (const auto& a : store::receivables_aging(ctx.db(), ctx.today())) {
        const Money overdue = a.d1_30 + a.d31_60 + a.d61_90 + a.d90_plus;
        table.add({a.client, a.current, a.d1_30, a.d31_60, a.d61_90, a.d90_plus, a.current + overdue, overdue});
    }
    ctx.emit(name_base_currency(table, base));
}

void report_abc(Context& ctx, const std::string& period_text) {
    const Period period = report_period(ctx, period_text, "this-year");
    output::Table table({{NC_("column", "client")},
                         {NC_("column", "revenue")},
                         {NC_("column", "share")},
                         {NC_("column", "cum_share")},
                         {NC_("column", "abc")},
                         {NC_("column", "cv")},
                         {NC_("column", "xyz")}});
    // TRANSLATORS: a table's title: the period (2026), then the currency (EUR).
    const std::string base = ctx.base_currency();
    table.title = trf("ABC/XYZ, {}, in {}", format_period(period), base);
    for (const auto& r : abc_series(store::client_month_revenue(ctx.db(), period), period, ctx.today()))
        table.add({r.client, r.revenue, ratio_cell(r.share), ratio_cell(r.cum_share), std::string(1, r.abc),
                   ratio_cell(r.cv), output::text_or_empty(r.xyz)});
    ctx.emit(name_base_currency(table, base));
}

void report_activity(Context& ctx, const std::string& period_text) {
    const Period period = report_period(ctx, period_text);
    const Settings& s = ctx.settings();
    // Days since the last touch as of the period's end, or today if that is earlier.
    const Date day = as_of(period, ctx.today());
    output::Table table({{NC_("column", "client")},
                         {NC_("column", "tier")},
                         {NC_("column", "touches")},
                         {NC_("column", "calls")},
                         {NC_("column", "visits")},
                         {NC_("column", "last_touch")},
                         {NC_("column", "days_since")},
                         {NC_("column", "cadence_days")},
                         {NC_("column", "overdue")}});
    for (const auto& a : store::client_activity(ctx.db(), period, day)) {
        std::optional<int> days_since;
        if (a.last_touch) days_since = days_between(*a.last_touch, day);
        const auto cadence = effective_cadence(s, a.client);
        table.add({a.client.name, a.client.tier, a.touches, a.calls, a.visits, output::cell_or_empty(a.last_touch),
                   count_cell(days_since),
                   count_cell(cadence),
                   cadence_overdue(cadence, days_since)});
    }
    ctx.emit(table);
}

}  // namespace acctool::cli
