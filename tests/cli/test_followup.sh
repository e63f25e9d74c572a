# Follow-ups are records: opened by touch --next-date, closed by the next contact (saying so
# on stderr) unless --keep-followups, listed, done, moved, dropped; the plan carries a missed
# one to the first day still to come, with its action; undo reopens what a touch closed.
# Today is Monday 2026-11-23.
source "$(dirname "$0")/lib.sh"

ok -q init
ok -q client add "Acme SRL"
ok -q client add "Beta SA"
ok -q contact add Acme "Ioana Marin"
ok -q touch Acme call "asked for prices" --date 2026-11-16 --next "send the quote" --next-date 2026-11-18 --contact Ioana
ok -q touch Acme email "sent brochure" --date 2026-11-16 --next "call back" --next-date 2026-11-25
ok -q touch Beta call --next "demo" --next-date 2026-11-24 --date 2026-11-20

ok followup list --csv
expect_out "id,client,due,action,contact,touch_id,state,closed_on
1,Acme SRL,2026-11-18,send the quote,Ioana Marin,1,open,
3,Beta SA,2026-11-24,demo,,3,open,
2,Acme SRL,2026-11-25,call back,,2,open,"
ok followup list --overdue --csv
expect_out "id,client,due,action,contact,touch_id,state,closed_on
1,Acme SRL,2026-11-18,send the quote,Ioana Marin,1,open,"

# The plan: Acme's missed follow-up is on Monday, first, with both actions; Beta's on its day.
ok plan --csv
expect_out_has "^2026-11-23,09:00,call,1,Acme SRL,[A-C],Ioana Marin,,follow-up;follow-up-missed(;[a-z-]+)*,[0-9]+,send the quote;call back,$"
expect_out_has "^2026-11-24,[0-9:]+,call,2,Beta SA,.*,demo,$"
ok plan --format ics
expect_eq "$(printf '%s' "$OUT" | /usr/bin/python3 -c 'import sys, icalendar
cal = icalendar.Calendar.from_ical(sys.stdin.read())
print([str(e["DESCRIPTION"]) for e in cal.walk("VEVENT")][0])')" \
  "Reasons: follow-up due, follow-up missed
To do: send the quote
To do: call back
Contact: Ioana Marin" "the ICS description names the follow-up actions"

# A note does not close anything; a call closes what was due by its day, saying which.
ok -q touch Acme note "thinking"
expect_eq "$(sql "SELECT count(*) FROM followup WHERE state = 'open'")" 3 "a note closes nothing"
ok touch Acme call "quote sent"
expect_err_has "^closed follow-up 1 'send the quote' \(due 2026-11-18\)$"
expect_eq "$(sql "SELECT state, closed_on, closed_by FROM followup WHERE id = 1")" "done|2026-11-23|5" "closed by touch 5"
expect_eq "$(sql "SELECT state FROM followup WHERE id = 2")" "open" "due later: still open"
# --keep-followups keeps them; undo of a closing touch reopens.
ACCT_TODAY=2026-11-26 ok -q touch Acme call "chat" --keep-followups
expect_eq "$(sql "SELECT state FROM followup WHERE id = 2")" "open" "--keep-followups"
ACCT_TODAY=2026-11-26 ok touch Acme visit "visited"
expect_err_has "closed follow-up 2 'call back' \(due 2026-11-25\)"
ok -q undo --yes
expect_eq "$(sql "SELECT state, closed_on IS NULL FROM followup WHERE id = 2")" "open|1" "undo reopens the follow-up"

# done, move, drop.
ok followup done 3 --date 2026-11-23
expect_err_has "^done: follow-up 3 'demo' \(due 2026-11-24\)$"
fails_unchanged 1 "follow-up 3 'demo' \(due 2026-11-24\) is already done since 2026-11-23" followup done 3
ok followup move 2 fri
expect_err_has "moved follow-up 2 'call back' from 2026-11-25 to 2026-11-27"
fails_unchanged 2 "invalid date '2026-11-20': 2026-11-20 is past" followup move 2 2026-11-20
ok followup drop 2
expect_eq "$(sql "SELECT state, closed_on FROM followup WHERE id = 2")" "dropped|2026-11-23" "dropped"
ok followup list --all --csv
expect_out_has "^2,Acme SRL,2026-11-27,call back,,2,dropped,2026-11-23$"
fails_unchanged 1 "^acct: error: no follow-up with id 99$" followup done 99
fails_unchanged 2 "invalid done date '\+1d'" followup done 1 --date +1d

