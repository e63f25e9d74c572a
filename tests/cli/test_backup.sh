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

finish
