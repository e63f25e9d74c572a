#include "store/kpi_queries.h"

#include <unordered_map>

#include <SQLiteCpp/Statement.h>
#include <fmt/format.h>

#include "store/binding.h"
#include "store/open_invoices.h"
#include "store/report_queries.h"

namespace acctool::store {
namespace {

void bind_period(SQLite::Statement& q, const Period& p) {
    bind_date(q, 1, p.first);
    bind_date(q, 2, p.last);
}

// p as ?1..?2, the period before it as ?3..?4.
void bind_period_and_previous(SQLite::Statement& q, const Period& p, const Period& prev) {
    bind_period(q, p);
    bind_date(q, 3, prev.first);
    bind_date(q, 4, prev.last);
}

// One-number aggregates over a period (?1..?2), each on its date index.
enum PeriodFigure { refunds_in, collected_in, lost_in, touches_in };
constexpr const char* k_period_figures[] = {
    "SELECT COALESCE(SUM(base_amount), 0) FROM refund WHERE refunded_on BETWEEN ?1 AND ?2",
    "SELECT COALESCE(SUM(base_amount), 0) FROM payment WHERE paid_on BETWEEN ?1 AND ?2",
    "SELECT COUNT(*) FROM deal WHERE closed_on BETWEEN ?1 AND ?2 AND stage = 'lost'",
    "SELECT COUNT(*) FROM touch WHERE touched_on BETWEEN ?1 AND ?2",
};

std::int64_t period_figure(Database& db, const Period& p, PeriodFigure figure) {
    SQLite::Statement q(db.sql(), k_period_figures[figure]);
    bind_period(q, p);
    q.executeStep();
    return q.getColumn(0).getInt64();
}

// Clients whose first won deal ever lies in p (a first sale of some product line in p and
// none before it: first_won, first_won_by_date) and who were not customers before p by
// their customer-since date.
std::vector<NewClientEvent> load_new_clients(Database& db, const Period& p) {
    SQLite::Statement q(db.sql(),
                        "SELECT f.client_id, c.name, min(f.won_on) FROM first_won f JOIN client c ON c.id = f.client_id "
                        "WHERE f.won_on BETWEEN ?1 AND ?2 AND (c.customer_since IS NULL OR c.customer_since >= ?1) "
                        "AND NOT EXISTS ("
                        "  SELECT 1 FROM first_won e WHERE e.client_id = f.client_id AND e.won_on < ?1) "
                        "GROUP BY f.client_id ORDER BY 3, 1");
    bind_period(q, p);
    std::vector<NewClientEvent> events;
    while (q.executeStep())
        events.push_back({q.getColumn(0).getInt64(), q.getColumn(1).getString(), date_at(q.getColumn(2))});
    return events;
}

// The first won deal of each product line at each client, when it lies in p.
std::vector<FirstProductSaleEvent> load_first_product_sales(Database& db, const Period& p) {
    SQLite::Statement q(db.sql(),
                        "SELECT f.client_id, c.name, f.product, f.won_on FROM first_won f "
                        "JOIN client c ON c.id = f.client_id "
                        "WHERE f.won_on BETWEEN ?1 AND ?2 AND f.product <> '' ORDER BY 4, 1, 3");
    bind_period(q, p);
    std::vector<FirstProductSaleEvent> events;
    while (q.executeStep())
        events.push_back({q.getColumn(0).getInt64(), q.getColumn(1).getString(), q.getColumn(2).getString(),
                          date_at(q.getColumn(3))});
    return events;
}

// Refunds of each client's deals dated in p and in prev: (previous, current).
std::unordered_map<Id, std::pair<Money, Money>> load_refunds_by_client(Database& db, const Period& p,
                                                                       const Period& prev) {
    SQLite::Statement q(db.sql(),
                        "SELECT d.client_id, SUM(CASE WHEN r.refunded_on BETWEEN ?3 AND ?4 THEN r.base_amount ELSE 0 END),"
                        "       SUM(CASE WHEN r.refunded_on >= ?1 THEN r.base_amount ELSE 0 END) "
                        "FROM refund r JOIN deal d ON d.id = r.deal_id "
                        "WHERE r.refunded_on BETWEEN min(?1, ?3) AND ?2 GROUP BY d.client_id");
    bind_period_and_previous(q, p, prev);
    std::unordered_map<Id, std::pair<Money, Money>> refunds;
    while (q.executeStep())
        refunds.emplace(q.getColumn(0).getInt64(), std::pair{money_at(q.getColumn(1)), money_at(q.getColumn(2))});
    return refunds;
}

// The won-deal facts, in one pass over each client's won deals from the first day any of
// them needs to p's last day (deal_won_by_client, client by client, so that grouping needs
// no sort): the won totals of p and prev, the clients with a won deal in active_from..as_of,
// and the (previous, current) revenue, less refunds, of each client with won deals in both.
void load_won_facts(Database& db, const Period& p, const Period& prev, Date active_from, Date as_of,
                    KpiFacts& f) {
    const auto refunds = load_refunds_by_client(db, p, prev);
    SQLite::Statement q(db.sql(),
                        "SELECT c.id,"
                        "  count(*) FILTER (WHERE d.closed_on >= ?1), sum(d.base_amount) FILTER (WHERE d.closed_on >= ?1),"
                        "  count(*) FILTER (WHERE d.closed_on BETWEEN ?3 AND ?4),"
                        "  sum(d.base_amount) FILTER (WHERE d.closed_on BETWEEN ?3 AND ?4),"
                        "  count(*) FILTER (WHERE d.closed_on BETWEEN ?5 AND ?6) "
                        "FROM client c CROSS JOIN deal d INDEXED BY deal_won_by_client "
                        "  ON d.client_id = c.id AND d.stage = 'won' AND d.closed_on BETWEEN min(?1, ?3, ?5) AND ?2 "
                        "GROUP BY c.id");
    bind_period_and_previous(q, p, prev);
    bind_date(q, 5, active_from);
    bind_date(q, 6, as_of);
    while (q.executeStep()) {
        const std::int64_t deals = q.getColumn(1).getInt64(), prev_deals = q.getColumn(3).getInt64();
        const Money amount = money_at(q.getColumn(2)), prev_amount = money_at(q.getColumn(4));
        f.won_deals += deals;
        f.won_amount += amount;
        f.prev_won_deals += prev_deals;
        f.prev_won_amount += prev_amount;
        if (q.getColumn(5).getInt64() > 0) ++f.active_clients;
        if (deals == 0 || prev_deals == 0) continue;
        const auto refunded = refunds.find(q.getColumn(0).getInt64());
        if (refunded == refunds.end()) f.client_revenue_both.emplace_back(prev_amount, amount);
        else f.client_revenue_both.emplace_back(prev_amount - refunded->second.first, amount - refunded->second.second);
    }
}

// What was due before `as_of` and not paid by then, by the payments dated up to it.
Money load_overdue(Database& db, Date as_of) {
    SQLite::Statement q(db.sql(),
                        fmt::format("SELECT coalesce(sum(open), 0) FROM {} WHERE due_on < ?1", k_open_invoices_as_of));
    bind_open_invoices_as_of(db, q, as_of);
    q.executeStep();
    return money_at(q.getColumn(0));
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

// kind: 0 deal, 1 payment, 2 refund (StatementKind's order).
constexpr const char* k_revenue_events =
    "SELECT d.closed_on, 0, d.id, c.name, d.base_amount FROM deal d JOIN client c ON c.id = d.client_id "
    "WHERE d.stage = 'won' AND d.closed_on BETWEEN ?1 AND ?2 "
    "UNION ALL "
    "SELECT r.refunded_on, 2, r.id, c.name, -r.base_amount FROM refund r JOIN deal d ON d.id = r.deal_id "
    "JOIN client c ON c.id = d.client_id WHERE r.refunded_on BETWEEN ?1 AND ?2 "
    "ORDER BY 1, 2, 3";
constexpr const char* k_collected_events =
    "SELECT p.paid_on, 1, p.id, c.name, p.base_amount FROM payment p JOIN invoice i ON i.id = p.invoice_id "
    "JOIN client c ON c.id = i.client_id WHERE p.paid_on BETWEEN ?1 AND ?2 ORDER BY 1, 2, 3";

std::vector<StatementEvent> load_statement_events(Database& db, const Period& p, bool collected) {
    SQLite::Statement q(db.sql(), collected ? k_collected_events : k_revenue_events);
    bind_period(q, p);
    std::vector<StatementEvent> events;
    while (q.executeStep())
        events.push_back({date_at(q.getColumn(0)), static_cast<StatementKind>(q.getColumn(1).getInt()),
                          q.getColumn(2).getInt64(), q.getColumn(3).getString(), money_at(q.getColumn(4))});
    return events;
}

KpiFacts load_kpi_facts(Database& db, const Period& p, Date as_of, int active_window_days) {
    const Period prev = previous_period(p);
    KpiFacts f;
    load_won_facts(db, p, prev, add_days(as_of, 1 - active_window_days), as_of, f);
    f.refunds = Money{period_figure(db, p, refunds_in)};
    f.collected = Money{period_figure(db, p, collected_in)};
    f.lost_deals = period_figure(db, p, lost_in);
    f.touches = period_figure(db, p, touches_in);
    f.new_clients = load_new_clients(db, p);
    f.first_product_sales = load_first_product_sales(db, p);
    f.open_deals = open_deal_groups(db, as_of);
    f.overdue_receivables = load_overdue(db, as_of);
    f.response_minutes = load_case_minutes(db, p, response_time);
    f.resolution_minutes = load_case_minutes(db, p, resolution_time);
    return f;
}

}  // namespace acctool::store
