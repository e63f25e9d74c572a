# Languages (man page: LANGUAGES): machine formats byte for byte the same in every language
# and locale, with the same exit codes; tables, cards and --help for people; numbers in the
# language's form; input words of the five languages; owner.language; the catalogs.
#
# Besides the real catalogs (built into locale/ beside acct), a pseudo-catalog made from
# the code's own template translates every message ("‹text›", config comments upper-case)
# so that a leak of translated text into a machine format shows today, whatever the real
# catalogs hold. Checks of real translations are skipped, with a note, while a catalog
# lacks the message.
source "$(dirname "$0")/lib.sh"
unset LANGUAGE LC_MESSAGES LANG ACCT_LOCALEDIR
LANGUAGES="ro it el ru fr"
declare -A LOCALE=([ro]=ro_RO.UTF-8 [it]=it_IT.UTF-8 [el]=el_GR.UTF-8 [ru]=ru_RU.UTF-8 [fr]=fr_FR.UTF-8)
CATALOGS=$(dirname "$ACCT_BIN")/locale
NNBSP=$(printf '\u202f')
NBSP=$(printf '\u00a0')

note() { printf 'NOTE: %s\n' "$1" >&2; }

# translation FILE CONTEXT MSGID: the translation of a message in a catalog or template
# (nothing when it has none; "-" for no context).
translation() {
  python3 - "$ACCT_SOURCE_DIR/tools" "$@" <<'PY'
import sys
sys.path.insert(0, sys.argv[1])
from check_po import parse_po
path, context, msgid = sys.argv[2], (None if sys.argv[3] == "-" else sys.argv[3]), sys.argv[4]
for e in parse_po(path):
    if e.context == context and e.msgid == msgid:
        print(e.msgstr.get(0, "") or "(untranslated)")
PY
}

# The pseudo-catalog, in $PSEUDO/LL/LC_MESSAGES/acct.mo for every language.
PSEUDO="$TEST_DIR/pseudo"
sh "$ACCT_SOURCE_DIR/tools/messages.sh" "$TEST_DIR/acct.pot" || { fail "tools/messages.sh"; finish; exit; }
python3 - "$TEST_DIR/acct.pot" "$TEST_DIR/pseudo.po" <<'PY'
import re, sys
text = open(sys.argv[1], encoding="utf-8").read()
blocks = text.split("\n\n")
out = []
def strings(block, keyword):
    m = re.search(r"^" + keyword + r" ((?:\".*\"\n?)+)", block + "\n", re.M)
    if not m:
        return None
    return "".join(re.findall(r"\"(.*)\"", m.group(1)))
def quote(s):
    return '"' + s + '"'
for block in blocks:
    msgid = strings(block, "msgid")
    if msgid is None or msgid == "":
        if "Content-Type" in block:
            out.append('msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n'
                       '"Plural-Forms: nplurals=2; plural=(n != 1);\\n"')
        continue
    context = strings(block, "msgctxt")
    plural = strings(block, "msgid_plural")
    head = (f"msgctxt {quote(context)}\n" if context is not None else "") + f"msgid {quote(msgid)}\n"
    def pseudo(s):
        if context == "config":
            return s.upper().replace("\\N", "\\n")
        return "‹" + s + "›"
    if plural is None:
        out.append(head + f"msgstr {quote(pseudo(msgid))}")
    else:
        out.append(head + f"msgid_plural {quote(plural)}\nmsgstr[0] {quote(pseudo(msgid))}\n"
                   f"msgstr[1] {quote(pseudo(plural))}")
open(sys.argv[2], "w", encoding="utf-8").write("\n\n".join(out) + "\n")
PY
for l in $LANGUAGES; do
  mkdir -p "$PSEUDO/$l/LC_MESSAGES"
  msgfmt -o "$PSEUDO/$l/LC_MESSAGES/acct.mo" "$TEST_DIR/pseudo.po" || fail "msgfmt of the pseudo-catalog"
done

# A portfolio with a record of every kind: the sample, then a refund, a payment, a case,
# follow-ups, a rate and a deal in another currency.
cat >"$ACCT_CONFIG" <<'TOML'
[targets]
revenue = 300000
new_clients = 3
active_clients = 10
TOML
ok -q init
for kind in clients contacts deals touches invoices; do
  ok -q import "$kind" "$ACCT_SOURCE_DIR/examples/sample/$kind.csv"
