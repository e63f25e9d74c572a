# Tables fit the terminal (man page: OUTPUT FORMATS): run in a real terminal (tmux) at 80
# and 120 columns, no row wraps, long free text ends in "…", ids, amounts and dates stay
# whole; COLUMNS wins over the terminal's own width; a pipe gets whole rows.
source "$(dirname "$0")/lib.sh"
command -v tmux >/dev/null || { echo "skipped: tmux is not installed"; finish; }

ok -q init
long="Întreprinderea de Construcții și Reabilitări Termice Nord-Vest Cluj-Napoca SRL"
ok -q client add "$long" --tier A --industry "construcții civile și industriale, reabilitări termice" --region "Cluj"
ok -q client add "Ωμέγα ΑΕ" --tier B
ok -q deal log Ωμέγα 1234567.89 --title "Εγκατάσταση φωτοβολταϊκού συστήματος στην οροφή της αποθήκης"

SOCKET="acct-test-$$"
trap 'tmux -L "$SOCKET" kill-server 2>/dev/null; rm -rf "$TEST_DIR"' EXIT
# on_tty WIDTH COMMAND...: the screen of a WIDTH-column terminal after COMMAND, wrapped
# lines joined (so a row that wrapped shows as one long line).
on_tty() {
  local width=$1; shift
  tmux -L "$SOCKET" -f /dev/null new-session -d -s "w$width" -x "$width" -y 50 \
    "$* ; tmux -L $SOCKET wait-for -S done-$width; sleep 30"
  tmux -L "$SOCKET" wait-for "done-$width"
  tmux -L "$SOCKET" capture-pane -p -J -t "w$width"
  tmux -L "$SOCKET" kill-session -t "w$width"
}
widest() { wc -L; }   # display columns (GNU wc, UTF-8 locale)

for width in 80 120; do
  screen=$(on_tty "$width" "$ACCT_BIN" client list --color never)
  check; [ "$(printf '%s\n' "$screen" | widest)" -le "$width" ] || fail "client list wraps at $width columns: $screen"
  check; printf '%s\n' "$screen" | grep -q "…" || fail "no … at $width columns: $screen"
  check; printf '%s\n' "$screen" | grep -q "^ *1  Întreprin" || fail "the id or the name's start is lost at $width: $screen"
  screen=$(on_tty "$width" "$ACCT_BIN" deal list --color never)
  check; [ "$(printf '%s\n' "$screen" | widest)" -le "$width" ] || fail "deal list wraps at $width columns: $screen"
  check; printf '%s\n' "$screen" | grep -q "1,234,567.89" || fail "the amount is cut at $width columns: $screen"
done

# COLUMNS, when set, is the width (here narrower than the terminal).
screen=$(on_tty 120 env COLUMNS=70 "$ACCT_BIN" client list --color never)
check; [ "$(printf '%s\n' "$screen" | widest)" -le 70 ] || fail "COLUMNS=70 ignored: $screen"

# A pipe gets whole rows, COLUMNS or not.
COLUMNS=40 run client list
expect_out_has "$long"
check; [ "$(printf '%s\n' "$OUT" | widest)" -gt 80 ] || fail "a pipe got a shortened table"

finish
