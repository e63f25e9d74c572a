# --format xlsx and --output FILE (man page: OUTPUT FORMATS, Global options): on the sample
# portfolio, listings, reports, kpi, plan and export give workbooks that openpyxl reads back
# cell for cell as their CSV (numbers as numbers, dates as dates, ratios as percentages,
# text as text and never a formula, a filtered and frozen header row), the same bytes to a
# file, a pipe, on another run and under `env -i`; a terminal is refused with nothing
# written; write errors exit 1; the temporary files are always removed; --output replaces
# FILE only when the command succeeds, in every format.
source "$(dirname "$0")/lib.sh"
SAMPLE="$ACCT_SOURCE_DIR/examples/sample"
CHECK="$ACCT_SOURCE_DIR/tests/cli/xlsx_check.py"
/usr/bin/python3 -c 'import openpyxl' 2>/dev/null || { echo "skipped: /usr/bin/python3 has no openpyxl"; finish; exit; }
export TMPDIR="$TEST_DIR/tmp"   # where the workbooks are built: must be empty after every run
mkdir -p "$TMPDIR"
BOOKS="$TEST_DIR/books"
mkdir -p "$BOOKS"

ok -q init
for kind in clients contacts deals touches invoices; do ok -q import "$kind" "$SAMPLE/$kind.csv"; done
# Text a spreadsheet would run: stays text in xlsx (and is guarded in CSV).
EVIL='=HYPERLINK("http://evil","x")'
ok -q client add "$EVIL" --tier A --region "+40 Cluj" --note "@SUM(A1:A9)"
ok -q deal log "$EVIL" 1234.56 --date 2026-11-02 --product paints --title "-5 % off"
ok -q deal add "$EVIL" "Open one" 2000 --stage proposal --close 2026-12-10 --probability 0.35
ok -q invoice add "$EVIL" 1234.56 --due 2026-12-01 --number "=1+1" --issued 2026-11-02

tmp_is_empty() {
  check
  local left
  left=$(ls -A "$TMPDIR")
  [ -z "$left" ] || fail "temporary files left in TMPDIR after $1: $left"
}

# xlsx_matches NAME CHECK-OPTIONS -- ARGS...: the workbook of `acct ARGS --format xlsx`,
# written with --output and through a pipe, is the same bytes both ways and holds the CSV.
xlsx_matches() {
  local name=$1; shift
  local -a opts=()
  while [ "$1" != "--" ]; do opts+=("$1"); shift; done
  shift
  "$ACCT_BIN" "$@" --csv >"$BOOKS/$name.csv" 2>"$TEST_DIR/err"; CODE=$?; check
  [ "$CODE" -eq 0 ] || { ERR=$(cat "$TEST_DIR/err"); fail "csv of acct $*"; return; }
  ok "$@" --format xlsx --output "$BOOKS/$name.xlsx"
  expect_eq "$OUT" "" "stdout of --output for acct $*"
  "$ACCT_BIN" "$@" --format xlsx 2>"$TEST_DIR/err" | cat >"$BOOKS/$name-pipe.xlsx"
  CODE=${PIPESTATUS[0]}; check
  [ "$CODE" -eq 0 ] || { ERR=$(cat "$TEST_DIR/err"); fail "xlsx to a pipe: acct $*"; return; }
  check; cmp -s "$BOOKS/$name.xlsx" "$BOOKS/$name-pipe.xlsx" || fail "--output and the pipe differ: acct $*"
  check
  OUT=$(/usr/bin/python3 "$CHECK" "$BOOKS/$name-pipe.xlsx" "$BOOKS/$name.csv" "${opts[@]}" 2>&1) ||
    fail "the workbook of acct $* is not its CSV"
  tmp_is_empty "acct $*"
}

xlsx_matches clients -- client list
xlsx_matches deals --percent probability --money amount,discount,base_amount -- deal list
xlsx_matches invoices --money amount,paid_amount,base_amount -- invoice list
xlsx_matches sales --percent share --money revenue,avg_deal -- report sales
xlsx_matches sales-by-client --percent share --money revenue,avg_deal -- report sales --by client --period 2026
xlsx_matches pipeline --percent probability --money amount,weighted -- report pipeline
xlsx_matches abc --percent share,cum_share,cv --money revenue -- report abc
xlsx_matches receivables --money current,d1_30,d31_60,d61_90,d90_plus,total,overdue -- report receivables
xlsx_matches activity -- report activity
xlsx_matches kpi \
  --percent attainment,value@attainment,value@avg_deal_change,value@client_growth,value@win_rate,value@coverage \
  -- kpi
