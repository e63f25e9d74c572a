# acct init, config check, config show; config errors; the schema version guard.
source "$(dirname "$0")/lib.sh"

# init creates the database and the starter config, privately, and is idempotent.
ok init
expect_err_has "wrote a commented starter config"
expect_err_has "created database"
check; [ -f "$ACCT_DB" ] || fail "init did not create the database"
check; cmp -s "$ACCT_CONFIG" "$ACCT_SOURCE_DIR/examples/config.toml" || fail "starter config differs from examples/config.toml"
expect_eq "$(stat -c %a "$ACCT_DB")" 600 "database mode"
expect_eq "$(sqlite3 "$ACCT_DB" 'PRAGMA journal_mode')" wal "journal mode"
before=$(db_dump); cfg_before=$(cat "$ACCT_CONFIG")
ok init
expect_err_has "exists; left as it is"
expect_eq "$(db_dump)" "$before" "second init changed the database"
expect_eq "$(cat "$ACCT_CONFIG")" "$cfg_before" "second init changed the config"

# The starter config is never written through a symbolic link nor over a file.
ln -s "$TEST_DIR/link-target.toml" "$TEST_DIR/dangling.toml"
fails 1 "config '.*dangling.toml' is a symbolic link to a missing file" --config "$TEST_DIR/dangling.toml" \
  --db "$TEST_DIR/dangling.db" init
check; [ ! -e "$TEST_DIR/link-target.toml" ] || fail "init created the target of a dangling link"
check; [ -L "$TEST_DIR/dangling.toml" ] || fail "init replaced the dangling link"
printf '[plan]\ncalls_per_day = 3\n' >"$TEST_DIR/real.toml"
ln -s "$TEST_DIR/real.toml" "$TEST_DIR/good-link.toml"
ok --config "$TEST_DIR/good-link.toml" --db "$TEST_DIR/link.db" init
expect_err_has "good-link.toml exists; left as it is"
expect_eq "$(cat "$TEST_DIR/real.toml")" "$(printf '[plan]\ncalls_per_day = 3')" "init left a linked config alone"

# A config that is a FIFO, a device or a directory is refused at once, never read from
# (a FIFO would block). Made here, never the real /dev nodes.
mkfifo "$TEST_DIR/fifo.toml"
fails 1 "cannot read config .*fifo.toml: not a regular file" --config "$TEST_DIR/fifo.toml" config check
fails 1 "cannot read config .*fifo.toml: not a regular file" --config "$TEST_DIR/fifo.toml" --db "$TEST_DIR/fifo.db" init
check; [ -p "$TEST_DIR/fifo.toml" ] || fail "the FIFO config is no longer a FIFO"
fails 1 "cannot read config .*: is a directory" --config "$TEST_DIR" config check
if [ "$(id -u)" -eq 0 ]; then
  mknod "$TEST_DIR/zero.toml" c 1 5
  fails 1 "cannot read config .*zero.toml: not a regular file" --config "$TEST_DIR/zero.toml" config check
  check; [ -c "$TEST_DIR/zero.toml" ] || fail "the device config is no longer a device"
fi

# Default paths follow XDG, with a private directory.
(
  unset ACCT_DB ACCT_CONFIG
  export XDG_DATA_HOME="$TEST_DIR/xdg-data" XDG_CONFIG_HOME="$TEST_DIR/xdg-config"
  "$ACCT_BIN" -q init
) ; check
[ -f "$TEST_DIR/xdg-data/acct/acct.db" ] || fail "XDG_DATA_HOME not used"
[ -f "$TEST_DIR/xdg-config/acct/config.toml" ] || fail "XDG_CONFIG_HOME not used"
expect_eq "$(stat -c %a "$TEST_DIR/xdg-data/acct")" 700 "data directory mode"
(
  unset ACCT_DB ACCT_CONFIG XDG_DATA_HOME XDG_CONFIG_HOME
  "$ACCT_BIN" -q init
) ; check
[ -f "$HOME/.local/share/acct/acct.db" ] || fail "HOME/.local/share not used"

# Precedence: the flag beats the environment.
ok --db "$TEST_DIR/flag.db" client add "Flag Client"
check; [ -f "$TEST_DIR/flag.db" ] || fail "--db not used"
ok client list --csv
expect_out_lacks "Flag Client"

# config check and show.
ok config check
expect_err_has "config.toml: ok"
ok config show
expect_out_has '^calls_per_day = 8$'
expect_out_has '^\[tiers.A\]$'
printf '%s\n' "$OUT" > "$TEST_DIR/shown.toml"
ok --config "$TEST_DIR/shown.toml" config check

# Config errors give file:line:column and the key, exit 2.
printf '[plan]\ncalls_per_day = "eight"\n' > "$TEST_DIR/bad.toml"
fails 2 "bad.toml:2:[0-9]+: plan.calls_per_day" --config "$TEST_DIR/bad.toml" config check
printf '[plan]\ncals_per_day = 3\n' > "$TEST_DIR/bad.toml"
fails 2 "bad.toml:2:[0-9]+: plan.cals_per_day: unknown key" --config "$TEST_DIR/bad.toml" config check
printf '[plan\n' > "$TEST_DIR/bad.toml"
fails 2 "bad.toml:1" --config "$TEST_DIR/bad.toml" config check
printf '[tiers.A]\ncadence_days = 30\nweight = 1\n[tiers.B]\ncadence_days = 7\nweight = 2\n' > "$TEST_DIR/bad.toml"
fails 2 "bad.toml:[0-9]+:[0-9]+: tiers" --config "$TEST_DIR/bad.toml" config check
# A broken config stops writers before they write.
fails_unchanged 2 "bad.toml" --config "$TEST_DIR/bad.toml" client add "Never Written"
fails 2 "config file '.*missing.toml' does not exist" --config "$TEST_DIR/missing.toml" config check

# A database from a newer acct is refused, and left alone.
version=$(sqlite3 "$ACCT_DB" 'PRAGMA user_version')
sqlite3 "$ACCT_DB" 'PRAGMA user_version = 99'
fails_unchanged 1 "schema version 99, newer than this acct" client list
fails_unchanged 1 "schema version 99" client add "Newer"
sqlite3 "$ACCT_DB" "PRAGMA user_version = $version"

# Read commands do not create a database.
fails 1 "no database at .*nothing.db.*acct init" --db "$TEST_DIR/nothing.db" client list
check; [ ! -e "$TEST_DIR/nothing.db" ] || fail "a read command created a database"

# Usage errors exit 2 and name the value.
fails 2 "--frobnicate" --frobnicate client list
fails 2 "" frobnicate
fails 2 "invalid format 'xml'" --format xml client list
fails 2 "invalid date 'someday'" --today someday client list
run --version; check; [ "$CODE" -eq 0 ] && printf '%s' "$OUT" | grep -qE '^[0-9]+\.[0-9]+\.[0-9]+' || fail "--version"
run --help; check; [ "$CODE" -eq 0 ] && printf '%s' "$OUT" | grep -q "client" || fail "--help"
run client add --help; check; [ "$CODE" -eq 0 ] && printf '%s' "$OUT" | grep -q -- "--credit-limit" || fail "client add --help"

finish
