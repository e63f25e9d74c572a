#include "core/deal_moves.h"

#include <fmt/format.h>

#include "core/errors.h"

namespace acctool {

void require_open(const Deal& deal) {
    if (!deal.is_open())
        throw Conflict(fmt::format("deal {} is already {} (closed on {}); reopen it first (acct deal reopen {})",
                                   deal.id, deal.stage, deal.closed_on ? format_date(*deal.closed_on) : "?",
                                   deal.id));
}

MoveOutcome move_deal(Deal& deal, const std::string& stage, std::optional<double> probability,
                      std::optional<Date> close, Date today) {
    require_open(deal);
    if (close) deal.expected_close = close;
    if (deal.stage == stage && !probability) return close ? MoveOutcome::CloseOnly : MoveOutcome::Unchanged;
    if (deal.stage != stage) deal.stage_changed_on = today;
    deal.stage = stage;
    deal.probability = probability;
    return MoveOutcome::Moved;
}

void win_deal(Deal& deal, std::optional<Money> amount, Date day) {
    require_open(deal);
    if (amount) deal.amount = *amount;
    if (deal.discount > deal.amount) deal.discount = deal.amount;
    deal.stage = "won";
    deal.closed_on = day;
    deal.stage_changed_on = day;
}

void lose_deal(Deal& deal, const std::string& reason, Date day) {
    require_open(deal);
    deal.stage = "lost";
    deal.closed_on = day;
    deal.stage_changed_on = day;
    deal.lost_reason = reason;
}

}  // namespace acctool
