# acct plan: one client per reason, every format, bad ranges, determinism, ICS validity,
# and the cron script. Today is Monday 2026-11-23 (ISO week 2026-W48).
source "$(dirname "$0")/lib.sh"

cat >"$ACCT_CONFIG" <<'TOML'
[calendar]
holidays = ["2026-11-26"]
day_start = "09:00"
slot_minutes = 30
TOML

ok -q init
touched() { ok -q touch "$1" "$2" --date "$3" ${4:+--next-date "$4"}; }

ok -q client add "Follow Co" --tier C                  # 1: follow-up pinned on Wednesday
touched 1 call 2026-11-20 2026-11-25
ok -q client add "Birthday Co" --tier C                # 2: birthday on Sunday -> Friday
touched 2 call 2026-11-20
ok -q contact add "Birthday Co" "Ana Pop" --birthday 1980-11-29 --phone "0721 000 111"
ok -q client add "Cadence Co" --tier B                 # 3: due 11-15, 8 days late
touched 3 call 2026-11-01
ok -q client add "Visit Co" --tier A                   # 4: last visit 2026-10-01
touched 4 visit 2026-10-01
touched 4 call 2026-11-22
ok -q contact add "Visit Co" "Dan Ene" --phone "0722 111 222"
ok -q contact add "Visit Co" "Eva Boss" --decision-maker --phone "0733 222 333"
ok -q client add "Closing Co" --tier C                 # 5: open deal closes Tuesday
touched 5 call 2026-11-20
ok -q --today 2026-11-20 deal add "Closing Co" "Renewal" 1000 --stage proposal --close 2026-11-24
ok -q client add "Stale Co" --tier C --cadence 60      # 6: stage and touch older than 21 days
touched 6 call 2026-10-20
ok -q --today 2026-10-01 deal add "Stale Co" "Maybe" 500 --stage lead --close 2026-12-31
ok -q client add "Invoice Co" --tier C                 # 7: unpaid since 11-10
touched 7 call 2026-11-20
ok -q invoice add "Invoice Co" 200 --issued 2026-10-10 --due 2026-11-10
ok -q client add "Dormant Co" --tier C                 # 8: last order in May
touched 8 call 2026-11-20
ok -q deal log "Dormant Co" 100 --date 2026-05-01
ok -q client add "Case Co" --tier C                    # 9: case with no response
touched 9 call 2026-11-20
ok -q case open "Case Co" "Broken" --at 2026-11-22T10:00
ok -q client add "Quiet Co" --tier C                   # 10: nothing due (its invoice is paid)
touched 10 call 2026-11-20
ok -q invoice add "Quiet Co" 200 --issued 2026-10-10 --due 2026-11-10
paid_invoice=$OUT
ok -q invoice pay "$paid_invoice" --date 2026-11-09
ok -q client add "Gone Co" --tier A                    # 11: archived: never planned
ok -q client archive "Gone Co"

# Already-due items fill Monday in score order (a visit takes 90 minutes); the deal that
# closes on Tuesday is placed on Tuesday, spreading the week.
ok plan --csv
expect_out 'date,time,kind,client_id,client,tier,contact,phone,reasons,score,actions,address
2026-11-23,09:00,visit,4,Visit Co,A,Eva Boss,0733 222 333,cadence;visit,72,,
2026-11-23,10:30,call,9,Case Co,C,,,case-open,60,,
2026-11-23,11:00,call,7,Invoice Co,C,,,invoice-overdue,40,,
2026-11-23,11:30,call,8,Dormant Co,C,,,dormant,25,,
2026-11-23,12:00,call,6,Stale Co,C,,,deal-stale,20,,
2026-11-23,12:30,call,3,Cadence Co,B,,,cadence,16,,
2026-11-24,09:00,call,5,Closing Co,C,,,deal-closing,30,,
2026-11-25,09:00,call,1,Follow Co,C,,,follow-up,100,,
2026-11-27,09:00,call,2,Birthday Co,C,Ana Pop,0721 000 111,birthday,50,,'

