# acct client add|list|show|edit|archive|unarchive, REF resolution and bad inputs.
source "$(dirname "$0")/lib.sh"

ok -q init

# add prints the id alone on stdout and a confirmation on stderr.
ok client add "Acme SRL" --tier A --industry Manufacturing --region Cluj --tags "steel, export" \
   --cadence 10 --credit-limit "12,000.50" --terms 30 --note "Key account"
expect_out "1"
expect_err_has "added client 1 'Acme SRL'"
ok -q client add "Acme Italia" --tier b --status prospect --region Milano
expect_out "2"
check; [ -z "$ERR" ] || fail "-q did not silence the confirmation"
ok client add "Ωμέγα ΑΕ" --tier B --region Αθήνα
ok client add "Рога и Копыта" --region Москва
ok client add "東京商事" --tier A
ok client add "Crème Brûlée SARL" --region Lyon
ok client add '=HYPERLINK("http://x","y")'
ok client add "O'Brien \"Quotes\"; DROP TABLE client;--"

# Stored verbatim, whatever the characters.
expect_eq "$(sql "SELECT name FROM client WHERE id = 8")" "O'Brien \"Quotes\"; DROP TABLE client;--" "SQL quotes"
expect_eq "$(sql "SELECT name FROM client WHERE id = 7")" '=HYPERLINK("http://x","y")' "formula stored verbatim"
expect_eq "$(sql "SELECT credit_limit FROM client WHERE id = 1")" 1200050 "credit limit in minor units"

# The list: contract columns; archived hidden.
ok client list --csv
expect_out_has '^id,name,tier,status,industry,region,tags,last_touch,last_order$'
expect_out_has '^1,Acme SRL,A,customer,Manufacturing,Cluj,"steel,export",,$'
expect_out_has "^7,\"'=HYPERLINK\(\"\"http://x\"\",\"\"y\"\"\)\",C,customer"
ok client list --json
expect_out_has '"name":"=HYPERLINK\(\\"http://x\\",\\"y\\"\)"'
ok client list --format tsv
expect_out_has "^3	Ωμέγα ΑΕ	B	customer		Αθήνα		"

