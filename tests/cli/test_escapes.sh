# Terminal injection: every text field refuses control characters (ESC, BEL, C1, DEL; tab
# and newline only in notes and summaries) and invalid UTF-8, on the command line and in
# imports, writing nothing; text stored by other means shows escaped (\x1b) in tables,
# cards and messages, never raw, while CSV and JSON keep the exact data.
source "$(dirname "$0")/lib.sh"

ESC=$'\e'; BEL=$'\a'; CSI=$'\xc2\x9b'; DEL=$'\x7f'; BAD=$'\xff'
ok -q init
ok -q client add "Acme SRL"
ok -q contact add Acme "Ana Pop"
ok -q deal add Acme "Seed" 10
ok -q deal log Acme 20
ok -q invoice add Acme 10 --due 2026-12-01
ok -q case open Acme "Late delivery"
ok -q touch Acme call "First call"

# no_raw_controls: the last run's stdout and stderr hold no ESC, BEL or C1 byte.
no_raw_controls() {
  check
  if printf '%s%s' "$OUT" "$ERR" | LC_ALL=C grep -q "[$ESC$BEL]\|$CSI"; then fail "raw control character: $*"; fi
}

for bad in "A${ESC}[31mB" "A${BEL}B" "A${CSI}31mB" "A${DEL}B"; do
  for args in "client add X@" "client add Y --industry X@" "client add Y --region X@" "client add Y --tags X@" \
              "client add Y --note X@" "client edit Acme --name X@" "client edit Acme --note X@" \
              "contact add Acme X@" "contact add Acme Y --role X@" "contact add Acme Y --email X@" \
              "contact add Acme Y --phone X@" "contact add Acme Y --note X@" "contact edit 1 --name X@" \
              "deal add Acme X@ 10" "deal add Acme T 10 --product X@" "deal log Acme 10 --title X@" \
              "deal log Acme 10 --product X@" "deal lose 1 --reason X@" "deal refund 2 1 --reason X@" \
              "touch Acme call X@" "touch Acme call ok --next X@" "invoice add Acme 10 --due 2026-12-01 --number X@" \
              "case open Acme X@" "case edit 1 --summary X@" "case resolve 1 --note X@" "deal edit 1 --title X@" "deal edit 1 --product X@" "touch edit 1 --summary X@"; do
    read -r -a words <<<"$args"
    for i in "${!words[@]}"; do [ "${words[$i]}" = "X@" ] && words[$i]=$bad; done
    fails_unchanged 2 "control character U\+00(1B|07|9B|7F) at character 2" "${words[@]}"
    no_raw_controls "${words[@]}"
    expect_err_has 'A\\x1b\[31mB|A\\x07B|A\\u009b31mB|A\\x7fB'
  done
done
# Invalid UTF-8 is refused too, shown as \xff.
fails_unchanged 2 "invalid client name 'A\\\\xffB': not valid UTF-8" client add "A${BAD}B"
fails_unchanged 2 "invalid deal title 'A\\\\xffB': not valid UTF-8" deal log Acme 10 --title "A${BAD}B"
# Notes and summaries keep tab and newline; other fields refuse them.
ok -q client edit Acme --note $'line one\nline\ttwo'
ok -q touch Acme call $'said\nthis'
fails_unchanged 2 "invalid deal title 'a\\\\x0ab': control character U\+000A at character 2" deal log Acme 10 --title $'a\nb'
fails_unchanged 2 "invalid summary .*: control character U\+001B at character 2 \(only tab and newline are allowed\)" \
  touch Acme call "a${ESC}b"

# Imports: FILE:LINE: column, nothing written.
import_refused() {  # KIND HEADER ROW COLUMN
  printf '%s\n%s\n' "$2" "$3" >"$TEST_DIR/bad.csv"
  fails_unchanged 2 "bad.csv:2: $4: invalid .*control character U\+001B" import "$1" "$TEST_DIR/bad.csv" --create-clients
  no_raw_controls import "$1"
}
import_refused clients "name,industry" "Evil${ESC}]0;x${BEL},Food" name
import_refused clients "name,industry" "Good,F${ESC}[2Jood" industry
import_refused clients "name,notes" "Good,n${ESC}c" notes
import_refused clients "name,tags" "Good,a${ESC}b" tags
import_refused contacts "client,name,role" "Acme SRL,Ion,r${ESC}x" role
import_refused contacts "client,name" "Acme SRL,I${ESC}on" name
import_refused deals "client,amount,title" "Acme SRL,10,t${ESC}x" title
import_refused deals "client,amount,product" "Acme SRL,10,p${ESC}x" product
import_refused deals "client,amount" "Ev${ESC}il,10" client
import_refused touches "client,kind,date,summary" "Acme SRL,call,2026-11-02,s${ESC}x" summary
import_refused touches "client,kind,date,next_action" "Acme SRL,call,2026-11-02,n${ESC}x" next_action
import_refused invoices "client,amount,due,number" "Acme SRL,10,2026-12-01,N${ESC}1" number

# Text stored by other means (an old version, a hand edit) shows escaped, never raw,
# even with --color never; CSV and JSON keep the exact bytes (JSON as \u001b).
sql "UPDATE client SET name = 'Ac${ESC}[31mme', industry = 'I${ESC}x', region = 'R${BEL}', notes = 'N${CSI}2J' WHERE id = 1"
sql "UPDATE contact SET name = 'Ana${ESC}]0;pwned${BEL}', role = 'r${ESC}x', phone = 'p${ESC}x', email = 'e${ESC}@x.ro'"
sql "UPDATE deal SET title = 'T${ESC}[2J', product = 'P${ESC}x'"
sql "UPDATE touch SET summary = 'S${ESC}[2J'"
sql "UPDATE invoice SET number = 'N${ESC}1'"
sql "UPDATE support_case SET summary = 'C${ESC}[2J'"
for args in "client list" "client list --all" "client show 1" "contact list" "deal list" "invoice list" "case list" \
            "report sales" "report receivables" "report portfolio" "report history 1" "report activity" \
            "report abc" "report sales --by product" "kpi" "plan"; do
  # shellcheck disable=SC2086
  run --color never $args; check
  [ "$CODE" -eq 0 ] || fail "exit $CODE: acct $args"
  no_raw_controls "$args"
done
run --color never client list; expect_out_has 'Ac\\x1b\[31mme'
run --color never client show 1; expect_out_has 'Ac\\x1b\[31mme'; expect_out_has 'N\\u009b2J'
expect_out_has 'Ana\\x1b\]0;pwned\\x07'
run --color never deal list; expect_out_has 'T\\x1b\[2J'
run --color never case list; expect_out_has 'C\\x1b\[2J'
run --color never invoice list; expect_out_has 'N\\x1b1'
# Messages echoing a stored value: escaped too.
run deal lose 1 --reason "gone"; no_raw_controls "deal lose"
expect_err_has "lost deal 1 'T\\\\x1b\[2J'"
fails 1 "no client" client show "zz${ESC}[2J"; no_raw_controls "client show unknown"
expect_err_has 'zz\\x1b\[2J'
# Scripts get the exact data.
run --csv client list; check
printf '%s\n' "$OUT" | grep -qF "Ac${ESC}[31mme" || fail "CSV lost the exact name"
run --json client list; expect_out_has '"name":"Ac\\u001b\[31mme"'

finish
