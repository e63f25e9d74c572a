#include "store/deals.h"

#include <array>

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

// A deal goes with its refunds; its invoices stay, unlinked.
constexpr std::array<const char*, 3> k_delete_deal_steps = {
    "DELETE FROM refund WHERE deal_id = ?",
    "UPDATE invoice SET deal_id = NULL WHERE deal_id = ?",
    "DELETE FROM deal WHERE id = ?",
};

void delete_deal(Database& db, Id id) {
    get_deal(db, id);  // NotFound names the id
    for (std::size_t step = 0; step < k_delete_deal_steps.size(); ++step) {
        SQLite::Statement q(db.sql(), k_delete_deal_steps[step]);
        q.bind(1, static_cast<std::int64_t>(id));
        q.exec();
    }
}

int invoices_of_deal(Database& db, Id id) {
    SQLite::Statement q(db.sql(), "SELECT count(*) FROM invoice WHERE deal_id = ?");
    q.bind(1, static_cast<std::int64_t>(id));
    q.executeStep();
    return q.getColumn(0).getInt();
}

// The filters are fixed text chosen by which of them are set, never by their values:
// "(?1 IS NULL OR d.client_id = ?1)" or a stage test behind a bound flag would hide the
// condition from SQLite, which then cannot pick the index that serves it (one client's
// open deals: deal_open; its won deals: deal_won_by_client) and scans every deal.
const std::string k_deal_of_client = "WHERE d.client_id = ?1 ";
const std::string k_deal_of_all = "WHERE 1 ";
// Indexed by open | won << 1 | lost << 2; none set is every stage.
const std::array<std::string, 8> k_deal_stages = {
    "",
    "AND d.stage NOT IN ('won', 'lost') ",
    "AND d.stage = 'won' ",
    "AND d.stage <> 'lost' ",
    "AND d.stage = 'lost' ",
    "AND d.stage <> 'won' ",
    "AND d.stage IN ('won', 'lost') ",
    "",
};
const std::string k_deal_in_period = "AND coalesce(d.closed_on, d.expected_close) BETWEEN ?2 AND ?3 ";

std::vector<DealRow> list_deals(Database& db, const DealFilter& f) {
    const int stages = (f.open ? 1 : 0) | (f.won ? 2 : 0) | (f.lost ? 4 : 0);
    SQLite::Statement q(db.sql(), std::string(k_deal_select) + (f.client_id ? k_deal_of_client : k_deal_of_all) +
                                      k_deal_stages[stages] + (f.period ? k_deal_in_period : "") + "ORDER BY d.id");
    if (f.client_id) q.bind(1, static_cast<std::int64_t>(*f.client_id));
    if (f.period) {
        bind_date(q, 2, f.period->first);
        bind_date(q, 3, f.period->last);
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
