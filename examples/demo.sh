#!/usr/bin/env bash
# `make demo`: the main job of acct on the sample portfolio (examples/sample/), in a
# temporary database that is removed afterwards. Today is pinned to Monday 2026-11-23,
# inside the sample's range, so that the output is the same on every run.
#   bash examples/demo.sh [path/to/acct]
set -euo pipefail

acct_bin=${1:-build/acct}
[ -x "$acct_bin" ] || { echo "demo: no acct binary at '$acct_bin' (run make first)" >&2; exit 1; }
acct_bin=$(cd "$(dirname "$acct_bin")" && pwd)/$(basename "$acct_bin")
sample=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)/sample

work=$(mktemp -d "${TMPDIR:-/tmp}/acct-demo.XXXXXX")
trap 'rm -rf "$work"' EXIT
export ACCT_DB="$work/acct.db" ACCT_CONFIG="$work/config.toml" ACCT_TODAY=2026-11-23
unset ACCT_FORMAT

acct() { "$acct_bin" "$@"; }
# has WORD...: `acct WORD...` is a command of this build (a branch may not be merged yet):
# the last word is listed under "Subcommands:" in the help of the words before it.
has() {
  local last=${!#}
  # In English whatever the language (man page: LANGUAGES), so that "Subcommands:" reads as here.
  LC_ALL=C acct "${@:1:$#-1}" --help 2>/dev/null | sed -n '/^Subcommands:/,$p' | grep -qE "^  $last( |\$)"
}
step() { printf '\n\033[1m== %s\033[0m\n$ %s\n' "$1" "$2" >&2; }
[ -t 2 ] || step() { printf '\n== %s\n$ %s\n' "$1" "$2" >&2; }

step "Create the database and a starter config" "acct init"
acct init

if has import; then
  for kind in clients contacts deals touches invoices; do
    step "Import the sample $kind" "acct import $kind examples/sample/$kind.csv"
    acct import "$kind" "$sample/$kind.csv"
  done
else
  echo "(acct import is not in this build: adding a few clients by hand)" >&2
  tail -n +2 "$sample/clients.csv" | head -n 12 | while IFS=, read -r name tier _; do
    acct -q client add "$name" --tier "$tier" >/dev/null
  done
fi

step "The portfolio" "acct client list"
acct client list

if has plan; then
  step "This week's calls and visits" "acct plan --week this"
  acct plan --week this
fi

if has kpi; then
  step "KPIs of the current quarter" "acct kpi --period this-quarter"
  acct kpi --period this-quarter
fi
