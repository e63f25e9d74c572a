# Static checks of the sources: no SQL built from values, no shell-outs.
source "$(dirname "$0")/lib.sh"
check
if ! problems=$(/usr/bin/python3 "$ACCT_SOURCE_DIR/tools/check_sql.py" "$ACCT_SOURCE_DIR/src"); then
  fail "unsafe SQL or shell-outs in src/:
$problems"
fi

# The checker itself: fixed fragments pass, in any +, ternary or parenthesised mix; a
# value anywhere in the text fails, however deep in nested choices.
checker() { /usr/bin/python3 "$ACCT_SOURCE_DIR/tools/check_sql.py" "$1" >/dev/null; }
n=0
while IFS= read -r line; do
  n=$((n + 1)); mkdir -p "$TEST_DIR/fixed$n"; printf 'void f() { %s }\n' "$line" >"$TEST_DIR/fixed$n/a.cpp"
  check; checker "$TEST_DIR/fixed$n" || fail "check_sql.py refuses fixed SQL: $line"
done <<'CPP'
SQLite::Statement q(db, std::string(k_a) + (x ? k_b : "AND y ") + (z ? k_c[i] : "") + "ORDER BY 1");
SQLite::Statement q(db, a ? (b ? k_x : "y") : std::string(k_z) + "w");
db.exec(std::string(deals ? k_one : k_other));
SQLite::Statement q(db, "SELECT ?1, '?' FROM t WHERE a = ? ");
CPP
n=0
while IFS= read -r line; do
  n=$((n + 1)); mkdir -p "$TEST_DIR/value$n"; printf 'void f() { %s }\n' "$line" >"$TEST_DIR/value$n/a.cpp"
  check; ! checker "$TEST_DIR/value$n" || fail "check_sql.py accepts SQL built from a value: $line"
done <<'CPP'
SQLite::Statement q(db, std::string(k_a) + (x ? k_b : name) + "ORDER BY 1");
SQLite::Statement q(db, std::string(k_a) + (open ? k_b : x < y ? name : k_c));
SQLite::Statement q(db, (open ? k_b : limit < 1 ? name : k_c));
db.exec(std::string(open ? k_b : n < 1 ? name : k_c));
db.exec(std::string(k_a) + (c == ')' ? "" : "") + name);
SQLite::Statement q(db, a ? (b ? k_x : name) : std::string(k_z) + "w");
SQLite::Statement q(db, x ? k_a );
CPP
# Schema versions 3-8 shipped as no-op comments: a database at version 8 never runs them
# again, so filling one in would silently skip it on existing files. Add version 9 and on.
check
for v in 3 4 5 6 7 8; do
  grep -qE "^constexpr std::string_view k_v$v = \"-- version $v: [a-z -]+\";$" "$ACCT_SOURCE_DIR/src/store/schema.cpp" ||
    fail "schema version $v must stay a comment (databases at version 8 have passed it): add a new version at the end instead"
done

# The project stands on its own: no pointer to a design document outside the repository
# (cite the man page or a docs/ note).
check
outside=$(cd "$ACCT_SOURCE_DIR" && grep -rlE 'DESIGN(\.md| sections? [0-9])|\.\./shared' src tests/unit tests/fuzz bench Makefile tools man docs README.md 2>/dev/null)
[ -z "$outside" ] || fail "references to a document outside the repository in: $outside"

# The layers keep their jobs: SQLite is known only to src/store/ (store/errors.h turns its
# exceptions into the project's), and only src/output/ and src/cli/ print.
check
sqlite_outside=$(cd "$ACCT_SOURCE_DIR" && grep -rlE '#include <(SQLiteCpp/|sqlite3\.h)|SQLite::' src --include='*.cpp' --include='*.h' | grep -v '^src/store/')
[ -z "$sqlite_outside" ] || fail "SQLiteCpp used outside src/store/ in: $sqlite_outside"
check
printing=$(cd "$ACCT_SOURCE_DIR" && grep -rnE 'fmt::print|std::(cout|cerr|clog|puts|printf)|(^|[^:a-z_])(printf|fprintf|puts|fputs|fwrite|putchar)\(' src --include='*.cpp' --include='*.h' | grep -vE '^src/(output|cli)/')
[ -z "$printing" ] || fail "printing outside src/output/ and src/cli/ (core, store and config return values):
$printing"

finish
