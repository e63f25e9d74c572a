# Everything at once on one database: a 300 000-row import, two writer loops (deal log,
# touch), two reader loops (reports, listings, kpi) and a backup loop. Every command
# succeeds (no "database is locked": writers wait for the import), every row lands exactly
# once, and every backup passes integrity_check.
source "$(dirname "$0")/lib.sh"

ok -q init
ok -q client add "Acme SRL"
ok -q client add "Ωμέγα ΑΕ"
ROWS=300000
awk -v rows="$ROWS" 'BEGIN { print "client,amount,date,title"; for (i = 1; i <= rows; i++) printf "Acme SRL,%d,2026-%02d-%02d,bulk %d\n", i, i % 10 + 1, i % 28 + 1, i }' >"$TEST_DIR/bulk.csv"

N=25
ERRS="$TEST_DIR/errors"
mkdir -p "$ERRS"
log_fail() { echo "$1 exit $2" >>"$ERRS/$3"; }

importer() { "$ACCT_BIN" -q import deals "$TEST_DIR/bulk.csv" >/dev/null 2>>"$ERRS/import" || log_fail import $? import; }
deals() {
  local i
  for i in $(seq 1 "$N"); do "$ACCT_BIN" -q deal log Ωμέγα "$i" --title "live $i" >/dev/null 2>>"$ERRS/deals" || log_fail "deal log $i" $? deals; done
}
touches() {
  local i
  for i in $(seq 1 "$N"); do "$ACCT_BIN" -q touch Acme call "touch $i" >/dev/null 2>>"$ERRS/touches" || log_fail "touch $i" $? touches; done
}
reports() {
  local i
  for i in $(seq 1 "$N"); do
    "$ACCT_BIN" report sales --period 2026 --csv >/dev/null 2>>"$ERRS/reports" || log_fail "report $i" $? reports
    "$ACCT_BIN" kpi --period 2026-Q4 --csv >/dev/null 2>>"$ERRS/reports" || log_fail "kpi $i" $? reports
  done
}
listings() {
  local i
  for i in $(seq 1 "$N"); do "$ACCT_BIN" client list --csv >/dev/null 2>>"$ERRS/listings" || log_fail "list $i" $? listings; done
}
backups() {
  local i
  for i in 1 2 3 4; do
    "$ACCT_BIN" -q backup --force "$TEST_DIR/copy-$i.db" 2>>"$ERRS/backups" || log_fail "backup $i" $? backups
  done
}

importer & p1=$!
sleep 0.2   # the import holds the write lock from here to its commit
deals & p2=$!
touches & p3=$!
reports & p4=$!
listings & p5=$!
backups & p6=$!
wait $p1 $p2 $p3 $p4 $p5 $p6

for f in import deals touches reports listings backups; do
  expect_eq "$(cat "$ERRS/$f" 2>/dev/null)" "" "errors of the $f loop"
done
expect_eq "$(sql "SELECT count(*) FROM deal WHERE title LIKE 'bulk %'")" "$ROWS" "imported deals"
expect_eq "$(sql "SELECT count(*) FROM deal WHERE title LIKE 'live %'")" "$N" "logged deals"
expect_eq "$(sql "SELECT count(DISTINCT title) FROM deal")" "$((ROWS + N))" "no deal twice"
expect_eq "$(sql "SELECT count(*) FROM touch")" "$N" "touches"
for i in 1 2 3 4; do
  expect_eq "$(sqlite3 "$TEST_DIR/copy-$i.db" "pragma integrity_check")" "ok" "backup $i under load"
done
expect_eq "$(sqlite3 "$ACCT_DB" "pragma integrity_check")" "ok" "the database after the load"

finish
