#pragma once
// The per-kind half of `acct import`: one validated record to the store, with the
// duplicate and unknown-client rules of the man page's Import, export and backup. Internal to cli/import.cpp.
#include <functional>
#include <map>
#include <set>
#include <unordered_map>
#include <optional>
#include <string>

#include "core/import_columns.h"
#include "core/import_keys.h"
#include "core/import_records.h"
#include "core/import_rows.h"
#include "store/importer.h"

namespace acctool::cli {

enum class OnDuplicate { Error, Skip, Update };
OnDuplicate parse_on_duplicate(std::string_view text);
// Kinds whose duplicates `--on-duplicate update` may overwrite: clients, contacts, invoices.
bool updatable(ImportKind kind);
// "client 12": a record of the kind, in the user's language.
std::string record_label(ImportKind kind, Id id);
// "3 clients": a count of records of the kind, in the user's language.
std::string count_of_records(ImportKind kind, long n);

struct ImportCounts {
    long added = 0;
    long updated = 0;
    long skipped = 0;
    long clients_created = 0;
    long followups_opened = 0;
};

class RowImporter {
public:
    // `restoring` (`import all`, whose payments.csv and followups.csv hold every payment
    // and follow-up): invoices' paid_amount and paid_on make no payment, and touches'
    // next steps open no follow-up.
    RowImporter(store::Database& db, ImportKind kind, const Settings& settings, Date today,
                OnDuplicate on_duplicate, bool create_clients, bool restoring = false);
    // Validates one record (of the header's width), found on `line` of the file, and writes
    // it; problems go to `problems`, and a row with problems writes nothing.
    void import(const ColumnMap& map, const Fields& fields, long line, Problems& problems);
    // The European Central Bank's rates file (`Date,USD,JPY,...`), read whole; each
    // problem goes to `report` with its line.
    using ProblemSink = std::function<void(long line, const CellProblem& problem)>;
    void import_ecb(const std::vector<Fields>& records, const std::vector<std::size_t>& lines, const std::string& file,
                    ProblemSink report);
    // After the last row: the records that the imported rates govern are converted anew.
    void finish();
    const ImportCounts& counts() const { return m_counts; }
    // True when the table had rows before the import, so that rows are looked up in it
    // (through its indexes, which a bulk load must therefore keep).
    bool probes_store() const { return m_probe_store; }

private:
    void import_client(const ColumnMap& map, const Fields& fields, Problems& problems);
    void import_contact(const ColumnMap& map, const Fields& fields, Problems& problems);
    void import_deal(const ColumnMap& map, const Fields& fields, Problems& problems);
    void import_touch(const ColumnMap& map, const Fields& fields, Problems& problems);
    void import_invoice(const ColumnMap& map, const Fields& fields, Problems& problems);
    void open_next_step(const Touch& touch, Id touch_id);
    // cli/import_records.cpp:
    void import_refund(const ColumnMap& map, const Fields& fields, Problems& problems);
    void import_payment(const ColumnMap& map, const Fields& fields, Problems& problems);
    void import_followup(const ColumnMap& map, const Fields& fields, Problems& problems);
    void import_case(const ColumnMap& map, const Fields& fields, Problems& problems);
    void import_rate(const ColumnMap& map, const Fields& fields, Problems& problems);
    void add_rate(const std::string& currency, Date from, Ratio value, Problems& problems);
    // A row's own id: nothing when it has none; else true when the row stops here (a
    // problem, or a record with that id exists and is not to be updated). `existing` is
    // set to it when it is to be updated.
    bool stop_at_id(std::optional<Id> id, std::optional<Id>& existing, Problems& problems);
    // The end of a row with a key: a duplicate stops it (stop_at_duplicate), else `add`
    // writes it and its line is kept.
    template <class Add>
    void add_unless_duplicate(std::optional<Id> duplicate, const std::string& what, Add&& add, Problems& problems) {
        if (duplicate) {
            stop_at_duplicate("", what, *duplicate, problems);
            return;
        }
        m_written_line.emplace(add(), m_line);
        ++m_counts.added;
    }
    // The id of the named client, created with default tier and status under
    // --create-clients; nothing (and a problem) otherwise.
    std::optional<Id> client_id(const std::string& name, Problems& problems);
    // True when the row of an existing record stops here (error or skip). `what` names
    // the record ("a client named 'X'"), `id` is the stored record's ("client 12").
    bool stop_at_duplicate(const std::string& column, const std::string& what, Id id, Problems& problems);
    // The file line that wrote record `id` of this import, or 0 for a record stored before.
    long line_of(Id id) const;
    // The client's payment terms and own currency, read once per client of the file.
    const Client& client_of(Id client);
    // The settings to read a row in again when `currency` is not the one it was read in:
    // the file's, with `currency` as the default one; nullptr when it is the same or empty.
    const Settings* read_again_in(const std::string& currency, const std::string& parsed_in);

    store::Database& m_db;
    store::ImportStore m_store;
    ImportKind m_kind;
    const Settings& m_settings;
    Date m_today;
    OnDuplicate m_on_duplicate;
    bool m_create_clients;
    ImportCounts m_counts;
    DealRow m_deal;
    TouchRow m_touch;
    InvoiceRow m_invoice;
    std::map<Id, Client> m_clients;  // read once each (client_of)
    Settings m_in_currency;          // m_settings but for the default currency (read_again_in)
    long m_line = 0;
    std::unordered_map<Id, long> m_written_line;  // clients, contacts, invoices of this file
    SeenKeys m_seen;             // deals or touches of this file, by key
    bool m_probe_store = false;  // the table had rows before: look for duplicates in it too
    bool m_restoring = false;
    store::ImportTable m_table = store::ImportTable::Client;
    Id m_max_before = 0;         // the table's largest id before the import
    RefundRow m_refund;
    PaymentRow m_payment;
    FollowUpRow m_followup;
    CaseRow m_case;
    std::string m_base;                       // the database's base currency
    std::set<std::string> m_rate_currencies;  // of the rates written
};

}  // namespace acctool::cli
