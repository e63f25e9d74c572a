# Shell completion: the scripts parse in their shells, `acct completion SHELL` prints them,
# they offer every command and flag that --help lists, and client names come from the
# database through the hidden `acct __complete clients`.
source "$(dirname "$0")/lib.sh"
source "$(dirname "$0")/help_walk.sh"
COMPLETIONS="$ACCT_SOURCE_DIR/completions"

# The files parse, and the binary prints them byte for byte.
check; zsh -n "$COMPLETIONS/_acct" 2>"$TEST_DIR/zsh.err" || { ERR=$(cat "$TEST_DIR/zsh.err"); fail "zsh -n _acct"; }
check; fish --no-execute "$COMPLETIONS/acct.fish" 2>"$TEST_DIR/fish.err" ||
  { ERR=$(cat "$TEST_DIR/fish.err"); fail "fish --no-execute acct.fish"; }
check; bash -n "$COMPLETIONS/acct.bash" || fail "bash -n acct.bash"
for pair in bash:acct.bash zsh:_acct fish:acct.fish; do
  check
  "$ACCT_BIN" completion "${pair%%:*}" | cmp -s - "$COMPLETIONS/${pair#*:}" ||
    fail "acct completion ${pair%%:*} differs from completions/${pair#*:}"
done
fails 2 "invalid shell 'tcsh': expected bash, zsh or fish" completion tcsh

# __complete clients: nothing, successfully, without a database; then the live names.
ok __complete clients
expect_out ""
check; [ ! -e "$ACCT_DB" ] || fail "__complete created the database"
ok -q init
ok -q client add "Acme SRL" --tier A
ok -q client add "Ελληνικά Χρώματα Α.Ε."
ok -q client add "ООО Ромашка"
ok -q client add "Old Client"
ok client archive old
ok __complete clients
expect_out "Acme SRL
Ελληνικά Χρώματα Α.Ε.
ООО Ромашка"
ok __complete tiers
expect_out "A
B
C"
ok __complete stages
expect_out_has '^lead$'
expect_out_has '^won$'
fails 2 "invalid name kind 'deals'" __complete deals

