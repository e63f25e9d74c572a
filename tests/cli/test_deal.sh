# acct deal log|add|move|win|lose|refund|list, the stale column and bad inputs.
source "$(dirname "$0")/lib.sh"

ok -q init
ok -q client add "Acme SRL" --tier A
ok -q client add "Ωμέγα ΑΕ" --tier B

# log: a won deal in one line; id on stdout, confirmation on stderr.
ok deal log Acme "12,000.50" --product Steel --kind upsell --title "Q4 order" --discount 10%
expect_out "1"
expect_err_has "logged deal 1: 12,000.50 EUR won from 'Acme SRL' on 2026-11-23"
expect_eq "$(sql "SELECT amount, currency, stage, closed_on, created_on, stage_changed_on, discount, product, kind, title FROM deal WHERE id = 1")" \
  "1200050|EUR|won|2026-11-23|2026-11-23|2026-11-23|120005|Steel|upsell|Q4 order" "deal log row"
ok -q deal log ωμέγα 500 --date fri --discount 50
expect_out "2"
expect_eq "$(sql "SELECT closed_on, created_on, discount, kind FROM deal WHERE id = 2")" "2026-11-20|2026-11-20|5000|new" "--date fri is the past Friday"

# add: an opportunity; stage defaults to the first configured, probability from the stage.
ok deal add Acme "Renewal 2027" 30000 --close fri --product Service --kind renewal
expect_out "3"
expect_err_has "added deal 3 'Renewal 2027' for 'Acme SRL' at stage lead"
expect_eq "$(sql "SELECT stage, probability IS NULL, expected_close, closed_on IS NULL FROM deal WHERE id = 3")" \
  "lead|1|2026-11-27|1" "--close fri is the coming Friday"
ok -q deal add Ωμέγα "Pilot" 8000 --stage Proposal --probability 35%
expect_eq "$(sql "SELECT stage, probability FROM deal WHERE id = 4")" "proposal|0.35" "--stage, --probability"

ok deal list --csv
expect_out 'id,client,title,stage,amount,probability,product,kind,expected_close,closed_on,stale,discount,currency,base_amount
1,Acme SRL,Q4 order,won,12000.50,1.00,Steel,upsell,,2026-11-23,no,1200.05,EUR,12000.50
2,Ωμέγα ΑΕ,,won,500.00,1.00,,new,,2026-11-20,no,50.00,EUR,500.00
3,Acme SRL,Renewal 2027,lead,30000.00,0.10,Service,renewal,2026-11-27,,no,0.00,EUR,30000.00
4,Ωμέγα ΑΕ,Pilot,proposal,8000.00,0.35,,new,,,no,0.00,EUR,8000.00'

ok deal list --json
expect_out_has '"closed_on":"2026-11-23","stale":false,"discount":1200.05,"currency":"EUR","base_amount":12000.50\}'
# move: a pipeline stage; the stage's probability unless given; stage_changed_on today.
ok deal move 3 negotiation
expect_err_has "moved deal 3 'Renewal 2027' to negotiation"
ok deal move 4 qualified
expect_eq "$(sql "SELECT stage, probability IS NULL FROM deal WHERE id = 4")" "qualified|1" "move resets the probability"
ok deal move 4 qualified --probability 0.3
expect_eq "$(sql "SELECT probability FROM deal WHERE id = 4")" "0.3" "move --probability"
ok deal move 4 qualified
expect_err_has "already at stage qualified"
ACCT_TODAY=2026-11-25 ok deal move 3 proposal
expect_eq "$(sql "SELECT stage_changed_on FROM deal WHERE id = 3")" "2026-11-25" "stage_changed_on"

# Stale: open deals untouched and unmoved for stale_after_days (21), or past expected close.
ok -q deal add Ωμέγα "Old lead" 100
ACCT_TODAY=2026-12-14 ok deal list --csv --stale
expect_out 'id,client,title,stage,amount,probability,product,kind,expected_close,closed_on,stale,discount,currency,base_amount
3,Acme SRL,Renewal 2027,proposal,30000.00,0.50,Service,renewal,2026-11-27,,yes,0.00,EUR,30000.00
4,Ωμέγα ΑΕ,Pilot,qualified,8000.00,0.30,,new,,,yes,0.00,EUR,8000.00
5,Ωμέγα ΑΕ,Old lead,lead,100.00,0.10,,new,,,yes,0.00,EUR,100.00'
ACCT_TODAY=2026-11-24 ok -q touch Ωμέγα call --date 2026-11-24
ACCT_TODAY=2026-12-14 ok deal list --csv --stale
expect_eq "$(printf '%s\n' "$OUT" | tail -n +2 | cut -d, -f1 | tr '\n' ' ')" "3 " "a touch of the client freshens its deals"
ACCT_TODAY=2026-12-15 ok deal list --csv --stale
expect_eq "$(printf '%s\n' "$OUT" | tail -n +2 | cut -d, -f1 | tr '\n' ' ')" "3 4 5 " "21 days after the touch"

# win and lose.
ok deal win 4 --amount 7500 --date 2026-11-22
expect_err_has "won deal 4 'Pilot'"
expect_eq "$(sql "SELECT stage, amount, closed_on, stage_changed_on FROM deal WHERE id = 4")" "won|750000|2026-11-22|2026-11-22" "win"
ok deal win 3
expect_eq "$(sql "SELECT stage, amount, closed_on FROM deal WHERE id = 3")" "won|3000000|2026-11-23" "win keeps the amount"
ok deal lose 5 --reason "Went with a competitor" --date yesterday
expect_eq "$(sql "SELECT stage, closed_on, lost_reason FROM deal WHERE id = 5")" "lost|2026-11-22|Went with a competitor" "lose"

