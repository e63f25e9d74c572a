# acct report: every report on one hand-built portfolio, each figure worked out below.
# Today is Monday 2026-11-23 (ISO week 2026-W48); the default period is this-quarter (Q4:
# 2026-10-01..2026-12-31, 92 days), since targets.period defaults to quarter.
source "$(dirname "$0")/lib.sh"


cat >"$ACCT_CONFIG" <<'TOML'
[targets]
revenue = 92000   # 1 000 a day over the 92 days of a quarter
TOML
ok -q init
ok -q client add Acme --tier A --region North     # 1
ok -q client add Beta --tier B --region South     # 2
ok -q client add Gamma --tier C --region North    # 3
ok -q client add Delta --tier C                   # 4

# Won deals (ids 1-6) and their ISO weeks.
ok -q deal log Acme 10000 --date 2026-10-05 --product steel --kind new      # 1: W41
ok -q deal log Acme 5000 --date 2026-11-20 --product steel --kind upsell    # 2: W47
ok -q deal log Beta 3000 --date 2026-07-10 --product wire --kind new        # 3: Q3
ok -q deal log Beta 2000 --date 2026-11-02 --product wire --kind renewal    # 4: W45
ok -q deal log Gamma 1000 --date 2026-10-20 --product wire                  # 5: W43, kind new
ok -q deal log Delta 4000 --date 2026-03-15 --product steel                 # 6: Q1
ok -q deal refund 1 500 --date 2026-11-10                                   # W46
# Open deals: 7 (proposal, 50 %) and 8 (lead, its own 30 %).
ok -q deal add Gamma Big 4000 --stage proposal --close 2026-12-10           # W50
ok -q deal add Acme Extra 1000 --stage lead --probability 0.3 --close 2026-11-30  # W49
ok -q touch Acme visit --date 2026-10-01
ok -q touch Acme call --date 2026-11-20
ok -q touch Beta email --date 2026-06-01
# Invoices: Acme 1000 due 2026-10-01, 200 paid: 800 open, 53 days past due (31-60);
# Beta 500 due 2026-12-01 (current) and 700 due 2026-08-01 (114 days: 90+).
ok -q invoice add Acme 1000 --due 2026-10-01 --issued 2026-09-01
acme_invoice=$OUT
ok -q invoice pay "$acme_invoice" --amount 200 --date 2026-10-15
ok -q invoice add Beta 500 --due 2026-12-01 --issued 2026-11-01
ok -q invoice add Beta 700 --due 2026-08-01 --issued 2026-07-01

# --- sales by client, Q4 -------------------------------------------------------------
# Acme: 2 deals, 15 000 won less the 500 refund = 14 500; Beta 2 000; Gamma 1 000.
# Total 17 500: shares 0.828571, 0.114286, 0.057143. avg_deal is the mean won amount.
ok report sales --csv
expect_out "key,deals,revenue,share,avg_deal,currency
Acme,2,14500.00,0.8286,7500.00,EUR
Beta,1,2000.00,0.1143,2000.00,EUR
Gamma,1,1000.00,0.0571,1000.00,EUR"
ok report sales --json
expect_out '[
{"key":"Acme","deals":2,"revenue":14500.00,"share":0.8286,"avg_deal":7500.00,"currency":"EUR"},
{"key":"Beta","deals":1,"revenue":2000.00,"share":0.1143,"avg_deal":2000.00,"currency":"EUR"},
{"key":"Gamma","deals":1,"revenue":1000.00,"share":0.0571,"avg_deal":1000.00,"currency":"EUR"}
]'
ok report sales
golden report_sales_client.txt

# --compare: Q3 had only Beta's 3 000: growth (2000 - 3000) / 3000 = -0.3333; growth from
# 0 is undefined: an empty cell (JSON null), never NaN or infinity.
ok report sales --compare --csv
expect_out "key,deals,revenue,share,avg_deal,prev_revenue,growth,currency
Acme,2,14500.00,0.8286,7500.00,0.00,,EUR
Beta,1,2000.00,0.1143,2000.00,3000.00,-0.3333,EUR
Gamma,1,1000.00,0.0571,1000.00,0.00,,EUR"
ok report sales --compare --json
expect_out_has '"key":"Acme","deals":2,"revenue":14500.00,"share":0.8286,"avg_deal":7500.00,"prev_revenue":0.00,"growth":null'
# Q3 against Q2: Beta bought in Q3 only; a client that bought only before is listed with 0.
ok report sales --period 2026-Q3 --compare --csv
expect_out "key,deals,revenue,share,avg_deal,prev_revenue,growth,currency
Beta,1,3000.00,1.0000,3000.00,0.00,,EUR"
ok report sales --period 2026-Q2 --compare --csv
expect_out "key,deals,revenue,share,avg_deal,prev_revenue,growth,currency
Delta,0,0.00,,,4000.00,-1.0000,EUR"

