#pragma once
// Invoices (receivables) and their payments. The invoice's paid_amount and paid_on are a
// cache of its payments, kept in the same transaction as each payment.
#include <optional>
#include <vector>

#include "core/model.h"
#include "store/database.h"

namespace acctool::store {

// Throws Conflict when another invoice has the same (non-empty) number.
Id insert_invoice(Database& db, const Invoice& invoice);
Invoice get_invoice(Database& db, Id id);  // throws NotFound
// Records the payment and adds it to the invoice's paid amount; sets paid_on when the
// invoice is settled. The caller checks the amount against the open rest.
Id insert_payment(Database& db, const Payment& payment, const std::string& currency);

struct InvoiceFilter {
    std::optional<Id> client_id;
    std::optional<Date> overdue_on;  // only invoices past due and not fully paid on that day
    bool open_only = false;          // only invoices not fully paid
};

// In due date order, then id.
std::vector<Invoice> list_invoices(Database& db, const InvoiceFilter& filter);

}  // namespace acctool::store
