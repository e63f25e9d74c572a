# Names that forgive (man page: REF): one matcher for client REFs, --contact, the
# --region/--tag/--search filters and the importer; did you mean; near-duplicates refused
# by --create-clients; customer since (never a new client after it).
source "$(dirname "$0")/lib.sh"

cat >"$ACCT_CONFIG" <<'TOML'
[targets]
period = "quarter"
new_clients = 2
[[commission.bonus]]
name = "new client"
on = "new_client"
amount = 300
TOML
ok -q init
ok -q client add "ООО «Ромашка»" --region "Москва"
ok -q client add "Farmacia Sănătatea S.R.L." --region "Cluj-Napoca" --tags "Key-Account,pharma"
ok -q client add "Αθηναϊκή Α.Ε." --region "Αθήνα" --industry "Ναυτιλία"
ok -q client add "Constructii Ștefan SA" --region "Iași" --note "Prefers visits before Crăciun"
ok -q client add "D’Amico S.p.A." --region "Milano"
ok -q client add "Société Lyonnaise SARL" --region "Lyon"

# REF: case, accents and diacritics, quotes and punctuation, legal forms ignored.
for pair in "ромашка:1" "Ромашка:1" "ООО Ромашка:1" "sanatatea:2" "farmacia sanatatea srl:2" "αθηναικη:3" \
            "ΑΘΗΝΑΪΚΗ:3" "constructii stefan:4" "constructii ştefan:4" "d'amico:5" "DAMICO:5" "societe lyonnaise:6"; do
  ok client show "${pair%:*}" --json
  expect_out_has "\"id\":${pair##*:},"
done
ok client show 5 --json
expect_out_has '"name":"D’Amico S.p.A."'

# Unknown: exit 1 with the nearest names; nothing near: no guess.
fails 1 "^acct: error: no client matches 'sanatea'; did you mean 'Farmacia Sănătatea S.R.L.' \\(2\\)\\?$" client show sanatea
fails 1 "did you mean 'ООО «Ромашка»' \\(1\\)\\?$" client show рамашка
fails 1 "did you mean 'Αθηναϊκή Α.Ε.' \\(3\\)\\?$" client show αθινaικη
fails 1 "did you mean 'Constructii Ștefan SA' \\(4\\)\\?$" deal log constructti 100
fails 1 "^acct: error: no client matches 'Xyzzy'$" client show Xyzzy
# Ambiguous: both listed.
ok -q client add "Alfa Trade SRL"
ok -q client add "Alfa Logistic SRL"
fails 1 "'alfa' matches 2 clients: 8 'Alfa Logistic SRL', 7 'Alfa Trade SRL'" client show alfa

# Filters: whole words of region and tags, parts of name, notes, industry; all as names.
ok client list --region cluj --csv
expect_out_has '^2,Farmacia Sănătatea S.R.L.,'
expect_eq "$(printf '%s\n' "$OUT" | wc -l)" 2 "one client in Cluj-Napoca"
ok client list --region "cluj napoca" --csv
expect_out_has '^2,'
ok client list --region lu --csv
expect_out_lacks '^2,'
ok client list --region iasi --csv
expect_out_has '^4,'
ok client list --region ΑΘΗΝΑ --csv
expect_out_has '^3,'
ok client list --tag "key account" --csv
expect_out_has '^2,'
ok client list --tag key --csv
expect_out_lacks '^2,'
ok client list --search craciun --csv
expect_out_has '^4,'
ok client list --search ναυτιλια --csv
expect_out_has '^3,'
ok client list --search romashka --csv
expect_eq "$(printf '%s\n' "$OUT" | wc -l)" 1 "no transliteration: header only"

# --contact: the same matcher within the client, with did you mean.
ok -q contact add sanatatea "Ioana Mureșan" --role Buyer
ok -q contact add sanatatea "Mihai Pop"
ok touch sanatatea call "Order" --contact "ioana muresan"
expect_eq "$(sql "SELECT k.name FROM touch t JOIN contact k ON k.id = t.contact_id")" "Ioana Mureșan" "contact by accentless name"
fails 1 "no contact of the client matches 'Ioana Muresn'; did you mean 'Ioana Mureșan' \\(1\\)\\?" touch sanatatea call --contact "Ioana Muresn"

# The importer: whole names only, as REF matches them; did you mean; near-duplicates
# refused with --create-clients, never a silent second client.
printf 'client,name\nромашка,Иван Петров\n"FARMACIA SANATATEA",Ana Pop\n' >"$TEST_DIR/contacts.csv"
ok import contacts "$TEST_DIR/contacts.csv"
expect_eq "$(sql "SELECT group_concat(client_id, ',') FROM contact WHERE name IN ('Иван Петров', 'Ana Pop')")" "1,2" "whole names found"
printf 'client,name\nSanatatea,Dan\n' >"$TEST_DIR/part.csv"
fails_unchanged 2 "part.csv:2: client: no client named 'Sanatatea'; did you mean 'Farmacia Sănătatea S.R.L.' \\(2\\)\\?" \
  import contacts "$TEST_DIR/part.csv"
printf 'client,name\nРомашкa,Пётр\nNew Client,Eve\n' >"$TEST_DIR/near.csv"  # the last a of Ромашкa is Latin
fails_unchanged 2 "near.csv:2: client: 'Ромашкa' is not created: it is close to 'ООО «Ромашка»' \\(1\\)" \
  import contacts "$TEST_DIR/near.csv" --create-clients
