# Two writers (deal log, touch) and a reader (deal list) in parallel on one database:
# every command succeeds, nothing is lost, and "database is locked" never appears.
source "$(dirname "$0")/lib.sh"

ok -q init
ok -q client add "Acme SRL"
ok -q client add "Ωμέγα ΑΕ"

N=60   # per loop: 3 loops, 180 commands
ERRS="$TEST_DIR/errors"
mkdir -p "$ERRS"

writer_deals() {
  local i
  for i in $(seq 1 "$N"); do
    "$ACCT_BIN" -q deal log Acme "$i" --title "deal $i" >/dev/null 2>>"$ERRS/deals" || echo "deal log $i exit $?" >>"$ERRS/deals"
  done
}
writer_touches() {
  local i
  for i in $(seq 1 "$N"); do
    "$ACCT_BIN" -q touch Ωμέγα call "touch $i" >/dev/null 2>>"$ERRS/touches" || echo "touch $i exit $?" >>"$ERRS/touches"
  done
}
reader() {
  local i
  for i in $(seq 1 "$N"); do
    "$ACCT_BIN" deal list --csv >/dev/null 2>>"$ERRS/reads" || echo "deal list $i exit $?" >>"$ERRS/reads"
  done
}

writer_deals & p1=$!
writer_touches & p2=$!
reader & p3=$!
wait "$p1" "$p2" "$p3"

for f in deals touches reads; do
  check
  if [ -s "$ERRS/$f" ]; then FAILURES=$((FAILURES + 1)); printf 'FAIL: %s loop wrote to stderr or failed:\n' "$f" >&2; head -5 "$ERRS/$f" >&2; fi
done
check; ! cat "$ERRS"/* 2>/dev/null | grep -q "database is locked" || fail "database is locked appeared"

expect_eq "$(sql "SELECT count(*) FROM deal")" "$N" "every deal written"
expect_eq "$(sql "SELECT sum(amount) FROM deal")" "$((N * (N + 1) / 2 * 100))" "every amount intact"
expect_eq "$(sql "SELECT count(DISTINCT title) FROM deal")" "$N" "no deal written twice"
expect_eq "$(sql "SELECT count(*) FROM touch")" "$N" "every touch written"
expect_eq "$(sql "PRAGMA integrity_check")" "ok" "integrity"
ok deal list --csv
expect_eq "$(printf '%s\n' "$OUT" | tail -n +2 | wc -l)" "$N" "the final list"

finish
