#include "store/journal.h"


#include <algorithm>
#include <array>

#include <fmt/format.h>
#include <SQLiteCpp/Exception.h>
#include <SQLiteCpp/Statement.h>
#include <sqlite3.h>

#include "core/errors.h"
#include "core/i18n.h"
#include "store/errors.h"
#include "store/rates.h"
#include "store/schema.h"
#include "store/search.h"

namespace acctool::store {
namespace {

// The record tables the journal follows, each with its image table journal_<name>,
// parents before children.
// Derived tables (first_won) are not journaled: their triggers follow the records.
constexpr std::array<const char*, 10> k_journaled = {"client",  "contact", "deal",         "refund",   "touch",
                                                      "invoice", "payment", "support_case", "followup", "rate"};

// {0}: the table. Records inserted by a batch entry are its id range, not rows here.
constexpr const char* k_insert_trigger = R"sql(
CREATE TRIGGER journal_{0}_insert AFTER INSERT ON {0}
WHEN EXISTS (SELECT 1 FROM journal WHERE open = 1 AND batch = 0)
BEGIN
    INSERT OR IGNORE INTO journal_row(entry_id, tbl, row_id, image)
    VALUES ((SELECT id FROM journal WHERE open = 1), '{0}', NEW.id, NULL);
END)sql";

// {0}: the table, {1}: UPDATE, UPDATE OF columns, or DELETE, {2}: update or delete. Only a record's
// first change in an entry keeps an image (its state before the entry), and a record the
// entry inserted needs none.
constexpr const char* k_change_trigger = R"sql(
CREATE TRIGGER journal_{0}_{2} BEFORE {1} ON {0}
WHEN EXISTS (SELECT 1 FROM journal WHERE open = 1)
 AND NOT EXISTS (SELECT 1 FROM journal_row
                 WHERE entry_id = (SELECT id FROM journal WHERE open = 1) AND tbl = '{0}' AND row_id = OLD.id)
 AND NOT EXISTS (SELECT 1 FROM journal_batch
                 WHERE entry_id = (SELECT id FROM journal WHERE open = 1) AND tbl = '{0}' AND OLD.id >= first_id)
BEGIN
    INSERT INTO journal_{0} SELECT * FROM {0} WHERE id = OLD.id;
    INSERT INTO journal_row(entry_id, tbl, row_id, image)
    VALUES ((SELECT id FROM journal WHERE open = 1), '{0}', OLD.id, last_insert_rowid());
END)sql";

constexpr const char* k_drop_insert_trigger = "DROP TRIGGER journal_{0}_insert";
constexpr const char* k_batch_start =
    "INSERT INTO journal_batch(entry_id, tbl, first_id, last_id) SELECT ?1, '{0}', coalesce(max(id), 0) + 1, 0 FROM {0}";
constexpr const char* k_batch_end =
    "UPDATE journal_batch SET last_id = (SELECT coalesce(max(id), 0) FROM {0}) WHERE entry_id = ?1 AND tbl = '{0}'";
constexpr const char* k_batch_range_first = "(SELECT first_id FROM journal_batch WHERE entry_id = ?1 AND tbl = '{0}')";
constexpr const char* k_batch_range_last = "(SELECT last_id FROM journal_batch WHERE entry_id = ?1 AND tbl = '{0}')";

// What the entry did to table {0}, as it stands: inserted and still there, changed (an
// image, the record still there), deleted (an image, the record gone); then the batch.
constexpr const char* k_row_changes = R"sql(
SELECT count(*) FILTER (WHERE r.image IS NULL AND t.id IS NOT NULL),
       coalesce(min(r.row_id) FILTER (WHERE r.image IS NULL AND t.id IS NOT NULL), 0),
       count(*) FILTER (WHERE r.image IS NOT NULL AND t.id IS NOT NULL),
       coalesce(min(r.row_id) FILTER (WHERE r.image IS NOT NULL AND t.id IS NOT NULL), 0),
       count(*) FILTER (WHERE r.image IS NOT NULL AND t.id IS NULL),
       coalesce(min(r.row_id) FILTER (WHERE r.image IS NOT NULL AND t.id IS NULL), 0)
