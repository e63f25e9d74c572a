# Static checks of the sources: no SQL built from values, no shell-outs.
source "$(dirname "$0")/lib.sh"
check
if ! problems=$(/usr/bin/python3 "$ACCT_SOURCE_DIR/tools/check_sql.py" "$ACCT_SOURCE_DIR/src"); then
  fail "unsafe SQL or shell-outs in src/:
$problems"
fi
finish
