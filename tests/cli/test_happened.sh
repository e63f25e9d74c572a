# Things that happened are never dated in the future (a sale, a win or loss, a refund, a
# touch, a payment, a case time, imported rows), and an old invoice is entered by its due
# date alone: issued the client's payment terms earlier (30 days without terms), never
# after today. Today is Monday 2026-11-23.
source "$(dirname "$0")/lib.sh"

ok -q init
ok -q client add "Acme SRL" --terms 45
ok -q client add "Beta SA"
ok -q deal log Acme 1000
ok -q deal add Acme "Open one" 500 --stage proposal

# Every --date of a thing that happened: exit 2, one line naming the value, nothing written.
fails_unchanged 2 "^acct: error: invalid sale date '\+1m': 2026-12-23 is in the future \(today is 2026-11-23\)$" \
  deal log Acme 100 --date +1m
fails_unchanged 2 "invalid sale date 'tomorrow': 2026-11-24 is in the future" deal log Acme 100 --date tomorrow
fails_unchanged 2 "invalid close date '2026-12-01': it is in the future" deal win 2 --date 2026-12-01
fails_unchanged 2 "invalid close date '\+1w'" deal lose 2 --reason price --date +1w
fails_unchanged 2 "invalid refund date '2027-05-01': it is in the future" deal refund 1 10 --date 2027-05-01
fails_unchanged 2 "invalid touch date '2027-05-01': it is in the future" touch Acme call "hello" --date 2027-05-01
fails_unchanged 2 "invalid case date '2026-11-24T10:00': 2026-11-24 is in the future" \
  case open Acme "printer broken" --at 2026-11-24T10:00
fails_unchanged 2 "invalid case date '\+2d'" case open Acme "printer broken" --at +2d
fails_unchanged 2 "invalid issue date '\+1d'" invoice add Acme 100 --issued +1d --due +30d
ok -q invoice add Beta 100 --due +10d
fails_unchanged 2 "invalid payment date '\+3d': 2026-11-26 is in the future" invoice pay 1 --date +3d

# Today and the past stay fine; a weekday name is the nearest one before.
ok -q deal log Acme 100 --date today
ok -q touch Acme call "called" --date fri
expect_eq "$(sql "SELECT touched_on FROM touch ORDER BY id DESC LIMIT 1")" "2026-11-20" "fri is last Friday"
ok -q case open Acme "login fails" --at 2026-11-23T08:15

# invoice add with a past due date: issued = due - client's terms, else 30 days; never
# after today.
ok -q invoice add Acme 800 --due 2026-10-31
expect_eq "$(sql "SELECT issued_on, due_on FROM invoice ORDER BY id DESC LIMIT 1")" "2026-09-16|2026-10-31" \
  "Acme's 45-day terms: 2026-10-31 less 45 days"
ok -q invoice add Beta 300 --due 2026-10-31
expect_eq "$(sql "SELECT issued_on FROM invoice ORDER BY id DESC LIMIT 1")" "2026-10-01" "30 days without terms"
ok -q invoice add Beta 300 --due 2027-01-31
expect_eq "$(sql "SELECT issued_on FROM invoice ORDER BY id DESC LIMIT 1")" "2026-11-23" "never after today"
ok invoice list --overdue --csv
expect_out_has "^[0-9]+,Acme SRL,,800.00,2026-09-16,2026-10-31,0.00,,23,EUR,800.00$"
fails_unchanged 2 "invalid due date '2026-09-01': 2026-09-01 is before the issue date 2026-10-01" \
  invoice add Beta 300 --issued 2026-10-01 --due 2026-09-01

# Imports: a row dated in the future is an error naming its line; nothing is written.
cat >"$TEST_DIR/deals.csv" <<'CSV'
client,amount,date
Acme SRL,100,2026-11-20
Acme SRL,200,2026-12-24
CSV
fails_unchanged 2 "deals.csv:3: date: invalid close date '2026-12-24': it is in the future" import deals "$TEST_DIR/deals.csv"
cat >"$TEST_DIR/touches.csv" <<'CSV'
client,kind,date,summary
Acme SRL,call,2026-11-23,ok
Acme SRL,visit,2027-01-05,later
CSV
fails_unchanged 2 "touches.csv:3: date: invalid touch date '2027-01-05'" import touches "$TEST_DIR/touches.csv"
cat >"$TEST_DIR/invoices.csv" <<'CSV'
client,amount,due,number,issued,paid_amount,paid_on
Acme SRL,100,2026-10-31,F-9,,,
Beta SA,100,2026-12-31,F-10,,100,2026-12-01
CSV
fails_unchanged 2 "invoices.csv:3: paid_on: invalid payment date '2026-12-01'" import invoices "$TEST_DIR/invoices.csv"
# Without the bad row, an invoice without `issued` takes the client's terms too.
sed -i '$d' "$TEST_DIR/invoices.csv"
ok -q import invoices "$TEST_DIR/invoices.csv"
expect_eq "$(sql "SELECT issued_on FROM invoice WHERE number = 'F-9'")" "2026-09-16" "imported invoice issued by terms"

finish
