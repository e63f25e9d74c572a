# Forgiving command lines (man page: EXIT STATUS): a typo gets the nearest valid word, a
# bare group prints its help, and CLI11's raw messages are said in acct's words, naming the
# command, the argument and what it expects. Every usage error exits 2 with the hint of the
# deepest command typed, prints nothing on stdout and writes nothing.
source "$(dirname "$0")/lib.sh"
source "$(dirname "$0")/help_walk.sh"

ok -q init
ok -q client add "Acme SRL" --tier A
ok -q deal add acme "Pilot" 800 --product paints
DEAL=$OUT
ok -q invoice add acme 1200 --due 2026-12-20 --number INV-001
INVOICE=$OUT
ok -q touch acme call "asked for a quote"
expect_eq "$FAILURES" 0 "the portfolio was built"

# usage_error MESSAGE COMMAND ARGS...: exit 2; stderr is exactly "acct: error: MESSAGE" and
# "Run 'COMMAND --help' for usage."; no stdout; the database and `export deals` unchanged.
usage_error() {
  local message=$1 command=$2; shift 2
  local before after deals_before deals_after expected
  before=$(db_dump)
  deals_before=$("$ACCT_BIN" export deals)
  run "$@"; check
  after=$(db_dump)
  deals_after=$("$ACCT_BIN" export deals)
  expected="acct: error: $message
Run '$command --help' for usage."
  if [ "$CODE" -ne 2 ]; then fail "expected exit 2: acct $*"
  elif [ "$ERR" != "$expected" ]; then
    fail "stderr differs: acct $*"; diff <(printf '%s\n' "$expected") <(printf '%s\n' "$ERR") >&2
  elif [ -n "$OUT" ]; then fail "expected no stdout: acct $*"
  elif [ "$before" != "$after" ] || [ "$deals_before" != "$deals_after" ]; then fail "database changed: acct $*"
  fi
}

# --- commands: the nearest one, a unique prefix, or the list of that level -------------
usage_error "unknown command 'clinet'; did you mean 'client'?" acct clinet
usage_error "unknown command 'cli'; did you mean 'client'?" acct cli
usage_error "unknown command 'Client'; did you mean 'client'?" acct Client
usage_error "unknown command 'invocie'; did you mean 'invoice'?" acct invocie
usage_error "unknown command 'lsit' for 'acct client'; did you mean 'list'?" "acct client" client lsit
usage_error "unknown command 'ad' for 'acct deal'; did you mean 'add'?" "acct deal" deal ad
usage_error "unknown command 'salse' for 'acct report'; did you mean 'sales'?" "acct report" report salse
usage_error "unknown command 'xyz'; expected init, config, client, contact, deal, refund, touch, followup, invoice, payment, rate, case, plan, today, search, report, kpi, import, export, backup, undo, log or completion" acct xyz
usage_error "unknown command 'xyz' for 'acct client'; expected add, list, show, edit, delete, archive or unarchive" "acct client" client xyz
# Short words allow one edit, a single letter none; a word two letters off is not "near".
usage_error "unknown command 'c'; expected init, config, client, contact, deal, refund, touch, followup, invoice, payment, rate, case, plan, today, search, report, kpi, import, export, backup, undo, log or completion" acct c
usage_error "unknown command 'lxxt' for 'acct deal'; expected log, add, move, win, lose, refund, edit, reopen, delete or list" "acct deal" deal lxxt
# The hidden completion helper is never suggested.
usage_error "unknown command '__complet'; expected init, config, client, contact, deal, refund, touch, followup, invoice, payment, rate, case, plan, today, search, report, kpi, import, export, backup, undo, log or completion" acct __complet
# A typo of a subcommand is said before what went wrong after it.
usage_error "unknown command 'lsit' for 'acct deal'; did you mean 'list'?" "acct deal" deal lsit --prodcut x
# A typo in a writing command writes nothing.
usage_error "unknown command 'ad' for 'acct client'; did you mean 'add'?" "acct client" client ad "New Co"
# `touch REF KIND`: a first word near a subcommand is more likely a typo than a client.
usage_error "'acct touch' needs KIND after the client 'lsit'; did you mean 'acct touch list'?" "acct touch" touch lsit

# --- options: the command's own and the global ones, before or after it ----------------
usage_error "unknown option '--prodcut' for 'acct deal add'; did you mean '--product'?" "acct deal add" \
  deal add acme "Trial" 500 --prodcut paints
usage_error "unknown option '--prodcut' for 'acct deal add'; did you mean '--product'?" "acct deal add" \
  deal add acme "Trial" 500 --prodcut=paints
usage_error "unknown option '--prod' for 'acct deal add'; did you mean '--product'?" "acct deal add" \
  deal add acme "Trial" 500 --prod paints
