#include "store/exporter.h"

#include <SQLiteCpp/Statement.h>

#include "core/text.h"
#include "store/binding.h"

namespace acctool::store {

void each_client(Database& db, const std::function<void(const Client&)>& visit) {
    SQLite::Statement q(db.sql(),
                        "SELECT id, name, tier, status, industry, region, tags, cadence_days, credit_limit, "
                        "payment_terms_days, notes, currency FROM client ORDER BY id");
    Client c;
    while (q.executeStep()) {
        c.id = q.getColumn(0).getInt64();
        c.name = q.getColumn(1).getString();
        c.tier = q.getColumn(2).getString();
        c.status = parse_client_status(q.getColumn(3).getString());
        c.industry = q.getColumn(4).getString();
        c.region = q.getColumn(5).getString();
        c.tags = split_list(q.getColumn(6).getString());
        c.cadence_days = optional_int_at(q.getColumn(7));
        c.credit_limit = optional_money_at(q.getColumn(8));
        c.payment_terms_days = optional_int_at(q.getColumn(9));
        c.notes = q.getColumn(10).getString();
        c.currency = q.getColumn(11).getString();
        visit(c);
    }
}

void each_contact(Database& db, const std::function<void(const Contact&)>& visit) {
    SQLite::Statement q(db.sql(),
                        "SELECT k.id, k.client_id, c.name, k.name, k.role, k.decision_maker, k.email, k.phone, "
                        "k.birthday, k.notes FROM contact k JOIN client c ON c.id = k.client_id ORDER BY k.id");
    Contact k;
    while (q.executeStep()) {
        k.id = q.getColumn(0).getInt64();
        k.client_id = q.getColumn(1).getInt64();
        k.client_name = q.getColumn(2).getString();
        k.name = q.getColumn(3).getString();
        k.role = q.getColumn(4).getString();
        k.decision_maker = q.getColumn(5).getInt() != 0;
        k.email = q.getColumn(6).getString();
        k.phone = q.getColumn(7).getString();
        k.birthday.reset();
        if (!q.getColumn(8).isNull()) k.birthday = parse_birthday(q.getColumn(8).getString());
        k.notes = q.getColumn(9).getString();
        visit(k);
    }
}

void each_deal(Database& db, const std::function<void(const Deal&)>& visit) {
    SQLite::Statement q(db.sql(),
                        "SELECT d.id, d.client_id, c.name, d.title, d.amount, d.currency, d.stage, d.probability, "
                        "d.product, d.kind, d.expected_close, d.closed_on, d.lost_reason "
                        "FROM deal d JOIN client c ON c.id = d.client_id ORDER BY d.id");
    Deal d;
    while (q.executeStep()) {
        d.id = q.getColumn(0).getInt64();
        d.client_id = q.getColumn(1).getInt64();
        d.client_name = q.getColumn(2).getString();
        d.title = q.getColumn(3).getString();
        d.amount = money_at(q.getColumn(4));
        d.currency = q.getColumn(5).getString();
        d.stage = q.getColumn(6).getString();
        d.probability.reset();
        if (!q.getColumn(7).isNull()) d.probability = q.getColumn(7).getDouble();
        d.product = q.getColumn(8).getString();
        d.kind = parse_deal_kind(q.getColumn(9).getString());
        d.expected_close = optional_date_at(q.getColumn(10));
        d.closed_on = optional_date_at(q.getColumn(11));
        d.lost_reason = q.getColumn(12).getString();
        visit(d);
    }
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
    SQLite::Statement q(db.sql(),
                        "SELECT i.id, i.client_id, c.name, i.number, i.amount, i.currency, i.issued_on, i.due_on, "
                        "i.paid_amount, CASE WHEN i.paid_amount > 0 THEN coalesce(i.paid_on, "
                        "(SELECT max(p.paid_on) FROM payment p WHERE p.invoice_id = i.id)) END "
                        "FROM invoice i JOIN client c ON c.id = i.client_id ORDER BY i.id");
    Invoice inv;
    while (q.executeStep()) {
        inv.id = q.getColumn(0).getInt64();
        inv.client_id = q.getColumn(1).getInt64();
        inv.client_name = q.getColumn(2).getString();
        inv.number = q.getColumn(3).getString();
        inv.amount = money_at(q.getColumn(4));
        inv.currency = q.getColumn(5).getString();
        inv.issued = date_at(q.getColumn(6));
        inv.due = date_at(q.getColumn(7));
        inv.paid_amount = money_at(q.getColumn(8));
        inv.paid_on = optional_date_at(q.getColumn(9));
        visit(inv);
    }
}

}  // namespace acctool::store
