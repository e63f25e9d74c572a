#include "store/exporter.h"

#include <SQLiteCpp/Statement.h>

#include "core/text.h"
#include "store/binding.h"
#include "store/rows.h"

namespace acctool::store {

ExportSnapshot::ExportSnapshot(Database& db) : m_db(db) { m_db.sql().exec("BEGIN"); }

ExportSnapshot::~ExportSnapshot() {
    try {
        m_db.sql().exec("COMMIT");
    } catch (...) {  // a read transaction has nothing to lose
    }
}

void each_client(Database& db, const std::function<void(const Client&)>& visit) {
    SQLite::Statement q(db.sql(), std::string("SELECT ") + k_client_columns + " FROM client c ORDER BY c.id");
    while (q.executeStep()) visit(client_from_row(q));
}

void each_contact(Database& db, const std::function<void(const Contact&)>& visit) {
    SQLite::Statement q(db.sql(), std::string(k_contact_select) + "ORDER BY k.id");
    while (q.executeStep()) visit(contact_from_row(q));
}

void each_deal(Database& db, const std::function<void(const Deal&)>& visit) {
    SQLite::Statement q(db.sql(), std::string("SELECT ") + k_deal_columns +
                                      " FROM deal d JOIN client c ON c.id = d.client_id ORDER BY d.id");
    while (q.executeStep()) visit(deal_from_row(q));
}

void each_touch(Database& db, const std::function<void(const Touch&)>& visit) {
    SQLite::Statement q(db.sql(),
                        "SELECT t.id, t.client_id, c.name, t.kind, t.touched_on, t.contact_id, k.name, t.summary, "
                        "t.next_action, t.next_date FROM touch t JOIN client c ON c.id = t.client_id "
                        "LEFT JOIN contact k ON k.id = t.contact_id ORDER BY t.id");
    Touch t;
    while (q.executeStep()) {
        t.id = q.getColumn(0).getInt64();
        t.client_id = q.getColumn(1).getInt64();
        t.client_name = q.getColumn(2).getString();
        t.kind = parse_touch_kind(q.getColumn(3).getString());
        t.date = date_at(q.getColumn(4));
        t.contact_id.reset();
        if (!q.getColumn(5).isNull()) t.contact_id = q.getColumn(5).getInt64();
        t.contact_name = q.getColumn(6).getString();
        t.summary = q.getColumn(7).getString();
        t.next_action = q.getColumn(8).getString();
        t.next_date = optional_date_at(q.getColumn(9));
        visit(t);
    }
}

void each_invoice(Database& db, const std::function<void(const Invoice&)>& visit) {
    // paid_on is the latest payment's date whenever something is paid, so that partial
    // payments survive export -> import.
    SQLite::Statement q(db.sql(),
                        "SELECT i.id, i.client_id, c.name, i.deal_id, i.number, i.amount, i.currency, i.issued_on, "
                        "i.due_on, i.paid_amount, CASE WHEN i.paid_amount > 0 THEN coalesce(i.paid_on, "
                        "(SELECT max(p.paid_on) FROM payment p WHERE p.invoice_id = i.id)) END, i.base_amount "
                        "FROM invoice i JOIN client c ON c.id = i.client_id ORDER BY i.id");
    while (q.executeStep()) visit(invoice_from_row(q));
}

void each_refund(Database& db, const std::function<void(const Refund&)>& visit) {
    SQLite::Statement q(db.sql(), "SELECT id, deal_id, amount, currency, refunded_on, reason, base_amount FROM refund ORDER BY id");
    Refund r;
    while (q.executeStep()) {
        r.id = q.getColumn(0).getInt64();
        r.deal_id = q.getColumn(1).getInt64();
        r.amount = Money{q.getColumn(2).getInt64()};
        r.currency = q.getColumn(3).getString();
        r.date = date_at(q.getColumn(4));
        r.reason = q.getColumn(5).getString();
        r.base_amount = optional_money_at(q.getColumn(6));
        visit(r);
    }
}

void each_payment(Database& db, const std::function<void(const Payment&, const std::string& number,
                                                         const std::string& currency)>& visit) {
    SQLite::Statement q(db.sql(),
                        "SELECT p.id, p.invoice_id, p.amount, p.paid_on, i.number, p.currency, p.base_amount FROM payment p "
                        "JOIN invoice i ON i.id = p.invoice_id ORDER BY p.id");
    Payment p;
    while (q.executeStep()) {
        p.id = q.getColumn(0).getInt64();
        p.invoice_id = q.getColumn(1).getInt64();
        p.amount = Money{q.getColumn(2).getInt64()};
        p.date = date_at(q.getColumn(3));
        p.base_amount = optional_money_at(q.getColumn(6));
        visit(p, q.getColumn(4).getString(), q.getColumn(5).getString());
    }
}

}  // namespace acctool::store
