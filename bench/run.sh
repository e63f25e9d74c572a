#!/usr/bin/env bash
# The benchmark: acct next to hand-written SQL in the sqlite3 shell on
# the same data, as whole processes, printing acct/baseline ratios beside the targets.
#
#   SCALE=0.1 bench/run.sh        (make bench; SCALE 1 = the full data set, the default)
#
# Environment: SCALE; ACCT_BIN (default build/acct, never built here); RUNS (most hyperfine
# runs per command, default 10); BENCH_DIR (where data/ and work/ go, default bench/);
# BENCH_RESULTS (where scale-SCALE.tsv/.machine go, default bench/results);
# RESULTS_MD (default bench/RESULTS.md, rebuilt from every scale in BENCH_RESULTS).
# Commands this build of acct lacks are skipped with a note; an acct command that fails
# is reported and makes the script exit 1 at the end.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
SCALE=${SCALE:-1}
ACCT=$(realpath "${ACCT_BIN:-$ROOT/build/acct}")
RUNS=${RUNS:-10}
BENCH_DIR=${BENCH_DIR:-$ROOT/bench}
DATA=$BENCH_DIR/data/$SCALE
WORK=$BENCH_DIR/work/$SCALE
BENCH_RESULTS=${BENCH_RESULTS:-$ROOT/bench/results}
RESULTS_MD=${RESULTS_MD:-$ROOT/bench/RESULTS.md}
QUERIES=$ROOT/bench/queries
TAB="python3 $ROOT/bench/tabulate.py"

sh "$ROOT/tools/install-deps.sh" time hyperfine sqlite3 python3
[ -x "$ACCT" ] || { echo "bench: $ACCT is not built; run make build first" >&2; exit 1; }
case $SCALE in *[!0-9.]* | "") echo "bench: invalid SCALE '$SCALE'" >&2; exit 2 ;; esac

mkdir -p "$WORK" "$BENCH_RESULTS"
ROWS=$BENCH_RESULTS/scale-$SCALE.tsv
: >"$ROWS"
FAILED=0
unset ACCT_FORMAT NO_COLOR CLICOLOR_FORCE
export LC_ALL=C.UTF-8 ACCT_TODAY=2026-11-23   # the data ends on Friday 2026-11-20
export ACCT_DB=$WORK/acct.db ACCT_CONFIG=$WORK/config.toml

note() { printf 'bench: %s\n' "$*" >&2; }

# command_words ARGS...: the subcommand path of an acct command line ("report sales").
command_words() {
  local skip=0 words=()
  for a in "$@"; do
    if [ "$skip" = 1 ]; then skip=0; continue; fi
    case $a in
      --db | --config | --format | --today) skip=1 ;;
      -*) [ ${#words[@]} -eq 0 ] || break ;;
      [a-z]*) words+=("$a") ;;
      *) break ;;
    esac
  done
  echo "${words[*]}"
}

# has WORDS...: does this acct have the subcommand `acct WORDS...`? CLI11 prints the
# usage line of the deepest subcommand it recognised.
has() {
  "$ACCT" "$@" --help 2>/dev/null | head -3 | grep -q "acct $*"
}

# peak_rss CMD...: runs CMD once (its output discarded); prints the peak RSS in KiB, or
# fails (showing stderr) if CMD fails.
peak_rss() {
  local err=$WORK/last.err status=0
  /usr/bin/time -f '%M' -o "$WORK/rss" "$@" >/dev/null 2>"$err" || status=$?
  # EXPECT_EXIT: the exit status a command is timed for (an error path), default 0.
  if [ "$status" -ne "${EXPECT_EXIT:-0}" ]; then
    note "FAILED: $*"; sed 's/^/    /' "$err" >&2
    return 1
  fi
  tail -1 "$WORK/rss"
}

