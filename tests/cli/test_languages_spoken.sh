# acct in each of its languages, with the real catalogs (man page: LANGUAGES): an error,
# a confirmation, a --help text, a table's headers and numbers, the plan, and plural forms
# for 1, 2, 5 and 21. The expected text is read from the compiled catalog by Python's own
# gettext (its Plural-Forms too), so this test follows the catalogs without repeating them,
# and fails when acct shows English, the wrong plural, or a broken message.
source "$(dirname "$0")/lib.sh"
LANGUAGES="ro it el ru fr"

source "$(dirname "$0")/catalog.sh"

[ -f "$CATALOGS/ru/LC_MESSAGES/acct.mo" ] || { fail "no compiled catalogs in $CATALOGS"; finish; exit; }
ok -q init
ok -q client add "Acme SRL" --tier A
ok -q deal log acme 12000.50 --date 2026-11-20 --product licences

for l in $LANGUAGES; do
  export LANGUAGE=$l
  # An error: the message translated, the value as typed, exit 1 as in English.
  run client show Nobody
  check; [ "$CODE" -eq 1 ] || fail "$l: client show Nobody exit code"
  want=$(expect "$l" - "no client matches '{}'" Nobody)
  [ "$want" != "no client matches 'Nobody'" ] || fail "$l: the catalog does not translate the error"
  expect_err_has "$(printf '%s' "$want" | sed 's/[][\.*^$?+(){}|]/\\&/g')"
  # A confirmation on stderr.
  run touch acme call "new offer" --date 2026-11-20
  check; [ "$CODE" -eq 0 ] || fail "$l: touch"
  [ -n "$ERR" ] && ! printf '%s' "$ERR" | grep -q "logged call" || fail "$l: the touch confirmation is English: $ERR"
  # --help: the command's description in the language.
  run deal --help
  want=$(expect "$l" - "Record a closed sale (a won deal) in one line")
  check; [ "$want" != "Record a closed sale (a won deal) in one line" ] || fail "$l: the catalog lacks deal log's help"
  check; printf '%s' "$OUT" | grep -qF -- "$want" || fail "$l: deal --help lacks '$want'"
  # One group of options, the help flags in it, under the language's heading.
  run deal add --help
  heading=$(expect "$l" - "Options")
  check; [ "$(printf '%s\n' "$OUT" | grep -c ':$')" -eq 2 ] || fail "$l: deal add --help has other than two headings: $OUT"
  check; printf '%s\n' "$OUT" | grep -A1 -F -- "$heading:" | grep -q -- '-h,--help' ||
    fail "$l: the help flag is not under '$heading:'"
  [ "$l" != fr ] || printf '%s\n' "$OUT" | grep -q "^Options$(printf '\u00a0'):" || fail "fr: no no-break space before the colon"
  # A table: translated headers, the amount in the language's form.
  run deal list
  want=$(expect "$l" column amount)
  check; [ "$want" != amount ] || fail "$l: the catalog lacks the column amount"
  check; printf '%s' "$OUT" | head -1 | grep -qF -- "$want" || fail "$l: deal list header lacks '$want'"
  case $l in
    fr) amount=$(printf '12\u202f000,50') ;;
    ru) amount=$(printf '12\u00a0000,50') ;;
    *) amount="12.000,50" ;;
  esac
  check; printf '%s' "$OUT" | grep -qF -- "$amount" || fail "$l: deal list shows no '$amount'"
  # The plan: the heading of a day in the language (weekday names), items listed.
  run plan --week 2026-W48
  check; [ "$CODE" -eq 0 ] || fail "$l: plan"
  want=$(expect "$l" weekday Mon)
  check; printf '%s' "$OUT" | grep -qF -- "$want" || fail "$l: plan lacks the weekday '$want'"
  # Plurals: "imported N clients" for 1, 2, 5 and 21.
  for n in 1 2 5 21; do
    file="$TEST_DIR/clients-$l-$n.csv"
    { echo "name,tier"; for i in $(seq 1 "$n"); do echo "Client $l $n-$i,B"; done; } >"$file"
    run import clients "$file"
    check; [ "$CODE" -eq 0 ] || fail "$l: import of $n clients"
    count=$(expect "$l" - "{} client" --plural "{} clients" "$n" "$n")
    want=$(expect "$l" - "imported {}" "$count")
    check; [ "$ERR" = "$want" ] || fail "$l: import of $n clients said '$ERR', expected '$want'"
    eval "form_$n=\$count"
  done
  # Russian and Romanian have three forms: 1, 2 and 5 clients differ there; 21 is like 1 in ru.
  case $l in
    ru) check; [ "$form_1" != "$form_2" ] && [ "$form_2" != "$form_5" ] && [ "${form_21#21}" = "${form_1#1}" ] ||
          fail "ru: plural forms 1/2/5/21: '$form_1' '$form_2' '$form_5' '$form_21'" ;;
    ro) check; [ "$form_1" != "$form_2" ] && [ "${form_2#2}" != "${form_21#21}" ] ||
          fail "ro: plural forms 1/2/21: '$form_1' '$form_2' '$form_21'" ;;
  esac
  unset LANGUAGE
done

