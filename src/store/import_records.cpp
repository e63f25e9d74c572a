// ImportStore's writes of refunds, payments, follow-ups and cases, and its questions by id.
#include <fmt/format.h>

#include "store/binding.h"
#include "store/followups.h"
#include "store/importer.h"
#include "store/rates.h"
#include "store/write_sql.h"

namespace acctool::store {
namespace {

constexpr const char* k_import_plurals[] = {"clients", "contacts", "deals",    "refunds", "touches",
                                            "follow-ups", "invoices", "payments", "cases"};
constexpr int k_import_table_count = 9;

}  // namespace

std::vector<std::pair<std::string, long>> record_counts(Database& db) {
    std::vector<std::pair<std::string, long>> counts;
    for (int t = 0; t < k_import_table_count; ++t) {
        SQLite::Statement q(db.sql(), fmt::format("SELECT count(*) FROM {}", k_import_tables[t]));
        q.executeStep();
        counts.emplace_back(k_import_plurals[t], q.getColumn(0).getInt64());
    }
    return counts;
}

Id ImportStore::max_id(ImportTable table) {
    const int t = static_cast<int>(table);
    SQLite::Statement q(m_db.sql(), fmt::format("SELECT coalesce(max(id), 0) FROM {}", k_import_tables[t]));
    q.executeStep();
    return q.getColumn(0).getInt64();
}

bool ImportStore::has_id(ImportTable table, Id id) {
    const int t = static_cast<int>(table);
    SQLite::Statement q(m_db.sql(), fmt::format("SELECT 1 FROM {} WHERE id = ?1", k_import_tables[t]));
    q.bind(1, static_cast<std::int64_t>(id));
    return q.executeStep();
}

void ImportStore::set_status_before_archive(Id client_id, ClientStatus status) {
    SQLite::Statement q(m_db.sql(), "UPDATE client SET status_before_archive = ? WHERE id = ?");
    q.bind(1, std::string(to_string(status)));
    q.bind(2, static_cast<std::int64_t>(client_id));
    q.exec();
}

Id ImportStore::add_refund(const Refund& r) {
    auto& q = prepared(m_insert_refund, m_db, k_insert_refund);
    bind_refund_insert(q, r, base_of(m_db, r.currency, r.amount, r.date));
    q.exec();
    return m_db.sql().getLastInsertRowid();
}

// As insert_payment does: the invoice's paid amount grows, and its settling day is its
// latest payment's once the whole amount is paid.
Id ImportStore::add_payment(const Payment& p, const std::string& currency) {
    auto& q = prepared(m_add_payment, m_db, k_insert_payment);
    bind_payment_insert(q, p, currency, base_of(m_db, currency, p.amount, p.date));
    q.exec();
    const Id id = m_db.sql().getLastInsertRowid();
    auto& settle = prepared(m_settle, m_db, k_settle_invoice);
    bind_settle_invoice(settle, p);
    settle.exec();
    return id;
}

Id ImportStore::add_followup(const FollowUp& f) {
    auto& q = prepared(m_insert_followup, m_db,
                       "INSERT INTO followup(client_id, due_on, action, contact_id, touch_id, state, closed_on, closed_by, "
                       "id) VALUES (?,?,?,?,?,?,?,?,?)");
    bind_followup_fields(q, f);
    bind_own_id(q, 9, f.id);
    q.exec();
    return m_db.sql().getLastInsertRowid();
}

Id ImportStore::add_case(const SupportCase& c) {
    auto& q = prepared(m_insert_case, m_db,
                       "INSERT INTO support_case(client_id, opened_at, first_response_at, resolved_at, severity, summary, "
                       "id, resolution_note) VALUES (?,?,?,?,?,?,?,?)");
    q.bind(1, static_cast<std::int64_t>(c.client_id));
    q.bindNoCopy(2, c.opened_at);
    if (c.first_response_at.empty()) q.bind(3);
    else q.bindNoCopy(3, c.first_response_at);
    if (c.resolved_at.empty()) q.bind(4);
    else q.bindNoCopy(4, c.resolved_at);
    q.bind(5, std::string(to_string(c.severity)));
    q.bindNoCopy(6, c.summary);
    bind_own_id(q, 7, c.id);
    q.bindNoCopy(8, c.resolution_note);
    q.exec();
    return m_db.sql().getLastInsertRowid();
}

// The keys of refunds (deal, date, amount), payments (invoice, date, amount), follow-ups
// (client, due day, action) and cases (client, opening time, summary), each probe through
// an index of its table.
std::optional<Id> ImportStore::find_refund(const Refund& r) {
    SQLite::Statement q(m_db.sql(), "SELECT id FROM refund WHERE deal_id = ? AND amount = ? AND refunded_on = ? LIMIT 1");
    q.bind(1, static_cast<std::int64_t>(r.deal_id));
    bind_money(q, 2, r.amount);
    bind_date(q, 3, r.date);
    if (!q.executeStep()) return std::nullopt;
    return q.getColumn(0).getInt64();
}

std::optional<Id> ImportStore::find_payment(const Payment& p) {
    SQLite::Statement q(m_db.sql(), "SELECT id FROM payment WHERE invoice_id = ? AND paid_on = ? AND amount = ? LIMIT 1");
    q.bind(1, static_cast<std::int64_t>(p.invoice_id));
    bind_date(q, 2, p.date);
    bind_money(q, 3, p.amount);
    if (!q.executeStep()) return std::nullopt;
    return q.getColumn(0).getInt64();
}

std::optional<Id> ImportStore::find_followup(const FollowUp& f) {
    SQLite::Statement q(m_db.sql(), "SELECT id FROM followup WHERE client_id = ? AND due_on = ? AND action = ? LIMIT 1");
    q.bind(1, static_cast<std::int64_t>(f.client_id));
    bind_date(q, 2, f.due);
    q.bind(3, f.action);
    if (!q.executeStep()) return std::nullopt;
    return q.getColumn(0).getInt64();
}

std::optional<Id> ImportStore::find_case(const SupportCase& c) {
    SQLite::Statement q(m_db.sql(),
                        "SELECT id FROM support_case WHERE opened_at = ? AND client_id = ? AND summary = ? LIMIT 1");
    q.bind(1, c.opened_at);
    q.bind(2, static_cast<std::int64_t>(c.client_id));
    q.bind(3, c.summary);
    if (!q.executeStep()) return std::nullopt;
    return q.getColumn(0).getInt64();
}

}  // namespace acctool::store
