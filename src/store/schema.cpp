#include "store/schema.h"

#include <string>

#include <SQLiteCpp/Statement.h>
#include <fmt/format.h>

#include "core/names.h"
#include "store/database.h"
#include "store/journal.h"
#include "store/search.h"

namespace acctool::store {
namespace {

// Version 1: every entity of the man page's DESCRIPTION. Dates are ISO text (YYYY-MM-DD), which
// sorts and compares correctly and reads well in the sqlite3 shell; money is integer
// minor units with its currency code beside it. name_key holds the Unicode case fold of
// a name, for case-insensitive uniqueness in any script (NOCASE only folds ASCII).
constexpr std::string_view k_v1 = R"sql(
CREATE TABLE client (
    id                    INTEGER PRIMARY KEY,
    name                  TEXT NOT NULL CHECK (name <> ''),
    name_key              TEXT NOT NULL UNIQUE,
    tier                  TEXT NOT NULL,
    status                TEXT NOT NULL DEFAULT 'customer'
                          CHECK (status IN ('customer', 'prospect', 'archived')),
    status_before_archive TEXT CHECK (status_before_archive IN ('customer', 'prospect')),
    industry              TEXT NOT NULL DEFAULT '',
    region                TEXT NOT NULL DEFAULT '',
    tags                  TEXT NOT NULL DEFAULT '',
    cadence_days          INTEGER CHECK (cadence_days > 0),
    credit_limit          INTEGER CHECK (credit_limit >= 0),
    currency              TEXT NOT NULL,
    payment_terms_days    INTEGER CHECK (payment_terms_days >= 0),
    notes                 TEXT NOT NULL DEFAULT '',
    created_on            TEXT NOT NULL
);

CREATE TABLE contact (
    id             INTEGER PRIMARY KEY,
    client_id      INTEGER NOT NULL REFERENCES client(id),
    name           TEXT NOT NULL CHECK (name <> ''),
    name_key       TEXT NOT NULL,
    role           TEXT NOT NULL DEFAULT '',
    decision_maker INTEGER NOT NULL DEFAULT 0 CHECK (decision_maker IN (0, 1)),
    email          TEXT NOT NULL DEFAULT '',
    phone          TEXT NOT NULL DEFAULT '',
    birthday       TEXT,              -- 'MM-DD' or 'YYYY-MM-DD'
    birthday_md    TEXT,              -- 'MM-DD', for the plan's birthday lookup
    notes          TEXT NOT NULL DEFAULT '',
    UNIQUE (client_id, name_key)
);
CREATE INDEX contact_by_birthday ON contact(birthday_md, client_id) WHERE birthday_md IS NOT NULL;

CREATE TABLE deal (
    id               INTEGER PRIMARY KEY,
    client_id        INTEGER NOT NULL REFERENCES client(id),
    title            TEXT NOT NULL DEFAULT '',
    amount           INTEGER NOT NULL CHECK (amount >= 0),
    currency         TEXT NOT NULL,
    stage            TEXT NOT NULL,   -- a config stage, 'won' or 'lost'
    probability      REAL CHECK (probability BETWEEN 0 AND 1),  -- NULL: the stage's
    product          TEXT NOT NULL DEFAULT '',
    kind             TEXT NOT NULL DEFAULT 'new'
                     CHECK (kind IN ('new', 'upsell', 'cross-sell', 'renewal')),
    expected_close   TEXT,
    closed_on        TEXT,
    lost_reason      TEXT NOT NULL DEFAULT '',
    discount         INTEGER NOT NULL DEFAULT 0 CHECK (discount >= 0),
    created_on       TEXT NOT NULL,
    stage_changed_on TEXT NOT NULL,
    CHECK ((stage IN ('won', 'lost')) = (closed_on IS NOT NULL))
);

CREATE TABLE refund (
    id          INTEGER PRIMARY KEY,
    deal_id     INTEGER NOT NULL REFERENCES deal(id),
    amount      INTEGER NOT NULL CHECK (amount > 0),
    currency    TEXT NOT NULL,
    refunded_on TEXT NOT NULL,
    reason      TEXT NOT NULL DEFAULT ''
);
CREATE INDEX refund_by_date ON refund(refunded_on, deal_id, amount);
CREATE INDEX refund_by_deal ON refund(deal_id, amount);

CREATE TABLE touch (
    id          INTEGER PRIMARY KEY,
    client_id   INTEGER NOT NULL REFERENCES client(id),
    kind        TEXT NOT NULL
                CHECK (kind IN ('call', 'visit', 'meeting', 'email', 'message', 'note')),
    touched_on  TEXT NOT NULL,
    contact_id  INTEGER REFERENCES contact(id),
    summary     TEXT NOT NULL DEFAULT '',
    next_action TEXT NOT NULL DEFAULT '',
    next_date   TEXT
);
-- Last touch and last visit per client (plan, activity, client list).
CREATE INDEX touch_by_client ON touch(client_id, touched_on, kind);
CREATE INDEX touch_by_date ON touch(touched_on, client_id, kind);
CREATE INDEX touch_follow_up ON touch(next_date, client_id) WHERE next_date IS NOT NULL;

CREATE TABLE invoice (
    id          INTEGER PRIMARY KEY,
    client_id   INTEGER NOT NULL REFERENCES client(id),
    deal_id     INTEGER REFERENCES deal(id),
    number      TEXT NOT NULL DEFAULT '',
    amount      INTEGER NOT NULL CHECK (amount > 0),
    currency    TEXT NOT NULL,
    issued_on   TEXT NOT NULL,
    due_on      TEXT NOT NULL,
    -- The sum of the invoice's payments, kept by the store in the same transaction
    -- as each payment, so that "open invoices" is a small partial index.
    paid_amount INTEGER NOT NULL DEFAULT 0,
    paid_on     TEXT,                 -- the date of the payment that settled it
    CHECK (paid_amount BETWEEN 0 AND amount)
);
CREATE UNIQUE INDEX invoice_by_number ON invoice(number) WHERE number <> '';
CREATE INDEX invoice_by_client ON invoice(client_id, due_on);
CREATE INDEX invoice_open ON invoice(due_on, client_id, amount, paid_amount)
    WHERE paid_amount < amount;

CREATE TABLE payment (
    id         INTEGER PRIMARY KEY,
    invoice_id INTEGER NOT NULL REFERENCES invoice(id),
    amount     INTEGER NOT NULL CHECK (amount > 0),
    currency   TEXT NOT NULL,
    paid_on    TEXT NOT NULL
);
CREATE INDEX payment_by_date ON payment(paid_on, invoice_id, amount);
CREATE INDEX payment_by_invoice ON payment(invoice_id, paid_on, amount);

CREATE TABLE support_case (
    id                INTEGER PRIMARY KEY,
    client_id         INTEGER NOT NULL REFERENCES client(id),
    opened_at         TEXT NOT NULL,  -- 'YYYY-MM-DDTHH:MM'
    first_response_at TEXT,
    resolved_at       TEXT,
    severity          TEXT NOT NULL DEFAULT 'normal'
                      CHECK (severity IN ('low', 'normal', 'high', 'critical')),
    summary           TEXT NOT NULL CHECK (summary <> '')
);
CREATE INDEX case_by_opened ON support_case(opened_at, client_id);
CREATE INDEX case_open ON support_case(client_id) WHERE resolved_at IS NULL;

-- bench: a client's unpaid invoices (plan, portfolio, client card). invoice_by_client
-- alone makes "earliest unpaid due date of this client" read every invoice the client
-- ever had (200 000 table rows per plan at full scale); this reads only the open ones.
CREATE INDEX invoice_open_by_client ON invoice(client_id, due_on) WHERE paid_amount < amount;
)sql";

// Version 1's deal indexes, as version 1 created them (a migration never changes).
constexpr std::string_view k_v1_deal_indexes = R"sql(
CREATE INDEX deal_won_by_date ON deal(closed_on, client_id, amount, product, kind, stage)
    WHERE stage = 'won';
CREATE INDEX deal_won_by_client ON deal(client_id, closed_on, amount, product, stage)
    WHERE stage = 'won';
CREATE INDEX deal_closed_by_date ON deal(closed_on, stage) WHERE closed_on IS NOT NULL;
CREATE INDEX deal_open ON deal(client_id, stage, expected_close, amount, probability, stage_changed_on)
    WHERE stage NOT IN ('won', 'lost');
)sql";