# compare NAME TARGET BASELINE_LABEL 'ACCT ARGS' 'BASELINE COMMAND': times both with
# hyperfine. Arguments are split on spaces (so none may contain one).
compare() {
  local name=$1 target=$2 label=$3 args=$4 baseline=$5 rss
  local words
  # shellcheck disable=SC2086
  words=$(command_words $args)
  # shellcheck disable=SC2086
  if ! has $words; then
    note "skip $name: acct $words is not in this build"
    $TAB skip "$name" "acct $args" "skipped: not in this build" >>"$ROWS"
    return 0
  fi
  # shellcheck disable=SC2086
  if ! rss=$(peak_rss "$ACCT" $args); then
    FAILED=1
    $TAB skip "$name" "acct $args" "FAILED" >>"$ROWS"
    return 0
  fi
  note "timing $name"
  hyperfine -N --style none --warmup 1 --min-runs 3 --max-runs "$RUNS" ${EXPECT_EXIT:+-i} \
    --export-json "$WORK/$name.json" -n acct "$ACCT $args" -n baseline "$baseline" >/dev/null
  $TAB row "$name" "$target" "$label" "acct $args" "$WORK/$name.json" "$rss" >>"$ROWS"
}

# timed CMD...: runs CMD once; sets SECONDS_TAKEN and RSS_KB.
timed() {
  local err=$WORK/last.err
  if ! /usr/bin/time -f '%e %M' -o "$WORK/timed" "$@" >/dev/null 2>"$err"; then
    note "FAILED: $*"; sed 's/^/    /' "$err" >&2
    return 1
  fi
  read -r SECONDS_TAKEN RSS_KB <"$WORK/timed"
}

sql() { sqlite3 -batch "$@"; }

# --- data -----------------------------------------------------------------------------
if [ ! -f "$DATA/meta.txt" ]; then
  note "generating SCALE=$SCALE into $DATA"
  python3 "$ROOT/bench/generate.py" "$SCALE" "$DATA"
fi
if [ ! -f "$WORK/tuned.db" ]; then
  note "building the tuned baseline database"
  (cd "$DATA" && rm -f "$WORK/tuned.tmp" && sql "$WORK/tuned.tmp" <"$ROOT/bench/tuned.sql" >/dev/null)
  mv "$WORK/tuned.tmp" "$WORK/tuned.db"
fi
TUNED=$WORK/tuned.db
NAIVE=$WORK/naive.db

# --- imports: a fresh database each run -------------------------------------------------
rm -f "$ACCT_DB" "$ACCT_DB-wal" "$ACCT_DB-shm" "$ACCT_CONFIG" "$NAIVE"
"$ACCT" -q init >/dev/null
note "sqlite3 .import of deals.csv and touches.csv into plain tables (the naive baseline)"
timed sqlite3 -batch "$NAIVE" -cmd '.mode csv' ".import $DATA/deals.csv deals"
BASE_IMPORT=$SECONDS_TAKEN
sql "$NAIVE" -cmd '.mode csv' ".import $DATA/touches.csv touches"
if ! has import; then
  note "acct import is not in this build: loading the CSVs with bench/fallback_load.sql"
  (cd "$DATA" && sql "$ACCT_DB" <"$ROOT/bench/fallback_load.sql")
fi
for kind in rates clients contacts deals touches invoices; do
  if [ "$kind" = deals ]; then   # the database as acct's deal import finds it, for by_hand_deal_import
    sql "$ACCT_DB" 'PRAGMA wal_checkpoint(TRUNCATE)' >/dev/null
    cp "$ACCT_DB" "$WORK/hand.db"
  fi
  if ! has import; then
    $TAB skip "import-$kind" "acct import $kind" "skipped: not in this build" >>"$ROWS"
    continue
  fi
  note "importing $kind"
  if timed "$ACCT" -q import "$kind" "$DATA/$kind.csv"; then
    if [ "$kind" = deals ]; then target=2 base=$BASE_IMPORT label="sqlite3 .import (plain table)"
    else target="" base="" label=""; fi
    $TAB single "import-$kind" "$target" "$label" "acct import $kind $kind.csv" \
      "$SECONDS_TAKEN" "$base" "$RSS_KB" >>"$ROWS"
  else
    FAILED=1
    $TAB skip "import-$kind" "acct import $kind" "FAILED" >>"$ROWS"
  fi
done

