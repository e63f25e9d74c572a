#pragma once
// Invoices (receivables) and their payments. The invoice's paid_amount and paid_on are a
// cache of its payments, kept in the same transaction as each payment.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/model.h"
#include "store/database.h"

namespace acctool::store {

// Throws Conflict when another invoice has the same (non-empty) number.
Id insert_invoice(Database& db, const Invoice& invoice);
Invoice get_invoice(Database& db, Id id);  // throws NotFound
// ID|NUMBER (man page, "Invoices"): an argument of digits that is an invoice's id names
// that invoice; anything else, or digits that are no invoice's id, is an invoice number.
// Throws NotFound naming the argument.
Invoice resolve_invoice(Database& db, std::string_view ref);
// Writes back the client, deal, number, amount, issue and due dates, then paid_amount and
// paid_on from the payments. Throws Conflict when another invoice has the number.
void update_invoice(Database& db, const Invoice& invoice);
// Deletes the invoice and its payments. Throws NotFound.
void delete_invoice(Database& db, Id id);
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

struct PaymentRow {
    Payment payment;
    std::string currency;
    std::string number;       // the invoice's
    std::string client_name;  // the invoice's client
};

PaymentRow get_payment(Database& db, Id id);  // throws NotFound
// Deletes the payment; the invoice's paid_amount and paid_on follow. Throws NotFound.
void delete_payment(Database& db, Id id);
// How many payments the invoice has.
long payments_of_invoice(Database& db, Id invoice_id);

struct PaymentFilter {
    std::optional<Id> invoice_id;
    std::optional<Id> client_id;
    std::optional<Period> period;  // by payment date
};
// By payment date, then id.
std::vector<PaymentRow> list_payments(Database& db, const PaymentFilter& filter);

}  // namespace acctool::store
