#!/usr/bin/env python3
"""tools/check_po.py [PO...]: the catalogs in po/ translate every message of the code.

Extracts the template from the code (tools/messages.sh) and checks each catalog (all of
po/*.po when none is named): every message of the template is there, none is fuzzy or
has an empty translation, `msgfmt --check` accepts the file, Plural-Forms has the number
of forms of the language, and every translation has the fmt placeholders of its message
({} {0} {:>5} ...: the same arguments with the same format specs, in any order), since a
broken placeholder would cost the message at run time. Exit 1 with each problem named.
"""
import os
import re
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PLURAL_FORMS = {"ro": 3, "ru": 3, "it": 2, "el": 2, "fr": 2}
SHOWN = 20  # problems of one kind listed per catalog before "and N more"


def unquote(text):
    """The value of a PO string literal (without its quotes)."""
    escapes = {"n": "\n", "t": "\t", '"': '"', "\\": "\\", "r": "\r", "a": "\a", "b": "\b", "f": "\f", "v": "\v"}
    out, i = [], 0
    while i < len(text):
        c = text[i]
        if c == "\\" and i + 1 < len(text):
            out.append(escapes.get(text[i + 1], text[i + 1]))
            i += 2
        else:
            out.append(c)
            i += 1
    return "".join(out)


class Entry:
    def __init__(self):
        self.context = None
        self.msgid = None
        self.plural = None
        self.msgstr = {}  # form index -> text; 0 alone without a plural
        self.flags = set()
        self.line = 0

    def key(self):
        return (self.context, self.msgid)


def parse_po(path):
    """The entries of a PO file, the header first; obsolete (#~) entries are left out."""
    entries = []
    entry, field = Entry(), None
    flags = set()

    def start():
        nonlocal entry, flags
        if entry.msgid is not None:
            entries.append(entry)
        entry = Entry()
        entry.flags, flags = flags, set()

    with open(path, encoding="utf-8") as f:
        for number, raw in enumerate(f, 1):
            line = raw.strip()
            if not line or line.startswith("#~"):
                continue
            if line.startswith("#"):
                if line.startswith("#,"):
                    flags.update(flag.strip() for flag in line[2:].split(","))
                continue
            match = re.match(r'^(msgctxt|msgid_plural|msgid|msgstr(?:\[(\d+)\])?)\s+"(.*)"$', line)
            if match:
                keyword, index, value = match.group(1), match.group(2), unquote(match.group(3))
                # A message starts at its msgctxt, or at a msgid without one.
                if keyword == "msgctxt" or (keyword == "msgid" and field != "msgctxt"):
                    start()
                    entry.line = number
                if keyword in ("msgctxt", "msgid", "msgid_plural"):
                    setattr(entry, {"msgctxt": "context", "msgid": "msgid", "msgid_plural": "plural"}[keyword], value)
                    field = keyword
                else:
                    field = int(index or 0)
                    entry.msgstr[field] = value
                continue
            if len(line) >= 2 and line.startswith('"') and line.endswith('"') and field is not None:
                value = unquote(line[1:-1])
                if isinstance(field, int):
                    entry.msgstr[field] += value
                else:
                    name = {"msgctxt": "context", "msgid": "msgid", "msgid_plural": "plural"}[field]
                    setattr(entry, name, getattr(entry, name) + value)
                continue
            raise SystemExit(f"{path}:{number}: cannot read this line: {line}")
    start()
    return entries


def placeholders(text):
    """The replacement fields of a fmt format string as a sorted list of (argument, spec),
    automatic indexing counted as positions. Raises ValueError where fmt would throw."""
    fields = []
    state = {"automatic": 0, "manual": False}

    def argument(arg):
        if arg == "":
            if state["manual"]:
                raise ValueError("'{}' after a numbered field")
            state["automatic"] += 1
            return str(state["automatic"] - 1)
        if not arg.isdigit():
            raise ValueError(f"'{{{arg}}}' is not a field fmt knows")
        if state["automatic"]:
            raise ValueError(f"'{{{arg}}}' after a '{{}}'")
        state["manual"] = True
        return arg

    i = 0
    while i < len(text):
        c = text[i]
        if text.startswith("{{", i) or text.startswith("}}", i):
            i += 2
            continue
        if c == "}":
            raise ValueError("a '}' without its '{'")
        if c != "{":
            i += 1
            continue
        j = i + 1
        while j < len(text) and text[j] not in ":}":
            j += 1
        if j >= len(text):
            raise ValueError("a '{' without its '}'")
        arg = argument(text[i + 1:j])
        spec = ""
        if text[j] == ":":
            k = j + 1
            while k < len(text) and text[k] != "}":
                if text[k] == "{":  # a width or precision taken from an argument: {:>{}}
                    close = text.find("}", k)
                    if close < 0:
                        raise ValueError("a '{' without its '}'")
                    fields.append((argument(text[k + 1:close]), "(nested)"))
                    k = close
                k += 1
            if k >= len(text):
                raise ValueError("a '{' without its '}'")
            spec = text[j + 1:k]
            j = k
        fields.append((arg, spec))
        i = j + 1
    return sorted(fields)


