# Helpers for the end-to-end tests: each test file sources this, then runs the built acct
# on a fresh temporary database with a pinned date, checking stdout, stderr and exit code.
# Run one file by hand: ACCT_BIN=build/acct ACCT_SOURCE_DIR=. bash tests/cli/test_x.sh
set -u

: "${ACCT_BIN:?set ACCT_BIN to the acct binary}"
: "${ACCT_SOURCE_DIR:=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)}"
ACCT_BIN=$(cd "$(dirname "$ACCT_BIN")" && pwd)/$(basename "$ACCT_BIN")

TEST_DIR=$(mktemp -d "${TMPDIR:-/tmp}/acct-test.XXXXXX")
trap 'rm -rf "$TEST_DIR"' EXIT
export HOME="$TEST_DIR/home"
mkdir -p "$HOME"
unset XDG_DATA_HOME XDG_CONFIG_HOME ACCT_FORMAT NO_COLOR CLICOLOR_FORCE
# English (man page: LANGUAGES), whatever the language of the shell; test_languages.sh sets them.
unset LANGUAGE LC_MESSAGES LANG ACCT_LOCALEDIR
export ACCT_DB="$TEST_DIR/acct.db"
export ACCT_CONFIG="$TEST_DIR/config.toml"
export ACCT_TODAY="${ACCT_TODAY:-2026-11-23}"   # a Monday
export LC_ALL=C.UTF-8

FAILURES=0
CHECKS=0
OUT="" ERR="" CODE=0

# run ARGS...: runs acct, capturing OUT, ERR and CODE.
run() {
  local o e
  o=$(mktemp "$TEST_DIR/out.XXXXXX"); e=$(mktemp "$TEST_DIR/err.XXXXXX")
  "$ACCT_BIN" "$@" >"$o" 2>"$e"
  CODE=$?
  OUT=$(cat "$o"); ERR=$(cat "$e")
  rm -f "$o" "$e"
}

# run_in TEXT ARGS...: like run with TEXT on stdin.
run_in() {
  local input=$1; shift
  local o e
  o=$(mktemp "$TEST_DIR/out.XXXXXX"); e=$(mktemp "$TEST_DIR/err.XXXXXX")
  printf '%s' "$input" | "$ACCT_BIN" "$@" >"$o" 2>"$e"
  CODE=$?
  OUT=$(cat "$o"); ERR=$(cat "$e")
  rm -f "$o" "$e"
}

fail() {
  FAILURES=$((FAILURES + 1))
  printf 'FAIL: %s\n' "$1" >&2
  printf '  command exit %s\n  stdout: %s\n  stderr: %s\n' "$CODE" "$OUT" "$ERR" >&2
}

check() { CHECKS=$((CHECKS + 1)); }

# ok ARGS...: acct must succeed.
ok() {
  run "$@"; check
  [ "$CODE" -eq 0 ] || fail "expected success: acct $*"
}

# fails CODE PATTERN ARGS...: acct must exit CODE with PATTERN (grep -E) on one stderr line.
fails() {
  local code=$1 pattern=$2; shift 2
  run "$@"; check
  if [ "$CODE" -ne "$code" ]; then fail "expected exit $code: acct $*"; return; fi
  if ! printf '%s\n' "$ERR" | grep -qE -- "$pattern"; then fail "stderr lacks /$pattern/: acct $*"; return; fi
  [ -z "$OUT" ] || fail "expected no stdout on failure: acct $*"
}

# fails_unchanged CODE PATTERN ARGS...: as fails, and the database is byte-for-byte the same.
fails_unchanged() {
  local before after
  before=$(db_dump)
  fails "$@"
  after=$(db_dump)
  [ "$before" = "$after" ] || fail "database changed by a failing command: acct ${*:3}"
}

db_dump() { [ -f "$ACCT_DB" ] && sqlite3 "$ACCT_DB" .dump || echo "(no database)"; }

# expect_out TEXT: stdout of the last run equals TEXT exactly.
expect_out() {
  check
  [ "$OUT" = "$1" ] || { fail "stdout differs"; diff <(printf '%s\n' "$1") <(printf '%s\n' "$OUT") >&2; }
}

# expect_out_has PATTERN / expect_err_has PATTERN (grep -E)
expect_out_has() { check; printf '%s\n' "$OUT" | grep -qE -- "$1" || fail "stdout lacks /$1/"; }
expect_out_lacks() { check; ! printf '%s\n' "$OUT" | grep -qE -- "$1" || fail "stdout has /$1/"; }
# run_terminal ANSWER COMMAND...: COMMAND on a pseudo-terminal, ANSWER typed at its
# [y/N] question (tests/cli/on_terminal.py); what the terminal showed in OUT.
run_terminal() { OUT=$(python3 "$ACCT_SOURCE_DIR/tests/cli/on_terminal.py" "$@"); CODE=$?; }
expect_err_has() { check; printf '%s\n' "$ERR" | grep -qE -- "$1" || fail "stderr lacks /$1/"; }
expect_eq() { check; [ "$1" = "$2" ] || fail "${3:-values differ}: expected '$2', got '$1'"; }

# sql QUERY: runs a read-only query on the test database.
sql() { sqlite3 "$ACCT_DB" "$1"; }

# golden NAME: compares OUT with tests/cli/golden/NAME; ACCT_UPDATE_GOLDEN=1 rewrites it.
golden() {
  local file="$ACCT_SOURCE_DIR/tests/cli/golden/$1"
  check
  if [ "${ACCT_UPDATE_GOLDEN:-0}" = 1 ]; then mkdir -p "$(dirname "$file")"; printf '%s\n' "$OUT" >"$file"; return; fi
  [ -f "$file" ] || { fail "missing golden file $file (run with ACCT_UPDATE_GOLDEN=1)"; return; }
  diff -u "$file" <(printf '%s\n' "$OUT") >&2 || fail "output differs from golden $1"
}

# finish: prints the summary line and sets the exit code.
finish() {
  printf '%s: %d passed, %d failed\n' "$(basename "$0" .sh)" $((CHECKS - FAILURES)) "$FAILURES"
  [ "$FAILURES" -eq 0 ]
}

# first_won_mismatches: rows in which first_won differs from what it caches (0 when right).
first_won_mismatches() {
  sql "SELECT count(*) FROM (
         SELECT * FROM (SELECT client_id, product, min(closed_on) FROM deal WHERE stage = 'won' GROUP BY 1, 2
                        EXCEPT SELECT client_id, product, won_on FROM first_won)
         UNION ALL
         SELECT * FROM (SELECT client_id, product, won_on FROM first_won
                        EXCEPT SELECT client_id, product, min(closed_on) FROM deal WHERE stage = 'won' GROUP BY 1, 2))"
}
