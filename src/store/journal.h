#pragma once
// The journal of `acct undo` and `acct log` (docs/journal.md): every WriteTransaction of a
// command opens one entry; triggers on the record tables keep, for each record the entry
// changes, its image before the change (journal_<table>), or that the entry inserted it.
// An import journals its inserted rows as id ranges (a batch), so a million rows cost two
// numbers. Ordinary tables and triggers: nothing that a PostgreSQL store could not do.
#include <optional>
#include <string>
#include <vector>

#include "core/dates.h"
#include "core/journal_text.h"
#include "core/model.h"
#include "store/database.h"

namespace acctool::store {

// The journal's triggers on one record table (the migration that creates the table, or
// its journal, calls it); UpdateOnly re-creates the update trigger alone. On a table with
// base_amount, the update trigger ignores updates of base_amount alone (re-conversions).
enum class JournalTriggers { All, UpdateOnly };
void create_journal_triggers(Database& db, const char* table, JournalTriggers which = JournalTriggers::All);

// Called by WriteTransaction: opens the entry, then closes it before COMMIT (summary,
// batch ranges, pruning of entries older than origin.prune_before). An entry whose command
// changed nothing is dropped.
Id open_journal_entry(Database& db, const JournalOrigin& origin, bool batch);
void close_journal_entry(Database& db, Id entry, const JournalOrigin& origin);

// The record tables (by name) an entry inserted, changed or deleted rows of.
std::vector<std::string> entry_tables(Database& db, Id entry);

struct JournalEntry {
    Id id = 0;
    std::string at;
    std::string command;
    std::string summary;
    std::optional<std::string> undone_at;
};

// Newest first; only the entries not undone with `undoable_only`.
std::vector<JournalEntry> list_journal(Database& db, bool undoable_only);

// What undoing an entry does. Throws NotFound when there is no such entry (or nothing to
// undo, for the newest), Conflict when it was undone already or a later entry not undone
// changed the same records (naming that entry: undo it first).
struct UndoPlan {
    JournalEntry entry;
    std::vector<RecordChanges> changes;  // what the entry did, as it stands now
};
UndoPlan plan_undo(Database& db, std::optional<Id> entry);
// Reverts the entry inside the caller's transaction (one opened without a journal entry):
// records it inserted go, records it changed or deleted come back as they were, with their
// ids; derived data (first_won) follows through its own triggers. Throws Conflict when a
// later command depends on what would go (a deal of a client the entry added).
void undo_entry(Database& db, Id entry, const std::string& at);

}  // namespace acctool::store
