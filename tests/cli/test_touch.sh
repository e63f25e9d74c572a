# acct touch REF KIND [SUMMARY] with --date, --contact, --next, --next-date, and bad inputs.
source "$(dirname "$0")/lib.sh"

ok -q init
ok -q client add "Acme SRL" --tier A
ok -q client add "Рога и Копыта"
ok -q contact add Acme "Ion Pop" --decision-maker
ok -q contact add Acme "Maria Ionescu"
ok -q contact add Рога "Олег"

ok touch Acme call "Asked about Q1 volumes"
expect_out "1"
expect_err_has "logged call 1 with 'Acme SRL' on 2026-11-23"
expect_eq "$(sql "SELECT client_id, kind, touched_on, contact_id IS NULL, summary, next_action, next_date IS NULL FROM touch WHERE id = 1")" \
  "1|call|2026-11-23|1|Asked about Q1 volumes||1" "plain touch"

# Every kind, case-insensitively; the summary is optional.
for kind in visit Meeting EMAIL message note; do ok -q touch рога "$kind"; done
expect_eq "$(sql "SELECT group_concat(kind, ' ') FROM (SELECT kind FROM touch WHERE client_id = 2 ORDER BY id)")" "visit meeting email message note" "kinds"
expect_eq "$(sql "SELECT count(*) FROM touch WHERE client_id = 2 AND summary = ''")" "5" "no summary"

# --date (past direction), --contact by name or id among the client's contacts.
ok touch Acme visit "Plant tour" --date fri --contact maria
expect_eq "$(sql "SELECT touched_on, contact_id FROM touch WHERE id = 7")" "2026-11-20|2" "--date fri, --contact"
ok -q touch Acme email --contact 1
expect_eq "$(sql "SELECT contact_id FROM touch WHERE id = 8")" "1" "--contact by id"
ok -q touch Рога call --contact олег
expect_eq "$(sql "SELECT contact_id FROM touch WHERE id = 9")" "3" "--contact folds Cyrillic case"

# --next-date opens a follow-up (future direction), with --next its action; --next alone is
# refused: a next step without a day is never planned.
ok touch Acme call "Sent prices" --next "Call back about the offer" --next-date fri
expect_err_has "opened follow-up 1 'Call back about the offer' \(due 2026-11-27\)"
expect_eq "$(sql "SELECT client_id, due_on, action, touch_id, state FROM followup WHERE id = 1")" "1|2026-11-27|Call back about the offer|10|open" "the follow-up"
fails_unchanged 2 "^acct: error: --next 'Send the catalogue' needs --next-date" touch Acme note --next "Send the catalogue"
ok -q touch Acme note --next-date +2w
expect_eq "$(sql "SELECT action, due_on, touch_id FROM followup WHERE id = 2")" "|2026-12-07|11" "--next-date without text"

# The touch shows on the card and as the client's last touch.
ok client list --csv
expect_out_has '^1,Acme SRL,A,customer,,,,2026-11-23,$'

# Bad inputs: nothing written.
fails_unchanged 2 "invalid touch kind 'lunch': expected call, visit, meeting, email, message or note" touch Acme lunch
fails_unchanged 2 "invalid date 'someday'" touch Acme call --date someday
fails_unchanged 2 "invalid date '2026-02-30'" touch Acme call --next-date 2026-02-30
fails_unchanged 2 "invalid next date '2026-11-01': 2026-11-01 is before the touch on 2026-11-23" touch Acme call --next-date 2026-11-01
fails_unchanged 1 "no contact of the client matches 'Олег'" touch Acme call --contact Олег
fails_unchanged 1 "no client matches 'Nobody'" touch Nobody call
fails_unchanged 2 "^acct: error: 'acct touch' needs KIND: call, visit, meeting, email, message or note$" touch Acme

finish
