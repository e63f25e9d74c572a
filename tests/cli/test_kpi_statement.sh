# acct kpi --statement: every sale and refund (or payment) of the period with the bands it
# fell in, what it added to the commission and the running total, which ends at kpi's
# commission. Starter config: 2026-Q4 target 360 000; threshold 0.5 (180 000); graduated
# bands 2 % from 0, 4 % from 0.8 (288 000), 6 % from 1.0 (360 000); cap 40 000.
source "$(dirname "$0")/lib.sh"
source "$(dirname "$0")/catalog.sh"

ok -q init
ok -q client add "Acme SRL"
ok -q client add "Beta SA"
ok -q deal log Acme 50000 --date 2026-10-10     # deal 1
ok -q deal log Beta 150000 --date 2026-10-16    # deal 2
ok -q deal log Acme 100000 --date 2026-10-18    # deal 3
ok -q deal refund 2 20000 --date 2026-11-02     # refund 1
ok -q deal log Acme 999 --date 2026-09-30       # Q3: not on the statement

# 50 000: below the threshold, nothing. 200 000: 200 000 x 2 % = 4 000. 300 000:
# 288 000 x 2 % + 12 000 x 4 % = 5 760 + 480 = 6 240, this line 2 240 across 2 % and 4 %.
# The refund back to 280 000: 5 600, a clawback of 640.
ok kpi --statement --period 2026-Q4 --csv
expect_out "date,kind,id,client,amount,basis,bands,commission,running_commission,currency
2026-10-10,deal,1,Acme SRL,50000.00,50000.00,below threshold,0.00,0.00,EUR
2026-10-16,deal,2,Beta SA,150000.00,200000.00,2%,4000.00,4000.00,EUR
2026-10-18,deal,3,Acme SRL,100000.00,300000.00,2%+4%,2240.00,6240.00,EUR
2026-11-02,refund,1,Beta SA,-20000.00,280000.00,2%+4%,-640.00,5600.00,EUR"
ok kpi --period 2026-Q4 --csv
expect_out_has "^commission,5600.00,,,EUR$"
ok kpi --statement --period 2026-Q4
expect_out_has "^Commission statement for 2026-Q4, in EUR$"
expect_out_has "^4 lines: basis 280,000.00 \(revenue\), commission 5,600.00 before bonuses$"
# In the table, the bands read as its percentages, in the language's form; CSV above keeps 2%+4%.
expect_out_has "^2026-10-18  deal +3  Acme SRL .*  2 %\+4 %  "
LANGUAGE=fr LC_ALL=C.UTF-8 run kpi --statement --period 2026-Q4
expect_out_has "  2 %\+4 %  "
ok kpi --statement --period 2026-Q4 --json
expect_out_has '"running_commission": ?"?5600.00'

# A rate with decimals: the table writes it with the language's decimal sign (2,5 % in
# Italian and Russian), CSV and JSON the English way (2.5%) in every language; a line
# below the threshold keeps its words.
sed 's/^  { from = 0.0, rate = 0.02 },/  { from = 0.0, rate = 0.025 },/' "$ACCT_CONFIG" >"$TEST_DIR/decimal.toml"
for l in it ru; do
  ACCT_CONFIG=$TEST_DIR/decimal.toml LANGUAGE=$l LC_ALL=C.UTF-8 run kpi --statement --period 2026-Q4
  expect_out_has "^2026-10-16 .*  2,5 %  "
  expect_out_has "^2026-10-18 .*  2,5 %\+4 %  "
  expect_out_has "^2026-10-10 .*  $(expect "$l" token "below threshold")  "
done
ACCT_CONFIG=$TEST_DIR/decimal.toml LANGUAGE=it LC_ALL=C.UTF-8 run kpi --statement --period 2026-Q4 --csv
expect_out_has "^2026-10-18,deal,3,Acme SRL,100000.00,300000.00,2.5%\+4%,"
expect_out_has "^2026-10-10,deal,1,Acme SRL,50000.00,50000.00,below threshold,"
ACCT_CONFIG=$TEST_DIR/decimal.toml LANGUAGE=fr LC_ALL=C.UTF-8 run kpi --statement --period 2026-Q4 --json
expect_out_has '"bands": ?"2.5%\+4%"'

# Retroactive: all at the highest band reached; crossing 288 000 re-prices the whole basis.
sed -i 's/^method = "graduated" /method = "retroactive"/' "$ACCT_CONFIG"
ok kpi --statement --period 2026-Q4 --csv
expect_out_has "^2026-10-16,deal,2,Beta SA,150000.00,200000.00,2%,4000.00,4000.00,EUR$"
expect_out_has "^2026-10-18,deal,3,Acme SRL,100000.00,300000.00,4%,8000.00,12000.00,EUR$"
expect_out_has "^2026-11-02,refund,1,Beta SA,-20000.00,280000.00,2%,-6400.00,5600.00,EUR$"

# Collected basis: the payments of the period are the lines.
sed -i 's/^basis = "revenue" /basis = "collected"/' "$ACCT_CONFIG"
ok -q invoice add Acme 200000 --issued 2026-10-01 --due 2026-10-31
ok -q invoice pay 1 --amount 190000 --date 2026-10-20
ok kpi --statement --period 2026-Q4 --csv
expect_out "date,kind,id,client,amount,basis,bands,commission,running_commission,currency
2026-10-20,payment,1,Acme SRL,190000.00,190000.00,2%,3800.00,3800.00,EUR"
ok kpi --period 2026-Q4 --csv
expect_out_has "^commission,3800.00,,,EUR$"

fails_unchanged 2 "--statement and --what-if do not go together" kpi --statement --what-if 100
finish
