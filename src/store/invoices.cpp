#include "store/invoices.h"

#include <array>
#include <charconv>

#include <fmt/format.h>
#include <SQLiteCpp/Statement.h>

#include "core/errors.h"
#include "core/i18n.h"
#include "core/text.h"
#include "store/binding.h"
#include "store/rates.h"
#include "store/write_sql.h"
#include "store/rows.h"

namespace acctool::store {
namespace {

constexpr const char* k_invoice_select =
    "SELECT i.id, i.client_id, c.name, i.deal_id, i.number, i.amount, i.currency, i.issued_on, i.due_on, "
    "i.paid_amount, i.paid_on, i.base_amount FROM invoice i JOIN client c ON c.id = i.client_id ";

constexpr const char* k_payment_select =
    "SELECT p.id, p.invoice_id, p.amount, p.paid_on, p.currency, i.number, c.name, p.base_amount FROM payment p "
    "JOIN invoice i ON i.id = p.invoice_id JOIN client c ON c.id = i.client_id ";

PaymentRow payment_from_row(SQLite::Statement& q) {
    PaymentRow row;
    row.payment.id = q.getColumn(0).getInt64();
    row.payment.invoice_id = q.getColumn(1).getInt64();
    row.payment.amount = money_at(q.getColumn(2));
    row.payment.date = date_at(q.getColumn(3));
    row.currency = q.getColumn(4).getString();
    row.number = q.getColumn(5).getString();
    row.client_name = q.getColumn(6).getString();
    row.payment.base_amount = optional_money_at(q.getColumn(7));
    return row;
}

void require_free_number(Database& db, const Invoice& invoice) {
    if (invoice.number.empty()) return;
    SQLite::Statement dup(db.sql(), "SELECT id FROM invoice WHERE number = ? AND id <> ?");
    dup.bind(1, invoice.number);
    dup.bind(2, static_cast<std::int64_t>(invoice.id));
    if (dup.executeStep())
        throw Conflict(trf("invoice number '{}' is already taken by invoice {}", invoice.number,
                                   dup.getColumn(0).getInt64()));
}

// paid_amount and paid_on from the invoice's payments: paid_on is the latest payment's
// date once they cover the amount (see insert_payment).
void refresh_paid(Database& db, Id invoice_id) {
    SQLite::Statement q(db.sql(),
                        "UPDATE invoice SET "
                        "paid_amount = (SELECT coalesce(sum(amount), 0) FROM payment WHERE invoice_id = ?1), "
                        "paid_on = CASE WHEN (SELECT coalesce(sum(amount), 0) FROM payment WHERE invoice_id = ?1) "
                        ">= amount THEN (SELECT max(paid_on) FROM payment WHERE invoice_id = ?1) END WHERE id = ?1");
    q.bind(1, static_cast<std::int64_t>(invoice_id));
    q.exec();
}

}  // namespace

void bind_invoice_fields(SQLite::Statement& q, const Invoice& i, std::optional<Money> base) {
    q.bind(1, static_cast<std::int64_t>(i.client_id));
    bind_optional_id(q, 2, i.deal_id);
    q.bindNoCopy(3, i.number);
    bind_money(q, 4, i.amount);
    q.bindNoCopy(5, i.currency);
    bind_date(q, 6, i.issued);
    bind_date(q, 7, i.due);
    bind_optional_money(q, 8, base);
}

void bind_invoice_insert(SQLite::Statement& q, const Invoice& i, std::optional<Money> base) {
    bind_invoice_fields(q, i, base);
    bind_money(q, 9, i.paid_amount);
    bind_optional_date(q, 10, i.paid_on);
    if (i.id > 0) q.bind(11, static_cast<std::int64_t>(i.id));
    else q.bind(11);
}

Id insert_invoice(Database& db, const Invoice& invoice) {
    require_free_number(db, invoice);
    SQLite::Statement q(db.sql(), k_insert_invoice);
    bind_invoice_insert(q, invoice, base_of(db, invoice.currency, invoice.amount, invoice.issued));
    q.exec();
    return db.sql().getLastInsertRowid();
}

Invoice get_invoice(Database& db, Id id) {
    SQLite::Statement q(db.sql(), std::string(k_invoice_select) + "WHERE i.id = ?");
    q.bind(1, static_cast<std::int64_t>(id));
    if (!q.executeStep()) throw NotFound(trf("no invoice with id {}", id));
    return invoice_from_row(q);
}

Invoice resolve_invoice(Database& db, std::string_view ref) {
    const std::string text(trim(ref));
    Id id = 0;
    auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), id);
    if (ec == std::errc{} && end == text.data() + text.size() && !text.empty()) {
        SQLite::Statement q(db.sql(), std::string(k_invoice_select) + "WHERE i.id = ?");
        q.bind(1, static_cast<std::int64_t>(id));
        if (q.executeStep()) return invoice_from_row(q);
    }
    SQLite::Statement q(db.sql(), std::string(k_invoice_select) + "WHERE i.number = ? AND i.number <> ''");
    q.bind(1, text);
    if (q.executeStep()) return invoice_from_row(q);
    throw NotFound(trf("no invoice has the id or number '{}'", text));
}

