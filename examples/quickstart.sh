#!/usr/bin/env bash
# The tour of README.md, runnable: a first week with acct on a throw-away database.
#   bash examples/quickstart.sh [path/to/acct]
# Steps whose command is not in this build yet are skipped with a note.
set -euo pipefail

acct_bin=${1:-build/acct}
[ -x "$acct_bin" ] || { echo "quickstart: no acct binary at '$acct_bin' (run make first)" >&2; exit 1; }
acct_bin=$(cd "$(dirname "$acct_bin")" && pwd)/$(basename "$acct_bin")
work=$(mktemp -d "${TMPDIR:-/tmp}/acct-quickstart.XXXXXX")
trap 'rm -rf "$work"' EXIT
export ACCT_DB="$work/acct.db" ACCT_CONFIG="$work/config.toml" ACCT_TODAY=2026-11-23
unset ACCT_FORMAT

acct() { "$acct_bin" "$@"; }
has() {
  local last=${!#}
  # In English whatever the language (man page: LANGUAGES), so that "Subcommands:" reads as here.
  LC_ALL=C acct "${@:1:$#-1}" --help 2>/dev/null | sed -n '/^Subcommands:/,$p' | grep -qE "^  $last( |\$)"
}
say() { printf '\n$ %s\n' "$*" >&2; }
# try WORDS... -- ARGS...: runs `acct WORDS... ARGS...` if WORDS is a command of this build.
try() {
  local -a words=()
  while [ "$1" != -- ]; do words+=("$1"); shift; done
  shift
  if has "${words[@]}"; then say acct "${words[@]}" "$@"; acct "${words[@]}" "$@"
  else printf '\n(skipped: acct %s is not in this build)\n' "${words[*]}" >&2; fi
}

say acct init
acct init

# Add a client, and a person there.
try client add -- "Acme SRL" --tier A --region Cluj --industry paints
try contact add -- acme "Ioana Marin" --role "purchasing manager" --phone "+40 722 000 111" \
  --birthday 03-14 --decision-maker

# Log a sale in one line, and open an opportunity.
try deal log -- acme 12,000.50 --product paints --kind upsell
try deal add -- acme "Coatings for the new plant" 40000 --stage proposal --close +3w

# Log a call and pin the follow-up for Friday.
try touch -- acme call "asked for a quote on coatings" --next "send the quote" --next-date fri

# What to do this week, and how the quarter stands.
try plan -- --week this
try kpi -- --period this-quarter

# Reports are data: pipe them into a script.
if has report; then
  say 'acct report sales --by month --period this-year --csv | awk ...'
  acct report sales --by month --period this-year --csv |
    awk -F, 'NR > 1 { total += $3 } END { printf "revenue this year: %.2f\n", total }'
fi

say acct client list
acct client list