// Version 2 (bench, issue 6): what kpi asks of the whole history, kept small.
// - first_won: the date of each client's first won deal of each product line ('' too),
//   kept by triggers on deal. "New clients" and "first sale of a product line" in a
//   period were otherwise a probe into every earlier deal of every deal of the period.
// - Lost deals by date replace all closed deals by date: won deals have their own index,
//   and the win rate only needs the lost ones (a tenth of the rows to build on import).
// - deal_open_by_stage: the pipeline by stage and probability (kpi, report pipeline)
//   without sorting every open deal.
// - invoice_settled: invoices settled after a date, for receivables as of that date
//   (open ones are invoice_open). paid_on, the settling day, becomes the latest payment's
//   date: version 1 stored the date of the payment entered last, which differs when
//   payments were entered out of date order.
constexpr std::string_view k_v2 = R"sql(
DROP INDEX IF EXISTS deal_closed_by_date;
CREATE INDEX deal_lost_by_date ON deal(closed_on, stage) WHERE stage = 'lost';
CREATE INDEX deal_open_by_stage ON deal(stage, probability, amount) WHERE stage NOT IN ('won', 'lost');
UPDATE invoice SET paid_on = (SELECT max(p.paid_on) FROM payment p WHERE p.invoice_id = invoice.id)
    WHERE paid_on IS NOT NULL;
