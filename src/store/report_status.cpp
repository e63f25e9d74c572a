// The state of the portfolio today: the pipeline (partial index deal_open), receivables
// (invoice_open), touches per client (touch_by_client, touch_by_date) and each client's
// standing for `report portfolio`.
#include <map>

#include <SQLiteCpp/Statement.h>
#include <fmt/format.h>

#include "core/report_math.h"
#include "store/binding.h"
#include "store/open_invoices.h"
#include "store/rows.h"
#include "store/report_queries.h"

namespace acctool::store {
namespace {

std::optional<double> optional_real_at(const SQLite::Column& c) {
    if (c.isNull()) return std::nullopt;
    return c.getDouble();
}

Client client_basics(SQLite::Statement& q) {
    Client c;
    c.id = q.getColumn(0).getInt64();
    c.name = q.getColumn(1).getString();
    c.tier = q.getColumn(2).getString();
    c.status = parse_client_status(q.getColumn(3).getString());
    c.cadence_days = optional_int_at(q.getColumn(4));
    return c;
}

}  // namespace

std::vector<OpenDealGroup> open_deal_groups(Database& db, Date today) {
    SQLite::Statement q(db.sql(),
                        "SELECT stage, probability, count(*), sum(acct_base(currency, amount, ?1)) FROM deal "
                        "WHERE stage NOT IN ('won', 'lost') GROUP BY stage, probability ORDER BY stage, probability");
    bind_date(q, 1, today);
    std::vector<OpenDealGroup> out;
    while (q.executeStep())
        out.push_back({q.getColumn(0).getString(), optional_real_at(q.getColumn(1)), money_at(q.getColumn(3)),
                       q.getColumn(2).getInt64()});
    return out;
}

std::vector<DealListing> open_deals(Database& db) {
    SQLite::Statement q(db.sql(), std::string(k_deal_select) + "WHERE d.stage NOT IN ('won', 'lost') ORDER BY d.id");
    std::vector<DealListing> out;
    while (q.executeStep()) out.push_back({deal_from_row(q), optional_date_at(q.getColumn(17))});
    return out;
}

std::vector<ExpectedClose> expected_closes(Database& db, const Period& period, Date today) {
    SQLite::Statement q(db.sql(),
                        "SELECT expected_close, stage, probability, sum(acct_base(currency, amount, ?3)) FROM deal "
                        "WHERE stage NOT IN ('won', 'lost') AND expected_close BETWEEN ?1 AND ?2 "
                        "GROUP BY 1, 2, 3");
    bind_date(q, 1, period.first);
    bind_date(q, 2, period.last);
    bind_date(q, 3, today);
    std::vector<ExpectedClose> out;
    while (q.executeStep())
        out.push_back({date_at(q.getColumn(0)), q.getColumn(1).getString(), optional_real_at(q.getColumn(2)),
                       money_at(q.getColumn(3))});
    return out;
}

void bind_open_invoices_as_of(Database& db, SQLite::Statement& q, Date as_of) {
    SQLite::Statement later(db.sql(), "SELECT EXISTS (SELECT 1 FROM payment WHERE paid_on > ?1)");
    bind_date(later, 1, as_of);
    later.executeStep();
    bind_date(q, 1, as_of);
    q.bind(2, later.getColumn(0).getInt() == 0 ? 1 : 0);
}

std::vector<ClientAging> receivables_aging(Database& db, Date today) {
    // Open amounts as of `today` per client and due date (a few rows each), bucketed by
    // days past due.
    SQLite::Statement q(db.sql(), fmt::format("SELECT c.name, x.due_on, x.open FROM "
                                              "(SELECT client_id, due_on, sum(open) AS open FROM {} "
                                              " GROUP BY client_id, due_on HAVING open > 0) x "
                                              "JOIN client c ON c.id = x.client_id ORDER BY c.name_key, c.id, x.due_on",
                                              k_open_invoices_as_of));
    bind_open_invoices_as_of(db, q, today);
    std::vector<ClientAging> out;
    while (q.executeStep()) {
        const std::string name = q.getColumn(0).getString();
        if (out.empty() || out.back().client != name) out.push_back({name, {}, {}, {}, {}, {}});
        ClientAging& a = out.back();
        const Money open = money_at(q.getColumn(2));
        switch (aging_bucket(days_between(date_at(q.getColumn(1)), today))) {
            case AgingBucket::Current: a.current += open; break;
            case AgingBucket::Days1To30: a.d1_30 += open; break;
            case AgingBucket::Days31To60: a.d31_60 += open; break;
            case AgingBucket::Days61To90: a.d61_90 += open; break;
            case AgingBucket::Days90Plus: a.d90_plus += open; break;
        }
    }
    return out;
}

std::vector<ClientActivity> client_activity(Database& db, const Period& period, Date as_of) {
    SQLite::Statement q(db.sql(),
                        "SELECT c.id, c.name, c.tier, c.status, c.cadence_days, "
                        "coalesce(p.n, 0), coalesce(p.calls, 0), coalesce(p.visits, 0), "
                        "(SELECT max(t.touched_on) FROM touch t WHERE t.client_id = c.id AND t.touched_on <= ?3) "
                        "FROM client c LEFT JOIN "
                        "(SELECT client_id, count(*) AS n, sum(kind = 'call') AS calls, sum(kind = 'visit') AS visits "
                        " FROM touch WHERE touched_on BETWEEN ?1 AND ?2 GROUP BY client_id) p ON p.client_id = c.id "
                        "WHERE c.status <> 'archived' ORDER BY c.name_key, c.id");
    bind_date(q, 1, period.first);
    bind_date(q, 2, period.last);
    bind_date(q, 3, as_of);
    std::vector<ClientActivity> out;
    while (q.executeStep())
        out.push_back({client_basics(q), q.getColumn(5).getInt64(), q.getColumn(6).getInt64(),
                       q.getColumn(7).getInt64(), optional_date_at(q.getColumn(8))});
    return out;
}

std::vector<ClientStanding> client_standings(Database& db, Date today, int stale_after_days) {
    SQLite::Statement q(
        db.sql(),
        "SELECT c.id, c.name, c.tier, c.status, c.cadence_days, "
        "(SELECT max(d.closed_on) FROM deal d WHERE d.client_id = c.id AND d.stage = 'won' AND d.closed_on <= ?1), "
        "(SELECT max(t.touched_on) FROM touch t WHERE t.client_id = c.id AND t.touched_on <= ?1), "
        "(SELECT coalesce(sum(acct_base(d.currency, d.amount, ?1)), 0) FROM deal d "
        "  WHERE d.client_id = c.id AND d.stage NOT IN ('won', 'lost')), "
        "(SELECT coalesce(sum(acct_scale(i.base_amount, i.amount - i.paid_amount, i.amount)), 0) FROM invoice i "
        "  WHERE i.client_id = c.id AND i.paid_amount < i.amount AND i.due_on < ?1), "
        "EXISTS (SELECT 1 FROM support_case s WHERE s.client_id = c.id AND s.resolved_at IS NULL), "
        // The most stale open deal of the client: the earliest expected close and the
        // earliest stage change (the client's last touch is the same for all its deals).
        "(SELECT min(d.expected_close) FROM deal d WHERE d.client_id = c.id AND d.stage NOT IN ('won', 'lost')), "
        "(SELECT min(d.stage_changed_on) FROM deal d WHERE d.client_id = c.id AND d.stage NOT IN ('won', 'lost')), "
        // The first order: the first won deal, or the customer-since date when earlier.
        "nullif(min(coalesce(c.customer_since, '9999-12-31'), "
        "    coalesce((SELECT min(f.won_on) FROM first_won f WHERE f.client_id = c.id), '9999-12-31')), '9999-12-31') "
        "FROM client c WHERE c.status <> 'archived' ORDER BY c.name_key, c.id");
    bind_date(q, 1, today);
    std::vector<ClientStanding> out;
    while (q.executeStep()) {
        ClientStanding s{client_basics(q), optional_date_at(q.getColumn(5)), optional_date_at(q.getColumn(6)),
                         money_at(q.getColumn(7)), optional_date_at(q.getColumn(12)), money_at(q.getColumn(8)),
                         false, q.getColumn(9).getInt() != 0};
        if (auto changed = optional_date_at(q.getColumn(11)))
            s.stale_deal = is_stale(optional_date_at(q.getColumn(10)), *changed, s.last_touch, today, stale_after_days);
        out.push_back(std::move(s));
    }
    return out;
}

}  // namespace acctool::store
