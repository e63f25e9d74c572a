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

finish
