# acct kpi: every KPI of a hand-built portfolio worked out by hand, in csv, json and a
# golden table; graduated and retroactive commission, threshold, cap, bonuses, collected
# basis, what-if; periods without targets; bad inputs.
source "$(dirname "$0")/lib.sh"

# Today is 2026-11-23; the default period is the current quarter, 2026-Q4 (previous: Q3).
write_config() {  # write_config METHOD BASIS
  cat >"$ACCT_CONFIG" <<TOML
[plan]
active_window_days = 90
[targets]
period = "quarter"
revenue = 100000
new_clients = 2
active_clients = 5
[targets.periods."2026-Q4"]
revenue = 50000
[commission]
basis = "$2"
method = "$1"
threshold = 0.5
cap = 2000
tiers = [ { from = 0.0, rate = 0.02 }, { from = 0.8, rate = 0.04 }, { from = 1.0, rate = 0.06 } ]
[[commission.bonus]]
name = "new client"
on = "new_client"
amount = 300
[[commission.bonus]]
name = "new product line"
on = "first_product_sale"
amount = 200
[compensation]
fixed = 2500
variable_target = 1000
kpis = [
  { metric = "revenue",        weight = 0.6, floor = 0.5, cap = 1.5 },
  { metric = "active_clients", weight = 0.2, floor = 0.5, cap = 1.2 },
  { metric = "new_clients",    weight = 0.2, floor = 0.0, cap = 2.0 },
]
TOML
}
write_config graduated revenue
ok -q init

# An empty portfolio: zeros, and empty cells where nothing can be divided (never NaN).
ok kpi --csv
expect_out_has '^revenue,0.00,50000.00,0.0000,EUR$'
expect_out_has '^avg_deal,,,,EUR$'
expect_out_has '^avg_deal_change,,,,EUR$'
expect_out_has '^win_rate,,,,EUR$'
expect_out_has '^coverage,0.0000,,,EUR$'
expect_out_has '^response_hours_median,,,,EUR$'
expect_out_has '^payout,0.00,,,EUR$'
expect_out_lacks 'nan|inf'
fails_unchanged 2 "invalid period '2026-Q5'" kpi --period 2026-Q5
fails_unchanged 2 "invalid amount 'abc'" kpi --what-if abc

# The portfolio, built with the deal, touch, invoice and case commands.


ok -q client add Acme --tier A      # 1
ok -q client add Beta --tier B      # 2
ok -q client add Gamma --tier B     # 3
ok -q client add Delta --tier C     # 4: never bought
ok -q client add Epsilon --tier C   # 5: bought in Q1 only
ok -q client add Zeta --tier C      # 6: bought on the first day of the active window

# Won deals.          Q1        Q3                         Q4
ok -q deal log Epsilon 5000 --date 2026-03-10 --product steel
ok -q deal log Acme 10000 --date 2026-07-15 --product steel          # Q3
ok -q deal log Beta 8000 --date 2026-08-20 --product steel           # Q3
ok -q deal log Zeta 9000 --date 2026-08-26                           # Q3, no product line
ok -q deal log Acme 20000 --date 2026-10-05 --product steel          # Q4, steel not new at Acme
ok -q deal log Gamma 30000 --date 2026-10-15 --product services      # Q4, Gamma's first deal ever
ok -q deal log Beta 4000 --date 2026-11-02 --product steel           # Q4
ok -q deal log Acme 6000 --date 2026-11-10 --product wire            # Q4, wire new at Acme
beta_q3=3
ok -q deal refund $beta_q3 1000 --date 2026-10-20 --reason damaged   # a Q3 deal refunded in Q4
# A lost deal closed in Q4, and open deals.
ok deal add Gamma "Second site" 12000 --stage proposal
lost=$OUT
ok -q deal lose "$lost" --reason price --date 2026-11-05
ok -q deal add Delta "Pilot" 10000 --stage proposal                  # stage probability 0.50
ok -q deal add Delta "Trial" 4000 --stage lead --probability 0.9     # its own probability
ok -q deal add Acme "Renewal" 2000 --stage negotiation               # 0.75
# Touches: one the day before Q4, three in it.
ok -q touch Acme call --date 2026-09-30
ok -q touch Acme call --date 2026-10-01
ok -q touch Beta visit --date 2026-11-20
ok -q touch Gamma email --date 2026-11-23
# Invoices and payments.
ok invoice add Acme 5000 --issued 2026-10-01 --due 2026-10-31
inv_acme=$OUT
ok -q invoice pay "$inv_acme" --amount 2000 --date 2026-11-05
ok invoice add Beta 3000 --issued 2026-10-10 --due 2026-11-09
inv_beta=$OUT
ok -q invoice pay "$inv_beta" --date 2026-11-15
ok -q invoice add Gamma 7000 --issued 2026-10-24 --due 2026-11-23  # due today: not overdue yet
ok -q invoice add Zeta 1500 --issued 2026-08-26 --due 2026-09-15   # never paid
# Cases: three opened in Q4, one in Q3.
ok case open Acme "Late delivery" --at 2026-11-02T09:00
c=$OUT; ok -q case respond "$c" --at 2026-11-02T11:30; ok -q case resolve "$c" --at 2026-11-04T09:00
ok case open Beta "Wrong invoice" --at 2026-11-10T14:00
c=$OUT; ok -q case respond "$c" --at 2026-11-10T14:30
ok case open Gamma "Setup help" --at 2026-10-05T08:00
c=$OUT; ok -q case respond "$c" --at 2026-10-05T09:00; ok -q case resolve "$c" --at 2026-10-06T08:00
ok case open Zeta "Old issue" --at 2026-09-30T10:00
c=$OUT; ok -q case respond "$c" --at 2026-10-01T10:00

