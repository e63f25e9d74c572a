#pragma once
// The deal row as SQL writes it, in one place for `deal add/log/edit` (deals.cpp) and the
// importer (importer.cpp): the column list and the binding of a Deal to it.
#include <SQLiteCpp/Statement.h>

#include "core/model.h"

namespace acctool::store {

// ?1..?13 in this order; an INSERT adds created_on (?14) and id (?15, NULL: SQLite's).
#define ACCT_DEAL_FIELDS                                                                      \
    "title, amount, currency, stage, probability, product, kind, expected_close, closed_on, " \
    "lost_reason, discount, stage_changed_on, client_id"
inline constexpr const char* k_insert_deal =
    "INSERT INTO deal(" ACCT_DEAL_FIELDS ", created_on, id) "
    "VALUES (?1,?2,?3,?4,?5,?6,?7,?8,?9,?10,?11,?12,?13,?14,?15)";
inline constexpr const char* k_update_deal =
    "UPDATE deal SET (" ACCT_DEAL_FIELDS ") = (?1,?2,?3,?4,?5,?6,?7,?8,?9,?10,?11,?12,?13) WHERE id = ?14";
#undef ACCT_DEAL_FIELDS

// Binds the fields ?1..?13. Text is bound without a copy: `deal` must outlive the
// statement's next exec().
void bind_deal_fields(SQLite::Statement& q, const Deal& deal);
// Binds everything k_insert_deal takes; deal.id 0 lets SQLite choose the id.
void bind_deal_insert(SQLite::Statement& q, const Deal& deal);

}  // namespace acctool::store
