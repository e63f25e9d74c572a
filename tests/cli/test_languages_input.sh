# What a person types in the chosen language (man page: LANGUAGES, Input): rates,
# probabilities and discounts with the decimal comma and a percent written the language's
# way; an amount refused in a language says the language's own form; a bad date lists the
# day words of the language, each of which is read. English keeps the strict rules; a
# refused value exits 2 and writes nothing; CSV and JSON keep 0.92.
source "$(dirname "$0")/lib.sh"
NBSP=$(printf '\u00a0')
NNBSP=$(printf '\u202f')

# speak LL ARGS...: acct in language LL (its catalog found beside acct, no locale needed).
speak() { local l=$1; shift; LANGUAGE=$l run "$@"; }
# speak_fails LL CODE PATTERN ARGS...: as fails_unchanged, in language LL.
speak_fails() { local l=$1; shift; LANGUAGE=$l fails_unchanged "$@"; }

ok -q init
ok -q client add "Acme SRL" --tier A
ok -q client add "Beta SA" --tier B --currency USD

# 1. Rates: the decimal comma in every language; a '.' that groups thousands is not guessed.
speak it rate add USD 2026-11-01 0,92
check; [ "$CODE" -eq 0 ] || fail "it: rate add 0,92"
expect_err_has '1 USD = 0,92 EUR'
expect_eq "$(sql "SELECT numerator || '/' || denominator FROM rate WHERE from_date = '2026-11-01'")" 23/25 "it: 0,92"
speak fr rate add USD 2026-11-02 "1/1,0850"
check; [ "$CODE" -eq 0 ] || fail "fr: rate add 1/1,0850"
expect_err_has '1 USD = 0,9216589862 EUR'
expect_eq "$(sql "SELECT numerator || '/' || denominator FROM rate WHERE from_date = '2026-11-02'")" 200/217 "fr: 1/1,0850"
speak ru rate add USD 2026-11-03 "1,085"
expect_eq "$(sql "SELECT numerator || '/' || denominator FROM rate WHERE from_date = '2026-11-03'")" 217/200 "ru: 1,085"
speak fr rate add USD 2026-11-04 1.085
expect_eq "$(sql "SELECT numerator || '/' || denominator FROM rate WHERE from_date = '2026-11-04'")" 217/200 "fr: 1.085"
speak el rate add JPY 2026-11-01 "0,0061"
check; [ "$CODE" -eq 0 ] || fail "el: rate add 0,0061"
expect_err_has '1 JPY = 0,0061 EUR'
speak it rate add USD 2026-11-05 "16.250,5"
expect_eq "$(sql "SELECT numerator || '/' || denominator FROM rate WHERE from_date = '2026-11-05'")" 32501/2 "it: 16.250,5"
speak fr rate add USD 2026-11-06 "16${NNBSP}250,5"
expect_eq "$(sql "SELECT numerator || '/' || denominator FROM rate WHERE from_date = '2026-11-06'")" 32501/2 "fr: 16 250,5"
ok -q rate delete "$(sql "SELECT id FROM rate WHERE from_date = '2026-11-05'")" --yes
ok -q rate delete "$(sql "SELECT id FROM rate WHERE from_date = '2026-11-06'")" --yes
# Where '.' groups thousands, 1.085 is 1085 to the language and 1.085 to an English rate.
speak_fails it 2 "cambio '1\\.085' non valido: in italiano il '\\.' separa le migliaia; scrivi 1,085 con la virgola decimale oppure 1085" \
  rate add USD 2026-11-07 1.085
speak_fails el 2 "μη έγκυρη ισοτιμία '1\\.085'.*γράψτε 1,085" rate add USD 2026-11-07 1.085
speak_fails it 2 "cambio '-0,5' non valido: atteso un numero come 4,9750 o 1/1,0850, senza segno" rate add USD 2026-11-07 -0,5
speak_fails fr 2 "taux '0,' invalide${NBSP}: nombre attendu, comme 4,9750" rate add USD 2026-11-07 0,
# English and C: the strict rule, as before.
fails_unchanged 2 "invalid rate '0,92': expected a plain decimal number such as 4\\.9750 \\(no sign, no ','\\)" \
  rate add USD 2026-11-07 0,92