# The journal's summary (acct log, acct undo --list): stored in English, said in the
# language in tables, the record nouns in their plural forms for 1, 2, 5 and 21 (the
# imports above); the machine formats keep the stored bytes.
# summary_for LL FILE: what the entry of the import of FILE says in LL, from its stored summary.
summary_for() {
  local l=$1 stored records
  stored=$(printf '%s\n' "$C_LOG" | grep -F -- "$2" | sed 's/.*,\(added [^,]*\),$/\1/')
  case $stored in
    "added client "*) records=$(expect "$l" - "client {}" "${stored#added client }") ;;
    "added "*" clients") n=${stored#added }; n=${n% clients}
      records=$(expect "$l" - "{} client" --plural "{} clients" "$n" "$n") ;;
    *) fail "$l: unexpected stored summary '$stored' of $2"; return ;;
  esac
  expect "$l" - "added {}" "$records"
}
LC_ALL=C run log --csv
C_LOG=$OUT
check; printf '%s\n' "$C_LOG" | grep -qF -- "clients-ru-21.csv,added 21 clients," || fail "the stored summary is not English: $C_LOG"
LC_ALL=C run log --format json
c_json=$OUT
LC_ALL=C run undo --list --csv
c_undo=$OUT
for l in $LANGUAGES; do
  export LANGUAGE=$l
  for listing in log "undo --list"; do
    # shellcheck disable=SC2086
    run $listing
    check; [ "$CODE" -eq 0 ] || fail "$l: $listing"
    for n in 1 2 5 21; do
      file="clients-$l-$n.csv"
      want=$(summary_for "$l" "$file")
      check; case $want in added*) fail "$l: the catalog does not translate 'added {}'" ;; esac
      check; printf '%s\n' "$OUT" | grep -F -- "$file" | grep -qF -- "$want" ||
        fail "$l: $listing does not say '$want' for $file: $(printf '%s\n' "$OUT" | grep -F -- "$file")"
    done
  done
  run log --csv
  expect_eq "$OUT" "$C_LOG" "$l: log --csv is the stored English, byte for byte"
  run log --format json
  expect_eq "$OUT" "$c_json" "$l: log --format json is the stored English, byte for byte"
  run undo --list --csv
  expect_eq "$OUT" "$c_undo" "$l: undo --list --csv is the stored English, byte for byte"
  unset LANGUAGE
done
# Russian: 21 takes the form of 1, 2 and 5 differ; the sentence reads "добавлено: 21 клиент".
LANGUAGE=ru run log
ru_21=$(printf '%s\n' "$OUT" | grep -F clients-ru-21.csv)
ru_5=$(printf '%s\n' "$OUT" | grep -F clients-ru-5.csv)
ru_2=$(printf '%s\n' "$OUT" | grep -F clients-ru-2.csv)
check; [[ "$ru_21" == *"21 клиент "* || "$ru_21" == *"21 клиент" ]] && [[ "$ru_2" == *"2 клиента"* ]] &&
  [[ "$ru_5" == *"5 клиентов"* ]] || fail "ru: log plurals: '$ru_2' '$ru_5' '$ru_21'"
LANGUAGE=it run undo --list
expect_out_has "clients-it-21\.csv +aggiunto: 21 clienti"
# A summary that is not what describe_changes writes (another version's) is shown as stored.
odd=$(sql "SELECT max(id) FROM journal WHERE command LIKE '%clients-it-5.csv%'")
sql "UPDATE journal SET summary = 'imported 5 clients (2 updated)' WHERE id = $odd"
LANGUAGE=it run log
expect_out_has "clients-it-5\.csv +imported 5 clients \(2 updated\)"
# Between phrases, the language's separator: Greek ' · ' (';' is its question mark),
# French U+202F before ';'; in the question of undo too. The stored summary keeps "; ".
ok -q invoice add acme 500 --due 2026-12-01 --deal 1 --number SEP-1
invoice=$OUT
ok -q deal delete 1 --yes
LC_ALL=C run log --csv
expect_out_has "^[0-9]+,[^,]+,acct -q deal delete 1 --yes,changed invoice $invoice; deleted deal 1,$"
for l in el fr; do
  LANGUAGE=$l run log
  line=$(printf '%s\n' "$OUT" | grep -F -- "deal delete 1 --yes")
  want="$(expect "$l" - "changed {}" "$(expect "$l" - "invoice {}" "$invoice")")$(expect "$l" separator "; ")$(expect "$l" - "deleted {}" "$(expect "$l" - "deal {}" 1)")"
  check; [[ "$line" == *"$want"* ]] || fail "$l: log says '$line', expected '$want'"
  LANGUAGE=$l run undo
  check; [ "$CODE" -eq 2 ] || fail "$l: undo off a terminal without --yes"
  want="$(expect "$l" - "restore {}" "$(expect "$l" - "invoice {}" "$invoice")")$(expect "$l" separator "; ")$(expect "$l" - "put back {}" "$(expect "$l" - "deal {}" 1)")"
  check; [[ "$ERR" == *"$want"* ]] || fail "$l: undo says '$ERR', expected '$want'"
  case $l in
    el) check; [[ "$line" == *" $invoice · "* ]] && [[ "$line" != *";"* ]] &&
          [[ "$ERR" == *" $invoice · "* ]] || fail "el: no ' · ' between the phrases: '$line' / '$ERR'" ;;
    fr) check; [[ "$line" == *"$invoice$(printf '\u202f'); "* ]] && [[ "$ERR" == *"$invoice$(printf '\u202f'); "* ]] ||
          fail "fr: no U+202F before ';': '$line' / '$ERR'" ;;
  esac
done

# LC_ALL=C: English whatever LANGUAGE says (GNU rule), so scripts and cron see no change.
LANGUAGE=ru LC_ALL=C run client show Nobody
expect_err_has "no client matches 'Nobody'"
finish
