#include <doctest/doctest.h>

#include "core/dates.h"
#include "core/errors.h"
#include "core/import_columns.h"
#include "core/import_records.h"

using namespace acctool;

namespace {
const Date today = parse_iso_date("2026-11-23");

std::string problems_text(const Problems& problems) {
    std::string text;
    for (const auto& p : problems) text += p.column + ": " + p.problem + "\n";
    return text;
}
}  // namespace

TEST_CASE("every kind, in the order import all reads them, and the columns export writes") {
    std::string names;
    for (ImportKind k : all_import_kinds()) names += std::string(to_string(k)) + " ";
    CHECK(names == "rates clients contacts deals refunds touches followups invoices payments cases ");
    CHECK(record_noun(ImportKind::Followups) == "follow-up");
    CHECK(record_noun(ImportKind::Touches) == "touch");
    std::string deals;
    for (const auto& c : import_columns(ImportKind::Deals)) deals += std::string(c.name) + ",";
    CHECK(deals == "client,amount,title,stage,date,expected_close,probability,product,kind,lost_reason,currency,discount,"
                   "stage_changed_on,id,created_on,base_amount,");
    CHECK_THROWS_WITH_AS(parse_import_kind("refund"),
                         "invalid kind 'refund': expected clients, contacts, deals, refunds, touches, followups, "
                         "invoices, payments, cases, rates",
                         InvalidInput);
}

TEST_CASE("a refund row: deal id, amount above zero, a date not after today") {
    const ColumnMap map(ImportKind::Refunds, {"deal_id", "amount", "date", "reason", "currency", "id"});
    RefundRow row;
    Problems problems;
    parse_refund_row(map, {"12", "250.50", "2026-11-01", " late ", "usd", "7"}, today, row, problems);
    CHECK(problems_text(problems) == "");
    CHECK(row.refund.deal_id == 12);
    CHECK(row.amount_text == "250.50");  // read in the deal's currency once it is found
    settle_amount(row, "USD", problems);
    CHECK(row.refund.amount == Money{25050});
    settle_amount(row, "JPY", problems);  // a yen deal: no decimals
    CHECK(problems_text(problems) == "amount: invalid amount '250.50': amounts in this currency have no decimals\n");
    problems.clear();
    CHECK(row.refund.reason == "late");
    CHECK(row.refund.currency == "USD");
    CHECK(row.currency_given);
    CHECK(row.id == 7);
    problems.clear();
    parse_refund_row(map, {"0", "0", "2026-12-01", "", "EURO", "-3"}, today, row, problems);
    CHECK(problems_text(problems) ==
          "deal_id: invalid id '0': expected a whole number above zero\n"
          "amount: invalid amount '0': a refund is for more than zero\n"
          "date: invalid refund date '2026-12-01': it is in the future (today is 2026-11-23)\n"
          "currency: invalid currency 'EURO': expected an ISO 4217 code such as EUR, RON or USD\n"
          "id: invalid id '-3': expected a whole number above zero\n");
}

TEST_CASE("a payment row names its invoice by id or by number") {
    const ColumnMap by_number(ImportKind::Payments, {"number", "amount", "date"});
    PaymentRow row;
    Problems problems;
    parse_payment_row(by_number, {"F-1", "10", "2026-11-01"}, today, row, problems);
    CHECK(problems.empty());
    CHECK(row.number == "F-1");
    CHECK_FALSE(row.invoice_id);
    parse_payment_row(by_number, {"", "10", "2026-11-01"}, today, row, problems);
    CHECK(problems_text(problems) == "number: name the invoice: an invoice_id or a number column\n");
}

TEST_CASE("a follow-up row: open ones have no closing day, closed ones do") {
    const ColumnMap map(ImportKind::Followups, {"client", "due", "action", "state", "closed_on", "touch_id"});
    FollowUpRow row;
    Problems problems;
    parse_followup_row(map, {"Acme", "2026-11-27", "send the quote", "done", "2026-11-20", "31"}, today, row, problems);
    CHECK(problems.empty());
    CHECK(row.followup.state == FollowUpState::Done);
    CHECK(row.followup.closed_on == parse_iso_date("2026-11-20"));
    CHECK(row.followup.touch_id == 31);
    parse_followup_row(map, {"Acme", "2026-11-27", "x", "open", "2026-11-20", ""}, today, row, problems);
    parse_followup_row(map, {"Acme", "2026-11-27", "x", "dropped", "", ""}, today, row, problems);
    CHECK(problems_text(problems) == "closed_on: an open follow-up has no closing date (state is open)\n"
                                     "closed_on: give the day it was dropped\n");
}

TEST_CASE("a case row: times as export writes them, answers not before the opening") {
    const ColumnMap map(ImportKind::Cases, {"client", "opened", "summary", "severity", "first_response", "resolved"});
    CaseRow row;
    Problems problems;
    parse_case_row(map, {"Acme", "2026-11-02T10:00", "Wrong colour", "High", "2026-11-02T15:30", ""}, today, row,
                   problems);
    CHECK(problems.empty());
    CHECK(row.support_case.severity == Severity::High);
    CHECK(row.support_case.first_response_at == "2026-11-02T15:30");
    CHECK(row.support_case.resolved_at.empty());
    parse_case_row(map, {"Acme", "2026-11-02T10:00", "", "normal", "2026-11-01T09:00", ""}, today, row, problems);
    CHECK(problems_text(problems) == "summary: it is empty: say what the case is about\n"
                                     "first_response: it is before the case was opened (2026-11-02T10:00)\n");
}

TEST_CASE("the status an archived client goes back to") {
    const ColumnMap map(ImportKind::Clients, {"name", "status", "status_before_archive"});
    Client archived;
    archived.status = ClientStatus::Archived;
    Problems problems;
    CHECK(status_before_archive_cell(map, {"A", "archived", "Prospect"}, archived, problems) == ClientStatus::Prospect);
    CHECK_FALSE(status_before_archive_cell(map, {"A", "archived", ""}, archived, problems));
    CHECK(problems.empty());
    Client customer;
    CHECK_FALSE(status_before_archive_cell(map, {"A", "customer", "prospect"}, customer, problems));
    CHECK_FALSE(status_before_archive_cell(map, {"A", "archived", "archived"}, archived, problems));
    CHECK(problems_text(problems) == "status_before_archive: only an archived client has a status to go back to\n"
                                     "status_before_archive: invalid status 'archived': expected customer or prospect\n");
}

TEST_CASE("a case's resolution note goes with its resolution") {
    const ColumnMap map(ImportKind::Cases, {"client", "opened", "summary", "resolved", "resolution"});
    CaseRow row;
    Problems problems;
    parse_case_row(map, {"Acme", "2026-11-02T10:00", "Late", "2026-11-03T10:00", " sent again "}, today, row, problems);
    CHECK(problems.empty());
    CHECK(row.support_case.resolution_note == "sent again");
    parse_case_row(map, {"Acme", "2026-11-02T10:00", "Late", "", "sent again"}, today, row, problems);
    CHECK(problems_text(problems) == "resolution: only a resolved case has a resolution note (resolved is empty)\n");
}