CREATE INDEX invoice_settled ON invoice(paid_on, due_on) WHERE paid_on IS NOT NULL;
CREATE TABLE first_won (
    client_id INTEGER NOT NULL,
    product   TEXT NOT NULL,
    won_on    TEXT NOT NULL,
    PRIMARY KEY (client_id, product)
) WITHOUT ROWID;
CREATE INDEX first_won_by_date ON first_won(won_on);
INSERT INTO first_won(client_id, product, won_on)
    SELECT client_id, product, min(closed_on) FROM deal WHERE stage = 'won' GROUP BY client_id, product;
)sql";

// The triggers that keep first_won equal to
//   SELECT client_id, product, min(closed_on) FROM deal WHERE stage = 'won' GROUP BY 1, 2
// through every write of deal, from two bodies: the old row's pair is recomputed from the
// deal table (deal_won_by_client, walked by date up to the first deal of that product: a
// min() with the product filter would read every won deal of the client), the new row is
// folded in.
constexpr std::string_view k_first_won_recompute_old = R"sql(
    DELETE FROM first_won WHERE client_id = OLD.client_id AND product = OLD.product;
    INSERT INTO first_won(client_id, product, won_on)
        SELECT OLD.client_id, OLD.product, closed_on FROM deal
        WHERE client_id = OLD.client_id AND stage = 'won' AND product = OLD.product ORDER BY closed_on LIMIT 1;
)sql";
constexpr std::string_view k_first_won_fold_new = R"sql(
    INSERT INTO first_won(client_id, product, won_on)
        SELECT NEW.client_id, NEW.product, NEW.closed_on WHERE NEW.stage = 'won'
        ON CONFLICT (client_id, product) DO UPDATE SET won_on = excluded.won_on WHERE excluded.won_on < won_on;
)sql";

const std::string k_first_won_insert_trigger =
    "CREATE TRIGGER first_won_after_insert AFTER INSERT ON deal WHEN NEW.stage = 'won' BEGIN" +
    std::string(k_first_won_fold_new) + "END;\n";

// The delete trigger as versions 2 and 16 create it, and as undo puts it back.
const std::string k_first_won_delete_trigger =
    "CREATE TRIGGER first_won_after_delete AFTER DELETE ON deal WHEN OLD.stage = 'won' BEGIN" +
    std::string(k_first_won_recompute_old) + "END;\n";

