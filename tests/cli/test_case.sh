# acct case open|respond|resolve|list: timestamps, refusals and bad inputs.
source "$(dirname "$0")/lib.sh"

ok -q init
ok -q client add "Acme SRL" --tier A
ok -q client add "Ωμέγα ΑΕ"

ok case open Acme "Late delivery" --severity high --at 2026-11-20T14:30
expect_out "1"
expect_err_has "opened high case 1 for 'Acme SRL' at 2026-11-20T14:30"
ok -q case open Ωμέγα "Λάθος τιμολόγιο" --at fri
expect_eq "$(sql "SELECT opened_at, severity FROM support_case WHERE id = 2")" "2026-11-20T09:00|normal" "--at a date is 09:00, severity normal"
ok -q case open Acme "Broken pallet" --severity CRITICAL
expect_eq "$(sql "SELECT substr(opened_at, 1, 11), severity FROM support_case WHERE id = 3")" "2026-11-23T|critical" "now is on the pinned day"

ok case respond 1 --at "2026-11-20 16:00"
expect_err_has "case 1 of 'Acme SRL': first response at 2026-11-20T16:00"
ok case resolve 1 --at 2026-11-21T10:15
expect_eq "$(sql "SELECT first_response_at, resolved_at FROM support_case WHERE id = 1")" "2026-11-20T16:00|2026-11-21T10:15" "respond, resolve"
# Resolving an unanswered case records the response at the same time.
ok -q case resolve 2 --at yesterday
expect_eq "$(sql "SELECT first_response_at, resolved_at FROM support_case WHERE id = 2")" "2026-11-22T09:00|2026-11-22T09:00" "resolve implies a response"
ok -q case respond 3

ok case list --csv
expect_out_has '^id,client,severity,opened,first_response,resolved,summary,resolution_note$'
expect_out_has '^1,Acme SRL,high,2026-11-20T14:30,2026-11-20T16:00,2026-11-21T10:15,Late delivery,$'
expect_out_has '^2,Ωμέγα ΑΕ,normal,2026-11-20T09:00,2026-11-22T09:00,2026-11-22T09:00,Λάθος τιμολόγιο,$'
expect_out_has '^3,Acme SRL,critical,2026-11-23T[0-9]{2}:[0-9]{2},2026-11-23T[0-9]{2}:[0-9]{2},,Broken pallet,$'
ok case list --csv --open
expect_eq "$(printf '%s\n' "$OUT" | tail -n +2 | cut -d, -f1 | tr '\n' ' ')" "3 " "--open"
ok case list --json --open
expect_out_has '"resolved":null'

# Refusals and bad inputs: nothing written.
fails_unchanged 1 "case 1 already has its first response, at 2026-11-20T16:00" case respond 1
fails_unchanged 1 "case 1 is already resolved, at 2026-11-21T10:15" case resolve 1
fails_unchanged 1 "no case with id 9" case respond 9
fails_unchanged 1 "no case with id 9" case resolve 9
ok -q case open Acme "Wrong colour" --at 2026-11-22T12:00
fails_unchanged 2 "invalid time '2026-11-22T11:59': before the case was opened at 2026-11-22T12:00" case respond 4 --at 2026-11-22T11:59
fails_unchanged 2 "invalid time '2026-11-22T11:00': before the case was opened" case resolve 4 --at 2026-11-22T11:00
fails_unchanged 2 "invalid severity 'urgent': expected low, normal, high or critical" case open Acme x --severity urgent
fails_unchanged 2 "invalid time '2026-11-20T24:00': expected YYYY-MM-DDTHH:MM or a date" case open Acme x --at 2026-11-20T24:00
fails_unchanged 2 "invalid time 'soon'" case respond 4 --at soon
fails_unchanged 2 "case summary: it is empty" case open Acme ""
fails_unchanged 1 "no client matches 'Nobody'" case open Nobody x
fails_unchanged 2 "^acct: error: 'acct case open' needs SUMMARY: what the problem is$" case open Acme

finish
