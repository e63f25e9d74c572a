#pragma once
// The kinds an import reads besides clients, contacts, deals, touches and invoices (see
// core/import_rows.h for those and for the rules every cell follows): refunds, payments,
// follow-ups and cases, each cell validated, problems collected per column.
#include <optional>
#include <string>

#include "core/currency.h"
#include "core/followup.h"
#include "core/import_rows.h"

namespace acctool {

// A refund of a won deal, named by the deal's id; the deal's checks are the caller's.
struct RefundRow {
    Refund refund;            // its amount once settle_amount has read amount_text
    std::string amount_text;
    bool currency_given = false;  // else the deal's
    std::optional<Id> id;
};
void parse_refund_row(const ColumnMap& map, const Fields& fields, Date today, RefundRow& row, Problems& problems);

// A payment of an invoice named by invoice_id or by number (one of them is required).
// A rate of a `currency,date,rate` file: any ISO 4217 currency, a strict date, a rate as
// core/currency.h reads it.
struct RateInRow {
    std::string currency;
    Date from;
    Ratio value;
};
void parse_rate_row(const ColumnMap& map, const Fields& fields, RateInRow& row, Problems& problems);

struct PaymentRow {
    Payment payment;          // its amount once settle_amount has read amount_text
    std::string amount_text;
    std::optional<Id> invoice_id;
    std::string number;
    std::string currency;  // empty: the invoice's
    std::optional<Id> id;
};
void parse_payment_row(const ColumnMap& map, const Fields& fields, Date today, PaymentRow& row, Problems& problems);

// Reads the row's amount in the currency of its deal or invoice, in that currency's decimals
// (JPY none, KWD three), once the importer has found it; a problem for the amount column
// otherwise.
void settle_amount(RefundRow& row, std::string_view currency, Problems& problems);
void settle_amount(PaymentRow& row, std::string_view currency, Problems& problems);

// A follow-up: open (no closed_on) or done or dropped on closed_on.
struct FollowUpRow {
    std::string client;
    std::string contact;  // a contact's name at the client, or empty
    FollowUp followup;
    std::optional<Id> id;
};
void parse_followup_row(const ColumnMap& map, const Fields& fields, Date today, FollowUpRow& row, Problems& problems);

// A case with its times as "YYYY-MM-DDTHH:MM"; first response and resolution are not
// before the opening; a resolution note only on a resolved case.
struct CaseRow {
    std::string client;
    SupportCase support_case;
    std::optional<Id> id;
};
void parse_case_row(const ColumnMap& map, const Fields& fields, Date today, CaseRow& row, Problems& problems);

}  // namespace acctool
