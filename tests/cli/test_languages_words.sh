# Tables and cards for people read as words in every language (man page: LANGUAGES): KPI
# names, card labels and column headers are no identifiers with '_' (the machine formats
# keep those); the built-in pipeline stages and the kinds of a search hit are shown
# translated, and a stage is read back under the name a table shows; CSV stays English.
source "$(dirname "$0")/lib.sh"
source "$(dirname "$0")/catalog.sh"
LANGUAGES="ro it el ru fr"

[ -f "$CATALOGS/ru/LC_MESSAGES/acct.mo" ] || { fail "no compiled catalogs in $CATALOGS"; finish; exit; }
ok -q init
ok -q client add "Acme SRL" --tier A --credit-limit 50000 --terms 60
ok -q deal log acme 12000.50 --date 2026-11-20 --product licences
ok -q deal add acme "Coatings 2027" 8000 --stage lead --close 2026-12-20
ok -q touch acme call "asked for an offer" --date 2026-11-20
deal=$(sqlite3 "$ACCT_DB" "SELECT id FROM deal WHERE title = 'Coatings 2027'")

# No '_' in what a person reads: the KPI table's names and headers, a card's labels.
for l in $LANGUAGES; do
  export LANGUAGE=$l
  ok kpi --period 2026-Q4
  check; printf '%s\n' "$OUT" | grep -q '_' && fail "$l: kpi table has an identifier: $(printf '%s\n' "$OUT" | grep '_' | head -1)"
  want=$(expect "$l" token new_clients)
  expect_out_has "^$want "
  ok client show acme
  labels=$(printf '%s\n' "$OUT" | sed -n '2,/^$/p')
  check; printf '%s\n' "$labels" | grep -q '_' && fail "$l: client card has an identifier label: $(printf '%s\n' "$labels" | grep '_' | head -1)"
  # Labels with spaces: the value stands two spaces after the longest label.
  check; printf '%s\n' "$labels" | grep -qE '^  [^ ].*[^ ]  +[^ ]' || fail "$l: card values not two spaces after the labels"
  unset LANGUAGE
done

# The built-in stages translated in the table, read back by that name, stored in English.
for l in it ru fr; do
  export LANGUAGE=$l
  ok report pipeline
  want=$(expect "$l" token proposal)
  expect_out_has "^$want "
  ok -q deal move "$deal" "$want"
  unset LANGUAGE
  run deal list --format csv
  expect_out_has ",proposal,"
  ok -q deal move "$deal" lead
done
# "won" in the language's word is still not a stage to move to: the hint, nothing written.
export LANGUAGE=it
won=$(expect it token won)
fails_unchanged 2 "deal win" deal move "$deal" "$won"
# An unknown stage lists the stages as the table shows them.
fails_unchanged 2 "$(expect it token negotiation)" deal move "$deal" nowhere
unset LANGUAGE

# A delete question names the record with its article and its kind in the language, and
# the stage as tables show it.
touch=$(sqlite3 "$ACCT_DB" "SELECT max(id) FROM touch")
LANGUAGE=it fails_unchanged 2 "per eliminare il contatto $touch, chiamata con 'Acme SRL'" touch delete "$touch"
LANGUAGE=fr fails_unchanged 2 "pour supprimer l’échange $touch, appel avec 'Acme SRL'" touch delete "$touch"
LANGUAGE=el fails_unchanged 2 "να διαγραφεί η επικοινωνία $touch, κλήση με 'Acme SRL'" touch delete "$touch"
LANGUAGE=it fails_unchanged 2 "eliminare la trattativa $deal 'Coatings 2027', 8\\.000,00 EUR nella fase lead di 'Acme SRL'" deal delete "$deal"

# Today's reasons, then the follow-up's action, joined by the language's separator: Greek
# " · " (';' is its question mark), French U+202F before ';'; CSV keeps "; ".
ok -q touch acme call "sent samples" --date 2026-11-20 --next "send the offer" --next-date 2026-11-24
ACCT_TODAY=2026-11-24 LANGUAGE=el run today
expect_out_has " · send the offer"
ACCT_TODAY=2026-11-24 LANGUAGE=fr run today
expect_out_has "$(printf '\u202f'); send the offer"
ACCT_TODAY=2026-11-24 LANGUAGE=el run today --format csv
expect_out_has "; send the offer"

# plan --explain in words and the language's plural of days (1, 2, 5, 21 days overdue for
# a C client, weight 1, cadence 30); CSV keeps the English tokens.
for n in 1 2 5 21; do
  ok -q client add "Late $n" --tier C
  ok -q touch "Late $n" call "checked in" --date "$(date -d "2026-12-01 -$((30 + n)) days" +%F)"
