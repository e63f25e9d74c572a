# A full or closed stderr never aborts acct nor changes its exit code; a write that
# committed is never reported as a failure, even when its id cannot be printed.
source "$(dirname "$0")/lib.sh"
DATA="$ACCT_SOURCE_DIR/tests/cli/data"

# exit_code_with REDIRECT ARGS...: runs acct with stderr sent to /dev/full or closed and
# stdout to a file; prints the exit code.
exit_code_with() {
  local redirect=$1; shift
  case $redirect in
    full) "$ACCT_BIN" "$@" >"$TEST_DIR/stdout" 2>/dev/full ;;
    closed) "$ACCT_BIN" "$@" >"$TEST_DIR/stdout" 2>&- ;;
  esac
  echo $?
}

# expect_code_without_stderr CODE ARGS...: the same exit code with stderr full and closed.
expect_code_without_stderr() {
  local code=$1 redirect; shift
  for redirect in full closed; do
    expect_eq "$(exit_code_with "$redirect" "$@")" "$code" "exit code of 'acct $*' with stderr $redirect"
  done
}

expect_code_without_stderr 0 init
expect_code_without_stderr 0 config check
expect_eq "$(exit_code_with full client add "Acme SRL" --tier A)" 0 "client add with stderr full"
expect_eq "$(exit_code_with closed client add "Beta SRL")" 0 "client add with stderr closed"
expect_eq "$(sql "SELECT count(*) FROM client")" 2 "each client written once"
expect_code_without_stderr 1 client add "Acme SRL"
expect_code_without_stderr 0 deal log acme 100
expect_eq "$(cat "$TEST_DIR/stdout")" "2" "the id is still printed"
expect_code_without_stderr 0 deal add acme "Renewal" 5000
expect_code_without_stderr 0 touch acme call "Talked"
expect_code_without_stderr 0 invoice add acme 100 --due +30d
expect_code_without_stderr 0 import clients "$DATA/clients.csv" --on-duplicate skip
expect_code_without_stderr 2 import clients "$DATA/header-deals.csv"
expect_code_without_stderr 0 backup --force "$TEST_DIR/copy.db"
expect_code_without_stderr 0 client list
expect_code_without_stderr 0 plan
expect_code_without_stderr 0 kpi
expect_code_without_stderr 0 report sales
expect_code_without_stderr 1 client show nobody
expect_code_without_stderr 2 client add ""
expect_code_without_stderr 2 --frobnicate client list
expect_code_without_stderr 2 --today someday client list

# stdout full or closed: the record was written, so exit 0 and name its id on stderr.
before=$(sql "SELECT count(*) FROM client")
"$ACCT_BIN" client add "Full Disk" >/dev/full 2>"$TEST_DIR/err"; code=$?
expect_eq "$code" 0 "client add with stdout full"
check; grep -qE "^acct: warning: the record was written, with id [0-9]+, but its id could not be printed: error writing to standard output: No space left on device$" "$TEST_DIR/err" ||
  fail "no id on stderr for a full stdout: $(cat "$TEST_DIR/err")"
id=$(sql "SELECT id FROM client WHERE name = 'Full Disk'")
check; grep -q "with id $id," "$TEST_DIR/err" || fail "stderr names another id than $id: $(cat "$TEST_DIR/err")"
"$ACCT_BIN" deal log "full disk" 1 >&- 2>"$TEST_DIR/err"; code=$?
expect_eq "$code" 0 "deal log with stdout closed"
check; grep -qE "the record was written, with id [0-9]+, .*Bad file descriptor" "$TEST_DIR/err" ||
  fail "no id on stderr for a closed stdout: $(cat "$TEST_DIR/err")"
"$ACCT_BIN" -q touch "full disk" call "Lost id" >&- 2>&-; code=$?
expect_eq "$code" 0 "touch with stdout and stderr closed"
expect_eq "$(sql "SELECT count(*) FROM client")" "$((before + 1))" "each record written once"
expect_eq "$(sql "SELECT count(*) FROM touch WHERE summary = 'Lost id'")" 1 "the touch was written"
# A closed stdout never becomes a file acct opens: the database stays intact.
expect_eq "$(sqlite3 "$ACCT_DB" "PRAGMA integrity_check")" "ok" "database intact after closed stdout"

# A read that cannot print is still an error (nothing was written, so nothing is lost).
"$ACCT_BIN" client list --csv >/dev/full 2>/dev/null; code=$?
expect_eq "$code" 1 "client list to a full stdout"
"$ACCT_BIN" client list --csv >&- 2>&-; code=$?
expect_eq "$code" 1 "client list to a closed stdout"

finish