# 2026-Q4, worked out:
# revenue       won in Q4 20 000 + 30 000 + 4 000 + 6 000 = 60 000, less the refund dated
#               2026-10-20 of 1 000 = 59 000; target 50 000 (the 2026-Q4 override): 1.18
# new_clients   Gamma (first won deal 2026-10-15); Beta first bought in Q3: 1 of 2 = 0.5
# active        a won deal in the 90 days ending 2026-11-23 (today, before Q4's end), i.e.
#               2026-08-26..2026-11-23: Acme, Beta, Gamma, Zeta (08-26); not Epsilon: 4 of 5
# avg_deal      60 000 / 4 = 15 000; Q3: 27 000 / 3 = 9 000; change 15 000 / 9 000 - 1 = 0.6667
# client_growth clients with won deals in Q3 and Q4: Acme 10 000 -> 26 000 (+1.6), Beta
#               8 000 -> 4 000 - 1 000 (-0.625); median (1.6 - 0.625) / 2 = 0.4875
# win_rate      4 won, 1 lost closed in Q4: 0.8
# pipeline      10 000 + 4 000 + 2 000 = 16 000; weighted 5 000 + 3 600 + 1 500 = 10 100
# coverage      revenue is past target: nothing missing, empty
# touches       3 (2026-09-30 is Q3)
# overdue       as of 2026-11-23: Acme 5 000 - 2 000 paid = 3 000, Zeta 1 500; Beta paid in
#               full, Gamma due today: 4 500
# response      Q4 cases: 2.5 h, 0.5 h, 1 h -> median 1.00; resolution 48 h, 24 h -> 36.00
# commission    graduated, bands start at 0, 40 000, 50 000: 40 000 x 2 % + 10 000 x 4 %
#               + 9 000 x 6 % = 800 + 400 + 540 = 1 740 (under the 2 000 cap)
# bonus         new client Gamma 300; first product sale Gamma services, Acme wire: 2 x 200
#               = 700
# variable_pay  1 000 x (0.6 x 1.18 + 0.2 x 0.8 + 0.2 x 0.5) = 1 000 x 0.968 = 968
# payout        1 740 + 700 + 968 = 3 408
ok kpi --csv
expect_out "metric,value,target,attainment,currency
revenue,59000.00,50000.00,1.1800,EUR
attainment,1.1800,,,EUR
new_clients,1,2,0.5000,EUR
active_clients,4,5,0.8000,EUR
avg_deal,15000.00,,,EUR
avg_deal_change,0.6667,,,EUR
client_growth,0.4875,,,EUR
win_rate,0.8000,,,EUR
pipeline_open,16000.00,,,EUR
pipeline_weighted,10100.00,,,EUR
coverage,,,,EUR
touches,3,,,EUR
overdue_receivables,4500.00,,,EUR
response_hours_median,1.00,,,EUR
resolution_hours_median,36.00,,,EUR
commission,1740.00,,,EUR
bonus,700.00,,,EUR
variable_pay,968.00,,,EUR
payout,3408.00,,,EUR"
ok kpi --period 2026-Q4 --format tsv
expect_out_has '^payout	3408.00			EUR$'

