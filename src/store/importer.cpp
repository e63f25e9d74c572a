#include "store/importer.h"

#include <fmt/format.h>

#include "core/currency.h"
#include "core/errors.h"
#include "core/i18n.h"
#include "core/names.h"
#include "core/text.h"
#include "store/binding.h"
#include "store/rates.h"
#include "store/write_sql.h"
#include "store/clients.h"
#include "store/contacts.h"

namespace acctool::store {
namespace {

std::string contact_key(Id client_id, const std::string& key) {
    return std::to_string(client_id) + ":" + key;
}

}  // namespace

SQLite::Statement& prepared(std::optional<SQLite::Statement>& slot, Database& db, const char* sql) {
    if (!slot) slot.emplace(db.sql(), sql);
    slot->reset();
    slot->clearBindings();
    return *slot;
}

void bind_own_id(SQLite::Statement& q, int index, Id id) {
    if (id > 0) q.bind(index, static_cast<std::int64_t>(id));
    else q.bind(index);
}

// A row inserted by the shared insert functions (which let SQLite choose) takes the id
// the file gives it: nothing refers to it yet.
Id ImportStore::renumber(ImportTable table, Id chosen, Id wanted) {
    if (wanted <= 0 || wanted == chosen) return chosen;
    const int t = static_cast<int>(table);
    SQLite::Statement q(m_db.sql(), fmt::format("UPDATE {} SET id = ?1 WHERE id = ?2", k_import_tables[t]));
    q.bind(1, static_cast<std::int64_t>(wanted));
    q.bind(2, static_cast<std::int64_t>(chosen));
    q.exec();
    return wanted;
}

// A large page cache for this connection: an import below the bulk size (see
// begin_bulk_load) updates the indexes row by row, in an order unlike the table's, and with
// the default 2 MB cache every insert would spill index pages to the WAL and read them
// back. Memory is only taken as pages are touched, and bulk loads shrink it again.
ImportStore::ImportStore(Database& db) : m_db(db) { m_db.sql().exec("PRAGMA cache_size = -262144"); }

void ImportStore::remember_client(const std::string& name, const std::string& key, Id id) {
    m_client_by_key.emplace(fold_case(name), id);
    if (auto [it, added] = m_client_by_match.emplace(key, id); !added) it->second = 0;
    m_client_match_keys.push_back(key);
    m_client_labels.push_back(name_label(name, id));
}

void ImportStore::load_clients() {
    SQLite::Statement q(m_db.sql(), "SELECT name, match_key, id FROM client ORDER BY name_key, id");
    while (q.executeStep())
        remember_client(q.getColumn(0).getString(), q.getColumn(1).getString(), q.getColumn(2).getInt64());
    m_clients_loaded = true;
}

std::optional<Id> ImportStore::find_client(const std::string& name) {
    if (auto it = m_client_by_text.find(name); it != m_client_by_text.end()) return it->second;
    if (!m_clients_loaded) load_clients();
    std::optional<Id> found;
    if (auto it = m_client_by_key.find(fold_case(name)); it != m_client_by_key.end()) found = it->second;
    else if (auto by_key = m_client_by_match.find(match_key(name)); by_key != m_client_by_match.end() && by_key->second)
        found = by_key->second;
    if (found) m_client_by_text.emplace(name, *found);
    return found;
}

std::vector<std::string> ImportStore::near_clients(const std::string& name, bool near_duplicates) {
    if (!m_clients_loaded) load_clients();
    const std::string key = match_key(name);
    std::vector<std::string> near;
    for (std::size_t i = 0; i < m_client_match_keys.size(); ++i)
        if (m_client_match_keys[i] == key) near.push_back(m_client_labels[i]);
    if (!near.empty()) return near;
    if (!near_duplicates) {
        for (std::size_t i : nearest_names(key, m_client_match_keys)) near.push_back(m_client_labels[i]);
        return near;
    }
    for (std::size_t i = 0; i < m_client_match_keys.size() && near.size() < 3; ++i)
        if (is_near_duplicate(key, m_client_match_keys[i])) near.push_back(m_client_labels[i]);
    return near;
}

Id ImportStore::add_client(const Client& client) {
    if (!m_clients_loaded) load_clients();
    const Id id = renumber(ImportTable::Client, insert_client(m_db, client), client.id);
    remember_client(client.name, match_key(client.name), id);
    return id;
}

void ImportStore::load_contacts() {
    SQLite::Statement q(m_db.sql(), "SELECT client_id, name, id FROM contact");
    while (q.executeStep())
        m_contact_by_key.emplace(contact_key(q.getColumn(0).getInt64(), match_key(q.getColumn(1).getString(), NameKind::Person)),
                                 q.getColumn(2).getInt64());
    m_contacts_loaded = true;
}

std::optional<Id> ImportStore::find_contact(Id client_id, const std::string& name) {
    if (!m_contacts_loaded) load_contacts();
    auto it = m_contact_by_key.find(contact_key(client_id, match_key(name, NameKind::Person)));
    if (it == m_contact_by_key.end()) return std::nullopt;
    return it->second;
}

Id ImportStore::add_contact(const Contact& contact) {
    if (!m_contacts_loaded) load_contacts();
    const Id id = renumber(ImportTable::Contact, insert_contact(m_db, contact), contact.id);
    m_contact_by_key.emplace(contact_key(contact.client_id, match_key(contact.name, NameKind::Person)), id);
    return id;
}

Id ImportStore::add_deal(const Deal& d) {
    auto& q = prepared(m_insert_deal, m_db, k_insert_deal);
    bind_deal_insert(q, d, base_of(m_db, d.currency, d.amount, d.closed_on));
    q.exec();
    return m_db.sql().getLastInsertRowid();
}

Id ImportStore::add_touch(const Touch& t) {
    auto& q = prepared(m_insert_touch, m_db,
                       "INSERT INTO touch(client_id, kind, touched_on, contact_id, summary, next_action, next_date, id) "
                       "VALUES (?,?,?,?,?,?,?,?)");
    q.bind(1, static_cast<std::int64_t>(t.client_id));
    q.bind(2, std::string(to_string(t.kind)));
    bind_date(q, 3, t.date);
    if (t.contact_id) q.bind(4, static_cast<std::int64_t>(*t.contact_id));
    else q.bind(4);
    q.bindNoCopy(5, t.summary);
    q.bindNoCopy(6, t.next_action);
    bind_optional_date(q, 7, t.next_date);
    bind_own_id(q, 8, t.id);
    q.exec();
    return m_db.sql().getLastInsertRowid();
}

bool ImportStore::no_deals() { return m_db.sql().execAndGet("SELECT NOT EXISTS (SELECT 1 FROM deal)").getInt() != 0; }

bool ImportStore::no_touches() {
    return m_db.sql().execAndGet("SELECT NOT EXISTS (SELECT 1 FROM touch)").getInt() != 0;
}

// One statement per state, each with its partial index's condition spelled as the index
// spells it: SQLite uses a partial index only when the query's WHERE holds that term.
std::optional<Id> ImportStore::find_deal(const Deal& d) {
    SQLite::Statement* q = nullptr;
    if (d.stage == "won") {
        q = &prepared(m_find_won, m_db,
                      "SELECT id FROM deal WHERE stage = 'won' AND client_id = ?1 AND closed_on = ?2 AND amount = ?3 "
                      "AND product = ?4 AND title = ?5 LIMIT 1");
        bind_optional_date(*q, 2, d.closed_on);
    } else if (d.stage == "lost") {
        q = &prepared(m_find_lost, m_db,
                      "SELECT id FROM deal WHERE stage = 'lost' AND closed_on = ?2 AND client_id = ?1 AND amount = ?3 "
                      "AND product = ?4 AND title = ?5 LIMIT 1");
        bind_optional_date(*q, 2, d.closed_on);
    } else {
        q = &prepared(m_find_open, m_db,
                      "SELECT id FROM deal WHERE stage NOT IN ('won', 'lost') AND client_id = ?1 AND stage = ?2 "
                      "AND amount = ?3 AND product = ?4 AND title = ?5 LIMIT 1");
        q->bindNoCopy(2, d.stage);
    }
    q->bind(1, static_cast<std::int64_t>(d.client_id));
    bind_money(*q, 3, d.amount);
    q->bindNoCopy(4, d.product);
    q->bindNoCopy(5, d.title);
    if (!q->executeStep()) return std::nullopt;
    return q->getColumn(0).getInt64();
}

std::optional<Id> ImportStore::find_touch(const Touch& t) {
    auto& q = prepared(m_find_touch, m_db,
                       "SELECT id FROM touch WHERE client_id = ? AND touched_on = ? AND kind = ? AND summary = ? "
                       "LIMIT 1");
    q.bind(1, static_cast<std::int64_t>(t.client_id));
    bind_date(q, 2, t.date);
    q.bind(3, std::string(to_string(t.kind)));
    q.bindNoCopy(4, t.summary);
    if (!q.executeStep()) return std::nullopt;
    return q.getColumn(0).getInt64();
}

Deal ImportStore::deal_key_of(Id id) {
    auto& q = prepared(m_deal_key, m_db,
                       "SELECT client_id, closed_on, amount, stage, product, title FROM deal WHERE id = ?");
    q.bind(1, static_cast<std::int64_t>(id));
    Deal d;
    if (!q.executeStep()) return d;
    d.id = id;
    d.client_id = q.getColumn(0).getInt64();
    d.closed_on = optional_date_at(q.getColumn(1));
    d.amount = Money{q.getColumn(2).getInt64()};
    d.stage = q.getColumn(3).getString();
    d.product = q.getColumn(4).getString();
    d.title = q.getColumn(5).getString();
    return d;
}

Touch ImportStore::touch_key_of(Id id) {
    auto& q = prepared(m_touch_key, m_db, "SELECT client_id, kind, touched_on, summary FROM touch WHERE id = ?");
    q.bind(1, static_cast<std::int64_t>(id));
    Touch t;
    if (!q.executeStep()) return t;
    t.id = id;
    t.client_id = q.getColumn(0).getInt64();
    t.kind = parse_touch_kind(q.getColumn(1).getString());
    t.date = date_at(q.getColumn(2));
    t.summary = q.getColumn(3).getString();
    return t;
}

void ImportStore::load_invoices() {
    SQLite::Statement q(m_db.sql(), "SELECT number, id FROM invoice WHERE number <> ''");
    while (q.executeStep()) m_invoice_by_number.emplace(q.getColumn(0).getString(), q.getColumn(1).getInt64());
    m_invoices_loaded = true;
}

std::optional<Id> ImportStore::find_invoice(const std::string& number) {
    if (number.empty()) return std::nullopt;
    if (!m_invoices_loaded) load_invoices();
    auto it = m_invoice_by_number.find(number);
    if (it == m_invoice_by_number.end()) return std::nullopt;
    return it->second;
}

Id ImportStore::add_invoice(const Invoice& inv, Money paid, std::optional<Date> paid_on) {
    if (!m_invoices_loaded) load_invoices();
    Invoice row = inv;  // paid as the file says; settled on paid_on only when paid in full
    row.paid_amount = paid;
    row.paid_on = paid == inv.amount ? paid_on : std::nullopt;
    auto& q = prepared(m_insert_invoice, m_db, k_insert_invoice);
    bind_invoice_insert(q, row, base_of(m_db, row.currency, row.amount, row.issued));
    q.exec();
    const Id id = m_db.sql().getLastInsertRowid();
    if (!inv.number.empty()) m_invoice_by_number.emplace(inv.number, id);
    if (paid.minor > 0 && paid_on) {
        auto& p = prepared(m_insert_payment, m_db, k_insert_payment);
        Payment payment;
        payment.invoice_id = id;
        payment.amount = paid;
        payment.date = *paid_on;
        bind_payment_insert(p, payment, inv.currency, base_of(m_db, inv.currency, paid, *paid_on));
        p.exec();
    }
    return id;
}

void ImportStore::update_invoice(Id id, const Invoice& inv, Money paid, std::optional<Date> paid_on) {
    SQLite::Statement get(m_db.sql(), "SELECT paid_amount FROM invoice WHERE id = ?");
    get.bind(1, static_cast<std::int64_t>(id));
    get.executeStep();
    const Money stored_paid{get.getColumn(0).getInt64()};
    if (inv.amount < stored_paid)
        // TRANSLATORS: two amounts, then the invoice's number.
        throw Conflict(trf("amount {} is less than the {} already paid on invoice '{}'",
                                   format_amount_plain(inv.amount, inv.currency), format_amount_plain(stored_paid, inv.currency), inv.number));
    if (paid.minor > 0 && paid < stored_paid)
        throw Conflict(trf("paid amount {} is less than the {} already paid; import never removes payments",
                                   format_amount_plain(paid, inv.currency), format_amount_plain(stored_paid, inv.currency)));
    if (paid > stored_paid && paid_on) {
        SQLite::Statement p(m_db.sql(), k_insert_payment);
        Payment payment;
        payment.invoice_id = id;
        payment.amount = paid - stored_paid;
        payment.date = *paid_on;
        bind_payment_insert(p, payment, inv.currency, base_of(m_db, inv.currency, payment.amount, payment.date));
        p.exec();
    }
    const Money new_paid = paid > stored_paid ? paid : stored_paid;
    SQLite::Statement q(m_db.sql(),
                        "UPDATE invoice SET client_id = ?, amount = ?, issued_on = ?, due_on = ?, paid_amount = ?5, "
                        "paid_on = CASE WHEN ?5 = ?2 THEN (SELECT max(paid_on) FROM payment WHERE invoice_id = ?6) "
                        "END, base_amount = ?7 WHERE id = ?6");
    q.bind(1, static_cast<std::int64_t>(inv.client_id));
    bind_money(q, 2, inv.amount);
    bind_date(q, 3, inv.issued);
    bind_date(q, 4, inv.due);
    bind_money(q, 5, new_paid);
    q.bind(6, static_cast<std::int64_t>(id));
    bind_optional_money(q, 7, base_of(m_db, inv.currency, inv.amount, inv.issued));
    q.exec();
}

}  // namespace acctool::store