FROM journal_row r LEFT JOIN {0} t ON t.id = r.row_id
WHERE r.entry_id = ?1 AND r.tbl = '{0}')sql";
constexpr const char* k_batch_changes = "SELECT count(*), coalesce(min(id), 0) FROM {0} WHERE id BETWEEN {1} AND {2}";

constexpr const char* k_undo_delete_rows =
    "DELETE FROM {0} WHERE id IN (SELECT row_id FROM journal_row WHERE entry_id = ?1 AND tbl = '{0}')";
constexpr const char* k_undo_delete_batch = "DELETE FROM {0} WHERE id BETWEEN {1} AND {2}";
constexpr const char* k_undo_restore =
    "INSERT INTO {0} SELECT * FROM journal_{0} WHERE rowid IN "
    "(SELECT image FROM journal_row WHERE entry_id = ?1 AND tbl = '{0}' AND image IS NOT NULL)";
constexpr const char* k_drop_images =
    "DELETE FROM journal_{0} WHERE rowid IN (SELECT image FROM journal_row WHERE tbl = '{0}' AND image IS NOT NULL "
    "AND entry_id IN (SELECT value FROM json_each(?1)))";

constexpr const char* k_entry_select = "SELECT id, at, command, summary, undone_at FROM journal ";

// A later entry, not undone, that changed a record entry ?1 changed: by record, by a
// record inside the other's batch, or the other way round.
constexpr const char* k_later_conflict = R"sql(
SELECT j.id, j.at, j.command, j.summary, j.undone_at FROM journal j
WHERE j.id > ?1 AND j.undone_at IS NULL AND (
    EXISTS (SELECT 1 FROM journal_row a JOIN journal_row b ON b.tbl = a.tbl AND b.row_id = a.row_id
            WHERE a.entry_id = ?1 AND b.entry_id = j.id)
    OR EXISTS (SELECT 1 FROM journal_batch r JOIN journal_row b ON b.tbl = r.tbl
               AND b.row_id BETWEEN r.first_id AND r.last_id WHERE r.entry_id = ?1 AND b.entry_id = j.id)
    OR EXISTS (SELECT 1 FROM journal_batch r JOIN journal_row a ON a.tbl = r.tbl
               AND a.row_id BETWEEN r.first_id AND r.last_id WHERE r.entry_id = j.id AND a.entry_id = ?1))
ORDER BY j.id DESC LIMIT 1)sql";

// The earliest later entry, not undone, that wrote record ?2 of table ?3.
constexpr const char* k_writer_of_record = R"sql(
SELECT j.id, j.at, j.command, j.summary, j.undone_at FROM journal j
WHERE j.id > ?1 AND j.undone_at IS NULL AND (
    EXISTS (SELECT 1 FROM journal_row WHERE entry_id = j.id AND tbl = ?3 AND row_id = ?2)
    OR EXISTS (SELECT 1 FROM journal_batch WHERE entry_id = j.id AND tbl = ?3 AND ?2 BETWEEN first_id AND last_id))
ORDER BY j.id LIMIT 1)sql";

JournalEntry entry_from_row(SQLite::Statement& q) {
    JournalEntry e;
    e.id = q.getColumn(0).getInt64();
    e.at = q.getColumn(1).getString();
    e.command = q.getColumn(2).getString();
    e.summary = q.getColumn(3).getString();
    if (!q.getColumn(4).isNull()) e.undone_at = q.getColumn(4).getString();
    return e;
}

// Runs one of the fixed statements above (made of k_* constants only) for an entry.
void exec_for_entry(Database& db, const std::string& k_fixed_sql, Id entry) {
    SQLite::Statement q(db.sql(), k_fixed_sql);
    q.bind(1, static_cast<std::int64_t>(entry));
    q.exec();
}

// The positions in k_journaled of the tables named (entry_tables), in k_journaled's order.
std::vector<std::size_t> positions(const std::vector<std::string>& names) {
    std::vector<std::size_t> found;
    for (std::size_t t = 0; t < k_journaled.size(); ++t)
        if (std::find(names.begin(), names.end(), k_journaled[t]) != names.end()) found.push_back(t);
    return found;
}

