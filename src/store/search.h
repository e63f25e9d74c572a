#pragma once
// The full-text index of `acct search` (docs/search.md): one FTS5 table over client notes,
// contact notes, touch summaries, follow-up actions, deal titles and case summaries; a
// row's rowid is its record's id x 8 + its kind. The index follows the journal: when an
// entry closes (and when one is undone) the records it touched are indexed again, so
// edits, deletes, imports and undo all follow. (Triggers cannot write an FTS5 table while
// trusted_schema is off, which acct keeps.)
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "core/dates.h"
#include "core/model.h"
#include "store/database.h"

namespace acctool::store {

// Version 11: the index, its triggers, and the text already there.
void create_search_index(Database& db);

// Indexes again the records journal entry `entry` touched (its rows and batch ranges), in
// the tables it touched (`tables`, as store::entry_tables gives them).
void reindex_entry(Database& db, Id entry, const std::vector<std::string>& tables);

struct SearchHit {
    std::string kind;  // note, contact, touch, followup, deal, case
    Id id = 0;
    std::string client;
    std::optional<Date> date;
    std::string text;
};
// Newest first (records without a date last), then kind and id, each handed to `found` as
// it is read (a search can match every record).
void search(Database& db, const std::string& fts_query, std::optional<Id> client_id,
            const std::function<void(const SearchHit&)>& found);

}  // namespace acctool::store
