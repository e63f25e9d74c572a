#pragma once
// Horizontal bars of Unicode blocks for charts in `table` output on a terminal
// (time series in reports, attainment in kpi). Never used in csv/tsv/json.
#include <cstddef>
#include <string>

namespace acctool::output {

// A bar `fraction` of `width` columns long, in eighths of a column (▏▎▍▌▋▊▉█).
// Fractions below 0 draw nothing; above 1 are clipped to `width` and end with "▸".
std::string bar(double fraction, std::size_t width);

}  // namespace acctool::output
