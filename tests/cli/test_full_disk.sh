# A full disk, for real: the database on a 4 MiB tmpfs (mounted as root; skipped with a
# message otherwise). A write that does not fit fails with one line and exit 1 and keeps
# nothing of itself; every earlier write, the reads and the integrity stay; a backup that
# does not fit leaves no temporary file; once space is freed, the same write succeeds.
source "$(dirname "$0")/lib.sh"

if [ "$(id -u)" -ne 0 ]; then
  echo "skipped: the full-disk test mounts a tmpfs, which needs root"
  finish
fi
MNT="$TEST_DIR/small"
mkdir "$MNT"
if ! mount -t tmpfs -o size=4m,mode=0700 tmpfs "$MNT" 2>"$TEST_DIR/mount.err"; then
  echo "skipped: cannot mount a tmpfs here: $(cat "$TEST_DIR/mount.err")"
  finish
fi
trap 'umount "$MNT" 2>/dev/null; rm -rf "$TEST_DIR"' EXIT
export ACCT_DB="$MNT/acct.db"

ok -q init
ok -q client add "Acme SRL"
dd if=/dev/zero of="$MNT/filler" bs=64k count=16 2>/dev/null   # 1 MiB to free later

batch() {  # batch N: 2 000 deals numbered from N
  awk -v from="$1" 'BEGIN { print "client,amount,date,title"; for (i = from; i < from + 2000; i++) printf "Acme SRL,%d,2026-10-01,\"deal %d, a title long enough to fill the disk sooner\"\n", i, i }'
}
kept=0
full=""
for n in $(seq 0 2000 200000); do
  batch "$n" >"$TEST_DIR/batch.csv"
  run -q import deals "$TEST_DIR/batch.csv"
  if [ "$CODE" -ne 0 ]; then full=$n; break; fi
  kept=$((kept + 2000))
done
check; [ -n "$full" ] || fail "the disk never filled"
expect_eq "$CODE" "1" "exit status of the import that did not fit"
expect_eq "$(printf '%s\n' "$ERR" | wc -l)" "1" "one line of error"
expect_err_has "(full|No space left)"
expect_eq "$(sqlite3 "$ACCT_DB" "pragma integrity_check")" "ok" "integrity after the full disk"
expect_eq "$(sqlite3 "$ACCT_DB" "select count(*) from deal")" "$kept" "every earlier import kept, nothing of the failed one"

# Reads keep working on the full disk; once not a block is left, a single write fails
# the same way.
ok kpi --period 2026-Q4 --csv
expect_out_has "^revenue,"
dd if=/dev/zero of="$MNT/filler2" bs=4k 2>/dev/null
run -q deal log Acme 5 --title "one more"
expect_eq "$CODE" "1" "deal log on a full disk"
expect_err_has "No space left on device"

# A backup onto the full disk fails and leaves no temporary file.
run -q backup "$MNT/copy.db"
expect_eq "$CODE" "1" "backup onto a full disk"
expect_eq "$(ls -A "$MNT" | grep -c '\.tmp-')" "0" "temporary files left by the failed backup"
check; [ ! -e "$MNT/copy.db" ] || fail "a partial backup was left"

# Space freed: the write that failed now succeeds.
rm -f "$MNT/filler" "$MNT/filler2"
expect_eq "$(sqlite3 "$ACCT_DB" "select count(*) from deal where title = 'one more'")" "0" "the failed deal log kept nothing"
expect_eq "$(sqlite3 "$ACCT_DB" "pragma integrity_check")" "ok" "integrity after the full disk"
batch "$full" >"$TEST_DIR/batch.csv"
ok -q import deals "$TEST_DIR/batch.csv"
expect_eq "$(sqlite3 "$ACCT_DB" "select count(*) from deal")" "$((kept + 2000))" "the import after freeing space"
expect_eq "$(sqlite3 "$ACCT_DB" "pragma integrity_check")" "ok" "integrity at the end"

finish