# JSON: one document with the breakdown and the bonus events.
ok kpi --json
expect_out_has '^\{"period":"2026-Q4","from":"2026-10-01","to":"2026-12-31","targets":"2026-Q4","basis":"revenue","basis_amount":59000.00,"method":"graduated","threshold":0.50,"below_threshold":false,"cap":2000.00,"commission_before_cap":1740.00,"capped":false,"currency":"EUR",$'
expect_out_has '^\{"metric":"revenue","value":59000.00,"target":50000.00,"attainment":1.1800,"currency":"EUR"\},?$'
expect_out_has '^\{"metric":"coverage","value":null,"target":null,"attainment":null,"currency":"EUR"\},?$'
expect_out_has '^\{"from":0.00,"rate":0.02,"start":0.00,"end":40000.00,"basis":40000.00,"commission":800.00,"currency":"EUR"\},?$'
expect_out_has '^\{"from":0.80,"rate":0.04,"start":40000.00,"end":50000.00,"basis":10000.00,"commission":400.00,"currency":"EUR"\},?$'
expect_out_has '^\{"from":1.00,"rate":0.06,"start":50000.00,"end":null,"basis":9000.00,"commission":540.00,"currency":"EUR"\}$'
expect_out_has '^\{"name":"new client","on":"new_client","date":"2026-10-15","client_id":3,"client":"Gamma","product":null,"amount":300.00,"currency":"EUR"\},?$'
expect_out_has '^\{"name":"new product line","on":"first_product_sale","date":"2026-10-15","client_id":3,"client":"Gamma","product":"services","amount":200.00,"currency":"EUR"\},?$'
expect_out_has '^\{"name":"new product line","on":"first_product_sale","date":"2026-11-10","client_id":1,"client":"Acme","product":"wire","amount":200.00,"currency":"EUR"\}$'
check; printf '%s\n' "$OUT" | python3 -c 'import json,sys; d=json.load(sys.stdin); assert [m["metric"] for m in d["metrics"]][-1]=="payout"; assert len(d["commission_bands"])==3 and len(d["bonuses"])==3' \
  || fail "json is not one document with metrics, commission_bands and bonuses"

# The human table (piped: no bars), with the breakdown and the bonuses below.
ok kpi
golden kpi_q4.txt

# What-if a further 1 000 closed in Q4: 60 000, attainment 1.2; commission 800 + 400 +
# 10 000 x 6 % = 1 800; variable 1 000 x (0.72 + 0.16 + 0.1) = 980; payout 1 800 + 700 + 980
# = 3 480; no band left above.
ok kpi --what-if 1000 --csv
expect_out_has '^payout,3408.00,,,EUR$'
expect_out_has '^what_if_sale,1000.00,,,EUR$'
expect_out_has '^what_if_attainment,1.2000,,,EUR$'
expect_out_has '^what_if_commission,1800.00,,,EUR$'
expect_out_has '^what_if_variable_pay,980.00,,,EUR$'
expect_out_has '^what_if_payout,3480.00,,,EUR$'
expect_out_has '^to_next_band,,,,EUR$'

