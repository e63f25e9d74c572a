#pragma once
// The rows that both a command and the importer write, as SQL writes them, in one place:
// the column list, the statements and the binding of a record to them. Used by deals.cpp,
// invoices.cpp, refunds.cpp and importer.cpp / import_records.cpp. Text is bound without a
// copy: the record must outlive the statement's next exec().
#include <optional>
#include <string>

#include <SQLiteCpp/Statement.h>

#include "core/model.h"

namespace acctool::store {

// Every money row also takes its base amount (store/rates.h: base_of), computed by the
// caller with the record's currency, amount and date.

// Deals: ?1..?14 in this order; an INSERT adds created_on (?15) and id (?16, NULL: SQLite's).
#define ACCT_DEAL_FIELDS                                                                      \
    "title, amount, currency, stage, probability, product, kind, expected_close, closed_on, " \
    "lost_reason, discount, stage_changed_on, client_id, base_amount"
inline constexpr const char* k_insert_deal =
    "INSERT INTO deal(" ACCT_DEAL_FIELDS ", created_on, id) "
    "VALUES (?1,?2,?3,?4,?5,?6,?7,?8,?9,?10,?11,?12,?13,?14,?15,?16)";
inline constexpr const char* k_update_deal =
    "UPDATE deal SET (" ACCT_DEAL_FIELDS ") = (?1,?2,?3,?4,?5,?6,?7,?8,?9,?10,?11,?12,?13,?14) WHERE id = ?15";
#undef ACCT_DEAL_FIELDS

// Binds the fields ?1..?14.
void bind_deal_fields(SQLite::Statement& q, const Deal& deal, std::optional<Money> base);
// Binds everything k_insert_deal takes; deal.id 0 lets SQLite choose the id.
void bind_deal_insert(SQLite::Statement& q, const Deal& deal, std::optional<Money> base);

// Invoices. paid_amount and paid_on follow the payments (refresh_paid): an insert takes them
// as given, an update never writes them. ?1..?8 in this order; an INSERT adds paid_amount
// (?9), paid_on (?10) and id (?11, NULL: SQLite's), an UPDATE the id (?9).
#define ACCT_INVOICE_FIELDS "client_id, deal_id, number, amount, currency, issued_on, due_on, base_amount"
inline constexpr const char* k_insert_invoice =
    "INSERT INTO invoice(" ACCT_INVOICE_FIELDS ", paid_amount, paid_on, id) VALUES (?1,?2,?3,?4,?5,?6,?7,?8,?9,?10,?11)";
inline constexpr const char* k_update_invoice =
    "UPDATE invoice SET (" ACCT_INVOICE_FIELDS ") = (?1,?2,?3,?4,?5,?6,?7,?8) WHERE id = ?9";
#undef ACCT_INVOICE_FIELDS

// Binds ?1..?8.
void bind_invoice_fields(SQLite::Statement& q, const Invoice& invoice, std::optional<Money> base);
// Binds everything k_insert_invoice takes; invoice.id 0 lets SQLite choose the id.
void bind_invoice_insert(SQLite::Statement& q, const Invoice& invoice, std::optional<Money> base);

// Refunds: ?1..?7.
inline constexpr const char* k_insert_refund =
    "INSERT INTO refund(deal_id, amount, currency, refunded_on, reason, id, base_amount) VALUES (?1,?2,?3,?4,?5,?6,?7)";
// Binds everything k_insert_refund takes; refund.id 0 lets SQLite choose the id.
void bind_refund_insert(SQLite::Statement& q, const Refund& refund, std::optional<Money> base);

// Payments: ?1..?6 (id NULL: SQLite's); the payment's currency is its invoice's.
inline constexpr const char* k_insert_payment =
    "INSERT INTO payment(invoice_id, amount, currency, paid_on, id, base_amount) VALUES (?1,?2,?3,?4,?5,?6)";
void bind_payment_insert(SQLite::Statement& q, const Payment& payment, const std::string& currency,
                         std::optional<Money> base);
// After a payment is inserted: the invoice's paid amount grows by it, and paid_on is the
// day the invoice was settled: its latest payment, which is not the one entered last when
// payments are entered out of date order (receivables as of a date rely on it: an invoice
// settled on or before that day had no payment after it). ?1 the amount, ?2 the invoice.
inline constexpr const char* k_settle_invoice =
    "UPDATE invoice SET paid_amount = paid_amount + ?1, "
    "paid_on = CASE WHEN paid_amount + ?1 >= amount "
    "THEN (SELECT max(paid_on) FROM payment WHERE invoice_id = ?2) END WHERE id = ?2";
void bind_settle_invoice(SQLite::Statement& q, const Payment& payment);

}  // namespace acctool::store
