#pragma once
// Refunds of won deals.
#include <optional>
#include <string>
#include <vector>

#include "core/dates.h"
#include "core/model.h"
#include "store/database.h"

namespace acctool::store {

Id insert_refund(Database& db, const Refund& refund);
Refund get_refund(Database& db, Id id);  // throws NotFound
void delete_refund(Database& db, Id id);
// The sum of the deal's refunds so far.
Money refunded_total(Database& db, Id deal_id);
// The date of the deal's first refund, if any.
std::optional<Date> first_refund_on(Database& db, Id deal_id);

struct RefundFilter {
    std::optional<Id> client_id;
    std::optional<Id> deal_id;
    std::optional<Period> period;  // by refund date
};

struct RefundRow {
    Refund refund;
    std::string client_name;
};

// In id order.
std::vector<RefundRow> list_refunds(Database& db, const RefundFilter& filter);

}  // namespace acctool::store