LANGUAGE=it LC_ALL=C fails_unchanged 2 "invalid rate '0,92'" rate add USD 2026-11-07 0,92
# A file is read by its --locale alone, under either command: an ECB-style 25.250 is 25.25.
printf 'currency,date,rate\nCZK,2026-10-01,25.250\n' >"$TEST_DIR/rates.csv"
speak it rate import "$TEST_DIR/rates.csv"
check; [ "$CODE" -eq 0 ] || fail "it: rate import read 25.250 by the language"
expect_eq "$(sql "SELECT numerator || '/' || denominator FROM rate WHERE currency = 'CZK'")" 101/4 "it: rate import 25.250"
speak it import rates "$TEST_DIR/rates.csv" --on-duplicate update
check; [ "$CODE" -eq 0 ] || fail "it: import rates read 25.250 by the language"
ok -q rate delete "$(sql "SELECT id FROM rate WHERE currency = 'CZK'")" --yes
# Shown to people in the language's form; CSV and JSON as before.
speak it rate list
expect_out_has '2026-11-01  0,92 +EUR +0,92'
expect_out_has '0,9216589862 +EUR +200/217'
speak fr rate list
expect_out_has '2026-11-03 +1,085 +EUR +1,085'
ok rate list
expect_out_has '2026-11-01  0\.92 +EUR +0\.92'
speak it rate list --format csv
expect_out_has '^1,USD,2026-11-01,0\.92,EUR,0\.92$'
speak fr rate list --format json
expect_out_has '"rate":"0\.92","base":"EUR","exact":"0\.92"'
speak it rate add --help
expect_out_has '0,9216 o 1/1,0850'

# 2. Probabilities and discounts: 0,35, 35 % (space, U+00A0, U+202F) and 10,5 %.
probability() { sql "SELECT probability FROM deal WHERE id = $1"; }
speak it deal add acme "Rinnovo" 1000 --probability 0,35
check; [ "$CODE" -eq 0 ] || fail "it: --probability 0,35"
deal=$OUT
expect_eq "$(probability "$deal")" 0.35 "it: 0,35"
speak fr deal add acme "Renouvellement" 1000 --probability "35${NBSP}%"
expect_eq "$(probability "$OUT")" 0.35 "fr: 35 % with U+00A0"
speak fr deal add acme "Extension" 1000 --probability "35${NNBSP}%"
expect_eq "$(probability "$OUT")" 0.35 "fr: 35 % with U+202F"
speak ru deal add acme "Продление" 1000 --probability "10,5 %"
expect_eq "$(probability "$OUT")" 0.105 "ru: 10,5 %"
speak el deal add acme "Ανανέωση" 1000 --probability "10,5%"
expect_eq "$(probability "$OUT")" 0.105 "el: 10,5%"
speak it deal add acme "Servizi" 1000 --probability 0.35
expect_eq "$(probability "$OUT")" 0.35 "it: 0.35 as before"
speak it deal edit "$deal" --probability "40 %"
check; [ "$CODE" -eq 0 ] || fail "it: deal edit --probability 40 %"
expect_eq "$(probability "$deal")" 0.4 "it: deal edit 40 %"
speak fr deal move "$deal" qualified --probability "0,6"
check; [ "$CODE" -eq 0 ] || fail "fr: deal move --probability 0,6"
expect_eq "$(probability "$deal")" 0.6 "fr: deal move 0,6"
speak_fails it 2 "probabilità '1,5' non valida: atteso un valore da 0 a 1 \\(0,35\\) o una percentuale \\(35 %\\)" \
  deal add acme "X" 1000 --probability 1,5
speak_fails fr 2 "probabilité '0,3,5' invalide${NBSP}: de 0 à 1 \\(0,35\\)" deal add acme "X" 1000 --probability 0,3,5
speak_fails ru 2 "недопустимая вероятность '35  %'" deal edit "$deal" --probability "35  %"
fails_unchanged 2 "invalid probability '0,35': expected 0 to 1 \\(0\\.35\\) or a percentage \\(35%\\)" \
  deal add acme "X" 1000 --probability 0,35
fails_unchanged 2 "invalid probability '35 %'" deal add acme "X" 1000 --probability "35 %"
discount() { sql "SELECT discount FROM deal WHERE id = $1"; }
speak it deal log acme 10000 --discount "10,5%" --date 2026-11-20
check; [ "$CODE" -eq 0 ] || fail "it: --discount 10,5%"
expect_eq "$(discount "$OUT")" 105000 "it: discount 10,5%"
speak fr deal log acme 10000 --discount "10,5${NBSP}%" --date 2026-11-20
expect_eq "$(discount "$OUT")" 105000 "fr: discount 10,5 %"
speak ru deal log acme 10000 --discount "1 000,50" --date 2026-11-20
expect_eq "$(discount "$OUT")" 100050 "ru: discount 1 000,50"
speak_fails it 2 "sconto '101 %' non valido: atteso un importo o una percentuale da 0 a 100, ad esempio 10,5 %" \
  deal log acme 10000 --discount "101 %"
