#pragma once
// The rules of the pipeline (man page: DESCRIPTION) on plain structs: which stage a name means,
// what probability a deal carries, when an open deal is stale, and what a discount is.
#include <optional>
#include <string_view>

#include "core/dates.h"
#include "core/model.h"
#include "core/settings.h"

namespace acctool {

// A pipeline stage of the config, matched case-insensitively, returned as configured.
// "won" and "lost" are not pipeline stages: InvalidInput pointing to `deal win`/`deal lose`;
// any other unknown name: InvalidInput listing the configured stages.
// A stage as people read it: the built-in names (settings.h), won and lost translated, the
// others as configured.
std::string shown_stage(const std::string& name);
const StageRule& parse_pipeline_stage(const Settings& settings, std::string_view text);

// The deal's own probability, else its stage's; won deals 1, lost deals 0, and an open deal
// at a stage no longer in the config 0.
double effective_probability(const Deal& deal, const Settings& settings);
// The same for an open deal (or a group of them) known by stage and own probability.
double stage_probability(const Settings& settings, std::string_view stage, std::optional<double> own);

// Stale: open, and neither the stage changed nor the client was touched in the last
// stale_after_days (the latest of the two is that many days old or older), or past its
// expected close (expected_close before today). Closed deals are never stale.
bool is_stale(const Deal& deal, std::optional<Date> last_touch, Date today, int stale_after_days);

// A discount as money ("250", "1,000.50") or as a percentage of the amount ("10%"),
// rounded half away from zero to minor units. Throws InvalidInput naming the text when it
// is not an amount or a percentage from 0 to 100, or when it exceeds the amount.
Money parse_discount(std::string_view text, Money amount, std::string_view currency);

// A refund goes on a won deal (Conflict otherwise), not before it closed (InvalidInput),
// and for no more than what is left of its amount after `refunded` (Conflict).
void check_refund(const Deal& deal, const Refund& refund, Money refunded);

}  // namespace acctool
