#!/usr/bin/env python3
"""tools/config_messages.py CONFIG.toml: the comments of the starter config as messages.

Prints C++ that xgettext reads (tools/messages.sh): one NC_("config", "...") per comment, on
the line of the comment's first line, so that the template's references point into
examples/config.toml. The comments are found as src/config/starter_config.cpp finds them
at run time: a run of whole-line comments at one indentation is one message (its lines
joined by newlines), and so is a comment after a value together with the whole-line
comments aligned under it; a line "#key = value" is not a comment. Keep the two alike.
"""
import sys

NOTE = ("/* TRANSLATORS: a comment of the starter config that acct init writes. Keep TOML "
        "keys and values (owner.currency, \"quarter\") as they are; each line of the "
        "translation becomes a comment line. */ ")


def comment_start(line):
    quote = None
    i = 0
    while i < len(line):
        c = line[i]
        if quote:
            if c == "\\" and quote == '"':
                i += 1
            elif c == quote:
                quote = None
        elif c in "\"'":
            quote = c
        elif c == "#":
            return i
        i += 1
    return -1


def split(line):
    """(code, text, is_comment, is_whole_line)"""
    hash_at = comment_start(line)
    if hash_at < 0:
        return line, "", False, False
    text = line[hash_at + 1:]
    code = line[:hash_at]
    whole = code.strip(" ") == ""
    if whole and text and not text.startswith(" "):  # "#key = value": a key to choose, not a comment
        return line, "", False, False
    if text.startswith(" "):
        text = text[1:]
    return code, text, True, whole


def messages(text):
    """[(first line number, message)]"""
    lines = text.split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    found = []
    i = 0
    while i < len(lines):
        code, first, is_comment, _ = split(lines[i])
        if not is_comment:
            i += 1
            continue
        indent = " " * len(code)
        start = i
        texts = [first]
        i += 1
        while i < len(lines):
            next_code, next_text, _, whole = split(lines[i])
            if not whole or next_code != indent:
                break
            texts.append(next_text)
            i += 1
        found.append((start + 1, "\n".join(texts)))
    return found


def c_string(text):
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n") + '"'


def main():
    with open(sys.argv[1], encoding="utf-8") as f:
        found = messages(f.read())
    out = []
    for line, message in found:
        while len(out) < line - 1:
            out.append("")
        out.append(NOTE + "NC_(\"config\", " + c_string(message) + ");")
    sys.stdout.write("\n".join(out) + "\n")


if __name__ == "__main__":
    main()