// What the entry did, in the tables at `tables` (positions in k_journaled).
std::vector<RecordChanges> record_changes(Database& db, Id entry, const std::vector<std::size_t>& tables) {
    std::vector<RecordChanges> all;
    for (std::size_t t : tables) {
        RecordChanges c;
        c.table = k_journaled[t];
        SQLite::Statement rows(db.sql(), fmt::format(k_row_changes, k_journaled[t]));
        rows.bind(1, static_cast<std::int64_t>(entry));
        rows.executeStep();
        c.added = rows.getColumn(0).getInt64();
        c.added_id = rows.getColumn(1).getInt64();
        c.changed = rows.getColumn(2).getInt64();
        c.changed_id = rows.getColumn(3).getInt64();
        c.deleted = rows.getColumn(4).getInt64();
        c.deleted_id = rows.getColumn(5).getInt64();
        SQLite::Statement batch(db.sql(), fmt::format(k_batch_changes, k_journaled[t],
                                                      fmt::format(k_batch_range_first, k_journaled[t]),
                                                      fmt::format(k_batch_range_last, k_journaled[t])));
        batch.bind(1, static_cast<std::int64_t>(entry));
        batch.executeStep();
        if (const long n = batch.getColumn(0).getInt64(); n > 0) {
            if (c.added == 0) c.added_id = batch.getColumn(1).getInt64();
            c.added += n;
        }
        if (c.added || c.changed || c.deleted) all.push_back(c);
    }
    return all;
}

// TRANSLATORS: "entry 12 ('acct deal log acme 100' of 2026-11-23T10:02)": a journal entry's id,
// its command line and its time.
std::string entry_label(const JournalEntry& e) { return trf("entry {} ('{}' of {})", e.id, e.command, e.at); }

std::optional<JournalEntry> one_entry(SQLite::Statement& q) {
    if (!q.executeStep()) return std::nullopt;
    return entry_from_row(q);
}

// Drops the images and the record lists of the entries whose ids are in the JSON array,
// in the tables at `tables` (positions in k_journaled).
void drop_entry_records(Database& db, const std::string& ids_json, const std::vector<std::size_t>& tables) {
    for (std::size_t t : tables) {
        SQLite::Statement q(db.sql(), fmt::format(k_drop_images, k_journaled[t]));
        q.bind(1, ids_json);
        q.exec();
    }
}

void prune(Database& db, const std::string& before) {
    SQLite::Statement old(db.sql(), "SELECT json_group_array(id) FROM journal WHERE at < ?1 AND open = 0");
    old.bind(1, before);
    old.executeStep();
    const std::string ids = old.getColumn(0).getString();
    if (ids == "[]") return;
    std::vector<std::size_t> every(k_journaled.size());
    for (std::size_t t = 0; t < every.size(); ++t) every[t] = t;
    drop_entry_records(db, ids, every);
    SQLite::Statement gone(db.sql(), "DELETE FROM journal WHERE id IN (SELECT value FROM json_each(?1))");
    gone.bind(1, ids);
    gone.exec();  // journal_row and journal_batch follow (ON DELETE CASCADE)
}

// Names the later entry that wrote the first record left dangling by an undo of `id`.
[[noreturn]] void throw_dependent(Database& db, Id id) {
    SQLite::Statement check(db.sql(), "PRAGMA foreign_key_check");
    if (check.executeStep()) {
        const std::string table = check.getColumn(0).getString();
        const Id row = check.getColumn(1).getInt64();
        SQLite::Statement writer(db.sql(), k_writer_of_record);
        writer.bind(1, static_cast<std::int64_t>(id));
        writer.bind(2, static_cast<std::int64_t>(row));
        writer.bind(3, table);
        if (auto later = one_entry(writer))
            // TRANSLATORS: the entry's id, then the later entry (entry 12 ('...' of ...)).
            throw Conflict(trf("cannot undo entry {}: {} depends on it; undo it first", id, entry_label(*later)));
        // TRANSLATORS: "cannot undo entry 12: deal 41 refers to what it would remove".
        throw Conflict(trf("cannot undo entry {}: {} refers to what it would remove", id, name_record(table, row)));
    }
    throw Conflict(trf("cannot undo entry {}: later records refer to what it would remove", id));
}

}  // namespace

std::vector<std::string> entry_tables(Database& db, Id entry) {
    SQLite::Statement q(db.sql(), "SELECT tbl FROM journal_row WHERE entry_id = ?1 "
                                  "UNION SELECT tbl FROM journal_batch WHERE entry_id = ?1");
    q.bind(1, static_cast<std::int64_t>(entry));
    std::vector<std::string> names;
    while (q.executeStep()) names.push_back(q.getColumn(0).getString());
    return names;
}