done
ok -q deal log 1 12000.50 --date 2026-11-20 --product Coatings
deal=$OUT
ok -q deal refund "$deal" 500 --date 2026-11-21 --reason "damaged"
ok -q invoice add 1 5000 --due 2026-11-30 --number F-1
invoice=$OUT
ok -q invoice pay "$invoice" --amount 1000 --date 2026-11-22
ok -q case open 2 "Late delivery" --at 2026-11-20
ok -q touch 3 call "Asked for a quote" --date 2026-11-20 --next "send the quote" --next-date 2026-11-25
ok -q rate add USD 2026-11-01 0.92
ok -q deal log 4 1000 --currency USD --date 2026-11-19

# Every listing, report, kpi and plan, and the cards and exports, in each machine format.
COMMANDS=(
  "client list" "client list --all" "contact list" "deal list" "deal list --open" "deal list --won --period 2026"
  "invoice list" "invoice list --overdue" "case list" "touch list" "followup list" "followup list --all"
  "refund list" "payment list" "rate list" "log" "search quote" "today" "client show 1"
  "report sales --period 2026" "report sales --by product --compare --period 2026-Q4" "report sales --by month --period 2026"
  "report history 1" "report pipeline" "report pipeline --list" "report forecast --period 2026-Q4"
  "report abc --period 2026" "report activity --period 2026-Q4" "report receivables" "report portfolio"
  "kpi" "kpi --period 2026-Q4 --what-if 20000" "kpi --statement --period 2026-Q4"
  "plan" "plan --week next" "plan --week next --explain" "plan --from 2026-11-24 --days 3"
  "export clients" "export deals" "export invoices" "export touches"
)
FORMATS="csv tsv json"

# The few commands that the routes into a language other than the pseudo-catalog's are
# checked with (the pseudo-catalog translates every message, so a leak into a machine
# format shows there for every command; the other routes choose the same language by
# other variables and with the real catalogs, which only the choice can tell apart).
QUICK=("deal list" "report sales --by product --compare --period 2026-Q4" "kpi" "plan --week next" "today")

# outputs DIR all|quick ENV...: the commands (all of them, or QUICK) in every format (and
# the plan in ics), stdout and exit code, under `env ENV...`, one file per run, named by
# the command and format; the exit codes in DIR/codes.
outputs() {
  local dir=$1 which=$2; shift 2
  mkdir -p "$dir"
  local c f name
  local -a list=("${COMMANDS[@]}")
  [ "$which" = quick ] && list=("${QUICK[@]}")
  for c in "${list[@]}"; do
    name=$(printf '%s' "$c" | tr -c 'A-Za-z0-9-' _)
    for f in $FORMATS; do
      case "$c $f" in export*tsv) continue ;; esac  # export writes csv, json and xlsx
      # shellcheck disable=SC2086
      env "$@" "$ACCT_BIN" $c --format "$f" >"$dir/$name.$f" 2>/dev/null
      echo "$? $c --format $f" >>"$dir/codes"
    done
  done
  [ "$which" = quick ] && list=("plan --week next --alarm 15") ||
    list=("plan" "plan --week next --alarm 15" "plan --from 2026-11-24 --days 3")
  for c in "${list[@]}"; do
    name=$(printf '%s' "$c" | tr -c 'A-Za-z0-9-' _)
    # shellcheck disable=SC2086
    env "$@" "$ACCT_BIN" $c --format ics >"$dir/$name.ics" 2>/dev/null
    echo "$? $c --format ics" >>"$dir/codes"
  done
  # Failures exit the same way too.
  list=("client show Nobody" "deal log 1 abc" "plan --week 2026-W60" "report nosuch" "deal list --period soon")
  [ "$which" = quick ] && list=("client show Nobody" "deal log 1 abc")
  for c in "${list[@]}"; do
    name=$(printf '%s' "$c" | tr -c 'A-Za-z0-9-' _)
    # shellcheck disable=SC2086
    env "$@" "$ACCT_BIN" $c --format csv >"$dir/$name.fail" 2>/dev/null
    echo "$? $c" >>"$dir/codes"
  done
}