xlsx_matches statement --money amount,basis,commission,running_commission -- kpi --statement
xlsx_matches plan -- plan
xlsx_matches plan-next -- plan --week next --explain
xlsx_matches today -- today
xlsx_matches export-deals --money amount,discount,base_amount -- export deals
xlsx_matches export-clients --money credit_limit -- export clients
# An empty listing: the header alone, still filtered and frozen.
xlsx_matches empty -- deal list --client "$EVIL" --lost

# The formula-like text is a string cell, as typed, wherever it is.
cat >"$TEST_DIR/evil.py" <<'PY'
import sys, openpyxl
clients, invoices, evil = sys.argv[1], sys.argv[2], sys.argv[3]
ws = openpyxl.load_workbook(clients).active
cells = [c for row in ws.iter_rows() for c in row if c.value == evil]
assert len(cells) == 1 and cells[0].data_type == "s", [(c.coordinate, c.data_type) for c in cells]
ws = openpyxl.load_workbook(invoices).active
numbers = [c for row in ws.iter_rows() for c in row if c.value == "=1+1"]
assert len(numbers) == 1 and numbers[0].data_type == "s", numbers
PY
check
OUT=$(/usr/bin/python3 "$TEST_DIR/evil.py" "$BOOKS/clients.xlsx" "$BOOKS/invoices.xlsx" "$EVIL" 2>&1) ||
  fail "formula-like text is not a string"
# Money has two decimals, and the workbook is what libxlsxwriter makes: inline strings
# (constant_memory), a fixed creation date, one worksheet.
cat >"$TEST_DIR/parts.py" <<'PY'
import sys, zipfile, openpyxl
book = sys.argv[1]
with zipfile.ZipFile(book) as z:
    names = z.namelist()
    sheet = z.read("xl/worksheets/sheet1.xml").decode()
    core = z.read("docProps/core.xml").decode()
assert "xl/worksheets/sheet2.xml" not in names, names
assert 'pane ySplit="1" topLeftCell="A2"' in sheet and 'state="frozen"' in sheet, sheet[:600]
assert 't="inlineStr"' in sheet and "xl/sharedStrings.xml" not in names, "not written in constant_memory mode"
assert "2000-01-01T00:00:00Z" in core, core
ws = openpyxl.load_workbook(book).active
amount = [c for c in ws[1] if c.value == "amount"][0].column
cell = ws.cell(row=2, column=amount)
assert cell.number_format == "#,##0.00" and isinstance(cell.value, (int, float)), (cell.value, cell.number_format)
PY
check
OUT=$(/usr/bin/python3 "$TEST_DIR/parts.py" "$BOOKS/deals.xlsx" 2>&1) || fail "the deal workbook's parts"

# Byte for byte: another run a second later, and a bare environment in another zone and locale.
sleep 1
"$ACCT_BIN" deal list --format xlsx >"$BOOKS/again.xlsx"; check
cmp -s "$BOOKS/deals.xlsx" "$BOOKS/again.xlsx" || fail "two runs of deal list --format xlsx differ"
env -i ACCT_DB="$ACCT_DB" ACCT_CONFIG="$ACCT_CONFIG" ACCT_TODAY="$ACCT_TODAY" TZ=Pacific/Kiritimati \
  LANG=de_DE.UTF-8 LC_ALL=ro_RO.UTF-8 "$ACCT_BIN" deal list --format xlsx >"$BOOKS/bare.xlsx"; check
cmp -s "$BOOKS/deals.xlsx" "$BOOKS/bare.xlsx" || fail "deal list --format xlsx differs under env -i"
ACCT_FORMAT=xlsx "$ACCT_BIN" kpi >"$BOOKS/env-format.xlsx"; check
cmp -s "$BOOKS/kpi.xlsx" "$BOOKS/env-format.xlsx" || fail "ACCT_FORMAT=xlsx differs from --format xlsx"

# A terminal is refused: exit 2, one line naming the problem and the way out, nothing else.
run_terminal() { OUT=$(python3 "$ACCT_SOURCE_DIR/tests/cli/on_terminal.py" - "$@"); CODE=$?; }
for args in "deal list" "report sales" "kpi" "plan" "export deals"; do
  # shellcheck disable=SC2086
  run_terminal "$ACCT_BIN" $args --format xlsx; check
  [ "$CODE" -eq 2 ] || fail "xlsx on a terminal exited $CODE: acct $args"
  expect_eq "$OUT" "acct: error: xlsx is a binary workbook and standard output is a terminal: write it to a file with --output FILE or a redirect (> FILE)" \
    "the terminal's screen for acct $args --format xlsx"
