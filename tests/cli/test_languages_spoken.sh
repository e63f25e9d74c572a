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

# LC_ALL=C: English whatever LANGUAGE says (GNU rule), so scripts and cron see no change.
LANGUAGE=ru LC_ALL=C run client show Nobody
expect_err_has "no client matches 'Nobody'"
finish
