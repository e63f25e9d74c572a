# Property test of the journal (tests/cli/undo_property.py): random sequences of writing
# commands, then `acct undo` until nothing is left, give back every record exactly.
# ACCT_UNDO_SEEDS sets the seeds (default three), ACCT_UNDO_STEPS the commands per seed.
source "$(dirname "$0")/lib.sh"

for seed in ${ACCT_UNDO_SEEDS:-1 2 3}; do
  rm -f "$ACCT_DB" "$ACCT_CONFIG"
  ok -q init
  check
  python3 "$ACCT_SOURCE_DIR/tests/cli/undo_property.py" "$ACCT_BIN" "$seed" "${ACCT_UNDO_STEPS:-60}" >"$TEST_DIR/out" 2>&1 ||
    fail "$(cat "$TEST_DIR/out")"
done

finish
