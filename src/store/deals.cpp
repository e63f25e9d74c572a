#include "store/deals.h"

#include <array>

#include <fmt/format.h>
#include <SQLiteCpp/Statement.h>

#include "core/errors.h"
#include "core/i18n.h"
#include "core/names.h"
#include "store/binding.h"
#include "store/rates.h"
#include "store/write_sql.h"
#include "store/rows.h"

namespace acctool::store {

void bind_deal_fields(SQLite::Statement& q, const Deal& d, std::optional<Money> base) {
    q.bindNoCopy(1, d.title);
    bind_money(q, 2, d.amount);
    q.bindNoCopy(3, d.currency);
    q.bindNoCopy(4, d.stage);
    if (d.probability) q.bind(5, *d.probability);
    else q.bind(5);
    q.bindNoCopy(6, d.product);
    q.bind(7, std::string(to_string(d.kind)));
    bind_optional_date(q, 8, d.expected_close);
    bind_optional_date(q, 9, d.closed_on);
    q.bindNoCopy(10, d.lost_reason);
    bind_money(q, 11, d.discount);
    bind_date(q, 12, d.stage_changed_on);
    q.bind(13, static_cast<std::int64_t>(d.client_id));
    bind_optional_money(q, 14, base);
}

void bind_deal_insert(SQLite::Statement& q, const Deal& d, std::optional<Money> base) {
    bind_deal_fields(q, d, base);
    bind_date(q, 15, d.created_on);
    if (d.id > 0) q.bind(16, static_cast<std::int64_t>(d.id));
    else q.bind(16);
}

Id insert_deal(Database& db, const Deal& deal) {
    SQLite::Statement q(db.sql(), k_insert_deal);
    bind_deal_insert(q, deal, base_of(db, deal.currency, deal.amount, deal.closed_on));
    q.exec();
    return db.sql().getLastInsertRowid();
}

void update_deal(Database& db, const Deal& deal) {
    SQLite::Statement q(db.sql(), k_update_deal);
    bind_deal_fields(q, deal, base_of(db, deal.currency, deal.amount, deal.closed_on));
    q.bind(15, static_cast<std::int64_t>(deal.id));
    q.exec();
}

Deal get_deal(Database& db, Id id) {
    SQLite::Statement q(db.sql(), std::string(k_deal_select) + "WHERE d.id = ?");
    q.bind(1, static_cast<std::int64_t>(id));
    if (!q.executeStep()) throw NotFound(trf("no deal with id {}", id));
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
const std::string k_deal_of_product = "AND acct_key(d.product) = ?4 ";

std::vector<DealListing> list_deals(Database& db, const DealFilter& f) {
    const int stages = (f.open ? 1 : 0) | (f.won ? 2 : 0) | (f.lost ? 4 : 0);
    SQLite::Statement q(db.sql(), std::string(k_deal_select) + (f.client_id ? k_deal_of_client : k_deal_of_all) +
                                      k_deal_stages[stages] + (f.period ? k_deal_in_period : "") +
                                      (f.product ? k_deal_of_product : "") + "ORDER BY d.id");
    if (f.product) q.bind(4, match_key(*f.product, NameKind::Person));
    if (f.client_id) q.bind(1, static_cast<std::int64_t>(*f.client_id));
    if (f.period) {
        bind_date(q, 2, f.period->first);
        bind_date(q, 3, f.period->last);
    }
    std::vector<DealListing> rows;
    while (q.executeStep()) rows.push_back({deal_from_row(q), optional_date_at(q.getColumn(17))});
    return rows;
}

Money client_revenue(Database& db, Id client_id, const Period& period) {
    SQLite::Statement q(db.sql(),
                        "SELECT (SELECT coalesce(sum(base_amount), 0) FROM deal WHERE stage = 'won' AND client_id = ?1 "
                        "        AND closed_on BETWEEN ?2 AND ?3) "
                        "     - (SELECT coalesce(sum(r.base_amount), 0) FROM refund r JOIN deal d ON d.id = r.deal_id "
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