# 2026-Q3 (target 100 000, no override): revenue 10 000 + 8 000 + 9 000 = 27 000, below
# the 0.5 threshold: commission 0, but the breakdown shows 27 000 in the first band.
# New: Acme, Beta, Zeta (first deals ever); first product sales Acme steel, Beta steel.
# Bonus 3 x 300 + 2 x 200 = 1 300. Active on 2026-09-30 (window 07-03..09-30): 3 of 5 = 0.6.
# Variable 1 000 x (0 (0.27 < floor) + 0.2 x 0.6 + 0.2 x 1.5) = 420. Payout 1 720.
# Touches 1; overdue as of 09-30: Zeta 1 500. No deals closed in Q2: avg_deal_change empty.
# What-if 25 000: 52 000 passes the threshold: 52 000 x 2 % = 1 040; variable
# 1 000 x (0.6 x 0.52 + 0.12 + 0.3) = 732; payout 1 040 + 1 300 + 732 = 3 072; the next
# band starts at 80 000: 28 000 to go.
ok kpi --period 2026-Q3 --what-if 25000 --csv
expect_out_has '^revenue,27000.00,100000.00,0.2700,EUR$'
expect_out_has '^new_clients,3,2,1.5000,EUR$'
expect_out_has '^active_clients,3,5,0.6000,EUR$'
expect_out_has '^avg_deal,9000.00,,,EUR$'
expect_out_has '^avg_deal_change,,,,EUR$'
expect_out_has '^touches,1,,,EUR$'
expect_out_has '^overdue_receivables,1500.00,,,EUR$'
expect_out_has '^commission,0.00,,,EUR$'
expect_out_has '^bonus,1300.00,,,EUR$'
expect_out_has '^variable_pay,420.00,,,EUR$'
expect_out_has '^payout,1720.00,,,EUR$'
expect_out_has '^what_if_commission,1040.00,,,EUR$'
expect_out_has '^what_if_payout,3072.00,,,EUR$'
expect_out_has '^to_next_band,28000.00,,,EUR$'
expect_out_has '^response_hours_median,24.00,,,EUR$'   # the Q3 case: 09-30T10:00 -> 10-01T10:00
ok kpi --period 2026-Q3 --json
expect_out_has '"below_threshold":true'
expect_out_has '^\{"from":0.00,"rate":0.02,"start":0.00,"end":80000.00,"basis":27000.00,"commission":0.00,"currency":"EUR"\},?$'
ok kpi --period 2026-Q3 --what-if 0 --csv
expect_out_has '^to_next_band,23000.00,,,EUR$'          # to the 50 000 threshold

# Retroactive with the cap: 59 000 x 6 % = 3 540, capped at 2 000; bonuses come on top:
# payout 2 000 + 700 + 968 = 3 668.
write_config retroactive revenue
ok kpi --csv
expect_out_has '^commission,2000.00,,,EUR$'
expect_out_has '^payout,3668.00,,,EUR$'
ok kpi --json
expect_out_has '"commission_before_cap":3540.00,"capped":true'
expect_out_has '^\{"from":1.00,"rate":0.06,"start":50000.00,"end":null,"basis":59000.00,"commission":3540.00,"currency":"EUR"\}$'

# Collected basis: payments dated in Q4 are 2 000 + 3 000 = 5 000, attainment 0.1 < 0.5:
# commission 0; the revenue KPI is below its floor: variable 1 000 x (0.16 + 0.1) = 260;
# payout 0 + 700 + 260 = 960. Coverage 10 100 / (50 000 - 5 000) = 0.2244.
write_config graduated collected
ok kpi --csv
expect_out_has '^revenue,59000.00,50000.00,1.1800,EUR$'
expect_out_has '^attainment,0.1000,,,EUR$'
expect_out_has '^coverage,0.2244,,,EUR$'
expect_out_has '^commission,0.00,,,EUR$'
expect_out_has '^variable_pay,260.00,,,EUR$'
expect_out_has '^payout,960.00,,,EUR$'
ok kpi --json
expect_out_has '"basis":"collected","basis_amount":5000.00'
write_config graduated revenue

# A month is not a target period (targets.period = quarter): no targets, no commission.
# November: 4 000 + 6 000 = 10 000; the refund was in October.
ok kpi --period 2026-11 --csv
expect_out_has '^revenue,10000.00,,,EUR$'
expect_out_has '^attainment,,,,EUR$'
expect_out_has '^new_clients,0,,,EUR$'
expect_out_has '^commission,0.00,,,EUR$'
expect_out_has '^bonus,200.00,,,EUR$'                  # Acme's first wire sale
ok kpi --period 2026-11 --json
expect_out_has '"targets":null'
expect_out_has '"commission_bands":\[\]'
# A whole quarter written as a range gets its targets.
ok kpi --period 2026-10-01..2026-12-31 --csv
expect_out_has '^revenue,59000.00,50000.00,1.1800,EUR$'
# A day with only the refund: negative revenue (a clawback), no negative commission.
ok kpi --period 2026-10-20..2026-10-20 --csv
expect_out_has '^revenue,-1000.00,,,EUR$'
expect_out_has '^avg_deal,,,,EUR$'
expect_out_has '^commission,0.00,,,EUR$'

# Bad inputs: exit 2, the value named, nothing on stdout.
fails_unchanged 2 "2026-Q5" kpi --period 2026-Q5
fails_unchanged 2 "'abc'" kpi --what-if abc
fails_unchanged 2 "'-5'" kpi --what-if -5

finish
