# acct export all DIR / acct import all DIR: every record of the sample portfolio (with
# refunds, several payments per invoice, cases, follow-ups, discounts and stage moves)
# survives export all -> import all into an empty database -> export all byte for byte,
# keeps its id, and every report, kpi and plan answers the same on both databases.
source "$(dirname "$0")/lib.sh"
SAMPLE="$ACCT_SOURCE_DIR/examples/sample"

ok -q init
for kind in clients contacts deals touches invoices; do ok -q import "$kind" "$SAMPLE/$kind.csv"; done
# What the sample files lack, entered as a user would.
ok -q deal refund 1 500 --date 2025-01-10 --reason "damaged goods"
ok -q deal refund 1 250.50 --date 2025-03-01
ok -q deal refund 2 100 --date 2024-12-30 --reason late
ok -q deal log "Acme SRL" 12000 --date 2026-11-02 --product coatings --title "Winter stock" --discount 10%
ok -q deal log "ООО Ромашка" 5000 --date 2026-10-15 --discount 250
ok -q deal add "Ferramenta Rossi" "Tools 2027" 8000 --stage proposal --close 2026-12-20
ACCT_TODAY=2026-11-10 ok -q deal add "Acme SRL" "Moved along" 4000 --stage lead --close 2026-12-31
ACCT_TODAY=2026-11-16 ok -q deal move "$(sql "select max(id) from deal")" negotiation
ok -q invoice add "Acme SRL" 3000 --due 2026-12-15 --number T-1 --issued 2026-11-01
t1=$(sql "select id from invoice where number = 'T-1'")
ok -q invoice pay "$t1" --amount 1000 --date 2026-11-05
ok -q invoice pay "$t1" --amount 500 --date 2026-11-10
ok -q invoice add "ООО Ромашка" 2000 --due 2026-11-30 --number T-2 --issued 2026-10-30
ok -q invoice pay "$(sql "select id from invoice where number = 'T-2'")" --amount 700 --date 2026-11-12
ok -q case open "Acme SRL" "Wrong colour delivered" --severity high --at 2026-11-02T10:00
ok -q case respond 1 --at 2026-11-02T15:30
ok -q case resolve 1 --at 2026-11-04T09:00 --note "Repainted, with a \"sorry\" card"
ok -q case open "ООО Ромашка" "Invoice has a typo" --at 2026-11-20T11:15
ok -q touch "Acme SRL" call "Agreed on winter stock" --date 2026-11-16 --next "send the quote" --next-date 2026-11-18
ok -q touch "Acme SRL" visit "Quote handed over" --date 2026-11-19
ok -q touch "Ferramenta Rossi" call "Asked for samples" --date 2026-11-20 --next "ship samples" --next-date 2026-11-26
ok -q client archive "Prospect Delta"
expect_eq "$(sql "select count(*) from payment where invoice_id = $t1")" 2 "an invoice with two payments"
expect_eq "$(sql "select count(*) from followup where state = 'done'")" 1 "a follow-up done by a later visit"

ok export all "$TEST_DIR/first"
expect_err_has "^exported 10 files to .*first$"
expect_eq "$(cd "$TEST_DIR/first" && ls | tr '\n' ' ')" \
  "cases.csv clients.csv contacts.csv deals.csv followups.csv invoices.csv payments.csv rates.csv refunds.csv touches.csv " \
  "one CSV per kind"
expect_eq "$(grep -c "^$t1," "$TEST_DIR/first/payments.csv")" 2 "payments.csv holds every payment"
expect_eq "$(head -1 "$TEST_DIR/first/refunds.csv")" "deal_id,amount,date,reason,currency,id,base_amount" "refunds header"
expect_eq "$(grep -c 'Winter stock' "$TEST_DIR/first/deals.csv")" 1 "the new deal"
check; grep -q 'Winter stock,won,2026-11-02,,,coatings,new,,EUR,1200.00,2026-11-02,' "$TEST_DIR/first/deals.csv" \
  || fail "deals.csv carries the discount and stage_changed_on"
check; grep -q ',negotiation,,2026-12-31,,,new,,EUR,,2026-11-16,.*,2026-11-10,$' "$TEST_DIR/first/deals.csv" \
  || fail "deals.csv carries stage_changed_on and created_on of a moved deal"
# export all never overwrites.
fails 1 "first/rates.csv' exists; export all writes into a new or empty directory" export all "$TEST_DIR/first"

main_db=$ACCT_DB
export ACCT_DB="$TEST_DIR/restored.db"
ok import all "$TEST_DIR/first"
expect_err_has "^imported 0 rates, 36 clients, 90 contacts, 949 deals, 3 refunds, 1316 touches, 16 follow-ups, 905 invoices, 867 payments, 2 cases$"
ok export all "$TEST_DIR/second"
check; diff -r "$TEST_DIR/first" "$TEST_DIR/second" >&2 || fail "export all -> import all -> export all is byte-identical"
expect_eq "$(sql "select id, paid_amount, paid_on is null from invoice where number = 'T-1'")" "$t1|150000|1" "ids and paid amounts kept"
expect_eq "$(sql "select status, status_before_archive from client where name = 'Prospect Delta SRL'")" "archived|prospect" \
  "an archived prospect unarchives as a prospect"

