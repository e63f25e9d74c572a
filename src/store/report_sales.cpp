// Revenue aggregations: sales by key, revenue per client and month, a client's history.
// Won amounts come from the partial index deal_won_by_date (a range scan on closed_on that
// never reads the table); refunds from refund_by_date, joined to their deal by id.
#include <map>

#include <SQLiteCpp/Statement.h>

#include "store/binding.h"
#include "store/report_queries.h"

namespace acctool::store {
namespace {

// The SQL of each sales key, written out whole at compile time (every statement of the
// store is fixed text; values are bound). Each key is computed inside the per-deal
// aggregation (on `deal d`, or for refunds on `refund r` joined to its deal), then the
// groups are summed again outside it, where the client's fields are joined once per group
// instead of once per deal. INDEXED BY: without ANALYZE statistics SQLite may pick
// deal_lost_by_date; deal_won_by_date answers from the index alone. Per client, the
// client-by-client walk of deal_won_by_client delivers the deals already grouped, where a
// scan by date would sort every deal of the period by client (about half the time).
#define ACCT_WON_PER_CLIENT(FIELD)                                                    \
    "SELECT c." FIELD " AS k, count(*) AS n, sum(d.base_amount) AS s FROM client c "       \
    "CROSS JOIN deal d INDEXED BY deal_won_by_client ON d.client_id = c.id "          \
    "AND d.stage = 'won' AND d.closed_on BETWEEN ?1 AND ?2 GROUP BY c.id"
#define ACCT_WON(KEY)                                                                 \
    "SELECT " KEY " AS k, count(*) AS n, sum(d.base_amount) AS s "                         \
    "FROM deal d INDEXED BY deal_won_by_date "                                        \
    "WHERE d.stage = 'won' AND d.closed_on BETWEEN ?1 AND ?2 GROUP BY k"
#define ACCT_REFUND(KEY)                                                              \
    "SELECT " KEY " AS k, 0 AS n, sum(r.base_amount) AS s FROM refund r "                  \
    "JOIN deal d ON d.id = r.deal_id WHERE r.refunded_on BETWEEN ?1 AND ?2 GROUP BY k"
#define ACCT_BY_CLIENT(FIELD, INNER) \
    "SELECT c." FIELD ", sum(x.n), sum(x.s) FROM (" INNER ") x JOIN client c ON c.id = x.k GROUP BY 1"
#define ACCT_BY_KEY(INNER) "SELECT x.k, sum(x.n), sum(x.s) FROM (" INNER ") x GROUP BY 1"

// Indexed by SalesKey: Client, Product, Month, Week, Tier, Region, Kind.
constexpr const char* k_won_sql[] = {
    ACCT_WON_PER_CLIENT("name"),                     ACCT_BY_KEY(ACCT_WON("d.product")),
    ACCT_BY_KEY(ACCT_WON("d.closed_on")),            ACCT_BY_KEY(ACCT_WON("d.closed_on")),
    ACCT_BY_KEY(ACCT_WON_PER_CLIENT("tier")),        ACCT_BY_KEY(ACCT_WON_PER_CLIENT("region")),
    ACCT_BY_KEY(ACCT_WON("d.kind")),
};
constexpr const char* k_refund_sql[] = {
    ACCT_BY_CLIENT("name", ACCT_REFUND("d.client_id")), ACCT_BY_KEY(ACCT_REFUND("d.product")),
    ACCT_BY_KEY(ACCT_REFUND("r.refunded_on")),          ACCT_BY_KEY(ACCT_REFUND("r.refunded_on")),
    ACCT_BY_CLIENT("tier", ACCT_REFUND("d.client_id")), ACCT_BY_CLIENT("region", ACCT_REFUND("d.client_id")),
    ACCT_BY_KEY(ACCT_REFUND("d.kind")),
};
// Per client and month (k is "id|YYYY-MM"), and per client.
constexpr const char* k_won_by_client_month = ACCT_WON("d.client_id || '|' || substr(d.closed_on, 1, 7)");
constexpr const char* k_refund_by_client_month = ACCT_REFUND("d.client_id || '|' || substr(r.refunded_on, 1, 7)");
constexpr const char* k_won_by_client = ACCT_WON_PER_CLIENT("id");
constexpr const char* k_refund_by_client = ACCT_REFUND("d.client_id");

#undef ACCT_WON_PER_CLIENT
#undef ACCT_WON
#undef ACCT_REFUND
#undef ACCT_BY_CLIENT
#undef ACCT_BY_KEY

void bind_period(SQLite::Statement& q, const Period& p) {
    bind_date(q, 1, p.first);
    bind_date(q, 2, p.last);
}

}  // namespace

std::vector<SalesRow> sales_totals(Database& db, const Period& period, SalesKey key) {
    struct SalesTotals {
        std::int64_t deals = 0;
        Money won, refunds;
    };
    static_assert(static_cast<int>(SalesKey::Kind) == 6, "k_won_sql and k_refund_sql follow SalesKey");
    const auto index = static_cast<std::size_t>(key);
    std::map<std::string, SalesTotals> by_key;
    SQLite::Statement won(db.sql(), k_won_sql[index]);
    bind_period(won, period);
    while (won.executeStep()) {
        auto& t = by_key[won.getColumn(0).getString()];
        t.deals += won.getColumn(1).getInt64();
        t.won += money_at(won.getColumn(2));
    }
    SQLite::Statement refunds(db.sql(), k_refund_sql[index]);
    bind_period(refunds, period);
    while (refunds.executeStep()) by_key[refunds.getColumn(0).getString()].refunds += money_at(refunds.getColumn(2));
    std::vector<SalesRow> out;
    for (const auto& [name, t] : by_key) out.push_back({name, t.deals, t.won, t.won - t.refunds});
    return out;
}

std::vector<ClientMonthMoney> client_month_revenue(Database& db, const Period& period) {
    std::map<std::pair<Id, std::string>, Money> sums;
    for (bool refunds : {false, true}) {
        SQLite::Statement q(db.sql(), refunds ? k_refund_by_client_month : k_won_by_client_month);
        bind_period(q, period);
        while (q.executeStep()) {
            const std::string both = q.getColumn(0).getString();
            const auto bar = both.find('|');
            const Id id = std::stoll(both.substr(0, bar));
            Money& m = sums[{id, both.substr(bar + 1)}];
            m += refunds ? -money_at(q.getColumn(2)) : money_at(q.getColumn(2));
        }
    }
    std::map<Id, std::string> names;
    SQLite::Statement name_of(db.sql(), "SELECT name FROM client WHERE id = ?");
    std::vector<ClientMonthMoney> out;
    for (const auto& [key, revenue] : sums) {
        auto [it, fresh] = names.try_emplace(key.first);
        if (fresh) {
            name_of.reset();
            name_of.bind(1, static_cast<std::int64_t>(key.first));
            if (name_of.executeStep()) it->second = name_of.getColumn(0).getString();
        }
        out.push_back({key.first, it->second, key.second, revenue});
    }
    return out;
}

std::vector<std::pair<Id, Money>> revenue_per_client(Database& db, const Period& period) {
    std::map<Id, Money> sums;
    for (bool refunds : {false, true}) {
        SQLite::Statement q(db.sql(), refunds ? k_refund_by_client : k_won_by_client);
        bind_period(q, period);
        while (q.executeStep()) {
            Money m = money_at(q.getColumn(2));
            sums[q.getColumn(0).getInt64()] += refunds ? -m : m;
        }
    }
    return {sums.begin(), sums.end()};
}

std::vector<ClientMonth> client_history(Database& db, Id client_id) {
    std::map<std::string, ClientMonth> months;
    SQLite::Statement won(db.sql(),
                          "SELECT substr(closed_on, 1, 7), count(*), sum(base_amount) FROM deal "
                          "WHERE client_id = ? AND stage = 'won' GROUP BY 1");
    won.bind(1, static_cast<std::int64_t>(client_id));
    while (won.executeStep()) {
        auto& m = months[won.getColumn(0).getString()];
        m.deals = won.getColumn(1).getInt64();
        m.won = money_at(won.getColumn(2));
    }
    // Refunds only exist on won deals; saying so lets SQLite use deal_won_by_client.
    SQLite::Statement refunds(db.sql(),
                              "SELECT substr(r.refunded_on, 1, 7), sum(r.base_amount) FROM deal d "
                              "JOIN refund r ON r.deal_id = d.id "
                              "WHERE d.client_id = ? AND d.stage = 'won' GROUP BY 1");
    refunds.bind(1, static_cast<std::int64_t>(client_id));
    while (refunds.executeStep()) months[refunds.getColumn(0).getString()].refunds = money_at(refunds.getColumn(1));
    SQLite::Statement touches(db.sql(),
                              "SELECT substr(touched_on, 1, 7), count(*) FROM touch WHERE client_id = ? GROUP BY 1");
    touches.bind(1, static_cast<std::int64_t>(client_id));
    while (touches.executeStep()) months[touches.getColumn(0).getString()].touches = touches.getColumn(1).getInt64();
    std::vector<ClientMonth> out;
    for (auto& [month, m] : months) {
        m.month = month;
        out.push_back(m);
    }
    return out;
}

}  // namespace acctool::store
