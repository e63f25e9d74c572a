# Sourced by the language tests after lib.sh: what the compiled catalogs beside the binary
# say, read by Python's own gettext (its Plural-Forms too), so that a test follows the
# catalogs without repeating them.
CATALOGS=$(dirname "$ACCT_BIN")/locale

# expect LL CONTEXT MSGID [PLURAL N] [ARGS...]: the catalog's text for a message, formatted
# with ARGS as fmt's {} would be (positional {0} {1} too), on stdout.
expect() {
  /usr/bin/python3 - "$CATALOGS" "$@" <<'PY'
import gettext, re, sys
localedir, lang, context, msgid, *rest = sys.argv[1:]
t = gettext.translation("acct", localedir, [lang])
if rest and rest[0] == "--plural":
    plural, n, args = rest[1], int(rest[2]), rest[3:]
    text = t.npgettext(context, msgid, plural, n) if context != "-" else t.ngettext(msgid, plural, n)
else:
    args = rest
    text = t.pgettext(context, msgid) if context != "-" else t.gettext(msgid)
auto = iter(args)
def fill(m):
    inner = m.group(1)
    return args[int(inner)] if inner.isdigit() else next(auto)
print(re.sub(r"\{(\d*)\}", fill, text))
PY
}
