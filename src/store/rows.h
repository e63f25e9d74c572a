#pragma once
// Rows of the main tables as core structs: each SELECT list below and its reader belong
// together, so every query that wants whole records uses the pair.
#include <SQLiteCpp/Statement.h>

#include "core/model.h"

namespace acctool::store {

// Client c: 15 columns.
inline constexpr const char* k_client_columns =
    "c.id, c.name, c.tier, c.status, c.industry, c.region, c.tags, c.cadence_days, "
    "c.credit_limit, c.payment_terms_days, c.notes, c.currency, c.created_on, c.address, c.customer_since";
Client client_from_row(SQLite::Statement& q);

// Contact k with its client's name: 10 columns, then WHERE/ORDER BY.
inline constexpr const char* k_contact_select =
    "SELECT k.id, k.client_id, c.name, k.name, k.role, k.decision_maker, k.email, k.phone, "
    "k.birthday, k.notes FROM contact k JOIN client c ON c.id = k.client_id ";
Contact contact_from_row(SQLite::Statement& q);

// Deal d with its client's name: 17 columns, then FROM/WHERE.
inline constexpr const char* k_deal_columns =
    "d.id, d.client_id, c.name, d.title, d.amount, d.currency, d.stage, d.probability, d.product, "
    "d.kind, d.expected_close, d.closed_on, d.lost_reason, d.discount, d.created_on, d.stage_changed_on, "
    "d.base_amount";
// The same with the client's last touch as column 18 (index 17), for staleness.
inline constexpr const char* k_deal_select =
    "SELECT d.id, d.client_id, c.name, d.title, d.amount, d.currency, d.stage, d.probability, d.product, "
    "d.kind, d.expected_close, d.closed_on, d.lost_reason, d.discount, d.created_on, d.stage_changed_on, "
    "d.base_amount, (SELECT max(t.touched_on) FROM touch t WHERE t.client_id = d.client_id) "
    "FROM deal d JOIN client c ON c.id = d.client_id ";
Deal deal_from_row(SQLite::Statement& q);

// Invoice i with its client's name, 12 columns: id, client_id, client name, deal_id,
// number, amount, currency, issued_on, due_on, paid_amount, paid_on, base_amount.
Invoice invoice_from_row(SQLite::Statement& q);

}  // namespace acctool::store