# By product: steel 15 000 - 500 = 14 500 (2 deals), wire 2 000 + 1 000 = 3 000 (2 deals).
ok report sales --by product --csv
expect_out "key,deals,revenue,share,avg_deal,currency
steel,2,14500.00,0.8286,7500.00,EUR
wire,2,3000.00,0.1714,1500.00,EUR"
# By tier and region (the client's current ones); by kind (refund goes to deal 1: new).
ok report sales --by tier --csv
expect_out "key,deals,revenue,share,avg_deal,currency
A,2,14500.00,0.8286,7500.00,EUR
B,1,2000.00,0.1143,2000.00,EUR
C,1,1000.00,0.0571,1000.00,EUR"
ok report sales --by region --csv
expect_out "key,deals,revenue,share,avg_deal,currency
North,3,15500.00,0.8857,5333.33,EUR
South,1,2000.00,0.1143,2000.00,EUR"
ok report sales --by kind --csv
expect_out "key,deals,revenue,share,avg_deal,currency
new,2,10500.00,0.6000,5500.00,EUR
upsell,1,5000.00,0.2857,5000.00,EUR
renewal,1,2000.00,0.1143,2000.00,EUR"

# By month, every month of the period: Oct 10 000 + 1 000; Nov 5 000 + 2 000 - 500; Dec 0.
# --compare matches by position: October with July (Beta's 3 000), Nov with Aug, Dec with Sep.
ok report sales --by month --compare --csv
expect_out "key,deals,revenue,share,avg_deal,prev_revenue,growth,currency
2026-10,2,11000.00,0.6286,5500.00,3000.00,2.6667,EUR
2026-11,2,6500.00,0.3714,3500.00,0.00,,EUR
2026-12,0,0.00,0.0000,,0.00,,EUR"
# By ISO week of November: 1 Nov is a Sunday (W44); W46 holds only the refund.
ok report sales --by week --period 2026-11 --csv
expect_out "key,deals,revenue,share,avg_deal,currency
2026-W44,0,0.00,0.0000,,EUR
2026-W45,1,2000.00,0.3077,2000.00,EUR
2026-W46,0,-500.00,-0.0769,,EUR
2026-W47,1,5000.00,0.7692,5000.00,EUR
2026-W48,0,0.00,0.0000,,EUR
2026-W49,0,0.00,0.0000,,EUR"
# ISO week-year: 2027-01-01 is in 2026-W53.
ok report sales --by week --period 2026-12-28..2027-01-04 --csv
expect_out "key,deals,revenue,share,avg_deal,currency
2026-W53,0,0.00,,,EUR
2027-W01,0,0.00,,,EUR"
# No bar column unless stdout is a terminal.
ok report sales --by month
golden report_sales_month.txt
expect_out_lacks '█'

# --- history ---------------------------------------------------------------------------
# Acme: from its first activity (the visit of 2026-10-01) to this month.
ok report history acme --csv
expect_out "month,deals,revenue,refunds,touches,currency
2026-10,1,10000.00,0.00,1,EUR
2026-11,1,4500.00,500.00,1,EUR"
ok report history Delta --json
expect_out_has '^\{"month":"2026-03","deals":1,"revenue":4000.00,"refunds":0.00,"touches":0,"currency":"EUR"\},$'
expect_eq "$(printf '%s' "$OUT" | grep -o '"month"' | wc -l)" 9 "Delta's months March to November"
ok report history Delta
golden report_history.txt

