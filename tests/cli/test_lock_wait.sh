# A writer waits for another process's write lock as long as the longest write can take
# (well past SQLite's usual seconds), saying so once on a terminal; a read and an import
# --dry-run take no write lock, so they finish while another process holds it.
source "$(dirname "$0")/lib.sh"

ok -q init
ok -q client add "Acme SRL"
printf 'client,amount,title\nAcme SRL,10,dry one\nAcme SRL,20,dry two\n' >"$TEST_DIR/deals.csv"

# hold SECONDS: another process takes the write lock (BEGIN IMMEDIATE), keeps it SECONDS,
# then writes a client and commits; returns once the lock is held.
hold() {
  rm -f "$TEST_DIR/held"
  python3 - "$ACCT_DB" "$1" "$TEST_DIR/held" <<'PY' &
import sqlite3, sys, time
db = sqlite3.connect(sys.argv[1], isolation_level=None)
db.execute("BEGIN IMMEDIATE")
open(sys.argv[3], "w").close()
time.sleep(float(sys.argv[2]))
name = "Held " + sys.argv[2]
db.execute("INSERT INTO client(name, name_key, tier, currency, created_on) VALUES (?, lower(?), 'B', 'EUR', '2026-11-23')",
           (name, name))
db.execute("COMMIT")
PY
  holder=$!
  while [ ! -e "$TEST_DIR/held" ]; do sleep 0.05; done
}

hold 12
ok import --dry-run deals "$TEST_DIR/deals.csv"
expect_err_has "dry run: would import 2 deals"
ok --csv deal list
check; kill -0 "$holder" 2>/dev/null || fail "the dry run and the read did not finish while the lock was held"
start=$(date +%s.%N)
ok -q deal log Acme 100 --title "after the wait"
waited=$(echo "$(date +%s.%N) - $start" | bc)
check; [ "$(echo "$waited > 10" | bc)" = 1 ] || fail "the write did not wait past 10 s (${waited}s)"
wait "$holder"
expect_eq "$(sql "SELECT group_concat(title) FROM deal")" "after the wait" "the write landed, the dry run wrote nothing"
expect_eq "$(sql "SELECT count(*) FROM client WHERE name = 'Held 12'")" 1 "the holder's write landed too"

# On a terminal the wait is said once on stderr; without one (cron) nothing is said.
hold 3
OUT=$(python3 -c 'import pty, sys; sys.exit(pty.spawn(sys.argv[1:]) >> 8)' "$ACCT_BIN" deal log Acme 5 2>&1); CODE=$?
check; [ "$CODE" -eq 0 ] || fail "a write on a terminal during a lock"
expect_eq "$(printf '%s\n' "$OUT" | grep -c 'waiting for another acct to finish writing')" 1 "the wait said once on a terminal"
wait "$holder"
hold 2
ok -q deal log Acme 6
expect_eq "$ERR" "" "no wait message without a terminal"
wait "$holder"
expect_eq "$(sql "SELECT count(*) FROM deal")" 3 "every write landed"

finish
