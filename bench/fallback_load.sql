-- Used by bench/run.sh only when this build of acct has no `acct import`: loads the
-- benchmark CSVs straight into acct's schema (created by `acct init`), so that the other
-- commands can be timed. Not the import under test; name_key folds ASCII only here.
PRAGMA foreign_keys = OFF;
.bail on
.mode csv
.import --schema temp clients.csv clients_csv
.import --schema temp contacts.csv contacts_csv
.import --schema temp deals.csv deals_csv
.import --schema temp touches.csv touches_csv
.import --schema temp invoices.csv invoices_csv
BEGIN;
INSERT INTO client (name, name_key, tier, status, industry, region, tags, cadence_days,
                    credit_limit, currency, payment_terms_days, notes, created_on)
SELECT name, lower(name), tier, status, industry, region, tags, nullif(cadence_days, ''),
       CAST(round(credit_limit * 100) AS INTEGER), 'EUR', nullif(payment_terms_days, ''),
       notes, '2022-01-01'
FROM temp.clients_csv;
CREATE TEMP TABLE ids AS SELECT id, name FROM client;
CREATE UNIQUE INDEX temp.ids_by_name ON ids(name);
INSERT INTO contact (client_id, name, name_key, role, decision_maker, email, phone, birthday,
                     birthday_md, notes)
SELECT i.id, c.name, lower(c.name), c.role, c.decision_maker = 'yes', c.email, c.phone,
       nullif(c.birthday, ''), nullif(substr(c.birthday, -5), ''), c.notes
FROM temp.contacts_csv c JOIN ids i ON i.name = c.client;
INSERT INTO deal (client_id, title, amount, currency, stage, probability, product, kind,
                  expected_close, closed_on, lost_reason, created_on, stage_changed_on)
SELECT i.id, d.title, CAST(round(d.amount * 100) AS INTEGER), 'EUR', d.stage,
       nullif(d.probability, ''), d.product, d.kind, nullif(d.expected_close, ''),
       nullif(d.date, ''), d.lost_reason, coalesce(nullif(d.date, ''), '2026-10-01'),
       coalesce(nullif(d.date, ''), '2026-10-01')
FROM temp.deals_csv d JOIN ids i ON i.name = d.client;
INSERT INTO touch (client_id, kind, touched_on, summary, next_action, next_date)
SELECT i.id, t.kind, t.date, t.summary, t.next_action, nullif(t.next_date, '')
FROM temp.touches_csv t JOIN ids i ON i.name = t.client;
INSERT INTO invoice (client_id, number, amount, currency, issued_on, due_on, paid_amount, paid_on)
SELECT i.id, v.number, CAST(round(v.amount * 100) AS INTEGER), 'EUR', v.issued, v.due,
       CAST(round(coalesce(nullif(v.paid_amount, ''), 0) * 100) AS INTEGER), nullif(v.paid_on, '')
FROM temp.invoices_csv v JOIN ids i ON i.name = v.client;
COMMIT;
