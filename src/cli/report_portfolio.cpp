// acct report portfolio: every active or dormant client with the facts an account manager
// scans on Monday morning (man page: DESCRIPTION, Reports).
#include <map>

#include <fmt/format.h>

#include "cli/report.h"
#include "core/account_flags.h"
#include "core/i18n.h"
#include "core/report_math.h"
#include "core/text.h"
#include "store/report_queries.h"

namespace acctool::cli {
namespace {

// The twelve months ending today, and its two halves for the trend.
struct Window {
    Period whole, earlier, recent;
};

Window twelve_months(Date today) {
    const Date start = add_days(add_months(today, -12), 1);
    const Date middle = add_months(today, -6);
    return {{start, today, PeriodKind::Range},
            {start, middle, PeriodKind::Range},
            {add_days(middle, 1), today, PeriodKind::Range}};
}

std::map<Id, Money> revenue_map(Context& ctx, const Period& p) {
    auto rows = store::revenue_per_client(ctx.db(), p);
    return {rows.begin(), rows.end()};
}

Money get_or_zero(const std::map<Id, Money>& m, Id id) {
    auto it = m.find(id);
    return it == m.end() ? Money{} : it->second;
}

// ABC classes over the window, for the clients with revenue in it.
std::map<Id, char> abc_classes(const std::map<Id, Money>& revenue) {
    std::vector<Id> ids;
    std::vector<Money> amounts;
    for (const auto& [id, m] : revenue)
        if (m.minor > 0) {
            ids.push_back(id);
            amounts.push_back(m);
        }
    std::map<Id, char> classes;
    for (const auto& e : classify_abc(amounts)) classes[ids[e.index]] = e.abc;
    return classes;
}

}  // namespace

void report_portfolio(Context& ctx) {
    const Settings& s = ctx.settings();
    const Date today = ctx.today();
    const Window w = twelve_months(today);
    const auto whole = revenue_map(ctx, w.whole);
    const auto earlier = revenue_map(ctx, w.earlier);
    const auto recent = revenue_map(ctx, w.recent);
    const auto classes = abc_classes(whole);

    output::Table table({{NC_("column", "client")},
                         {NC_("column", "tier")},
                         {NC_("column", "abc")},
                         {NC_("column", "revenue_12m")},
                         {NC_("column", "trend")},
                         {NC_("column", "last_order")},
                         {NC_("column", "last_touch")},
                         {NC_("column", "open_pipeline")},
                         {NC_("column", "overdue")},
                         {NC_("column", "flags")}});
    // TRANSLATORS: a table's title: the date, then the currency (EUR).
    const std::string base = ctx.base_currency();
    table.title = trf("Portfolio on {}, in {}", format_date(today), base);
    for (const auto& st : store::client_standings(ctx.db(), today, s.stale_after_days)) {
        const Client& c = st.client;
        const bool active = is_active(st.last_order, today, s.active_window_days);
        const bool dormant = is_dormant(c.status, st.last_order, today, s.dormant_after_days);
        if (!active && !dormant) continue;
        std::optional<int> days_since_touch;
        if (st.last_touch) days_since_touch = days_between(*st.last_touch, today);
        std::vector<std::string> flags;
        for (plan::Reason r : portfolio_flags({cadence_overdue(effective_cadence(s, c), days_since_touch), st.stale_deal,
                                               st.overdue.minor > 0, dormant, st.open_case}))
            flags.emplace_back(plan::reason_token(r));
        std::string abc;
        if (auto it = classes.find(c.id); it != classes.end()) abc = std::string(1, it->second);
        table.add({c.name, c.tier, output::text_or_empty(abc), get_or_zero(whole, c.id),
                   trend_of(get_or_zero(earlier, c.id), get_or_zero(recent, c.id), st.first_order, w.whole.first),
                   output::cell_or_empty(st.last_order),
                   output::cell_or_empty(st.last_touch), st.open_pipeline, st.overdue,
                   output::text_or_empty(join(flags, ";"))});
    }
    ctx.emit(name_base_currency(table, base));
}

}  // namespace acctool::cli
