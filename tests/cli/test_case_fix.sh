# acct case reopen|edit|delete, case list --client, case resolve --note: every case can be
# corrected, reopened and deleted; the note is kept and listed; deletes ask first.
source "$(dirname "$0")/lib.sh"

ok -q init
ok -q client add "Acme SRL"
ok -q client add "Beta SA"
ok -q case open acme "late delivery" --severity high --at 2026-11-20T09:00    # 1
ok -q case open beta "wrong colour" --at 2026-11-21T10:00                     # 2

# resolve --note: stored, listed in the last column; list --client.
ok case resolve 1 --at 2026-11-22T15:00 --note "credit note sent"
ok case list --csv
expect_out "id,client,severity,opened,first_response,resolved,summary,resolution_note
1,Acme SRL,high,2026-11-20T09:00,2026-11-22T15:00,2026-11-22T15:00,late delivery,credit note sent
2,Beta SA,normal,2026-11-21T10:00,,,wrong colour,"
ok case list --client beta --csv
expect_out "id,client,severity,opened,first_response,resolved,summary,resolution_note
2,Beta SA,normal,2026-11-21T10:00,,,wrong colour,"
fails 1 "no client matches 'Nobody'" case list --client Nobody

# reopen: a resolved case is open again (the first response stays, the note goes).
fails_unchanged 1 "case 2 is open: only a resolved case can be reopened" case reopen 2
fails_unchanged 1 "no case with id 9" case reopen 9
ok case reopen 1
expect_err_has "^reopened case 1 of 'Acme SRL' \(resolved at 2026-11-22T15:00\)$"
expect_eq "$(sql "SELECT first_response_at, resolved_at IS NULL, resolution_note FROM support_case WHERE id = 1")" "2026-11-22T15:00|1|" "reopened"
ok case list --open --csv
expect_out_has "^1,Acme SRL,"
ok -q case resolve 1 --at 2026-11-23T08:00 --note "replaced"

# edit: any field, the confirmation names what changed, times stay in order.
ok case edit 1 --severity critical --summary "late delivery, twice" --opened 2026-11-19 --note "replaced twice"
expect_err_has "^edited case 1 of 'Acme SRL': summary 'late delivery, twice', severity critical, opened 2026-11-19T09:00, note 'replaced twice'$"
expect_eq "$(sql "SELECT severity, summary, opened_at, resolution_note FROM support_case WHERE id = 1")" \
  "critical|late delivery, twice|2026-11-19T09:00|replaced twice" "edited"
ok -q case edit 1 --responded 2026-11-21T11:00
expect_eq "$(sql "SELECT first_response_at FROM support_case WHERE id = 1")" "2026-11-21T11:00" "first response moved"
fails_unchanged 1 "^acct: error: no case with id 42$" case edit 42 --severity low
fails_unchanged 2 "nothing to change on case 1" case edit 1
fails_unchanged 2 "invalid severity 'huge'|severity" case edit 1 --severity huge
fails_unchanged 2 "2026-11-24|future" case edit 1 --opened +1d
fails_unchanged 2 "invalid times: the case would be first answered at 2026-11-21T11:00, before it was opened at 2026-11-22T09:00" case edit 1 --opened 2026-11-22
fails_unchanged 1 "case 2 is open: --note is of a resolved case" case edit 2 --note "x"
fails_unchanged 1 "case 2 has no first response yet" case edit 2 --responded 2026-11-22T10:00
fails_unchanged 2 "case summary" case edit 1 --summary ""

# delete: asks first, names the case.
fails_unchanged 2 "not on a terminal: add --yes to delete case 2 of 'Beta SA', normal, opened 2026-11-21T10:00 'wrong colour'" case delete 2
fails_unchanged 1 "no case with id 9" case delete 9 --yes
before=$(db_dump)
run_terminal n "$ACCT_BIN" case delete 2
expect_eq "$CODE" 1 "a 'n' answer exits 1"
expect_out_has "delete case 2 of 'Beta SA', normal, opened 2026-11-21T10:00 'wrong colour'\? \[y/N\] n$"
expect_eq "$(db_dump)" "$before" "nothing deleted on 'n'"
run_terminal y "$ACCT_BIN" case delete 2
expect_eq "$CODE" 0 "a 'y' answer deletes"
expect_eq "$(sql "SELECT count(*) FROM support_case WHERE id = 2")" "0" "case gone"
ok -q undo --yes
expect_eq "$(sql "SELECT summary FROM support_case WHERE id = 2")" "wrong colour" "undo brings it back"

finish
