// Revenue aggregations: sales by key, revenue per client and month, a client's history.
// Won amounts come from the partial index deal_won_by_date (a range scan on closed_on that
// never reads the table); refunds from refund_by_date, joined to their deal by id.
#include <map>

#include <fmt/format.h>
#include <SQLiteCpp/Statement.h>

#include "store/binding.h"
#include "store/report_queries.h"

namespace acctool::store {
namespace {

// How a sales key is computed: inside the per-deal aggregation (on `deal d`, and for
// refunds on `refund r`), then outside it, where the client's fields are joined once per
// group instead of once per deal.
struct KeySql {
    const char* deal_key;    // over deal d
    const char* refund_key;  // over refund r joined to deal d
    const char* outer_key;   // over the grouped x(k, ...) and, when joined, client c
    bool join_client;
};

KeySql key_sql(SalesKey key) {
    switch (key) {
        case SalesKey::Client: return {"d.client_id", "d.client_id", "c.name", true};
        case SalesKey::Tier: return {"d.client_id", "d.client_id", "c.tier", true};
        case SalesKey::Region: return {"d.client_id", "d.client_id", "c.region", true};
        case SalesKey::Product: return {"d.product", "d.product", "x.k", false};
        case SalesKey::Kind: return {"d.kind", "d.kind", "x.k", false};
        case SalesKey::Month:
        case SalesKey::Week: return {"d.closed_on", "r.refunded_on", "x.k", false};
    }
    return {"d.client_id", "d.client_id", "c.name", true};
}

std::string grouped(const KeySql& k, const std::string& inner) {
    return fmt::format("SELECT {}, sum(x.n), sum(x.s) FROM ({}) x {} GROUP BY 1", k.outer_key, inner,
                       k.join_client ? "JOIN client c ON c.id = x.k" : "");
}

// INDEXED BY: on a database without ANALYZE statistics SQLite may pick deal_closed_by_date,
// which is not covering; deal_won_by_date answers the query from the index alone.
std::string won_sql(const char* key) {
    return fmt::format(
        "SELECT {} AS k, count(*) AS n, sum(d.amount) AS s FROM deal d INDEXED BY deal_won_by_date "
        "WHERE d.stage = 'won' AND d.closed_on BETWEEN ?1 AND ?2 GROUP BY k",
        key);
}

std::string refund_sql(const char* key) {
    return fmt::format(
        "SELECT {} AS k, 0 AS n, sum(r.amount) AS s FROM refund r JOIN deal d ON d.id = r.deal_id "
        "WHERE r.refunded_on BETWEEN ?1 AND ?2 GROUP BY k",
        key);
}

void bind_period(SQLite::Statement& q, const Period& p) {
    bind_date(q, 1, p.first);
    bind_date(q, 2, p.last);
}

}  // namespace

std::vector<SalesTotals> sales_totals(Database& db, const Period& period, SalesKey key) {
    const KeySql k = key_sql(key);
    std::map<std::string, SalesTotals> by_key;
    SQLite::Statement won(db.sql(), grouped(k, won_sql(k.deal_key)));
    bind_period(won, period);
    while (won.executeStep()) {
        auto& t = by_key[won.getColumn(0).getString()];
        t.deals += won.getColumn(1).getInt64();
        t.won += money_at(won.getColumn(2));
    }
    SQLite::Statement refunds(db.sql(), grouped(k, refund_sql(k.refund_key)));
    bind_period(refunds, period);
    while (refunds.executeStep()) by_key[refunds.getColumn(0).getString()].refunds += money_at(refunds.getColumn(2));
    std::vector<SalesTotals> out;
    for (auto& [name, totals] : by_key) {
        totals.key = name;
        out.push_back(totals);
    }
    return out;
}

std::vector<ClientMonthRevenue> client_month_revenue(Database& db, const Period& period) {
    const char* k = "d.client_id || '|' || substr({}, 1, 7)";
    std::map<std::pair<Id, std::string>, Money> sums;
    for (bool refunds : {false, true}) {
        const std::string key = fmt::format(fmt::runtime(k), refunds ? "r.refunded_on" : "d.closed_on");
        SQLite::Statement q(db.sql(), refunds ? refund_sql(key.c_str()) : won_sql(key.c_str()));
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
    std::vector<ClientMonthRevenue> out;
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
        SQLite::Statement q(db.sql(), refunds ? refund_sql("d.client_id") : won_sql("d.client_id"));
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
                          "SELECT substr(closed_on, 1, 7), count(*), sum(amount) FROM deal "
                          "WHERE client_id = ? AND stage = 'won' GROUP BY 1");
    won.bind(1, static_cast<std::int64_t>(client_id));
    while (won.executeStep()) {
        auto& m = months[won.getColumn(0).getString()];
        m.deals = won.getColumn(1).getInt64();
        m.won = money_at(won.getColumn(2));
    }
    // Refunds only exist on won deals; saying so lets SQLite use deal_won_by_client.
    SQLite::Statement refunds(db.sql(),
                              "SELECT substr(r.refunded_on, 1, 7), sum(r.amount) FROM deal d "
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
