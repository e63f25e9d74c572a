#!/bin/sh
# tools/messages.sh OUT.pot: extracts every message for people from src/ (the keywords of
# src/core/i18n.h) into a gettext template. The catalogs in po/ translate that template.
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
out=${1:-$root/po/acct.pot}
cd "$root"
find src -name '*.cpp' -o -name '*.h' | LC_ALL=C sort >"$out.files"
xgettext --from-code=UTF-8 --language=C++ --no-wrap --sort-by-file --add-comments=TRANSLATORS: \
  --package-name=acct --msgid-bugs-address=https://example.invalid/acct \
  --keyword=tr --keyword=trf --keyword=trn:1,2 --keyword=N_ --keyword=NC_:1c,2 --keyword=trc:1c,2 \
  --flag=tr:1:no-c-format --flag=trf:1:no-c-format --flag=trn:1:no-c-format --flag=trn:2:no-c-format \
  --flag=N_:1:no-c-format --flag=NC_:2:no-c-format --flag=trc:2:no-c-format \
  --files-from="$out.files" --output="$out"
rm -f "$out.files"
