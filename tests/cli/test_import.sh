# acct import: verbatim Unicode and RFC 4180 quoting, all-or-nothing, problem reports,
# --dry-run, --on-duplicate, --create-clients, stdin.
source "$(dirname "$0")/lib.sh"
DATA="$ACCT_SOURCE_DIR/tests/cli/data"

ok -q init

# BOM + CRLF + quoted commas, doubled quotes, a line break inside a field, Cyrillic and Greek.
ok import clients "$DATA/clients.csv"
expect_out ""
expect_err_has '^imported 4 clients$'
expect_eq "$(sql "select replace(notes, char(13), '<CR>') from client where name = 'Acme, SRL'")" 'Says "hi" first<CR>
then talks' "quoted field with quotes and a CRLF line break, kept verbatim"
expect_eq "$(sql "select name || '|' || tier || '|' || status || '|' || region || '|' || tags from client where id = 2")" \
  "Ёлка ООО|B|prospect|Москва|" "Cyrillic row, tier matched case-insensitively"
expect_eq "$(sql "select name || '|' || industry || '|' || credit_limit from client where id = 3")" \
  "Ωμέγα ΑΕ|Ναυτιλία|100000" "Greek row, money in minor units"
expect_eq "$(sql "select name, notes from client where id = 4")" "=Formula Ltd|+40 721" "formula-like text kept verbatim"
expect_eq "$(sql "select tags, cadence_days, payment_terms_days from client where id = 1")" "key,export|10|30" "tags and days"

# Contacts: client names match case-insensitively in any script; a guarded phone is unguarded.
ok import contacts "$DATA/contacts.csv"
expect_err_has '^imported 3 contacts$'
expect_eq "$(sql "select c.name || '|' || k.phone || '|' || k.decision_maker from contact k join client c on c.id = k.client_id where k.name = 'Ion Pop'")" \
  "Acme, SRL|+40 721 000 000|1" "contact fields"
expect_eq "$(sql "select birthday from contact where name = 'Мария Иванова'")" "02-29" "birthday MM-DD"

ok import deals "$DATA/deals.csv"
expect_err_has '^imported 5 deals$'
expect_eq "$(sql "select stage, closed_on, amount from deal where id = 1")" "won|2026-10-05|1200050" "won deal"
expect_eq "$(sql "select stage, closed_on is null, expected_close, probability from deal where id = 2")" \
  "proposal|1|2026-12-15|0.35" "open deal"
expect_eq "$(sql "select lost_reason, kind from deal where id = 3")" "Price, too high|cross-sell" "lost deal"

ok import touches "$DATA/touches.csv"
expect_err_has '^imported 3 touches \(1 follow-up opened\)$'
expect_eq "$(sql "select client_id, due_on, action, touch_id, state from followup")" "1|2026-11-27|Send offer|1|open" \
  "a next action with a next date opens a follow-up" 
expect_eq "$(sql "select t.summary || '|' || k.name || '|' || t.next_date from touch t join contact k on k.id = t.contact_id where t.id = 1")" \
  'Discussed "Q1" order|Ion Pop|2026-11-27' "touch with contact and follow-up"

ok import invoices "$DATA/invoices.csv"
expect_err_has '^imported 3 invoices$'
expect_eq "$(sql "select paid_amount, paid_on from invoice where number = 'INV-001'")" "1200050|2026-11-01" "settled invoice"
expect_eq "$(sql "select paid_amount, paid_on is null from invoice where number = 'INV-002'")" "50000|1" "partly paid invoice"
expect_eq "$(sql "select count(*), sum(amount) from payment")" "2|1250050" "one payment per paid row"

