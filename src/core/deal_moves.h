#pragma once
// The pipeline moves of an open deal (man page: deal move, deal win, deal lose): pure rules
// on plain structs; the command reads the deal, applies one of these, and writes it back.
#include <optional>
#include <string>

#include "core/dates.h"
#include "core/model.h"

namespace acctool {

// A move, a win or a loss of a closed deal is refused (Conflict naming `deal reopen`).
void require_open(const Deal& deal);

// What `deal move` did: changed the stage (or the probability), only set a new expected
// close, or nothing at all (already at that stage).
enum class MoveOutcome { Moved, CloseOnly, Unchanged };

// Moves an open deal to `stage` (a pipeline stage as configured) on `today`; a new stage
// brings its own probability unless `probability` is given; `close` sets the expected close.
MoveOutcome move_deal(Deal& deal, const std::string& stage, std::optional<double> probability,
                      std::optional<Date> close, Date today);

// Wins an open deal on `day`, at `amount` when given; a discount above the new amount is
// cut to it.
void win_deal(Deal& deal, std::optional<Money> amount, Date day);

// Loses an open deal on `day` for `reason`.
void lose_deal(Deal& deal, const std::string& reason, Date day);

}  // namespace acctool
