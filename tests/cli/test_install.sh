# `make install`: cmake --install puts the binary, the manual and the three completion
# files where man, bash-completion, zsh and fish look for them.
source "$(dirname "$0")/lib.sh"
BUILD_DIR=$(dirname "$ACCT_BIN")
PREFIX_DIR="$TEST_DIR/prefix"

check
cmake --install "$BUILD_DIR" --prefix "$PREFIX_DIR" >"$TEST_DIR/install.log" 2>&1 ||
  { ERR=$(cat "$TEST_DIR/install.log"); fail "cmake --install"; }

for file in bin/acct share/man/man1/acct.1 share/bash-completion/completions/acct \
  share/zsh/vendor-completions/_acct share/fish/vendor_completions.d/acct.fish; do
  check; [ -f "$PREFIX_DIR/$file" ] || fail "not installed: $file"
done
check; [ -x "$PREFIX_DIR/bin/acct" ] || fail "bin/acct is not executable"
for language in ro it el ru fr; do
  check; [ -f "$PREFIX_DIR/share/locale/$language/LC_MESSAGES/acct.mo" ] || fail "not installed: the $language catalog"
done

# man finds the page through MANPATH.
check
found=$(MANPATH="$PREFIX_DIR/share/man" man -w acct 2>&1)
[ "$found" = "$PREFIX_DIR/share/man/man1/acct.1" ] || { OUT=$found; fail "man -w acct"; }

# The installed files are the ones in the source tree, and the installed binary runs.
check; cmp -s "$PREFIX_DIR/share/bash-completion/completions/acct" "$ACCT_SOURCE_DIR/completions/acct.bash" ||
  fail "installed bash completion differs"
check; cmp -s "$PREFIX_DIR/share/man/man1/acct.1" "$ACCT_SOURCE_DIR/man/acct.1" || fail "installed man page differs"
run --version
installed_version=$("$PREFIX_DIR/bin/acct" --version); check
[ "$installed_version" = "$OUT" ] || fail "installed acct --version: $installed_version"

# The installed binary finds the installed catalogs, under the prefix it was installed to
# (here not the configured one): a catalog put there speaks.
printf 'msgid ""\nmsgstr "Content-Type: text/plain; charset=UTF-8\\n"\n\nmsgctxt "weekday"\nmsgid "Mon"\nmsgstr "Lu"\n' \
  >"$TEST_DIR/ro.po"
msgfmt -o "$PREFIX_DIR/share/locale/ro/LC_MESSAGES/acct.mo" "$TEST_DIR/ro.po"
"$PREFIX_DIR/bin/acct" -q init >/dev/null 2>&1
OUT=$(LANGUAGE=ro LANG=ro_RO.UTF-8 LC_ALL= "$PREFIX_DIR/bin/acct" today 2>&1); CODE=$?
check; printf '%s\n' "$OUT" | grep -q 'Lu 2026-11-23' || fail "the installed acct does not find its catalogs"

finish