# Filters.
ok deal list --csv --won
expect_eq "$(printf '%s\n' "$OUT" | tail -n +2 | cut -d, -f1 | tr '\n' ' ')" "1 2 3 4 " "--won"
ok deal list --csv --lost
expect_out_has '^5,Ωμέγα ΑΕ,Old lead,lost,100.00,0.00,'
ok deal list --csv --won --lost --client Ωμέγα
expect_eq "$(printf '%s\n' "$OUT" | tail -n +2 | cut -d, -f1 | tr '\n' ' ')" "2 4 5 " "--client with two stage flags"
ok -q deal add Acme "Next year" 100 --close 2027-02-01
ok deal list --csv --open
expect_eq "$(printf '%s\n' "$OUT" | tail -n +2 | cut -d, -f1 | tr '\n' ' ')" "6 " "--open"
ok deal list --csv --period 2026-W47
expect_eq "$(printf '%s\n' "$OUT" | tail -n +2 | cut -d, -f1 | tr '\n' ' ')" "2 4 5 " "--period by close date"
ok deal list --csv --period 2027-Q1
expect_eq "$(printf '%s\n' "$OUT" | tail -n +2 | cut -d, -f1 | tr '\n' ' ')" "6 " "--period: open deals by expected close"
ok deal list --json --client acme --won
expect_out_has '"probability":1.00'
expect_out_has '"stale":false'

# refund: only won deals, never more than what is left.
ok deal refund 1 "2,000" --reason "Damaged" --date 2026-11-23
expect_out "1"
expect_eq "$(sql "SELECT deal_id, amount, currency, refunded_on, reason FROM refund")" "1|200000|EUR|2026-11-23|Damaged" "refund row"
fails_unchanged 1 "refund 10,000.51 is more than the 10,000.50 left on deal 1 \(amount 12,000.50 less 2,000.00 refunded\)" deal refund 1 10000.51
ok -q deal refund 1 10000.50
fails_unchanged 1 "refund 0.01 is more than the 0.00 left on deal 1" deal refund 1 0.01
fails_unchanged 1 "deal 6 is open; only won deals can be refunded" deal refund 6 1
fails_unchanged 1 "deal 5 is lost; only won deals can be refunded" deal refund 5 1
fails_unchanged 2 "invalid refund date '2026-11-19': before the deal closed on 2026-11-20" deal refund 2 1 --date 2026-11-19
fails_unchanged 2 "invalid refund '0': it is zero" deal refund 2 0

# Closed deals do not move.
fails_unchanged 1 "deal 1 is already won \(closed on 2026-11-23\); reopen it first \(acct deal reopen 1\)" deal move 1 lead
fails_unchanged 1 "deal 5 is already lost" deal move 5 lead
fails_unchanged 1 "deal 1 is already won" deal win 1
fails_unchanged 1 "deal 5 is already lost" deal lose 5 --reason again

# Bad inputs.
fails_unchanged 1 "no deal with id 99" deal move 99 lead
fails_unchanged 1 "no deal with id 99" deal win 99
fails_unchanged 1 "no deal with id 99" deal lose 99 --reason x
fails_unchanged 1 "no deal with id 99" deal refund 99 1
fails_unchanged 2 "invalid stage 'wun': expected lead, qualified, proposal or negotiation" deal move 6 wun
fails_unchanged 2 "invalid stage 'won' here: close a deal with 'acct deal win' or 'acct deal lose'" deal move 6 won
fails_unchanged 2 "invalid stage 'wun'" deal add Acme X 100 --stage wun
fails_unchanged 2 "invalid deal kind 'resale'" deal log Acme 100 --kind resale
fails_unchanged 2 "invalid date '2026-13-01'" deal log Acme 100 --date 2026-13-01
fails_unchanged 2 "invalid date 'someday'" deal add Acme X 100 --close someday
fails_unchanged 2 "invalid date 'someday'" deal win 6 --date someday
fails_unchanged 2 "invalid amount '12.000,50'" deal log Acme 12.000,50
fails_unchanged 2 "invalid amount '-5'" deal log Acme -5
fails_unchanged 2 "invalid amount 'lots'" deal add Acme X lots
fails_unchanged 2 "invalid amount 'x'" deal win 6 --amount x
fails_unchanged 2 "invalid probability '1.5'" deal add Acme X 100 --probability 1.5
fails_unchanged 2 "invalid probability '200%'" deal move 6 lead --probability 200%
fails_unchanged 2 "invalid discount '150': more than the deal's amount 100.00" deal log Acme 100 --discount 150
fails_unchanged 2 "invalid discount '120%'" deal log Acme 100 --discount 120%
fails_unchanged 2 "deal title: it is empty" deal add Acme "  " 100
fails_unchanged 2 "lost reason: it is empty" deal lose 6 --reason " "
fails_unchanged 2 "reason" deal lose 6
fails_unchanged 2 "abc" deal win abc
fails_unchanged 1 "no client matches 'Nobody'" deal log Nobody 100
fails_unchanged 2 "invalid period 'Q9'" deal list --period Q9

finish
