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

# A database readable by others works, with a warning; one others can write, a config
# others can write and a directory others can write each get theirs, naming the mode.
chmod 644 "$ACCT_DB"
ok client list
expect_err_has "warning: database .*acct.db \(mode 0644\) is readable by other users; chmod 600 it"
chmod 620 "$ACCT_DB"
ok client list
expect_err_has "warning: database .*acct.db \(mode 0620\) can be changed by other users; chmod 600 it"
chmod 600 "$ACCT_DB"
chmod 777 "$TEST_DIR"
ok client list
expect_err_has "warning: directory .* \(mode 0777\) can be written by other users, who could replace the database; chmod 700 it"
chmod 700 "$TEST_DIR"
printf '[owner]\nname = "Test"\n' >"$TEST_DIR/shared.toml"
chmod 666 "$TEST_DIR/shared.toml"
ok --config "$TEST_DIR/shared.toml" kpi --period 2026-Q4
expect_err_has "warning: config .*shared.toml \(mode 0666\) can be changed by other users, who could change your targets and rates; chmod 600 it"
chmod 644 "$TEST_DIR/shared.toml"
ok --config "$TEST_DIR/shared.toml" kpi --period 2026-Q4
check; [ -z "$ERR" ] || fail "warning on a config only readable by others: $ERR"
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

# A -wal beside the database that another user owns is never replayed: here one that
# renames the client (made on a copy, as an attacker would), owned by uid 12345.
if [ "$(id -u)" -eq 0 ]; then
  cp "$ACCT_DB" "$TEST_DIR/attack.db"
  /usr/bin/python3 - "$TEST_DIR/attack.db" "$ACCT_DB-wal" <<'PY'
import shutil, sqlite3, sys
db = sqlite3.connect(sys.argv[1], isolation_level=None)
db.execute("PRAGMA journal_mode = WAL")
db.execute("PRAGMA wal_autocheckpoint = 0")
db.execute("UPDATE client SET name = 'Hijacked' WHERE name = 'Acme SRL'")
shutil.copy(sys.argv[1] + "-wal", sys.argv[2])
PY
  chown 12345 "$ACCT_DB-wal"
  fails 1 "refusing database .*acct.db\"?: .*acct.db-wal\"? belongs to another user \(uid 12345\); remove it once no acct is running" client list
  rm -f "$ACCT_DB-wal" "$ACCT_DB-shm"
  ok client list --csv
  expect_out_has "Acme SRL"
  expect_out_lacks "Hijacked"
fi

# No prompts: stdin closed or not a terminal changes nothing.
run client list --csv </dev/null; check; [ "$CODE" -eq 0 ] || fail "stdin closed"

finish
