# acct invoice edit|delete, invoice pay ID|NUMBER, payment list|delete: every invoice and
# payment can be corrected or deleted; paid amounts and receivables follow; deletes ask.
source "$(dirname "$0")/lib.sh"

ok -q init
ok -q client add "Acme SRL"
ok -q client add "Beta SA"
ok -q deal log acme 1200 --date 2026-11-02                                        # deal 1
ok -q deal log beta 900 --date 2026-11-03                                         # deal 2
ok -q invoice add acme 1200 --due 2026-12-15 --number F-1 --issued 2026-11-15     # 1
ok -q invoice add acme 500 --due 2026-12-20 --number 1                            # 2: its number is invoice 1's id
ok -q invoice add beta 300 --due 2026-11-10 --issued 2026-10-10 --number 2026/7   # 3

# invoice pay ID|NUMBER: digits that are an id are the id; else the invoice number.
ok -q invoice pay F-1 --amount 200 --date 2026-11-20
ok -q invoice pay 2026/7 --amount 100 --date 2026-11-21
ok -q invoice pay 1 --amount 100 --date 2026-11-22
expect_eq "$(sql "SELECT group_concat(invoice_id) FROM (SELECT invoice_id FROM payment ORDER BY id)")" "1,3,1" "F-1 and 2026/7 by number, 1 by id"
fails_unchanged 1 "^acct: error: no invoice has the id or number 'F-9'$" invoice pay F-9
fails_unchanged 1 "no invoice has the id or number '77'" invoice pay 77

# payment list: columns of the contract, filters.
ok payment list --csv
expect_out "id,invoice_id,number,client,amount,currency,date,base_amount
1,1,F-1,Acme SRL,200.00,EUR,2026-11-20,200.00
2,3,2026/7,Beta SA,100.00,EUR,2026-11-21,100.00
3,1,F-1,Acme SRL,100.00,EUR,2026-11-22,100.00"
ok payment list --client beta --csv
expect_out "id,invoice_id,number,client,amount,currency,date,base_amount
2,3,2026/7,Beta SA,100.00,EUR,2026-11-21,100.00"
ok payment list --invoice F-1 --period 2026-11-22..2026-11-30 --csv
expect_out "id,invoice_id,number,client,amount,currency,date,base_amount
3,1,F-1,Acme SRL,100.00,EUR,2026-11-22,100.00"
fails 1 "no invoice has the id or number 'X'" payment list --invoice X
fails 2 "invalid period" payment list --period someday

# invoice edit: what add validates, never below what is paid; the confirmation names it.
ok invoice edit 1 --amount 1,000 --due 2026-12-31 --deal 1
expect_err_has "^edited invoice 1 of 'Acme SRL': amount 1,000.00, due 2026-12-31, deal 1$"
expect_eq "$(sql "SELECT amount, due_on, deal_id FROM invoice WHERE id = 1")" "100000|2026-12-31|1" "edited"
ok -q invoice edit 1 --number '' --deal ''
expect_eq "$(sql "SELECT number, deal_id IS NULL FROM invoice WHERE id = 1")" "|1" "number and deal cleared"
fails_unchanged 1 "^acct: error: no invoice with id 42$" invoice edit 42 --amount 1
fails_unchanged 2 "nothing to change on invoice 1" invoice edit 1
fails_unchanged 1 "invalid amount '250': invoice 1 has 300.00 paid already; delete payments first" invoice edit 1 --amount 250
fails_unchanged 2 "invalid amount '0': an invoice needs an amount above zero" invoice edit 1 --amount 0
fails_unchanged 2 "invalid amount 'abc'" invoice edit 1 --amount abc
fails_unchanged 2 "invalid issue date '\+1d': 2026-11-24 is in the future" invoice edit 1 --issued +1d
fails_unchanged 2 "invalid due date '2026-11-01': 2026-11-01 is before the issue date 2026-11-15" invoice edit 1 --due 2026-11-01
fails_unchanged 1 "invoice number '2026/7' is already taken by invoice 3" invoice edit 1 --number 2026/7
fails_unchanged 1 "deal 2 belongs to 'Beta SA', not to 'Acme SRL'" invoice edit 1 --deal 2
fails_unchanged 1 "no deal with id 9" invoice edit 1 --deal 9
fails_unchanged 2 "invalid deal id 'x'" invoice edit 1 --deal x

