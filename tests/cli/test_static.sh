# Static checks of the sources: no SQL built from values, no shell-outs.
source "$(dirname "$0")/lib.sh"
check
if ! problems=$(/usr/bin/python3 "$ACCT_SOURCE_DIR/tools/check_sql.py" "$ACCT_SOURCE_DIR/src"); then
  fail "unsafe SQL or shell-outs in src/:
$problems"
fi

# The checker itself: fixed fragments pass, in any +, ternary or parenthesised mix; a
# value anywhere in the text fails.
mkdir -p "$TEST_DIR/fixed" "$TEST_DIR/value"
cat >"$TEST_DIR/fixed/a.cpp" <<'CPP'
void f() { SQLite::Statement q(db, std::string(k_a) + (x ? k_b : "AND y ") + (z ? k_c[i] : "") + "ORDER BY 1"); }
CPP
cat >"$TEST_DIR/value/a.cpp" <<'CPP'
void f() { SQLite::Statement q(db, std::string(k_a) + (x ? k_b : name) + "ORDER BY 1"); }
CPP
check
/usr/bin/python3 "$ACCT_SOURCE_DIR/tools/check_sql.py" "$TEST_DIR/fixed" >/dev/null || fail "check_sql.py refuses fixed fragments"
check
! /usr/bin/python3 "$ACCT_SOURCE_DIR/tools/check_sql.py" "$TEST_DIR/value" >/dev/null || fail "check_sql.py accepts a value in a ternary"
finish
