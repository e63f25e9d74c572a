# Bad inputs across every command, walked from one table. For each row: the exit code, ONE
# stderr line that names the offending value (plus the "Run 'acct COMMAND --help'" hint after a
# usage error, and the "N problems in FILE; nothing was imported" summary after an import's
# problem line), nothing on stdout, and the database byte-for-byte unchanged.
source "$(dirname "$0")/lib.sh"

# A small realistic portfolio, built through the binary.
ok -q init
ok -q client add "Acme SRL" --tier A --industry Steel --region North --credit-limit 50000 --terms 30
ok -q client add "Acme Steel" --tier B
ok -q client add "Ωμέγα ΑΕ" --tier B --region Αθήνα
ok -q client add "Zeta Ltd" --tier C --status prospect
ok -q contact add "Acme SRL" "Ion Pop" --role Purchasing --birthday 03-14 --decision-maker
ok -q contact add Ωμέγα "Γιώργος" --email g@omega.gr
ok -q deal log "Acme SRL" 12000 --date 2026-10-05 --product beams
WON=$OUT
ok -q deal add Ωμέγα "Pilot" 8000 --stage proposal --close 2026-12-15
OPEN=$OUT
ok -q deal add Zeta "Trial" 500
ok -q deal add Zeta "Gone" 300
LOST=$OUT
ok -q deal lose "$LOST" --reason "Price"
ok -q touch "Acme SRL" call "Order talk" --date 2026-11-20 --contact "Ion Pop" --next "Send offer" --next-date fri
ok -q invoice add "Acme SRL" 12000 --due 2026-11-05 --issued 2026-10-06 --number INV-001 --deal "$WON"
PAID=$OUT
ok -q invoice pay "$PAID" --date 2026-11-01
ok -q invoice add Ωμέγα 800 --due 2026-12-20 --number INV-002
UNPAID=$OUT
ok -q case open Zeta "Late delivery" --severity high --at 2026-11-20T10:00
CASE=$OUT
ok -q case open Zeta "Wrong colour"
RESOLVED=$OUT
ok -q case resolve "$RESOLVED"
expect_eq "$FAILURES" 0 "the portfolio was built"

# Small temporary files the table names: CSV for import, TOML for --config.
T=$TEST_DIR
csv() { local name=$1; shift; printf '%s\n' "$@" >"$T/$name"; }
csv amount.csv 'client,amount' 'Zeta Ltd,"12.000,50"'
csv negative.csv 'client,amount' 'Zeta Ltd,-5'
csv noclient.csv 'client,amount' 'Nobody Inc,100'
csv stage.csv 'client,amount,stage' 'Zeta Ltd,100,wun'
csv dealdate.csv 'client,amount,date' 'Zeta Ltd,100,2026-02-30'
csv prob.csv 'client,amount,stage,probability' 'Zeta Ltd,100,lead,1.5'
csv dealkind.csv 'client,amount,kind' 'Zeta Ltd,100,resale'
csv touchkind.csv 'client,kind,date' 'Zeta Ltd,phone,2026-11-20'
csv touchdate.csv 'client,kind,date' 'Zeta Ltd,call,yesterdayish'
csv birthday.csv 'client,name,birthday' 'Zeta Ltd,Ana,02-30'
csv decider.csv 'client,name,decision_maker' 'Zeta Ltd,Ana,maybe'
csv due.csv 'client,amount,due' 'Zeta Ltd,100,'
csv paid.csv 'client,amount,due,paid_amount,paid_on' 'Zeta Ltd,100,2026-12-01,150,2026-11-20'
csv tier.csv 'name,tier' 'New Co,Q'
csv status.csv 'name,status' 'New Co,vip'
csv cadence.csv 'name,cadence_days' 'New Co,0'
csv dupname.csv 'name' 'ACME srl'
csv column.csv 'client,amount,colour' 'Zeta Ltd,100,red'
csv missing.csv 'client,title' 'Zeta Ltd,Thing'
csv unclosed.csv 'client,amount' '"Zeta Ltd,100'
csv width.csv 'client,amount' 'Zeta Ltd,100,extra'
csv empty.csv
: >"$T/empty.csv"
toml() { local name=$1; shift; printf '%s\n' "$@" >"$T/$name"; }
toml calls.toml '[plan]' 'calls_per_day = "eight"'
toml unknown.toml '[plan]' 'cals_per_day = 3'
toml tiers.toml '[tiers.A]' 'cadence_days = 30' 'weight = 1' '[tiers.B]' 'cadence_days = 7' 'weight = 2'
toml stageprob.toml '[pipeline]' 'stages = [ { name = "lead", probability = 1.5 } ]'
toml rate.toml '[commission]' 'tiers = [ { from = 0.0, rate = -0.02 } ]'
toml workday.toml '[calendar]' 'workdays = ["mon", "funday"]'
toml holiday.toml '[calendar]' 'holidays = ["2026-02-30"]'
toml daystart.toml '[calendar]' 'day_start = "25:00"'
toml tperiod.toml '[targets]' 'period = "fortnight"'
toml method.toml '[commission]' 'method = "flat"'
toml basis.toml '[commission]' 'basis = "promised"'
toml currency.toml '[owner]' 'currency = "euro"'
toml syntax.toml '[plan'
: >"$T/exists.db"
mkdir -p "$T/adir"