ok plan --format tsv --week 2026-W48 --calls-per-day 2 --visits-per-day 0
expect_out 'date	time	kind	client_id	client	tier	contact	phone	reasons	score	actions	address
2026-11-23	09:00	call	9	Case Co	C			case-open	60		
2026-11-23	09:30	call	7	Invoice Co	C			invoice-overdue	40		
2026-11-24	09:00	call	5	Closing Co	C			deal-closing	30		
2026-11-24	09:30	call	8	Dormant Co	C			dormant	25		
2026-11-25	09:00	call	1	Follow Co	C			follow-up	100		
2026-11-25	09:30	call	6	Stale Co	C			deal-stale	20		
2026-11-27	09:00	call	2	Birthday Co	C	Ana Pop	0721 000 111	birthday	50		
2026-11-27	09:30	call	3	Cadence Co	B			cadence	16		
		visit	4	Visit Co	A	Eva Boss	0733 222 333	cadence;visit	72		'

# A one-day range: everything lands on it; closing tomorrow is not yet stale.
ok plan --json --from 2026-11-25 --days 1 --explain
expect_out '[
{"date":"2026-11-25","time":"09:00","kind":"call","client_id":1,"client":"Follow Co","tier":"C","contact":null,"phone":null,"reasons":"follow-up","score":100,"actions":null,"address":null,"explain":"follow-up +100"},
{"date":"2026-11-25","time":"09:30","kind":"visit","client_id":4,"client":"Visit Co","tier":"A","contact":"Eva Boss","phone":"0733 222 333","reasons":"visit","score":75,"actions":null,"address":null,"explain":"visit 3 × 25 days since a visit was due = 75"},
{"date":"2026-11-25","time":"11:00","kind":"call","client_id":9,"client":"Case Co","tier":"C","contact":null,"phone":null,"reasons":"case-open","score":60,"actions":null,"address":null,"explain":"case-open +60"},
{"date":"2026-11-25","time":"11:30","kind":"call","client_id":7,"client":"Invoice Co","tier":"C","contact":null,"phone":null,"reasons":"invoice-overdue","score":40,"actions":null,"address":null,"explain":"invoice-overdue +40"},
{"date":"2026-11-25","time":"12:00","kind":"call","client_id":5,"client":"Closing Co","tier":"C","contact":null,"phone":null,"reasons":"deal-closing","score":30,"actions":null,"address":null,"explain":"deal-closing +30"},
{"date":"2026-11-25","time":"12:30","kind":"call","client_id":8,"client":"Dormant Co","tier":"C","contact":null,"phone":null,"reasons":"dormant","score":25,"actions":null,"address":null,"explain":"dormant +25"},
{"date":"2026-11-25","time":"13:00","kind":"call","client_id":3,"client":"Cadence Co","tier":"B","contact":null,"phone":null,"reasons":"cadence","score":20,"actions":null,"address":null,"explain":"cadence 2 × 10 days overdue = 20"},
{"date":"2026-11-25","time":"13:30","kind":"call","client_id":6,"client":"Stale Co","tier":"C","contact":null,"phone":null,"reasons":"deal-stale","score":20,"actions":null,"address":null,"explain":"deal-stale +20"}
]'

# The human table: a heading naming the week, one block per day, reasons in words.
ok plan
expect_out_has '^Plan for 2026-W48 \(2026-11-23\.\.2026-11-29, the rest of this week\)$'
expect_out_has '^Wed 2026-11-25$'
expect_out_has '^09:00  call +Follow Co +C +follow-up due +100$'
expect_out_has 'Birthday Co +C +Ana Pop +0721 000 111 +birthday +50$'
expect_out_lacks 'Gone Co'
# Friday: the rest of this week is Friday itself, so Friday's own items are shown.
ACCT_TODAY=2026-11-27 ok plan --calls-per-day 1
expect_out_has '^Plan for 2026-W48 \(2026-11-27\.\.2026-11-29, the rest of this week\)$'
expect_out_has '^Fri 2026-11-27$'
expect_out_has '^Overflow \(no room left in the range\)$'
# Saturday is past this week's last workday: next week.
ACCT_TODAY=2026-11-28 ok plan --calls-per-day 1
expect_out_has '^Plan for 2026-W49 \(2026-11-30\.\.2026-12-06, next week: this week.s last workday has passed\)$'

