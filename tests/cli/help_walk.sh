# Walks `acct --help` to list every command path and every long flag of this build, so
# that the surface tests (man page, completions) follow the CLI without a hand-kept list.
# Source after lib.sh.

# help_subcommands WORDS...: the subcommands listed by `acct WORDS... --help`.
help_subcommands() {
  "$ACCT_BIN" "$@" --help 2>/dev/null |
    awk '/^Subcommands:/ { on = 1; next } /^[A-Za-z]/ { on = 0 } on && /^  [a-z]/ { print $1 }'
}

# help_flags WORDS...: the long flags listed under Options: by `acct WORDS... --help`.
help_flags() {
  "$ACCT_BIN" "$@" --help 2>/dev/null |
    awk '/^Options:/ { on = 1; next } /^[A-Za-z]/ { on = 0 } on' |
    grep -oE '^ +(-[a-zA-Z],)?--[a-z][a-z0-9-]*' | sed -E 's/^ +(-[a-zA-Z],)?//'
}

# command_paths: every command path, one per line ("client", "client add", ...), groups first.
command_paths() {
  local top sub
  for top in $(help_subcommands); do
    echo "$top"
    for sub in $(help_subcommands "$top"); do echo "$top $sub"; done
  done
}

# has_command WORDS...: `acct WORDS...` is a command of this build.
has_command() {
  local last=${!#}
  help_subcommands "${@:1:$#-1}" | grep -qxF -- "$last"
}
