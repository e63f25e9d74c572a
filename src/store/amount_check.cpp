#include "store/amount_check.h"

#include <SQLiteCpp/Statement.h>
#include <fmt/format.h>

#include "core/i18n.h"
#include "core/journal_text.h"
#include "core/money.h"

namespace acctool::store {
namespace {

// Every money column of the schema, as (record, column, id, value) rows of those out of
// range (?1 is the bound). Only run after a total failed, so a full scan is acceptable.
#define ACCT_AMOUNT_OUT_OF_RANGE(TABLE, RECORD, COLUMN)                                     \
    "SELECT '" RECORD "', '" COLUMN "', id, " COLUMN " FROM " TABLE " WHERE " COLUMN        \
    " IS NOT NULL AND NOT (typeof(" COLUMN ") = 'integer' AND " COLUMN " BETWEEN -?1 AND ?1)"
constexpr const char* k_out_of_range_sql =
    ACCT_AMOUNT_OUT_OF_RANGE("deal", "deal", "amount") " UNION ALL "
    ACCT_AMOUNT_OUT_OF_RANGE("deal", "deal", "discount") " UNION ALL "
    ACCT_AMOUNT_OUT_OF_RANGE("refund", "refund", "amount") " UNION ALL "
    ACCT_AMOUNT_OUT_OF_RANGE("invoice", "invoice", "amount") " UNION ALL "
    ACCT_AMOUNT_OUT_OF_RANGE("invoice", "invoice", "paid_amount") " UNION ALL "
    ACCT_AMOUNT_OUT_OF_RANGE("payment", "payment", "amount") " UNION ALL "
    ACCT_AMOUNT_OUT_OF_RANGE("client", "client", "credit_limit") " LIMIT 1";
#undef ACCT_AMOUNT_OUT_OF_RANGE

}  // namespace

std::optional<std::string> out_of_range_amount(Database& db) {
    SQLite::Statement q(db.sql(), k_out_of_range_sql);
    q.bind(1, static_cast<std::int64_t>(k_max_amount_minor));
    if (!q.executeStep()) return std::nullopt;
    const SQLite::Column value = q.getColumn(3);
    const std::string shown = value.isInteger() ? format_money_plain(Money{value.getInt64()})
                                                : "'" + value.getString() + "'";
    // TRANSLATORS: "deal 41 has amount 1e+20": a record, the column's name, the value stored.
    return trf("{} has {} {}", name_record(q.getColumn(0).getString(), q.getColumn(2).getInt64()),
               q.getColumn(1).getString(), shown);
}

}  // namespace acctool::store