# The same deals as Excel in Russian saves them: CP1251, ';', decimal comma, DD.MM.YYYY,
# into a fresh database of the same clients; at most 1.3x the UTF-8 comma import.
ru_file() {  # ru_file KIND: $DATA/KIND.csv as $WORK/KIND-ru.csv
  python3 - "$DATA/$1.csv" "$WORK/$1-ru.csv" <<'PY'
import csv, re, sys
with open(sys.argv[1], newline="", encoding="utf-8-sig") as f, \
     open(sys.argv[2], "w", newline="", encoding="cp1251", errors="replace") as out:
    rows = csv.reader(f)
    w = csv.writer(out, delimiter=";", lineterminator="\r\n")
    header = next(rows)
    w.writerow(header)
    for row in rows:
        row = [re.sub(r"^(\d{4})-(\d{2})-(\d{2})$", r"\3.\2.\1", c) for c in row]
        for name in ("amount", "credit_limit", "probability"):
            if name in header:
                i = header.index(name)
                row[i] = row[i].replace(".", ",")
        w.writerow(row)
PY
}
if has import && timed_acct=$(grep -P '^import-deals\t' "$ROWS" | cut -f4); then
  note "importing deals as Excel in Russian saves them (cp1251, ';', --locale ru)"
  ru_db=$WORK/ru.db
  rm -f "$ru_db" "$ru_db-wal" "$ru_db-shm"
  if ru_file clients && ru_file deals &&
     ACCT_DB=$ru_db "$ACCT" -q init >/dev/null &&
     ACCT_DB=$ru_db "$ACCT" -q import rates "$DATA/rates.csv" >/dev/null &&
     ACCT_DB=$ru_db "$ACCT" -q import clients "$WORK/clients-ru.csv" --encoding cp1251 --locale ru >/dev/null &&
     ACCT_DB=$ru_db timed "$ACCT" -q import deals "$WORK/deals-ru.csv" --encoding cp1251 --locale ru; then
    $TAB single "import-deals-cp1251-ru" 1.3 "acct import deals deals.csv (UTF-8, ',')" \
      "acct import deals deals-ru.csv --encoding cp1251 --locale ru" "$SECONDS_TAKEN" "$timed_acct" "$RSS_KB" >>"$ROWS"
  else
    FAILED=1
    $TAB skip "import-deals-cp1251-ru" "acct import deals (cp1251, ru)" "FAILED" >>"$ROWS"
  fi
fi

# SQLite doing acct's deal import by hand, as a second baseline: the same CSV into the same
# schema in one transaction, the deal indexes dropped and built again from sqlite_master,
# first_won folded in. It shows what .import into a plain table leaves out.
by_hand_deal_import() {
  local hand=$WORK/hand.db
  {
    echo "PRAGMA synchronous = FULL;"
    echo "PRAGMA cache_size = -262144;"
    echo ".import --csv --schema temp $DATA/deals.csv deals_csv"
    echo "BEGIN;"
    sql "$hand" "SELECT 'DROP INDEX ' || name || ';' FROM sqlite_master WHERE type = 'index' AND tbl_name = 'deal' AND sql IS NOT NULL"
    echo "DROP TRIGGER first_won_after_insert;"
    cat <<'SQL'
INSERT INTO deal (client_id, title, amount, currency, stage, probability, product, kind, expected_close,
                  closed_on, lost_reason, discount, created_on, stage_changed_on)
SELECT c.id, d.title, CAST(round(d.amount * 100) AS INTEGER), 'EUR', lower(d.stage), nullif(d.probability, ''),
       d.product, coalesce(nullif(d.kind, ''), 'new'), nullif(d.expected_close, ''), nullif(d.date, ''),
       d.lost_reason, 0, coalesce(nullif(d.date, ''), '2026-11-23'), coalesce(nullif(d.date, ''), '2026-11-23')
FROM temp.deals_csv d JOIN client c ON c.name = d.client;
SQL
    sql "$hand" "SELECT sql || ';' FROM sqlite_master WHERE type = 'index' AND tbl_name = 'deal' AND sql IS NOT NULL"
    sql "$hand" "SELECT sql || ';' FROM sqlite_master WHERE type = 'trigger' AND name = 'first_won_after_insert'"
    echo "INSERT INTO first_won (client_id, product, won_on) SELECT client_id, product, min(closed_on) FROM deal"
    echo "  WHERE stage = 'won' GROUP BY 1, 2 ON CONFLICT DO UPDATE SET won_on = min(won_on, excluded.won_on);"
    echo "COMMIT;"
  } >"$WORK/hand_import.sql"
  timed sqlite3 -batch "$hand" ".read $WORK/hand_import.sql"
}
if [ -f "$WORK/hand.db" ] && has import; then
  note "the same deal import by hand in sqlite3 (second baseline)"
  if timed_acct=$(grep -P '^import-deals\t' "$ROWS" | cut -f4) && by_hand_deal_import; then
    $TAB single "import-deals-by-hand" "" "sqlite3 by hand: same schema, indexes built once" \
      "acct import deals deals.csv" "$timed_acct" "$SECONDS_TAKEN" "" >>"$ROWS"
  fi