done
run_terminal env ACCT_FORMAT=xlsx "$ACCT_BIN" client list; check
[ "$CODE" -eq 2 ] || fail "ACCT_FORMAT=xlsx on a terminal exited $CODE"
tmp_is_empty "the refusals"
# ... but --output on a terminal writes the file and prints nothing.
run_terminal "$ACCT_BIN" deal list --format xlsx --output "$BOOKS/from-terminal.xlsx"; check
[ "$CODE" -eq 0 ] || fail "--output on a terminal exited $CODE"
expect_eq "$OUT" "" "the terminal's screen with --output"
check; cmp -s "$BOOKS/deals.xlsx" "$BOOKS/from-terminal.xlsx" || fail "--output from a terminal differs"

# Write errors exit 1 with the reason, whether on stdout or the named file, and leave no
# temporary file; a TMPDIR that cannot hold the workbook is named.
if [ -w /dev/full ]; then
  "$ACCT_BIN" deal list --format xlsx >/dev/full 2>"$TEST_DIR/err"; CODE=$?; ERR=$(cat "$TEST_DIR/err"); check
  [ "$CODE" -eq 1 ] || fail "xlsx to /dev/full exited $CODE"
  expect_err_has "^acct: error: error writing to standard output: No space left on device$"
  run deal list --format xlsx --output /dev/full; check
  [ "$CODE" -eq 1 ] || fail "--output /dev/full exited $CODE"
  expect_err_has "^acct: error: error writing to '/dev/full': No space left on device$"
  run report sales --csv --output /dev/full; check
  [ "$CODE" -eq 1 ] || fail "csv --output /dev/full exited $CODE"
  tmp_is_empty "/dev/full"
fi
TMPDIR="$TEST_DIR/missing" fails 1 "^acct: error: cannot create a temporary file in $TEST_DIR/missing: No such file or directory$" \
  deal list --format xlsx

# constant_memory: 20 000 deals take no more memory in xlsx than in CSV (without it,
# libxlsxwriter holds every cell: some 30 MiB more here), and every row is in the sheet.
# Under AddressSanitizer freed memory waits in a quarantine that would count as held.
(
  export ACCT_DB="$TEST_DIR/big.db"
  export ASAN_OPTIONS="${ASAN_OPTIONS:+$ASAN_OPTIONS:}quarantine_size_mb=0"
  "$ACCT_BIN" -q init && "$ACCT_BIN" -q client add "Big Client" || exit 1
  /usr/bin/python3 -c "
print('client,amount,title,stage,date')
for i in range(20000): print(f'Big Client,{100 + i % 997}.50,Deal number {i} of a longer title,won,2025-{1 + i % 12:02d}-{1 + i % 28:02d}')
" >"$TEST_DIR/big.csv"
  "$ACCT_BIN" -q import deals "$TEST_DIR/big.csv" || exit 1
  /usr/bin/python3 - "$ACCT_BIN" "$TEST_DIR/big.xlsx" <<'PY'
import resource, subprocess, sys
import openpyxl
acct, book = sys.argv[1], sys.argv[2]
def peak(fmt, out):
    with open(out, "wb") as f:
        subprocess.run([acct, "export", "deals", "--format", fmt], stdout=f, check=True)
    return resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss  # KiB, the largest child so far
csv_peak = peak("csv", "/dev/null")
xlsx_peak = peak("xlsx", book)
assert xlsx_peak <= csv_peak + 12 * 1024, f"xlsx peaked at {xlsx_peak} KiB, csv at {csv_peak} KiB"
ws = openpyxl.load_workbook(book, read_only=True).active
assert ws.max_row == 20001, ws.max_row
PY
) >"$TEST_DIR/big.out" 2>&1; CODE=$?; check
[ "$CODE" -eq 0 ] || { OUT=$(cat "$TEST_DIR/big.out"); fail "a big xlsx export"; }
tmp_is_empty "the big export"

# What xlsx is not for: a record card (several tables) and export all (CSV files).
fails 2 "xlsx writes one table, and this is a record with sections: use --format csv or json" \
  client show acme --format xlsx --output "$BOOKS/card.xlsx"
