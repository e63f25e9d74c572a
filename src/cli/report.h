#pragma once
// Shared by the `acct report` files (and kpi): period defaults, cells for ratios, chart
// columns, the base currency's column.
#include <optional>
#include <string>

#include "cli/context.h"
#include "output/table.h"

namespace acctool::cli {

// --period as given, else the current period of `targets.period` (this-quarter by default),
// or `fallback` (such as "this-year") when given.
Period report_period(Context& ctx, const std::string& text, const char* fallback = nullptr);
// A ratio as a Decimal of 4 places (0.2534 = 25.34 %), or an empty cell when undefined.
output::Cell ratio_cell(std::optional<double> ratio);
// Charts only in `table` format and when stdout is a terminal.
bool draw_charts(Context& ctx);
// A bar `value / max` long, for the chart column.
output::Cell chart_cell(Money value, Money max);
// A table of amounts in the base currency names it (man page: CURRENCIES): its title says
// "in EUR" in `table` format, and this appends the column `currency`, `base` in every row,
// for the other formats (csv, tsv, json, xlsx; Column::machine_only). Call it once the
// rows are in, on every report and kpi table whose money is in the base.
output::Table& name_base_currency(output::Table& table, const std::string& base);

void report_pipeline(Context& ctx, bool list);
void report_receivables(Context& ctx);
void report_abc(Context& ctx, const std::string& period);
void report_activity(Context& ctx, const std::string& period);
void report_portfolio(Context& ctx);

}  // namespace acctool::cli