# One bad row: nothing written, FILE:LINE: column: problem, exit 2.
printf 'client,amount,stage,date\nAcne,10,won,2026-01-01\n"Acme, SRL",10,wun,2026-01-01\nЁлка ООО,5,won,2026-02-30\n' >"$TEST_DIR/bad.csv"
fails_unchanged 2 "nothing was imported" import deals "$TEST_DIR/bad.csv"
expect_err_has "bad.csv:2: client: no client named 'Acne'; did you mean 'Acme, SRL' \\(1\\)\\?"
expect_err_has "bad.csv:3: stage: invalid stage 'wun': expected lead, qualified, proposal, negotiation, won or lost"
expect_err_has "bad.csv:4: date: invalid date '2026-02-30'"
expect_err_has "^acct: error: 3 problems in .*bad.csv; nothing was imported$"

# Problems on a row that a quoted line break moved: the line is where the record starts.
printf 'client,amount,title\n"Acme, SRL",1,"two\nlines"\n"Acme, SRL",x,t\n' >"$TEST_DIR/lines.csv"
fails_unchanged 2 "lines.csv:4: amount: invalid amount 'x'" import deals "$TEST_DIR/lines.csv"

# More than 20 bad rows: 20 lines, then a count.
{ echo "client,amount"; for i in $(seq 1 25); do echo "\"Acme, SRL\",bad$i"; done; } >"$TEST_DIR/many.csv"
fails_unchanged 2 "25 problems" import deals "$TEST_DIR/many.csv"
expect_eq "$(printf '%s\n' "$ERR" | grep -c 'many.csv:[0-9]*: amount:')" 20 "twenty problems shown"
expect_err_has '^\.\.\. and 5 more problems$'

# Header problems.
printf 'client,amount,colour\n"Acme, SRL",1,red\n' >"$TEST_DIR/col.csv"
fails_unchanged 2 "col.csv:1: unknown column 'colour' for deals: expected client, amount, title" import deals "$TEST_DIR/col.csv"
printf 'client,title\n"Acme, SRL",x\n' >"$TEST_DIR/req.csv"
fails_unchanged 2 "req.csv:1: missing column 'amount': deals need client, amount" import deals "$TEST_DIR/req.csv"
printf 'client,amount,client\n' >"$TEST_DIR/twice.csv"
fails_unchanged 2 "column 'client' appears twice" import deals "$TEST_DIR/twice.csv"
: >"$TEST_DIR/empty.csv"
fails_unchanged 2 "empty.csv: the file is empty; expected a header row" import deals "$TEST_DIR/empty.csv"
printf 'client,amount\n"Acme, SRL",1,extra\n' >"$TEST_DIR/width.csv"
fails_unchanged 2 "width.csv:2: expected 2 fields as in the header, found 3" import deals "$TEST_DIR/width.csv"
printf 'client,amount\n"Acme, SRL",1\n"Acme, SRL"x,2\n' >"$TEST_DIR/quote.csv"
fails_unchanged 2 "quote.csv:3: column 12: unexpected 'x' after a closing quote" import deals "$TEST_DIR/quote.csv"
printf 'client,amount\n"Acme, SRL,1\n' >"$TEST_DIR/open.csv"
fails_unchanged 2 "open.csv:2: column 1: quoted field is never closed" import deals "$TEST_DIR/open.csv"
fails_unchanged 2 "invalid kind 'refund'" import refund "$TEST_DIR/open.csv"
fails_unchanged 1 "cannot read '.*nope.csv'" import deals "$TEST_DIR/nope.csv"
fails_unchanged 2 "invalid --on-duplicate 'merge'" import clients "$DATA/clients.csv" --on-duplicate merge
fails_unchanged 2 "--on-duplicate update applies to clients, contacts and invoices: a duplicate deal has the same columns" \
  import deals "$DATA/deals.csv" --on-duplicate update

