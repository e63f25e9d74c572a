# Currencies (man page: CURRENCIES): a worked example computed by hand, with the base EUR:
# a client invoiced in RON, a USD deal refunded a month later at another rate, and the
# revenue, refund clawback, receivables, pipeline and commission that follow; rates added,
# replaced, deleted, imported (CSV and the ECB's own file) and undone; bad input.
source "$(dirname "$0")/lib.sh"
DATA="$ACCT_SOURCE_DIR/tests/cli/data"

cat >"$ACCT_CONFIG" <<'TOML'
[owner]
currency = "EUR"
[targets]
period = "quarter"
revenue = 10000
[commission]
basis = "revenue"
method = "graduated"
threshold = 0.0
tiers = [ { from = 0.0, rate = 0.05 } ]
TOML
ok -q init
ok -q client add "Dacia Export" --currency RON
ok -q client add "Globex Inc" --currency usd
ok -q client add "Acme SRL"

# Nothing in a foreign currency before its rate: refused, naming the rate add to run.
fails_unchanged 2 "^acct: error: no USD rate on or before 2026-10-15; add one: acct rate add USD 2026-10-15 RATE$" \
  deal log Globex 5000 --date 2026-10-15

# Rates: 1 RON = 0.2010 EUR from October; 1 USD = 0.92 EUR in October, 0.95 from November.
ok rate add RON 2026-10-01 0.2010
expect_out 1
expect_err_has "^added rate 1: 1 RON = 0.201 EUR from 2026-10-01; re-converted 0 records$"
ok -q rate add USD 2026-10-01 0.92
ok -q rate add USD 2026-11-01 0.95

# The worked example. Base amounts, each converted once at the record's date:
#   deal 1  Dacia  20 000.00 RON won 2026-10-10  x 0.2010 = 4 020.00 EUR
#   deal 2  Globex  5 000.00 USD won 2026-10-15  x 0.92   = 4 600.00 EUR
#   deal 3  Acme    1 000.00 EUR won 2026-11-05           = 1 000.00 EUR
#   refund  deal 2  1 000.00 USD on  2026-11-16  x 0.95   =   950.00 EUR (a month later, another rate)
#   revenue 2026-Q4 = 4 020 + 4 600 + 1 000 - 950 = 8 670.00; target 10 000: attainment 0.8670
#   commission 5 % of 8 670.00 = 433.50
#   invoice 1 Dacia 10 000.00 RON issued 2026-10-05, due 11-04  x 0.2010 = 2 010.00 EUR
#   payment 4 000.00 RON on 2026-10-20 x 0.2010 = 804.00 EUR; open 6 000 RON, at the issue rate
#   2 010.00 x 6 000 / 10 000 = 1 206.00 EUR, overdue on 2026-11-23 (19 days: bucket 1-30)
#   deal 4  Globex 2 000.00 USD open, proposal (0.50): at today's rate 0.95 = 1 900.00 EUR,
#   weighted 950.00
ok -q deal log Dacia 20000 --date 2026-10-10
ok -q deal log Globex 5000 --date 2026-10-15
ok -q deal log Acme 1000 --date 2026-11-05
ok deal refund 2 1000 --date 2026-11-16
expect_err_has "^refunded 1,000.00 USD on deal 2"
ok -q invoice add Dacia 10000 --issued 2026-10-05 --due 2026-11-04
ok -q invoice pay 1 --amount 4000 --date 2026-10-20
ok -q deal add Globex Expansion 2000 --stage proposal

ok deal list --csv
expect_out "id,client,title,stage,amount,probability,product,kind,expected_close,closed_on,stale,discount,currency,base_amount
1,Dacia Export,,won,20000.00,1.00,,new,,2026-10-10,no,0.00,RON,4020.00
2,Globex Inc,,won,5000.00,1.00,,new,,2026-10-15,no,0.00,USD,4600.00
3,Acme SRL,,won,1000.00,1.00,,new,,2026-11-05,no,0.00,EUR,1000.00
4,Globex Inc,Expansion,proposal,2000.00,0.50,,new,,,no,0.00,USD,1900.00"
ok refund list --csv
expect_out "id,deal_id,client,amount,currency,date,reason,base_amount
1,2,Globex Inc,1000.00,USD,2026-11-16,,950.00"
ok invoice list --csv
expect_out "id,client,number,amount,issued,due,paid_amount,paid_on,days_overdue,currency,base_amount
1,Dacia Export,,10000.00,2026-10-05,2026-11-04,4000.00,,19,RON,2010.00"
ok payment list --csv
expect_out "id,invoice_id,number,client,amount,currency,date,base_amount
1,1,,Dacia Export,4000.00,RON,2026-10-20,804.00"