void create_journal_triggers(Database& db, const char* k_table, JournalTriggers which) {
    // An update that writes base_amount alone is a re-conversion, not a change to keep.
    // Named k_ for tools/check_sql.py: built from the table's own column names, no value.
    std::string k_update_event = "UPDATE";
    std::string columns;
    SQLite::Statement info(db.sql(), fmt::format("SELECT name FROM pragma_table_info('{}')", k_table));
    bool converted = false;
    while (info.executeStep()) {
        const std::string name = info.getColumn(0).getString();
        if (name == "base_amount") {
            converted = true;
            continue;
        }
        columns += (columns.empty() ? "" : ", ") + name;
    }
    if (converted) k_update_event = "UPDATE OF " + columns;
    if (which == JournalTriggers::All) db.sql().exec(fmt::format(k_insert_trigger, k_table));
    db.sql().exec(fmt::format(k_change_trigger, k_table, k_update_event, "update"));
    if (which == JournalTriggers::All) db.sql().exec(fmt::format(k_change_trigger, k_table, "DELETE", "delete"));
}

Id open_journal_entry(Database& db, const JournalOrigin& origin, bool batch) {
    SQLite::Statement q(db.sql(), "INSERT INTO journal(at, command, open, batch) VALUES (?1, ?2, 1, ?3)");
    q.bind(1, origin.at);
    q.bind(2, origin.command);
    q.bind(3, batch ? 1 : 0);
    q.exec();
    const Id entry = db.sql().getLastInsertRowid();
    if (batch)
        for (std::size_t t = 0; t < k_journaled.size(); ++t) {
            exec_for_entry(db, fmt::format(k_batch_start, k_journaled[t]), entry);
            // A batch keeps its inserts as ranges: without the trigger a row costs nothing.
            db.sql().exec(fmt::format(k_drop_insert_trigger, k_journaled[t]));
        }
    return entry;
}

void close_journal_entry(Database& db, Id entry, const JournalOrigin& origin) {
    SQLite::Statement batch(db.sql(), "SELECT batch FROM journal WHERE id = ?1");
    batch.bind(1, static_cast<std::int64_t>(entry));
    batch.executeStep();
    if (batch.getColumn(0).getInt() == 1)
        for (std::size_t t = 0; t < k_journaled.size(); ++t) {
            exec_for_entry(db, fmt::format(k_batch_end, k_journaled[t]), entry);
            db.sql().exec(fmt::format(k_insert_trigger, k_journaled[t]));
        }
    exec_for_entry(db, "DELETE FROM journal_batch WHERE entry_id = ?1 AND last_id < first_id", entry);
    const std::vector<std::string> names = entry_tables(db, entry);
    reindex_entry(db, entry, names);
    const std::string summary = describe_changes(record_changes(db, entry, positions(names)));
    if (summary.empty()) {
        exec_for_entry(db, "DELETE FROM journal WHERE id = ?1", entry);  // it changed nothing
    } else {
        SQLite::Statement q(db.sql(), "UPDATE journal SET open = 0, summary = ?2 WHERE id = ?1");
        q.bind(1, static_cast<std::int64_t>(entry));
        q.bind(2, summary);
        q.exec();
    }
    if (origin.prune_before) prune(db, *origin.prune_before);
}

std::vector<JournalEntry> list_journal(Database& db, bool undoable_only) {
    SQLite::Statement q(db.sql(), std::string(k_entry_select) + (undoable_only ? "WHERE undone_at IS NULL " : "") +
                                      "ORDER BY id DESC");
    std::vector<JournalEntry> entries;
    while (q.executeStep()) entries.push_back(entry_from_row(q));
    return entries;
}