# --- pipeline ----------------------------------------------------------------------------
# lead: deal 8, 1 000 at its own 30 %: 300; proposal: deal 7, 4 000 at 50 %: 2 000.
# probability is the stage's amount-weighted probability, weighted / amount: lead's one
# deal carries its own 30 % (not the stage's 10 %), so 1 000 x 0.3000 = 300. An empty
# stage shows its configured probability.
ok report pipeline --csv
expect_out "stage,deals,amount,probability,weighted,currency
lead,1,1000.00,0.3000,300.00,EUR
qualified,0,0.00,0.2500,0.00,EUR
proposal,1,4000.00,0.5000,2000.00,EUR
negotiation,0,0.00,0.7500,0.00,EUR"
ok report pipeline --list --csv
expect_out "id,client,title,stage,amount,probability,weighted,expected_close,stale,currency,base_amount
8,Acme,Extra,lead,1000.00,0.30,300.00,2026-11-30,no,EUR,1000.00
7,Gamma,Big,proposal,4000.00,0.50,2000.00,2026-12-10,no,EUR,4000.00"
ok report pipeline --list --json
expect_out_has '"id":8,"client":"Acme","title":"Extra","stage":"lead","amount":1000.00,"probability":0.30,"weighted":300.00,"expected_close":"2026-11-30","stale":false'

# --- forecast ------------------------------------------------------------------------------
# Q4 has ISO weeks W40 (1-4 Oct) to W53 (28-31 Dec). target: 92 000 × days elapsed / 92,
# cumulative to each week's last day in the quarter. won: W41 10 000, W43 1 000, W45 2 000,
# W46 -500 (refund), W47 5 000; weighted open: W49 300, W50 2 000.
ok report forecast --csv
expect_out "week,won,weighted_open,cumulative,target,currency
2026-W40,0.00,0.00,0.00,4000.00,EUR
2026-W41,10000.00,0.00,10000.00,11000.00,EUR
2026-W42,0.00,0.00,10000.00,18000.00,EUR
2026-W43,1000.00,0.00,11000.00,25000.00,EUR
2026-W44,0.00,0.00,11000.00,32000.00,EUR
2026-W45,2000.00,0.00,13000.00,39000.00,EUR
2026-W46,-500.00,0.00,12500.00,46000.00,EUR
2026-W47,5000.00,0.00,17500.00,53000.00,EUR
2026-W48,0.00,0.00,17500.00,60000.00,EUR
2026-W49,0.00,300.00,17800.00,67000.00,EUR
2026-W50,0.00,2000.00,19800.00,74000.00,EUR
2026-W51,0.00,0.00,19800.00,81000.00,EUR
2026-W52,0.00,0.00,19800.00,88000.00,EUR
2026-W53,0.00,0.00,19800.00,92000.00,EUR"
ok report forecast
golden report_forecast.txt
# A month is not the targets' period (quarter): no target to pro-rate, empty cells.
ok report forecast --period 2026-11 --json
expect_out_has '^\{"week":"2026-W44","won":0.00,"weighted_open":0.00,"cumulative":0.00,"target":null,"currency":"EUR"\},$'

# --- receivables ---------------------------------------------------------------------------
ok report receivables --csv
expect_out "client,current,d1_30,d31_60,d61_90,d90_plus,total,overdue,currency
Acme,0.00,0.00,800.00,0.00,0.00,800.00,800.00,EUR
Beta,500.00,0.00,0.00,0.00,700.00,1200.00,700.00,EUR"
ok report receivables --json
expect_out_has '"client":"Beta","current":500.00,"d1_30":0.00,"d31_60":0.00,"d61_90":0.00,"d90_plus":700.00,"total":1200.00,"overdue":700.00'

# --- abc -----------------------------------------------------------------------------------
# 2026 (the default): Acme 14 500, Beta 5 000, Delta 4 000, Gamma 1 000; total 24 500.
# Shares before each: 0, 0.5918, 0.7959 (< 80 %: Delta crosses 80 % and is A), 0.9592 (C).
# CV over January..November (December has not begun): Acme's months 10 000 (Oct) and
# 4 500 (Nov), nine zeros: mean 1 318.18, population sd 3 032.20: 2.3003. Beta (3 000 Jul,
# 2 000 Nov): 2.1726. One month of 11: sqrt(10) = 3.1623. All Z.
ok report abc --csv
expect_out "client,revenue,share,cum_share,abc,cv,xyz,currency
Acme,14500.00,0.5918,0.5918,A,2.3003,Z,EUR
Beta,5000.00,0.2041,0.7959,A,2.1726,Z,EUR
Delta,4000.00,0.1633,0.9592,A,3.1623,Z,EUR
Gamma,1000.00,0.0408,1.0000,C,3.1623,Z,EUR"
# One month: every series is constant: cv 0, X.
ok report abc --period 2026-11 --json
expect_out '[
{"client":"Acme","revenue":4500.00,"share":0.6923,"cum_share":0.6923,"abc":"A","cv":0.0000,"xyz":"X","currency":"EUR"},
{"client":"Beta","revenue":2000.00,"share":0.3077,"cum_share":1.0000,"abc":"A","cv":0.0000,"xyz":"X","currency":"EUR"}
]'
ok report abc --period 2025 --csv
expect_out "client,revenue,share,cum_share,abc,cv,xyz,currency"