# An amount down to what is paid settles the invoice on its last payment's day.
ok -q invoice edit 1 --amount 300
expect_eq "$(sql "SELECT paid_amount, paid_on FROM invoice WHERE id = 1")" "30000|2026-11-22" "settled by the edit"
ok -q invoice edit 1 --amount 1000
expect_eq "$(sql "SELECT paid_amount, paid_on IS NULL FROM invoice WHERE id = 1")" "30000|1" "open again"

# payment delete: the invoice's paid amount and settling day follow.
ok -q invoice pay 3 --date 2026-11-23                    # settles invoice 3: payment 4
expect_eq "$(sql "SELECT paid_on FROM invoice WHERE id = 3")" "2026-11-23" "settled"
ok invoice list --overdue --csv
expect_out_lacks "^3,"
fails_unchanged 2 "not on a terminal: add --yes to delete payment 4 of 200.00 EUR on 2026-11-23 to invoice 3 '2026/7' of 'Beta SA'" payment delete 4
fails_unchanged 1 "no payment with id 9" payment delete 9 --yes
before=$(db_dump)
run_terminal n "$ACCT_BIN" payment delete 4
expect_eq "$CODE" 1 "a 'n' answer exits 1"
expect_out_has "delete payment 4 of 200.00 EUR on 2026-11-23 to invoice 3 '2026/7' of 'Beta SA'\? \[y/N\] n$"
expect_out_has "nothing deleted"
expect_eq "$(db_dump)" "$before" "nothing deleted on 'n'"
run_terminal y "$ACCT_BIN" payment delete 4
expect_eq "$CODE" 0 "a 'y' answer deletes"
expect_out_has "deleted payment 4; invoice 3 has 100.00 of 300.00 paid"
expect_eq "$(sql "SELECT paid_amount, paid_on IS NULL FROM invoice WHERE id = 3")" "10000|1" "open again"
ok invoice list --overdue --csv
expect_out_has "^3,Beta SA,2026/7,300.00,2026-10-10,2026-11-10,100.00,,13,EUR,300.00$"
ok report receivables --csv
expect_out_has "Beta SA"

# invoice delete: with its payments, asks first.
fails_unchanged 2 "not on a terminal: add --yes to delete invoice 1 of 'Acme SRL', 1,000.00 EUR due 2026-12-31, and its 2 payments" invoice delete 1
fails_unchanged 1 "no invoice with id 9" invoice delete 9 --yes
run_terminal oui "$ACCT_BIN" invoice delete 1
expect_eq "$CODE" 0 "a French yes deletes"
expect_out_has "delete invoice 1 of 'Acme SRL', 1,000.00 EUR due 2026-12-31, and its 2 payments\? \[y/N\]"
expect_eq "$(sql "SELECT count(*) FROM invoice WHERE id = 1") $(sql "SELECT count(*) FROM payment WHERE invoice_id = 1")" "0 0" "invoice and payments gone"
ok -q invoice delete 2 --yes
ok invoice list --csv
expect_out "id,client,number,amount,issued,due,paid_amount,paid_on,days_overdue,currency,base_amount
3,Beta SA,2026/7,300.00,2026-10-10,2026-11-10,100.00,,13,EUR,300.00"

# Undo brings an invoice back with its payments.
ok -q undo --yes
expect_eq "$(sql "SELECT count(*) FROM invoice")" "2" "undo restores the invoice"

finish
