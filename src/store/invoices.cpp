#include "store/invoices.h"

#include <fmt/format.h>
#include <SQLiteCpp/Statement.h>

#include "core/errors.h"
#include "store/binding.h"
#include "store/rows.h"

namespace acctool::store {
namespace {

constexpr const char* k_invoice_select =
    "SELECT i.id, i.client_id, c.name, i.deal_id, i.number, i.amount, i.currency, i.issued_on, i.due_on, "
    "i.paid_amount, i.paid_on FROM invoice i JOIN client c ON c.id = i.client_id ";

}  // namespace

Id insert_invoice(Database& db, const Invoice& invoice) {
    if (!invoice.number.empty()) {
        SQLite::Statement dup(db.sql(), "SELECT id FROM invoice WHERE number = ?");
        dup.bind(1, invoice.number);
        if (dup.executeStep())
            throw Conflict(fmt::format("invoice number '{}' is already taken by invoice {}", invoice.number,
                                       dup.getColumn(0).getInt64()));
    }
    SQLite::Statement q(db.sql(),
                        "INSERT INTO invoice(client_id, deal_id, number, amount, currency, issued_on, due_on, "
                        "paid_amount, paid_on) VALUES (?,?,?,?,?,?,?,?,?)");
    q.bind(1, static_cast<std::int64_t>(invoice.client_id));
    if (invoice.deal_id) q.bind(2, static_cast<std::int64_t>(*invoice.deal_id));
    else q.bind(2);
    q.bind(3, invoice.number);
    bind_money(q, 4, invoice.amount);
    q.bind(5, invoice.currency);
    bind_date(q, 6, invoice.issued);
    bind_date(q, 7, invoice.due);
    bind_money(q, 8, invoice.paid_amount);
    bind_optional_date(q, 9, invoice.paid_on);
    q.exec();
    return db.sql().getLastInsertRowid();
}

Invoice get_invoice(Database& db, Id id) {
    SQLite::Statement q(db.sql(), std::string(k_invoice_select) + "WHERE i.id = ?");
    q.bind(1, static_cast<std::int64_t>(id));
    if (!q.executeStep()) throw NotFound(fmt::format("no invoice with id {}", id));
    return invoice_from_row(q);
}

Id insert_payment(Database& db, const Payment& payment, const std::string& currency) {
    SQLite::Statement q(db.sql(), "INSERT INTO payment(invoice_id, amount, currency, paid_on) VALUES (?,?,?,?)");
    q.bind(1, static_cast<std::int64_t>(payment.invoice_id));
    bind_money(q, 2, payment.amount);
    q.bind(3, currency);
    bind_date(q, 4, payment.date);
    q.exec();
    const Id id = db.sql().getLastInsertRowid();
    // paid_on is the day the invoice was settled: its latest payment, which is not the one
    // entered last when payments are entered out of date order (receivables as of a date
    // rely on it: an invoice settled on or before that day had no payment after it).
    SQLite::Statement cache(db.sql(),
                            "UPDATE invoice SET paid_amount = paid_amount + ?1, "
                            "paid_on = CASE WHEN paid_amount + ?1 >= amount "
                            "THEN (SELECT max(paid_on) FROM payment WHERE invoice_id = ?2) END WHERE id = ?2");
    bind_money(cache, 1, payment.amount);
    cache.bind(2, static_cast<std::int64_t>(payment.invoice_id));
    cache.exec();
    return id;
}

// Fixed text chosen by which filters are set (see list_deals): SQLite then sees
// "i.client_id = ?" and "i.paid_amount < i.amount" and reads a client's open invoices
// from invoice_open_by_client instead of every invoice the client ever had.
const std::string k_invoice_of_client = "WHERE i.client_id = ?1 ";
const std::string k_invoice_of_all = "WHERE 1 ";
const std::string k_invoice_open = "AND i.paid_amount < i.amount ";
const std::string k_invoice_overdue = "AND i.due_on < ?2 ";

std::vector<Invoice> list_invoices(Database& db, const InvoiceFilter& f) {
    const bool open = f.open_only || f.overdue_on;
    SQLite::Statement q(db.sql(), std::string(k_invoice_select) + (f.client_id ? k_invoice_of_client : k_invoice_of_all) +
                                      (open ? k_invoice_open : "") + (f.overdue_on ? k_invoice_overdue : "") +
                                      "ORDER BY i.due_on, i.id");
    if (f.client_id) q.bind(1, static_cast<std::int64_t>(*f.client_id));
    if (f.overdue_on) bind_date(q, 2, *f.overdue_on);
    std::vector<Invoice> invoices;
    while (q.executeStep()) invoices.push_back(invoice_from_row(q));
    return invoices;
}

}  // namespace acctool::store