# Bad input on touch.
fails_unchanged 2 "--next 'x' needs --next-date" touch Acme call --next x
fails_unchanged 2 "invalid next date '2026-11-20': 2026-11-20 is before the touch on 2026-11-23" \
  touch Acme call --next x --next-date 2026-11-20

# Migration: follow-ups pinned by touches before version 10 become records, done when a
# later contact closed them. Made by hand: a version-9 file with pinned touches.
rm -f "$ACCT_DB"*
ok -q init
ok -q client add "Gamma SRL"
sqlite3 "$ACCT_DB" "SELECT 'DROP TRIGGER ' || name || ';' FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'search_%'" |
  sqlite3 "$ACCT_DB"
sqlite3 "$ACCT_DB" "SELECT 'DROP TRIGGER ' || name || ';' FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'journal_rate_%'" |
  sqlite3 "$ACCT_DB"
# ... and without what versions 10 to 16 added (follow-ups, search, resolution notes, currencies, addresses,
# match keys and customer-since dates).
sqlite3 "$ACCT_DB" "DROP TABLE rate; DROP TABLE journal_rate; DROP TABLE meta;
  DROP INDEX deal_won_by_date; DROP INDEX deal_won_by_client; DROP INDEX deal_open; DROP INDEX deal_open_by_stage;
  CREATE INDEX deal_won_by_date ON deal(closed_on, client_id, amount, product, kind, stage) WHERE stage = 'won';
  CREATE INDEX deal_won_by_client ON deal(client_id, closed_on, amount, product, stage) WHERE stage = 'won';
  CREATE INDEX deal_open ON deal(client_id, stage, expected_close, amount, probability, stage_changed_on)
    WHERE stage NOT IN ('won', 'lost');
  CREATE INDEX deal_open_by_stage ON deal(stage, probability, amount) WHERE stage NOT IN ('won', 'lost');
  DROP INDEX payment_by_date; CREATE INDEX payment_by_date ON payment(paid_on, invoice_id, amount);
  DROP INDEX invoice_open; CREATE INDEX invoice_open ON invoice(due_on, client_id, amount, paid_amount) WHERE paid_amount < amount;
  DROP INDEX invoice_settled; CREATE INDEX invoice_settled ON invoice(paid_on, due_on) WHERE paid_on IS NOT NULL;
  ALTER TABLE client DROP COLUMN address; ALTER TABLE journal_client DROP COLUMN address;
  DROP INDEX client_match_key; ALTER TABLE client DROP COLUMN match_key; ALTER TABLE journal_client DROP COLUMN match_key;
  ALTER TABLE client DROP COLUMN customer_since; ALTER TABLE journal_client DROP COLUMN customer_since;
  DROP INDEX deal_unconverted; DROP INDEX refund_unconverted; DROP INDEX invoice_unconverted; DROP INDEX payment_unconverted;
  ALTER TABLE deal DROP COLUMN base_amount; ALTER TABLE journal_deal DROP COLUMN base_amount;
  ALTER TABLE refund DROP COLUMN base_amount; ALTER TABLE journal_refund DROP COLUMN base_amount;
  ALTER TABLE invoice DROP COLUMN base_amount; ALTER TABLE journal_invoice DROP COLUMN base_amount;
  ALTER TABLE payment DROP COLUMN base_amount; ALTER TABLE journal_payment DROP COLUMN base_amount;"
sqlite3 "$ACCT_DB" "DROP TABLE search_index; DROP INDEX invoice_by_deal; DROP TABLE journal_followup; DROP TABLE followup; PRAGMA user_version = 9;
  ALTER TABLE support_case DROP COLUMN resolution_note; ALTER TABLE journal_support_case DROP COLUMN resolution_note;
  INSERT INTO touch(client_id, kind, touched_on, summary, next_action, next_date) VALUES
    (1, 'call', '2026-11-02', 'a', 'send offer', '2026-11-05'),
    (1, 'call', '2026-11-06', 'b', '', NULL),
    (1, 'email', '2026-11-10', 'c', 'follow up', '2026-11-30');"
ok followup list --all --csv
expect_out "id,client,due,action,contact,touch_id,state,closed_on
1,Gamma SRL,2026-11-05,send offer,,1,done,2026-11-06
2,Gamma SRL,2026-11-30,follow up,,3,open,"
expect_eq "$(sql 'PRAGMA user_version')" "$(grep -oE 'k_schema_version = [0-9]+' "$ACCT_SOURCE_DIR/src/store/database.h" | grep -oE '[0-9]+$')" "migrated to the current version"

finish