# same_as_c NAME all|quick ENV...: the outputs under ENV are the bytes and exit codes of
# LC_ALL=C's, while ENV does choose a language: a table's numbers are in its form.
sentinel() { env "$@" "$ACCT_BIN" deal list --won --period 2026-11 2>&1; }
same_as_c() {
  local name=$1 which=$2 file; shift 2
  check
  [ "$(sentinel "$@")" != "$(sentinel -u LANGUAGE -u LANG LC_ALL=C)" ] || fail "no language is chosen under: $*"
  outputs "$TEST_DIR/$name" "$which" "$@"
  check
  : >"$TEST_DIR/$name.diff"
  for file in "$TEST_DIR/$name"/*; do
    [ "${file##*/}" = codes ] && continue
    diff "$TEST_DIR/C/${file##*/}" "$file" >>"$TEST_DIR/$name.diff" || echo "in ${file##*/}" >>"$TEST_DIR/$name.diff"
  done
  grep -vxFf "$TEST_DIR/C/codes" "$TEST_DIR/$name/codes" >>"$TEST_DIR/$name.diff"
  if [ -s "$TEST_DIR/$name.diff" ]; then
    OUT=$(head -c 3000 "$TEST_DIR/$name.diff"); CODE=1
    fail "machine formats differ from LC_ALL=C under: $*"
  fi
}

outputs "$TEST_DIR/C" all -u LANGUAGE -u LC_MESSAGES -u LANG LC_ALL=C
# The reference itself is sound: every command but the five failures succeeded.
check; [ "$(grep -vc '^0 ' "$TEST_DIR/C/codes")" -eq 5 ] ||
  { OUT=$(grep -v '^0 ' "$TEST_DIR/C/codes"); fail "a command of the machine-format list failed"; }
check; [ -s "$TEST_DIR/C/client_list.csv" ] || fail "client list --format csv printed nothing"
outputs "$TEST_DIR/env-i" all -i "ACCT_DB=$ACCT_DB" "ACCT_CONFIG=$ACCT_CONFIG" "ACCT_TODAY=$ACCT_TODAY"
check; diff -r "$TEST_DIR/C" "$TEST_DIR/env-i" >/dev/null || fail "machine formats differ from LC_ALL=C under env -i"
for l in $LANGUAGES; do
  same_as_c "$l-pseudo" all -u LC_ALL "ACCT_LOCALEDIR=$PSEUDO" "LANGUAGE=$l" "LANG=${LOCALE[$l]}"
  same_as_c "$l-language" quick "LANGUAGE=$l" LC_ALL=C.UTF-8
  same_as_c "$l-lc-all" quick -u LANGUAGE "LC_ALL=${LOCALE[$l]}"
  same_as_c "$l-lang" quick -u LANGUAGE -u LC_ALL "LANG=${LOCALE[$l]}"
done

# in LANG ARGS...: acct in a language (LANGUAGE and LANG set, as a user's shell has them).
in_language() { local l=$1; shift; LANGUAGE=$l LANG=${LOCALE[$l]} LC_ALL= run "$@"; }
in_pseudo() { local l=$1; shift; ACCT_LOCALEDIR=$PSEUDO LANGUAGE=$l LANG=${LOCALE[$l]} LC_ALL= run "$@"; }

