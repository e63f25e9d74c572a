# acct deal edit|reopen|delete, deal move --close, refund list|delete: every mistake on a
# deal can be corrected, derived data (first_won, revenue) follows, deletes ask first.
source "$(dirname "$0")/lib.sh"

ok -q init
ok -q client add "Acme SRL" --terms 30
ok -q client add "Beta SA"
ok -q deal log Acme 12000 --title Coatings --product paint --date 2026-11-02   # 1
ok -q deal log Acme 500 --product paint --date 2026-11-10                      # 2
ok -q deal add Beta "Big order" 30000 --stage proposal --close +1m            # 3
ok -q deal refund 1 2000 --date 2026-11-12 --reason damaged                    # refund 1

# deal edit: any field, with a confirmation naming the result.
ok deal edit 2 --amount 5000 --title "Primer" --kind upsell --discount 10%
expect_err_has "^edited deal 2 'Primer', 5,000.00 EUR won 2026-11-10 of 'Acme SRL'$"
expect_eq "$(sql "SELECT amount, title, kind, discount FROM deal WHERE id = 2")" "500000|Primer|upsell|50000" "edited fields"
ok -q deal edit 3 --close 2027-01-15 --probability 40%
expect_eq "$(sql "SELECT expected_close, probability FROM deal WHERE id = 3")" "2027-01-15|0.4" "open deal edit"
ok -q deal edit 3 --probability ''
expect_eq "$(sql "SELECT probability IS NULL FROM deal WHERE id = 3")" "1" "'' gives the stage's probability back"

# Moving a won deal to another client moves its first-won facts and its revenue.
ok -q deal edit 2 --client Beta --date 2026-11-05
expect_eq "$(sql "SELECT client_id, closed_on FROM deal WHERE id = 2")" "2|2026-11-05" "moved to Beta, new close date"
expect_eq "$(first_won_mismatches)" "0" "first_won follows the edit"
expect_eq "$(sql "SELECT won_on FROM first_won WHERE client_id = 2 AND product = 'paint'")" "2026-11-05" "Beta's first paint"
ok kpi --period 2026-11 --csv
expect_out_has "^revenue,"

# Bad edits: exit 1 or 2, one line, nothing written.
fails_unchanged 1 "^acct: error: no deal with id 42$" deal edit 42 --amount 1
fails_unchanged 2 "nothing to change on deal 1" deal edit 1
fails_unchanged 2 "invalid amount 'abc'" deal edit 1 --amount abc
fails_unchanged 1 "invalid amount '1000': deal 1 has 2000.00 refunded already" deal edit 1 --amount 1000
fails_unchanged 1 "deal 1 is won: --close is the expected close of an open deal" deal edit 1 --close +1w
fails_unchanged 1 "deal 3 is open \(stage proposal\): it has no close date" deal edit 3 --date 2026-11-01
fails_unchanged 2 "invalid close date '\+1d': 2026-11-24 is in the future" deal edit 1 --date +1d
fails_unchanged 1 "invalid close date '2026-11-20': deal 1 has a refund on 2026-11-12, before it" deal edit 1 --date 2026-11-20
fails_unchanged 1 "no client matches 'Nobody'" deal edit 1 --client Nobody

# deal move --close: a slipped close date moves with (or without) the stage.
ok deal move 3 proposal --close +2m
expect_err_has "stays at stage proposal, expected to close 2027-01-23"
ok -q deal move 3 negotiation --close 2027-02-01
expect_eq "$(sql "SELECT stage, expected_close FROM deal WHERE id = 3")" "negotiation|2027-02-01" "move with --close"

# deal reopen: won or lost back into the pipeline; refused while refunds exist.
fails_unchanged 1 "deal 3 is open \(stage negotiation\): only a won or lost deal can be reopened" deal reopen 3
fails_unchanged 1 "deal 1 has 2000.00 refunded: delete its refunds first" deal reopen 1
fails_unchanged 2 "invalid stage 'nowhere'" deal reopen 2 --stage nowhere
ok deal reopen 2
expect_err_has "reopened deal 2 'Primer', 5,000.00 EUR at stage negotiation \(was won\)"
expect_eq "$(sql "SELECT stage, closed_on IS NULL, stage_changed_on FROM deal WHERE id = 2")" "negotiation|1|2026-11-23" "reopened"
expect_eq "$(sql "SELECT count(*) FROM first_won WHERE client_id = 2")" "0" "no first won left for Beta"
ok -q deal win 2 --date 2026-11-20
ok -q deal lose 3 --reason price
ok -q deal reopen 3 --stage qualified
expect_eq "$(sql "SELECT stage, lost_reason FROM deal WHERE id = 3")" "qualified|" "lost deal reopened, reason gone"
fails_unchanged 1 "deal 1 is already won \(closed on 2026-11-02\); reopen it first" deal move 1 lead

# refund list and delete.
ok refund list --csv
expect_out "id,deal_id,client,amount,currency,date,reason,base_amount
1,1,Acme SRL,2000.00,EUR,2026-11-12,damaged,2000.00"
ok refund list --client Beta --csv
expect_out "id,deal_id,client,amount,currency,date,reason,base_amount"
fails_unchanged 2 "not on a terminal: add --yes to delete refund 1 of 2,000.00 EUR on deal 1 \(2026-11-12\)" refund delete 1
fails_unchanged 1 "no refund with id 9" refund delete 9 --yes

# On a terminal the question names the record; "n" keeps it, "y" deletes.
before=$(db_dump)
run_terminal n "$ACCT_BIN" refund delete 1
check; [ "$CODE" -eq 1 ] || fail "a 'n' answer exits 1 (got $CODE)"
expect_out_has "^delete refund 1 of 2,000.00 EUR on deal 1 \(2026-11-12\)\? \[y/N\] n$"
expect_out_has "nothing deleted"
expect_eq "$(db_dump)" "$before" "nothing deleted on 'n'"
run_terminal y "$ACCT_BIN" refund delete 1
expect_eq "$CODE" 0 "a 'y' answer deletes"
expect_out_has "deleted refund 1"
expect_eq "$(sql "SELECT count(*) FROM refund")" "0" "refund gone"

# deal delete: with its refunds, invoices keep their amount and lose the link.
ok -q deal refund 1 100 --date 2026-11-15
ok -q invoice add Acme 12000 --due 2026-12-02 --deal 1
fails_unchanged 2 "not on a terminal: add --yes to delete deal 1 'Coatings', 12,000.00 EUR won 2026-11-02 of 'Acme SRL', and its 1 refund" deal delete 1
run_terminal да "$ACCT_BIN" deal delete 1
expect_eq "$CODE" 0 "a Russian yes deletes too"
expect_out_has "delete deal 1 'Coatings', 12,000.00 EUR won 2026-11-02 of 'Acme SRL', and its 1 refund\? \[y/N\]"
expect_eq "$(sql "SELECT count(*) FROM deal WHERE id = 1") $(sql "SELECT count(*) FROM refund") $(sql "SELECT deal_id IS NULL, amount FROM invoice")" \
  "0 0 1|1200000" "deal and refund gone, invoice kept unlinked"
expect_eq "$(first_won_mismatches)" "0" "first_won follows the delete"
ok -q deal delete 2 --yes
fails_unchanged 1 "no deal with id 2" deal delete 2 --yes
ok kpi --period 2026-11 --csv
expect_out_has "^revenue,0.00,"

finish