# Bad ranges and flags exit 2 and name the value.
fails 2 "invalid week '2026-W54': 2026 has ISO weeks 01 to 53" plan --week 2026-W54
fails 2 "invalid days '0': expected 1 to 366" plan --days 0
fails 2 "invalid days '367'" plan --from 2026-11-23 --days 367
fails 2 "invalid date 'someday'" plan --from someday
fails 2 "^acct: error: --week and --from cannot be used together$" plan --week next --from 2026-11-23
fails 2 "invalid calls per day '-1'" plan --calls-per-day -1
fails 2 "ics is only for plan|invalid format" client list --format ics

# ICS: stable UIDs, CRLF, folding, parsed by python3-icalendar and imported by khal.
ok plan --format ics
ics=$TEST_DIR/plan.ics
"$ACCT_BIN" plan --format ics >"$ics"
expect_out_has '^UID:plan-2-20261127@acct'
expect_out_lacks 'BEGIN:VALARM'
expect_out_has '^DTSTAMP:20261123T000000Z'
expect_out_has '^DTSTART:20261127T090000'
expect_out_has '^SUMMARY:Visit Visit Co'
check; [ "$(grep -c $'\r$' "$ics")" = "$(wc -l <"$ics")" ] || fail "ICS lines must end in CRLF"
check; ! LC_ALL=C grep -q '.\{76\}' <(tr -d '\r' <"$ics") || fail "ICS line longer than 75 octets"
check
/usr/bin/python3 - "$ics" <<'PY' || fail "python3-icalendar rejects the plan"
import sys, icalendar
cal = icalendar.Calendar.from_ical(open(sys.argv[1], 'rb').read())
events = [e for e in cal.walk('VEVENT')]
assert len(events) == 9, len(events)
birthday = [e for e in events if str(e['UID']) == 'plan-2-20261127@acct'][0]
assert len({str(e['UID']) for e in events}) == len(events)
assert str(birthday['SUMMARY']) == 'Call Birthday Co'
assert 'Ana Pop' in str(birthday['DESCRIPTION']) and '0721 000 111' in str(birthday['DESCRIPTION'])
assert birthday['DTSTART'].dt.isoformat() == '2026-11-27T09:00:00'
PY
if command -v khal >/dev/null; then
mkdir -p "$TEST_DIR/cal/plan"
cat >"$TEST_DIR/khal.conf" <<KHAL
[calendars]
[[plan]]
path = $TEST_DIR/cal/plan
type = calendar
[locale]
timeformat = %H:%M
dateformat = %Y-%m-%d
longdateformat = %Y-%m-%d
datetimeformat = %Y-%m-%d %H:%M
longdatetimeformat = %Y-%m-%d %H:%M
[default]
default_calendar = plan
KHAL
check
XDG_DATA_HOME=$TEST_DIR/khal-data khal -c "$TEST_DIR/khal.conf" import --batch -a plan "$ics" >/dev/null 2>"$TEST_DIR/khal.err" \
  || { cat "$TEST_DIR/khal.err" >&2; fail "khal import rejects the plan"; }
expect_eq "$(ls "$TEST_DIR/cal/plan" | wc -l)" 9 "events imported by khal"
# Regenerated after a change (a client's call moves to a visit: same client, same day) and
# imported again: events are replaced by UID, never duplicated.
"$ACCT_BIN" plan --format ics --visits-per-day 0 --alarm 15 >"$TEST_DIR/again.ics"
check
XDG_DATA_HOME=$TEST_DIR/khal-data khal -c "$TEST_DIR/khal.conf" import --batch -a plan "$TEST_DIR/again.ics" >/dev/null 2>"$TEST_DIR/khal.err" \
  || { cat "$TEST_DIR/khal.err" >&2; fail "khal rejects the second import"; }
