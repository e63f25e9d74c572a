#pragma once
// The writes of `acct import`, inside the caller's WriteTransaction: statements are
// prepared once and reused for every row, and names are resolved through maps loaded
// once, so that a million-row file costs little more than the inserts themselves.
#include <optional>
#include <string>
#include <utility>
#include <vector>
#include <unordered_map>

#include <SQLiteCpp/Statement.h>

#include "core/followup.h"
#include "core/model.h"
#include "store/database.h"

namespace acctool::store {

// The tables an import writes, for the questions asked of each by id.
enum class ImportTable { Client, Contact, Deal, Refund, Touch, Followup, Invoice, Payment, Case };

// How many records each table holds, in the order of ImportTable, named ("clients",
// "deals"...) for "the database already has 3 clients, 12 deals".
std::vector<std::pair<std::string, long>> record_counts(Database& db);

// Records with an id of their own (an `id` column, as `export` writes it) keep it. The
// ids of a record the file gives are above those the table held before the import (so
// that the import's journal entry, an id range, holds them): ids extend a table, they
// never fill its gaps. The structs' id field says it: 0 lets SQLite choose.
class ImportStore {
public:
    explicit ImportStore(Database& db);

    // The largest id of the table (0 when empty) and whether a record has that id.
    Id max_id(ImportTable table);
    bool has_id(ImportTable table, Id id);

    // A client by its whole name as REF finds names (core/names.h): as written, case
    // folded, or by its match key when only one client has that key.
    std::optional<Id> find_client(const std::string& name);
    // The clients a name that find_client does not know was probably meant to be, as
    // "'Name' (id)": those sharing its match key, else the nearest names (did you mean).
    // With `near_duplicates`, only names a couple of edits from the whole name: those that
    // --create-clients must not duplicate.
    std::vector<std::string> near_clients(const std::string& name, bool near_duplicates);
    Id add_client(const Client& client);
    // What an archived client's unarchive restores (client unarchive).
    void set_status_before_archive(Id client_id, ClientStatus status);
    // Contacts by name within their client, matched as names are (core/names.h).
    std::optional<Id> find_contact(Id client_id, const std::string& name);
    Id add_contact(const Contact& contact);
    Id add_deal(const Deal& deal);
    Id add_touch(const Touch& touch);
    // True when the table holds no row yet: an import into it needs no duplicate probe.
    bool no_deals();
    bool no_touches();
    // A stored deal with the key of `deal` (core/import_keys.h), found through an index:
    // won deals by client, lost ones by date, open ones by client and stage.
    std::optional<Id> find_deal(const Deal& deal);
    // A stored touch with the key of `touch`, by client and date.
    std::optional<Id> find_touch(const Touch& touch);
    // The key fields of a stored deal or touch (other fields left default).
    Deal deal_key_of(Id id);
    Touch touch_key_of(Id id);
    // Invoices by number (non-empty numbers only).
    std::optional<Id> find_invoice(const std::string& number);
    // Inserts the invoice and, when `paid` is above zero, one payment of it on paid_on.
    Id add_invoice(const Invoice& invoice, Money paid, std::optional<Date> paid_on);
    // A refund of a stored deal, a payment of a stored invoice (its paid amount and
    // settling day follow), a follow-up, a case.
    Id add_refund(const Refund& refund);
    Id add_payment(const Payment& payment, const std::string& currency);
    Id add_followup(const FollowUp& followup);
    Id add_case(const SupportCase& support_case);
    // Stored records with the key of the given one (the man page's duplicates).
    std::optional<Id> find_refund(const Refund& refund);
    std::optional<Id> find_payment(const Payment& payment);
    std::optional<Id> find_followup(const FollowUp& followup);
    std::optional<Id> find_case(const SupportCase& support_case);
    // Replaces client, amount, issued and due of a stored invoice; a paid amount above
    // what is paid adds one payment of the difference on paid_on. Throws Conflict when
    // the amount or the paid amount is below what is already paid: import never removes
    // payments.
    void update_invoice(Id id, const Invoice& invoice, Money paid, std::optional<Date> paid_on);

private:
    Id renumber(ImportTable table, Id chosen, Id wanted);
    void load_clients();
    void remember_client(const std::string& name, const std::string& key, Id id);
    void load_contacts();
    void load_invoices();

    Database& m_db;
    bool m_clients_loaded = false;
    bool m_contacts_loaded = false;
    bool m_invoices_loaded = false;
    std::unordered_map<std::string, Id> m_client_by_key;   // name_key -> id
    std::unordered_map<std::string, Id> m_client_by_match;  // match_key -> id, 0 when several share it
    std::vector<std::string> m_client_match_keys;           // of every client, for near_clients
    std::vector<std::string> m_client_labels;               // "'Name' (id)", in the same order
    std::unordered_map<std::string, Id> m_client_by_text;  // names as the file spells them
    std::unordered_map<std::string, Id> m_contact_by_key;  // "client_id:name_key" -> id
    std::unordered_map<std::string, Id> m_invoice_by_number;
    std::optional<SQLite::Statement> m_insert_deal;
    std::optional<SQLite::Statement> m_insert_touch;
    std::optional<SQLite::Statement> m_insert_invoice;
    std::optional<SQLite::Statement> m_insert_payment;
    std::optional<SQLite::Statement> m_find_won;
    std::optional<SQLite::Statement> m_find_lost;
    std::optional<SQLite::Statement> m_find_open;
    std::optional<SQLite::Statement> m_find_touch;
    std::optional<SQLite::Statement> m_deal_key;
    std::optional<SQLite::Statement> m_touch_key;
    std::optional<SQLite::Statement> m_insert_refund;
    std::optional<SQLite::Statement> m_insert_followup;
    std::optional<SQLite::Statement> m_insert_case;
    std::optional<SQLite::Statement> m_settle;
    std::optional<SQLite::Statement> m_add_payment;
};

// Shared by the two files of ImportStore: a cached statement, reset, and an id that is
// bound only when the record has one of its own.
SQLite::Statement& prepared(std::optional<SQLite::Statement>& slot, Database& db, const char* sql);
void bind_own_id(SQLite::Statement& q, int index, Id id);

// The table names of ImportTable, in its order.
inline constexpr const char* k_import_tables[] = {"client", "contact", "deal",    "refund",      "touch",
                                                  "followup", "invoice", "payment", "support_case"};

}  // namespace acctool::store
