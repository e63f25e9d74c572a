#!/usr/bin/python3
"""Compares an xlsx workbook written by acct with the CSV of the same command, cell by cell.

    xlsx_check.py BOOK.xlsx SAME.csv [--percent COL,...] [--money COL,...] [--text COL,...]

Checks: one sheet; the header row is the CSV header; an autofilter over the header and
every data row; the first row frozen (freeze_panes A2); no formula anywhere (no cell of
data_type 'f', no <f> element in the sheet's XML); every cell holds the CSV value as its own
type: an empty CSV value an empty cell, numbers as int or float equal to the CSV figure,
YYYY-MM-DD as a datetime with a date format, the rest as the same text (without the
formula guard's leading quote, which only CSV needs). --percent columns must be numbers in
a percentage format, and no other cell is one (COL@KEY names the cell of COL in the row
whose first value is KEY, for kpi's mixed value column); --money columns are numbers in
'#,##0.00'; --text columns hold text that looks like a number. Prints what differs and exits 1, else prints nothing."""
import argparse
import csv
import datetime
import re
import sys
import zipfile

import openpyxl
from openpyxl.utils import get_column_letter

NUMBER = re.compile(r"^-?\d+(\.\d+)?$")
DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
TRIGGERS = "=+-@\t\r"


def unguard(text: str) -> str:
    """The value behind CSV's formula guard: one leading quote fewer before a trigger."""
    stripped = text.lstrip("'")
    if text.startswith("'") and stripped and stripped[0] in TRIGGERS:
        return text[1:]
    return text


def columns(arg: str) -> set:
    return set(filter(None, arg.split(",")))


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("book")
    parser.add_argument("csv")
    parser.add_argument("--percent", type=columns, default=set())
    parser.add_argument("--money", type=columns, default=set())
    parser.add_argument("--text", type=columns, default=set())
    args = parser.parse_args()

    problems = []
    with open(args.csv, newline="", encoding="utf-8") as f:
        rows = list(csv.reader(f))
    header, data = rows[0], rows[1:]
    for name in args.percent | args.money | args.text:
        if name.split("@")[0] not in header:
            problems.append(f"no column {name} in the CSV header {header}")

    with zipfile.ZipFile(args.book) as z:
        sheets = [n for n in z.namelist() if n.startswith("xl/worksheets/") and n.endswith(".xml")]
        for name in sheets:
            if re.search(rb"<f[ >/]", z.read(name)):
                problems.append(f"{name} holds a formula element")
    book = openpyxl.load_workbook(args.book)
    if len(book.sheetnames) != 1:
        problems.append(f"expected one sheet, found {book.sheetnames}")
    ws = book.worksheets[0]
    if len(sheets) != 1:
        problems.append(f"expected one sheet part, found {sheets}")

    got = [list(r) for r in ws.iter_rows()]
    if len(got) != len(rows):
        problems.append(f"{len(got)} rows in the sheet, {len(rows)} in the CSV")
    width = len(header)
    expected_filter = f"A1:{get_column_letter(width)}{len(rows)}"
    if ws.auto_filter.ref != expected_filter:
        problems.append(f"autofilter {ws.auto_filter.ref!r}, expected {expected_filter!r}")
    if ws.freeze_panes != "A2":
        problems.append(f"freeze_panes {ws.freeze_panes!r}, expected 'A2'")

    for r, (want, cells) in enumerate(zip(rows, got), start=1):
        cells = cells + [None] * (width - len(cells))
        for c, name in enumerate(header):
            text = want[c] if c < len(want) else ""
            cell = cells[c]
            value = cell.value if cell is not None else None
            where = f"row {r}, column {name} ({get_column_letter(c + 1)}{r})"
            if cell is not None and cell.data_type == "f":
                problems.append(f"{where}: a formula {value!r}")
                continue
            if r == 1:
                if value != text:
                    problems.append(f"{where}: header {value!r}, CSV {text!r}")
                continue
            if text == "":
                if value is not None:
                    problems.append(f"{where}: {value!r} where CSV is empty")
                continue
            fmt = cell.number_format if cell is not None else ""
            guarded = text != unguard(text)
            percent = name in args.percent or f"{name}@{want[0]}" in args.percent
            if isinstance(value, bool):
                problems.append(f"{where}: a boolean {value!r}; CSV says {text!r}")
            elif isinstance(value, (int, float)):
                if not NUMBER.match(text) or guarded or name in args.text:
                    problems.append(f"{where}: number {value!r} for the text {text!r}")
                elif float(text) != value:
                    problems.append(f"{where}: {value!r}, CSV {text!r}")
                if percent and not fmt.endswith("%"):
                    problems.append(f"{where}: format {fmt!r} is not a percentage")
                if fmt.endswith("%") and not percent:
                    problems.append(f"{where}: an unexpected percentage ({fmt!r})")
                if name in args.money and fmt != "#,##0.00":
                    problems.append(f"{where}: format {fmt!r} is not money's #,##0.00")
            elif isinstance(value, datetime.datetime):
                if value.date().isoformat() != text or value.time() != datetime.time(0):
                    problems.append(f"{where}: date {value!r}, CSV {text!r}")
                if "yy" not in fmt or "mm" not in fmt or "dd" not in fmt:
                    problems.append(f"{where}: format {fmt!r} is not a date format")
            elif isinstance(value, str):
                if value != unguard(text):
                    problems.append(f"{where}: text {value!r}, CSV {text!r}")
                if cell.data_type != "s":
                    problems.append(f"{where}: data_type {cell.data_type!r} for text")
                if not guarded and name not in args.text and (NUMBER.match(text) or DATE.match(text)):
                    problems.append(f"{where}: text {value!r} where a number or date belongs")
                if percent or name in args.money:
                    problems.append(f"{where}: text {value!r} in a number column")
            else:
                problems.append(f"{where}: {type(value).__name__} {value!r}, CSV {text!r}")

    for p in problems[:40]:
        print(p)
    if len(problems) > 40:
        print(f"... and {len(problems) - 40} more")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
