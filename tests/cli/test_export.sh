# acct export: exactly the import columns, and export -> import into an empty database ->
# export gives the same bytes for every kind.
source "$(dirname "$0")/lib.sh"
DATA="$ACCT_SOURCE_DIR/tests/cli/data"
KINDS="clients contacts deals touches invoices"

ok -q init
for kind in $KINDS; do ok -q import "$kind" "$DATA/$kind.csv"; done
# A partial payment made by hand after the import still exports as paid_amount + paid_on
# (and its base amount, which acct fills in at the next open: it was written outside acct).
sql "pragma foreign_keys=on; insert into payment(invoice_id, amount, currency, paid_on) values (2, 25000, 'EUR', '2026-11-21'); update invoice set paid_amount = 75000 where id = 2"

ok export clients
expect_out 'name,tier,status,industry,region,tags,cadence_days,credit_limit,payment_terms_days,notes,currency,created_on,id,status_before_archive,address,customer_since
"Acme, SRL",A,customer,Steel,North,"key,export",10,50000.00,30,"Says ""hi"" first'$'\r''
then talks",EUR,2026-11-23,1,,,
Ёлка ООО,B,prospect,Retail,Москва,,,,,Ёлки и палки,EUR,2026-11-23,2,,,
Ωμέγα ΑΕ,C,archived,Ναυτιλία,Αθήνα,greek,,1000.00,,,EUR,2026-11-23,3,,,
'\''=Formula Ltd,C,customer,,,,,,,'\''+40 721,EUR,2026-11-23,4,,,'
# The default stays CSV whatever ACCT_FORMAT asks of the other commands (man page, export).
clients_csv=$OUT
ACCT_FORMAT=table run export clients
check; [ "$CODE" -eq 0 ] || fail "export under ACCT_FORMAT=table exited $CODE"
expect_eq "$OUT" "$clients_csv" "export clients under ACCT_FORMAT=table"
ACCT_FORMAT=table run client list
expect_out_has '^id +name'
fails 2 "export writes csv, json or xlsx, not 'table'" export clients --format table
ok export deals
expect_out 'client,amount,title,stage,date,expected_close,probability,product,kind,lost_reason,currency,discount,stage_changed_on,id,created_on,base_amount
"Acme, SRL",12000.50,Steel beams,won,2026-10-05,,,beams,new,,EUR,,2026-10-05,1,2026-10-05,12000.50
"Acme, SRL",1500.00,Service,proposal,,2026-12-15,0.35,service,upsell,,EUR,,2026-11-23,2,2026-11-23,
Ёлка ООО,300.00,Ёлочные игрушки,lost,2026-09-01,,,toys,cross-sell,"Price, too high",EUR,,2026-09-01,3,2026-09-01,300.00
Ωμέγα ΑΕ,99.99,,negotiation,,2027-01-10,0.333,,renewal,,EUR,,2026-11-23,4,2026-11-23,
'\''=Formula Ltd,5.00,,won,2025-12-31,,,,new,,EUR,,2025-12-31,5,2025-12-31,5.00'
ok export invoices
expect_out 'client,amount,due,number,issued,paid_amount,paid_on,currency,id,deal_id,base_amount
"Acme, SRL",12000.50,2026-11-05,INV-001,2026-10-06,12000.50,2026-11-01,EUR,1,,12000.50
"Acme, SRL",1500.00,2026-12-15,INV-002,2026-11-15,750.00,2026-11-21,EUR,2,,1500.00
Ёлка ООО,300.00,2026-10-01,,2026-09-01,,,EUR,3,,300.00'
# Payments one row each, not only the last.
ok export payments
expect_out 'invoice_id,amount,date,currency,number,id,base_amount
1,12000.50,2026-11-01,EUR,INV-001,1,12000.50
2,500.00,2026-11-20,EUR,INV-002,2,500.00
2,250.00,2026-11-21,EUR,INV-002,3,250.00'
ok export touches --format json
expect_out '[
{"client":"Acme, SRL","kind":"call","date":"2026-11-20","summary":"Discussed \"Q1\" order","contact":"Ion Pop","next_action":"Send offer","next_date":"2026-11-27","id":1},
{"client":"Ёлка ООО","kind":"visit","date":"2026-11-02","summary":"Визит","contact":"Мария Иванова","next_action":null,"next_date":null,"id":2},
{"client":"Ωμέγα ΑΕ","kind":"email","date":"2026-10-30","summary":null,"contact":null,"next_action":null,"next_date":null,"id":3}
]'
ok export contacts --json
expect_out_has '"decision_maker":true'

# Columns are the import columns, in the order the man page's Import, export and backup lists them, also when empty.
ACCT_DB="$TEST_DIR/empty.db" "$ACCT_BIN" -q init
for kind in $KINDS refunds followups payments cases rates; do
  got=$(ACCT_DB="$TEST_DIR/empty.db" "$ACCT_BIN" export "$kind"); check
  expect_eq "$got" "$(grep -m1 . "$ACCT_SOURCE_DIR/tests/cli/data/header-$kind.csv")" "$kind header"
done
expect_eq "$(ACCT_DB="$TEST_DIR/empty.db" "$ACCT_BIN" export deals --json)" "[]" "empty json export"

# Round trip, byte for byte, for every kind, in CSV (with and without BOM).
for kind in $KINDS; do "$ACCT_BIN" export "$kind" >"$TEST_DIR/first-$kind.csv"; done
export ACCT_DB="$TEST_DIR/second.db"
ok -q init
for kind in $KINDS; do ok -q import "$kind" "$TEST_DIR/first-$kind.csv"; done
for kind in $KINDS; do
  "$ACCT_BIN" export "$kind" >"$TEST_DIR/second-$kind.csv"; check
  cmp -s "$TEST_DIR/first-$kind.csv" "$TEST_DIR/second-$kind.csv" || { fail "round trip of $kind differs"; diff "$TEST_DIR/first-$kind.csv" "$TEST_DIR/second-$kind.csv" >&2; }
done
"$ACCT_BIN" --bom export clients >"$TEST_DIR/bom.csv"
export ACCT_DB="$TEST_DIR/third.db"
ok -q init
ok -q import clients "$TEST_DIR/bom.csv"
"$ACCT_BIN" export clients >"$TEST_DIR/third-clients.csv"; check
cmp -s "$TEST_DIR/first-clients.csv" "$TEST_DIR/third-clients.csv" || fail "round trip through a BOM export differs"

fails 2 "invalid kind 'refund': expected clients, contacts, deals, refunds, touches, followups, invoices, payments, cases, rates" export refund
fails 2 "export writes csv, json or xlsx, not 'tsv'" export deals --format tsv
if [ -w /dev/full ]; then
  "$ACCT_BIN" export clients >/dev/full 2>"$TEST_DIR/full.err"; code=$?; check
  expect_eq "$code" 1 "export to a full disk fails"
fi

finish
