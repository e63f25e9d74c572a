# acct today (man page: COMMANDS, "The day"): on Monday 2026-11-23, the calls and visits of
# today's plan, the follow-ups due before today, today's birthdays, open cases nobody has
# answered, and the invoices that fell due since the last workday (Friday 11-20: so the
# weekend's and today's, not Friday's, which Friday's screen showed). A card in `table`
# that fits 80 columns; one row per item with a section column for scripts.
source "$(dirname "$0")/lib.sh"

ok -q init
ok -q client add "Acme SRL" --tier A
ok -q client add "Beta SA"
ok -q client add "Gone SA" --status archived
ok -q contact add beta "Ana Pop" --birthday 11-23 --phone "0721 000 111"
ok -q contact add gone "Ion Gone" --birthday 11-23
ok -q contact add acme "Not Today" --birthday 11-24
ok -q touch acme call "quote" --date 2026-11-10 --next "send the quote" --next-date 2026-11-18
ok -q touch beta call "demo" --date 2026-11-10 --next "book the demo" --next-date 2026-11-23
ok -q case open beta "Broken pallet" --at 2026-11-22T10:00
ok -q case open acme "Answered already" --at 2026-11-21T09:00
ok -q case respond 2 --at 2026-11-21T10:00
ok -q invoice add acme 1200 --due 2026-11-22 --issued 2026-10-20 --number F-22
ok -q invoice add acme 700 --due 2026-11-23 --issued 2026-10-20 --number F-23
ok -q invoice add beta 300 --due 2026-11-20 --issued 2026-10-20 --number F-20
ok -q invoice add beta 50 --due 2026-11-21 --issued 2026-10-20 --number F-21
ok -q invoice pay F-21

ok today --csv
expect_out_has "^section,time,kind,client_id,client,contact,phone,detail,date,amount,currency$"
expect_out_has "^plan,[0-9:]+,(call|visit),1,Acme SRL,.*send the quote\"?,2026-11-23,,$"
expect_out_has "^plan,[0-9:]+,call,2,Beta SA,Ana Pop,0721 000 111,.*birthday.*,2026-11-23,,$"
expect_out_has "^followup,,follow-up,1,Acme SRL,,,send the quote,2026-11-18,,$"
expect_out_lacks "^followup,.*book the demo"          # due today: in the plan, not overdue
expect_out_has "^birthday,,birthday,2,Beta SA,Ana Pop,0721 000 111,,2026-11-23,,$"
expect_out_lacks "^birthday,.*(Ion Gone|Not Today)"    # an archived client; tomorrow's birthday
expect_out_has "^case,10:00,normal,2,Beta SA,,,Broken pallet,2026-11-22,,$"
expect_out_lacks "Answered already"
expect_out_has "^invoice,,invoice,1,Acme SRL,,,F-22,2026-11-22,1200.00,EUR$"
expect_out_has "^invoice,,invoice,1,Acme SRL,,,F-23,2026-11-23,700.00,EUR$"
expect_out_lacks "F-20|F-21"                           # Friday's, shown on Friday; paid
# The sections in their order.
expect_eq "$(printf '%s\n' "$OUT" | tail -n +2 | cut -d, -f1 | uniq | tr '\n' ' ')" "plan followup birthday case invoice " \
  "sections in order"

ok today --json
expect_out_has '^\{"section":"birthday","time":null,"kind":"birthday","client_id":2,"client":"Beta SA","contact":"Ana Pop"'

ok today
expect_out_has "^Today, Mon 2026-11-23$"
expect_out_has "^Overdue follow-ups \(1\)$"
expect_out_has "^Invoices that fell due \(2\)$"
expect_out_has "1,200.00"

# On Tuesday, what fell due on Monday is no longer "since the last workday".
ok --today 2026-11-24 today --csv
expect_out_lacks "F-22|F-23"

# A quiet day: only the title, and a word on stderr.
ok -q --db "$TEST_DIR/empty.db" init
ok --db "$TEST_DIR/empty.db" today
expect_out "Today, Mon 2026-11-23"
expect_err_has "nothing planned or due today"
ok --db "$TEST_DIR/empty.db" today --csv
expect_out "section,time,kind,client_id,client,contact,phone,detail,date,amount,currency"

# At 80 columns in a real terminal, no line is wider than the terminal.
if command -v tmux >/dev/null; then
  SOCKET="acct-today-$$"
  tmux -L "$SOCKET" -f /dev/null new-session -d -s t -x 80 -y 60 \
    "$ACCT_BIN today --color never; tmux -L $SOCKET wait-for -S done; sleep 30"
  tmux -L "$SOCKET" wait-for done
  screen=$(tmux -L "$SOCKET" capture-pane -p -J -t t)
  tmux -L "$SOCKET" kill-server
  check; [ "$(printf '%s\n' "$screen" | wc -L)" -le 80 ] || fail "today wraps at 80 columns: $screen"
  check; printf '%s\n' "$screen" | grep -q "Broken pallet" || fail "the case is on the 80-column screen: $screen"
fi

fails 2 "" today --format ics
fails 2 "^acct: error: unexpected argument 'extra' for 'acct today'$" today extra

finish
