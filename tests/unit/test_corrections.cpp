// The rules of the corrections (man page, "Corrections"): what an edit changed, which
// values it accepts, and when a client may be deleted.
#include <doctest/doctest.h>

#include "core/corrections.h"
#include "core/errors.h"
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
