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

# --next alone records the action unpinned; --next-date pins the follow-up (future direction).
ok touch Acme call "Sent prices" --next "Call back about the offer" --next-date fri
expect_err_has "follow-up pinned for 2026-11-27"
expect_eq "$(sql "SELECT next_action, next_date FROM touch WHERE id = 10")" "Call back about the offer|2026-11-27" "pinned follow-up"
ok -q touch Acme note --next "Send the catalogue"
expect_eq "$(sql "SELECT next_action, next_date IS NULL FROM touch WHERE id = 11")" "Send the catalogue|1" "--next without a date"
ok -q touch Acme call --next-date +2w
expect_eq "$(sql "SELECT next_action, next_date FROM touch WHERE id = 12")" "|2026-12-07" "--next-date without text"

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
fails_unchanged 2 "kind" touch Acme

finish