ok kpi --period 2026-Q4 --csv
expect_out_has "^revenue,8670.00,10000.00,0.8670,EUR$"
expect_out_has "^pipeline_open,1900.00,,,EUR$"
expect_out_has "^pipeline_weighted,950.00,,,EUR$"
expect_out_has "^overdue_receivables,1206.00,,,EUR$"
expect_out_has "^commission,433.50,,,EUR$"
ok report sales --period 2026-Q4 --by client --csv
expect_out_has "^Acme SRL,1,1000.00,"
expect_out_has "^Dacia Export,1,4020.00,"
expect_out_has "^Globex Inc,1,3650.00,"
ok report sales --period 2026-Q4 --by client
expect_eq "$(printf '%s\n' "$OUT" | head -1)" "Sales by client, 2026-Q4, in EUR" "the report's title names the base"
ok kpi --period 2026-Q4 --json
expect_out_has '"currency":"EUR"'

# Machine formats name the base in a last column `currency` of every row of every report
# with amounts and of every kpi table; the table format leaves it out (its title names the
# base); a report without amounts (activity) has none.
ok --csv report sales --period 2026-Q4
expect_eq "$(printf '%s\n' "$OUT" | head -1 | awk -F, '{ print $NF }')" currency "the last header field of report sales"
expect_eq "$(printf '%s\n' "$OUT" | tail -n +2 | grep -vc ',EUR$')" 0 "report sales rows that do not end in ,EUR"
ok --json kpi --period 2026-Q4
check; printf '%s\n' "$OUT" | python3 -c 'import json,sys; d=json.load(sys.stdin)
assert d["metrics"] and all(r["currency"] == "EUR" for r in d["metrics"])
assert all(r["currency"] == "EUR" for r in d["commission_bands"] + d["bonuses"])' \
  || fail "kpi --json: every metric, band and bonus row carries \"currency\":\"EUR\""
expect_out_has '^\{"metric":"revenue","value":8670.00,"target":10000.00,"attainment":0.8670,"currency":"EUR"\},$'
ok report sales --period 2026-Q4
expect_out_lacks 'currency'
expect_eq "$(printf '%s\n' "$OUT" | tail -n +2 | grep -c EUR)" 0 "EUR below the title of the sales table"
ok kpi --period 2026-Q4
expect_out_lacks 'currency'
for cmd in "report sales --by month --compare" "report sales --by week" "report sales --by product --compare" \
  "report history Dacia" "report pipeline" "report forecast" "report receivables" "report abc" "report portfolio" \
  "kpi" "kpi --what-if 500" "kpi --statement"; do
  ok --csv $cmd --today 2026-11-23
  check; printf '%s\n' "$OUT" | awk -F, 'NR == 1 && $NF != "currency" || NR > 1 && $NF != "EUR" { bad = 1 } END { exit bad || NR < 2 }' \
    || fail "acct --csv $cmd: a last column currency with EUR in every row"
done
ok --format tsv report receivables
expect_out_has '^Dacia Export	0.00	1206.00	0.00	0.00	0.00	1206.00	1206.00	EUR$'
ok --csv report activity
expect_out_lacks 'currency|EUR'
# pipeline --list shows each deal's own amount (deal 4: 2 000.00 USD), names its currency,
# and values it in the base at today's rate (0.95 from 2026-11-01): 1 900.00 EUR.
ok --csv report pipeline --list
expect_out_has '^id,.*,stale,currency,base_amount$'
expect_out_has '^4,Globex Inc,Expansion,proposal,2000.00,0.50,1000.00,,no,USD,1900.00$'
ok report pipeline --list
expect_out_has '^ *4 +Globex Inc +Expansion +proposal +2,000.00 .* USD +1,900.00$'

