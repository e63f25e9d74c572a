# Hostile inputs: an import FILE that is a FIFO, device or directory is refused without
# blocking; names and dates are bounded, on input and in what acct prints.
source "$(dirname "$0")/lib.sh"
DATA="$ACCT_SOURCE_DIR/tests/cli/data"

ok -q init
ok -q client add "Acme SRL"

# Import FILE: a regular file, or - for standard input. Made here, never the real /dev nodes.
mkfifo "$TEST_DIR/deals.csv"
fails_unchanged 1 "cannot read '.*deals.csv': not a regular file" import deals "$TEST_DIR/deals.csv"
check; [ -p "$TEST_DIR/deals.csv" ] || fail "the FIFO is no longer a FIFO"
fails_unchanged 1 "cannot read '.*': it is a directory" import deals "$TEST_DIR"
if [ "$(id -u)" -eq 0 ]; then
  mknod "$TEST_DIR/zero.csv" c 1 5
  fails_unchanged 1 "cannot read '.*zero.csv': not a regular file" import deals "$TEST_DIR/zero.csv"
  check; [ -c "$TEST_DIR/zero.csv" ] || fail "the device is no longer a device"
fi
fails_unchanged 1 "cannot read '.*missing.csv': No such file or directory" import deals "$TEST_DIR/missing.csv"
printf 'client,amount,date\nAcme SRL,10,2026-11-01\n' | "$ACCT_BIN" -q import deals - ; check
expect_eq "$(sql "SELECT count(*) FROM deal")" 1 "a pipe on - still imports"
ok -q import deals "$DATA/deals.csv" --create-clients

# Names: at most 200 characters; a long one is refused naming the field and the limit,
# its echo cut short (a command line argument is at most 128 KiB; a file cell has no limit).
long=$(head -c 100000 /dev/zero | tr '\0' 'x')
run client add "$long"; check
[ "$CODE" -eq 2 ] || fail "a 100 kB name: expected exit 2"
expect_eq "$ERR" "acct: error: invalid client name '$(printf 'x%.0s' $(seq 60))…': 100000 characters; at most 200"
{ echo name; head -c 1048576 /dev/zero | tr '\0' 'z'; echo; } >"$TEST_DIR/huge.csv"
run import clients "$TEST_DIR/huge.csv"; check
[ "$CODE" -eq 2 ] || fail "a 1 MB name in a file: expected exit 2"
expect_err_has "huge.csv:2: name: invalid client name 'z{60}…': 1048576 characters; at most 200"
check; [ "${#ERR}" -lt 400 ] || fail "the error echoes the whole name (${#ERR} bytes)"
fails_unchanged 2 "invalid contact name 'x{60}…': 201 characters; at most 200" contact add Acme "$(printf 'x%.0s' $(seq 201))"
fails_unchanged 2 "invalid client name .*: 201 characters; at most 200" client edit 1 --name "$(printf 'ä%.0s' $(seq 201))"
ok -q client add "$(printf 'ä%.0s' $(seq 200))"
printf 'name\n%s\n' "$(printf 'y%.0s' $(seq 201))" >"$TEST_DIR/long.csv"
fails_unchanged 2 "long.csv:2: name: invalid client name 'y{60}…': 201 characters; at most 200" import clients "$TEST_DIR/long.csv"

# Dates: years 1900 to 9999, in what is typed and in what is computed from it.
fails_unchanged 2 "invalid date '1899-12-31': dates run from 1900-01-01 to 9999-12-31" deal log Acme 10 --date 1899-12-31
fails_unchanged 2 "invalid date '\+1d': dates run from 1900-01-01 to 9999-12-31" --today 9999-12-31 deal add Acme T 10 --close +1d
fails_unchanged 2 "invalid date '0001-01-01': dates run from 1900-01-01 to 9999-12-31" invoice add Acme 10 --due 0001-01-01
fails 2 "invalid week 'next': it ends after 9999-12-31, the last date acct handles" --today 9999-12-31 plan --week next
check; case "$ERR" in *10000*) fail "printed a year 10000";; esac
fails 2 "it ends after 9999-12-31" --today 9999-12-31 plan
fails 2 "invalid plan range '9999-12-30 \+ 7 days': it ends after 9999-12-31" plan --from 9999-12-30 --days 7
fails 2 "invalid period 'next-year': it ends after 9999-12-31" --today 9999-06-01 kpi --period next-year
fails 2 "invalid period '1899': it starts before 1900-01-01" report sales --period 1899
ok --today 9999-12-20 plan --week this
expect_out_has "9999-W51"
check; case "$OUT" in *10000*) fail "plan printed a year 10000";; esac
printf 'client,amount,date\nAcme SRL,10,1850-01-01\n' >"$TEST_DIR/old.csv"
fails_unchanged 2 "old.csv:2: date: invalid date '1850-01-01': dates run from 1900-01-01 to 9999-12-31" import deals "$TEST_DIR/old.csv"
# A case opened on the last day: kpi of the year 9999 counts it (the day after would
# be "10000-01-01", which sorts before every 9999 date).
ok -q --today 9999-12-31 case open 1 "Late" --at 9999-12-31T10:00
ok -q --today 9999-12-31 case respond 1 --at 9999-12-31T11:30
ok --today 9999-12-31 --csv kpi --period 9999
expect_out_has "response|90"

finish