fi

# The biggest client by won revenue, by id (REF accepts an id; names may hold spaces).
BIG=$(sql "$TUNED" "SELECT client_id FROM deal WHERE stage = 'won'
                    GROUP BY client_id ORDER BY sum(amount) DESC LIMIT 1")
BASE="sqlite3 -batch -csv -cmd .parameter\ set\ :client\ $BIG $TUNED"
read_q() { printf '%s' "$BASE .read\\ $QUERIES/$1.sql"; }

# --- reads ----------------------------------------------------------------------------
compare sales-naive "" "hand SQL, naive table" "--csv report sales --by client --period 2025" \
  "sqlite3 -batch -csv $NAIVE .read\\ $QUERIES/sales_naive.sql"
compare sales 1.5 "hand SQL, tuned" "--csv report sales --by client --period 2025" "$(read_q sales)"
compare kpi 3 "tuned sales query, 2025-Q4" "--csv kpi --period 2025-Q4" "$(read_q sales_quarter)"
compare plan-naive "" "last touch, naive table" "--csv plan --week 2026-W48" \
  "sqlite3 -batch -csv $NAIVE .read\\ $QUERIES/last_touch_naive.sql"
compare plan 3 "tuned last-touch query" "--csv plan --week 2026-W48" "$(read_q last_touch)"
compare today 3 "tuned last-touch query" "--csv today" "$(read_q last_touch)"
compare history 3 "tuned query" "--csv report history $BIG" "$(read_q history)"
compare pipeline 3 "tuned query" "--csv report pipeline" "$(read_q pipeline)"
compare forecast 3 "tuned query" "--csv report forecast --period 2026-Q4" "$(read_q forecast)"
compare receivables 3 "tuned query" "--csv report receivables" "$(read_q receivables)"
compare abc 3 "tuned query" "--csv report abc --period 2025" "$(read_q abc)"
compare activity 3 "tuned query" "--csv report activity --period 2025-Q4" "$(read_q activity)"
compare portfolio 3 "tuned query" "--csv report portfolio" "$(read_q portfolio)"
compare client-show "" "tuned queries" "client show $BIG" "$(read_q client_show)"

# --- writes, on a copy of the large database ------------------------------------------
sql "$ACCT_DB" 'PRAGMA wal_checkpoint(TRUNCATE)' >/dev/null
cp "$ACCT_DB" "$WORK/write.db"
cat >"$WORK/insert_deal.sql" <<EOF
INSERT INTO deal (client_id, title, amount, currency, stage, product, kind, closed_on,
                  created_on, stage_changed_on)
VALUES ($BIG, '', 123456, 'EUR', 'won', 'licences', 'upsell', '2026-11-20', '2026-11-23',
        '2026-11-23');
EOF
cat >"$WORK/insert_touch.sql" <<EOF
INSERT INTO touch (client_id, kind, touched_on, summary)
VALUES ($BIG, 'call', '2026-11-20', 'bench-call');
EOF
WRITE="sqlite3 -batch $WORK/write.db"
compare deal-log 3 "bare INSERT" "--db $WORK/write.db -q deal log $BIG 1234.56 --date 2026-11-20 --product licences --kind upsell" \
  "$WRITE .read\\ $WORK/insert_deal.sql"
compare touch 3 "bare INSERT" "--db $WORK/write.db -q touch $BIG call bench-call --date 2026-11-20" \
  "$WRITE .read\\ $WORK/insert_touch.sql"

# Corrections and the journal: an edit and a one-record undo against a bare UPDATE.
EDIT_DEAL=$(sql "$WORK/write.db" "SELECT max(id) FROM deal")
# The baseline changes the row on every run: SQLite skips the write (and its fsync) of a
# row updated to what it already holds, and acct's command commits an entry each time.
echo "UPDATE deal SET amount = amount + 1 WHERE id = $EDIT_DEAL;" >"$WORK/update_deal.sql"
compare deal-edit 3 "bare UPDATE" "--db $WORK/write.db -q deal edit $EDIT_DEAL --amount 1500" \
  "$WRITE .read\\ $WORK/update_deal.sql"
compare undo-one 3 "bare UPDATE" "--db $WORK/write.db -q undo --yes" "$WRITE .read\\ $WORK/update_deal.sql"
# Search: acct search against the same FTS5 query in the sqlite3 shell, printing the same
# rows (bench/queries/search.sql). Every touch of the data set says "... about renewal", so
# this search answers a million rows: the worst case, not the usual one.
compare search 3 "the same FTS5 query in sqlite3" "--db $WORK/write.db --csv search Renewal" \
  "sqlite3 -batch -csv $WORK/write.db .read\\ $QUERIES/search.sql"
# Names (issue 13): a REF found through its match key (case and legal form aside: the name
# in capitals without "SRL") against the indexed lookup of that key in sqlite3; an unknown
# REF, whose "did you mean" compares it with every client's key, against a scan of the keys.
# The data set's names all have a space (the bench splits arguments on spaces), so one
# client of one word is added among them.
"$ACCT" -q --db "$WORK/write.db" client add "Benchmarkovich S.R.L." >/dev/null
echo "SELECT id, name FROM client WHERE match_key = 'benchmarkovich';" >"$WORK/name_key.sql"
echo "SELECT id, name FROM client WHERE instr(match_key, 'qzxwv') > 0;" >"$WORK/name_scan.sql"
compare name-ref 3 "the indexed key lookup in sqlite3" "--db $WORK/write.db --csv contact list BENCHMARKOVICH" \
  "$WRITE .read\\ $WORK/name_key.sql"
EXPECT_EXIT=1 compare name-did-you-mean 3 "a scan of every key in sqlite3" \
  "--db $WORK/write.db contact list QZXWVBENCHMARKOVIC" "$WRITE .read\\ $WORK/name_scan.sql"
# Currencies: a rate that re-converts 100 000 closed deals (every closed deal at a small
# scale), put in a currency of their own on a copy, against a bare UPDATE of those rows.
if has rate; then
  rate_db=$WORK/rate.db
  sql "$WORK/write.db" 'PRAGMA wal_checkpoint(TRUNCATE)' >/dev/null
  cp "$WORK/write.db" "$rate_db"
  sql "$rate_db" "UPDATE deal SET currency = 'CHF' WHERE id IN
                  (SELECT id FROM deal WHERE closed_on IS NOT NULL ORDER BY id LIMIT 100000)"
  cp "$rate_db" "$WORK/rate-bare.db"
  chf=$(sql "$rate_db" "SELECT count(*) FROM deal WHERE currency = 'CHF'")
  echo "UPDATE deal SET base_amount = amount * 9 / 10 WHERE currency = 'CHF' AND closed_on >= '2000-01-01';" \
    >"$WORK/rate_update.sql"
  compare rate-add 3 "bare UPDATE of the $chf deals" "--db $rate_db -q rate add CHF 2000-01-01 0.9" \
    "sqlite3 -batch $WORK/rate-bare.db .read\\ $WORK/rate_update.sql"
fi
# Undo of the touches import against a bare DELETE of its rows (one timed run each, on
# two copies of the database after the import).
if has undo; then
  undo_db=$WORK/undo.db
  rm -f "$undo_db" "$undo_db-wal" "$undo_db-shm"
  "$ACCT" -q --db "$undo_db" init >/dev/null
  "$ACCT" -q --db "$undo_db" import clients "$DATA/clients.csv"
  "$ACCT" -q --db "$undo_db" import contacts "$DATA/contacts.csv"
  "$ACCT" -q --db "$undo_db" import touches "$DATA/touches.csv"
  sql "$undo_db" 'PRAGMA wal_checkpoint(TRUNCATE)' >/dev/null
  cp "$undo_db" "$WORK/delete.db"
  if timed sqlite3 -batch "$WORK/delete.db" "DELETE FROM touch"; then
    bare_delete=$SECONDS_TAKEN
    if timed "$ACCT" -q --db "$undo_db" undo --yes; then
      $TAB single "undo-import" 2 "bare DELETE of the imported rows" "acct undo (import touches)" \
        "$SECONDS_TAKEN" "$bare_delete" "$RSS_KB" >>"$ROWS"
    else
      FAILED=1
      $TAB skip "undo-import" "acct undo (import touches)" "FAILED" >>"$ROWS"
    fi
  fi
fi

# --- start-up, on a tiny database -------------------------------------------------------
TINY=$WORK/tiny.db
rm -f "$TINY" "$TINY-wal" "$TINY-shm"
for name in Acme Globex Initech; do "$ACCT" -q --db "$TINY" client add "$name" >/dev/null; done
compare startup-version "" "sqlite3 -version" "--version" "sqlite3 -version"
compare startup-list "" "SELECT * FROM client" "--db $TINY --csv client list" \
  "sqlite3 -batch -csv $TINY SELECT\\ *\\ FROM\\ client"

# compare_language NAME 'ACCT ARGS': acct in Russian (LANGUAGE=ru LANG=ru_RU.UTF-8, its
# catalog bound and --help translated as the command line is built) against the same
# command in English; both through env, so that neither pays for it alone.
compare_language() {
  local name=$1 args=$2 rss
  local in_ru="env -u LC_ALL LANGUAGE=ru LANG=ru_RU.UTF-8 $ACCT $args"
  local in_en="env -u LANGUAGE -u LANG LC_ALL=C.UTF-8 $ACCT $args"
  # shellcheck disable=SC2086
  if ! rss=$(peak_rss $in_ru); then
    FAILED=1
    $TAB skip "$name" "acct $args (ru)" "FAILED" >>"$ROWS"
    return 0
  fi
  note "timing $name"
  hyperfine -N --style none --warmup 1 --min-runs 3 --max-runs "$RUNS" \
    --export-json "$WORK/$name.json" -n acct "$in_ru" -n baseline "$in_en" >/dev/null
  $TAB row "$name" 1.2 "the same in English" "acct $args (LANGUAGE=ru)" "$WORK/$name.json" "$rss" >>"$ROWS"
}
compare_language startup-version-lang "--version"
compare_language startup-list-lang "--db $TINY --csv client list"

# --- the record -------------------------------------------------------------------------
{
  echo "date: $(date -u '+%Y-%m-%d %H:%M UTC')"
  echo "scale: $SCALE ($(grep -v '^scale=' "$DATA/meta.txt" | tr '\n' ' '))"
  echo "acct: $("$ACCT" --version 2>&1 | head -1) ($(git -C "$ROOT" describe --always --dirty 2>/dev/null || echo '?'))"
  echo "cpu: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'), nproc $(nproc)"
  echo "memory: $(awk '/MemTotal/ {printf "%.1f GiB", $2 / 1048576}' /proc/meminfo)"
  echo "sqlite: $(sqlite3 -version | cut -d' ' -f1-2)"
  echo "disk: $(df -h "$WORK" | awk 'NR == 2 {print $1 " (" $2 ")"}')"
} >"${ROWS%.tsv}.machine"
echo
$TAB print "$ROWS"
$TAB markdown "$BENCH_RESULTS" "$ROOT/bench/NOTES.md" >"$RESULTS_MD"
note "results: $ROWS, $RESULTS_MD"
exit "$FAILED"
