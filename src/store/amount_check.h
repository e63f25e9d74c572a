#pragma once
// Finding the stored amount to blame when a total cannot be computed (AmountOverflow):
// acct bounds every amount it writes (core/money.h), so an amount beyond that bound was
// written by something else (an old version, a hand edit, a damaged file).
#include <optional>
#include <string>

#include "store/database.h"

namespace acctool::store {

// "deal 7 has amount 92233720368547758.07" for the first stored amount that is not a whole
// number of minor units within +-k_max_amount_minor, or nothing when every amount is in range.
std::optional<std::string> out_of_range_amount(Database& db);

}  // namespace acctool::store