done
for l in ru it fr; do
  LANGUAGE=$l run plan --from 2026-12-01 --days 1 --explain --calls-per-day 20
  words=$(expect "$l" reason "due for contact")
  for n in 1 2 5 21; do
    want=$(expect "$l" - "{}: {} × {} day overdue = {}" --plural "{}: {} × {} days overdue = {}" "$n" "$words" 1 "$n" "$n")
    check; printf '%s\n' "$OUT" | grep "Late $n " | grep -qF -- "$want" || fail "$l: plan --explain for $n days lacks '$want'"
  done
done
LANGUAGE=ru run plan --from 2026-12-01 --days 1 --explain --calls-per-day 20 --format csv
expect_out_has ",Late 21,.*,cadence 1 × 21 days overdue = 21$"
expect_out_has ",Late 1,.*,cadence 1 × 1 day overdue = 1$"

# The days since a visit was due take the plural too (A clients, weight 3, a visit every
# 30 days), spelled out in Russian (1 and 21 день, 2 дня, 5 дней) and Italian.
for n in 1 2 5 21; do
  ok -q client add "Visit $n" --tier A
  ok -q touch "Visit $n" visit "walked the plant" --date "$(date -d "2026-12-01 -$((30 + n)) days" +%F)"
done
LANGUAGE=ru run plan --from 2026-12-01 --days 1 --explain --calls-per-day 20 --visits-per-day 20
for pair in "1 день" "2 дня" "5 дней" "21 день"; do
  n=${pair%% *}
  want="пора на визит: 3 × $pair с положенного визита = $((3 * n))"
  check; printf '%s\n' "$OUT" | grep "Visit $n " | grep -qF -- "$want" || fail "ru: plan --explain for a visit $n days late lacks '$want'"
done
LANGUAGE=it run plan --from 2026-12-01 --days 1 --explain --calls-per-day 20 --visits-per-day 20
for pair in "1 giorno" "2 giorni" "21 giorni"; do
  n=${pair%% *}
  want="da visitare: 3 × $pair dalla visita dovuta = $((3 * n))"
  check; printf '%s\n' "$OUT" | grep "Visit $n " | grep -qF -- "$want" || fail "it: plan --explain for a visit $n days late lacks '$want'"
done
LANGUAGE=ru run plan --from 2026-12-01 --days 1 --explain --calls-per-day 20 --visits-per-day 20 --format csv
expect_out_has ",Visit 1,.*; visit 3 × 1 day since a visit was due = 3$"
expect_out_has ",Visit 21,.*; visit 3 × 21 days since a visit was due = 63$"

# report sales names its key column by the grouping, and a kind is a word; CSV keeps "key".
for l in it fr; do
  LANGUAGE=$l run report sales --by kind --period 2026-Q4
  expect_out_has "^$(expect "$l" column kind) +$(expect "$l" column deals) "
  expect_out_has "^$(expect "$l" token new) +1 "
  LANGUAGE=$l run report sales --by month --period 2026-Q4
  expect_out_has "^$(expect "$l" column month) +$(expect "$l" column deals) "
done
# Every grouping --by takes names the column in Russian and Greek; JSON keeps "key".
for l in ru el; do
  for by in client product month week tier region kind; do
    LANGUAGE=$l run report sales --by $by --period 2026-Q4
    expect_out_has "^$(expect "$l" column $by) +$(expect "$l" column deals) "
    expect_out_lacks "^key "
  done
done
LANGUAGE=el run report sales --by week --period 2026-Q4 --json
expect_out_has '^\[?\{"key":"2026-W47","deals":1,'
LANGUAGE=it run report sales --by kind --period 2026-Q4 --format csv
expect_out_has "^key,deals,revenue,"
expect_out_has "^new,1,12000.50,"

# Ids are never grouped: 1005 reads as it is typed back, in English and in the languages.
{ echo "name,tier"; for i in $(seq 1 1000); do echo "Bulk $i,C"; done; } >"$TEST_DIR/bulk.csv"
ok -q import clients "$TEST_DIR/bulk.csv"
# The journal's counts are grouped as the language groups numbers; CSV keeps the stored text.
LANGUAGE=it run log
expect_out_has "$(expect it - "{} client" --plural "{} clients" 1000 1.000)"
LANGUAGE=it run log --format csv
expect_out_has ",added 1000 clients,"
bulk=$(sqlite3 "$ACCT_DB" "SELECT max(id) FROM client")
for l in en it fr; do
  LANGUAGE=$l run client list
  expect_out_has "^$bulk  Bulk 1000 "
  LANGUAGE=$l run client show "$bulk"
  expect_out_has "^  id  +$bulk$"
done

# A search hit's kind in the language; CSV keeps the token.
LANGUAGE=fr run search offer
expect_out_has "^$(expect fr token touch) "
LANGUAGE=fr run search offer --format csv
expect_out_has "^touch,"
finish