printf 'client,name\nNew Client,Eve\nnew client,Ann\n' >"$TEST_DIR/new.csv"
ok import contacts "$TEST_DIR/new.csv" --create-clients
expect_eq "$(sql "SELECT count(*) FROM client WHERE name_key = 'new client'")" 1 "one client created, found again"
printf 'name\nООО Ромашка\n' >"$TEST_DIR/clients.csv"
fails_unchanged 2 "clients.csv:2: name: a client named 'ООО Ромашка' already exists \\(client 1\\)" \
  import clients "$TEST_DIR/clients.csv"

# Customer since: a customer of ten years whose history was not imported is not new.
ok client edit sanatatea --since 2016-03-01
expect_eq "$(sql "SELECT customer_since FROM client WHERE id = 2")" "2016-03-01" "stored"
ok client show 2 --json
expect_out_has '"customer_since":"2016-03-01"'
ok -q deal log sanatatea 1000 --date 2026-11-02
ok -q deal log ромашка 500 --date 2026-11-03
ok kpi --csv
expect_out_has '^new_clients,1,2,0.5000,EUR$'   # Ромашка only
ok kpi --json
expect_out_has '"client":"ООО «Ромашка»"'
expect_out_lacks '"client":"Farmacia'
ok client add "Old Friend SRL" --since 01.02.2020
expect_eq "$(sql "SELECT customer_since FROM client WHERE name = 'Old Friend SRL'")" "2020-02-01" "dotted date"
fails_unchanged 2 "invalid customer-since date 'tomorrow'" client edit sanatatea --since tomorrow
ok client edit sanatatea --since ""
expect_eq "$(sql "SELECT customer_since IS NULL FROM client WHERE id = 2")" 1 "cleared"
printf 'name,customer_since\nImported Old SRL,2015-06-30\n' >"$TEST_DIR/since.csv"
ok import clients "$TEST_DIR/since.csv"
expect_eq "$(sql "SELECT customer_since FROM client WHERE name = 'Imported Old SRL'")" "2015-06-30" "imported"
ok export clients
expect_out_has '^Imported Old SRL,.*,2015-06-30$'
ok undo --yes
expect_eq "$(sql "SELECT count(*) FROM client WHERE name = 'Imported Old SRL'")" 0 "undone"

# deal list --product: the product line matched as names are.
ok -q deal log ромашка 700 --date 2026-11-04 --product "Vopsele Lucioase"
ok deal list --product "vopsele lucioase" --csv
expect_eq "$(printf '%s\n' "$OUT" | tail -n +2 | cut -d, -f5 | tr '\n' ' ')" "700.00 " "only that line"
ok deal list --product paints --csv
expect_eq "$(printf '%s\n' "$OUT" | wc -l)" 1 "no such line: header only"
fails 2 "unknown option '--prodcut' for 'acct deal list'; did you mean '--product'\\?" deal list --prodcut x

# Dates and birthdays: DD.MM.YYYY and DD.MM everywhere, birthdays echoed in words.
ok contact add sanatatea "Elena Dinu" --birthday 6.5
expect_err_has "birthday 6 May$"
ok contact add sanatatea "Radu Ene" --birthday --05-06
expect_err_has "birthday 6 May$"
ok contact add sanatatea "Ana Ilie" --birthday 14.03.1980
expect_err_has "birthday 14 March 1980$"
expect_eq "$(sql "SELECT birthday FROM contact WHERE name = 'Ana Ilie'")" "1980-03-14" "stored ISO"
fails_unchanged 2 "invalid birthday '31.04': April has no day 31" contact add sanatatea "X" --birthday 31.04
fails_unchanged 2 "invalid date '30.02': February has no day 30" touch sanatatea call --date 30.02
ok touch sanatatea call --date 20.11
expect_err_has "on 2026-11-20$"
ok touch sanatatea call --date 20.11.2026 --next "Send the offer" --next-date 27.11
expect_err_has "due 2026-11-27"
fails_unchanged 2 "2026-11-24 is in the future" touch sanatatea call --date 24.11.2026

# A client whose name differs only in legal form or accents is added, with a warning.
ok client add "Romashka Logistic SRL"
check; printf '%s\n' "$ERR" | grep -q warning && fail "no warning for a new name"
ok client add "Farmacia Sanatatea"
expect_err_has "^acct: warning: client 'Farmacia Sănătatea S.R.L.' \\(2\\) has the same name but for case, accents, punctuation or legal form; if it is the same client, 'acct undo' takes this one back$"
ok undo --yes
expect_eq "$(sql "SELECT count(*) FROM client WHERE name = 'Farmacia Sanatatea'")" 0 "taken back"

# A database of version 14 gets its match keys at the first open.
OLD="$TEST_DIR/old.db"
ACCT_DB="$OLD" "$ACCT_BIN" -q init
ACCT_DB="$OLD" "$ACCT_BIN" -q client add "Farmacia Sănătatea S.R.L." >/dev/null
sqlite3 "$OLD" "DROP INDEX client_match_key; ALTER TABLE client DROP COLUMN match_key;
  ALTER TABLE journal_client DROP COLUMN match_key; ALTER TABLE client DROP COLUMN customer_since;
  ALTER TABLE journal_client DROP COLUMN customer_since; DROP INDEX invoice_by_deal; PRAGMA user_version = 14;"
ACCT_DB="$OLD" ok client show sanatatea --json
expect_out_has '"name":"Farmacia Sănătatea S.R.L."'
expect_eq "$(sqlite3 "$OLD" "SELECT match_key FROM client")" "farmacia sanatatea" "migrated key"

finish
