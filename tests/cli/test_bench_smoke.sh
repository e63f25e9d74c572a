#!/usr/bin/env bash
# Smoke test of the benchmark (bench/run.sh) at a tiny scale: it generates the data set,
# imports it, times every command next to its sqlite3 baseline and prints the ratios.
# No timing is asserted here: only that the harness runs end to end and reports.
. "$(dirname "$0")/lib.sh"

export BENCH_DIR="$TEST_DIR/bench" BENCH_RESULTS="$TEST_DIR/results" RESULTS_MD="$TEST_DIR/RESULTS.md"
out=$(SCALE=0.002 RUNS=3 ACCT_BIN="$ACCT_BIN" bash "$ACCT_SOURCE_DIR/bench/run.sh" 2>"$TEST_DIR/bench.err")
CODE=$?
# shellcheck disable=SC2034  # read by fail() in lib.sh
OUT=$out ERR=$(tail -20 "$TEST_DIR/bench.err")
check; [ "$CODE" -eq 0 ] || fail "bench/run.sh exits 0"

data="$BENCH_DIR/data/0.002"
for f in rates clients contacts deals touches invoices; do
  check; [ -s "$data/$f.csv" ] || fail "the generator writes $f.csv"
done
check; [ "$(wc -l <"$data/deals.csv")" -eq 2001 ] || fail "0.002 of 1M deals is 2000 rows plus the header"
check; head -1 "$data/deals.csv" | grep -qx 'client,amount,title,stage,date,expected_close,probability,product,kind,lost_reason,currency' \
  || fail "deals.csv has the import columns of the man page's Import, export and backup"

# Deterministic: a second generation gives the same bytes.
python3 "$ACCT_SOURCE_DIR/bench/generate.py" 0.002 "$TEST_DIR/again" >/dev/null
check; cmp -s "$data/deals.csv" "$TEST_DIR/again/deals.csv" || fail "the generator is deterministic"

# The table: the sales row (an import this small can take "0.0" ms at the 10 ms resolution
# of /usr/bin/time, and then has no ratio) with its ratio and target, and the start-up rows.
check; printf '%s\n' "$out" | grep -qE '^(sales +[0-9.]+ +[0-9.]+ +[0-9.]+x +1.5x|sales .*skipped: not in this build)' \
  || fail "run.sh prints the sales ratio next to its 1.5x target (or skips it, not built yet)"
check; printf '%s\n' "$out" | grep -qE '^import-deals-by-hand ' || fail "run.sh times the deal import done by hand in sqlite3"
check; printf '%s\n' "$out" | grep -qE '^startup-version +[0-9.]+ +[0-9.]+ +[0-9.]+x' \
  || fail "run.sh times start-up"
check; printf '%s\n' "$out" | grep -qE '^startup-list-lang +[0-9.]+ +[0-9.]+ +[0-9.]+x +1.2x' \
  || fail "run.sh times start-up in Russian against English, next to its 1.2x target"
check; printf '%s\n' "$out" | grep -qE '^(import-deals +[0-9.]+ +[0-9.]+ +([0-9.]+x +)?2x|import-deals .*skipped)' \
  || fail "run.sh reports the deals import against .import"
check; printf '%s\n' "$out" | grep -qE '^rate-add +[0-9.]+ +[0-9.]+ +[0-9.]+x +3x' \
  || fail "run.sh times rate add re-converting deals against a bare UPDATE"
check; printf '%s\n' "$out" | grep -qE '^today +[0-9.]+ +[0-9.]+ +[0-9.]+x +3x' || fail "run.sh times acct today"
check; grep -q '^## SCALE=0.002' "$RESULTS_MD" || fail "run.sh writes RESULTS.md"
check; grep -q '^cpu: ' "$BENCH_RESULTS/scale-0.002.machine" || fail "the machine is described"

finish
