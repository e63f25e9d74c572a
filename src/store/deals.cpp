#include "store/deals.h"

#include <fmt/format.h>
#include <SQLiteCpp/Statement.h>

#include "core/errors.h"
#include "store/binding.h"
#include "store/rows.h"

namespace acctool::store {
namespace {

// The fields of INSERT and UPDATE, bound as ?1..?13 in this order.
void bind_deal_fields(SQLite::Statement& q, const Deal& d) {
    q.bind(1, d.title);
    bind_money(q, 2, d.amount);
    q.bind(3, d.currency);
    q.bind(4, d.stage);
    if (d.probability) q.bind(5, *d.probability);
    else q.bind(5);
    q.bind(6, d.product);
    q.bind(7, std::string(to_string(d.kind)));
    bind_optional_date(q, 8, d.expected_close);
    bind_optional_date(q, 9, d.closed_on);
    q.bind(10, d.lost_reason);
    bind_money(q, 11, d.discount);
    bind_date(q, 12, d.stage_changed_on);
    q.bind(13, static_cast<std::int64_t>(d.client_id));
}

}  // namespace

Id insert_deal(Database& db, const Deal& deal) {
    SQLite::Statement q(db.sql(),
                        "INSERT INTO deal(title, amount, currency, stage, probability, product, kind, "
                        "expected_close, closed_on, lost_reason, discount, stage_changed_on, client_id, "
                        "created_on) VALUES (?1,?2,?3,?4,?5,?6,?7,?8,?9,?10,?11,?12,?13,?14)");
    bind_deal_fields(q, deal);
    bind_date(q, 14, deal.created_on);
    q.exec();
    return db.sql().getLastInsertRowid();
}

void update_deal(Database& db, const Deal& deal) {
    SQLite::Statement q(db.sql(),
                        "UPDATE deal SET title=?1, amount=?2, currency=?3, stage=?4, probability=?5, product=?6, "
                        "kind=?7, expected_close=?8, closed_on=?9, lost_reason=?10, discount=?11, "
                        "stage_changed_on=?12, client_id=?13 WHERE id=?14");
    bind_deal_fields(q, deal);
    q.bind(14, static_cast<std::int64_t>(deal.id));
    q.exec();
}

Deal get_deal(Database& db, Id id) {
    SQLite::Statement q(db.sql(), std::string(k_deal_select) + "WHERE d.id = ?");
    q.bind(1, static_cast<std::int64_t>(id));
    if (!q.executeStep()) throw NotFound(fmt::format("no deal with id {}", id));
    return deal_from_row(q);
}

Id insert_refund(Database& db, const Refund& refund) {
    SQLite::Statement q(db.sql(),
                        "INSERT INTO refund(deal_id, amount, currency, refunded_on, reason) VALUES (?,?,?,?,?)");
    q.bind(1, static_cast<std::int64_t>(refund.deal_id));
    bind_money(q, 2, refund.amount);
    q.bind(3, refund.currency);
    bind_date(q, 4, refund.date);
    q.bind(5, refund.reason);
    q.exec();
    return db.sql().getLastInsertRowid();
}

Money refunded_total(Database& db, Id deal_id) {
    SQLite::Statement q(db.sql(), "SELECT coalesce(sum(amount), 0) FROM refund WHERE deal_id = ?");
    q.bind(1, static_cast<std::int64_t>(deal_id));
    q.executeStep();
    return money_at(q.getColumn(0));
}

// Two statements rather than "(?1 IS NULL OR d.client_id = ?1)": with that OR, SQLite
// cannot use the client index, and one client's card would scan every deal.
const std::string k_deal_filters =
    "AND (?2 OR (?3 AND d.stage NOT IN ('won', 'lost')) OR (?4 AND d.stage = 'won') "
    "     OR (?5 AND d.stage = 'lost')) "
    "AND (?6 IS NULL OR coalesce(d.closed_on, d.expected_close) BETWEEN ?6 AND ?7) "
    "ORDER BY d.id";
const std::string k_deals_of_client = std::string(k_deal_select) + "WHERE d.client_id = ?1 " + k_deal_filters;
const std::string k_deals_of_all = std::string(k_deal_select) + "WHERE ?1 IS NULL " + k_deal_filters;

std::vector<DealRow> list_deals(Database& db, const DealFilter& f) {
    const bool any_stage = !f.open && !f.won && !f.lost;
    SQLite::Statement q(db.sql(), f.client_id ? k_deals_of_client : k_deals_of_all);
    if (f.client_id) q.bind(1, static_cast<std::int64_t>(*f.client_id));
    else q.bind(1);
    q.bind(2, any_stage ? 1 : 0);
    q.bind(3, f.open ? 1 : 0);
    q.bind(4, f.won ? 1 : 0);
    q.bind(5, f.lost ? 1 : 0);
    if (f.period) {
        bind_date(q, 6, f.period->first);
        bind_date(q, 7, f.period->last);
    } else {
        q.bind(6);
        q.bind(7);
    }
    std::vector<DealRow> rows;
    while (q.executeStep()) rows.push_back({deal_from_row(q), optional_date_at(q.getColumn(16))});
    return rows;
}

Money client_revenue(Database& db, Id client_id, const Period& period) {
    SQLite::Statement q(db.sql(),
                        "SELECT (SELECT coalesce(sum(amount), 0) FROM deal WHERE stage = 'won' AND client_id = ?1 "
                        "        AND closed_on BETWEEN ?2 AND ?3) "
                        "     - (SELECT coalesce(sum(r.amount), 0) FROM refund r JOIN deal d ON d.id = r.deal_id "
                        "        WHERE d.client_id = ?1 AND r.refunded_on BETWEEN ?2 AND ?3)");
    q.bind(1, static_cast<std::int64_t>(client_id));
    bind_date(q, 2, period.first);
    bind_date(q, 3, period.last);
    q.executeStep();
    return money_at(q.getColumn(0));
}

std::optional<Date> last_won_on(Database& db, Id client_id) {
    SQLite::Statement q(db.sql(), "SELECT max(closed_on) FROM deal WHERE stage = 'won' AND client_id = ?");
    q.bind(1, static_cast<std::int64_t>(client_id));
    q.executeStep();
    return optional_date_at(q.getColumn(0));
}

}  // namespace acctool::store