# Every report, kpi and plan answers the same on both databases.
answers() {
  "$ACCT_BIN" kpi; "$ACCT_BIN" kpi --period 2025; "$ACCT_BIN" kpi --statement --period 2026
  "$ACCT_BIN" report sales --by client --period 2025; "$ACCT_BIN" report sales --by month --period 2026 --compare
  "$ACCT_BIN" report history "Acme SRL"; "$ACCT_BIN" report pipeline; "$ACCT_BIN" report forecast --period 2026-Q4
  "$ACCT_BIN" report receivables; "$ACCT_BIN" report abc --period 2025; "$ACCT_BIN" report activity --period 2026
  "$ACCT_BIN" report portfolio; "$ACCT_BIN" plan --week this; "$ACCT_BIN" plan --week next --format ics
  "$ACCT_BIN" deal list --json; "$ACCT_BIN" refund list; "$ACCT_BIN" followup list --all; "$ACCT_BIN" case list
  "$ACCT_BIN" client show "Acme SRL"
}
restored=$(answers 2>&1)
original=$(ACCT_DB=$main_db answers 2>&1)
check; [ "$restored" = "$original" ] || { fail "reports differ after import all"; diff <(printf '%s\n' "$original") <(printf '%s\n' "$restored") >&2; }
check; [ "$(printf '%s\n' "$original" | grep -c 'error')" -eq 0 ] || fail "every answer ran: $(printf '%s\n' "$original" | grep error)"

# import all wants an empty database, naming what it has.
cp "$ACCT_DB" "$TEST_DIR/undo.db"
ACCT_DB="$TEST_DIR/undo.db" ok undo --yes
expect_eq "$(sqlite3 "$TEST_DIR/undo.db" "select (select count(*) from client) + (select count(*) from deal) + (select count(*) from payment) + (select count(*) from followup) + (select count(*) from first_won)")" 0 \
  "undo of import all removes every record it added"
fails_unchanged 1 "the database already has 36 clients, 90 contacts, 949 deals, 3 refunds, 1316 touches, 16 follow-ups, 905 invoices, 867 payments, 2 cases; import all restores into an empty database" \
  import all "$TEST_DIR/first"
export ACCT_DB="$TEST_DIR/partial.db"
ok -q init
mkdir "$TEST_DIR/gap" && cp "$TEST_DIR/first/"*.csv "$TEST_DIR/gap/" && rm "$TEST_DIR/gap/cases.csv"
fails_unchanged 1 "cannot read '.*gap/cases.csv'" import all "$TEST_DIR/gap"
cp "$TEST_DIR/first/cases.csv" "$TEST_DIR/gap/"
printf '99999,10,2026-11-01,,EUR,,\n' >>"$TEST_DIR/gap/refunds.csv"
fails_unchanged 2 "gap/refunds.csv:5: deal_id: no deal with id 99999" import all "$TEST_DIR/gap"
expect_err_has "problem in .*gap/refunds.csv; nothing was imported$"
expect_eq "$(sql "select count(*) from client")" 0 "nothing of the earlier files is kept"
ok import all "$TEST_DIR/first" --dry-run
expect_err_has "^dry run: would import 0 rates, 36 clients,"
expect_eq "$(sql "select count(*) from deal")" 0 "dry run wrote nothing"

# The new kinds one by one, with their keys.
export ACCT_DB="$TEST_DIR/kinds.db"
ok -q init
for kind in clients contacts deals; do ok -q import "$kind" "$TEST_DIR/first/$kind.csv"; done
ok -q import refunds "$TEST_DIR/first/refunds.csv"
fails_unchanged 2 "refunds.csv:2: id: id 1 already exists \(refund 1\)" import refunds "$TEST_DIR/first/refunds.csv"
cut -d, -f1-5 "$TEST_DIR/first/refunds.csv" >"$TEST_DIR/refunds-noid.csv"
fails_unchanged 2 "refunds-noid.csv:2: the same refund \(deal, date and amount\) already exists \(refund 1\)" import refunds "$TEST_DIR/refunds-noid.csv"
ok import refunds "$TEST_DIR/refunds-noid.csv" --on-duplicate skip
expect_err_has "^imported 0 refunds \(3 skipped\)$"
fails_unchanged 2 "--on-duplicate update applies to clients, contacts and invoices: a duplicate refund" \
  import refunds "$TEST_DIR/refunds-noid.csv" --on-duplicate update
printf 'deal_id,amount,date\n99999,10,2026-11-01\nx,10,2026-11-01\n%s,10,2026-11-01\n2,999999,2026-11-01\n' \
  "$(sql "select id from deal where stage = 'lost' limit 1")" >"$TEST_DIR/badref.csv"