def header_value(header, name):
    match = re.search(r"^" + re.escape(name) + r":\s*(.*)$", header, re.MULTILINE)
    return match.group(1).strip() if match else None


def shown(problems):
    if len(problems) <= SHOWN:
        return problems
    return problems[:SHOWN] + [f"... and {len(problems) - SHOWN} more"]


def describe(entry):
    text = entry.msgid if len(entry.msgid) <= 70 else entry.msgid[:67] + "..."
    text = text.replace("\n", "\\n")
    return f'"{text}"' + (f' (context "{entry.context}")' if entry.context else "")


def check_catalog(path, template):
    problems = []
    language = os.path.splitext(os.path.basename(path))[0]
    result = subprocess.run(["msgfmt", "--check", "--output-file=/dev/null", path],
                            capture_output=True, text=True)
    if result.returncode != 0:
        problems.append("msgfmt --check: " + result.stderr.strip().replace("\n", "\n    "))
    entries = parse_po(path)
    header = next((e for e in entries if e.msgid == "" and e.context is None), None)
    if header is None:
        problems.append("no header entry")
    else:
        forms = header_value(header.msgstr.get(0, ""), "Plural-Forms") or ""
        match = re.search(r"nplurals\s*=\s*(\d+)", forms)
        expected = PLURAL_FORMS.get(language)
        if not match:
            problems.append("the header has no Plural-Forms")
        elif expected is not None and int(match.group(1)) != expected:
            problems.append(f"Plural-Forms says nplurals={match.group(1)}; {language} has {expected}")
    by_key = {e.key(): e for e in entries if e.msgid != ""}
    missing, fuzzy, empty, broken = [], [], [], []
    for t in template:
        entry = by_key.get(t.key())
        if entry is None:
            missing.append(describe(t))
            continue
        where = f"{os.path.basename(path)}:{entry.line}: {describe(entry)}"
        if "fuzzy" in entry.flags:
            fuzzy.append(where)
        forms = entry.msgstr
        if not forms or any(value == "" for value in forms.values()):
            empty.append(where)
            continue
        try:
            wanted = placeholders(t.plural if t.plural is not None else t.msgid)
        except ValueError as e:
            broken.append(f"{where}: the message itself: {e}")
            continue
        for index, value in sorted(forms.items()):
            try:
                got = placeholders(value)
            except ValueError as e:
                broken.append(f"{where}: translation {index}: {e}")
                continue
            if got != wanted:
                broken.append(f"{where}: translation {index} has the placeholders {fmt_fields(got)}, "
                              f"the message {fmt_fields(wanted)}")
    for name, found in (("missing", missing), ("fuzzy", fuzzy), ("empty", empty), ("placeholders differ", broken)):
        if found:
            problems.append(f"{len(found)} {name}:\n    " + "\n    ".join(shown(found)))
    return problems


def fmt_fields(fields):
    return " ".join("{" + arg + (":" + spec if spec else "") + "}" for arg, spec in fields) or "none"


def main():
    catalogs = sys.argv[1:] or sorted(
        os.path.join(ROOT, "po", name) for name in os.listdir(os.path.join(ROOT, "po")) if name.endswith(".po"))
    with tempfile.TemporaryDirectory() as tmp:
        pot = os.path.join(tmp, "acct.pot")
        subprocess.run(["sh", os.path.join(ROOT, "tools", "messages.sh"), pot], check=True)
        template = [e for e in parse_po(pot) if e.msgid != ""]
    failed = False
    for path in catalogs:
        problems = check_catalog(path, template)
        name = os.path.relpath(path, ROOT)
        if problems:
            failed = True
            print(f"{name}: " + "\n  ".join([""] + problems))
        else:
            print(f"{name}: all {len(template)} messages translated")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
