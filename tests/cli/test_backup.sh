# acct backup: a verified 0600 copy, taken while another process keeps writing.
source "$(dirname "$0")/lib.sh"
DATA="$ACCT_SOURCE_DIR/tests/cli/data"

fails 1 "no database at" backup "$TEST_DIR/none.db"
ok -q init
ok -q import clients "$DATA/clients.csv"

ok backup "$TEST_DIR/copy.db"
expect_out ""
expect_err_has "^backed up .*acct.db to .*copy.db \(integrity check: ok\)$"
expect_eq "$(stat -c %a "$TEST_DIR/copy.db")" "600" "the copy is private"
expect_eq "$(sqlite3 "$TEST_DIR/copy.db" "pragma integrity_check")" "ok" "the copy is intact"
expect_eq "$(ACCT_DB="$TEST_DIR/copy.db" "$ACCT_BIN" export clients)" "$("$ACCT_BIN" export clients)" "the copy holds the data"
expect_eq "$(ls -A "$TEST_DIR" | grep -c '\.tmp-')" "0" "no temporary file left"

# An existing file is refused unless --force; the live database itself always.
echo keep >"$TEST_DIR/exists.db"
fails 1 "'.*exists.db' already exists; use --force to replace it" backup "$TEST_DIR/exists.db"
expect_eq "$(cat "$TEST_DIR/exists.db")" "keep" "refused backup leaves the file alone"
ok -q backup --force "$TEST_DIR/exists.db"
expect_eq "$(sqlite3 "$TEST_DIR/exists.db" "select count(*) from client")" "4" "--force replaced it"
fails 2 "is the live database itself" backup --force "$ACCT_DB"
fails 2 "is a directory" backup "$TEST_DIR"
fails 1 "cannot create a file beside" backup "$TEST_DIR/no/such/dir/x.db"

# While a writer loop runs: each copy passes integrity_check and is 0600.
(
  for i in $(seq 1 200); do
    printf 'client,amount,date\n"Acme, SRL",%d,2026-11-01\n' "$i" | "$ACCT_BIN" -q import deals - || echo "writer failed at $i"
  done
) >"$TEST_DIR/writer.log" 2>&1 &
writer=$!
for i in 1 2 3 4 5; do
  ok -q backup "$TEST_DIR/live-$i.db"
  expect_eq "$(sqlite3 "$TEST_DIR/live-$i.db" "pragma integrity_check")" "ok" "copy $i under writes is intact"
  expect_eq "$(stat -c %a "$TEST_DIR/live-$i.db")" "600" "copy $i is private"
done
wait "$writer"
expect_eq "$(cat "$TEST_DIR/writer.log")" "" "the writer never failed (no 'database is locked')"
expect_eq "$(sql "select count(*) from deal")" "200" "every write landed"

# Backups write regular files only: a FIFO, a device node and a symlink to one stay what
# they were, even with --force (made here in the test's own directory, never in /dev).
mkfifo "$TEST_DIR/fifo"
fails 2 "'.*fifo' is not a regular file \(a device, FIFO or socket\); name a file" backup --force "$TEST_DIR/fifo"
check; [ -p "$TEST_DIR/fifo" ] || fail "the FIFO was replaced"
if [ "$(id -u)" -eq 0 ]; then
  mknod "$TEST_DIR/null" c 1 3
  ln -s "$TEST_DIR/null" "$TEST_DIR/null-link"
  fails 2 "'.*null' is not a regular file" backup --force "$TEST_DIR/null"
  fails 2 "'.*null-link' is not a regular file" backup --force "$TEST_DIR/null-link"
  check; [ -c "$TEST_DIR/null" ] || fail "the device node was replaced"
  check; [ -L "$TEST_DIR/null-link" ] || fail "the symlink was replaced"
fi

# A stale -wal beside an older copy (a real one, of another database) goes with the old
# file: the new copy reads intact and holds the live data, not the stale frames.
ok -q backup "$TEST_DIR/nightly.db"
/usr/bin/python3 - "$TEST_DIR/other.db" "$TEST_DIR/nightly.db-wal" <<'PY'
import shutil, sqlite3, sys
db = sqlite3.connect(sys.argv[1], isolation_level=None)
db.execute("PRAGMA journal_mode = WAL")
db.execute("PRAGMA wal_autocheckpoint = 0")
db.execute("CREATE TABLE stale(x)")
db.executemany("INSERT INTO stale VALUES (?)", [("x" * 500,)] * 200)
shutil.copy(sys.argv[1] + "-wal", sys.argv[2])
PY
check; [ -s "$TEST_DIR/nightly.db-wal" ] || fail "the test made no stale WAL"
ok -q backup --force "$TEST_DIR/nightly.db"
check; [ ! -e "$TEST_DIR/nightly.db-wal" ] || fail "the stale WAL is still beside the copy"
expect_eq "$(sqlite3 "$TEST_DIR/nightly.db" "pragma integrity_check")" "ok" "the copy over a stale WAL is intact"
expect_eq "$(ACCT_DB="$TEST_DIR/nightly.db" "$ACCT_BIN" export deals | wc -l)" "$("$ACCT_BIN" export deals | wc -l)" "the copy holds the live data"

# An interrupted backup leaves no hidden temporary file: SIGTERM, SIGINT and SIGHUP remove
# it; after kill -9 the next backup to that name sweeps the orphan. A larger database makes
# the copy last long enough to be interrupted.
awk 'BEGIN { print "client,amount,date,title"; for (i = 1; i <= 60000; i++) printf "\"Acme, SRL\",%d,2026-10-%02d,\"deal %d with a longer title to fill pages\"\n", i, i % 28 + 1, i }' >"$TEST_DIR/big.csv"
ok -q import deals "$TEST_DIR/big.csv"
temps() { ls -A "$TEST_DIR" | grep -c '\.tmp-'; }
for sig in TERM INT HUP TERM INT HUP; do
  "$ACCT_BIN" -q backup --force "$TEST_DIR/interrupted.db" 2>/dev/null &
  pid=$!
  sleep "0.0$((RANDOM % 9 + 1))"
  kill -"$sig" "$pid" 2>/dev/null
  wait "$pid" 2>/dev/null
  expect_eq "$(temps)" "0" "temporary files left after SIG$sig"
done
left=0
for round in 1 2 3; do
  "$ACCT_BIN" -q backup --force "$TEST_DIR/killed.db" 2>/dev/null &
  pid=$!
  sleep "0.0$((RANDOM % 9 + 1))"
  kill -KILL "$pid" 2>/dev/null
  wait "$pid" 2>/dev/null
  left=$((left + $(temps)))
done
ok -q backup --force "$TEST_DIR/killed.db"
expect_eq "$(temps)" "0" "orphans of kill -9 swept by the next backup ($left seen before)"
expect_eq "$(sqlite3 "$TEST_DIR/killed.db" "pragma integrity_check")" "ok" "the backup after the kills is intact"

finish
