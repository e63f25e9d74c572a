#include "store/refunds.h"

#include <fmt/format.h>
#include <SQLiteCpp/Statement.h>

#include "core/errors.h"
#include "core/i18n.h"
#include "store/binding.h"
#include "store/rates.h"
#include "store/write_sql.h"

namespace acctool::store {
namespace {

constexpr const char* k_refund_select =
    "SELECT r.id, r.deal_id, r.amount, r.currency, r.refunded_on, r.reason, c.name, r.base_amount "
    "FROM refund r JOIN deal d ON d.id = r.deal_id JOIN client c ON c.id = d.client_id ";

RefundRow refund_from_row(SQLite::Statement& q) {
    RefundRow row;
    row.refund.id = q.getColumn(0).getInt64();
    row.refund.deal_id = q.getColumn(1).getInt64();
    row.refund.amount = money_at(q.getColumn(2));
    row.refund.currency = q.getColumn(3).getString();
    row.refund.date = date_at(q.getColumn(4));
    row.refund.reason = q.getColumn(5).getString();
    row.refund.base_amount = optional_money_at(q.getColumn(7));
    row.client_name = q.getColumn(6).getString();
    return row;
}

}  // namespace

void bind_refund_insert(SQLite::Statement& q, const Refund& r, std::optional<Money> base) {
    q.bind(1, static_cast<std::int64_t>(r.deal_id));
    bind_money(q, 2, r.amount);
    q.bindNoCopy(3, r.currency);
    bind_date(q, 4, r.date);
    q.bindNoCopy(5, r.reason);
    if (r.id > 0) q.bind(6, static_cast<std::int64_t>(r.id));
    else q.bind(6);
    bind_optional_money(q, 7, base);
}

Id insert_refund(Database& db, const Refund& refund) {
    SQLite::Statement q(db.sql(), k_insert_refund);
    bind_refund_insert(q, refund, base_of(db, refund.currency, refund.amount, refund.date));
    q.exec();
    return db.sql().getLastInsertRowid();
}

Refund get_refund(Database& db, Id id) {
    SQLite::Statement q(db.sql(), std::string(k_refund_select) + "WHERE r.id = ?");
    q.bind(1, static_cast<std::int64_t>(id));
    if (!q.executeStep()) throw NotFound(trf("no refund with id {}", id));
    return refund_from_row(q).refund;
}

void delete_refund(Database& db, Id id) {
    SQLite::Statement q(db.sql(), "DELETE FROM refund WHERE id = ?");
    q.bind(1, static_cast<std::int64_t>(id));
    if (q.exec() == 0) throw NotFound(trf("no refund with id {}", id));
}

Money refunded_total(Database& db, Id deal_id) {
    SQLite::Statement q(db.sql(), "SELECT coalesce(sum(amount), 0) FROM refund WHERE deal_id = ?");
    q.bind(1, static_cast<std::int64_t>(deal_id));
    q.executeStep();
    return money_at(q.getColumn(0));
}

std::optional<Date> first_refund_on(Database& db, Id deal_id) {
    SQLite::Statement q(db.sql(), "SELECT min(refunded_on) FROM refund WHERE deal_id = ?");
    q.bind(1, static_cast<std::int64_t>(deal_id));
    q.executeStep();
    return optional_date_at(q.getColumn(0));
}

// Fixed text chosen by which filters are set, never by their values (see deals.cpp).
constexpr const char* k_refund_of_client = "AND d.client_id = ?1 ";
constexpr const char* k_refund_of_deal = "AND r.deal_id = ?2 ";
constexpr const char* k_refund_in_period = "AND r.refunded_on BETWEEN ?3 AND ?4 ";

std::vector<RefundRow> list_refunds(Database& db, const RefundFilter& f) {
    SQLite::Statement q(db.sql(), std::string(k_refund_select) + "WHERE 1 " + (f.client_id ? k_refund_of_client : "") +
                                      (f.deal_id ? k_refund_of_deal : "") + (f.period ? k_refund_in_period : "") +
                                      "ORDER BY r.id");
    if (f.client_id) q.bind(1, static_cast<std::int64_t>(*f.client_id));
    if (f.deal_id) q.bind(2, static_cast<std::int64_t>(*f.deal_id));
    if (f.period) {
        bind_date(q, 3, f.period->first);
        bind_date(q, 4, f.period->last);
    }
    std::vector<RefundRow> rows;
    while (q.executeStep()) rows.push_back(refund_from_row(q));
    return rows;
}

}  // namespace acctool::store