speak_fails fr 2 "remise '1,5,5' invalide${NBSP}: montant comme 1${NNBSP}000,50 ou pourcentage comme 10,5${NBSP}% attendu" \
  deal log acme 10000 --discount 1,5,5
fails_unchanged 2 "invalid discount '10,5%': expected an amount or 0% to 100%" deal log acme 10000 --discount "10,5%"

# 3. An amount refused in a language says that language's form.
speak_fails it 2 "importo '1 000,50' non valido: in italiano il '\\.' separa le migliaia; scrivi 1\\.000,50" \
  deal log acme "1 000,50"
speak_fails el 2 "μη έγκυρο ποσό '1 000,50': στα Ελληνικά η '\\.' χωρίζει τις χιλιάδες· γράψτε 1\\.000,50" \
  deal log acme "1 000,50"
speak_fails fr 2 "montant '1\\.000,50' invalide${NBSP}: en français les milliers sont séparés par un espace${NNBSP}; écrivez 1${NNBSP}000,50" \
  deal log acme "1.000,50"
speak_fails ru 2 "недопустимая сумма '1\\.000,50': тысячи здесь отделяются пробелом \\(язык: русский\\); напишите 1${NBSP}000,50" \
  invoice add acme "1.000,50" --due 2026-12-01
speak_fails it 2 "importo '12,5,0' non valido: in italiano la ',' è la virgola decimale, come in 12\\.000,50 o 0,5" \
  deal log acme 12,5,0
fails_unchanged 2 "invalid amount '1 000,50': read both ' ' and ',' as thousands separators; use one of them" \
  deal log acme "1 000,50"

# 4. A bad date lists the words of the language; English as before.
fails_unchanged 2 "invalid date 'venrdi': expected YYYY-MM-DD, DD\\.MM\\.YYYY, DD\\.MM, today, yesterday, tomorrow, a weekday \\(mon\\.\\.sun\\), or an offset like \\+3d, -2w, \\+1m" \
  deal log acme 100 --date venrdi
speak_fails it 2 "data 'venrdi' non valida: atteso AAAA-MM-GG, GG\\.MM\\.AAAA, GG\\.MM, oggi, ieri, domani, un giorno della settimana \\(lun\\.\\.dom\\)" \
  deal log acme 100 --date venrdi
speak_fails fr 2 "date 'venrdi' invalide${NBSP}: AAAA-MM-JJ, JJ\\.MM\\.AAAA, JJ\\.MM, aujourd'hui, hier, demain, un jour de la semaine \\(lun\\.\\.dim\\)" \
  deal log acme 100 --date venrdi
speak_fails ru 2 "недопустимая дата 'пятн': ожидается ГГГГ-ММ-ДД, ДД\\.ММ\\.ГГГГ, ДД\\.ММ, сегодня, вчера, завтра, день недели \\(пн\\.\\.вс\\)" \
  touch acme call "Звонок" --date пятн
# Each word a language lists is read, as the day it names.
for l in ro it el ru fr; do
  LANGUAGE=$l run deal log acme 100 --date venrdi
  words=$(printf '%s\n' "$ERR" | python3 -c '
import re, sys
text = sys.stdin.read()
parts = text.split(", ")
days = re.search(r"\(([^.()]+)\.\.([^()]+)\)", text)
if len(parts) > 6 and days:
    print("\n".join(parts[3:6] + list(days.groups())))')
  check; [ "$(printf '%s\n' "$words" | grep -c .)" -eq 5 ] || { fail "$l: the date error lists no five words: $ERR"; continue; }
  i=0
  for expected in 2026-11-23 2026-11-22 2026-11-24 2026-11-23 2026-11-22; do
    i=$((i + 1))
    word=$(printf '%s\n' "$words" | sed -n "${i}p")
    if [ "$i" -eq 3 ]; then
      LANGUAGE=$l run -q touch acme call "x" --next "y" --next-date "$word" --date 2026-11-23
      expect_eq "$(sql "SELECT due_on FROM followup WHERE touch_id = ${OUT:-0}")" "$expected" "$l: '$word' as a date"
    else
      LANGUAGE=$l run -q deal log acme 100 --date "$word"
      expect_eq "$(sql "SELECT closed_on FROM deal WHERE id = ${OUT:-0}")" "$expected" "$l: '$word' as a date"
    fi
  done
done

finish
