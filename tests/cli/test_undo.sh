# acct undo and acct log: every writing command is one journal entry; undo restores the
# database exactly (ids, every field, derived data), refuses when a later command changed
# the same records or depends on them, asks first; entries older than journal_days go.
source "$(dirname "$0")/lib.sh"

# The record tables as they stand, every column, in id order: what undo must give back.
records() {
  local t
  for t in client contact deal refund touch invoice payment support_case followup first_won; do
    echo "== $t"; sqlite3 "$ACCT_DB" "SELECT * FROM $t ORDER BY 1, 2"
  done
}

ok -q init
# The image tables have the columns of their records, in order (a migration that adds a
# column to a record table adds it to journal_<table> too).
for t in client contact deal refund touch invoice payment support_case followup rate; do
  expect_eq "$(sql "SELECT group_concat(name) FROM pragma_table_info('journal_$t')")" \
            "$(sql "SELECT group_concat(name) FROM pragma_table_info('$t')")" "journal_$t mirrors $t"
done

before=$(date +%H:%M)
ok -q client add "Acme SRL" --tier A
ok -q deal log Acme 12000 --title Coatings --date 2026-11-02
ok log --csv
after=$(date +%H:%M)
# Each entry's time is the clock's when it ran (on the pinned day), between before and after.
for at in $(printf '%s\n' "$OUT" | sed -n 's/^[0-9]*,2026-11-23T\([0-9][0-9]:[0-9][0-9]\),.*/\1/p'); do
  check; [[ ! "$at" < "$before" && ! "$at" > "$after" ]] || fail "journal time $at not between $before and $after"
done
OUT=$(printf '%s\n' "$OUT" | sed 's/^\([0-9]*,2026-11-23T\)[0-9][0-9]:[0-9][0-9],/\1HH:MM,/')
expect_out "id,at,command,summary,undone
2,2026-11-23THH:MM,acct -q deal log Acme 12000 --title Coatings --date 2026-11-02,added deal 1,
1,2026-11-23THH:MM,acct -q client add 'Acme SRL' --tier A,added client 1,"
ok undo --list --csv
expect_out_has "^2,.*,added deal 1$"

# Off a terminal undo needs --yes; then it says what it did.
fails_unchanged 2 "not on a terminal: add --yes to undo 'acct -q deal log Acme 12000 --title Coatings --date 2026-11-02' of 2026-11-23 [0-9:]+: remove deal 1" undo
ok undo --yes
expect_err_has "^undone: 'acct -q deal log Acme 12000 --title Coatings --date 2026-11-02' of 2026-11-23 [0-9:]+: remove deal 1$"
expect_eq "$(sql "SELECT count(*) FROM deal")" 0 "the deal is gone"
expect_eq "$(sql "SELECT count(*) FROM first_won")" 0 "first_won follows"
fails_unchanged 1 "entry 2 \('acct -q deal log .*' of 2026-11-23T[0-9:]+\) was undone already" undo 2 --yes
ok log --csv
expect_out_has "^2,.*,added deal 1,2026-11-23T[0-9:]+$"

# A delete undone brings back the same ids, every field, the refunds and first_won.
ok -q deal log Acme 12000 --title Coatings --date 2026-11-02 --product paint --discount 5%
ok -q deal refund 1 500 --date 2026-11-10 --reason damaged
ok -q invoice add Acme 12000 --due 2026-12-02 --deal 1 --number F-1
ok -q invoice pay 1 --amount 100 --date 2026-11-20
before=$(records)
ok -q deal delete 1 --yes
expect_eq "$(sql "SELECT count(*) FROM deal")" 0 "deleted"
ok undo --yes
expect_err_has "put back deal 1, refund 1; restore invoice 1|restore invoice 1; put back deal 1, refund 1"
expect_eq "$(records)" "$before" "the delete undone: same ids, every field, the invoice's link"

# An older entry undone while a later one changed other records; refused when the later
# one changed the same records, naming it.
ok -q client add "Beta SA"
ok -q touch Acme call "asked for a quote"
ok -q deal edit 1 --amount 13000
fails_unchanged 1 "cannot undo entry [0-9]+ \('acct -q deal log Acme 12000 .*' of [^)]*\): entry [0-9]+ \('acct -q deal edit 1 --amount 13000' of 2026-11-23T[0-9:]+\) changed the same records since; undo it first" \
  undo "$(sql "SELECT id FROM journal WHERE command LIKE '%deal log Acme 12000%' AND undone_at IS NULL")" --yes