# Deal rules: open deals take no close date; lost reason only on lost deals; kind; probability.
printf 'client,amount,stage,date,lost_reason,kind,probability\n"Acme, SRL",1,lead,2026-01-01,,,\n"Acme, SRL",1,won,2026-01-01,cheap,,\n"Acme, SRL",1,won,,,big,\n"Acme, SRL",1,lead,,,,2\n"Acme, SRL",-1,won,,,,\n' >"$TEST_DIR/rules.csv"
fails_unchanged 2 "5 problems" import deals "$TEST_DIR/rules.csv"
expect_err_has "rules.csv:2: date: a deal at stage 'lead' is open and has no close date; put it in expected_close"
expect_err_has "rules.csv:3: lost_reason: only a lost deal has a lost reason"
expect_err_has "rules.csv:4: kind: invalid deal kind 'big'"
expect_err_has "rules.csv:5: probability: invalid probability '2'"
expect_err_has "rules.csv:6: amount: invalid amount '-1'"
# A won deal without a date closes today.
printf 'client,amount\n"Acme, SRL",7\n' | "$ACCT_BIN" -q import deals - ; check
expect_eq "$(sql "select stage, closed_on from deal where amount = 700")" "won|2026-11-23" "won deal defaults to today"

# Touch and invoice rules.
printf 'client,kind,date,contact\n"Acme, SRL",call,2026-11-01,Nobody\n"Acme, SRL",fax,2026-11-01,\n"Acme, SRL",call,fri,\n' >"$TEST_DIR/t.csv"
fails_unchanged 2 "3 problems" import touches "$TEST_DIR/t.csv"
expect_err_has "t.csv:2: contact: 'Acme, SRL' has no contact named 'Nobody'"
expect_err_has "t.csv:3: kind: invalid touch kind 'fax'"
expect_err_has "t.csv:4: date: invalid date 'fri'"
printf 'client,amount,due,paid_amount,paid_on\n"Acme, SRL",10,2026-12-01,20,2026-11-01\n"Acme, SRL",10,2026-12-01,5,\n"Acme, SRL",0,2026-12-01,,\n' >"$TEST_DIR/i.csv"
fails_unchanged 2 "3 problems" import invoices "$TEST_DIR/i.csv"
expect_err_has "i.csv:2: paid_amount: paid amount 20.00 is more than the invoice's 10.00"
expect_err_has "i.csv:3: paid_on: give the date of the paid amount"
expect_err_has "i.csv:4: amount: invalid amount '0'"

# --dry-run validates, reports what would be written and writes nothing.
printf 'client,amount,date\nNew Client,10,2026-11-01\n"Acme, SRL",5,2026-11-02\n' >"$TEST_DIR/dry.csv"
before=$(db_dump)
ok import deals "$TEST_DIR/dry.csv" --create-clients --dry-run
expect_err_has "^dry run: would import 2 deals \(1 client created\); nothing was written$"
expect_eq "$(db_dump)" "$before" "dry run wrote nothing"
fails_unchanged 2 "dry.csv:2: client: no client named 'New Client'" import deals "$TEST_DIR/dry.csv" --dry-run

# --create-clients creates unknown clients once, with the default tier and status.
ok import deals "$TEST_DIR/dry.csv" --create-clients
expect_err_has "^imported 2 deals \(1 client created\)$"
expect_eq "$(sql "select tier, status from client where name = 'New Client'")" "C|customer" "created client defaults"

# --on-duplicate for clients: error (default), skip, update; names match case-insensitively.
printf 'name,region\n"ACME, SRL",West\nBrand New,East\n' >"$TEST_DIR/dup.csv"
fails_unchanged 2 "dup.csv:2: name: a client named 'ACME, SRL' already exists" import clients "$TEST_DIR/dup.csv"
ok import clients "$TEST_DIR/dup.csv" --on-duplicate skip
expect_err_has "^imported 1 client \(1 skipped\)$"
expect_eq "$(sql "select region from client where id = 1")" "North" "skip leaves the client alone"
printf 'name,region,notes\n"ACME, SRL",West,\nBrand New,South,n\n' >"$TEST_DIR/upd.csv"
ok import clients "$TEST_DIR/upd.csv" --on-duplicate update
expect_err_has "^imported 0 clients \(2 updated\)$"
expect_eq "$(sql "select name, region, notes, tier from client where id = 1")" "ACME, SRL|West||A" \
  "update replaces the file's columns, keeps the others"