check; [ ! -e "$BOOKS/card.xlsx" ] || fail "a refused card left $BOOKS/card.xlsx"
fails 2 "export all writes csv files only" export all "$TEST_DIR/all" --format xlsx
fails 2 "export all writes its files into DIR, not to --output" export all "$TEST_DIR/all" --output "$TEST_DIR/x"
fails 2 "invalid format 'xls': expected table, csv, tsv, json or xlsx" deal list --format xls
fails 2 "export writes csv, json or xlsx, not 'tsv'" export deals --format tsv

# --output in every format: the same bytes as stdout, to a new private file (umask 077).
for format in table csv tsv json; do
  "$ACCT_BIN" report pipeline --format "$format" >"$TEST_DIR/pipeline.$format"
  ok report pipeline --format "$format" --output "$TEST_DIR/out.$format"
  check; cmp -s "$TEST_DIR/pipeline.$format" "$TEST_DIR/out.$format" || fail "--output differs from stdout in $format"
done
expect_eq "$(stat -c %a "$TEST_DIR/out.csv")" 600 "mode of a new --output file"
"$ACCT_BIN" plan --format ics >"$TEST_DIR/plan.ics"
ok plan --format ics --output "$TEST_DIR/out.ics"
check; cmp -s "$TEST_DIR/plan.ics" "$TEST_DIR/out.ics" || fail "--output differs from stdout in ics"
# A created record's id goes to FILE too.
ok client add "Output Test" --output "$TEST_DIR/id"
expect_eq "$(cat "$TEST_DIR/id")" "$(sql "select id from client where name = 'Output Test'")" "the id in --output"
# An existing file is replaced, keeping its mode; a link's target is replaced, not the link.
printf 'old\n' >"$TEST_DIR/kept"; chmod 640 "$TEST_DIR/kept"
ln -s kept "$TEST_DIR/link"
ok deal list --csv --output "$TEST_DIR/link"
check; [ -L "$TEST_DIR/link" ] || fail "--output replaced the link itself"
check; cmp -s "$TEST_DIR/kept" <("$ACCT_BIN" deal list --csv) || fail "--output through a link did not write its target"
expect_eq "$(stat -c %a "$TEST_DIR/kept")" 640 "mode of a replaced --output file"
# A failing command leaves FILE as it was, or makes none, and leaves no temporary file.
printf 'old\n' >"$TEST_DIR/kept"
fails 1 "no client matches 'nosuchclient'" client show nosuchclient --csv --output "$TEST_DIR/kept"
expect_eq "$(cat "$TEST_DIR/kept")" "old" "FILE after a failed command"
fails 1 "no client matches 'nosuchclient'" deal list --client nosuchclient --format xlsx --output "$TEST_DIR/new.xlsx"
check; [ ! -e "$TEST_DIR/new.xlsx" ] || fail "a failed command made its --output file"
fails 2 "invalid period" deal list --period nonsense --format xlsx --output "$TEST_DIR/kept"
expect_eq "$(cat "$TEST_DIR/kept")" "old" "FILE after a refused command"
check; [ -z "$(ls -A "$TEST_DIR" | grep '^\.')" ] || fail "temporary files left beside --output: $(ls -A "$TEST_DIR")"
fails 1 "^acct: error: cannot write '$TEST_DIR/no/such/dir.xlsx': No such file or directory$" \
  deal list --format xlsx --output "$TEST_DIR/no/such/dir.xlsx"
# A device or a process substitution is written directly.
ok deal list --format xlsx --output /dev/null
"$ACCT_BIN" deal list --format xlsx --output >(cat >"$TEST_DIR/substituted.xlsx"); CODE=$?; check
[ "$CODE" -eq 0 ] || fail "--output to a process substitution exited $CODE"
sleep 0.5
check; cmp -s "$BOOKS/deals.xlsx" "$TEST_DIR/substituted.xlsx" || fail "--output to a process substitution differs"
tmp_is_empty "the --output runs"

# More text than an Excel cell holds is an error naming the cell, not a broken workbook.
ok -q client add "Long Notes" --note "$(printf 'a%.0s' $(seq 33000))"
fails 1 "^acct: error: cannot write the xlsx workbook: row [0-9]+, column notes has more than the 32767 characters an Excel cell holds$" \
  export clients --format xlsx
tmp_is_empty "a cell too long"

finish
