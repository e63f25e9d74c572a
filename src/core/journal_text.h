#pragma once
// The words of the journal (man page, UNDO AND THE JOURNAL): what an entry changed, what
// undoing it does, and the command line as it was typed.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/model.h"

namespace acctool {

// What one entry did to the records of one table. An id is kept when its count is 1, so
// that one record is named ("deal 41") and many are counted ("1000 deals").
struct RecordChanges {
    std::string table;  // the store's table name: client, deal, support_case, ...
    long added = 0, changed = 0, deleted = 0;
    Id added_id = 0, changed_id = 0, deleted_id = 0;
};

// The same in parts, as a summary says it: one phrase per verb, in the order written, each
// naming records of one table at a time ("deal 41": count 1 and its id; "1000 touches").
enum class ChangeVerb { Added, Changed, Deleted };
struct NamedRecords {
    std::string table;
    long count = 0;
    Id id = 0;  // when count is 1
    bool operator==(const NamedRecords&) const = default;
};
struct ChangePhrase {
    ChangeVerb verb = ChangeVerb::Added;
    std::vector<NamedRecords> records;
    bool operator==(const ChangePhrase&) const = default;
};

// "deal" / "deals" for the table "deal"; "case" / "cases" for "support_case".
std::string record_noun(std::string_view table, long count);
// "deal 41", "case 7": one record, in the user's language.
std::string name_record(std::string_view table, Id id);
// "added deal 41; changed client 3" (empty when nothing changed): the journal's summary,
// stored and listed as it is, in English.
std::string describe_changes(const std::vector<RecordChanges>& changes);
// The parts of a summary as describe_changes writes it ("added 903 invoices, 864 payments;
// changed client 3"); nothing for any other text (another wording, a count written
// otherwise, an empty summary): written back, the parts give the same bytes.
std::optional<std::vector<ChangePhrase>> parse_changes(std::string_view summary);
// A stored summary for people, in the user's language ("aggiunto: cliente 3; modificato:
// 2 trattative"), said again from its parts; as stored when it does not parse or names a
// table that has no words for people (a later version's).
std::string describe_stored_changes(std::string_view summary);
// "remove deal 41; restore client 3; put back 2 refunds": what undoing them does, for
// the confirmation, in the user's language.
std::string describe_undo(const std::vector<RecordChanges>& changes);
// The arguments joined by spaces, each one that a shell would split or expand in single
// quotes: acct deal log 'Acme SRL' 12000 --title 'it'\''s done'.
std::string quote_command_line(const std::vector<std::string>& args);

}  // namespace acctool
