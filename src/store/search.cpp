#include "store/search.h"

#include <algorithm>
#include <array>

#include <fmt/format.h>
#include <SQLiteCpp/Statement.h>

#include "store/binding.h"

namespace acctool::store {
namespace {

// The indexed columns, by the code each one's rowids carry (rowid modulo 8); codes are
// stored in the index: never renumber one. Index 0 is unused.
constexpr std::array<const char*, 7> k_source_table = {"", "client", "contact", "touch", "followup", "deal", "support_case"};
constexpr std::array<const char*, 7> k_source_column = {"", "notes", "notes", "summary", "action", "title", "summary"};
constexpr std::array<const char*, 7> k_source_code = {"0", "1", "2", "3", "4", "5", "6"};

constexpr const char* k_index_table =
    "CREATE VIRTUAL TABLE search_index USING fts5(text, tokenize = 'unicode61 remove_diacritics 2')";

// {0} table, {1} column, {2} code. The index follows the journal's record of what an entry
// (or an undo) touched: the rows of journal_row, then the id ranges of journal_batch.
constexpr const char* k_index_existing =
    "INSERT INTO search_index(rowid, text) SELECT id * 8 + {2}, {1} FROM {0} WHERE {1} <> '' ORDER BY id";
constexpr const char* k_forget_rows =
    "DELETE FROM search_index WHERE rowid IN (SELECT row_id * 8 + {2} FROM journal_row WHERE entry_id = ?1 AND tbl = '{0}')";
constexpr const char* k_index_rows =
    "INSERT INTO search_index(rowid, text) SELECT t.id * 8 + {2}, t.{1} FROM journal_row r JOIN {0} t ON t.id = r.row_id "
    "WHERE r.entry_id = ?1 AND r.tbl = '{0}' AND t.{1} <> ''";
constexpr const char* k_forget_batch =
    "DELETE FROM search_index WHERE rowid % 8 = {2} AND rowid BETWEEN "
    "(SELECT first_id * 8 FROM journal_batch WHERE entry_id = ?1 AND tbl = '{0}') AND "
    "(SELECT last_id * 8 + 7 FROM journal_batch WHERE entry_id = ?1 AND tbl = '{0}')";
constexpr const char* k_index_batch =
    "INSERT INTO search_index(rowid, text) SELECT t.id * 8 + {2}, t.{1} FROM journal_batch b JOIN {0} t "
    "ON t.id BETWEEN b.first_id AND b.last_id WHERE b.entry_id = ?1 AND b.tbl = '{0}' AND t.{1} <> '' ORDER BY t.id";

constexpr const char* k_search = R"sql(
WITH hits AS MATERIALIZED (SELECT rowid / 8 AS id, rowid % 8 AS k FROM search_index WHERE search_index MATCH ?1),
found AS (
    SELECT 'note' AS kind, c.id, c.id AS client_id, c.name AS client, c.created_on AS day, c.notes AS text
      FROM hits h JOIN client c ON h.k = 1 AND c.id = h.id
    UNION ALL SELECT 'contact', k.id, c.id, c.name, NULL, k.notes
      FROM hits h JOIN contact k ON h.k = 2 AND k.id = h.id JOIN client c ON c.id = k.client_id
    UNION ALL SELECT 'touch', t.id, c.id, c.name, t.touched_on, t.summary
      FROM hits h JOIN touch t ON h.k = 3 AND t.id = h.id JOIN client c ON c.id = t.client_id
    UNION ALL SELECT 'followup', f.id, c.id, c.name, f.due_on, f.action
      FROM hits h JOIN followup f ON h.k = 4 AND f.id = h.id JOIN client c ON c.id = f.client_id
    UNION ALL SELECT 'deal', d.id, c.id, c.name, coalesce(d.closed_on, d.created_on), d.title
      FROM hits h JOIN deal d ON h.k = 5 AND d.id = h.id JOIN client c ON c.id = d.client_id
    UNION ALL SELECT 'case', s.id, c.id, c.name, substr(s.opened_at, 1, 10), s.summary
      FROM hits h JOIN support_case s ON h.k = 6 AND s.id = h.id JOIN client c ON c.id = s.client_id)
SELECT kind, id, client, day, text FROM found WHERE ?2 IS NULL OR client_id = ?2
ORDER BY day IS NULL, day DESC, kind, id
)sql";

// Runs one of the fixed statements above (made of k_* constants only) for an entry.
void exec_for_entry(Database& db, const std::string& k_fixed_sql, Id entry) {
    SQLite::Statement q(db.sql(), k_fixed_sql);
    q.bind(1, static_cast<std::int64_t>(entry));
    q.exec();
}

}  // namespace

void create_search_index(Database& db) {
    db.sql().exec(k_index_table);
    for (std::size_t i = 1; i < k_source_table.size(); ++i)
        db.sql().exec(fmt::format(k_index_existing, k_source_table[i], k_source_column[i], k_source_code[i]));
}

void reindex_entry(Database& db, Id entry, const std::vector<std::string>& tables) {
    // FTS5 scans its whole index for a rowid range given by subqueries: the batch steps run
    // only for an entry that has a batch (an import), never for a one-record command.
    SQLite::Statement batches(db.sql(), "SELECT count(*) FROM journal_batch WHERE entry_id = ?1");
    batches.bind(1, static_cast<std::int64_t>(entry));
    batches.executeStep();
    const bool has_batch = batches.getColumn(0).getInt() > 0;
    for (std::size_t i = 1; i < k_source_table.size(); ++i) {
        if (std::find(tables.begin(), tables.end(), k_source_table[i]) == tables.end()) continue;
        exec_for_entry(db, fmt::format(k_forget_rows, k_source_table[i], k_source_column[i], k_source_code[i]), entry);
        exec_for_entry(db, fmt::format(k_index_rows, k_source_table[i], k_source_column[i], k_source_code[i]), entry);
        if (!has_batch) continue;
        exec_for_entry(db, fmt::format(k_forget_batch, k_source_table[i], k_source_column[i], k_source_code[i]), entry);
        exec_for_entry(db, fmt::format(k_index_batch, k_source_table[i], k_source_column[i], k_source_code[i]), entry);
    }
}

void search(Database& db, const std::string& fts_query, std::optional<Id> client_id,
            const std::function<void(const SearchHit&)>& found) {
    SQLite::Statement q(db.sql(), k_search);
    q.bind(1, fts_query);
    if (client_id) q.bind(2, static_cast<std::int64_t>(*client_id));
    else q.bind(2);
    SearchHit hit;
    while (q.executeStep()) {
        hit.kind = q.getColumn(0).getString();
        hit.id = q.getColumn(1).getInt64();
        hit.client = q.getColumn(2).getString();
        hit.date = optional_date_at(q.getColumn(3));
        hit.text = q.getColumn(4).getString();
        found(hit);
    }
}

}  // namespace acctool::store