# Duplicates within one file count too.
printf 'name\nTwin\ntwin\n' >"$TEST_DIR/twins.csv"
fails_unchanged 2 "twins.csv:3: name: a client named 'twin' is already on line 2 of this file" import clients "$TEST_DIR/twins.csv"
ok import clients "$TEST_DIR/twins.csv" --on-duplicate skip
expect_err_has "^imported 1 client \(1 skipped\)$"
expect_eq "$(sql "select count(*) from client where name_key = 'twin'")" 1 "the second twin is skipped"
fails_unchanged 2 "dup.csv:2: name: a client named 'ACME, SRL' already exists \(client 1\)" import clients "$TEST_DIR/dup.csv"

# Contacts by name within their client.
printf 'client,name,role\n"Acme, SRL",ion pop,Boss\n' >"$TEST_DIR/kdup.csv"
fails_unchanged 2 "kdup.csv:2: name: a contact named 'ion pop' at this client already exists" import contacts "$TEST_DIR/kdup.csv"
ok import contacts "$TEST_DIR/kdup.csv" --on-duplicate skip
expect_eq "$(sql "select role from contact where name = 'Ion Pop'")" "Purchasing" "contact skip"
ok import contacts "$TEST_DIR/kdup.csv" --on-duplicate update
expect_eq "$(sql "select name, role from contact where id = 1")" "ion pop|Boss" "contact update"

# Invoices by number; update adds the newly paid part as one payment, never removes one.
printf 'client,amount,due,number,paid_amount,paid_on\n"Acme, SRL",1500,2026-12-20,INV-002,1500,2026-11-22\n' >"$TEST_DIR/idup.csv"
fails_unchanged 2 "idup.csv:2: number: invoice number 'INV-002' already exists" import invoices "$TEST_DIR/idup.csv"
ok import invoices "$TEST_DIR/idup.csv" --on-duplicate skip
expect_err_has "^imported 0 invoices \(1 skipped\)$"
ok import invoices "$TEST_DIR/idup.csv" --on-duplicate update
expect_eq "$(sql "select due_on, paid_amount, paid_on from invoice where number = 'INV-002'")" "2026-12-20|150000|2026-11-22" "invoice update"
expect_eq "$(sql "select count(*) from payment where invoice_id = (select id from invoice where number = 'INV-002')")" "2" "payment added"
printf 'client,amount,due,number,paid_amount,paid_on\n"Acme, SRL",1500,2026-12-20,INV-002,100,2026-11-22\n' >"$TEST_DIR/less.csv"
fails_unchanged 2 "less.csv:2: paid amount 100.00 is less than the 1500.00 already paid" import invoices "$TEST_DIR/less.csv" --on-duplicate update

# Deals and touches by their key: importing the same file again never doubles revenue.
revenue=$(sql "select sum(amount) from deal where stage = 'won'")
deals=$(sql "select count(*) from deal")
fails_unchanged 2 "deals.csv:2: the same deal \(client, date, amount, stage, product and title\) already exists \(deal 1\); --on-duplicate skip accepts it" \
  import deals "$DATA/deals.csv"
expect_err_has "^acct: error: 5 problems in .*deals.csv; nothing was imported$"
ok import deals "$DATA/deals.csv" --on-duplicate skip
expect_err_has "^imported 0 deals \(5 skipped\)$"
expect_eq "$(sql "select count(*), sum(amount) from deal where stage = 'won'")" "$(sql "select count(*) from deal where stage = 'won'")|$revenue" "revenue not doubled"
expect_eq "$(sql "select count(*) from deal")" "$deals" "no deal added"
# Append to the sheet and import again: only the new row goes in.
{ cat "$DATA/deals.csv"; printf '"Acme, SRL",99,Appended,won,2026-11-20,,,,,\n'; } >"$TEST_DIR/appended.csv"
ok import deals "$TEST_DIR/appended.csv" --on-duplicate skip
expect_err_has "^imported 1 deal \(5 skipped\)$"
expect_eq "$(sql "select count(*) from deal where title = 'Appended'")" 1 "the appended row is imported"
# One stage differs: not a duplicate. Two equal rows in one file name both lines.
printf 'client,amount,title,stage,date\n"Acme, SRL",5,Twin,won,2026-11-02\n"Acme, SRL",5,Twin,lost,2026-11-02\n"Acme, SRL",5,Twin,won,2026-11-02\n' >"$TEST_DIR/dtwins.csv"
fails_unchanged 2 "dtwins.csv:4: the same deal \(client, date, amount, stage, product and title\) is already on line 2 of this file" \
  import deals "$TEST_DIR/dtwins.csv"
