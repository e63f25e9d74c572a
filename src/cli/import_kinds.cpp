#include "cli/import_kinds.h"

#include <fmt/format.h>

#include "core/errors.h"
#include "core/fields.h"
#include "core/happened.h"
#include "core/i18n.h"
#include "core/names.h"
#include "core/text.h"
#include "store/clients.h"
#include "store/contacts.h"
#include "store/errors.h"
#include "store/invoices.h"
#include "store/rates.h"

namespace acctool::cli {

OnDuplicate parse_on_duplicate(std::string_view text) {
    if (text == "error") return OnDuplicate::Error;
    if (text == "skip") return OnDuplicate::Skip;
    if (text == "update") return OnDuplicate::Update;
    // TRANSLATORS: {} is the word typed; error, skip and update are the values to type.
    throw InvalidInput(trf("invalid --on-duplicate '{}': expected error, skip or update", text));
}

std::string record_label(ImportKind kind, Id id) {
    switch (kind) {
    // TRANSLATORS: a record and its id, inserted in other messages.
    case ImportKind::Clients: return trf("client {}", id);
    // TRANSLATORS: a record and its id, inserted in other messages.
    case ImportKind::Contacts: return trf("contact {}", id);
    // TRANSLATORS: a record and its id, inserted in other messages.
    case ImportKind::Deals: return trf("deal {}", id);
    // TRANSLATORS: a record and its id, inserted in other messages.
    case ImportKind::Refunds: return trf("refund {}", id);
    // TRANSLATORS: a record and its id, inserted in other messages.
    case ImportKind::Touches: return trf("touch {}", id);
    // TRANSLATORS: a record and its id, inserted in other messages.
    case ImportKind::Followups: return trf("follow-up {}", id);
    // TRANSLATORS: a record and its id, inserted in other messages.
    case ImportKind::Invoices: return trf("invoice {}", id);
    // TRANSLATORS: a record and its id, inserted in other messages.
    case ImportKind::Payments: return trf("payment {}", id);
    // TRANSLATORS: a record and its id, inserted in other messages.
    case ImportKind::Cases: return trf("case {}", id);
    // TRANSLATORS: a record and its id, inserted in other messages.
    case ImportKind::Rates: return trf("rate {}", id);
    }
    return std::to_string(id);
}

std::string count_of_records(ImportKind kind, long n) {
    const auto count = static_cast<unsigned long>(n);
    switch (kind) {
    // TRANSLATORS: a count of records, inserted in other messages ("imported 3 clients (1 updated)").
    case ImportKind::Clients: return trn("{} client", "{} clients", count, n);
    // TRANSLATORS: a count of records, inserted in other messages ("imported 3 contacts").
    case ImportKind::Contacts: return trn("{} contact", "{} contacts", count, n);
    // TRANSLATORS: a count of records, inserted in other messages ("imported 3 deals").
    case ImportKind::Deals: return trn("{} deal", "{} deals", count, n);
    // TRANSLATORS: a count of records, inserted in other messages ("imported 3 refunds").
    case ImportKind::Refunds: return trn("{} refund", "{} refunds", count, n);
    // TRANSLATORS: a count of records, inserted in other messages ("imported 3 touches").
    case ImportKind::Touches: return trn("{} touch", "{} touches", count, n);
    // TRANSLATORS: a count of records, inserted in other messages ("imported 3 follow-ups").
    case ImportKind::Followups: return trn("{} follow-up", "{} follow-ups", count, n);
    // TRANSLATORS: a count of records, inserted in other messages ("imported 3 invoices").
    case ImportKind::Invoices: return trn("{} invoice", "{} invoices", count, n);
    // TRANSLATORS: a count of records, inserted in other messages ("imported 3 payments").
    case ImportKind::Payments: return trn("{} payment", "{} payments", count, n);
    // TRANSLATORS: a count of records, inserted in other messages ("imported 3 cases").
    case ImportKind::Cases: return trn("{} case", "{} cases", count, n);
    // TRANSLATORS: a count of records, inserted in other messages ("imported 3 rates").
    case ImportKind::Rates: return trn("{} rate", "{} rates", count, n);
    }
    return std::to_string(n);
}

namespace {

// "id 40 is not above the deal ids in use (the largest is 52): ...", one whole message per kind.
std::string id_not_above(ImportKind kind, Id id, Id largest) {
    switch (kind) {
    case ImportKind::Clients:
        // TRANSLATORS: the id in the file, then the largest id in the table.
        return trf("id {} is not above the client ids in use (the largest is {}): ids in a file extend a table, they "
                   "never fill its gaps; leave the id empty",
                   id, largest);
    case ImportKind::Contacts:
        // TRANSLATORS: the id in the file, then the largest id in the table.
        return trf("id {} is not above the contact ids in use (the largest is {}): ids in a file extend a table, they "
                   "never fill its gaps; leave the id empty",
                   id, largest);
    case ImportKind::Deals:
        // TRANSLATORS: the id in the file, then the largest id in the table.
        return trf("id {} is not above the deal ids in use (the largest is {}): ids in a file extend a table, they "
                   "never fill its gaps; leave the id empty",
                   id, largest);
    case ImportKind::Refunds:
        // TRANSLATORS: the id in the file, then the largest id in the table.
        return trf("id {} is not above the refund ids in use (the largest is {}): ids in a file extend a table, they "
                   "never fill its gaps; leave the id empty",
                   id, largest);
    case ImportKind::Touches:
        // TRANSLATORS: the id in the file, then the largest id in the table.
        return trf("id {} is not above the touch ids in use (the largest is {}): ids in a file extend a table, they "
                   "never fill its gaps; leave the id empty",
                   id, largest);
    case ImportKind::Followups:
        // TRANSLATORS: the id in the file, then the largest id in the table.
        return trf("id {} is not above the follow-up ids in use (the largest is {}): ids in a file extend a table, "
                   "they never fill its gaps; leave the id empty",
                   id, largest);
    case ImportKind::Invoices:
        // TRANSLATORS: the id in the file, then the largest id in the table.
        return trf("id {} is not above the invoice ids in use (the largest is {}): ids in a file extend a table, they "
                   "never fill its gaps; leave the id empty",
                   id, largest);
    case ImportKind::Payments:
        // TRANSLATORS: the id in the file, then the largest id in the table.
        return trf("id {} is not above the payment ids in use (the largest is {}): ids in a file extend a table, they "
                   "never fill its gaps; leave the id empty",
                   id, largest);
    case ImportKind::Cases:
        // TRANSLATORS: the id in the file, then the largest id in the table.
        return trf("id {} is not above the case ids in use (the largest is {}): ids in a file extend a table, they "
                   "never fill its gaps; leave the id empty",
                   id, largest);
    case ImportKind::Rates:
        // TRANSLATORS: the id in the file, then the largest id in the table.
        return trf("id {} is not above the rate ids in use (the largest is {}): ids in a file extend a table, they "
                   "never fill its gaps; leave the id empty",
                   id, largest);
    }
    return {};
}

store::ImportTable table_of(ImportKind kind) {
    switch (kind) {
    case ImportKind::Clients: return store::ImportTable::Client;
    case ImportKind::Contacts: return store::ImportTable::Contact;
    case ImportKind::Deals: return store::ImportTable::Deal;
    case ImportKind::Refunds: return store::ImportTable::Refund;
    case ImportKind::Touches: return store::ImportTable::Touch;
    case ImportKind::Followups: return store::ImportTable::Followup;
    case ImportKind::Invoices: return store::ImportTable::Invoice;
    case ImportKind::Payments: return store::ImportTable::Payment;
    case ImportKind::Cases: return store::ImportTable::Case;
    case ImportKind::Rates: break;
    }
    return store::ImportTable::Client;
}

}  // namespace

RowImporter::RowImporter(store::Database& db, ImportKind kind, const Settings& settings, Date today,
                         OnDuplicate on_duplicate, bool create_clients, bool restoring)
    : m_db(db), m_store(db), m_kind(kind), m_settings(settings), m_today(today), m_on_duplicate(on_duplicate),
      m_create_clients(create_clients), m_restoring(restoring), m_table(table_of(kind)) {
    if (kind == ImportKind::Deals) m_probe_store = !m_store.no_deals();
    if (kind == ImportKind::Touches) m_probe_store = !m_store.no_touches();
    if (kind != ImportKind::Rates) m_max_before = m_store.max_id(m_table);
    m_base = store::base_currency(db, settings.currency);
}

bool RowImporter::stop_at_id(std::optional<Id> id, std::optional<Id>& existing, Problems& problems) {
    if (!id) return false;
    if (m_store.has_id(m_table, *id)) {
        // TRANSLATORS: a record's id, inserted in "{} already exists (...)".
        if (stop_at_duplicate("id", trf("id {}", *id), *id, problems)) return true;
        existing = *id;
        return false;
    }
    if (*id <= m_max_before) {
        problems.push_back({"id", id_not_above(m_kind, *id, m_max_before)});
        return true;
    }
    return false;
}

void RowImporter::import(const ColumnMap& map, const Fields& fields, long line, Problems& problems) {
    m_line = line;
    try {
        store::translating_errors([&] {
            switch (m_kind) {
            case ImportKind::Clients: import_client(map, fields, problems); break;
            case ImportKind::Contacts: import_contact(map, fields, problems); break;
            case ImportKind::Deals: import_deal(map, fields, problems); break;
            case ImportKind::Touches: import_touch(map, fields, problems); break;
            case ImportKind::Invoices: import_invoice(map, fields, problems); break;
            case ImportKind::Refunds: import_refund(map, fields, problems); break;
            case ImportKind::Payments: import_payment(map, fields, problems); break;
            case ImportKind::Followups: import_followup(map, fields, problems); break;
            case ImportKind::Cases: import_case(map, fields, problems); break;
            case ImportKind::Rates: import_rate(map, fields, problems); break;
            }
        });
    } catch (const Error& e) {  // a conflict found by the store, or a database error
        problems.push_back({"", e.what()});
    }
}

std::optional<Id> RowImporter::client_id(const std::string& name, Problems& problems) {
    if (name.empty()) return std::nullopt;
    if (auto id = m_store.find_client(name)) return id;
    if (!m_create_clients) {
        const auto near = m_store.near_clients(name, false);
        problems.push_back({"client",
                            near.empty()
                                // TRANSLATORS: {} is the client's name in the file.
                                ? trf("no client named '{}'; add it first or use --create-clients", name)
                                // TRANSLATORS: the client's name in the file, then "did you mean 'Acme'?".
                                : trf("no client named '{}'; {}", name, did_you_mean(near))});
        return std::nullopt;
    }
    // A near-duplicate is a typo of a client already there, never a second client.
    if (const auto near = m_store.near_clients(name, true); !near.empty()) {
        // TRANSLATORS: the client's name in the file, then the clients it is close to ("'Acme' (12)").
        problems.push_back({"client", trf("'{}' is not created: it is close to {}; write the name as the "
                                          "database has it, or add the client first with 'acct client add'",
                                          name, join(near, ", "))});
        return std::nullopt;
    }
    Client client = new_client(m_settings, m_today);
    try {
        // TRANSLATORS: a field's name, inserted in "invalid {}: ...".
        client.name = parse_name(name, N_("client name"));
    } catch (const InvalidInput& e) {
        problems.push_back({"client", e.what()});
        return std::nullopt;
    }
    ++m_counts.clients_created;
    return m_store.add_client(client);
}

long RowImporter::line_of(Id id) const {
    auto it = m_written_line.find(id);
    return it == m_written_line.end() ? 0 : it->second;
}

bool updatable(ImportKind kind) {
    return kind == ImportKind::Clients || kind == ImportKind::Contacts || kind == ImportKind::Invoices ||
           kind == ImportKind::Rates;
}

bool RowImporter::stop_at_duplicate(const std::string& column, const std::string& what, Id id, Problems& problems) {
    const bool keyed = updatable(m_kind);
    const std::string accept = keyed ? tr("--on-duplicate skip or update accepts it") : tr("--on-duplicate skip accepts it");
    switch (m_on_duplicate) {
    case OnDuplicate::Error:
        if (const long earlier = line_of(id); earlier > 0)
            // TRANSLATORS: the record ("a client named 'Acme'"), a line number, then "--on-duplicate skip accepts it".
            problems.push_back({column, trf("{} is already on line {} of this file; {}", what, earlier, accept)});
        else
            // TRANSLATORS: the record ("a client named 'Acme'"), the stored one ("client 12"), then
            // "--on-duplicate skip accepts it".
            problems.push_back({column, trf("{} already exists ({}); {}", what, record_label(m_kind, id), accept)});
        return true;
    case OnDuplicate::Skip: ++m_counts.skipped; return true;
    case OnDuplicate::Update: return false;
    }
    return true;
}

void RowImporter::import_client(const ColumnMap& map, const Fields& fields, Problems& problems) {
    const std::string name{trim(map.text(fields, client_col::name))};
    const auto own_id = id_cell(map, fields, client_col::id, problems);
    std::optional<Id> existing;
    if (stop_at_id(own_id, existing, problems)) return;
    if (!existing) existing = name.empty() ? std::nullopt : m_store.find_client(name);
    Client client;
    if (existing) {
        // TRANSLATORS: a record, inserted in "{} already exists (...)": {} is the client's name.
        if (!own_id && stop_at_duplicate("name", trf("a client named '{}'", name), *existing, problems))
            return;
        client = store::get_client(m_db, *existing);
    } else {
        client = new_client(m_settings, m_today);
        client.id = own_id.value_or(0);
    }
    apply_client_row(client, map, fields, m_settings, m_today, problems);
    const auto before_archive = status_before_archive_cell(map, fields, client, problems);
    if (!problems.empty()) return;
    Id id = 0;
    if (existing) {
        store::update_client(m_db, client);
        id = *existing;
        ++m_counts.updated;
    } else {
        id = m_store.add_client(client);
        m_written_line.emplace(id, m_line);
        ++m_counts.added;
    }
    if (before_archive) m_store.set_status_before_archive(id, *before_archive);
}

void RowImporter::import_contact(const ColumnMap& map, const Fields& fields, Problems& problems) {
    const auto client = client_id(client_cell(map, fields, problems), problems);
    if (!client) return;
    const std::string name{trim(map.text(fields, contact_col::name))};
    const auto own_id = id_cell(map, fields, contact_col::id, problems);
    std::optional<Id> existing;
    if (stop_at_id(own_id, existing, problems)) return;
    if (!existing) existing = name.empty() ? std::nullopt : m_store.find_contact(*client, name);
    Contact contact;
    if (existing) {
        if (!own_id &&
            // TRANSLATORS: a record, inserted in "{} already exists (...)": {} is the contact's name.
            stop_at_duplicate("name", trf("a contact named '{}' at this client", name), *existing, problems))
            return;
        contact = store::get_contact(m_db, *existing);
    } else {
        contact.id = own_id.value_or(0);
    }
    contact.client_id = *client;
    apply_contact_row(contact, map, fields, problems);
    if (!problems.empty()) return;
    if (existing) {
        store::update_contact(m_db, contact);
        ++m_counts.updated;
    } else {
        m_written_line.emplace(m_store.add_contact(contact), m_line);
        ++m_counts.added;
    }
}

void RowImporter::import_deal(const ColumnMap& map, const Fields& fields, Problems& problems) {
    parse_deal_row(map, fields, m_settings, m_today, m_deal, problems);
    const auto client = client_id(m_deal.client, problems);
    if (!client) return;
    if (!m_deal.currency_given)
        if (const Settings* own = read_again_in(client_of(*client).currency, m_deal.deal.currency)) {
            problems.clear();  // the row read again, in its client's currency
            parse_deal_row(map, fields, *own, m_today, m_deal, problems);
        }
    if (!problems.empty()) return;
    const Deal& deal = m_deal.deal;
    m_deal.deal.client_id = *client;
    if (m_deal.id) {  // a row with an id is keyed by it alone
        std::optional<Id> existing;
        if (stop_at_id(m_deal.id, existing, problems)) return;
        m_deal.deal.id = *m_deal.id;
        m_store.add_deal(deal);
        ++m_counts.added;
        return;
    }
    const std::uint64_t hash = key_hash(deal);
    const auto earlier = m_seen.find(hash, [&](Id id) { return same_key(m_store.deal_key_of(id), deal); });
    std::optional<Id> duplicate;
    if (earlier) duplicate = earlier->id;
    else if (m_probe_store) duplicate = m_store.find_deal(deal);
    if (duplicate) {
        if (earlier) m_written_line.emplace(earlier->id, earlier->line);
        // TRANSLATORS: a record, inserted in "{} already exists (...)": {} lists the columns that make the key.
        stop_at_duplicate("", trf("the same deal ({})", k_deal_key_columns), *duplicate, problems);
        return;
    }
    m_seen.add(hash, m_store.add_deal(deal), m_line);
    ++m_counts.added;
}

void RowImporter::import_touch(const ColumnMap& map, const Fields& fields, Problems& problems) {
    parse_touch_row(map, fields, m_today, m_touch, problems);
    const auto client = client_id(m_touch.client, problems);
    if (!client) return;
    m_touch.touch.client_id = *client;
    if (!m_touch.contact.empty()) {
        m_touch.touch.contact_id = m_store.find_contact(*client, m_touch.contact);
        if (!m_touch.touch.contact_id)
            // TRANSLATORS: the client's name, then the contact's name in the file.
            problems.push_back({"contact", trf("'{}' has no contact named '{}'", m_touch.client, m_touch.contact)});
    }
    if (!problems.empty()) return;
    const Touch& touch = m_touch.touch;
    if (m_touch.id) {
        std::optional<Id> existing;
        if (stop_at_id(m_touch.id, existing, problems)) return;
        m_touch.touch.id = *m_touch.id;
        open_next_step(touch, m_store.add_touch(touch));
        ++m_counts.added;
        return;
    }
    const std::uint64_t hash = key_hash(touch);
    const auto earlier = m_seen.find(hash, [&](Id id) { return same_key(m_store.touch_key_of(id), touch); });
    std::optional<Id> duplicate;
    if (earlier) duplicate = earlier->id;
    else if (m_probe_store) duplicate = m_store.find_touch(touch);
    if (duplicate) {
        if (earlier) m_written_line.emplace(earlier->id, earlier->line);
        // TRANSLATORS: a record, inserted in "{} already exists (...)": {} lists the columns that make the key.
        stop_at_duplicate("", trf("the same touch ({})", k_touch_key_columns), *duplicate, problems);
        return;
    }
    const Id id = m_store.add_touch(touch);
    m_seen.add(hash, id, m_line);
    ++m_counts.added;
    open_next_step(touch, id);
}

// As `touch --next-date` does: the touch's next step is a follow-up it opened. An import
// closes none (its rows are history, in no particular order).
void RowImporter::open_next_step(const Touch& touch, Id touch_id) {
    if (!touch.next_date || m_restoring) return;
    FollowUp next;
    next.client_id = touch.client_id;
    next.due = *touch.next_date;
    next.action = touch.next_action;
    next.contact_id = touch.contact_id;
    next.touch_id = touch_id;
    m_store.add_followup(next);
    ++m_counts.followups_opened;
}

const Settings* RowImporter::read_again_in(const std::string& currency, const std::string& parsed_in) {
    if (currency.empty() || currency == parsed_in) return nullptr;
    if (m_in_currency.currency != currency) {
        m_in_currency = m_settings;
        m_in_currency.currency = currency;
    }
    return &m_in_currency;
}

const Client& RowImporter::client_of(Id client) {
    auto it = m_clients.find(client);
    if (it == m_clients.end()) it = m_clients.emplace(client, store::get_client(m_db, client)).first;
    return it->second;
}

void RowImporter::import_invoice(const ColumnMap& map, const Fields& fields, Problems& problems) {
    parse_invoice_row(map, fields, m_settings, m_today, m_invoice, problems);
    const auto client = client_id(m_invoice.client, problems);
    if (!client) return;
    std::optional<Id> existing;
    if (stop_at_id(m_invoice.id, existing, problems)) return;
    if (!existing) {
        existing = m_store.find_invoice(m_invoice.invoice.number);
        // TRANSLATORS: a record, inserted in "{} already exists (...)": {} is the invoice's number.
        if (existing && stop_at_duplicate("number", trf("invoice number '{}'", m_invoice.invoice.number), *existing,
                                          problems))
            return;
    }
    // The row's currency: its cell, else the invoice's it updates (import never changes an
    // invoice's currency), else its client's.
    const std::string stored = existing ? store::get_invoice(m_db, *existing).currency : "";
    if (m_invoice.currency_given && !stored.empty() && m_invoice.invoice.currency != stored) {
        // TRANSLATORS: the currency in the file, the invoice's id, the invoice's currency.
        problems.push_back({"currency", trf("the row is in {}, but invoice {} is in {}: an import does not change an "
                                            "invoice's currency",
                                            m_invoice.invoice.currency, *existing, stored)});
        return;
    }
    if (!m_invoice.currency_given)
        if (const Settings* again = read_again_in(stored.empty() ? client_of(*client).currency : stored,
                                                  m_invoice.invoice.currency)) {
            problems.clear();  // the row read again, in its currency
            parse_invoice_row(map, fields, *again, m_today, m_invoice, problems);
        }
    Invoice& inv = m_invoice.invoice;
    inv.client_id = *client;
    if (!m_invoice.issued_given) inv.issued = default_issue_date(inv.due, client_of(*client).payment_terms_days, m_today);
    if (m_restoring) {
        m_invoice.paid = Money{};
        m_invoice.paid_on.reset();
    }
    if (inv.deal_id && !m_store.has_id(store::ImportTable::Deal, *inv.deal_id))
        // TRANSLATORS: {} is the deal id in the file.
        problems.push_back({"deal_id", trf("no deal with id {}", *inv.deal_id)});
    if (!problems.empty()) return;
    inv.id = existing ? 0 : m_invoice.id.value_or(0);
    if (existing) {
        m_store.update_invoice(*existing, inv, m_invoice.paid, m_invoice.paid_on);
        ++m_counts.updated;
    } else {
        m_written_line.emplace(m_store.add_invoice(inv, m_invoice.paid, m_invoice.paid_on), m_line);
        ++m_counts.added;
    }
}

}  // namespace acctool::cli