# client show lists the client's open deals in their own amounts, naming the currency.
ok client show Globex
expect_out_has '^ *4 +Expansion +proposal +2,000\.00 .* USD$'

# A database whose base is RON (owner.currency before its first write) names RON.
printf '[owner]\ncurrency = "RON"\n' >"$TEST_DIR/ron-base.toml"
RON=(--db "$TEST_DIR/ron-base.db" --config "$TEST_DIR/ron-base.toml")
ok -q "${RON[@]}" client add "Carpați SRL"
ok -q "${RON[@]}" deal log Carpați 5000 --date 2026-10-12
ok "${RON[@]}" --csv report sales --period 2026-Q4
expect_out "key,deals,revenue,share,avg_deal,currency
Carpați SRL,1,5000.00,1.0000,5000.00,RON"
ok "${RON[@]}" --json kpi --period 2026-Q4
expect_out_has '^\{"metric":"revenue","value":5000.00,.*"currency":"RON"\},$'
expect_out_lacks '"EUR"'
ok "${RON[@]}" report sales --period 2026-Q4
expect_eq "$(printf '%s\n' "$OUT" | head -1)" "Sales by client, 2026-Q4, in RON" "the title names the RON base"
expect_out_lacks 'currency'
ok report receivables --csv
expect_out_has "^Dacia Export,0.00,1206.00,0.00,0.00,0.00,1206.00,1206.00,EUR$"
ok client show Dacia --csv
expect_out_has "^open_receivables,1206.00$"
expect_out_has "^overdue_receivables,1206.00$"

# Replacing a rate re-converts what it governs, in the same command, and says how many:
# USD from November at 0.96 makes the refund 960.00 (revenue 8 660.00, commission 433.00)
# and the open deal 1 920.00; undo puts the rate and every base amount back.
ok rate add USD 2026-11-01 0.96
expect_err_has "^replaced rate 3: 1 USD = 0.96 EUR from 2026-11-01; re-converted 1 record$"
ok kpi --period 2026-Q4 --csv
expect_out_has "^revenue,8660.00,10000.00,0.8660,EUR$"
expect_out_has "^pipeline_open,1920.00,,,EUR$"
expect_out_has "^commission,433.00,,,EUR$"
ok -q undo --yes
expect_eq "$(sql "SELECT base_amount FROM refund WHERE id = 1")" "95000" "the refund's base amount after undo"
ok kpi --period 2026-Q4 --csv
expect_out_has "^revenue,8670.00,10000.00,0.8670,EUR$"

# A rate the records depend on cannot go unless an earlier one covers them.
fails_unchanged 1 "rate 1 \(RON from 2026-10-01\) converts 3 records and no earlier RON rate covers them" \
  rate delete 1 --yes
ok rate delete 3 --yes   # USD from November: the refund goes back to October's 0.92
expect_err_has "^deleted rate 3; re-converted 1 record$"
expect_eq "$(sql "SELECT base_amount FROM refund WHERE id = 1")" "92000" "the refund at the rate before"
ok -q undo --yes

# deal edit --currency corrects a sale logged in the wrong currency: deal 3 (1 000.00, won
# 2026-11-05) in USD is converted again at its close date, 1 000 x 0.95 = 950.00 EUR;
# a deal with refunds keeps its currency (they are in it); undo puts EUR back.
ok -q deal edit 3 --currency USD
expect_eq "$(sql "SELECT currency || ' ' || base_amount FROM deal WHERE id = 3")" "USD 95000" "deal 3 after --currency USD"
fails_unchanged 1 "deal 2 has refunds in USD: they would no longer be in its currency; delete them first" \
  deal edit 2 --currency EUR
fails_unchanged 2 "invalid currency 'DOLLAR'" deal edit 3 --currency DOLLAR
ok -q undo --yes
expect_eq "$(sql "SELECT currency || ' ' || base_amount FROM deal WHERE id = 3")" "EUR 100000" "deal 3 after undo"

