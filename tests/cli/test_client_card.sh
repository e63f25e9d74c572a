# acct client show: the account card with touches, open deals, sales, receivables, cases, flags.
source "$(dirname "$0")/lib.sh"

ok -q init
ok -q client add "Acme SRL" --tier A --credit-limit 1000
ok -q client add "Quiet Co"
ok -q client add "Prospect Ltd" --status prospect

ok -q contact add Acme "Zoe Buyer"
ok -q contact add Acme "Adam Boss" --decision-maker
# Six touches: the card shows the last five, newest first.
for d in 2026-11-01 2026-11-05 2026-11-10 2026-11-12 2026-11-15; do ok -q touch Acme call "on $d" --date "$d"; done
ok -q touch Acme visit "Plant tour" --date 2026-11-20 --contact adam --next "Send offer" --next-date 2026-11-30

# Sales: this year to date (2026-01-01..2026-11-23) against 2025-01-01..2025-11-23, less refunds.
ok -q deal log Acme 1000 --date 2026-02-01
ok -q deal log Acme 500 --date 2026-11-23
ok -q deal refund 1 100 --date 2026-03-01
ok -q deal log Acme 700 --date 2025-11-23
ok -q deal log Acme 9000 --date 2025-11-24     # after the same day last year: not counted
ok -q deal add Acme "Renewal" 3000 --close 2026-11-20 --stage proposal
ok -q deal add Acme "Fresh" 200
ok -q deal add Quiet "Old" 50 --close 2027-01-31

# Receivables: 1,200 open (above the 1,000 limit), of which 700 overdue.
ok -q invoice add Acme 700 --issued 2026-10-01 --due 2026-10-31
ok -q invoice add Acme 500 --due +30d
ok -q invoice add Acme 300 --issued 2026-10-01 --due 2026-10-15
ok -q invoice pay 3
ok -q case open Acme "Late delivery" --at 2026-11-20T10:00
ok -q case open Acme "Solved" --at 2026-11-01
ok -q case resolve 2 --at 2026-11-02

ok client show Acme --json
expect_out_has '"sales_ytd":1400.00,'
expect_out_has '"sales_last_ytd":700.00,'
expect_out_has '"last_order":"2026-11-23"'
expect_out_has '"open_receivables":1200.00,'
expect_out_has '"overdue_receivables":700.00,'
expect_out_has '"flags":"over-credit-limit"'
# Contacts: the decision maker first.
expect_eq "$(printf '%s\n' "$OUT" | grep -o '"name":"[A-Za-z ]*","role"' | tr '\n' ' ')" \
  '"name":"Adam Boss","role" "name":"Zoe Buyer","role" ' "decision maker first"
# The last five touches, newest first.
expect_eq "$(printf '%s\n' "$OUT" | grep -o '"date":"2026-11-[0-9]*","kind"' | cut -d'"' -f4 | tr '\n' ' ')" \
  "2026-11-20 2026-11-15 2026-11-12 2026-11-10 2026-11-05 " "last five touches"
expect_out_has '"kind":"visit","contact":"Adam Boss","summary":"Plant tour","next_action":"Send offer","next_date":"2026-11-30"'
# Open deals with the stale mark (Renewal is past its expected close).
expect_out_has '"title":"Renewal","stage":"proposal","amount":3000.00,"probability":0.50,"expected_close":"2026-11-20","stale":true'
expect_out_has '"title":"Fresh","stage":"lead","amount":200.00,"probability":0.10,"expected_close":null,"stale":false'
expect_out_lacks '"title":"Old"'
# Open cases only.
expect_out_has '"summary":"Late delivery"'
expect_out_lacks '"summary":"Solved"'

ok client show Acme --color never
expect_out_has '^  flags +over-credit-limit$'
expect_out_has '^  sales_ytd +1,400.00$'
expect_out_has 'Last touches'
expect_out_has 'Open deals'

# Dormant: a customer whose last order is more than dormant_after_days (120) old.
ok -q deal log Quiet 100 --date 2026-07-25   # 121 days before today
ok client show Quiet --json
expect_out_has '"flags":"dormant"'
expect_out_has '"sales_ytd":100.00'
ACCT_TODAY=2026-11-22 ok client show Quiet --json
expect_out_has '"flags":null'
# Never bought, or a prospect: not dormant; no limit: never over it.
ok client show Prospect --json
expect_out_has '"flags":null'
expect_out_has '"open_receivables":0.00'
ok -q deal log Prospect 10 --date 2025-01-01
ok client show Prospect --json
expect_out_has '"flags":null'

# Both flags, comma-separated.
ok -q client edit Quiet --credit-limit 0
ok -q invoice add Quiet 1 --due +1d
ok client show Quiet --csv
expect_out_has '^flags,"dormant,over-credit-limit"$'

fails 1 "no client matches 'Nobody'" client show Nobody

finish
