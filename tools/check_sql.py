#!/usr/bin/env python3
"""Fails when a source under the given folder builds SQL from values or shells out.

Every SQL text handed to SQLite (SQLite::Statement's constructor, exec, execAndGet) must
be made only of string literals and constants named k_* (fixed fragments such as column
lists), joined with + or fmt::format; values are always bound parameters.
system() and popen() are forbidden everywhere.
"""
import pathlib
import re
import sys

SINKS = re.compile(r'SQLite::Statement\s+\w+\s*\(|\.\s*exec\s*\(|\.\s*execAndGet\s*\(|\bStatement\s*\(')
SHELL = re.compile(r'(?<![\w.:>])(?:std::)?(?:system|popen)\s*\(')
LITERAL = re.compile(r'R"(\w*)\((?:.|\n)*?\)\1"|"(?:[^"\\\n]|\\.)*"|\'(?:[^\'\\\n]|\\.)\'')
SAFE_ATOM = re.compile(r'^(k_\w+(\[\w+\])?|std::string(_view)?\(\s*(k_\w+(\[\w+\])?|L)\s*\)|L)$')


def strip_comments(text):
    out, i = [], 0
    while i < len(text):
        m = LITERAL.match(text, i)
        if m:
            out.append(m.group(0)); i = m.end(); continue
        if text.startswith('//', i):
            j = text.find('\n', i); i = len(text) if j < 0 else j; continue
        if text.startswith('/*', i):
            j = text.find('*/', i); i = len(text) if j < 0 else j + 2; continue
        out.append(text[i]); i += 1
    return ''.join(out)


def argument_list(text, open_paren):
    """The text between the parenthesis at open_paren and its partner."""
    depth, i = 0, open_paren
    while i < len(text):
        m = LITERAL.match(text, i)
        if m:
            i = m.end(); continue
        if text[i] == '(':
            depth += 1
        elif text[i] == ')':
            depth -= 1
            if depth == 0:
                return text[open_paren + 1:i]
        i += 1
    return text[open_paren + 1:]


def split_top(args, sep=','):
    parts, depth, cur, i = [], 0, '', 0
    while i < len(args):
        m = LITERAL.match(args, i)
        if m:
            cur += 'L'; i = m.end(); continue
        c = args[i]
        depth += c in '(<[{'
        depth -= c in ')>]}'
        if c == sep and depth == 0:
            parts.append(cur); cur = ''
        else:
            cur += c
        i += 1
    parts.append(cur)
    return [p.strip() for p in parts]


def split_ternary(expr):
    """(condition, if_true, if_false) of a top-level `c ? a : b`; None when there is no
    top-level `?`; () when there is one without its `:`. Only (), [] and {} nest (a < or
    > is a comparison here); `?`/`:` pairs nest, `::` is a scope."""
    depth, pending, question, i = 0, 0, -1, 0
    while i < len(expr):
        m = LITERAL.match(expr, i)
        if m:
            i = m.end(); continue
        c = expr[i]
        if expr.startswith('::', i):
            i += 2; continue
        if c in '([{':
            depth += 1
        elif c in ')]}':
            depth -= 1
        elif depth == 0 and c == '?':
            if question < 0:
                question = i
            else:
                pending += 1
        elif depth == 0 and c == ':' and question >= 0:
            if pending == 0:
                return expr[:question], expr[question + 1:i], expr[i + 1:]
            pending -= 1
        i += 1
    return () if question >= 0 else None


def sql_is_fixed(expr):
    """True when expr is literals and k_* constants joined with + or fmt::format."""
    expr = expr.strip()
    # (A) or std::string(A): a parenthesised part, such as a choice between fragments.
    m = re.match(r'^(?:std::string(?:_view)?\s*)?\(', expr)
    if m and expr.endswith(')') and argument_list(expr, m.end() - 1) == expr[m.end():-1]:
        return sql_is_fixed(expr[m.end():-1])
    # cond ? A : B -- the chosen SQL must be fixed whatever the condition; a ? without
    # its : is not understood, so it is refused.
    ternary = split_ternary(expr)
    if ternary is not None:
        return bool(ternary) and sql_is_fixed(ternary[1]) and sql_is_fixed(ternary[2])
    m = re.match(r'^fmt::format\s*\((.*)\)$', expr, re.S)
    if m:
        return all(sql_is_fixed(a) for a in split_top(m.group(1)))
    terms = split_top(expr, '+')
    if len(terms) > 1:
        return all(sql_is_fixed(t) for t in terms)
    collapsed = LITERAL.sub('L', expr)
    collapsed = re.sub(r'L(\s*L)+', 'L', collapsed).strip()
    while collapsed.startswith('(') and collapsed.endswith(')'):
        collapsed = collapsed[1:-1].strip()
    return bool(SAFE_ATOM.match(collapsed))


def problems_in(path):
    text = strip_comments(path.read_text(encoding='utf-8'))
    line_of = lambda pos: text.count('\n', 0, pos) + 1
    for m in SHELL.finditer(text):
        yield f'{path}:{line_of(m.start())}: calls system() or popen()'
    for m in SINKS.finditer(text):
        args = split_top(argument_list(text, m.end() - 1))
        # Statement(db, SQL): the SQL is the second argument; exec(SQL): the first.
        sql = args[1] if 'Statement' in m.group(0) and len(args) > 1 else args[0]
        if sql and not sql_is_fixed(sql):
            yield f'{path}:{line_of(m.start())}: SQL built from {sql!r}: use literals and k_* constants, bind values'


def main():
    root = pathlib.Path(sys.argv[1])
    files = sorted(p for p in root.rglob('*') if p.suffix in ('.cpp', '.h', '.hpp'))
    found = [p for f in files for p in problems_in(f)]
    for p in found:
        print(p)
    return 1 if found else 0


if __name__ == '__main__':
    sys.exit(main())
