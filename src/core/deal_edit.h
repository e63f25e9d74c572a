#pragma once
// Corrections of a deal (man page, "Corrections"): `deal edit` changes any field as typed,
// `deal reopen` puts a won or lost deal back into the pipeline. Pure rules on plain structs;
// the command reads the deal and its refunded total, applies one of these, and writes.
#include <optional>
#include <string>

#include "core/dates.h"
#include "core/model.h"
#include "core/settings.h"

namespace acctool {

// The fields of `deal edit` as typed; empty optionals are left unchanged. An empty
// probability or close clears it (back to the stage's probability; no expected close).
struct DealEdit {
    std::optional<std::string> amount;
    std::optional<std::string> title;
    std::optional<std::string> product;
    std::optional<std::string> kind;
    std::optional<std::string> probability;
    std::optional<std::string> close;     // expected close of an open deal
    std::optional<std::string> date;      // close date of a won or lost deal: not in the future
    std::optional<std::string> discount;  // an amount or a percentage of the (new) amount
    std::optional<std::string> currency;  // not while the deal has refunds (they are in its currency)

    bool empty() const {
        return !amount && !title && !product && !kind && !probability && !close && !date && !discount && !currency;
    }
};

// Applies the edit. Throws InvalidInput naming a bad value (exit 2) and Conflict when the
// edit contradicts the deal (exit 1): a close date on an open deal, an expected close or a
// probability on a closed one, an amount below what was already refunded, a discount above
// the amount, another currency while refunds exist. A won deal keeps its first refund on or after its close date: the new close
// date may not pass `first_refund`.
void apply_deal_edit(Deal& deal, const DealEdit& edit, Money refunded, std::optional<Date> first_refund,
                     Date today);

// Reopens a won or lost deal at `stage` (a pipeline stage), today: no close date, no lost
// reason, the stage's probability. Conflict when the deal is open, or has refunds (they
// would refer to a sale that no longer is: delete them first).
void reopen_deal(Deal& deal, const StageRule& stage, Money refunded, Date today);

// The stage a reopened deal goes to without --stage: the last pipeline stage, the one
// nearest to closing. InvalidInput when no stages are configured.
const StageRule& default_reopen_stage(const Settings& settings);

// "deal 12 'Coatings', 40,000.00 EUR won 2026-11-02": what a question or message names.
std::string describe_deal(const Deal& deal);

}  // namespace acctool