const std::string k_first_won_change_triggers =
    "CREATE TRIGGER first_won_after_update AFTER UPDATE OF client_id, stage, product, closed_on ON deal\n"
    "WHEN OLD.stage = 'won' OR NEW.stage = 'won' BEGIN" +
    std::string(k_first_won_recompute_old) + std::string(k_first_won_fold_new) + "END;\n" +
    k_first_won_delete_trigger;

// The secondary indexes of deal and first_won's insert trigger as they are now: what a
// bulk import drops and builds once at the end, inside its transaction (a sorted build
// is several times faster than keeping four B-trees in order through a million inserts).
constexpr std::string_view k_deal_indexes = R"sql(
-- Revenue by period (sales, kpi): a range scan that never touches the table, summing
-- base amounts (version 13). `stage` is in the key too: SQLite 3.40 reads the row to
-- recheck a partial index's WHERE column unless the index itself holds it.
CREATE INDEX deal_won_by_date ON deal(closed_on, client_id, base_amount, product, kind, stage)
    WHERE stage = 'won';
-- A client's won history (history, first order, last order, first_won's upkeep).
CREATE INDEX deal_won_by_client ON deal(client_id, closed_on, base_amount, product, stage)
    WHERE stage = 'won';
-- Win rate: deals lost in a period.
CREATE INDEX deal_lost_by_date ON deal(closed_on, stage) WHERE stage = 'lost';
-- The pipeline and the plan: open deals only, a small part of the table; by client (plan,
-- portfolio) and by stage (pipeline totals).
CREATE INDEX deal_open ON deal(client_id, stage, expected_close, amount, currency, probability, stage_changed_on)
    WHERE stage NOT IN ('won', 'lost');
CREATE INDEX deal_open_by_stage ON deal(stage, probability, amount, currency) WHERE stage NOT IN ('won', 'lost');
-- Closed deals without a base amount (no rate covered them yet): found at open, warned of.
CREATE INDEX deal_unconverted ON deal(currency) WHERE base_amount IS NULL AND closed_on IS NOT NULL;
)sql";

constexpr std::string_view k_drop_deal_indexes_only =
    "DROP INDEX IF EXISTS deal_won_by_date; DROP INDEX IF EXISTS deal_won_by_client; "
    "DROP INDEX IF EXISTS deal_lost_by_date; DROP INDEX IF EXISTS deal_open; DROP INDEX IF EXISTS deal_open_by_stage; "
    "DROP INDEX IF EXISTS deal_unconverted; ";
const std::string k_drop_deal_indexes = std::string(k_drop_deal_indexes_only) + "DROP TRIGGER first_won_after_insert;";

// The secondary indexes of touch, as in version 1, for bulk imports of touches.
constexpr std::string_view k_touch_indexes = R"sql(
CREATE INDEX touch_by_client ON touch(client_id, touched_on, kind);
CREATE INDEX touch_by_date ON touch(touched_on, client_id, kind);
CREATE INDEX touch_follow_up ON touch(next_date, client_id) WHERE next_date IS NOT NULL;
)sql";

constexpr std::string_view k_drop_touch_indexes =
    "DROP INDEX touch_by_client; DROP INDEX touch_by_date; DROP INDEX touch_follow_up;";

// Folds the won deals with ids above ?1 into first_won: what the insert trigger would have
// done for each of them.
constexpr const char* k_fold_into_first_won =
    "INSERT INTO first_won(client_id, product, won_on) "
    "SELECT client_id, product, min(closed_on) FROM deal WHERE id > ?1 AND stage = 'won' GROUP BY client_id, product "
    "ON CONFLICT (client_id, product) DO UPDATE SET won_on = excluded.won_on WHERE excluded.won_on < won_on";