# bash: load bash-completion and the script, then complete as if TAB were pressed.
# complete_bash WORDS...: the candidates for the last word, one per line, in OUT.
complete_bash() {
  OUT=$(bash -c '
    source /usr/share/bash-completion/bash_completion
    source "$1"; shift
    COMP_WORDS=("$@"); COMP_CWORD=$(($# - 1)); COMP_LINE="$*"; COMP_POINT=${#COMP_LINE}
    _acct; printf "%s\n" "${COMPREPLY[@]}"' _ "$COMPLETIONS/acct.bash" "$ACCT_BIN" "$@" 2>&1)
}
complete_bash rep
expect_out "report"
complete_bash re
expect_out "refund
report"
complete_bash deal log ""
expect_out 'Acme\ SRL
Ελληνικά\ Χρώματα\ Α.Ε.
ООО\ Ромашка'
complete_bash touch --date fri "ac"
expect_out 'Acme\ SRL'
complete_bash touch acme ""
expect_out "call
visit
meeting
email
message
note"
complete_bash --format ""
expect_out "table
csv
tsv
json
xlsx
ics"
complete_bash --format=j
expect_out "json"
# --output takes a file name, and the command after it still completes.
: >"$TEST_DIR/sales-2026.xlsx"
complete_bash --output "$TEST_DIR/sales-"
expect_out "$TEST_DIR/sales-2026.xlsx"
complete_bash --output "$TEST_DIR/sales-2026.xlsx" rep
expect_out "report"
complete_bash client list --tier ""
expect_out "A
B
C"
complete_bash deal add --stage ""
expect_out_has '^negotiation$'
complete_bash report sales --by ""
expect_out "client
product
month
week
tier
region
kind"
complete_bash import deals --on-duplicate ""
expect_out "error
skip
update"
# --db on the command line is the database the names come from.
"$ACCT_BIN" --db "$TEST_DIR/other.db" -q init && "$ACCT_BIN" --db "$TEST_DIR/other.db" -q client add "Other Ltd" >/dev/null
complete_bash --db "$TEST_DIR/other.db" client show ""
expect_out 'Other\ Ltd'

# Every command, subcommand and flag of --help is offered by bash and named by zsh and fish.
for top in $(help_subcommands); do
  complete_bash ""; check
  printf '%s\n' "$OUT" | grep -qxF "$top" || fail "bash does not offer the command $top"
  for sub in $(help_subcommands "$top"); do
    complete_bash "$top" ""; check
    printf '%s\n' "$OUT" | grep -qxF "$sub" || fail "bash does not offer 'acct $top $sub'"
  done
done
while IFS= read -r path; do
  [ -n "$(help_subcommands $path)" ] && continue  # a group: its subcommands have the flags
  for flag in $(help_flags $path); do
    complete_bash $path "--"; check
    printf '%s\n' "$OUT" | grep -qxF -- "$flag" || fail "bash does not offer $flag for 'acct $path'"
    check; grep -qE -- "'(\([^)]*\))?(\{[^}]*)?$flag[=[,}]" "$COMPLETIONS/_acct" ||
      grep -qF -- "$flag" "$COMPLETIONS/_acct" || fail "zsh does not name $flag"
    check; grep -qE -- "-l ${flag#--}( |$)" "$COMPLETIONS/acct.fish" || fail "fish does not name $flag"
  done
done <<<"$(command_paths)"

# zsh, in a pseudo-terminal: TAB lists (or inserts) what the completion offers.
# zsh_offers LINE PATTERN: after typing LINE and TAB, zsh drew PATTERN (grep -E).
zsh_offers() {
  check
  local drawn
  drawn=$(timeout 30 zsh -f "$ACCT_SOURCE_DIR/tests/cli/zsh_complete.zsh" "$COMPLETIONS" "$(dirname "$ACCT_BIN")" "$1" 2>&1 |
    tr -d '\r')
  printf '%s\n' "$drawn" | grep -qE -- "$2" || { OUT=$drawn; fail "zsh: '$1' TAB does not offer /$2/"; }
  check
  ! printf '%s\n' "$drawn" | grep -qE '_tags|_description|command not found' || { OUT=$drawn; fail "zsh: '$1' TAB errs"; }
}
zsh_offers "acct deal lo" "log +lose"
zsh_offers "acct deal log " 'Acme\\ SRL +Ελληνικά\\ Χρώματα'
zsh_offers "acct --format " "csv +ics +json +table +tsv +xlsx"
zsh_offers "acct client list --tier " "A +B +C"
zsh_offers "acct touch acme " "call +email +meeting +message +note +visit"

# fish completes client names at run time too.
check
fish_out=$(fish -c "source '$COMPLETIONS/acct.fish'; complete -C '$ACCT_BIN deal log '" 2>&1)
printf '%s\n' "$fish_out" | grep -qx 'Acme SRL' || { OUT=$fish_out; fail "fish does not offer client names"; }
check
fish_out=$(fish -c "source '$COMPLETIONS/acct.fish'; complete -C '$ACCT_BIN --format '" 2>&1)
printf '%s\n' "$fish_out" | grep -q '^tsv' || { OUT=$fish_out; fail "fish does not offer formats"; }
check
printf '%s\n' "$fish_out" | grep -q '^xlsx' || { OUT=$fish_out; fail "fish does not offer xlsx"; }
# The commands, at the start and after a global option with its value.
for line in "$ACCT_BIN " "$ACCT_BIN --db x.db " "$ACCT_BIN --today 2026-11-23 "; do
  check
  fish_out=$(fish -c "source '$COMPLETIONS/acct.fish'; complete -C '$line'" 2>&1)
  printf '%s\n' "$fish_out" | grep -q '^deal'$'\t' || { OUT=$fish_out; fail "fish does not offer the commands after '$line'"; }
done
check
fish_out=$(fish -c "source '$COMPLETIONS/acct.fish'; complete -C '$ACCT_BIN --db x.db deal '" 2>&1)
printf '%s\n' "$fish_out" | grep -q '^log' || { OUT=$fish_out; fail "fish does not offer deal's subcommands after --db"; }

finish
