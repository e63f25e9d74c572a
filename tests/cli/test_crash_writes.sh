# kill -9 at any point of a single write or of a migration leaves a database that passes
# integrity_check and holds all or nothing of the command: a deal logged is journaled
# (undo can take it back), a migration is either not begun or complete. The import case
# is tests/cli/test_import_crash.sh. ACCT_CRASH_ROUNDS sets the rounds (default 5; CI 20).
source "$(dirname "$0")/lib.sh"
ROUNDS=${ACCT_CRASH_ROUNDS:-5}

# Single writes: each round starts a burst of deal logs and kills one of them mid-way.
ok -q init
ok -q client add "Acme SRL"
for round in $(seq 1 $((ROUNDS * 4))); do
  "$ACCT_BIN" -q deal log Acme "$round" --title "crash $round" >/dev/null 2>&1 &
  pid=$!
  # From 0 to 19 ms: before the open, inside the transaction, at the commit, after it.
  sleep "0.0$((RANDOM % 20 / 10))$((RANDOM % 10))"
  kill -KILL "$pid" 2>/dev/null
  wait "$pid" 2>/dev/null
  integrity=$(sqlite3 "$ACCT_DB" "pragma integrity_check")
  expect_eq "$integrity" "ok" "integrity after killing deal log, round $round"
done
deals=$(sql "SELECT count(*) FROM deal")
entries=$(sql "SELECT count(*) FROM journal WHERE command LIKE 'acct -q deal log%'")
expect_eq "$entries" "$deals" "every deal that landed has its journal entry, and no entry lacks its deal"
expect_eq "$(sql "SELECT count(*) FROM deal WHERE amount != CAST(substr(title, 7) AS INTEGER) * 100")" "0" \
  "no deal landed half-written"
ok client show Acme   # the first-won facts and the card still agree with the deals
if [ "$deals" -gt 0 ]; then
  ok -q undo --yes
  expect_eq "$(sql "SELECT count(*) FROM deal")" "$((deals - 1))" "undo after the kills takes back the last deal"
fi

# Migrations: a version-1 database with 150 000 deals, killed while it is brought to the
# current schema, is either untouched (version 1, every row) or fully migrated.
V1="$TEST_DIR/v1.db"
sqlite3 "$V1" <"$ACCT_SOURCE_DIR/tests/cli/data/schema_v1.sql"; check
sqlite3 "$V1" "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 150000)
  INSERT INTO deal (client_id, title, amount, currency, stage, product, kind, closed_on, created_on, stage_changed_on)
  SELECT (SELECT min(id) FROM client), 'bulk ' || i, i, 'EUR', 'won', 'p' || (i % 7), 'new',
         printf('2025-%02d-%02d', i % 12 + 1, i % 28 + 1), '2025-01-01', '2025-01-01' FROM n"
chmod 600 "$V1"
rows=$(sqlite3 "$V1" "SELECT count(*) FROM deal")
current=""
for round in $(seq 1 "$ROUNDS"); do
  cp "$V1" "$TEST_DIR/m.db"
  "$ACCT_BIN" --db "$TEST_DIR/m.db" deal list --csv >/dev/null 2>&1 &
  pid=$!
  sleep "0.$((round * 37 % 9))$((RANDOM % 10))"
  kill -KILL "$pid" 2>/dev/null
  wait "$pid" 2>/dev/null
  expect_eq "$(sqlite3 "$TEST_DIR/m.db" "pragma integrity_check")" "ok" "integrity after killing the migration, round $round"
  version=$(sqlite3 "$TEST_DIR/m.db" "PRAGMA user_version")
  expect_eq "$(sqlite3 "$TEST_DIR/m.db" "SELECT count(*) FROM deal")" "$rows" "deals after killing the migration, round $round"
  if [ "$version" != 1 ]; then
    current=$version
    expect_eq "$(sqlite3 "$TEST_DIR/m.db" "SELECT count(*) FROM sqlite_master WHERE name = 'first_won'")" "1" \
      "a migrated file has its later tables, round $round"
  fi
  # Whatever the kill left, the next open completes the migration and keeps every row.
  ok --db "$TEST_DIR/m.db" client list --csv
  expect_eq "$(sqlite3 "$TEST_DIR/m.db" "SELECT count(*) FROM deal")" "$rows" "deals after the next open, round $round"
done
echo "migration rounds: $ROUNDS (${current:+some killed after the commit, }schema now $(sqlite3 "$TEST_DIR/m.db" "PRAGMA user_version"))"

finish
