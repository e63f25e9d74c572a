# acct invoice add|pay|list: receivables, partial payments, overdue, and bad inputs.
source "$(dirname "$0")/lib.sh"

ok -q init
ok -q client add "Acme SRL" --tier A
ok -q client add "Ωμέγα ΑΕ"
ok -q deal log Acme 5000
ok -q deal log Ωμέγα 100

ok invoice add Acme "1,500" --due +30d --number F-001 --deal 1
expect_out "1"
expect_err_has "added invoice 1 to 'Acme SRL': 1,500.00 EUR due 2026-12-23"
expect_eq "$(sql "SELECT client_id, deal_id, number, amount, currency, issued_on, due_on, paid_amount, paid_on IS NULL FROM invoice WHERE id = 1")" \
  "1|1|F-001|150000|EUR|2026-11-23|2026-12-23|0|1" "invoice row"
ok -q invoice add Acme 800 --issued 2026-10-01 --due 2026-10-31
ok -q invoice add Ωμέγα 200 --issued 2026-11-01 --due fri
expect_eq "$(sql "SELECT due_on, number FROM invoice WHERE id = 3")" "2026-11-27|" "--due fri is the coming Friday, no number"
ok -q invoice add Ωμέγα 50 --issued 2026-09-01 --due 2026-09-15

# Partial payments add up; the invoice is settled by the last one.
ok invoice pay 2 --amount 300 --date 2026-11-10
expect_out "1"
expect_err_has "paid 300.00 on invoice 2; 500.00 still open"
ok -q invoice pay 2 --amount 200
expect_eq "$(sql "SELECT paid_amount, paid_on IS NULL FROM invoice WHERE id = 2")" "50000|1" "partial payments add up"
ok invoice pay 2
expect_err_has "invoice 2 is paid in full"
expect_eq "$(sql "SELECT paid_amount, paid_on FROM invoice WHERE id = 2")" "80000|2026-11-23" "default pays the rest"
expect_eq "$(sql "SELECT group_concat(amount || ':' || currency || ':' || paid_on, ' ') FROM payment WHERE invoice_id = 2")" \
  "30000:EUR:2026-11-10 20000:EUR:2026-11-23 30000:EUR:2026-11-23" "payment rows"
ok -q invoice pay 4 --amount 20

# The list: contract columns, due date order; days_overdue only for unpaid invoices past due.
ok invoice list --csv
expect_out 'id,client,number,amount,issued,due,paid_amount,paid_on,days_overdue,currency,base_amount
4,Ωμέγα ΑΕ,,50.00,2026-09-01,2026-09-15,20.00,,69,EUR,50.00
2,Acme SRL,,800.00,2026-10-01,2026-10-31,800.00,2026-11-23,,EUR,800.00
3,Ωμέγα ΑΕ,,200.00,2026-11-01,2026-11-27,0.00,,,EUR,200.00
1,Acme SRL,F-001,1500.00,2026-11-23,2026-12-23,0.00,,,EUR,1500.00'
ok invoice list --csv --overdue
expect_eq "$(printf '%s\n' "$OUT" | tail -n +2 | cut -d, -f1 | tr '\n' ' ')" "4 " "--overdue"
ACCT_TODAY=2026-11-28 ok invoice list --csv --overdue --client ωμέγα
expect_out 'id,client,number,amount,issued,due,paid_amount,paid_on,days_overdue,currency,base_amount
4,Ωμέγα ΑΕ,,50.00,2026-09-01,2026-09-15,20.00,,74,EUR,50.00
3,Ωμέγα ΑΕ,,200.00,2026-11-01,2026-11-27,0.00,,1,EUR,200.00'
ok invoice list --csv --client Acme
expect_eq "$(printf '%s\n' "$OUT" | tail -n +2 | cut -d, -f1 | tr '\n' ' ')" "2 1 " "--client"
ok invoice list --json --overdue
expect_out_has '"days_overdue":69'

# Refusals: nothing written.
fails_unchanged 1 "payment 30.01 is more than the open amount 30.00 of invoice 4" invoice pay 4 --amount 30.01
fails_unchanged 1 "invoice 2 is already paid in full" invoice pay 2
fails_unchanged 1 "no invoice has the id or number .9." invoice pay 9
fails_unchanged 1 "invoice number 'F-001' is already taken by invoice 1" invoice add Ωμέγα 10 --due +1w --number F-001
fails_unchanged 1 "deal 2 belongs to 'Ωμέγα ΑΕ', not to 'Acme SRL'" invoice add Acme 10 --due +1w --deal 2
fails_unchanged 1 "no deal with id 42" invoice add Acme 10 --due +1w --deal 42
fails_unchanged 2 "invalid due date '2026-11-01': 2026-11-01 is before the issue date 2026-11-10" invoice add Acme 10 --issued 2026-11-10 --due 2026-11-01
fails_unchanged 2 "invalid amount '0': an invoice needs an amount above zero" invoice add Acme 0 --due +1w
fails_unchanged 2 "invalid amount '-10'" invoice add Acme -10 --due +1w
fails_unchanged 2 "invalid amount '1.234'" invoice pay 3 --amount 1.234
fails_unchanged 2 "invalid amount '0': a payment is above zero" invoice pay 3 --amount 0
fails_unchanged 2 "invalid date 'later'" invoice add Acme 10 --due later
fails_unchanged 2 "invalid date '2026-11-31'" invoice pay 3 --date 2026-11-31
fails_unchanged 2 "due" invoice add Acme 10
fails_unchanged 1 "no client matches 'Nobody'" invoice list --client Nobody

# Payments entered out of date order: the invoice is settled on its latest payment's day,
# and receivables as of a day between the two payments still count the half then unpaid.
ok -q client add "Late Payer"
ok -q invoice add "Late Payer" 100 --issued 2025-01-01 --due 2025-01-31
late=$OUT
ok -q invoice pay "$late" --amount 50 --date 2025-05-01
ok -q invoice pay "$late" --amount 50 --date 2025-02-01
expect_eq "$(sql "SELECT paid_on FROM invoice WHERE id = $late")" 2025-05-01 "the settling day of an invoice paid out of order"
ok --csv kpi --period 2025-03
expect_out_has '^overdue_receivables,50\.00,'
ok --csv kpi --period 2025-06
expect_out_has '^overdue_receivables,0\.00,'

finish