# --- activity --------------------------------------------------------------------------------
# Q4 touches; days since the last touch as of today. Beta: 1 June to 23 Nov = 175 days.
ok report activity --csv
expect_out "client,tier,touches,calls,visits,last_touch,days_since,cadence_days,overdue
Acme,A,2,1,1,2026-11-20,3,7,no
Beta,B,0,0,0,2026-06-01,175,14,yes
Delta,C,0,0,0,,,30,yes
Gamma,C,0,0,0,,,30,yes"
# A past period counts from its own end: Q2 ends 30 June, Beta's email was 29 days before.
ok report activity --period 2026-Q2 --json
expect_out_has '"client":"Beta","tier":"B","touches":1,"calls":0,"visits":0,"last_touch":"2026-06-01","days_since":29,"cadence_days":14,"overdue":true'

# --- portfolio -------------------------------------------------------------------------------
# Active (a won deal in the 90 days to today): Acme, Beta, Gamma. Dormant (customer, last order
# more than 120 days ago): Delta (15 March, 253 days). ABC over the 12 months to today as in
# 2026. trend: every client's first won deal is within the 12 months (from 2025-11-24), so
# all are new: Delta too, although it sold only in the earlier half (the old rule said down,
# comparing a new client's first months with nothing).
ok report portfolio --csv
expect_out "client,tier,abc,revenue_12m,trend,last_order,last_touch,open_pipeline,overdue,flags,currency
Acme,A,A,14500.00,new,2026-11-20,2026-11-20,1000.00,800.00,invoice-overdue,EUR
Beta,B,A,5000.00,new,2026-11-02,2026-06-01,0.00,700.00,cadence;invoice-overdue,EUR
Delta,C,A,4000.00,new,2026-03-15,,0.00,0.00,cadence;dormant,EUR
Gamma,C,C,1000.00,new,2026-10-20,,4000.00,0.00,cadence,EUR"
ok report portfolio
golden report_portfolio.txt

# --- charts on a terminal ------------------------------------------------------------------
# script(1) gives acct a terminal: time series draw bars scaled to the largest value.
if command -v script >/dev/null; then
  tty_out=$(script -qec "$ACCT_BIN report sales --by month" /dev/null | tr -d '\r')
  check; printf '%s\n' "$tty_out" | grep -q '^2026-10 .*██████████████████████████████' || fail "no full bar for the largest month"
  check; printf '%s\n' "$tty_out" | grep -q 'chart' || fail "no chart column on a terminal"
  tty_csv=$(script -qec "$ACCT_BIN report sales --by month --csv" /dev/null | tr -d '\r')
  check; ! printf '%s\n' "$tty_csv" | grep -q '█' || fail "bars in csv on a terminal"
  tty_client=$(script -qec "$ACCT_BIN report sales" /dev/null | tr -d '\r')
  check; ! printf '%s\n' "$tty_client" | grep -q '█' || fail "bars for a non-time key"
fi

# --- bad input -------------------------------------------------------------------------------
fails_unchanged 2 "'2026-13'" report sales --period 2026-13
fails_unchanged 2 "'colour'" report sales --by colour
fails_unchanged 2 "unknown command 'nosuch' for 'acct report'; expected sales, history, pipeline, forecast, abc, activity, receivables or portfolio" report nosuch
fails_unchanged 2 "unknown command 'salse' for 'acct report'; did you mean 'sales'\\?" report salse
ok report   # a bare group: its help
expect_out_has '^Usage: acct report '
fails_unchanged 2 "'2026-Q5'" report abc --period 2026-Q5
fails_unchanged 2 "'someday'" report forecast --period someday
fails_unchanged 1 "no client matches 'Omega'" report history Omega

finish
