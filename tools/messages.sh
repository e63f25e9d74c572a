#!/bin/sh
# tools/messages.sh OUT.pot: extracts every message for people from src/ (the keywords of
# src/core/i18n.h), and the comments of the starter config examples/config.toml (context
# "config", found by tools/config_messages.py as acct init finds them), into a gettext
# template. The catalogs in po/ translate that template.
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
out=${1:-$root/po/acct.pot}
case $out in /*) ;; *) out=$(pwd)/$out ;; esac
cd "$root"
generated=$(mktemp -d "${TMPDIR:-/tmp}/acct-messages.XXXXXX")
trap 'rm -rf "$generated"' EXIT
# The starter config's comments as C++ under the same name, so that the template's
# references read examples/config.toml:LINE; its directory is searched first.
mkdir -p "$generated/examples"
python3 tools/config_messages.py examples/config.toml >"$generated/examples/config.toml"
{ find src -name '*.cpp' -o -name '*.h' | LC_ALL=C sort; echo examples/config.toml; } >"$generated/files"
xgettext --from-code=UTF-8 --language=C++ --no-wrap --sort-by-file --add-comments=TRANSLATORS: \
  --package-name=acct --msgid-bugs-address=https://example.invalid/acct \
  --keyword=tr --keyword=trf --keyword=trn:1,2 --keyword=N_ --keyword=NC_:1c,2 --keyword=trc:1c,2 --keyword=trcf:1c,2 \
  --flag=tr:1:no-c-format --flag=trf:1:no-c-format --flag=trn:1:no-c-format --flag=trn:2:no-c-format \
  --flag=N_:1:no-c-format --flag=NC_:2:no-c-format --flag=trc:2:no-c-format --flag=trcf:2:no-c-format \
  --directory="$generated" --directory=. --files-from="$generated/files" --output="$out"