constexpr std::string_view k_rebuild_first_won = R"sql(
DELETE FROM first_won;
INSERT INTO first_won(client_id, product, won_on)
    SELECT client_id, product, min(closed_on) FROM deal WHERE stage = 'won' GROUP BY client_id, product;
)sql";

}  // namespace

// Versions 3 to 8 were reserved as empty slots and have been written as such into
// databases (user_version 8): a database at version 8 never runs them again, so they stay
// comments forever (tests/cli/test_static.sh checks it). New work is a new version at the
// end of the list, 9 and on, one per capability.
constexpr std::string_view k_v3 = "-- version 3: follow-ups";
constexpr std::string_view k_v4 = "-- version 4: the journal";
constexpr std::string_view k_v5 = "-- version 5: names";
constexpr std::string_view k_v6 = "-- version 6: currencies";
constexpr std::string_view k_v7 = "-- version 7: customer since";
constexpr std::string_view k_v8 = "-- version 8: safety";

// Version 9: the journal of `acct undo` and `acct log` (docs/journal.md). journal_X holds
// the images of rows of X as they were before an entry changed them: the same columns in
// the same order (CREATE TABLE AS), no constraints, so `INSERT INTO X SELECT * FROM
// journal_X` restores a row whatever X's columns. A migration that adds a column to X adds
// it to journal_X too (tests/cli/test_undo.sh compares them).
constexpr std::string_view k_v9 = R"sql(
CREATE TABLE journal (
    id        INTEGER PRIMARY KEY,
    at        TEXT NOT NULL,               -- 'YYYY-MM-DDTHH:MM:SS', local time
    command   TEXT NOT NULL,               -- the command line as typed
    summary   TEXT NOT NULL DEFAULT '',    -- what it changed: 'added deal 41'
    open      INTEGER NOT NULL DEFAULT 0,  -- 1 while its command writes (never committed so)
    batch     INTEGER NOT NULL DEFAULT 0,  -- 1: inserted rows are kept as id ranges
    undone_at TEXT
);
CREATE INDEX journal_open ON journal(open) WHERE open = 1;
CREATE INDEX journal_by_at ON journal(at);
-- One row per record an entry changed, at its first change: image is the rowid of the
-- record's image in journal_<tbl> before the change, NULL for a record the entry inserted.
CREATE TABLE journal_row (
    entry_id INTEGER NOT NULL REFERENCES journal(id) ON DELETE CASCADE,
    tbl      TEXT NOT NULL,
    row_id   INTEGER NOT NULL,
    image    INTEGER,
    PRIMARY KEY (entry_id, tbl, row_id)
) WITHOUT ROWID;
CREATE INDEX journal_row_by_record ON journal_row(tbl, row_id, entry_id);
-- The records a batch entry (an import) inserted: ids first_id..last_id of tbl.
CREATE TABLE journal_batch (
    entry_id INTEGER NOT NULL REFERENCES journal(id) ON DELETE CASCADE,
    tbl      TEXT NOT NULL,
    first_id INTEGER NOT NULL,
    last_id  INTEGER NOT NULL,
    PRIMARY KEY (entry_id, tbl)
) WITHOUT ROWID;
CREATE TABLE journal_client AS SELECT * FROM client WHERE 0;
CREATE TABLE journal_contact AS SELECT * FROM contact WHERE 0;
CREATE TABLE journal_deal AS SELECT * FROM deal WHERE 0;
CREATE TABLE journal_refund AS SELECT * FROM refund WHERE 0;
CREATE TABLE journal_touch AS SELECT * FROM touch WHERE 0;
CREATE TABLE journal_invoice AS SELECT * FROM invoice WHERE 0;
CREATE TABLE journal_payment AS SELECT * FROM payment WHERE 0;
CREATE TABLE journal_support_case AS SELECT * FROM support_case WHERE 0;
)sql";

void create_v9_journal_triggers(Database& db) {
    for (const char* table : {"client", "contact", "deal", "refund", "touch", "invoice", "payment", "support_case"})
        create_journal_triggers(db, table);
}

