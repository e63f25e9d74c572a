# acct touch list|edit|delete: every touch can be listed, corrected and deleted; the plan
# and the client's last touch follow; a delete takes the follow-ups the touch opened and
# reopens those it closed; it asks first, on a real terminal too.
source "$(dirname "$0")/lib.sh"

ok -q init
ok -q client add "Acme SRL"
ok -q client add "Beta SA"
ok -q contact add acme "Maria Pop"
ok -q contact add beta "Ion Ene"
ok -q touch acme call "quote sent" --date 2026-11-18 --contact maria --next "call back" --next-date 2026-11-20  # 1, follow-up 1
ok -q touch beta visit --date 2026-11-19                                  # 2
ok -q touch acme note list --date 2026-11-20                              # 3: "list" is a summary here
expect_eq "$(sql "SELECT summary FROM touch WHERE id = 3")" "list" "a summary that is a subcommand's name"

# touch list: columns of the contract, filters.
ok touch list --csv
expect_out "id,client,kind,date,contact,summary
1,Acme SRL,call,2026-11-18,Maria Pop,quote sent
2,Beta SA,visit,2026-11-19,,
3,Acme SRL,note,2026-11-20,,list"
ok touch list --client acme --kind call --csv
expect_out "id,client,kind,date,contact,summary
1,Acme SRL,call,2026-11-18,Maria Pop,quote sent"
ok touch list --period 2026-11-19..2026-11-19 --csv
expect_out "id,client,kind,date,contact,summary
2,Beta SA,visit,2026-11-19,,"
fails 2 "invalid touch kind 'lunch'" touch list --kind lunch
fails 1 "no client matches 'Nobody'" touch list --client Nobody
fails 2 "--date is not an argument of 'acct touch list'" touch list --date fri

# touch edit: the confirmation names what changed; the client's last touch follows.
ok client list --csv
expect_out_has "^2,Beta SA,.*,2026-11-19,"
ok touch edit 2 --date 2026-11-21 --kind meeting --summary "plant tour" --contact ion
expect_err_has "^edited touch 2 of 'Beta SA': kind meeting, date 2026-11-21, summary 'plant tour', contact 'Ion Ene'$"
expect_eq "$(sql "SELECT kind, touched_on, summary, contact_id FROM touch WHERE id = 2")" "meeting|2026-11-21|plant tour|2" "edited"
ok client list --csv
expect_out_has "^2,Beta SA,.*,2026-11-21,"
ok -q touch edit 1 --contact ''
expect_eq "$(sql "SELECT contact_id IS NULL FROM touch WHERE id = 1")" "1" "contact cleared"
run -q touch edit 1 --summary "quote sent"
expect_eq "$CODE" 0 "an edit to the same value succeeds"
expect_eq "$ERR" "" "-q silences the confirmation"

# Bad edits: one line, the right exit code, nothing written.
fails_unchanged 1 "^acct: error: no touch with id 42$" touch edit 42 --date 2026-11-20
fails_unchanged 2 "nothing to change on touch 1" touch edit 1
fails_unchanged 2 "invalid touch date '\+1d': 2026-11-24 is in the future" touch edit 1 --date +1d
fails_unchanged 2 "invalid touch kind 'lunch'" touch edit 1 --kind lunch
fails_unchanged 1 "no contact of the client matches 'Ion'" touch edit 1 --contact Ion
fails 2 "--next-date" touch edit 1 --next-date 2026-11-30
fails_unchanged 2 "Could not convert|id" touch edit abc --date 2026-11-20

# touch delete: off a terminal --yes is required; on one the question names the touch.
ok -q touch acme visit --date 2026-11-23 --keep-followups       # 4, keeps follow-up 1 open
ok -q touch acme call "called back" --date 2026-11-23           # 5, closes follow-up 1
expect_eq "$(sql "SELECT state, closed_by FROM followup WHERE id = 1")" "done|5" "touch 5 closed follow-up 1"
fails_unchanged 2 "not on a terminal: add --yes to delete touch 5, call with 'Acme SRL' on 2026-11-23 'called back'; reopen the 1 follow-up it closed" touch delete 5
ok -q touch delete 5 --yes
expect_eq "$(sql "SELECT state, closed_by IS NULL, closed_on IS NULL FROM followup WHERE id = 1")" "open|1|1" "follow-up 1 open again"
fails_unchanged 2 "not on a terminal: add --yes to delete touch 1, call with 'Acme SRL' on 2026-11-18 'quote sent', and the 1 follow-up it opened" touch delete 1
fails_unchanged 1 "no touch with id 9" touch delete 9 --yes
before=$(db_dump)
run_terminal n "$ACCT_BIN" touch delete 1
expect_eq "$CODE" 1 "a 'n' answer exits 1"
expect_out_has "^delete touch 1, call with 'Acme SRL' on 2026-11-18 'quote sent', and the 1 follow-up it opened\? \[y/N\] n$"
expect_out_has "nothing deleted"
expect_eq "$(db_dump)" "$before" "nothing deleted on 'n'"
run_terminal y "$ACCT_BIN" touch delete 1
expect_eq "$CODE" 0 "a 'y' answer deletes"
expect_out_has "deleted touch 1"
expect_eq "$(sql "SELECT count(*) FROM touch WHERE id = 1") $(sql "SELECT count(*) FROM followup")" "0 0" "touch and its follow-up gone"
ok plan --csv
expect_out_lacks "call back"
ok -q touch delete 3 --yes
ok touch list --csv
expect_out "id,client,kind,date,contact,summary
2,Beta SA,meeting,2026-11-21,Ion Ene,plant tour
4,Acme SRL,visit,2026-11-23,,"

# Logging still needs REF and KIND; `acct touch` alone prints its help.
ok touch
expect_out_has '^Usage: acct touch '
fails 2 "^acct: error: 'acct touch' needs REF: client id, name or unique part of the name$" touch --date fri
fails 2 "^acct: error: 'acct touch' needs KIND: call, visit" touch acme

# Undo puts a deleted touch back.
ok -q undo --yes
expect_eq "$(sql "SELECT summary FROM touch WHERE id = 3")" "list" "undo restores the deleted touch"

finish