# The pseudo-catalog shows that what is marked is translated: --help, headings, tables.
pot="$TEST_DIR/acct.pot"
in_pseudo ro --help
if [ -n "$(translation "$pot" - "acct: the account manager's portfolio tool")" ]; then
  expect_out_has "‹acct: the account manager's portfolio tool›"
else
  note "the help of acct is not marked for translation yet: its check is skipped"
fi
in_pseudo fr plan --week next
check; [ "$CODE" -eq 0 ] || fail "plan in the pseudo-catalog"
expect_out_has '^‹Mon› 2026-11-30$'
in_pseudo fr client list
if [ -n "$(translation "$pot" column name)" ]; then
  expect_out_has '^‹id› +‹name›'
else
  note "column names are not marked NC_(\"column\", ...) yet: the header check is skipped"
fi
in_pseudo it client show 1
if [ -n "$(translation "$pot" card tier)" ]; then
  expect_out_has '^  ‹tier› +[A-C]$'
else
  note "card labels are not marked NC_(\"card\", ...) yet: the card check is skipped"
fi

# ... and the calendar follows owner.language, never the environment.
in_pseudo ro plan --week next --format ics
english_ics=$OUT
cp "$ACCT_CONFIG" "$TEST_DIR/owner-ro.toml"
printf '[owner]\nlanguage = "ro"\n' >>"$TEST_DIR/owner-ro.toml"
ACCT_CONFIG="$TEST_DIR/owner-ro.toml" ACCT_LOCALEDIR=$PSEUDO LC_ALL=C run plan --week next --format ics
check; [ "$CODE" -eq 0 ] || fail "plan --format ics with owner.language"
if [ "$OUT" != "$english_ics" ]; then
  expect_out_has '^(SUMMARY|DESCRIPTION):.*‹'
else
  note "the ICS text is not marked for translation yet: its check is skipped"
fi
# owner.language overrides the environment, LC_ALL=C included.
ACCT_CONFIG="$TEST_DIR/owner-ro.toml" ACCT_LOCALEDIR=$PSEUDO LC_ALL=C run plan --week next
expect_out_has '^‹Mon› 2026-11-30$'
ACCT_CONFIG="$TEST_DIR/owner-ro.toml" ACCT_LOCALEDIR=$PSEUDO LC_ALL=C run deal list
expect_out_has '12\.000,50'
ACCT_CONFIG="$TEST_DIR/owner-ro.toml" run config show
expect_out_has '^language = "ro"$'

# With the real catalogs (the build tree's), where they hold the message.
for l in $LANGUAGES; do
  in_language "$l" plan --week next
  check; [ "$CODE" -eq 0 ] || fail "plan in $l"
  mon=$(translation "$ACCT_SOURCE_DIR/po/$l.po" weekday Mon)
  if [ -n "$mon" ] && [ "$mon" != "(untranslated)" ]; then
    expect_out_has "^$mon 2026-11-30\$"
  else
    note "po/$l.po has no weekday names yet: their check is skipped"
  fi
done

# Numbers in tables follow the language; CSV keeps the plain number.
in_language it deal list --won --period 2026-11
expect_out_has '12\.000,50'
expect_out_lacks '12,000\.50'
in_language ro kpi --period 2026-Q4
check; [ "$CODE" -eq 0 ] || fail "kpi in ro"
expect_out_has '[0-9],[0-9] %'
in_language fr deal list --won --period 2026-11
expect_out_has "12${NNBSP}000,50"
in_language ru deal list --won --period 2026-11
expect_out_has "12${NBSP}000,50"
in_language fr deal list --won --period 2026-11 --csv
expect_out_has ',12000\.50,'
# Widths stay right: U+202F and U+00A0 count one column each, so the fr and ru tables
# are the English one but for the form of their numbers (English column names here).
LC_ALL=C run deal list --period 2026
english=$OUT
for l in fr ru it; do
  ACCT_LOCALEDIR="$TEST_DIR/nowhere" LANGUAGE=$l LANG=${LOCALE[$l]} LC_ALL= run deal list --period 2026
  case $l in
    it) back=$(printf '%s\n' "$OUT" | sed -E ':a; s/([0-9])\.([0-9]{3})/\1#\2/; ta; s/([0-9]),([0-9])/\1.\2/g; s/#/,/g') ;;
    *) back=$(printf '%s\n' "$OUT" | sed -E "s/([0-9]),([0-9])/\\1.\\2/g; s/([0-9])(${NNBSP}|${NBSP})([0-9])/\\1,\\3/g") ;;
  esac
  check; [ "$back" = "$english" ] || { OUT=$(diff <(printf '%s\n' "$english") <(printf '%s\n' "$back") | head -20); fail "deal list in $l is not the English table with $l numbers"; }
done

# A missing catalog: English, silently, with the language's numbers.
ACCT_LOCALEDIR="$TEST_DIR/nowhere" LANGUAGE=ro LANG=ro_RO.UTF-8 LC_ALL= run client show Nobody
check; [ "$CODE" -eq 1 ] || fail "client show Nobody exit code without a catalog"
expect_err_has "^acct: error: no client matches 'Nobody'"
ACCT_LOCALEDIR="$TEST_DIR/nowhere" LANGUAGE=ro LANG=ro_RO.UTF-8 LC_ALL= run plan --week next
expect_out_has '^Mon 2026-11-30$'
ACCT_LOCALEDIR="$TEST_DIR/nowhere" LANGUAGE=ro LANG=ro_RO.UTF-8 LC_ALL= run deal list --won --period 2026-11
expect_out_has '12\.000,50'