# Refunds and payments are in their deal's and invoice's currency.
fails_unchanged 2 "a refund of deal 2 is in USD, not EUR" deal refund 2 10 --currency EUR
fails_unchanged 2 "a payment of invoice 1 is in RON, not EUR" invoice pay 1 --amount 10 --currency EUR
printf 'invoice_id,amount,date,currency\n1,100,2026-11-20,EUR\n' >"$TEST_DIR/pay.csv"
fails_unchanged 2 "pay.csv:2: currency: the payment is in EUR, but invoice 1 is in RON" import payments "$TEST_DIR/pay.csv"
printf 'deal_id,amount,date,currency\n2,100,2026-11-20,RON\n' >"$TEST_DIR/refund.csv"
fails_unchanged 2 "refund.csv:2: currency: the refund is in RON, but deal 2 is in USD" import refunds "$TEST_DIR/refund.csv"

# Bad currencies and rates: one line naming the value, exit 2, nothing written.
fails_unchanged 2 "invalid currency 'EURO': expected an ISO 4217 code such as EUR, RON or USD" client add Nova --currency EURO
fails_unchanged 2 "invalid currency 'XYZ'" deal log Acme 10 --currency XYZ
fails_unchanged 2 "invalid amount '10.5': amounts in this currency have no decimals" deal log Acme 10.5 --currency JPY
fails_unchanged 2 "invalid amount '1.2345': read 4 decimals; amounts in this currency have at most 3" \
  invoice add Acme 1.2345 --currency KWD --due 2026-11-30
fails_unchanged 2 "invalid rate '0': a rate is more than 0" rate add USD 2026-11-10 0
fails_unchanged 2 "invalid rate '-1.2'" rate add USD 2026-11-10 -1.2
fails_unchanged 2 "invalid rate '1.23456789012': at most 10 significant digits" rate add USD 2026-11-10 1.23456789012
fails_unchanged 2 "EUR is the base currency: its rate is always 1" rate add EUR 2026-11-10 1
printf 'currency,date,rate\nUSD,2026-11-10,0.97\nGBP,2026-11-10,abc\n' >"$TEST_DIR/rates.csv"
fails_unchanged 2 "rates.csv:3: rate: invalid rate 'abc'" import rates "$TEST_DIR/rates.csv"

# A config naming another base is refused with both names (the database keeps EUR).
printf '[owner]\ncurrency = "RON"\n' >"$TEST_DIR/ron.toml"
fails_unchanged 1 "keeps its amounts in EUR \(its base currency\), but the config says owner.currency = \"RON\"" \
  --config "$TEST_DIR/ron.toml" deal log Acme 1000

# rates as a kind: export, then import into a new database, gives the same rates.
ok export rates
expect_out "currency,date,rate
RON,2026-10-01,0.201
USD,2026-10-01,0.92
USD,2026-11-01,0.95"
"$ACCT_BIN" export rates >"$TEST_DIR/exported.csv"; check
ok -q --db "$TEST_DIR/copy.db" import rates "$TEST_DIR/exported.csv"
expect_eq "$(ACCT_DB="$TEST_DIR/copy.db" "$ACCT_BIN" export rates)" "$(cat "$TEST_DIR/exported.csv")" "rates round-trip"

# The ECB's historical file as published (a real-format sample: 5 days, N/A cells,
# currencies the euro replaced, the trailing comma). Into a EUR base: a USD is 1/1.0512 EUR.
ok --db "$TEST_DIR/ecb.db" rate import "$DATA/eurofxref-hist.csv"
expect_err_has "^imported 149 rates$"
ok --db "$TEST_DIR/ecb.db" rate list --currency USD --csv
expect_out_has "^[0-9]+,USD,2026-11-20,0.9512937595,EUR,625/657$"
# Imported again: every day is a duplicate; --on-duplicate skip accepts the whole file.
fails 2 "a USD rate from 2026-11-20 already exists" --db "$TEST_DIR/ecb.db" rate import "$DATA/eurofxref-hist.csv"
ok --db "$TEST_DIR/ecb.db" rate import "$DATA/eurofxref-hist.csv" --on-duplicate skip
expect_err_has "^imported 0 rates \(149 skipped\)$"
# Into a RON base the rates are crossed through the euro: 1 USD = 4.9750 / 1.0512 RON,
# and 1 EUR = 4.9750 RON.
printf '[owner]\ncurrency = "RON"\n' >"$TEST_DIR/ron.toml"
ok --db "$TEST_DIR/ron.db" --config "$TEST_DIR/ron.toml" rate import "$DATA/eurofxref-hist.csv"
ok --db "$TEST_DIR/ron.db" --config "$TEST_DIR/ron.toml" rate list --csv
expect_out_has "^[0-9]+,EUR,2026-11-20,4.975,RON,4.975$"
expect_out_has "^[0-9]+,USD,2026-11-20,4.732686454,RON,"
expect_out_lacks ",RON,2026-11-20,"
printf 'Date,USD,RON,\n2026-11-20,1.05x,4.97,\n' >"$TEST_DIR/bad-ecb.csv"
fails_unchanged 2 "bad-ecb.csv:2:2: invalid rate '1.05x'" rate import "$TEST_DIR/bad-ecb.csv"

