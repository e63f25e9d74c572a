#pragma once
// The invoice row as SQL writes it, in one place for `invoice add/edit` (invoices.cpp) and
// the importer (importer.cpp). paid_amount and paid_on follow the payments (refresh_paid);
// an insert takes them as given, an update never writes them.
#include <SQLiteCpp/Statement.h>

#include "core/model.h"

namespace acctool::store {

// ?1..?7 in this order; an INSERT adds paid_amount (?8), paid_on (?9) and id (?10, NULL:
// SQLite's), an UPDATE the id (?8).
#define ACCT_INVOICE_FIELDS "client_id, deal_id, number, amount, currency, issued_on, due_on"
inline constexpr const char* k_insert_invoice =
    "INSERT INTO invoice(" ACCT_INVOICE_FIELDS ", paid_amount, paid_on, id) VALUES (?1,?2,?3,?4,?5,?6,?7,?8,?9,?10)";
inline constexpr const char* k_update_invoice =
    "UPDATE invoice SET (" ACCT_INVOICE_FIELDS ") = (?1,?2,?3,?4,?5,?6,?7) WHERE id = ?8";
#undef ACCT_INVOICE_FIELDS

// Binds ?1..?7; text without a copy: `invoice` must outlive the statement's next exec().
void bind_invoice_fields(SQLite::Statement& q, const Invoice& invoice);
// Binds everything k_insert_invoice takes; invoice.id 0 lets SQLite choose the id.
void bind_invoice_insert(SQLite::Statement& q, const Invoice& invoice);

}  // namespace acctool::store
