# Faults (man page: COMMANDS, FILES and SECURITY): full disk, a writer holding the lock, permissions,
# symlinks and other users' files.
source "$(dirname "$0")/lib.sh"

ok -q init
ok -q client add "Acme SRL" --tier A

# A write error on stdout is reported and exits 1.
"$ACCT_BIN" client list --csv >/dev/full 2>"$TEST_DIR/err"; code=$?
check; [ "$code" -eq 1 ] || fail "writing to /dev/full exited $code"
check; grep -q "error writing to standard output: No space left on device" "$TEST_DIR/err" || fail "no message for /dev/full: $(cat "$TEST_DIR/err")"
"$ACCT_BIN" client add "Full Disk" >/dev/full 2>"$TEST_DIR/err"; code=$?
# The record is committed before its id is printed: it exists, only the id was lost, and
# that is no failure (tests/cli/test_output_faults.sh has the rest).
check; [ "$code" -eq 0 ] || fail "client add to /dev/full exited $code"
expect_eq "$(sql "SELECT count(*) FROM client WHERE name = 'Full Disk'")" 1 "client of the failed print"

# Another process holds BEGIN IMMEDIATE for 3 seconds: writers wait, they do not fail.
/usr/bin/python3 - "$ACCT_DB" <<'PY' &
import sqlite3, sys, time
db = sqlite3.connect(sys.argv[1], isolation_level=None)
db.execute("BEGIN IMMEDIATE")
open(sys.argv[1] + ".locked", "w").close()
time.sleep(3)
db.execute("COMMIT")
PY
holder=$!
while [ ! -e "$ACCT_DB.locked" ]; do sleep 0.05; done
start=$(date +%s)
ok client add "Waited Client"
end=$(date +%s)
wait $holder
expect_out "3"
check; [ $((end - start)) -ge 2 ] || fail "the writer did not wait for the lock ($((end - start)) s)"
expect_eq "$(sql "SELECT count(*) FROM client")" 3 "client written after the wait"

# A database readable by others works, with a warning.
chmod 644 "$ACCT_DB"
ok client list
expect_err_has "warning: database .* is readable by other users"
chmod 600 "$ACCT_DB"
ok client list
check; [ -z "$ERR" ] || fail "warning on a private database: $ERR"

# Files acct creates are private, even with a permissive umask.
(umask 022; "$ACCT_BIN" --db "$TEST_DIR/new/sub/fresh.db" -q client add X >/dev/null)
expect_eq "$(stat -c %a "$TEST_DIR/new/sub/fresh.db")" 600 "new database mode"
expect_eq "$(stat -c %a "$TEST_DIR/new/sub")" 700 "new directory mode"

# A database reached through a symlink is refused, and so is another user's file.
ln -s "$ACCT_DB" "$TEST_DIR/link.db"
fails 1 "refusing database .*link.db.*symbolic link" --db "$TEST_DIR/link.db" client list
if [ "$(id -u)" -eq 0 ]; then
  cp "$ACCT_DB" "$TEST_DIR/other.db"
  chown 65534 "$TEST_DIR/other.db"
  fails 1 "refusing database .*other.db.*belongs to another user" --db "$TEST_DIR/other.db" client list
fi

# No prompts: stdin closed or not a terminal changes nothing.
run client list --csv </dev/null; check; [ "$CODE" -eq 0 ] || fail "stdin closed"

finish