check
XDG_DATA_HOME=$TEST_DIR/khal-data khal -c "$TEST_DIR/khal.conf" import --batch -a plan "$ics" >/dev/null 2>"$TEST_DIR/khal.err" \
  || { cat "$TEST_DIR/khal.err" >&2; fail "khal rejects the third import"; }
expect_eq "$(ls "$TEST_DIR/cal/plan" | wc -l)" 9 "events after importing the plan again"
else
    echo "test_plan: khal is not installed: skipping the calendar import checks (make deps installs it)" >&2
fi

# --alarm adds a VALARM to every event; overflow is counted on stderr; a negative alarm is exit 2.
ok plan --format ics --visits-per-day 0 --alarm 15
expect_out_has '^TRIGGER:-PT15M'
expect_err_has '^1 item did not fit in the range and is not in the calendar$'
check; [ "$(grep -c '^BEGIN:VALARM' <<<"$OUT")" = "$(grep -c '^BEGIN:VEVENT' <<<"$OUT")" ] || fail "one VALARM per event"
fails 2 "invalid alarm '-5'" plan --format ics --alarm -5

# A short day: what no longer fits keeps its date with no time (an all-day event), and
# nothing starts at or runs past day_end.
cat >"$TEST_DIR/short.toml" <<'TOML'
[calendar]
holidays = ["2026-11-26"]
day_start = "16:00"
day_end = "17:45"
TOML
ACCT_CONFIG=$TEST_DIR/short.toml ok plan --csv --week 2026-W48
expect_out_has '^2026-11-23,16:00,visit,4,'
expect_out_has '^2026-11-23,,call,9,'
expect_out_lacks ',1[7-9]:[0-9][0-9],|,2[0-3]:'
ACCT_CONFIG=$TEST_DIR/short.toml ok plan --format ics --week 2026-W48
expect_out_has '^DTSTART;VALUE=DATE:20261123'
printf '%s\n' "$OUT" >"$TEST_DIR/short.ics"
check
/usr/bin/python3 - "$TEST_DIR/short.ics" <<'PY' || fail "python3-icalendar rejects all-day events"
import sys, icalendar
cal = icalendar.Calendar.from_ical(open(sys.argv[1], 'rb').read())
assert len(list(cal.walk('VEVENT'))) == 9
PY

# A tier may weigh 0: its lateness adds nothing, and --explain still says how late it is
# ("0 × 10 days", not "+0"), in CSV and in the table's words.
cat >"$TEST_DIR/weightless.toml" <<'TOML'
[calendar]
holidays = ["2026-11-26"]
[tiers.A]
cadence_days = 7
visit_every_days = 30
weight = 3
[tiers.B]
cadence_days = 14
weight = 0
[tiers.C]
cadence_days = 30
weight = 0
TOML
ACCT_CONFIG=$TEST_DIR/weightless.toml ok plan --csv --explain --from 2026-11-25 --days 1
expect_out_has '^2026-11-25,[0-9:]+,call,3,Cadence Co,B,.*,cadence,0,.*,cadence 0 × 10 days overdue = 0$'
ACCT_CONFIG=$TEST_DIR/weightless.toml ok plan --explain --from 2026-11-25 --days 1
expect_out_has 'Cadence Co .* due for contact: 0 × 10 days overdue = 0$'

# Folding and escaping of a long, punctuated, non-ASCII name.
ok -q client add "Ωμέγα Τεχνολογίες Ανώνυμη Εταιρεία; Κατασκευές, Εμπόριο και Υπηρεσίες" --tier C
ok plan --format ics --week next
check; tr -d '\r' <<<"$OUT" | sed -e ':a' -e 'N' -e '$!ba' -e 's/\n //g' | grep -q '^SUMMARY:Call Ωμέγα Τεχνολογίες Ανώνυμη Εταιρεία\\; Κατασκευές\\, Εμπόριο και Υπηρεσίες$' \
  || fail "long name not escaped and folded"