// Version 10: follow-ups are records (man page, FOLLOW-UPS): opened by a touch's --next-date,
// closed by a later contact or by hand, moved, dropped. The follow-ups that touches pinned
// before come over: done when a later touch of a contact kind (any kind but note) on or
// after their due day closed them, on that touch's day; open otherwise.
constexpr std::string_view k_v10 = R"sql(
CREATE TABLE followup (
    id         INTEGER PRIMARY KEY,
    client_id  INTEGER NOT NULL REFERENCES client(id),
    due_on     TEXT NOT NULL,
    action     TEXT NOT NULL DEFAULT '',
    contact_id INTEGER REFERENCES contact(id),
    touch_id   INTEGER REFERENCES touch(id),   -- the touch that opened it
    state      TEXT NOT NULL DEFAULT 'open' CHECK (state IN ('open', 'done', 'dropped')),
    closed_on  TEXT,
    closed_by  INTEGER REFERENCES touch(id),   -- the touch that closed it (done by a contact)
    CHECK ((state = 'open') = (closed_on IS NULL))
);
CREATE INDEX followup_open ON followup(due_on, client_id) WHERE state = 'open';
CREATE INDEX followup_by_client ON followup(client_id, state, due_on);
CREATE INDEX followup_by_touch ON followup(touch_id);
INSERT INTO followup(client_id, due_on, action, contact_id, touch_id, state, closed_on, closed_by)
SELECT t.client_id, t.next_date, t.next_action, t.contact_id, t.id,
       CASE WHEN c.id IS NULL THEN 'open' ELSE 'done' END, c.touched_on, c.id
FROM touch t
LEFT JOIN touch c ON c.id = (SELECT l.id FROM touch l
                             WHERE l.client_id = t.client_id AND l.id <> t.id AND l.kind <> 'note'
                               AND l.touched_on >= t.next_date AND l.touched_on >= t.touched_on
                             ORDER BY l.touched_on, l.id LIMIT 1)
WHERE t.next_date IS NOT NULL
ORDER BY t.id;
CREATE TABLE journal_followup AS SELECT * FROM followup WHERE 0;
)sql";

void create_v10_journal_triggers(Database& db) { create_journal_triggers(db, "followup"); }

// Version 11: the full-text index of `acct search` (store/search.cpp, docs/search.md).
constexpr std::string_view k_v11 = "-- version 11: search";

// Version 12: a case's resolution note (`case resolve --note`), in the journal's image of
// support_case too, at the same place.
constexpr std::string_view k_v12 = R"sql(
ALTER TABLE support_case ADD COLUMN resolution_note TEXT NOT NULL DEFAULT '';
ALTER TABLE journal_support_case ADD COLUMN resolution_note TEXT;
)sql";

// Version 13: currencies (man page: CURRENCIES). The database records its base currency
// (meta); rates say what one unit of a currency is worth in the base from a day on, as an
// exact fraction; each dated money record keeps its amount converted at its date
// (base_amount: NULL for an open deal, and for a record no rate covers yet). An existing
// database's base is the currency most of its money records carry; its records in that
// currency convert to themselves, the others wait for a rate (acct rate add).
constexpr std::string_view k_v13 = R"sql(
CREATE TABLE meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
) WITHOUT ROWID;
CREATE TABLE rate (
    id          INTEGER PRIMARY KEY,
    currency    TEXT NOT NULL,
    from_date   TEXT NOT NULL,
    numerator   INTEGER NOT NULL CHECK (numerator > 0),
    denominator INTEGER NOT NULL CHECK (denominator > 0),
    UNIQUE (currency, from_date)
);
CREATE TABLE journal_rate AS SELECT * FROM rate WHERE 0;
ALTER TABLE deal ADD COLUMN base_amount INTEGER;
ALTER TABLE journal_deal ADD COLUMN base_amount INTEGER;
ALTER TABLE refund ADD COLUMN base_amount INTEGER;
ALTER TABLE journal_refund ADD COLUMN base_amount INTEGER;
ALTER TABLE invoice ADD COLUMN base_amount INTEGER;
ALTER TABLE journal_invoice ADD COLUMN base_amount INTEGER;
ALTER TABLE payment ADD COLUMN base_amount INTEGER;
ALTER TABLE journal_payment ADD COLUMN base_amount INTEGER;
INSERT INTO meta(key, value)
SELECT 'base_currency', currency FROM (
    SELECT currency FROM deal UNION ALL SELECT currency FROM invoice
    UNION ALL SELECT currency FROM refund UNION ALL SELECT currency FROM payment)