# An unknown owner.language is a config error naming the key and the codes.
printf '[owner]\nlanguage = "de"\n' >"$TEST_DIR/de.toml"
fails 2 'de\.toml:2:12: owner\.language: must be en \| ro \| it \| el \| ru \| fr, got "de"' \
  --config "$TEST_DIR/de.toml" config check
fails 2 'owner\.language: must be en' --config "$TEST_DIR/de.toml" plan
# A reader that needs no setting says it too, instead of speaking English unexplained.
fails 2 'owner\.language: must be en' --config "$TEST_DIR/de.toml" client list
fails 2 'owner\.language: must be en' --config "$TEST_DIR/de.toml" deal list
printf '[owner]\nlanguage = 7\n' >"$TEST_DIR/seven.toml"
fails 2 'owner\.language: expected a string' --config "$TEST_DIR/seven.toml" config check
# --help and --version never fail on it.
ok --config "$TEST_DIR/de.toml" --version

# Input words of the five languages, in any language; amounts in the chosen one's form.
ok -q deal log 1 100 --date vendredi
expect_eq "$(sql "SELECT closed_on FROM deal WHERE id = $OUT")" 2026-11-20 "deal --date vendredi"
ok -q deal log 1 100 --date "Sâmbătă"
expect_eq "$(sql "SELECT closed_on FROM deal WHERE id = $OUT")" 2026-11-21 "deal --date Sâmbătă"
ok -q deal log 1 100 --date ieri
expect_eq "$(sql "SELECT closed_on FROM deal WHERE id = $OUT")" 2026-11-22 "deal --date ieri"
ok -q deal log 1 100 --date Σήμερα
expect_eq "$(sql "SELECT closed_on FROM deal WHERE id = $OUT")" 2026-11-23 "deal --date Σήμερα"
ok -q touch 1 call "Called" --next "call back" --next-date завтра
expect_eq "$(sql "SELECT due_on FROM followup WHERE touch_id = $OUT")" 2026-11-24 "--next-date завтра"
ok -q invoice add 2 300 --due "giovedì"
expect_eq "$(sql "SELECT due_on FROM invoice WHERE id = $OUT")" 2026-11-26 "--due giovedì"
ok -q deal log 1 100 --date "aujourd'hui"
expect_eq "$(sql "SELECT closed_on FROM deal WHERE id = $OUT")" 2026-11-23 "deal --date aujourd'hui"
ok deal list --period "lun..ven" --csv
expect_out_has ',2026-11-23,'
fails 2 "invalid date 'vendredis'" deal log 1 100 --date vendredis

LANGUAGE=it LANG=it_IT.UTF-8 LC_ALL= run -q deal log 1 12.000,50 --date 2026-11-02
check; [ "$CODE" -eq 0 ] || fail "deal log 12.000,50 in it"
expect_eq "$(sql "SELECT amount FROM deal WHERE id = $OUT")" 1200050 "12.000,50 in it"
LANGUAGE=fr LANG=fr_FR.UTF-8 LC_ALL= run -q deal log 1 "12${NNBSP}000,5" --date 2026-11-02
check; [ "$CODE" -eq 0 ] || fail "deal log 12 000,5 in fr"
expect_eq "$(sql "SELECT amount FROM deal WHERE id = $OUT")" 1200050 "12 000,5 in fr"
LANGUAGE=ru LANG=ru_RU.UTF-8 LC_ALL= run -q invoice add 1 "1 500,25" --due 2026-12-01
expect_eq "$(sql "SELECT amount FROM invoice WHERE id = $OUT")" 150025 "1 500,25 in ru"
LANGUAGE=ro LANG=ro_RO.UTF-8 LC_ALL= run -q deal log 1 "12,000.50" --date 2026-11-02
expect_eq "$(sql "SELECT amount FROM deal WHERE id = $OUT")" 1200050 "the strict form in ro"
before=$(db_dump)
LANGUAGE=it LANG=it_IT.UTF-8 LC_ALL= run deal log 1 1,000 --date 2026-11-02
check; [ "$CODE" -eq 2 ] || fail "1,000 in it is refused"
fails_unchanged 2 "invalid amount '12\\.000,50'" deal log 1 12.000,50
LC_ALL=C LANGUAGE=it run deal log 1 12.000,50
check; [ "$CODE" -eq 2 ] || fail "LC_ALL=C reads the strict rule alone"
after=$(db_dump)
expect_eq "$after" "$before" "refused amounts changed the database"
# A file is read by its --locale alone, whatever the language.
printf 'client,amount,date\n"%s",1.500,2026-11-02\n' "$(sql "SELECT name FROM client WHERE id = 1")" >"$TEST_DIR/deals.csv"
LANGUAGE=it LANG=it_IT.UTF-8 LC_ALL= run import deals "$TEST_DIR/deals.csv" --dry-run
check; [ "$CODE" -eq 2 ] || fail "an import in it read 1.500 without --locale"

