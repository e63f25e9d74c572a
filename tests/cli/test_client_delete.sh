# acct contact delete, acct client delete: a contact goes and its touches keep their text;
# only an empty client goes (with its contacts), otherwise exit 1 naming what it holds.
source "$(dirname "$0")/lib.sh"

ok -q init
ok -q client add "Acme SRL"
ok -q client add "Typo's Client"
ok -q contact add acme "Maria Pop"                                  # 1
ok -q contact add typo "Ion Ene"                                    # 2
ok -q touch acme call "quote sent" --contact maria --date 2026-11-20 --next "call back" --next-date 2026-11-27
ok -q deal log acme 1000 --date 2026-11-02
ok -q deal log acme 2000 --date 2026-11-03

# contact delete: the touch and follow-up stay, without the link.
fails_unchanged 2 "not on a terminal: add --yes to delete contact 1 'Maria Pop' of 'Acme SRL'; 1 touch keeps its text without it" contact delete 1
fails_unchanged 1 "^acct: error: no contact with id 9$" contact delete 9 --yes
before=$(db_dump)
run_terminal n "$ACCT_BIN" contact delete 1
expect_eq "$CODE" 1 "a 'n' answer exits 1"
expect_out_has "delete contact 1 'Maria Pop' of 'Acme SRL'; 1 touch keeps its text without it\? \[y/N\] n$"
expect_eq "$(db_dump)" "$before" "nothing deleted on 'n'"
run_terminal y "$ACCT_BIN" contact delete 1
expect_eq "$CODE" 0 "a 'y' answer deletes"
expect_eq "$(sql "SELECT count(*) FROM contact WHERE id = 1")" "0" "contact gone"
expect_eq "$(sql "SELECT summary, contact_id IS NULL FROM touch")" "quote sent|1" "the touch keeps its text"
expect_eq "$(sql "SELECT action, contact_id IS NULL FROM followup")" "call back|1" "the follow-up too"
ok touch list --csv
expect_out "id,client,kind,date,contact,summary
1,Acme SRL,call,2026-11-20,,quote sent"

# client delete: refused while anything but contacts refers to it, suggesting archive.
fails_unchanged 1 "^acct: error: client 'Acme SRL' has 2 deals, 1 touch: archive it instead \(acct client archive 'Acme SRL'\)$" client delete acme --yes
ok -q case open acme "late" --at 2026-11-21
ok -q invoice add acme 100 --due 2026-12-01
fails_unchanged 1 "client 'Acme SRL' has 2 deals, 1 invoice, 1 touch, 1 case: archive it instead" client delete acme
fails_unchanged 1 "no client matches 'Nobody'" client delete Nobody --yes
fails_unchanged 2 "not on a terminal: add --yes to delete client 2 'Typo's Client', and its 1 contact" client delete typo
before=$(db_dump)
run_terminal n "$ACCT_BIN" client delete typo
expect_eq "$CODE" 1 "a 'n' answer exits 1"
expect_out_has "delete client 2 'Typo's Client', and its 1 contact\? \[y/N\] n$"
expect_eq "$(db_dump)" "$before" "nothing deleted on 'n'"
run_terminal y "$ACCT_BIN" client delete typo
expect_eq "$CODE" 0 "a 'y' answer deletes"
expect_out_has "deleted client 2 'Typo's Client'"
expect_eq "$(sql "SELECT count(*) FROM client WHERE id = 2") $(sql "SELECT count(*) FROM contact WHERE client_id = 2")" "0 0" "client and contacts gone"
ok client list --all --csv
expect_out_lacks "Typo"
ok -q undo --yes
expect_eq "$(sql "SELECT name FROM client WHERE id = 2") $(sql "SELECT name FROM contact WHERE id = 2")" "Typo's Client Ion Ene" "undo brings them back"

# In Greek the question ends "; [ν/Ο]" and the Greek letter ν answers yes.
ok -q client add "Lathos Pelatis"
LANGUAGE=el LC_ALL=C.UTF-8 run_terminal ν "$ACCT_BIN" client delete lathos
expect_eq "$CODE" 0 "a Greek 'ν' answer deletes"
expect_out_has '; \[ν/Ο\] ν$'
expect_eq "$(sql "SELECT count(*) FROM client WHERE name = 'Lathos Pelatis'")" "0" "the client is gone"

finish
