#!/usr/bin/env python3
"""Property test of the journal: for random sequences of writing commands, undoing every
entry they made (newest first) gives back the records exactly as they were: every table,
every column, every id, and first_won; and `acct export all` writes the same files.

    undo_property.py ACCT_BIN SEED COMMANDS

Runs in the database named by ACCT_DB (already initialised by the caller)."""
import os
import random
import sqlite3
import subprocess
import sys

TABLES = ["client", "contact", "deal", "refund", "touch", "invoice", "payment", "support_case", "followup", "first_won"]


def records(db, acct=None, where=None):
    con = sqlite3.connect(db)
    out = {t: con.execute(f"SELECT * FROM {t} ORDER BY 1, 2").fetchall() for t in TABLES}
    con.close()
    if acct:  # and `export all`, byte for byte, file by file
        os.makedirs(where, exist_ok=True)
        subprocess.run([acct, "-q", "export", "all", where], check=True, capture_output=True)
        for name in sorted(os.listdir(where)):
            with open(os.path.join(where, name), "rb") as f:
                out["export:" + name] = f.read()
    return out


def ids(db, sql):
    con = sqlite3.connect(db)
    rows = [r[0] for r in con.execute(sql).fetchall()]
    con.close()
    return rows


def main():
    acct, seed, count = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
    db = os.environ["ACCT_DB"]
    rng = random.Random(seed)

    def run(*args):
        return subprocess.run([acct, "-q", *args], capture_output=True, text=True).returncode

    names = ["Acme SRL", "Ωμέγα ΑΕ", "Ромашка ООО", "Café Lyon", "Beta SpA"]
    for n in names[:3]:
        run("client", "add", n)
    run("deal", "log", "Acme", "1000", "--date", "2026-11-01", "--product", "paint")
    run("invoice", "add", "Acme", "500", "--due", "2026-12-01", "--number", "S-1")
    start = records(db, acct, os.path.join(os.path.dirname(db), f"export-start-{seed}"))
    first_entry = (ids(db, "SELECT coalesce(max(id), 0) FROM journal") or [0])[0]

    def some(sql):
        found = ids(db, sql)
        return str(rng.choice(found)) if found else "1"

    days = [f"2026-11-{d:02d}" for d in range(1, 24)]
    kinds = ["call", "visit", "meeting", "email", "message", "note"]
    for step in range(count):
        client = rng.choice(names)
        choice = rng.randrange(17)
        if choice == 0:
            run("client", "add", f"{client} {step}", "--tier", rng.choice("ABC"))
        elif choice == 1:
            run("client", "edit", client, "--region", rng.choice(["Cluj", "Milano", "Αθήνα"]), "--terms", "30")
        elif choice == 2:
            run("contact", "add", client, f"Person {step}", "--role", "buyer")
        elif choice == 3:
            run("deal", "log", client, str(rng.randrange(1, 90000)), "--date", rng.choice(days),
                "--product", rng.choice(["paint", "primer", ""]), "--discount", "5%")
        elif choice == 4:
            run("deal", "add", client, f"Deal {step}", str(rng.randrange(100, 50000)), "--stage",
                rng.choice(["lead", "qualified", "proposal"]))
        elif choice == 5:
            run("deal", "move", some("SELECT id FROM deal WHERE stage NOT IN ('won','lost')"),
                rng.choice(["negotiation", "proposal"]), "--close", "+1m")
        elif choice == 6:
            run("deal", "win", some("SELECT id FROM deal WHERE stage NOT IN ('won','lost')"), "--date", rng.choice(days))
        elif choice == 7:
            run("deal", "edit", some("SELECT id FROM deal"), "--amount", str(rng.randrange(1000, 9000)),
                "--title", f"edited {step}")
        elif choice == 8:
            run("deal", "refund", some("SELECT id FROM deal WHERE stage = 'won'"), "10", "--date", "2026-11-23")
        elif choice == 9:
            extra = ["--next", f"next {step}", "--next-date", "+1w"] if rng.random() < 0.5 else []
            run("touch", client, rng.choice(kinds), f"talked {step}", "--date", rng.choice(days), *extra)
        elif choice == 10:
            run("invoice", "add", client, str(rng.randrange(100, 5000)), "--due", rng.choice(days + ["+1m"]))
        elif choice == 11:
            run("invoice", "pay", some("SELECT id FROM invoice WHERE paid_amount < amount"), "--amount", "50")
        elif choice == 12:
            run("case", "open", client, f"problem {step}", "--severity", "high")
        elif choice == 13:
            run("case", "resolve", some("SELECT id FROM support_case WHERE resolved_at IS NULL"))
        elif choice == 14:
            run("deal", "delete", some("SELECT id FROM deal"), "--yes")
        elif choice == 15:
            run("deal", "reopen", some("SELECT id FROM deal WHERE stage IN ('won','lost')"))
        else:
            path = os.path.join(os.path.dirname(db), f"import{step}.csv")
            with open(path, "w", encoding="utf-8") as f:
                f.write("client,amount,date,title\n")
                for i in range(rng.randrange(1, 5)):
                    f.write(f"{rng.choice(names)},{rng.randrange(1, 999)},{rng.choice(days)},imported {step}.{i}\n")
                f.write(f"New client {step},5,2026-11-20,new\n")
            run("import", "deals", path, "--create-clients")
    made = ids(db, f"SELECT count(*) FROM journal WHERE id > {first_entry}")[0]
    undone = 0
    while ids(db, f"SELECT count(*) FROM journal WHERE id > {first_entry} AND undone_at IS NULL")[0] > 0:
        result = subprocess.run([acct, "undo", "--yes"], capture_output=True, text=True)
        if result.returncode != 0:
            print(f"seed {seed}: undo failed after {undone} of {made}: {result.stderr.strip()}")
            return 1
        undone += 1
    end = records(db, acct, os.path.join(os.path.dirname(db), f"export-end-{seed}"))
    for t in start:
        if start[t] != end[t]:
            print(f"seed {seed}: table {t} differs after undoing {made} entries:\n  before {start[t]}\n  after  {end[t]}")
            return 1
    print(f"seed {seed}: {made} entries undone, records as they were")
    return 0


if __name__ == "__main__":
    sys.exit(main())
