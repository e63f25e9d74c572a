#!/usr/bin/env python3
"""Generates the benchmark portfolio (bench/run.sh) as import CSVs (man page: Import, export and backup).

    python3 bench/generate.py SCALE OUTDIR

SCALE 1 is the full data set: 10 000 clients, 30 000 contacts, 1 000 000 deals and
1 000 000 touches over 2022-01-01..2026-11-20, 200 000 invoices. Smaller scales shrink
every count alike. The output is deterministic (a fixed seed, standard library only) and
streamed row by row, so memory stays flat. Besides the five CSVs, OUTDIR/meta.txt names
the client with the most won revenue (for `report history` and `client show`).

Realism that matters for timing: revenue is skewed (a Zipf law over clients, so a few key
accounts hold most of it), most deals are won, some lost, and only recent ones are still
open in a pipeline stage; invoices are mostly paid, a few overdue; some client names are
Cyrillic, Greek or CJK, some need CSV quoting.
"""
import csv
import datetime
import itertools
import os
import random
import sys

SEED = 20261123
FIRST_DAY = datetime.date(2022, 1, 1)
LAST_DAY = datetime.date(2026, 11, 20)
TODAY = datetime.date(2026, 11, 23)

FULL = {"clients": 10_000, "contacts": 30_000, "deals": 1_000_000,
        "touches": 1_000_000, "invoices": 200_000}

LATIN_STEMS = ["Acme", "Globex", "Initech", "Umbrella", "Stark", "Wayne", "Hooli",
               "Vandelay", "Soylent", "Tyrell", "Cyberdyne", "Wonka", "Gringotts",
               "Oceanic", "Aperture", "Black Mesa", "Monarch", "Dunder Mifflin"]
LATIN_FORMS = ["SRL", "GmbH", "Ltd", "SA", "BV", "AB", "Oy", "Inc.", "& Co", "S.p.A."]
CYRILLIC = ["ООО Ромашка", "АО Северсталь", "ЗАО Вектор", "ООО Лютик", "ПАО Звезда"]
GREEK = ["Αθηνά Α.Ε.", "Ολυμπία ΕΠΕ", "Ερμής Ο.Ε.", "Δήλος Α.Ε."]
CJK = ["株式会社山田", "有限会社佐藤", "北京星光有限公司", "上海长江贸易", "주식회사 한빛"]
TIERS = ["A", "B", "C"]
INDUSTRIES = ["retail", "manufacturing", "logistics", "healthcare", "finance", "energy",
              "software", "food", "construction", "education"]
REGIONS = ["north", "south", "east", "west", "central", "export"]
TAGS = ["", "", "", "strategic", "reseller", "public", "strategic;renewal-risk", "partner"]
FIRST_NAMES = ["Ana", "Mihai", "Elena", "Jonas", "Sofia", "Luca", "Маша", "Иван",
               "Γιώργος", "Ελένη", "優子", "Wei", "Chloé", "José", "Zoë", "Ødegaard"]
LAST_NAMES = ["Popescu", "Ionescu", "Müller", "Rossi", "Dubois", "Иванова", "Παπαδόπουλος",
              "山田", "Li", "García", "O'Brien", "Nowak", "Smith", "Jensen"]
ROLES = ["buyer", "CFO", "CEO", "head of procurement", "IT manager", "assistant", "owner"]
PRODUCTS = ["licences", "support", "hardware", "training", "consulting", "cloud",
            "maintenance", "spare parts", "analytics", "security", "network", "storage"]
KINDS = ["new", "upsell", "cross-sell", "renewal"]
KIND_WEIGHTS = [10, 35, 20, 35]
OPEN_STAGES = ["lead", "qualified", "proposal", "negotiation"]
LOST_REASONS = ["price", "competitor", "no budget", "timing", "no decision"]
TOUCH_KINDS = ["call", "email", "visit", "meeting", "message", "note"]
TOUCH_WEIGHTS = [40, 25, 10, 10, 10, 5]


def counts(scale):
    return {kind: max(int(round(n * scale)), minimum)
            for (kind, n), minimum in zip(FULL.items(), [12, 24, 200, 200, 40])}


def day_strings():
    days = (LAST_DAY - FIRST_DAY).days + 1
    return [(FIRST_DAY + datetime.timedelta(d)).isoformat() for d in range(days)]


def client_names(rng, n):
    """Unique, case-insensitively too: every name ends with its number."""
    names = []
    for i in range(1, n + 1):
        roll = rng.random()
        if roll < 0.05:
            stem = rng.choice(CYRILLIC)
        elif roll < 0.08:
            stem = rng.choice(GREEK)
        elif roll < 0.11:
            stem = rng.choice(CJK)
        elif roll < 0.14:
            stem = rng.choice(LATIN_STEMS) + ", " + rng.choice(["Smith", "Jones"]) + ' "Group"'
        else:
            stem = rng.choice(LATIN_STEMS) + " " + rng.choice(LATIN_FORMS)
        names.append(f"{stem} {i}")
    return names


