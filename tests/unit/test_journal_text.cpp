#include <doctest/doctest.h>

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
    CHECK(describe_undo({client, import}) == "remove 1000 touches; restore client 3");
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
