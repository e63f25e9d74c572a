# Amounts are at most 999999999999.99 on every input path, and no stored data makes a
# report fail with a raw "integer overflow": figures are exact, or one line names the
# record to correct (exit 1).
source "$(dirname "$0")/lib.sh"

BIG=1000000000000          # 10^12: one cent above the largest amount
HUGE=92233720368547758.07  # int64's largest count of cents
ok -q init
ok -q client add "Acme SRL"
ok -q deal add "Acme SRL" "Seed" 10
ok -q invoice add "Acme SRL" 10 --due 2026-12-01

# Command line: each amount refused with exit 2, naming the value, writing nothing.
for amount in "$BIG" "$HUGE" "1,000,000,000,000.00" "99999999999999999999"; do
  fails_unchanged 2 "invalid amount '$amount': amounts are at most 999999999999.99" deal log Acme "$amount"
  fails_unchanged 2 "invalid amount '$amount': amounts are at most 999999999999.99" deal add Acme Big "$amount"
  fails_unchanged 2 "invalid amount '$amount': amounts are at most 999999999999.99" deal win 1 --amount "$amount"
  fails_unchanged 2 "invalid amount '$amount': amounts are at most 999999999999.99" deal refund 1 "$amount"
  fails_unchanged 2 "invalid amount '$amount': amounts are at most 999999999999.99" invoice add Acme "$amount" --due 2026-12-01
  fails_unchanged 2 "invalid amount '$amount': amounts are at most 999999999999.99" invoice pay 1 --amount "$amount"
  fails_unchanged 2 "invalid amount '$amount': amounts are at most 999999999999.99" client add "Big Co" --credit-limit "$amount"
  fails_unchanged 2 "invalid amount '$amount': amounts are at most 999999999999.99" client edit Acme --credit-limit "$amount"
  fails_unchanged 2 "invalid discount '$amount'" deal log Acme 10 --discount "$amount"
  fails 2 "invalid amount '$amount': amounts are at most 999999999999.99" kpi --what-if "$amount"
done
ok -q deal log Acme 999999999999.99
expect_eq "$(sql "SELECT max(amount) FROM deal")" 99999999999999 "the largest amount is accepted"

# Config: targets and compensation amounts.
for key in "revenue" ; do
  printf '[targets]\n%s = 1000000000000\n' "$key" >"$TEST_DIR/big.toml"
  fails 2 "big.toml:2:.*targets.$key: must be an amount from 0 to 999999999999.99" --config "$TEST_DIR/big.toml" kpi
done
printf '[compensation]\nfixed = 9.3e18\n' >"$TEST_DIR/big.toml"
fails 2 "compensation.fixed: must be an amount from 0 to 999999999999.99" --config "$TEST_DIR/big.toml" kpi

# Imports: every amount column, with FILE:LINE: column.
printf 'client,amount,date\nAcme SRL,%s,2026-11-01\n' "$BIG" >"$TEST_DIR/deals.csv"
fails_unchanged 2 "deals.csv:2: amount: invalid amount '$BIG': amounts are at most 999999999999.99" import deals "$TEST_DIR/deals.csv"
printf 'client,amount,due\nAcme SRL,%s,2026-12-01\n' "$HUGE" >"$TEST_DIR/invoices.csv"
fails_unchanged 2 "invoices.csv:2: amount: invalid amount '$HUGE': amounts are at most 999999999999.99" import invoices "$TEST_DIR/invoices.csv"
printf 'client,amount,due,paid_amount,paid_on\nAcme SRL,10,2026-12-01,%s,2026-11-02\n' "$BIG" >"$TEST_DIR/paid.csv"
fails_unchanged 2 "paid.csv:2: paid_amount: invalid amount '$BIG': amounts are at most 999999999999.99" import invoices "$TEST_DIR/paid.csv"
printf 'name,credit_limit\nBig Co,%s\n' "$BIG" >"$TEST_DIR/clients.csv"
fails_unchanged 2 "clients.csv:2: credit_limit: invalid amount '$BIG': amounts are at most 999999999999.99" import clients "$TEST_DIR/clients.csv"
printf 'client;amount;date\nAcme SRL;1.000.000.000.000,00;2026-11-01\n' >"$TEST_DIR/ro.csv"
fails_unchanged 2 "ro.csv:2: amount: .*amounts are at most 999999999999.99" import deals "$TEST_DIR/ro.csv" --locale ro

# The largest amounts, many of them: every sum is exact (100 x 10^12 fits easily).
for i in $(seq 1 30); do printf 'Acme SRL,999999999999.99,2026-11-%02d,Order %d\n' $(( (i % 20) + 1 )) "$i"; done \
  | sed '1i client,amount,date,title' >"$TEST_DIR/max.csv"
ok -q import deals "$TEST_DIR/max.csv"
ok --csv report sales --period 2026-11
expect_out_has "^Acme SRL,31,30999999999999.69,"  # 31 won deals of the largest amount

# Stored amounts beyond the bound (an old file, a hand edit): never a raw overflow.
# Two rows of int64's largest count of cents: every sum of both overflows.
sql "INSERT INTO deal(client_id, title, amount, currency, stage, kind, closed_on, created_on, stage_changed_on)
     VALUES (1, 'Huge', 9223372036854775807, 'EUR', 'won', 'new', '2026-11-20', '2026-11-20', '2026-11-20'),
            (1, 'Huger', 9223372036854775807, 'EUR', 'won', 'new', '2026-11-21', '2026-11-21', '2026-11-21'),
            (1, 'Open huge', 9223372036854775807, 'EUR', 'proposal', 'new', NULL, '2026-11-21', '2026-11-21')"
sql "INSERT INTO invoice(client_id, number, amount, currency, issued_on, due_on, paid_amount)
     VALUES (1, 'H-1', 9223372036854775807, 'EUR', '2026-10-01', '2026-10-31', 0),
            (1, 'H-2', 9223372036854775807, 'EUR', '2026-10-01', '2026-10-31', 0)"
check_answers() {
  check
  if [ "$CODE" -ne 0 ] && [ "$CODE" -ne 1 ]; then fail "exit $CODE: acct $*"; fi
  case "$ERR" in *"integer overflow"*) fail "raw integer overflow: acct $*";; esac
  if [ "$CODE" -eq 1 ]; then
    check
    printf '%s\n' "$ERR" | grep -qE "^acct: error: a total of amounts is beyond 92233720368547758.07, more than acct can compute: (deal|invoice) [0-9]+ has amount 92233720368547758.07, beyond the largest amount 999999999999.99" \
      || fail "not the one-line overflow message naming the record: acct $*"
    expect_eq "$(printf '%s\n' "$ERR" | wc -l)" 1 "one line"
  fi
}
for args in "kpi" "kpi --period 2026-11" "kpi --statement" "report sales" "report sales --period 2026-11 --by product" \
            "report sales --by month" "report portfolio" "report history Acme" "report forecast" "report receivables" \
            "report pipeline" "report abc" "report activity" "client show Acme" "client list" "deal list" "invoice list"; do
  # shellcheck disable=SC2086
  run $args; check_answers $args
  # shellcheck disable=SC2086
  run --csv $args; check_answers --csv $args
done
# A single out-of-range row is shown exactly where no sum overflows.
ok --csv deal list --won
expect_out_has ",92233720368547758.07,"
# Reports that do not sum the damaged rows still run.
ok report activity

finish