GROUP BY currency ORDER BY count(*) DESC, currency LIMIT 1;
UPDATE deal SET base_amount = amount
WHERE closed_on IS NOT NULL AND currency = (SELECT value FROM meta WHERE key = 'base_currency');
UPDATE refund SET base_amount = amount WHERE currency = (SELECT value FROM meta WHERE key = 'base_currency');
UPDATE invoice SET base_amount = amount WHERE currency = (SELECT value FROM meta WHERE key = 'base_currency');
UPDATE payment SET base_amount = amount WHERE currency = (SELECT value FROM meta WHERE key = 'base_currency');
CREATE INDEX refund_unconverted ON refund(currency) WHERE base_amount IS NULL;
CREATE INDEX invoice_unconverted ON invoice(currency) WHERE base_amount IS NULL;
CREATE INDEX payment_unconverted ON payment(currency) WHERE base_amount IS NULL;
)sql";

// The rate table is journaled like every record table; a re-conversion (which only writes
// base_amount) keeps no images: undo re-converts what it restores (store/rates.h).
void create_v13_journal_triggers(Database& db) {
    // The deal indexes as they are now: they cover base_amount and currency.
    db.sql().exec(std::string(k_drop_deal_indexes_only) + std::string(k_deal_indexes));
    create_journal_triggers(db, "rate");
    for (const char* k_table : {"deal", "refund", "invoice", "payment"}) {
        db.sql().exec(fmt::format("DROP TRIGGER journal_{}_update", k_table));
        create_journal_triggers(db, k_table, JournalTriggers::UpdateOnly);
    }
}

// Version 14: a client's address, where its visits happen (the plan's address column, the
// calendar's LOCATION).
constexpr std::string_view k_v14 = R"sql(
ALTER TABLE client ADD COLUMN address TEXT NOT NULL DEFAULT '';
ALTER TABLE journal_client ADD COLUMN address TEXT;
)sql";

// Version 15: names that forgive (core/names.h: each client's match key, indexed, so that a
// REF is found without folding every name per query) and the date since which a client is
// a customer (never "new" after it).
constexpr std::string_view k_v15 = R"sql(
ALTER TABLE client ADD COLUMN match_key TEXT NOT NULL DEFAULT '';
ALTER TABLE journal_client ADD COLUMN match_key TEXT;
ALTER TABLE client ADD COLUMN customer_since TEXT;
ALTER TABLE journal_client ADD COLUMN customer_since TEXT;
CREATE INDEX client_match_key ON client(match_key);
)sql";

// Version 16: first_won's update trigger fires only when a deal's pair or won date really
// changes. `UPDATE OF` fires whenever a column is in the SET list, and deal edit sets every
// column: editing a won deal's amount recomputed its client's first win from all their won
// deals (at 1M deals, most of what `deal edit` cost). Both triggers recompute with the
// early-stopping walk of k_first_won_recompute_old (undo deletes and restores a row).
// Deleting a deal checks that no invoice refers to it (a foreign key): without an index on
// invoice.deal_id that read every invoice.
const std::string k_v16 =
    "CREATE INDEX invoice_by_deal ON invoice(deal_id) WHERE deal_id IS NOT NULL;\n"
    "DROP TRIGGER first_won_after_update;\n"
    "DROP TRIGGER first_won_after_delete;\n" +
    k_first_won_delete_trigger +
    "CREATE TRIGGER first_won_after_update AFTER UPDATE OF client_id, stage, product, closed_on ON deal\n"
    "WHEN (OLD.stage = 'won' OR NEW.stage = 'won')\n"
    " AND (OLD.client_id IS NOT NEW.client_id OR OLD.stage IS NOT NEW.stage OR OLD.product IS NOT NEW.product\n"
    "      OR OLD.closed_on IS NOT NEW.closed_on) BEGIN" +
    std::string(k_first_won_recompute_old) + std::string(k_first_won_fold_new) + "END;\n";

