-- The baseline of bench/run.sh: the benchmark CSVs loaded into a schema tuned for the
-- questions asked (integer client ids, amounts in cents, covering and partial indexes).
-- Run by bench/run.sh in a directory holding the CSVs: sqlite3 tuned.db < tuned.sql
PRAGMA journal_mode = OFF;
PRAGMA synchronous = OFF;
.mode csv
.import clients.csv clients_csv
.import deals.csv deals_csv
.import touches.csv touches_csv
.import invoices.csv invoices_csv

CREATE TABLE client (
    id           INTEGER PRIMARY KEY,
    name         TEXT NOT NULL UNIQUE,
    tier         TEXT NOT NULL,
    status       TEXT NOT NULL,
    cadence_days INTEGER
);
INSERT INTO client (name, tier, status, cadence_days)
SELECT name, tier, status, nullif(cadence_days, '') FROM clients_csv;

CREATE TABLE deal (
    id             INTEGER PRIMARY KEY,
    client_id      INTEGER NOT NULL,
    amount         INTEGER NOT NULL,
    stage          TEXT NOT NULL,
    closed_on      TEXT,
    expected_close TEXT,
    probability    REAL,
    product        TEXT NOT NULL,
    kind           TEXT NOT NULL
);
INSERT INTO deal (client_id, amount, stage, closed_on, expected_close, probability, product, kind)
SELECT c.id, CAST(round(d.amount * 100) AS INTEGER), d.stage, nullif(d.date, ''),
       nullif(d.expected_close, ''), nullif(d.probability, ''), d.product, d.kind
FROM deals_csv d JOIN client c ON c.name = d.client;
-- stage is a column of the partial indexes too: SQLite 3.40 does not treat a partial index
-- as covering for a query that names a column only its WHERE clause constrains.
CREATE INDEX deal_won_by_date ON deal(closed_on, client_id, amount, stage) WHERE stage = 'won';
CREATE INDEX deal_won_by_client ON deal(client_id, closed_on, amount, stage) WHERE stage = 'won';
CREATE INDEX deal_open ON deal(stage, client_id, amount, probability, expected_close)
    WHERE stage NOT IN ('won', 'lost');

CREATE TABLE touch (
    id         INTEGER PRIMARY KEY,
    client_id  INTEGER NOT NULL,
    kind       TEXT NOT NULL,
    touched_on TEXT NOT NULL,
    next_date  TEXT
);
INSERT INTO touch (client_id, kind, touched_on, next_date)
SELECT c.id, t.kind, t.date, nullif(t.next_date, '')
FROM touches_csv t JOIN client c ON c.name = t.client;
CREATE INDEX touch_by_client ON touch(client_id, touched_on, kind);
CREATE INDEX touch_by_date ON touch(touched_on, client_id, kind);

CREATE TABLE invoice (
    id          INTEGER PRIMARY KEY,
    client_id   INTEGER NOT NULL,
    amount      INTEGER NOT NULL,
    issued_on   TEXT NOT NULL,
    due_on      TEXT NOT NULL,
    paid_amount INTEGER NOT NULL
);
INSERT INTO invoice (client_id, amount, issued_on, due_on, paid_amount)
SELECT c.id, CAST(round(i.amount * 100) AS INTEGER), i.issued, i.due,
       CAST(round(coalesce(nullif(i.paid_amount, ''), 0) * 100) AS INTEGER)
FROM invoices_csv i JOIN client c ON c.name = i.client;
CREATE INDEX invoice_open ON invoice(client_id, due_on, amount, paid_amount)
    WHERE paid_amount < amount;

DROP TABLE clients_csv;
DROP TABLE deals_csv;
DROP TABLE touches_csv;
DROP TABLE invoices_csv;
ANALYZE;
VACUUM;