# A database from before currencies, in which owner.currency once changed from EUR to RUB
# (a RUB sale among EUR ones, summed as if EUR by 0.2): the base is what most records carry
# (EUR); the RUB sale has no base amount, is left out of totals with a warning naming the
# rate add to run, and counts once a rate converts it: 10 000 RUB x 0.0110 = 110.00 EUR.
OLD="$TEST_DIR/old.db"
sqlite3 "$OLD" <"$DATA/schema_v1.sql"; check
chmod 600 "$OLD"
sqlite3 "$OLD" "INSERT INTO deal (client_id, title, amount, currency, stage, product, kind, closed_on, created_on, stage_changed_on)
  VALUES ((SELECT min(id) FROM client), 'rouble sale', 1000000, 'RUB', 'won', '', 'new', '2025-11-20', '2025-11-20', '2025-11-20')"
ok --db "$OLD" --csv kpi --period 2025-Q4
expect_err_has "^acct: warning: 1 RUB record from 2025-11-20 on has no rate and is left out of totals; add one: acct rate add RUB 2025-11-20 RATE$"
revenue=$(printf '%s\n' "$OUT" | grep '^revenue,' | cut -d, -f2)
ok --db "$OLD" rate add RUB 2025-11-01 0.0110
expect_err_has "re-converted 1 record$"
ok --db "$OLD" --csv kpi --period 2025-Q4
check; [ -z "$ERR" ] || fail "a warning once every record is converted: $ERR"
expect_eq "$(printf '%s\n' "$OUT" | grep '^revenue,' | cut -d, -f2)" \
  "$(awk -v r="$revenue" 'BEGIN { printf "%.2f", r + 110 }')" "revenue with the converted RUB sale"

# Currencies whose minor unit is not the hundredth (man page: CURRENCIES): yen are counted
# whole, Kuwaiti dinars in fils (three decimals); each record keeps its own minor units and
# its base amount is converted once, rounded half away from zero:
#   1 500 JPY x 0.0062 = 9.30 EUR;   500 JPY x 0.0062 = 3.10 EUR (the refund)
#   12.345 KWD x 3 = 37.035 EUR -> 37.04;   2.345 KWD x 3 = 7.035 -> 7.04 (the payment)
#   1.500 KWD x 3 = 4.50 EUR (an invoice of a client whose currency is KWD, no --currency)
ok -q rate add JPY 2026-11-01 0.0062
ok -q rate add KWD 2026-11-01 3
ok deal log Acme 1500 --currency JPY --date 2026-11-20
jpy=$OUT
expect_err_has "logged deal $jpy: 1,500 JPY won from"
expect_eq "$(sql "SELECT amount || ' ' || currency || ' ' || base_amount FROM deal WHERE id = $jpy")" "1500 JPY 930" "a yen deal"
ok deal list --csv
expect_out_has "^$jpy,[^,]*,,won,1500,.*,JPY,9\.30\$"
ok deal list --json
expect_out_has "\"id\":$jpy,.*\"amount\":1500,"
ok deal list
expect_out_has "^ *$jpy .* 1,500 .*JPY +9\.30\$"
ok -q deal refund "$jpy" 500 --date 2026-11-21
refund=$OUT
expect_eq "$(sql "SELECT amount || ' ' || base_amount FROM refund WHERE id = $refund")" "500 310" "a yen refund"
fails_unchanged 2 "invalid amount '2.5': amounts in this currency have no decimals" deal refund "$jpy" 2.5
ok -q invoice add Acme 12.345 --currency KWD --issued 2026-11-20 --due 2026-11-30 --number K-1
kwd=$OUT
expect_eq "$(sql "SELECT amount || ' ' || base_amount FROM invoice WHERE id = $kwd")" "12345 3704" "a dinar invoice"
ok invoice pay K-1 --amount 2.345 --date 2026-11-22
expect_err_has "paid 2\.345 on invoice $kwd; 10\.000 still open"
expect_eq "$(sql "SELECT amount || ' ' || base_amount FROM payment WHERE invoice_id = $kwd")" "2345 704" "a dinar payment"
ok invoice list --csv
expect_out_has "^$kwd,[^,]*,K-1,12\.345,2026-11-20,2026-11-30,2\.345,"
ok -q client add "Gulf Trading" --currency KWD
ok -q invoice add "Gulf Trading" 1.5 --issued 2026-11-20 --due 2026-11-30
expect_eq "$(sql "SELECT amount || ' ' || currency || ' ' || base_amount FROM invoice WHERE id = $OUT")" "1500 KWD 450" \
  "an invoice in its client's dinars"