usage_error "unknown option '--jsno' for 'acct client list'; did you mean '--json'?" "acct client list" client list --jsno
usage_error "unknown option '--jsno' for 'acct client list'; did you mean '--json'?" "acct client list" --jsno client list
usage_error "unknown option '--fromat' for 'acct deal list'; did you mean '--format'?" "acct deal list" deal list --fromat csv
usage_error "unknown option '--clinet' for 'acct deal list'; did you mean '--client'?" "acct deal list" deal list --clinet acme
usage_error "unknown option '--tierr' for 'acct client add'; did you mean '--tier'?" "acct client add" client add "New Co" --tierr A
usage_error "unknown option '--qiuet' for 'acct'; did you mean '--quiet'?" acct --qiuet
usage_error "unknown option '--prodcut' for 'acct deal list'; did you mean '--product'?" "acct deal list" deal list --prodcut x
# Nothing near among its options and the global ones: no guess.
usage_error "unknown option '--zzyzx' for 'acct deal list'" "acct deal list" deal list --zzyzx x
usage_error "unknown option '-x' for 'acct client list'" "acct client list" client list -x
usage_error "option '--tier' of 'acct client list' goes after 'list'" "acct client list" client --tier A list

# --- ids and other values ------------------------------------------------------------------
usage_error "invalid deal id 'F12': an id is a whole number (see 'acct deal list')" "acct deal edit" deal edit F12
usage_error "invalid deal id 'F12': an id is a whole number (see 'acct deal list')" "acct deal win" deal win F12
usage_error "invalid invoice id 'INV-001': an id is a whole number (see 'acct invoice list')" "acct invoice edit" \
  invoice edit INV-001 --amount 5
usage_error "invalid follow-up id 'x': an id is a whole number (see 'acct followup list')" "acct followup done" followup done x
usage_error "invalid touch id 'x': an id is a whole number (see 'acct touch list')" "acct touch edit" touch edit x --summary y
usage_error "invalid journal entry id 'last': an id is a whole number (see 'acct log')" "acct undo" undo last
usage_error "invalid --days 'x': expected a whole number" "acct plan" plan --days x
usage_error "invalid --deal 'x': expected a whole number" "acct invoice add" invoice add acme 5 --due fri --deal x
usage_error "invalid --all 'maybe': a flag takes no value (or true or false)" "acct client list" client list --all=maybe
# invoice pay takes an invoice number as well as an id.
ok -q invoice pay INV-001 --amount 100
ok -q invoice pay "$INVOICE" --amount 100

# --- arguments missing, unexpected, or not together ----------------------------------------
usage_error "'acct invoice add' needs --due DATE" "acct invoice add" invoice add acme 100
usage_error "'acct invoice add' needs REF, AMOUNT and --due DATE" "acct invoice add" invoice add
usage_error "'acct deal lose' needs --reason TEXT" "acct deal lose" deal lose "$DEAL"
usage_error "'acct client show' needs REF: client id, name or unique part of the name" "acct client show" client show
usage_error "'acct touch' needs KIND: call, visit, meeting, email, message or note" "acct touch" touch acme
usage_error "'acct touch' needs REF: client id, name or unique part of the name" "acct touch" touch --date fri
usage_error "unexpected argument 'extra' for 'acct client show'" "acct client show" client show 1 extra
usage_error "unexpected argument '2' for 'acct deal edit'" "acct deal edit" deal edit "$DEAL" 2 --title x
usage_error "--client needs a value: only this client's deals" "acct deal list" deal list --client
usage_error "--format needs a value: output format: table, csv, tsv, json, xlsx (plan: also ics)" acct --format
usage_error "--db takes one value, got several" "acct client list" --db a --db b client list
usage_error "--week and --days cannot be used together" "acct plan" plan --week next --days 3

# --- a bare group prints its help, exit 0 -----------------------------------------------------
run; check
[ "$CODE" -eq 0 ] && [ -z "$ERR" ] && [ "$OUT" = "$("$ACCT_BIN" --help)" ] || fail "acct alone prints its help"
groups=0
for top in $(help_subcommands); do
  [ -n "$(help_subcommands "$top")" ] || continue
  groups=$((groups + 1))
  run "$top"; check
  [ "$CODE" -eq 0 ] && [ -z "$ERR" ] && [ -n "$OUT" ] && [ "$OUT" = "$("$ACCT_BIN" "$top" --help)" ] ||
    fail "acct $top prints its help"
done
expect_eq "$([ "$groups" -ge 10 ] && echo yes)" yes "walking --help found the groups ($groups)"
ok -q client
expect_out_has '^Usage: acct client '
ok report
expect_out_has '^  sales '
ok touch
expect_out_has '^Usage: acct touch '

# --- the config's unknown keys use the same nearest word ------------------------------------
printf '[plna]\ncalls_per_day = 3\n' >"$TEST_DIR/typo.toml"
fails 2 "^acct: error: .*typo.toml:1:2: plna: unknown key \(did you mean 'plan'\?\)$" --config "$TEST_DIR/typo.toml" config check

finish
