#include <doctest/doctest.h>

#include "core/i18n.h"
#include "core/journal_text.h"

using namespace acctool;

TEST_CASE("an entry's changes read as a sentence, one record by its id, many by count") {
    RecordChanges deal{"deal", 1, 0, 0, 41, 0, 0};
    CHECK(describe_changes({deal}) == "added deal 41");
    CHECK(describe_undo({deal}) == "remove deal 41");
    RecordChanges refunds{"refund", 0, 0, 2, 0, 0, 7};
    RecordChanges removed{"deal", 0, 0, 1, 0, 0, 12};
    CHECK(describe_changes({removed, refunds}) == "deleted deal 12, 2 refunds");
    CHECK(describe_undo({removed, refunds}) == "put back deal 12, 2 refunds");
    RecordChanges import{"touch", 1000, 0, 0, 5, 0, 0};
    RecordChanges client{"client", 0, 1, 0, 0, 3, 0};
    CHECK(describe_changes({client, import}) == "added 1000 touches; changed client 3");
    CHECK(describe_undo({client, import}) == "remove 1,000 touches; restore client 3");
    CHECK(describe_changes({}) == "");
    CHECK(record_noun("support_case", 1) == "case");
    CHECK(record_noun("support_case", 3) == "cases");
}

TEST_CASE("the command line is written as a shell would read it back") {
    CHECK(quote_command_line({"acct", "deal", "log", "acme", "12,000.50", "--date", "2026-11-02"}) ==
          "acct deal log acme 12,000.50 --date 2026-11-02");
    CHECK(quote_command_line({"acct", "client", "add", "Acme SRL"}) == "acct client add 'Acme SRL'");
    CHECK(quote_command_line({"acct", "touch", "Ωμέγα", "call", "it's done"}) ==
          "acct touch Ωμέγα call 'it'\\''s done'");
    CHECK(quote_command_line({"acct", "deal", "edit", "3", "--probability", ""}) == "acct deal edit 3 --probability ''");
    CHECK(quote_command_line({"acct", "client", "list", "--search", "a*b"}) == "acct client list --search 'a*b'");
}

TEST_CASE("a stored summary reads back into its parts, and only what describe_changes writes") {
    using V = ChangeVerb;
    auto parts = parse_changes("added 903 invoices, 864 payments");
    REQUIRE(parts);
    CHECK(*parts == std::vector<ChangePhrase>{{V::Added, {{"invoice", 903, 0}, {"payment", 864, 0}}}});
    parts = parse_changes("changed client 3; deleted touch 7");
    REQUIRE(parts);
    CHECK(*parts == std::vector<ChangePhrase>{{V::Changed, {{"client", 1, 3}}}, {V::Deleted, {{"touch", 1, 7}}}});
    // The nouns of record_noun: touches, cases (support_case), followups.
    parts = parse_changes("added 1313 touches, 14 followups; deleted case 2, 3 cases");
    REQUIRE(parts);
    CHECK(*parts == std::vector<ChangePhrase>{{V::Added, {{"touch", 1313, 0}, {"followup", 14, 0}}},
                                              {V::Deleted, {{"support_case", 1, 2}, {"support_case", 3, 0}}}});
    // Every summary describe_changes writes comes back as the changes it named.
    const std::vector<RecordChanges> changes{{"client", 1, 2, 0, 7, 0, 0},     {"deal", 0, 1, 5, 0, 41, 0},
                                             {"support_case", 2, 0, 1, 0, 0, 9}, {"touch", 1000, 0, 0, 5, 0, 0},
                                             {"followup", 0, 0, 1, 0, 0, 3},     {"rate", 0, 1, 0, 0, 2, 0}};
    for (std::size_t n = 1; n <= changes.size(); ++n) {
        const std::vector<RecordChanges> some(changes.begin(), changes.begin() + static_cast<long>(n));
        const std::string summary = describe_changes(some);
        parts = parse_changes(summary);
        REQUIRE_MESSAGE(parts, summary);
        std::size_t named = 0;
        for (const auto& p : *parts) named += p.records.size();
        std::size_t kinds = 0;
        for (const auto& r : some) kinds += (r.added != 0) + (r.changed != 0) + (r.deleted != 0);
        CHECK_MESSAGE(named == kinds, summary);
    }
    // Another text is left as it is: no parts.
    for (const char* odd : {"", "added", "added ", "added client", "added client 3;", "added client 3;  changed deal 2",
                            "added client 3,deal 2", "added 1 clients", "added 1 client", "added 0 clients",
                            "added client 03", "added 02 clients", "added client -3", "added 2 client",
                            "added 2 support_cases", "added support_case 4", "added 2 touchs", "created client 3",
                            "Added client 3", "added client 3 (import)", "added 99999999999999999999 deals"})
        CHECK_MESSAGE(!parse_changes(odd), std::string(odd));
    // A table that a later version adds parses (the English says it); for people it is then shown as stored.
    CHECK(parse_changes("added 2 quotes"));
    CHECK(parse_changes("added clients 3"));  // a table "clients"
    set_translating(true);
    CHECK(describe_stored_changes("added 2 quotes, deal 4") == "added 2 quotes, deal 4");
    CHECK(describe_stored_changes("added clients 3") == "added clients 3");
    CHECK(describe_stored_changes("added deal 4; changed client 3") == "added deal 4; changed client 3");
    CHECK(describe_stored_changes("imported 3 deals") == "imported 3 deals");
    set_translating(false);
}