# acct init writes the starter config with its comments in the language: every comment
# of the pseudo-catalog's upper-case, every value as in English, and still valid TOML.
mkdir -p "$TEST_DIR/init-en" "$TEST_DIR/init-ro"
ACCT_CONFIG="$TEST_DIR/init-en/config.toml" ACCT_DB="$TEST_DIR/init-en/acct.db" LANGUAGE=ro LANG=ro_RO.UTF-8 \
  ACCT_LOCALEDIR="$TEST_DIR/nowhere" LC_ALL= run -q init
check; cmp -s "$TEST_DIR/init-en/config.toml" "$ACCT_SOURCE_DIR/examples/config.toml" ||
  fail "init without a catalog did not write examples/config.toml exactly"
ACCT_CONFIG="$TEST_DIR/init-ro/config.toml" ACCT_DB="$TEST_DIR/init-ro/acct.db" ACCT_LOCALEDIR=$PSEUDO \
  LANGUAGE=ro LANG=ro_RO.UTF-8 LC_ALL= run -q init
check; [ "$CODE" -eq 0 ] || fail "init in the pseudo-catalog"
python3 - "$ACCT_SOURCE_DIR/examples/config.toml" "$TEST_DIR/init-ro/config.toml" >"$TEST_DIR/init.check" 2>&1 <<'PY'
import sys
sys.path.insert(0, sys.argv[1].rsplit("/examples/", 1)[0] + "/tools")
from config_messages import split
english = open(sys.argv[1], encoding="utf-8").read().split("\n")
written = open(sys.argv[2], encoding="utf-8").read().split("\n")
problems = []
codes_en = [split(l)[0] for l in english if not split(l)[3]]
codes_wr = [split(l)[0] for l in written if not split(l)[3]]
if [c.rstrip() for c in codes_en] != [c.rstrip() for c in codes_wr]:
    problems.append("the values differ from examples/config.toml")
for n, line in enumerate(written, 1):
    code, text, is_comment, _ = split(line)
    if is_comment and text != text.upper():
        problems.append(f"line {n} is not translated: {line}")
print("\n".join(problems))
sys.exit(1 if problems else 0)
PY
status=$?
check; [ "$status" -eq 0 ] || { OUT=$(cat "$TEST_DIR/init.check"); fail "init in the pseudo-catalog: a comment not translated"; }
run --config "$TEST_DIR/init-ro/config.toml" config check
check; [ "$CODE" -eq 0 ] || fail "the translated starter config is not valid"

# An argument's help quoted in an error starts in lower case in any script.
LANGUAGE=el LC_ALL=C.UTF-8 run deal add acme title
check; [ "$CODE" -eq 2 ] || fail "el: deal add without AMOUNT exit $CODE"
expect_err_has 'AMOUNT: αναμενόμενο ποσό'
LANGUAGE=ru LC_ALL=C.UTF-8 run deal add acme title
expect_err_has 'AMOUNT: ожидаемая сумма'

# A confirmation's amount is in the language's form (machine formats keep 12500.00).
LANGUAGE=it LC_ALL=C.UTF-8 run deal log 1 12500 --date 2026-11-21
check; [ "$CODE" -eq 0 ] || fail "it: deal log exit $CODE"
expect_err_has '12\.500,00 EUR'
LANGUAGE=fr LC_ALL=C.UTF-8 run deal log 1 12500 --date 2026-11-21
expect_err_has "12$(printf '\u202f')500,00 EUR"

finish