beta_entry=$(sql "SELECT id FROM journal WHERE command LIKE '%Beta SA%'")
ok undo "$beta_entry" --yes
expect_eq "$(sql "SELECT count(*) FROM client WHERE name = 'Beta SA'")" 0 "Beta's entry undone alone"
expect_eq "$(sql "SELECT count(*) FROM touch")" 1 "the later touch stays"
# A client whose later deal depends on it cannot go before the deal.
ok -q client add "Gamma SRL"
gamma_entry=$(sql "SELECT max(id) FROM journal")
ok -q deal log Gamma 10
fails_unchanged 1 "cannot undo entry $gamma_entry: entry [0-9]+ \('acct -q deal log Gamma 10' of .*\) depends on it; undo it first" \
  undo "$gamma_entry" --yes
fails_unchanged 1 "no journal entry 999" undo 999 --yes
fails_unchanged 2 "abc" undo abc --yes

# On a terminal it asks; "n" keeps everything.
before=$(records)
OUT=$(python3 "$ACCT_SOURCE_DIR/tests/cli/on_terminal.py" n "$ACCT_BIN" undo); CODE=$?
expect_eq "$CODE" 1 "'n' keeps"
expect_out_has "^undo 'acct -q deal log Gamma 10' of 2026-11-23 [0-9:]+: remove deal [0-9]+\? \[y/N\] n$"
expect_out_has "nothing undone"
expect_eq "$(records)" "$before" "nothing undone on 'n'"
OUT=$(python3 "$ACCT_SOURCE_DIR/tests/cli/on_terminal.py" y "$ACCT_BIN" undo); CODE=$?
expect_eq "$CODE" 0 "'y' undoes"
expect_eq "$(sql "SELECT count(*) FROM deal WHERE client_id = (SELECT id FROM client WHERE name = 'Gamma SRL')")" 0 "Gamma's deal undone"

# An import is one entry and its undo removes exactly its rows, clients it created too.
before=$(records)
cat >"$TEST_DIR/deals.csv" <<'CSV'
client,amount,date,title
Acme SRL,100,2026-11-20,one
Delta SA,200,2026-11-21,two
Acme SRL,300,2026-11-22,three
CSV
ok -q import deals "$TEST_DIR/deals.csv" --create-clients
ok log --csv
expect_out_has "^[0-9]+,[^,]+,acct -q import deals [^,]+ --create-clients,added 1 client, 3 deals,$|^[0-9]+,[^,]+,acct -q import deals [^,]+ --create-clients,\"added client [0-9]+, 3 deals\",$"
# In English the table shows the stored summary as it is.
ok log
expect_out_has " acct -q import deals [^ ]+ --create-clients +added client [0-9]+, 3 deals$"
ok -q undo --yes
expect_eq "$(records)" "$before" "an import undone exactly"

# A command that fails writes no entry; one that changes nothing writes none either.
entries=$(sql "SELECT count(*) FROM journal")
fails 2 "invalid amount" deal log Acme abc
ok -q deal add Acme "Open one" 100 --stage lead
ok -q deal move "$(sql "SELECT max(id) FROM deal")" lead
expect_eq "$(sql "SELECT count(*) FROM journal")" "$((entries + 1))" "only the deal add is an entry"

# Pruning: entries older than storage.journal_days go on the next write.
sed -i 's/^journal_days = 90 /journal_days = 5  /' "$ACCT_CONFIG"
ACCT_TODAY=2026-11-30 ok -q touch Acme note "a week later"
expect_eq "$(sql "SELECT count(*) FROM journal WHERE at < '2026-11-25'")" 0 "entries older than 5 days pruned"
expect_eq "$(sql "SELECT count(*) FROM journal")" 1 "the new entry stays"
expect_eq "$(sql "SELECT (SELECT count(*) FROM journal_deal) + (SELECT count(*) FROM journal_client) + (SELECT count(*) FROM journal_invoice)
                    + (SELECT count(*) FROM journal_row WHERE entry_id NOT IN (SELECT id FROM journal))")" 0 "their images go with them"

finish