def zipf_weights(rng, n, exponent):
    """Weights 1/rank^exponent over a shuffled ranking: client 1 is not always the biggest."""
    ranks = list(range(1, n + 1))
    rng.shuffle(ranks)
    return [1.0 / (r ** exponent) for r in ranks], ranks


def money(cents):
    return f"{cents // 100}.{cents % 100:02d}"


def write_clients(path, rng, names, ranks):
    n = len(names)
    with open(path, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["name", "tier", "status", "industry", "region", "tags", "cadence_days",
                    "credit_limit", "payment_terms_days", "notes"])
        for name, rank in zip(names, ranks):
            tier = "A" if rank <= n * 0.05 else "B" if rank <= n * 0.25 else "C"
            status = "customer" if rank <= n * 0.05 or rng.random() < 0.9 else rng.choice(["prospect", "archived"])
            cadence = str(rng.choice([10, 21, 45])) if rng.random() < 0.05 else ""
            w.writerow([name, tier, status, rng.choice(INDUSTRIES), rng.choice(REGIONS),
                        rng.choice(TAGS), cadence, str(rng.choice([0, 5000, 20000, 100000])),
                        str(rng.choice([14, 30, 30, 45, 60])),
                        "" if rng.random() < 0.8 else "prefers email, line one\nline two"])


def write_contacts(path, rng, names, n_contacts):
    """Contacts spread round-robin, so every client has some; returns names per client."""
    per_client = [[] for _ in names]
    with open(path, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["client", "name", "role", "email", "phone", "birthday",
                    "decision_maker", "notes"])
        for i in range(n_contacts):
            c = i % len(names)
            person = f"{rng.choice(FIRST_NAMES)} {rng.choice(LAST_NAMES)} {i + 1}"
            per_client[c].append(person)
            month, day = rng.randint(1, 12), rng.randint(1, 28)
            roll = rng.random()
            birthday = ("" if roll < 0.4 else f"{month:02d}-{day:02d}" if roll < 0.7
                        else f"{rng.randint(1955, 2000)}-{month:02d}-{day:02d}")
            w.writerow([names[c], person, rng.choice(ROLES), f"p{i + 1}@example.com",
                        f"+40 7{rng.randint(10000000, 99999999)}", birthday,
                        "yes" if rng.random() < 0.3 else "no", ""])
    return per_client


def chosen_clients(rng, cum_weights, k, batch=50_000):
    """Client indexes drawn by weight, generated in batches (random.choices is fast)."""
    population = range(len(cum_weights))
    while k > 0:
        take = min(batch, k)
        yield from rng.choices(population, cum_weights=cum_weights, k=take)
        k -= take


def write_deals(path, rng, names, cum_weights, n_deals, days, won_by_client):
    recent = len(days) - 120   # deals dated in the last 120 days may still be open
    seen = set()   # acct import refuses a row equal to an earlier one (client, date, amount,
                   # stage, product, title): such a row gets one cent more instead

    def unique(cents, *rest):
        while (cents,) + rest in seen:
            cents += 1
        seen.add((cents,) + rest)
        return cents

    # A few percent of the deals in two other currencies (3 % USD, 2 % RON; the rest in the
    # base, EUR), drawn from a generator of their own so that the rest of the data stays
    # what it was before currencies.
    currency_rng = random.Random(SEED + 7)

    class CurrencyWriter:
        def __init__(self, w):
            self.w = w

        def writerow(self, row):
            roll = currency_rng.random()
            self.w.writerow(row + ["USD" if roll < 0.03 else "RON" if roll < 0.05 else ""])

    with open(path, "w", newline="", encoding="utf-8") as f:
        raw = csv.writer(f, lineterminator="\n")
        raw.writerow(["client", "amount", "title", "stage", "date", "expected_close",
                      "probability", "product", "kind", "lost_reason", "currency"])
        w = CurrencyWriter(raw)
        for c in chosen_clients(rng, cum_weights, n_deals):
            d = rng.randrange(len(days))
            cents = int(rng.lognormvariate(11.5, 1.0))   # median about 1 000.00
            product = PRODUCTS[min(int(rng.expovariate(0.35)), len(PRODUCTS) - 1)]
            kind = rng.choices(KINDS, KIND_WEIGHTS)[0]
            roll = rng.random()
            if d >= recent and roll < 0.35:
                stage = OPEN_STAGES[int(rng.random() * 4)]
                close = TODAY + datetime.timedelta(rng.randint(-20, 90))
                probability = "" if rng.random() < 0.8 else f"{rng.randint(1, 9) / 10:.1f}"
                cents = unique(cents, c, "", stage, product, f"{product} {kind}")
                w.writerow([names[c], money(cents), f"{product} {kind}", stage, "",
                            close.isoformat(), probability, product, kind, ""])
            elif roll < 0.9:
                cents = unique(cents, c, d, "won", product, "")
                won_by_client[c] += cents
                w.writerow([names[c], money(cents), "", "won", days[d], "", "", product,
                            kind, ""])
            else:
                cents = unique(cents, c, d, "lost", product, f"{product} offer")
                w.writerow([names[c], money(cents), f"{product} offer", "lost", days[d], "",
                            "", product, kind, rng.choice(LOST_REASONS)])


