#pragma once
// What each invoice still had open on a day, by the payments dated up to it: one rule for
// `report receivables` and kpi's overdue receivables, which answer as of --today or the
// period's end.
#include <SQLiteCpp/Statement.h>

#include "core/dates.h"
#include "store/database.h"

namespace acctool::store {

// A subquery of the invoices issued by ?1 and open on it, with columns client_id, due_on
// and open (in base units, scaled as the invoice's base amount is to its amount). Only
// invoices open now (invoice_open) or settled after ?1 (invoice_settled) can be; when no
// payment is dated after ?1 (?2 is 1), what an invoice has paid by then is all it has paid,
// and the per-invoice sum of payments is skipped; so it is for an invoice without payments
// (payments are positive).
inline constexpr const char* k_open_invoices_as_of =
    "(SELECT i.client_id, i.due_on, acct_scale(i.base_amount, i.amount - CASE WHEN ?2 OR i.paid_amount = 0 THEN i.paid_amount "
    "   ELSE coalesce((SELECT sum(p.amount) FROM payment p WHERE p.invoice_id = i.id AND p.paid_on <= ?1), 0) END, "
    "   i.amount) AS open "
    " FROM (SELECT id, client_id, due_on, amount, paid_amount, base_amount FROM invoice "
    "       WHERE paid_amount < amount AND issued_on <= ?1 "
    "       UNION ALL "
    "       SELECT id, client_id, due_on, amount, paid_amount, base_amount FROM invoice "
    "       WHERE paid_on > ?1 AND issued_on <= ?1) i)";

// Binds ?1 and ?2 of k_open_invoices_as_of.
void bind_open_invoices_as_of(Database& db, SQLite::Statement& q, Date as_of);

}  // namespace acctool::store