fails_unchanged 2 "4 problems" import refunds "$TEST_DIR/badref.csv"
expect_err_has "badref.csv:2: deal_id: no deal with id 99999$"
expect_err_has "badref.csv:3: deal_id: invalid id 'x'"
expect_err_has "badref.csv:4: deal [0-9]+ is lost; only won deals can be refunded$"
expect_err_has "badref.csv:5: refund 999,999.00 is more than the"
printf 'deal_id,amount,date,reason\n1,1,2026-11-01,bad\033[0m\n' >"$TEST_DIR/ctl.csv"
fails_unchanged 2 "ctl.csv:2: reason: invalid refund reason .*control character U\+001B" import refunds "$TEST_DIR/ctl.csv"
ok -q deal refund 2 1 --date 2026-11-01  # refund 4
printf 'deal_id,amount,date,id\n1,1,2026-11-02,3\n' >"$TEST_DIR/lowid.csv"
sql "delete from refund where id = 3"
fails_unchanged 2 "lowid.csv:2: id: id 3 is not above the refund ids in use \(the largest is 4\)" import refunds "$TEST_DIR/lowid.csv"

ok import touches "$TEST_DIR/first/touches.csv"
expect_err_has "^imported 1316 touches \(16 follow-ups opened\)$"  # a next step opens one, as touch --next-date does
expect_eq "$(sql "select count(*) from followup where state = 'open' and touch_id is not null")" 16 "follow-ups of the touches"
sql "delete from followup"
ok -q import followups "$TEST_DIR/first/followups.csv"
expect_eq "$(sql "select count(*) from followup")" 16 "follow-ups imported"
printf 'client,due,action,state,closed_on\nAcme SRL,2026-11-30,call back,done,\nAcme SRL,2026-11-30,call back,open,2026-11-20\nAcme SRL,2026-11-30,x,maybe,\n' >"$TEST_DIR/badfu.csv"
fails_unchanged 2 "3 problems" import followups "$TEST_DIR/badfu.csv"
expect_err_has "badfu.csv:2: closed_on: give the day it was done$"
expect_err_has "badfu.csv:3: closed_on: an open follow-up has no closing date"
expect_err_has "badfu.csv:4: state: invalid state 'maybe'"

ok -q import invoices "$TEST_DIR/first/invoices.csv"
paid=$(sql "select sum(amount) from payment")
fails_unchanged 2 "payments.csv:2: id: id 1 already exists \(payment 1\)" import payments "$TEST_DIR/first/payments.csv"
printf 'number,amount,date\nT-2,100,2026-11-21\nT-2,100,2026-11-21\nNOPE,1,2026-11-01\nT-2,99999,2026-11-21\n' >"$TEST_DIR/pay.csv"
fails_unchanged 2 "3 problems" import payments "$TEST_DIR/pay.csv"
expect_err_has "pay.csv:3: the same payment \(invoice, date and amount\) is already on line 2 of this file"
expect_err_has "pay.csv:4: number: no invoice numbered 'NOPE'$"
expect_err_has "pay.csv:5: amount: payment 99999.00 is more than the 1200.00 open on invoice"
head -2 "$TEST_DIR/pay.csv" >"$TEST_DIR/pay1.csv"
ok import payments "$TEST_DIR/pay1.csv"
expect_eq "$(sql "select paid_amount from invoice where number = 'T-2'")" 80000 "a payment by number adds to the paid amount"
fails_unchanged 2 "pay1.csv:2: the same payment .* already exists" import payments "$TEST_DIR/pay1.csv"

ok -q import cases "$TEST_DIR/first/cases.csv"
expect_eq "$(sql "select severity, first_response_at, resolved_at from support_case where id = 1")" \
  "high|2026-11-02T15:30|2026-11-04T09:00" "case times kept"
expect_eq "$(sql "select resolution_note from support_case where id = 1")" 'Repainted, with a "sorry" card' "resolution note kept"
printf 'client,opened,summary,resolved,resolution\nAcme SRL,2026-11-05T10:00,Late truck,2026-11-04T10:00,\nAcme SRL,2026-11-05T10:00,Broken,,fixed it\n' >"$TEST_DIR/badcase.csv"
fails_unchanged 2 "2 problems" import cases "$TEST_DIR/badcase.csv"
expect_err_has "badcase.csv:2: resolved: it is before the case was opened \(2026-11-05T10:00\)$"
expect_err_has "badcase.csv:3: resolution: only a resolved case has a resolution note"

# Rates: an empty export imports as nothing; rates themselves are tests/cli/test_currency.sh's.
ok import rates "$TEST_DIR/first/rates.csv"
expect_err_has "^imported 0 rates$"

printf 'name,status,status_before_archive\nNew One,customer,prospect\nNew Two,archived,lead\n' >"$TEST_DIR/sba.csv"
fails_unchanged 2 "2 problems" import clients "$TEST_DIR/sba.csv"
expect_err_has "sba.csv:2: status_before_archive: only an archived client has a status to go back to$"
expect_err_has "sba.csv:3: status_before_archive: invalid status 'lead': expected customer or prospect$"

fails 2 "export all needs a directory" export all
fails 2 "only export all takes a directory" export deals "$TEST_DIR/x"
fails_unchanged 2 "import all restores an export into an empty database: it takes no --on-duplicate" \
  import all "$TEST_DIR/first" --on-duplicate skip

finish