def write_touches(path, rng, names, contacts, cum_weights, n_touches, days):
    follow_from = len(days) - 30
    seen = {}   # the same client, kind, date and summary twice is a duplicate to acct import
    with open(path, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["client", "kind", "date", "summary", "contact", "next_action",
                    "next_date"])
        for c in chosen_clients(rng, cum_weights, n_touches):
            d = rng.randrange(len(days))
            kind = rng.choices(TOUCH_KINDS, TOUCH_WEIGHTS)[0]
            contact = rng.choice(contacts[c]) if contacts[c] and rng.random() < 0.6 else ""
            action, next_date = "", ""
            if d >= follow_from and rng.random() < 0.3:
                action = "send offer"
                next_date = (TODAY + datetime.timedelta(rng.randint(0, 14))).isoformat()
            n = seen.get((c, d, kind), 0) + 1
            seen[(c, d, kind)] = n
            summary = f"{kind} about renewal" if n == 1 else f"{kind} about renewal ({n})"
            w.writerow([names[c], kind, days[d], summary, contact, action, next_date])


def write_invoices(path, rng, names, cum_weights, n_invoices, days):
    with open(path, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["client", "amount", "due", "number", "issued", "paid_amount", "paid_on"])
        for i, c in enumerate(chosen_clients(rng, cum_weights, n_invoices)):
            d = rng.randrange(len(days))
            issued = FIRST_DAY + datetime.timedelta(d)
            due = issued + datetime.timedelta(rng.choice([14, 30, 30, 45, 60]))
            cents = int(rng.lognormvariate(11.8, 0.9)) + 100
            paid, paid_on = "", ""
            age = (TODAY - due).days
            roll = rng.random()
            if age > 0 and roll < 0.97 or age <= 0 and roll < 0.4:
                paid = money(cents)
                paid_on = min(due + datetime.timedelta(rng.randint(-10, 20)), LAST_DAY)
                paid_on = max(paid_on, issued).isoformat()
            elif roll < 0.985:
                paid = money(cents // 2)
                paid_on = min(issued + datetime.timedelta(10), LAST_DAY).isoformat()
            w.writerow([names[c], money(cents), due.isoformat(), f"INV-{i + 1:07d}",
                        issued.isoformat(), paid, paid_on])


def write_rates(path):
    """Monthly rates into EUR for the two other currencies of the deals, from the first day."""
    with open(path, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["currency", "date", "rate"])
        month, i = FIRST_DAY, 0
        while month <= LAST_DAY:
            w.writerow(["USD", month.isoformat(), f"{0.88 + (i * 37 % 11) / 100:.4f}"])
            w.writerow(["RON", month.isoformat(), f"{0.1980 + (i * 13 % 7) / 1000:.4f}"])
            month = (month.replace(day=28) + datetime.timedelta(days=4)).replace(day=1)
            i += 1


def main():
    if len(sys.argv) != 3:
        sys.exit("usage: generate.py SCALE OUTDIR")
    scale, out = float(sys.argv[1]), sys.argv[2]
    if not 0 < scale <= 10:
        sys.exit(f"invalid scale '{sys.argv[1]}': expected a number in (0, 10]")
    n = counts(scale)
    os.makedirs(out, exist_ok=True)
    rng = random.Random(SEED)
    days = day_strings()
    names = client_names(rng, n["clients"])
    weights, ranks = zipf_weights(rng, n["clients"], 1.1)
    deal_cum = list(itertools.accumulate(weights))
    # Touches follow the accounts too, but less steeply: small clients get called as well.
    touch_cum = list(itertools.accumulate(w ** 0.4 for w in weights))
    write_clients(os.path.join(out, "clients.csv"), rng, names, ranks)
    contacts = write_contacts(os.path.join(out, "contacts.csv"), rng, names, n["contacts"])
    won = [0] * len(names)
    write_rates(os.path.join(out, "rates.csv"))
    write_deals(os.path.join(out, "deals.csv"), rng, names, deal_cum, n["deals"], days, won)
    write_touches(os.path.join(out, "touches.csv"), rng, names, contacts, touch_cum,
                  n["touches"], days)
    write_invoices(os.path.join(out, "invoices.csv"), rng, names, deal_cum, n["invoices"],
                   days)
    biggest = max(range(len(names)), key=lambda i: won[i])
    with open(os.path.join(out, "meta.txt"), "w", encoding="utf-8") as f:
        f.write(f"scale={scale}\nbiggest_client={names[biggest]}\n")
        for kind, count in n.items():
            f.write(f"{kind}={count}\n")


if __name__ == "__main__":
    main()
