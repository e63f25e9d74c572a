#include "store/kpi_queries.h"

#include <SQLiteCpp/Statement.h>

#include "store/binding.h"

namespace acctool::store {
namespace {

void bind_period(SQLite::Statement& q, const Period& p) {
    bind_date(q, 1, p.first);
    bind_date(q, 2, p.last);
}

// One-number aggregates over a period (?1..?2), each on its date index.
enum PeriodFigure { refunds_in, collected_in, lost_in, touches_in };
constexpr const char* k_period_figures[] = {
    "SELECT COALESCE(SUM(amount), 0) FROM refund WHERE refunded_on BETWEEN ?1 AND ?2",
    "SELECT COALESCE(SUM(amount), 0) FROM payment WHERE paid_on BETWEEN ?1 AND ?2",
    "SELECT COUNT(*) FROM deal WHERE closed_on BETWEEN ?1 AND ?2 AND stage = 'lost'",
    "SELECT COUNT(*) FROM touch WHERE touched_on BETWEEN ?1 AND ?2",
};

std::int64_t period_figure(Database& db, const Period& p, PeriodFigure figure) {
    SQLite::Statement q(db.sql(), k_period_figures[figure]);
    bind_period(q, p);
    q.executeStep();
    return q.getColumn(0).getInt64();
}

// Won deals closed in p: count and amount (deal_won_by_date).
void load_won(Database& db, const Period& p, std::int64_t& count, Money& amount) {
    SQLite::Statement q(db.sql(), "SELECT COUNT(*), COALESCE(SUM(amount), 0) FROM deal "
                                  "WHERE stage = 'won' AND closed_on BETWEEN ?1 AND ?2");
    bind_period(q, p);
    q.executeStep();
    count = q.getColumn(0).getInt64();
    amount = money_at(q.getColumn(1));
}

// Clients whose first won deal ever lies in p: a won deal in p and none before it.
std::vector<NewClientEvent> load_new_clients(Database& db, const Period& p) {
    SQLite::Statement q(db.sql(),
                        "SELECT d.client_id, c.name, MIN(d.closed_on) FROM deal d JOIN client c ON c.id = d.client_id "
                        "WHERE d.stage = 'won' AND d.closed_on BETWEEN ?1 AND ?2 AND NOT EXISTS ("
                        "  SELECT 1 FROM deal e WHERE e.client_id = d.client_id AND e.stage = 'won'"
                        "  AND e.closed_on < ?1) "
                        "GROUP BY d.client_id ORDER BY 3, 1");
    bind_period(q, p);
    std::vector<NewClientEvent> events;
    while (q.executeStep())
        events.push_back({q.getColumn(0).getInt64(), q.getColumn(1).getString(), date_at(q.getColumn(2))});
    return events;
}

// The first won deal of each product line at each client, when it lies in p.
std::vector<FirstProductSaleEvent> load_first_product_sales(Database& db, const Period& p) {
    SQLite::Statement q(db.sql(),
                        "SELECT d.client_id, c.name, d.product, MIN(d.closed_on) FROM deal d "
                        "JOIN client c ON c.id = d.client_id "
                        "WHERE d.stage = 'won' AND d.closed_on BETWEEN ?1 AND ?2 AND d.product <> '' "
                        "AND NOT EXISTS (SELECT 1 FROM deal e WHERE e.client_id = d.client_id "
                        "  AND e.stage = 'won' AND e.closed_on < ?1 AND e.product = d.product) "
                        "GROUP BY d.client_id, d.product ORDER BY 4, 1, 3");
    bind_period(q, p);
    std::vector<FirstProductSaleEvent> events;
    while (q.executeStep())
        events.push_back({q.getColumn(0).getInt64(), q.getColumn(1).getString(), q.getColumn(2).getString(),
                          date_at(q.getColumn(3))});
    return events;
}

// (previous, current) revenue of each client with won deals in both periods, each less
// the refunds dated in that period.
std::vector<std::pair<Money, Money>> load_client_revenue_both(Database& db, const Period& p, const Period& prev) {
    SQLite::Statement q(db.sql(),
                        "WITH won(client_id, cur, prv) AS ("
                        "  SELECT client_id, SUM(CASE WHEN closed_on >= ?1 THEN amount ELSE 0 END),"
                        "         SUM(CASE WHEN closed_on <= ?4 THEN amount ELSE 0 END)"
                        "  FROM deal WHERE stage = 'won' AND (closed_on BETWEEN ?1 AND ?2 OR closed_on BETWEEN ?3 AND ?4)"
                        "  GROUP BY client_id),"
                        "refunded(client_id, cur, prv) AS ("
                        "  SELECT d.client_id, SUM(CASE WHEN r.refunded_on >= ?1 THEN r.amount ELSE 0 END),"
                        "         SUM(CASE WHEN r.refunded_on <= ?4 THEN r.amount ELSE 0 END)"
                        "  FROM refund r JOIN deal d ON d.id = r.deal_id"
                        "  WHERE r.refunded_on BETWEEN ?1 AND ?2 OR r.refunded_on BETWEEN ?3 AND ?4"
                        "  GROUP BY d.client_id) "
                        "SELECT w.prv - COALESCE(f.prv, 0), w.cur - COALESCE(f.cur, 0) FROM won w "
                        "LEFT JOIN refunded f ON f.client_id = w.client_id "
                        "WHERE w.client_id IN (SELECT client_id FROM deal WHERE stage = 'won' AND closed_on BETWEEN ?1 AND ?2)"
                        "  AND w.client_id IN (SELECT client_id FROM deal WHERE stage = 'won' AND closed_on BETWEEN ?3 AND ?4)"
                        "ORDER BY w.client_id");
    bind_period(q, p);
    bind_date(q, 3, prev.first);
    bind_date(q, 4, prev.last);
    std::vector<std::pair<Money, Money>> rows;
    while (q.executeStep()) rows.emplace_back(money_at(q.getColumn(0)), money_at(q.getColumn(1)));
    return rows;
}

std::vector<OpenDealGroup> load_open_deals(Database& db) {
    SQLite::Statement q(db.sql(),
                        "SELECT stage, probability, SUM(amount) FROM deal WHERE stage NOT IN ('won', 'lost') "
                        "GROUP BY stage, probability ORDER BY stage, probability");
    std::vector<OpenDealGroup> groups;
    while (q.executeStep()) {
        OpenDealGroup g{q.getColumn(0).getString(), std::nullopt, money_at(q.getColumn(2))};
        if (!q.getColumn(1).isNull()) g.probability = q.getColumn(1).getDouble();
        groups.push_back(std::move(g));
    }
    return groups;
}

// What was due before `as_of` and not paid by then, by the payments dated up to it.
Money load_overdue(Database& db, Date as_of) {
    SQLite::Statement q(db.sql(),
                        "SELECT COALESCE(SUM(i.amount - COALESCE((SELECT SUM(p.amount) FROM payment p "
                        "  WHERE p.invoice_id = i.id AND p.paid_on <= ?1), 0)), 0) "
                        "FROM invoice i WHERE i.due_on < ?1");
    bind_date(q, 1, as_of);
    q.executeStep();
    return money_at(q.getColumn(0));
}

std::int64_t load_active_clients(Database& db, Date as_of, int window_days) {
    SQLite::Statement q(db.sql(), "SELECT COUNT(DISTINCT client_id) FROM deal "
                                  "WHERE stage = 'won' AND closed_on BETWEEN ?1 AND ?2");
    bind_date(q, 1, add_days(as_of, 1 - window_days));
    bind_date(q, 2, as_of);
    q.executeStep();
    return q.getColumn(0).getInt64();
}

// Minutes from opening to the first response or the resolution, for the cases opened
// in p that have one (case_by_opened; opened_at is 'YYYY-MM-DDTHH:MM').
enum CaseTime { response_time, resolution_time };
constexpr const char* k_case_minutes[] = {
    "SELECT CAST(ROUND((julianday(first_response_at) - julianday(opened_at)) * 1440) AS INTEGER) "
    "FROM support_case WHERE opened_at >= ?1 AND opened_at < ?2 AND first_response_at IS NOT NULL",
    "SELECT CAST(ROUND((julianday(resolved_at) - julianday(opened_at)) * 1440) AS INTEGER) "
    "FROM support_case WHERE opened_at >= ?1 AND opened_at < ?2 AND resolved_at IS NOT NULL",
};

std::vector<std::int64_t> load_case_minutes(Database& db, const Period& p, CaseTime which) {
    SQLite::Statement q(db.sql(), k_case_minutes[which]);
    bind_date(q, 1, p.first);
    bind_date(q, 2, add_days(p.last, 1));
    std::vector<std::int64_t> minutes;
    while (q.executeStep()) minutes.push_back(q.getColumn(0).getInt64());
    return minutes;
}

}  // namespace

KpiFacts load_kpi_facts(Database& db, const Period& p, Date as_of, int active_window_days) {
    const Period prev = previous_period(p);
    KpiFacts f;
    load_won(db, p, f.won_deals, f.won_amount);
    load_won(db, prev, f.prev_won_deals, f.prev_won_amount);
    f.refunds = Money{period_figure(db, p, refunds_in)};
    f.collected = Money{period_figure(db, p, collected_in)};
    f.lost_deals = period_figure(db, p, lost_in);
    f.touches = period_figure(db, p, touches_in);
    f.active_clients = load_active_clients(db, as_of, active_window_days);
    f.new_clients = load_new_clients(db, p);
    f.first_product_sales = load_first_product_sales(db, p);
    f.client_revenue_both = load_client_revenue_both(db, p, prev);
    f.open_deals = load_open_deals(db);
    f.overdue_receivables = load_overdue(db, as_of);
    f.response_minutes = load_case_minutes(db, p, response_time);
    f.resolution_minutes = load_case_minutes(db, p, resolution_time);
    return f;
}

}  // namespace acctool::store
