# The man page: it lints clean and documents every command, subcommand and flag that
# `--help` lists, so that a new flag without a manual entry fails here.
source "$(dirname "$0")/lib.sh"
source "$(dirname "$0")/help_walk.sh"
MAN="$ACCT_SOURCE_DIR/man/acct.1"

# mandoc's lint finds no warning (style notes aside).
lint=$(mandoc -Tlint -W warning "$MAN" 2>&1); check
[ -z "$lint" ] || { CODE=1; OUT=$lint; fail "mandoc -Tlint -W warning man/acct.1"; }

# It renders, with the sections a reader looks for.
page=$(mandoc -Tutf8 "$MAN" | col -b)
for section in NAME SYNOPSIS DESCRIPTION COMMANDS "DATES AND PERIODS" "OUTPUT FORMATS" "PLAN SCORING" \
  "KPI AND COMMISSION DEFINITIONS" LANGUAGES CONFIGURATION ENVIRONMENT FILES "EXIT STATUS" EXAMPLES "SEE ALSO"; do
  check; printf '%s\n' "$page" | grep -qx "$section" || fail "man page lacks the section $section"
done

# Every command path of --help is in the man page as a command (.Cm), every flag as .Fl.
paths=$(command_paths)
check; [ "$(printf '%s\n' "$paths" | wc -l)" -ge 10 ] || fail "walking --help found too few commands: $paths"
while IFS= read -r path; do
  check
  words=($path)
  # "Cm client list", "Cm config Cm check", or a leaf listed in its group ".It Cm sales".
  if [ ${#words[@]} -eq 1 ]; then pattern="Cm ${words[0]}( |$)"
  else pattern="Cm ${words[0]}( Cm)? ${words[1]}( |$)|^\.It Cm ${words[1]}( |$)"; fi
  grep -qE "$pattern" "$MAN" || fail "man page lacks the command 'acct $path'"
  for flag in $(help_flags $path); do
    check
    grep -qE "Fl -${flag#--}( |$)" "$MAN" || fail "man page lacks the flag $flag of 'acct $path'"
  done
done <<<"$paths"
for flag in $(help_flags); do
  check; grep -qE "Fl -${flag#--}( |$)" "$MAN" || fail "man page lacks the global flag $flag"
done

# Every listing column of the man page's COMMANDS is documented.
for columns in id,name,tier,status,industry,region,tags,last_touch,last_order \
  id,client,name,role,decision_maker,email,phone,birthday \
  id,client,title,stage,amount,probability,product,kind,expected_close,closed_on,stale,discount \
  id,client,number,amount,issued,due,paid_amount,paid_on,days_overdue \
  id,client,severity,opened,first_response,resolved,summary \
  date,time,kind,client_id,client,tier,contact,phone,reasons,score metric,value,target,attainment; do
  check; grep -qF "$columns" "$MAN" || fail "man page lacks the columns $columns"
done

# Every environment variable acct reads.
for var in ACCT_DB ACCT_CONFIG ACCT_FORMAT ACCT_TODAY ACCT_LOCALEDIR XDG_DATA_HOME XDG_CONFIG_HOME NO_COLOR CLICOLOR_FORCE TERM TMPDIR; do
  check; grep -qE "^\.It Ev $var$" "$MAN" || fail "ENVIRONMENT lacks $var"
done

# Every key of the shipped config is documented.
for key in $(grep -oE '^[a-z_]+ *=' "$ACCT_SOURCE_DIR/examples/config.toml" | tr -d ' =' | sort -u); do
  check; grep -qE "Ic ([a-z_]+\.)?$key( |$)|Ic .*$key" "$MAN" || fail "CONFIGURATION lacks the key $key"
done

# The hidden completion helper stays out of --help.
ok --help
expect_out_lacks '__complete'

finish
