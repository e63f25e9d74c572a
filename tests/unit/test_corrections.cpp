// The rules of the corrections (man page, "Corrections"): what an edit changed, which
// values it accepts, and when a client may be deleted.
#include <doctest/doctest.h>

#include "core/case_edit.h"
#include "core/corrections.h"
#include "core/errors.h"
#include "core/invoice_edit.h"
#include "core/touch_edit.h"

using namespace acctool;

namespace {

const Date k_today = parse_iso_date("2026-11-23");

Touch logged_touch() {
    Touch t;
    t.id = 7;
    t.client_name = "Acme SRL";
    t.kind = TouchKind::Call;
    t.date = parse_iso_date("2026-11-18");
    t.summary = "quote sent";
    return t;
}

}  // namespace

TEST_CASE("change list: only the fields that differ, texts quoted, empty ones cleared") {
    ChangeList changes;
    changes.add("date", "2026-11-18", "2026-11-20");
    changes.add("kind", "call", "call");
    changes.add_text("summary", "a", "quote sent");
    changes.add_text("contact", "Maria", "");
    CHECK(changes.text() == "date 2026-11-20, summary 'quote sent', contact cleared");
    CHECK(ChangeList().empty());
}

TEST_CASE("touch edit: fields as typed, the date never in the future") {
    Touch t = logged_touch();
    TouchEdit edit;
    edit.date = "2026-11-20";
    edit.kind = "Visit";
    const ChangeList changes = apply_touch_edit(t, edit, k_today);
    CHECK(t.kind == TouchKind::Visit);
    CHECK(format_date(t.date) == "2026-11-20");
    CHECK(changes.text() == "kind visit, date 2026-11-20");
    TouchEdit same;
    same.summary = "  quote sent ";
    CHECK(apply_touch_edit(t, same, k_today).empty());
}

TEST_CASE("touch edit: a failed edit leaves the touch as it was") {
    Touch t = logged_touch();
    TouchEdit edit;
    edit.summary = "new";
    edit.date = "+1d";
    CHECK_THROWS_AS(apply_touch_edit(t, edit, k_today), InvalidInput);
    CHECK(t.summary == "quote sent");
    edit.date.reset();
    edit.kind = "lunch";
    CHECK_THROWS_AS(apply_touch_edit(t, edit, k_today), InvalidInput);
    CHECK(t.summary == "quote sent");
}

TEST_CASE("describe touch: what the question of a delete names") {
    Touch t = logged_touch();
    CHECK(describe_touch(t) == "touch 7, call with 'Acme SRL' on 2026-11-18 'quote sent'");
    t.summary.clear();
    CHECK(describe_touch(t) == "touch 7, call with 'Acme SRL' on 2026-11-18");
}

TEST_CASE("client delete: only a client with no deals, invoices, touches or cases") {
    ClientRecords records;
    records.contacts = 3;
    CHECK_NOTHROW(require_client_deletable("Acme SRL", records));
    records.deals = 3;
    records.touches = 1;
    try {
        require_client_deletable("Acme's SRL", records);
        FAIL("expected a Conflict");
    } catch (const Conflict& e) {
        CHECK(std::string(e.what()) ==
              "client 'Acme's SRL' has 3 deals, 1 touch: archive it instead (acct client archive 'Acme'\\''s SRL')");
    }
}

TEST_CASE("invoice edit: as invoice add validates, never below what is paid") {
    Invoice i;
    i.id = 3;
    i.client_name = "Acme SRL";
    i.number = "F-1";
    i.currency = "EUR";
    i.amount = parse_money("1200");
    i.paid_amount = parse_money("300");
    i.issued = parse_iso_date("2026-11-15");
    i.due = parse_iso_date("2026-12-15");
    CHECK(describe_invoice(i) == "invoice 3 'F-1' of 'Acme SRL', 1,200.00 EUR due 2026-12-15");
    InvoiceEdit below;
    below.amount = "299.99";
    CHECK_THROWS_AS(apply_invoice_edit(i, below, k_today), Conflict);
    InvoiceEdit zero;
    zero.amount = "0";
    CHECK_THROWS_AS(apply_invoice_edit(i, zero, k_today), InvalidInput);
    InvoiceEdit early;
    early.due = "2026-11-01";
    CHECK_THROWS_AS(apply_invoice_edit(i, early, k_today), InvalidInput);
    InvoiceEdit future;
    future.issued = "+1d";
    CHECK_THROWS_AS(apply_invoice_edit(i, future, k_today), InvalidInput);
    CHECK(format_money_plain(i.amount) == "1200.00");
    InvoiceEdit edit;
    edit.amount = "300";
    edit.number = " ";
    edit.deal = "4";
    CHECK(apply_invoice_edit(i, edit, k_today).text() == "amount 300.00, number cleared, deal 4");
    CHECK(i.deal_id == Id{4});
    InvoiceEdit bad_deal;
    bad_deal.deal = "x";
    CHECK_THROWS_AS(apply_invoice_edit(i, bad_deal, k_today), InvalidInput);
}

TEST_CASE("case edit and reopen: times in order, a note only on a resolved case") {
    SupportCase c;
    c.id = 4;
    c.client_name = "Acme SRL";
    c.severity = Severity::High;
    c.summary = "late delivery";
    c.opened_at = "2026-11-20T09:00";
    CHECK(describe_case(c) == "case 4 of 'Acme SRL', high, opened 2026-11-20T09:00 'late delivery'");
    CaseEdit note;
    note.note = "done";
    CHECK_THROWS_AS(apply_case_edit(c, note, k_today), Conflict);
    CHECK_THROWS_AS(reopen_case(c), Conflict);
    c.first_response_at = "2026-11-21T10:00";
    c.resolved_at = "2026-11-22T10:00";
    CHECK(apply_case_edit(c, note, k_today).text() == "note 'done'");
    CaseEdit late;
    late.opened = "2026-11-22";
    CHECK_THROWS_AS(apply_case_edit(c, late, k_today), InvalidInput);
    CHECK(c.opened_at == "2026-11-20T09:00");
    CHECK_THROWS_AS(parse_resolution_note("a\x1b[31m"), InvalidInput);
    CHECK(parse_resolution_note(" two\nlines ") == "two\nlines");
    reopen_case(c);
    CHECK(c.resolved_at.empty());
    CHECK(c.resolution_note.empty());
    CHECK(c.first_response_at == "2026-11-21T10:00");
}
