#pragma once
// The facts the plan needs about every non-archived client, gathered with one indexed
// lookup per client and fact (no scan of touches, deals or invoices), in client id order.
#include <string>
#include <vector>

#include "core/dates.h"
#include "core/plan.h"
#include "store/database.h"

namespace acctool::store {

// Follow-ups are the touch next dates inside `range`; birthdays those whose month and day
// fall inside it. Every other fact is a plain date for core/plan to judge.
// contact_kinds: the touch kinds that count for last_touch (plan.contact_kinds).
std::vector<plan::ClientFacts> plan_inputs(Database& db, const Period& range,
                                           const std::vector<std::string>& contact_kinds);

}  // namespace acctool::store
