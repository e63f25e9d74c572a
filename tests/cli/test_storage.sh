# How acct treats its files on every open: the database is switched to WAL mode whatever
# mode it was found in; a database, -wal or -shm owned by another user is refused; files
# and directories others can write draw a warning saying how to fix them.
source "$(dirname "$0")/lib.sh"

ok -q init
ok -q client add "Acme SRL"

# WAL mode on every open, a read included: a file switched back to rollback mode (as a
# killed init or another program leaves it), an empty file, a file made by sqlite3.
expect_eq "$(sqlite3 "$ACCT_DB" 'PRAGMA journal_mode=delete')" delete "the file is in rollback mode"
ok client list
expect_eq "$(sqlite3 "$ACCT_DB" 'PRAGMA journal_mode')" wal "a read switched it to WAL"
sqlite3 "$ACCT_DB" 'PRAGMA journal_mode=delete' >/dev/null
ok -q client add "Globex"
expect_eq "$(sqlite3 "$ACCT_DB" 'PRAGMA journal_mode')" wal "a write switched it to WAL"
expect_eq "$(sql 'SELECT count(*) FROM client')" 2 "rows kept through the switches"
: >"$TEST_DIR/empty.db"; chmod 600 "$TEST_DIR/empty.db"
ok --db "$TEST_DIR/empty.db" client list
expect_eq "$(sqlite3 "$TEST_DIR/empty.db" 'PRAGMA journal_mode')" wal "an empty file switched to WAL"
expect_eq "$(sqlite3 "$TEST_DIR/empty.db" 'PRAGMA user_version')" "$(grep -oE 'k_schema_version = [0-9]+' "$ACCT_SOURCE_DIR/src/store/database.h" | grep -oE '[0-9]+$')" "an empty file got the schema"

finish