# Same inputs and --today: the same bytes, whatever the locale and environment.
first=$("$ACCT_BIN" plan --format ics --week next | od -c)
second=$(env -i ACCT_DB="$ACCT_DB" ACCT_CONFIG="$ACCT_CONFIG" "$ACCT_BIN" --today 2026-11-23 plan --format ics --week next | od -c)
expect_eq "$second" "$first" "ics output is byte-identical"
first=$("$ACCT_BIN" plan --csv --week next)
second=$(env -i ACCT_DB="$ACCT_DB" ACCT_CONFIG="$ACCT_CONFIG" ACCT_TODAY=2026-11-23 "$ACCT_BIN" plan --csv --week next)
expect_eq "$second" "$first" "csv output is byte-identical"

# The cron script: next week's CSV and ICS into a folder, named by the week.
out_dir=$TEST_DIR/plans
check
ACCT=$ACCT_BIN ACCT_TODAY=2026-11-27 sh "$ACCT_SOURCE_DIR/examples/cron/weekly-plan.sh" "$out_dir" || fail "weekly-plan.sh failed"
check; cmp -s "$out_dir/plan-2026-W49.csv" <(ACCT_TODAY=2026-11-27 "$ACCT_BIN" plan --week 2026-W49 --csv) \
  || fail "cron CSV differs from acct plan --week 2026-W49"
check; cmp -s "$out_dir/plan-2026-W49.ics" <(ACCT_TODAY=2026-11-27 "$ACCT_BIN" plan --week 2026-W49 --format ics) \
  || fail "cron ICS differs"
check
ACCT=$ACCT_BIN ACCT_DB=$TEST_DIR/missing.db sh "$ACCT_SOURCE_DIR/examples/cron/weekly-plan.sh" "$TEST_DIR/none" 2>/dev/null \
  && fail "weekly-plan.sh must fail without a database"
check; [ -z "$(ls "$TEST_DIR/none" 2>/dev/null)" ] || fail "weekly-plan.sh left files after failing"

# A client's address (client add/edit --address) is the plan's address column, the card's
# address and the calendar's LOCATION (escaped as RFC 5545 TEXT; read back by icalendar).
ok -q client edit "Visit Co" --address "Str. Memorandumului 28, Cluj-Napoca; et. 2"
ok plan --csv
expect_out_has '^[0-9-]+,[0-9:]+,visit,4,Visit Co,.*,"Str. Memorandumului 28, Cluj-Napoca; et. 2"$'
ok client show "Visit Co" --csv
expect_out_has '^address,"Str. Memorandumului 28, Cluj-Napoca; et. 2"$'
"$ACCT_BIN" plan --format ics >"$TEST_DIR/located.ics"; check
grep -q '^LOCATION:Str. Memorandumului 28\\, Cluj-Napoca\\; et. 2' "$TEST_DIR/located.ics" || fail "no escaped LOCATION"
check
/usr/bin/python3 - "$TEST_DIR/located.ics" <<'PY' || fail "python3-icalendar does not read the LOCATION back"
import sys, icalendar
cal = icalendar.Calendar.from_ical(open(sys.argv[1], 'rb').read())
visits = [e for e in cal.walk('VEVENT') if str(e['SUMMARY']) == 'Visit Visit Co']
assert visits and str(visits[0]['LOCATION']) == 'Str. Memorandumului 28, Cluj-Napoca; et. 2', visits
others = [e for e in cal.walk('VEVENT') if str(e['SUMMARY']) != 'Visit Visit Co']
assert all('LOCATION' not in e for e in others)
PY
ok -q client edit "Visit Co" --address ""
ok plan --csv
expect_out_has '^[0-9-]+,[0-9:]+,visit,4,Visit Co,.*,$'
fails_unchanged 2 "address" client edit "Visit Co" --address $'bad\033[0m'

finish