void fill_match_keys(Database& db) {
    SQLite::Statement names(db.sql(), "SELECT id, name FROM client");
    SQLite::Statement set(db.sql(), "UPDATE client SET match_key = ?1 WHERE id = ?2");
    while (names.executeStep()) {
        set.bind(1, match_key(names.getColumn(1).getString()));
        set.bind(2, names.getColumn(0).getInt64());
        set.exec();
        set.reset();
    }
}

// Version 17: receivables as of a day, kpi's overdue receivables and its money collected
// read the converted amounts from their indexes instead of a table row per invoice or
// payment (at 200 000 invoices, most of what those answers cost).
constexpr std::string_view k_v17 = R"sql(
DROP INDEX IF EXISTS payment_by_date;
CREATE INDEX payment_by_date ON payment(paid_on, invoice_id, amount, base_amount);
DROP INDEX IF EXISTS invoice_open;
CREATE INDEX invoice_open ON invoice(due_on, client_id, amount, paid_amount, base_amount, issued_on)
    WHERE paid_amount < amount;
DROP INDEX IF EXISTS invoice_settled;
CREATE INDEX invoice_settled ON invoice(paid_on, due_on, client_id, amount, paid_amount, base_amount, issued_on)
    WHERE paid_on IS NOT NULL;
)sql";

const std::vector<Migration>& migrations() {
    static const std::string k_v1_whole = std::string(k_v1) + std::string(k_v1_deal_indexes);
    static const std::string k_v2_whole = std::string(k_v2) + k_first_won_insert_trigger + k_first_won_change_triggers;
    static const std::vector<Migration> all{
        {k_v1_whole}, {k_v2_whole}, {k_v3}, {k_v4}, {k_v5}, {k_v6}, {k_v7}, {k_v8},
        {k_v9, create_v9_journal_triggers},
        {k_v10, create_v10_journal_triggers},
        {k_v11, create_search_index},
        {k_v12},
        {k_v13, create_v13_journal_triggers},
        {k_v14},
        {k_v15, fill_match_keys},
        {k_v16},
        {k_v17},
    };
    return all;
}

void suspend_first_won_deletes(Database& db) { db.sql().exec("DROP TRIGGER first_won_after_delete"); }

void rebuild_first_won(Database& db) {
    db.sql().exec(std::string(k_rebuild_first_won));
    db.sql().exec(k_first_won_delete_trigger);
}

// Rows go in with a 4 MiB cache: without indexes they are appended in rowid order and
// need no more. The sorts that build the indexes get two helper threads (the sorter only
// uses them once its data outgrows the cache, hence the small cache there too).
Id begin_bulk_load(Database& db, BulkTable table) {
    const bool deals = table == BulkTable::Deal;
    const Id last_id =
        db.sql().execAndGet(deals ? "SELECT coalesce(max(id), 0) FROM deal" : "SELECT coalesce(max(id), 0) FROM touch")
            .getInt64();
    db.sql().exec(std::string(deals ? k_drop_deal_indexes : k_drop_touch_indexes));
    db.sql().exec("PRAGMA cache_size = -4096");
    return last_id;
}

void end_bulk_load(Database& db, BulkTable table, Id last_id_before) {
    db.sql().exec("PRAGMA threads = 2");
    if (table == BulkTable::Touch) {
        db.sql().exec(std::string(k_touch_indexes));
        return;
    }
    db.sql().exec(std::string(k_deal_indexes));
    SQLite::Statement fold(db.sql(), k_fold_into_first_won);
    fold.bind(1, static_cast<std::int64_t>(last_id_before));
    fold.exec();
    db.sql().exec(k_first_won_insert_trigger);
}

}  // namespace acctool::store
