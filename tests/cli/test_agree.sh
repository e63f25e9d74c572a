# One question, one answer: the same figure asked through `report`, `kpi` and the other
# reports is the same number, computed exactly and rounded once (man page, REPORTS).
# Each figure below is worked out by hand. Today is Monday 2026-11-23.
source "$(dirname "$0")/lib.sh"

ok -q init
ok -q client add "Acme SRL"
ok -q client add "Beta SA"

# --- receivables as of a past day agree with kpi's overdue receivables ----------------------
# F-1: 1 000 issued 2026-05-01, due 2026-05-31; paid 400 on 06-10 and 600 on 07-15. On
# 2026-06-30 it was open for 600, 30 days past due (bucket 1-30). F-2: 500 issued 2026-07-01,
# after that day, so not a receivable then. Today F-1 is paid and F-2 is open.
ok -q invoice add Acme 1000 --issued 2026-05-01 --due 2026-05-31 --number F-1
ok -q invoice pay 1 --amount 400 --date 2026-06-10
ok -q invoice pay 1 --amount 600 --date 2026-07-15
ok -q invoice add Acme 500 --issued 2026-07-01 --due 2026-07-31 --number F-2
ok report receivables --today 2026-06-30 --csv
expect_out "client,current,d1_30,d31_60,d61_90,d90_plus,total,overdue,currency
Acme SRL,0.00,600.00,0.00,0.00,0.00,600.00,600.00,EUR"
ok kpi --period 2026-Q2 --csv
expect_out_has "^overdue_receivables,600.00,,,EUR$"
ok report receivables --csv   # today: F-2 alone, 115 days past due
expect_out "client,current,d1_30,d31_60,d61_90,d90_plus,total,overdue,currency
Acme SRL,0.00,0.00,0.00,0.00,500.00,500.00,500.00,EUR"

# --- weighted pipeline: exact, rounded once, the same in pipeline, forecast and kpi ---------
# Two lead deals of 0.05 at their own 10 % and 30 %: 0.005 + 0.015 = 0.02 exactly (rounding
# each group first would say 0.01 + 0.02 = 0.03). The stage's probability is weighted /
# amount = 0.02 / 0.10 = 0.2000. Both expected to close on 2026-12-02 (week 2026-W49).
ok -q deal add Beta "Small A" 0.05 --stage lead --probability 10% --close 2026-12-02
ok -q deal add Beta "Small B" 0.05 --stage lead --probability 30% --close 2026-12-02
ok report pipeline --csv
expect_out_has "^lead,2,0.10,0.2000,0.02,EUR$"
ok kpi --csv
expect_out_has "^pipeline_weighted,0.02,,,EUR$"
ok report forecast --period 2026-12 --csv
expect_out_has "^2026-W49,0.00,0.02,0.02,"

# --- a quarter given as a range has the quarter's target, as in kpi ---------------------------
# [targets.periods."2026-Q4"] revenue = 360 000 in the starter config.
ok report forecast --period 2026-Q4 --csv
quarter=$OUT
expect_out_has "^2026-W53,.*,360000.00,EUR$"
ok report forecast --period 2026-10-01..2026-12-31 --csv
expect_eq "$OUT" "$quarter" "forecast of the range 2026-10-01..2026-12-31 equals that of 2026-Q4"
ok kpi --period 2026-10-01..2026-12-31 --csv
expect_out_has "^revenue,[0-9.]+,360000.00,"

# --- with basis = "collected", the collected row carries the attainment ----------------------
# Q3 2026: payments dated in it: 600 (07-15); revenue 0; target 300 000 (the [targets]
# default): attainment 600 / 300 000 = 0.002.
sed -i 's/^basis = "revenue" /basis = "collected"/' "$ACCT_CONFIG"
ok kpi --period 2026-Q3 --csv
expect_out_has "^revenue,0.00,300000.00,0.0000,EUR$"
expect_out_has "^collected,600.00,300000.00,0.0020,EUR$"
expect_out_has "^attainment,0.0020,,,EUR$"

finish