void update_invoice(Database& db, const Invoice& invoice) {
    require_free_number(db, invoice);
    SQLite::Statement q(db.sql(), k_update_invoice);
    bind_invoice_fields(q, invoice, base_of(db, invoice.currency, invoice.amount, invoice.issued));
    q.bind(9, static_cast<std::int64_t>(invoice.id));
    if (q.exec() == 0) throw NotFound(trf("no invoice with id {}", invoice.id));
    refresh_paid(db, invoice.id);
}

constexpr std::array<const char*, 2> k_delete_invoice_steps = {
    "DELETE FROM payment WHERE invoice_id = ?",
    "DELETE FROM invoice WHERE id = ?",
};

void delete_invoice(Database& db, Id id) {
    get_invoice(db, id);  // NotFound names the id
    for (std::size_t step = 0; step < k_delete_invoice_steps.size(); ++step) {
        SQLite::Statement q(db.sql(), k_delete_invoice_steps[step]);
        q.bind(1, static_cast<std::int64_t>(id));
        q.exec();
    }
}

PaymentRow get_payment(Database& db, Id id) {
    SQLite::Statement q(db.sql(), std::string(k_payment_select) + "WHERE p.id = ?");
    q.bind(1, static_cast<std::int64_t>(id));
    if (!q.executeStep()) throw NotFound(trf("no payment with id {}", id));
    return payment_from_row(q);
}

void delete_payment(Database& db, Id id) {
    const PaymentRow row = get_payment(db, id);
    SQLite::Statement q(db.sql(), "DELETE FROM payment WHERE id = ?");
    q.bind(1, static_cast<std::int64_t>(id));
    q.exec();
    refresh_paid(db, row.payment.invoice_id);
}

long payments_of_invoice(Database& db, Id invoice_id) {
    SQLite::Statement q(db.sql(), "SELECT count(*) FROM payment WHERE invoice_id = ?");
    q.bind(1, static_cast<std::int64_t>(invoice_id));
    q.executeStep();
    return q.getColumn(0).getInt64();
}

// Fixed text chosen by which filters are set, never by their values (see deals.cpp).
constexpr const char* k_payment_of_invoice = "AND p.invoice_id = ?1 ";
constexpr const char* k_payment_of_client = "AND i.client_id = ?2 ";
constexpr const char* k_payment_in_period = "AND p.paid_on BETWEEN ?3 AND ?4 ";

std::vector<PaymentRow> list_payments(Database& db, const PaymentFilter& f) {
    SQLite::Statement q(db.sql(), std::string(k_payment_select) + "WHERE 1 " +
                                      (f.invoice_id ? k_payment_of_invoice : "") +
                                      (f.client_id ? k_payment_of_client : "") +
                                      (f.period ? k_payment_in_period : "") + "ORDER BY p.paid_on, p.id");
    if (f.invoice_id) q.bind(1, static_cast<std::int64_t>(*f.invoice_id));
    if (f.client_id) q.bind(2, static_cast<std::int64_t>(*f.client_id));
    if (f.period) {
        bind_date(q, 3, f.period->first);
        bind_date(q, 4, f.period->last);
    }
    std::vector<PaymentRow> rows;
    while (q.executeStep()) rows.push_back(payment_from_row(q));
    return rows;
}

void bind_payment_insert(SQLite::Statement& q, const Payment& p, const std::string& currency,
                         std::optional<Money> base) {
    q.bind(1, static_cast<std::int64_t>(p.invoice_id));
    bind_money(q, 2, p.amount);
    q.bindNoCopy(3, currency);
    bind_date(q, 4, p.date);
    if (p.id > 0) q.bind(5, static_cast<std::int64_t>(p.id));
    else q.bind(5);
    bind_optional_money(q, 6, base);
}

void bind_settle_invoice(SQLite::Statement& q, const Payment& p) {
    bind_money(q, 1, p.amount);
    q.bind(2, static_cast<std::int64_t>(p.invoice_id));
}

Id insert_payment(Database& db, const Payment& payment, const std::string& currency) {
    SQLite::Statement q(db.sql(), k_insert_payment);
    bind_payment_insert(q, payment, currency, base_of(db, currency, payment.amount, payment.date));
    q.exec();
    const Id id = db.sql().getLastInsertRowid();
    SQLite::Statement settle(db.sql(), k_settle_invoice);
    bind_settle_invoice(settle, payment);
    settle.exec();
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