expect_err_has "^acct: error: 1 problem in"
ok import deals "$TEST_DIR/dtwins.csv" --on-duplicate skip
expect_err_has "^imported 2 deals \(1 skipped\)$"
# Open deals: same client, stage, amount, product and title.
printf 'client,amount,title,stage\n"Acme, SRL",5,Open one,proposal\n' >"$TEST_DIR/open1.csv"
ok import deals "$TEST_DIR/open1.csv"
fails_unchanged 2 "open1.csv:2: the same deal .* already exists \(deal [0-9]+\)" import deals "$TEST_DIR/open1.csv"
touches=$(sql "select count(*) from touch")
fails_unchanged 2 "touches.csv:2: the same touch \(client, kind, date and summary\) already exists \(touch 1\); --on-duplicate skip accepts it" \
  import touches "$DATA/touches.csv"
ok import touches "$DATA/touches.csv" --on-duplicate skip
expect_err_has "^imported 0 touches \(3 skipped\)$"
expect_eq "$(sql "select count(*) from touch")" "$touches" "no touch added"
printf 'client,kind,date,summary\n"Acme, SRL",call,2026-11-03,x\n"Acme, SRL",visit,2026-11-03,x\n"Acme, SRL",call,2026-11-03,x\n' >"$TEST_DIR/ttwins.csv"
fails_unchanged 2 "ttwins.csv:4: the same touch .* is already on line 2 of this file" import touches "$TEST_DIR/ttwins.csv"
fails_unchanged 2 "a duplicate touch has the same columns" import touches "$TEST_DIR/ttwins.csv" --on-duplicate update
# Invoices named twice in one file.
printf 'client,amount,due,number\n"Acme, SRL",1,2026-12-01,INV-T\n"Acme, SRL",2,2026-12-01,INV-T\n' >"$TEST_DIR/itwins.csv"
fails_unchanged 2 "itwins.csv:3: number: invoice number 'INV-T' is already on line 2 of this file" import invoices "$TEST_DIR/itwins.csv"
# The probes use the indexes (no scan of the table per row).
for q in "stage = 'won' AND client_id = 1 AND closed_on = '2026-01-01' AND amount = 1 AND product = '' AND title = ''" \
         "stage = 'lost' AND closed_on = '2026-01-01' AND client_id = 1 AND amount = 1 AND product = '' AND title = ''" \
         "stage NOT IN ('won', 'lost') AND client_id = 1 AND stage = 'lead' AND amount = 1 AND product = '' AND title = ''"; do
  plan=$(sql "explain query plan select id from deal where $q limit 1")
  check; printf '%s\n' "$plan" | grep -q 'USING .*INDEX' || fail "deal probe uses an index: $plan"
done
plan=$(sql "explain query plan select id from touch where client_id = 1 and touched_on = '2026-11-01' and kind = 'call' and summary = '' limit 1")
check; printf '%s\n' "$plan" | grep -q 'USING .*INDEX' || fail "touch probe uses an index: $plan"

# stdin.
run_in $'name,tier\nFrom Stdin,A\n' import clients -
check; [ "$CODE" -eq 0 ] || fail "import from stdin"
expect_eq "$(sql "select tier from client where name = 'From Stdin'")" "A" "stdin import"
run_in $'name,tier\nBad Tier,Z\n' import clients -
check; [ "$CODE" -eq 2 ] || fail "bad stdin import exit"
expect_err_has "^stdin:2: tier: invalid tier 'Z'"

finish