fails_unchanged 2 "invalid amount '1.2345': read 4 decimals; amounts in this currency have at most 3" \
  invoice add "Gulf Trading" 1.2345 --due 2026-11-30
# A file without a currency column is in each client's own currency, as on the command
# line: 1.250 KWD x 3 = 3.75 EUR; an invoice of 2.5 KWD x 3 = 7.50 EUR.
printf 'client,amount,date\nGulf Trading,1.250,2026-11-20\n' >"$TEST_DIR/gulf-deals.csv"
ok -q import deals "$TEST_DIR/gulf-deals.csv"
expect_eq "$(sql "SELECT amount || ' ' || currency || ' ' || base_amount FROM deal WHERE client_id = (SELECT id FROM client WHERE name = 'Gulf Trading')")" \
  "1250 KWD 375" "a deal imported for a client in KWD"
printf 'client,amount,due,number,issued\nGulf Trading,2.5,2026-11-30,G-2,2026-11-20\n' >"$TEST_DIR/gulf-invoices.csv"
ok -q import invoices "$TEST_DIR/gulf-invoices.csv"
expect_eq "$(sql "SELECT amount || ' ' || currency || ' ' || base_amount FROM invoice WHERE number = 'G-2'")" \
  "2500 KWD 750" "an invoice imported for a client in KWD"
printf 'client,amount,date,currency\nGulf Trading,10,2026-11-20,EUR\n' >"$TEST_DIR/gulf-eur.csv"
ok -q import deals "$TEST_DIR/gulf-eur.csv"
expect_eq "$(sql "SELECT count(*) FROM deal WHERE currency = 'EUR' AND amount = 1000 AND client_id = (SELECT id FROM client WHERE name = 'Gulf Trading')")" \
  1 "a currency cell wins over the client's"
# In a language whose '.' groups thousands, "12.500" in a currency of 3 decimals could be
# either: refused (English words: no catalog); "12,5" and "12500" are clear.
ACCT_LOCALEDIR="$TEST_DIR/nowhere" LANGUAGE=it LANG=it_IT.UTF-8 LC_ALL= run deal log Acme 12.500 --currency KWD
check; [ "$CODE" -eq 2 ] || fail "12.500 KWD in Italian exited $CODE"
expect_err_has "invalid amount '12\.500': in Italian '\.' separates thousands, but amounts in this currency have 3 decimals; write 12500"
ACCT_LOCALEDIR="$TEST_DIR/nowhere" LANGUAGE=it LANG=it_IT.UTF-8 LC_ALL= run -q deal log Acme 12,5 --currency KWD --date 2026-11-20
check; [ "$CODE" -eq 0 ] || fail "12,5 KWD in Italian exited $CODE"
expect_eq "$(sql "SELECT amount FROM deal WHERE id = $OUT")" 12500 "12,5 KWD in Italian"
ACCT_LOCALEDIR="$TEST_DIR/nowhere" LANGUAGE=it LANG=it_IT.UTF-8 LC_ALL= run deal log Acme 1500,5 --currency JPY
expect_err_has "invalid amount '1500,5': amounts in this currency have no decimals"
# Files: the amounts of the exports read back into the same minor units.
ok export deals --csv
printf '%s\n' "$OUT" | grep -E "^(client|[^,]*,1500,)" | head -2 >"$TEST_DIR/jpy-deals.csv"
expect_eq "$(wc -l <"$TEST_DIR/jpy-deals.csv")" 2 "the yen deal in export deals"
printf 'client,amount,date,currency\nAcme,"2,500",2026-11-20,JPY\nAcme,7.125,2026-11-20,KWD\n' >"$TEST_DIR/minor.csv"
last=$(sql "SELECT max(id) FROM deal")
ok -q import deals "$TEST_DIR/minor.csv"
expect_eq "$(sql "SELECT group_concat(amount || ' ' || currency || ' ' || base_amount, '; ') FROM deal WHERE id > $last")" \
  "2500 JPY 1550; 7125 KWD 2138" "yen and dinar deals imported"