UndoPlan plan_undo(Database& db, std::optional<Id> id) {
    std::optional<JournalEntry> entry;
    if (id) {
        SQLite::Statement q(db.sql(), std::string(k_entry_select) + "WHERE id = ?1");
        q.bind(1, static_cast<std::int64_t>(*id));
        entry = one_entry(q);
        if (!entry) throw NotFound(trf("no journal entry {} (see acct log)", *id));
        if (entry->undone_at)
            // TRANSLATORS: the entry (entry 12 ('...' of ...)), then the time it was undone.
            throw Conflict(trf("{} was undone already, on {}", entry_label(*entry), *entry->undone_at));
    } else {
        SQLite::Statement q(db.sql(), std::string(k_entry_select) + "WHERE undone_at IS NULL ORDER BY id DESC LIMIT 1");
        entry = one_entry(q);
        if (!entry) throw NotFound(tr("nothing to undo: the journal has no entry that is not undone (see acct log)"));
    }
    SQLite::Statement later(db.sql(), k_later_conflict);
    later.bind(1, static_cast<std::int64_t>(entry->id));
    if (auto blocker = one_entry(later))
        // TRANSLATORS: two entries (entry 12 ('...' of ...)): the one to undo, the later one.
        throw Conflict(trf("cannot undo {}: {} changed the same records since; undo it first", entry_label(*entry),
                                   entry_label(*blocker)));
    return {*entry, record_changes(db, entry->id, positions(entry_tables(db, entry->id)))};
}

void undo_entry(Database& db, Id id, const std::string& at) {
    WriteTransaction tx(db, Journaling::None);
    plan_undo(db, id);  // the same checks, now under the write lock
    db.sql().exec("PRAGMA defer_foreign_keys = ON");  // rows come back in any order
    SQLite::Statement deal_batch(db.sql(), "SELECT count(*) FROM journal_batch WHERE entry_id = ?1 AND tbl = 'deal'");
    deal_batch.bind(1, static_cast<std::int64_t>(id));
    deal_batch.executeStep();
    const bool many_deals = deal_batch.getColumn(0).getInt() > 0;
    if (many_deals) suspend_first_won_deletes(db);
    // Only the tables the entry touched: each statement on a table compiles its triggers.
    const std::vector<std::string> names = entry_tables(db, id);
    const std::vector<std::size_t> tables = positions(names);
    // Children before parents: a parent's delete then finds no child rows to count.
    for (auto it = tables.rbegin(); it != tables.rend(); ++it) {
        const std::size_t t = *it;
        exec_for_entry(db, fmt::format(k_undo_delete_rows, k_journaled[t]), id);
        exec_for_entry(db, fmt::format(k_undo_delete_batch, k_journaled[t], fmt::format(k_batch_range_first, k_journaled[t]),
                                       fmt::format(k_batch_range_last, k_journaled[t])),
                       id);
    }
    try {
        for (std::size_t t : tables) exec_for_entry(db, fmt::format(k_undo_restore, k_journaled[t]), id);
    } catch (const SQLite::Exception& e) {
        throw Conflict(trf("cannot undo entry {}: a record it would bring back clashes with one written since "
                                   "({}); undo the later entries first",
                                   id, sqlite_words(e.getErrorStr())));
    }
    if (many_deals) rebuild_first_won(db);
    // Images keep base amounts of their day; rates may have changed since (a re-conversion
    // keeps no images): the records brought back are converted again. An undone rate
    // changes what every record of its currency converts to.
    SQLite::Statement rates(db.sql(), "SELECT count(*) FROM journal_row WHERE entry_id = ?1 AND tbl = 'rate'");
    rates.bind(1, static_cast<std::int64_t>(id));
    rates.executeStep();
    if (rates.getColumn(0).getInt() > 0) reconvert_all(db);
    else reconvert_restored(db, id);
    reindex_entry(db, id, names);  // before its records of what it touched go
    drop_entry_records(db, fmt::format("[{}]", id), tables);
    exec_for_entry(db, "DELETE FROM journal_row WHERE entry_id = ?1", id);
    exec_for_entry(db, "DELETE FROM journal_batch WHERE entry_id = ?1", id);
    SQLite::Statement mark(db.sql(), "UPDATE journal SET undone_at = ?2 WHERE id = ?1");
    mark.bind(1, static_cast<std::int64_t>(id));
    mark.bind(2, at);
    mark.exec();
    try {
        tx.commit();
    } catch (const SQLite::Exception& e) {
        // A deferred foreign key still broken at COMMIT leaves the transaction open: a
        // record written since refers to what the undo removes (a deal of a client the
        // entry added). Only now pay for the scan that names it.
        if (e.getExtendedErrorCode() != SQLITE_CONSTRAINT_FOREIGNKEY) throw;
        throw_dependent(db, id);
    }
}

}  // namespace acctool::store
