#include "core/deal_moves.h"
#include "core/deal_rules.h"

#include <fmt/format.h>

#include "core/errors.h"
#include "core/i18n.h"

namespace acctool {

void require_open(const Deal& deal) {
    if (!deal.is_open())
        // TRANSLATORS: "deal 5 is already won (closed on 2026-11-20); reopen it first (acct deal
        // reopen 5)": the second {} is the stage, won or lost.
        throw Conflict(trf("deal {} is already {} (closed on {}); reopen it first (acct deal reopen {})", deal.id,
                           shown_stage(deal.stage), deal.closed_on ? format_date(*deal.closed_on) : "?", deal.id));
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
    // TRANSLATORS: a closed deal's stage, as the tables show it (CSV and JSON keep it in English).
    deal.stage = NC_("token", "won");
    deal.closed_on = day;
    deal.stage_changed_on = day;
}

void lose_deal(Deal& deal, const std::string& reason, Date day) {
    require_open(deal);
    // TRANSLATORS: a closed deal's stage, as the tables show it (CSV and JSON keep it in English).
    deal.stage = NC_("token", "lost");
    deal.closed_on = day;
    deal.stage_changed_on = day;
    deal.lost_reason = reason;
}

}  // namespace acctool