# expected exit | regex the one stderr line must match | acct arguments (shell words)
while IFS= read -r row; do
  [ -z "$row" ] && continue
  case $row in '#'*) continue ;; esac
  code=${row%% | *}; rest=${row#* | }; pattern=${rest%% | *}; argline=${rest#* | }
  eval "args=($argline)"
  before=$(db_dump)
  run "${args[@]}"; check
  after=$(db_dump)
  # The lines beyond the message that a row may add: the usage hint, an import's summary.
  msg=$(printf '%s\n' "$ERR" | grep -vE "^Run 'acct( [a-z_]+)* --help' for usage\.$")
  if [ "${args[0]}" = import ]; then
    msg=$(printf '%s\n' "$msg" | grep -vE '^acct: error: 1 problem in .*; nothing was imported$')
  fi
  if [ "$CODE" -ne "$code" ]; then fail "expected exit $code: acct $argline"
  elif [ "$(printf '%s\n' "$msg" | wc -l)" -ne 1 ]; then fail "expected one stderr line: acct $argline"
  elif ! printf '%s\n' "$msg" | grep -qE -- "$pattern"; then fail "stderr lacks /$pattern/: acct $argline"
  elif [ -n "$OUT" ]; then fail "expected no stdout: acct $argline"
  elif [ "$before" != "$after" ]; then fail "database changed: acct $argline"
  fi
done <<TABLE
# global options
2 | invalid format 'xml' | --format xml client list
2 | 'ics' | client list --format ics
2 | 'sometime' | --today sometime client list
2 | 'rainbow' | --color rainbow client list
2 | unknown option '--bogus' for 'acct client list'$ | client list --bogus
2 | unknown command 'frobnicate'; expected init, config, client, .* or completion$ | frobnicate
2 | unknown command 'frobnicate' for 'acct client'; expected add, list, show, edit, delete, archive or unarchive$ | client frobnicate
2 | unexpected argument 'extra' for 'acct client list'$ | client list extra
# client
2 | invalid tier 'Q' | client add "New Co" --tier Q
2 | invalid client status 'vip' | client add "New Co" --status vip
2 | 'abc' | client add "New Co" --cadence abc
2 | '0' | client add "New Co" --cadence 0
2 | '-3' | client add "New Co" --cadence -3
2 | '12.000,50' | client add "New Co" --credit-limit 12.000,50
2 | '30 days' | client add "New Co" --terms "30 days"
2 | name | client add "   "
1 | 'acme srl' | client add "acme srl"
1 | 'Acm' matches 2 clients | client edit Acm --tier B
1 | no client matches 'Nobody' | client edit Nobody --tier A
1 | 'ACME SRL' already exists | client edit Zeta --name "ACME SRL"
2 | invalid tier 'Q' | client edit Zeta --tier Q
1 | '999' | client show 999
1 | 'Nobody' | client archive Nobody
2 | invalid client status 'vip' | client list --status vip
# contact
1 | 'Nobody' | contact add Nobody "Ana"
2 | '02-30' | contact add Zeta "Ana" --birthday 02-30
2 | '13-01' | contact add Zeta "Ana" --birthday 13-01
2 | '1990-02-29' | contact add Zeta "Ana" --birthday 1990-02-29
1 | no contact with id 999 | contact edit 999 --role Boss
2 | invalid contact id 'abc': an id is a whole number \(see 'acct contact list'\)$ | contact edit abc --role Boss
1 | 'Nobody' | contact list Nobody
# deal
2 | invalid amount '12.000,50' | deal log Zeta 12.000,50
2 | invalid amount '-5' | deal log Zeta -5
2 | invalid amount '1.234' | deal log Zeta 1.234
2 | invalid amount 'ten' | deal log Zeta ten
2 | '2026-02-30' | deal log Zeta 100 --date 2026-02-30
2 | 'someday' | deal log Zeta 100 --date someday
2 | invalid deal kind 'resale' | deal log Zeta 100 --kind resale
2 | '150%' | deal log Zeta 100 --discount 150%
2 | '200' | deal log Zeta 100 --discount 200
1 | 'Nobody' | deal log Nobody 100
2 | invalid stage 'wun' | deal add Zeta "X" 100 --stage wun
2 | '1.5' | deal add Zeta "X" 100 --probability 1.5
2 | '150%' | deal add Zeta "X" 100 --probability 150%
2 | '2026-13-01' | deal add Zeta "X" 100 --close 2026-13-01
1 | no deal with id 999 | deal move 999 proposal
2 | invalid stage 'wun' | deal move $OPEN wun
1 | $WON | deal move $WON proposal
1 | $WON | deal win $WON
2 | invalid deal id 'abc': an id is a whole number \(see 'acct deal list'\)$ | deal win abc
2 | invalid amount 'x' | deal win $OPEN --amount x
2 | reason | deal lose $OPEN
1 | $LOST | deal lose $LOST --reason Again
1 | $OPEN | deal refund $OPEN 10
1 | refund 99,999.00 is more than the 12,000.00 left | deal refund $WON 99999
2 | invalid amount '-5' | deal refund $WON -5
2 | '2026-Q5' | deal list --period 2026-Q5
1 | 'Nobody' | deal list --client Nobody
# touch
2 | invalid touch kind 'phone' | touch Zeta phone
2 | '2026-02-29' | touch Zeta call --date 2026-02-29
1 | 'Nobody' | touch Zeta call --contact Nobody
2 | 'someday' | touch Zeta call --next-date someday
1 | 'Nobody' | touch Nobody call
1 | 'Acm' matches 2 clients | touch Acm call
# invoice
2 | due | invoice add Zeta 100
2 | 'never' | invoice add Zeta 100 --due never
2 | invalid amount 'abc' | invoice add Zeta abc --due +30d
1 | 'INV-001' | invoice add Zeta 100 --due +30d --number INV-001
1 | no deal with id 999 | invoice add Zeta 100 --due +30d --deal 999
2 | '2026-11-01' | invoice add Zeta 100 --due 2026-11-01 --issued 2026-11-20
1 | no invoice has the id or number '999' | invoice pay 999
1 | no invoice has the id or number 'F-404' | invoice pay F-404
1 | no invoice with id 999 | invoice edit 999 --amount 1
1 | no invoice with id 999 | invoice delete 999 --yes
1 | no payment with id 999 | payment delete 999 --yes
1 | no touch with id 999 | touch edit 999 --summary x
1 | no touch with id 999 | touch delete 999 --yes
1 | $PAID | invoice pay $PAID
1 | payment 5000.00 is more than the open amount 800.00 | invoice pay $UNPAID --amount 5000
2 | 'nope' | invoice pay $UNPAID --date nope
1 | 'Nobody' | invoice list --client Nobody
# case
2 | invalid severity 'urgent' | case open Zeta "X" --severity urgent
2 | '2026-11-20T25:00' | case open Zeta "X" --at 2026-11-20T25:00
1 | no case with id 999 | case respond 999
2 | invalid case id 'abc': an id is a whole number \(see 'acct case list'\)$ | case resolve abc
1 | $RESOLVED | case resolve $RESOLVED
# plan
2 | invalid week '2026-W54' | plan --week 2026-W54
2 | '2026-W00' | plan --week 2026-W00
2 | 'soon' | plan --week soon
2 | invalid days '0' | plan --days 0
2 | invalid days '367' | plan --from 2026-11-23 --days 367
2 | 'someday' | plan --from someday
2 | '-1' | plan --calls-per-day -1
2 | invalid --visits-per-day 'x': expected a whole number$ | plan --visits-per-day x
2 | --week and --days cannot be used together$ | plan --week next --days 3
# report
2 | unknown command 'nosuch' for 'acct report'; expected sales, .* or portfolio$ | report nosuch
2 | 'colour' | report sales --by colour
2 | '2026-13' | report sales --period 2026-13
2 | '2026-Q5' | report abc --period 2026-Q5
2 | 'someday' | report forecast --period someday
1 | 'Nobody' | report history Nobody
2 | '2026-W60' | report activity --period 2026-W60
2 | '2026-12-31..2026-01-01' | report sales --period 2026-12-31..2026-01-01
# kpi
2 | invalid period '2026-Q5' | kpi --period 2026-Q5
2 | invalid amount 'abc' | kpi --what-if abc
2 | '-5' | kpi --what-if -5
2 | '2027-02-30' | kpi --period 2027-02-30..2027-03-01
# import: one bad row or a bad file
2 | invalid kind 'refund' | import refund "$T/amount.csv"
1 | nope.csv': No such file | import deals "$T/nope.csv"
2 | amount.csv:2: amount: .*'12.000,50' | import deals "$T/amount.csv"
2 | negative.csv:2: amount: .*'-5' | import deals "$T/negative.csv"
2 | noclient.csv:2: client: .*'Nobody Inc' | import deals "$T/noclient.csv"
2 | stage.csv:2: stage: .*'wun' | import deals "$T/stage.csv"
2 | dealdate.csv:2: date: .*'2026-02-30' | import deals "$T/dealdate.csv"
2 | prob.csv:2: probability: .*'1.5' | import deals "$T/prob.csv"
2 | dealkind.csv:2: kind: .*'resale' | import deals "$T/dealkind.csv"
2 | touchkind.csv:2: kind: .*'phone' | import touches "$T/touchkind.csv"
2 | touchdate.csv:2: date: .*'yesterdayish' | import touches "$T/touchdate.csv"
2 | birthday.csv:2: birthday: .*'02-30' | import contacts "$T/birthday.csv"
2 | decider.csv:2: decision_maker: .*'maybe' | import contacts "$T/decider.csv"
2 | due.csv:2: due: | import invoices "$T/due.csv"
2 | paid.csv:2: paid_amount: .*150 | import invoices "$T/paid.csv"
2 | tier.csv:2: tier: .*'Q' | import clients "$T/tier.csv"
2 | status.csv:2: status: .*'vip' | import clients "$T/status.csv"
2 | cadence.csv:2: cadence_days: .*'0' | import clients "$T/cadence.csv"
2 | dupname.csv:2: name: .*'ACME srl' | import clients "$T/dupname.csv"
2 | column.csv:1: unknown column 'colour' | import deals "$T/column.csv"
2 | missing.csv:1: missing column 'amount' | import deals "$T/missing.csv"
2 | unclosed.csv:2: .*never closed | import deals "$T/unclosed.csv"
2 | width.csv:2: expected 2 fields .* found 3 | import deals "$T/width.csv"
2 | empty.csv: the file is empty | import deals "$T/empty.csv"
2 | invalid --on-duplicate 'merge' | import clients "$T/dupname.csv" --on-duplicate merge
2 | a duplicate deal has the same columns that make its key | import deals "$T/amount.csv" --on-duplicate update
# config keys, through --config
2 | calls.toml:2:[0-9]+: plan.calls_per_day | --config "$T/calls.toml" client add "New Co"
2 | unknown.toml:2:[0-9]+: plan.cals_per_day: unknown key | --config "$T/unknown.toml" config check
2 | tiers.toml:[0-9]+:[0-9]+: tiers | --config "$T/tiers.toml" plan
2 | stageprob.toml:[0-9]+:[0-9]+: pipeline.stages.*1.5 | --config "$T/stageprob.toml" deal add Zeta X 100
2 | rate.toml:[0-9]+:[0-9]+: commission.tiers.*rate | --config "$T/rate.toml" kpi
2 | workday.toml:2:[0-9]+: calendar.workdays.*"funday" | --config "$T/workday.toml" plan
2 | holiday.toml:2:[0-9]+: calendar.holidays.*"2026-02-30" | --config "$T/holiday.toml" plan
2 | daystart.toml:2:[0-9]+: calendar.day_start.*"25:00" | --config "$T/daystart.toml" plan --format ics
2 | tperiod.toml:2:[0-9]+: targets.period.*"fortnight" | --config "$T/tperiod.toml" kpi
2 | method.toml:2:[0-9]+: commission.method.*"flat" | --config "$T/method.toml" kpi
2 | basis.toml:2:[0-9]+: commission.basis.*"promised" | --config "$T/basis.toml" kpi
2 | currency.toml:2:[0-9]+: owner.currency.*"euro" | --config "$T/currency.toml" deal log Zeta 100
2 | syntax.toml:1 | --config "$T/syntax.toml" touch Zeta call
2 | missing.toml' does not exist | --config "$T/missing.toml" client add "New Co"
# export and backup misuse
2 | invalid kind 'refund' | export refund
2 | 'tsv' | export deals --format tsv
1 | exists.db' already exists | backup "$T/exists.db"
2 | is the live database itself | backup --force "$ACCT_DB"
2 | adir' is a directory | backup "$T/adir"
1 | cannot create a file beside | backup "$T/no/such/dir/x.db"
2 | 'acct backup' needs PATH: the copy to write | backup
TABLE

finish
