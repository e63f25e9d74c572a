-- A version-1 database written by acct 0.1.0 (before the first_won table and the v2
-- indexes), as sqlite3 .dump prints it: tests/cli/test_migrate.sh loads it and lets
-- this acct migrate it.
PRAGMA foreign_keys=OFF;
BEGIN TRANSACTION;
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
INSERT INTO client VALUES(1,'Acme','acme','C','customer',NULL,'','','',NULL,NULL,'EUR',NULL,'','2026-11-23');
INSERT INTO client VALUES(2,'Globex','globex','C','customer',NULL,'','','',NULL,NULL,'EUR',NULL,'','2026-11-23');
INSERT INTO client VALUES(3,'Initech','initech','C','customer',NULL,'','','',NULL,NULL,'EUR',NULL,'','2026-11-23');
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
INSERT INTO deal VALUES(1,1,'',100000,'EUR','won',NULL,'licences','new',NULL,'2025-03-10','',0,'2025-03-10','2025-03-10');
INSERT INTO deal VALUES(2,1,'',50000,'EUR','won',NULL,'support','new',NULL,'2025-11-02','',0,'2025-11-02','2025-11-02');
INSERT INTO deal VALUES(3,1,'',70000,'EUR','won',NULL,'licences','new',NULL,'2025-11-20','',0,'2025-11-20','2025-11-20');
INSERT INTO deal VALUES(4,2,'',200000,'EUR','won',NULL,'hardware','new',NULL,'2025-10-15','',0,'2025-10-15','2025-10-15');
INSERT INTO deal VALUES(5,3,'Servers',300000,'EUR','lead',NULL,'hardware','new','2026-12-15',NULL,'',0,'2026-11-23','2026-11-23');
INSERT INTO deal VALUES(6,2,'Audit',80000,'EUR','lost',NULL,'consulting','new',NULL,'2026-11-23','price',0,'2026-11-23','2026-11-23');
CREATE TABLE refund (
    id          INTEGER PRIMARY KEY,
    deal_id     INTEGER NOT NULL REFERENCES deal(id),
    amount      INTEGER NOT NULL CHECK (amount > 0),
    currency    TEXT NOT NULL,
    refunded_on TEXT NOT NULL,
    reason      TEXT NOT NULL DEFAULT ''
);
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
INSERT INTO invoice VALUES(1,1,NULL,'F-1',100000,'EUR','2025-03-10','2025-04-10',100000,'2025-04-01');
INSERT INTO invoice VALUES(2,1,NULL,'F-2',50000,'EUR','2025-11-02','2025-12-02',0,NULL);
INSERT INTO invoice VALUES(3,2,NULL,'F-3',200000,'EUR','2025-10-15','2025-11-15',200000,'2026-01-10');
CREATE TABLE payment (
    id         INTEGER PRIMARY KEY,
    invoice_id INTEGER NOT NULL REFERENCES invoice(id),
    amount     INTEGER NOT NULL CHECK (amount > 0),
    currency   TEXT NOT NULL,
    paid_on    TEXT NOT NULL
);
INSERT INTO payment VALUES(1,1,100000,'EUR','2025-04-01');
INSERT INTO payment VALUES(2,3,50000,'EUR','2025-11-20');
INSERT INTO payment VALUES(3,3,150000,'EUR','2026-01-10');
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
CREATE INDEX contact_by_birthday ON contact(birthday_md, client_id) WHERE birthday_md IS NOT NULL;
CREATE INDEX refund_by_date ON refund(refunded_on, deal_id, amount);
CREATE INDEX refund_by_deal ON refund(deal_id, amount);
CREATE INDEX touch_by_client ON touch(client_id, touched_on, kind);
CREATE INDEX touch_by_date ON touch(touched_on, client_id, kind);
CREATE INDEX touch_follow_up ON touch(next_date, client_id) WHERE next_date IS NOT NULL;
CREATE UNIQUE INDEX invoice_by_number ON invoice(number) WHERE number <> '';
CREATE INDEX invoice_by_client ON invoice(client_id, due_on);
CREATE INDEX invoice_open ON invoice(due_on, client_id, amount, paid_amount)
    WHERE paid_amount < amount;
CREATE INDEX payment_by_date ON payment(paid_on, invoice_id, amount);
CREATE INDEX payment_by_invoice ON payment(invoice_id, paid_on, amount);
CREATE INDEX case_by_opened ON support_case(opened_at, client_id);
CREATE INDEX case_open ON support_case(client_id) WHERE resolved_at IS NULL;
CREATE INDEX invoice_open_by_client ON invoice(client_id, due_on) WHERE paid_amount < amount;
CREATE INDEX deal_won_by_date ON deal(closed_on, client_id, amount, product, kind, stage)
    WHERE stage = 'won';
CREATE INDEX deal_won_by_client ON deal(client_id, closed_on, amount, product, stage)
    WHERE stage = 'won';
CREATE INDEX deal_closed_by_date ON deal(closed_on, stage) WHERE closed_on IS NOT NULL;
CREATE INDEX deal_open ON deal(client_id, stage, expected_close, amount, probability, stage_changed_on)
    WHERE stage NOT IN ('won', 'lost');
COMMIT;
PRAGMA user_version = 1;