printf 'client,amount,date,currency\nAcme,2500.5,2026-11-20,JPY\n' >"$TEST_DIR/minor-bad.csv"
fails_unchanged 2 "minor-bad.csv:2: amount: invalid amount '2500.5': amounts in this currency have no decimals" \
  import deals "$TEST_DIR/minor-bad.csv"
printf 'deal_id,amount,date\n%s,100.5,2026-11-21\n' "$jpy" >"$TEST_DIR/minor-refund.csv"
fails_unchanged 2 "minor-refund.csv:2: amount: invalid amount '100.5': amounts in this currency have no decimals" \
  import refunds "$TEST_DIR/minor-refund.csv"
# An import that updates an invoice reads the row in that invoice's currency, and never
# changes it: invoice K-1 is in KWD, its client's currency is EUR.
printf 'client,amount,due,number,issued\nAcme,20,2026-11-30,K-1,2026-11-20\n' >"$TEST_DIR/k1.csv"
ok -q import invoices "$TEST_DIR/k1.csv" --on-duplicate update
expect_eq "$(sql "SELECT amount || ' ' || currency || ' ' || base_amount FROM invoice WHERE number = 'K-1'")" "20000 KWD 6000" \
  "an invoice updated by import, in its own currency"
printf 'client,amount,due,number,issued,currency\nAcme,20,2026-11-30,K-1,2026-11-20,EUR\n' >"$TEST_DIR/k1-eur.csv"
fails_unchanged 2 "k1-eur.csv:2: currency: the row is in EUR, but invoice $kwd is in KWD" \
  import invoices "$TEST_DIR/k1-eur.csv" --on-duplicate update
# deal edit --currency keeps the figures in the new minor units, the discount too when
# only the amount is given anew: 1 000.00 EUR less 100.00 becomes 150 000 JPY less 100.
ok -q deal log Acme 1000 --discount 100 --date 2026-11-20
ok -q deal edit "$OUT" --currency JPY --amount 150000
expect_eq "$(sql "SELECT amount || ' ' || discount || ' ' || currency FROM deal WHERE id = (SELECT max(id) FROM deal)")" \
  "150000 100 JPY" "deal edit --currency JPY --amount"
ok -q deal log Acme 10.50 --date 2026-11-20
fails_unchanged 1 "deal $OUT's amount 10.50 has decimals that JPY has not; give --amount too" deal edit "$OUT" --currency JPY

# The base keeps hundredths whatever its minor unit, as reports, targets and pay do: with
# a base of JPY, yen have two decimals; a USD deal of 10.00 at 150 is 1 500.00 JPY.
printf '[owner]\ncurrency = "JPY"\n' >"$TEST_DIR/jpy.toml"
J=(--config "$TEST_DIR/jpy.toml" --db "$TEST_DIR/jpy.db")
ok -q "${J[@]}" init
ok -q "${J[@]}" client add Tokyo
ok -q "${J[@]}" deal log Tokyo 1500.50 --date 2026-11-20
expect_eq "$(sqlite3 "$TEST_DIR/jpy.db" "SELECT amount || ' ' || currency || ' ' || base_amount FROM deal")" "150050 JPY 150050" \
  "a deal in a JPY base"
ok -q "${J[@]}" rate add USD 2026-11-01 150
ok -q "${J[@]}" deal log Tokyo 10 --currency USD --date 2026-11-20
ok "${J[@]}" --csv report sales --period 2026-11
expect_out_has '^Tokyo,2,3000\.50,.*,JPY$'

finish
