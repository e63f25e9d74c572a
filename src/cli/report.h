#pragma once
// Shared by the `acct report` files: period defaults, cells for ratios, chart columns.
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

void report_pipeline(Context& ctx, bool list);
void report_receivables(Context& ctx);
void report_abc(Context& ctx, const std::string& period);
void report_activity(Context& ctx, const std::string& period);
void report_portfolio(Context& ctx);

}  // namespace acctool::cli
