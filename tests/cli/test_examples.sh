# The examples: the shipped config passes `acct config check`, the sample CSVs have the
# import columns of the man page's Import, export and backup, and the quickstart and demo scripts run to the end.
source "$(dirname "$0")/lib.sh"
source "$(dirname "$0")/help_walk.sh"
EXAMPLES="$ACCT_SOURCE_DIR/examples"

ok --config "$EXAMPLES/config.toml" config check
expect_err_has 'config.toml: ok'

# Headers of the sample files.
expect_header() {
  check
  local header; header=$(head -n 1 "$EXAMPLES/sample/$1.csv")
  [ "$header" = "$2" ] || fail "examples/sample/$1.csv header: $header"
}
expect_header clients name,tier,status,industry,region,tags,cadence_days,credit_limit,payment_terms_days,notes
expect_header contacts client,name,role,email,phone,birthday,decision_maker,notes
expect_header deals client,amount,title,stage,date,expected_close,probability,product,kind,lost_reason
expect_header touches client,kind,date,summary,contact,next_action,next_date
expect_header invoices client,amount,due,number,issued,paid_amount,paid_on

# Once import exists, the whole sample loads into an empty database.
if has_command import; then
  ok -q init
  for kind in clients contacts deals touches invoices; do
    ok import "$kind" "$EXAMPLES/sample/$kind.csv"
  done
  ok client list --csv
  check; [ "$(printf '%s\n' "$OUT" | wc -l)" -eq "$(wc -l <"$EXAMPLES/sample/clients.csv")" ] ||
    fail "client list after importing the sample"

  # The pipelines of README.md and the man page's EXAMPLES, on the sample.
  # pipeline NAME COMMAND: the shell pipeline succeeds and prints something.
  pipeline() {
    check
    OUT=$(bash -o pipefail -c "$2" 2>&1); CODE=$?
    [ "$CODE" -eq 0 ] && [ -n "$OUT" ] || fail "the $1 pipeline: $2"
  }
  acct() { "$ACCT_BIN" "$@"; }
  export -f acct
  if has_command report sales; then
    pipeline mlr "acct report sales --by client --period this-year --csv | mlr --icsv --opprint sort -nr revenue then head -n 10"
    expect_out_has '^key +deals +revenue'
  fi
  if has_command report activity; then
    pipeline sort "acct report activity --format tsv | tail -n +2 | sort -t \"\$(printf '\\t')\" -k7,7nr | cut -f1,6,7"
  fi
  if has_command invoice list; then
    pipeline jq "acct invoice list --overdue --json | jq '[.[] | .amount - (.paid_amount // 0)] | add'"
    expect_out_has '^[0-9.]+$'
  fi
fi

for script in quickstart.sh demo.sh; do
  check
  if ! bash "$EXAMPLES/$script" "$ACCT_BIN" >"$TEST_DIR/$script.out" 2>"$TEST_DIR/$script.err"; then
    OUT=$(tail -n 20 "$TEST_DIR/$script.out"); ERR=$(tail -n 20 "$TEST_DIR/$script.err")
    fail "examples/$script failed"
  fi
done
check; grep -q 'Acme SRL' "$TEST_DIR/quickstart.sh.out" || fail "quickstart.sh lists no client"
check; grep -q 'Acme SRL' "$TEST_DIR/demo.sh.out" || fail "demo.sh lists no client"
# Only the steps of commands not in this build may be skipped.
for words in "client add" "contact add" "deal log" "deal add" touch plan kpi; do
  check
  if has_command $words && grep -q "skipped: acct $words " "$TEST_DIR/quickstart.sh.err"; then
    fail "quickstart.sh skipped 'acct $words', which exists"
  fi
done

# The rate examples import as they are: the currency,date,rate file and the ECB sample.
ok -q --db "$TEST_DIR/rates.db" import rates "$EXAMPLES/rates/rates.csv"
expect_eq "$(ACCT_DB="$TEST_DIR/rates.db" "$ACCT_BIN" rate list --csv | wc -l)" 4 "rates of examples/rates/rates.csv"
ok -q --db "$TEST_DIR/ecb.db" rate import "$EXAMPLES/rates/eurofxref-hist.csv"
ok --db "$TEST_DIR/ecb.db" rate list --currency GBP --csv
expect_out_has ",GBP,2026-11-20,"

finish
