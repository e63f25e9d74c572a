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

finish