# Table output lines up in display columns, in any script, and is the same in the C locale.
ok client list --color never
table_utf8=$OUT
check
widths=$(printf '%s\n' "$OUT" | sed -n '3,$p' | while IFS= read -r line; do
  # the display column where the tier starts must be the same on every row
  prefix=${line%%  [ABC]  *}; printf '%s\n' "$prefix" ; done | python3 -c '
import sys, unicodedata
def w(s):
    n = 0
    for ch in s:
        if unicodedata.combining(ch): continue
        n += 2 if unicodedata.east_asian_width(ch) in "WF" else 1
    return n
print(len({w(l.rstrip("\n")) for l in sys.stdin}))')
expect_eq "$widths" 1 "tier column aligned across scripts"
run_c=$(env -i ACCT_DB="$ACCT_DB" ACCT_CONFIG="$ACCT_CONFIG" ACCT_TODAY="$ACCT_TODAY" "$ACCT_BIN" client list)
expect_eq "$run_c" "$table_utf8" "output under env -i (C locale, no TTY) differs"

# Filters.
ok client list --csv --tier A
expect_eq "$(printf '%s\n' "$OUT" | tail -n +2 | cut -d, -f1 | tr '\n' ' ')" "1 5 " "--tier A"
ok client list --csv --status prospect
expect_eq "$(printf '%s\n' "$OUT" | tail -n +2 | cut -d, -f1)" "2" "--status prospect"
ok client list --csv --tag export
expect_eq "$(printf '%s\n' "$OUT" | tail -n +2 | cut -d, -f1)" "1" "--tag"
ok client list --csv --region Москва
expect_eq "$(printf '%s\n' "$OUT" | tail -n +2 | cut -d, -f2)" "Рога и Копыта" "--region"
ok client list --csv --search "РОГА"
expect_eq "$(printf '%s\n' "$OUT" | tail -n +2 | cut -d, -f1)" "4" "--search folds Cyrillic case"
ok client list --csv --search "crème"
expect_eq "$(printf '%s\n' "$OUT" | tail -n +2 | cut -d, -f1)" "6" "--search"

# REF: id, exact name in any case, unique substring; ambiguous and unknown exit 1.
ok client show 3 --json
expect_out_has '"name":"Ωμέγα ΑΕ"'
ok client show "ωμέγα αε" --json
expect_out_has '"id":3'
ok client show "рога" --json
expect_out_has '"id":4'
fails 1 "'acm' matches 2 clients: 2 'Acme Italia', 1 'Acme SRL'" client show acm
# The whole name but for its legal form is that client, not a part of another's.
ok client show acme --json
expect_out_has '"id":1'
fails 1 "^acct: error: no client matches 'Bcme'; did you mean 'Acme SRL' \\(1\\) or 'Acme Italia' \\(2\\)\\?$" client show Bcme
fails 1 "^acct: error: no client matches 'Zzzz'$" client show Zzzz

# show: details and contacts.
ok contact add 1 "Ion Pop" --role Buyer --decision-maker --phone "+40 721 000 000"
ok client show "Acme SRL" --color never
expect_out_has "Acme SRL"
expect_out_has "credit_limit +12,000.50"
expect_out_has "Ion Pop"

# edit changes only the given fields; '' clears an optional one.
ok client edit 1 --tier B --cadence "" --note "Moved to B"
ok client list --csv --all
ok client show 1 --json
expect_out_has '"tier":"B"'
expect_out_has '"cadence_days":null'
expect_out_has '"region":"Cluj"'
ok client edit "Acme Italia" --name "Acme Italia SpA"
expect_eq "$(sql "SELECT name FROM client WHERE id = 2")" "Acme Italia SpA" "rename"

# archive hides, unarchive restores the earlier status; nothing is deleted.
ok client archive 2
ok client list --csv
expect_out_lacks "Acme Italia"
ok client list --csv --all
expect_out_has '^2,Acme Italia SpA,B,archived'
ok client list --csv --status archived
expect_out_has '^2,'
ok client archive 2
expect_err_has "already archived"
ok client unarchive 2
expect_eq "$(sql "SELECT status FROM client WHERE id = 2")" prospect "unarchive restores prospect"

# Bad inputs: exit 2 (or 1), a message naming the value, nothing written.
fails_unchanged 2 "invalid tier 'D'" client add "Delta" --tier D
fails_unchanged 2 "invalid amount '12.000,50'" client add "Delta" --credit-limit "12.000,50"
fails_unchanged 2 "invalid amount '-5'" client add "Delta" --credit-limit -5
fails_unchanged 2 "invalid cadence \(days\) 'weekly'" client add "Delta" --cadence weekly
fails_unchanged 2 "invalid cadence \(days\) '0'" client add "Delta" --cadence 0
fails_unchanged 2 "invalid payment terms \(days\) '-1'" client add "Delta" --terms=-1
fails_unchanged 2 "invalid client status 'gold'" client add "Delta" --status gold
fails_unchanged 2 "client name: it is empty" client add "  "
fails_unchanged 1 "a client named 'ACME SRL' already exists" client add "ACME SRL"
fails_unchanged 1 "a client named 'ΩΜΈΓΑ ΑΕ' already exists" client add "ΩΜΈΓΑ ΑΕ"
fails_unchanged 1 "no client matches 'Nobody'" client edit Nobody --tier A
fails_unchanged 1 "a client named 'acme srl' already exists" client edit 2 --name "acme srl"
fails_unchanged 2 "--bogus" client add "Delta" --bogus
fails_unchanged 2 "name is required|name" client add
fails_unchanged 2 "invalid tier 'Z'" client list --tier Z

finish
