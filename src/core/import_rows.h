#pragma once
// One CSV record of an import turned into a record of the model, every cell validated
// with the same rules as the command line (core/fields.h). Problems are collected per
// column rather than thrown, so that the importer can report every bad cell of a file.
// Dates in files are strict YYYY-MM-DD: a file has no "today" to be relative to.
#include <optional>
#include <string>
#include <vector>

#include "core/errors.h"
#include "core/import_columns.h"
#include "core/model.h"
#include "core/settings.h"

namespace acctool {

struct CellProblem {
    std::string column;   // empty: the row as a whole
    std::string problem;
};
using Problems = std::vector<CellProblem>;
using Fields = std::vector<std::string>;

// Runs `parse` on a cell, recording its InvalidInput as a problem of that column.
template <class Parse>
void checked(const ColumnMap& map, int column, Problems& problems, Parse parse) {
    try {
        parse();
    } catch (const InvalidInput& e) {
        problems.push_back({std::string(map.name(column)), e.what()});
    }
}

// The client cell of a record (trimmed); a problem when it is empty.
std::string client_cell(const ColumnMap& map, const Fields& fields, Problems& problems);

// An id cell (a whole number above zero), or nothing when the column is absent or empty.
std::optional<Id> id_cell(const ColumnMap& map, const Fields& fields, int column, Problems& problems);
// A currency cell: an ISO 4217 code of a money record (core/currency.h:
// parse_record_currency), or `fallback` when empty or absent.
std::string currency_cell(const ColumnMap& map, const Fields& fields, int column, const std::string& fallback,
                          Problems& problems);

// Applies the record's columns to a client: a new one (defaults filled in) or a stored
// one being updated. An empty tier, status, currency or created_on cell keeps what the
// client has; an empty cell elsewhere clears the field.
void apply_client_row(Client& client, const ColumnMap& map, const Fields& fields, const Settings& settings, Date today,
                      Problems& problems);
// The status an archived client goes back to on unarchive (status_before_archive):
// customer or prospect, only on an archived client; nothing when the cell is empty.
std::optional<ClientStatus> status_before_archive_cell(const ColumnMap& map, const Fields& fields,
                                                       const Client& client, Problems& problems);
// As apply_client_row for a contact; the client column is the caller's.
void apply_contact_row(Contact& contact, const ColumnMap& map, const Fields& fields, Problems& problems);

// A deal of the file. Stage defaults to won; won and lost deals close on `date`
// (default: today); open deals take no date, only expected_close; lost_reason only on
// lost deals. Created and stage-changed on the close date, or today for open deals.
// A deal or invoice row without a currency cell is in settings.currency; the importer
// reads it again in its client's currency when the client has one (man page: CURRENCIES).
struct DealRow {
    std::string client;
    Deal deal;
    std::optional<Id> id;
    bool currency_given = false;
};
void parse_deal_row(const ColumnMap& map, const Fields& fields, const Settings& settings, Date today,
                    DealRow& row, Problems& problems);

struct TouchRow {
    std::string client;
    std::string contact;  // a contact's name at the client, or empty
    Touch touch;
    std::optional<Id> id;
};
void parse_touch_row(const ColumnMap& map, const Fields& fields, Date today, TouchRow& row, Problems& problems);

// An invoice of the file; paid_amount (with paid_on) becomes one payment. Without an
// issued cell, the importer sets issued once the client is known (default_issue_date).
struct InvoiceRow {
    std::string client;
    Invoice invoice;
    bool issued_given = false;
    bool currency_given = false;
    Money paid;
    std::optional<Date> paid_on;
    std::optional<Id> id;
};
void parse_invoice_row(const ColumnMap& map, const Fields& fields, const Settings& settings, Date today,
                       InvoiceRow& row, Problems& problems);

// A stage of the config, won or lost, matched case-insensitively; throws InvalidInput
// listing the accepted names.
std::string canonical_stage(const Settings& settings, std::string_view text);

}  // namespace acctool
