#!/usr/bin/env python3
"""Writes examples/sample/*.csv: a realistic portfolio in the import formats of the man page
(Import, export and backup), deterministic (fixed seed), centred on Monday 2026-11-23 (the date the demo and
the tests pin with ACCT_TODAY). Run from the repository root: python3 tools/make_sample.py
"""
import csv
import datetime as dt
import random

TODAY = dt.date(2026, 11, 23)
OUT = "examples/sample"
rng = random.Random(48)

# name, tier, industry, region, tags, language of the contacts
CLIENTS = [
    ("Acme SRL", "A", "paints", "Cluj", "distributor,key", "ro"),
    ("Farmacia Sănătatea SRL", "A", "pharmacy", "Iași", "retail", "ro"),
    ("Construcții Moldova SA", "B", "construction", "Iași", "", "ro"),
    ("Brutăria Dobrogea", "C", "food", "Constanța", "", "ro"),
    ("Transilvania Logistic SRL", "B", "logistics", "Brașov", "transport", "ro"),
    ("Oțelăria Banat SA", "A", "steel", "Timișoara", "industrial,key", "ro"),
    ("Vinăria Cotnari", "C", "wine", "Iași", "horeca", "ro"),
    ("Ferramenta Rossi S.r.l.", "A", "hardware", "Milano", "distributor,key", "it"),
    ("Caseificio Bianchi", "B", "food", "Parma", "", "it"),
    ("Edilizia Esposito S.p.A.", "B", "construction", "Napoli", "", "it"),
    ("Tipografia Colombo", "C", "printing", "Torino", "", "it"),
    ("Ottica Ricci", "C", "retail", "Bologna", "retail", "it"),
    ("Cantina Marino", "C", "wine", "Verona", "horeca", "it"),
    ("Ελληνικά Χρώματα Α.Ε.", "A", "paints", "Αθήνα", "distributor,key", "el"),
    ("Παπαδόπουλος & Υιοί", "B", "hardware", "Θεσσαλονίκη", "", "el"),
    ("Ναυτιλιακή Αιγαίου", "B", "shipping", "Πειραιάς", "transport", "el"),
    ("Φούρνος Γεωργίου", "C", "food", "Πάτρα", "", "el"),
    ("Κτήματα Νικολάου", "C", "wine", "Νεμέα", "horeca", "el"),
    ("ООО Ромашка", "A", "chemicals", "Москва", "key", "ru"),
    ("АО Северсталь-Сервис", "B", "steel", "Череповец", "industrial", "ru"),
    ("ИП Кузнецов", "C", "hardware", "Казань", "", "ru"),
    ("ООО Волга-Трейд", "B", "logistics", "Самара", "transport", "ru"),
    ("Пекарня Смирнова", "C", "food", "Санкт-Петербург", "", "ru"),
    ("Peintures Dubois SARL", "A", "paints", "Lyon", "distributor,key", "fr"),
    ("Boulangerie Lefèvre", "C", "food", "Lille", "", "fr"),
    ("Bâtiments Moreau SA", "B", "construction", "Nantes", "", "fr"),
    ("Pharmacie Girard", "B", "pharmacy", "Bordeaux", "retail", "fr"),
    ("Château Fournier", "C", "wine", "Bordeaux", "horeca", "fr"),
    ("Imprimerie Mercier", "C", "printing", "Toulouse", "", "fr"),
    ("Quincaillerie Bonnet", "C", "hardware", "Grenoble", "retail", "fr"),
    ("Hotel Carpați", "C", "hospitality", "Sinaia", "horeca", "ro"),
    ("Laboratori Gallo", "B", "chemicals", "Firenze", "", "it"),
    ("Atelier Roux", "C", "printing", "Marseille", "", "fr"),
    ("Фабрика Морозова", "C", "food", "Тула", "", "ru"),
    ("Prospect Delta SRL", "C", "logistics", "Galați", "", "ro"),
    ("Nuova Ceramica Conti", "C", "construction", "Modena", "", "it"),
]
PROSPECTS = {"Prospect Delta SRL", "Nuova Ceramica Conti"}
DORMANT = {"Vinăria Cotnari", "Κτήματα Νικολάου", "Atelier Roux"}  # no order since spring 2026

PEOPLE = {
    "ro": [("Ioana", "Marin"), ("Andrei", "Popa"), ("Elena", "Dumitrescu"), ("Mihai", "Ionescu"),
           ("Cristina", "Stan"), ("Radu", "Constantin")],
    "it": [("Giulia", "Ferrari"), ("Marco", "Romano"), ("Francesca", "Greco"), ("Luca", "Bruno"),
           ("Chiara", "Gallo"), ("Matteo", "Costa")],
    "el": [("Μαρία", "Παπαδοπούλου"), ("Γιώργος", "Οικονόμου"), ("Ελένη", "Βασιλείου"),
           ("Νίκος", "Αντωνίου"), ("Κατερίνα", "Μακρή"), ("Δημήτρης", "Γεωργίου")],
    "ru": [("Анна", "Иванова"), ("Сергей", "Петров"), ("Ольга", "Соколова"), ("Дмитрий", "Попов"),
           ("Наталья", "Лебедева"), ("Алексей", "Козлов")],
    "fr": [("Camille", "Martin"), ("Julien", "Bernard"), ("Sophie", "Thomas"), ("Nicolas", "Petit"),
           ("Claire", "Robert"), ("Hélène", "Richard")],
}
PHONE = {"ro": "+40 7{:02} {:03} {:03}", "it": "+39 3{:02} {:03} {:04}", "el": "+30 69{:02} {:03} {:03}",
         "ru": "+7 9{:02} {:03}-{:02}-{:02}", "fr": "+33 6 {:02} {:02} {:02} {:02}"}
ROLES = ["purchasing manager", "owner", "general manager", "accountant", "site manager", "buyer"]
PRODUCTS = ["paints", "coatings", "adhesives", "tools", "service"]
TIER_BASE = {"A": 5000, "B": 2000, "C": 700}
TIER_ORDERS = {"A": 2.2, "B": 1.2, "C": 0.6}  # orders per month, on average


def phone(lang):
    fmt = PHONE[lang]
    return fmt.format(*[rng.randrange(10, 99) for _ in range(fmt.count("{"))])


def ascii_mail(first, last, client):
    table = str.maketrans("ăâîșțéèêàçëôû", "aaisteeeaceou")
    name = (first[0] + last).lower().translate(table)
    if not name.isascii():
        name = "office"
    domain = "".join(c for c in client.lower().translate(table) if c.isascii() and c.isalnum())[:14]
    return f"{name}@{domain or 'example'}.example"


def money(x):
    return f"{x:.2f}"


def day(d):
    return d.isoformat()


def workday_before(d):
    while d.weekday() >= 5:
        d -= dt.timedelta(days=1)
    return d


def write(name, header, rows):
    with open(f"{OUT}/{name}.csv", "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(header)
        w.writerows(rows)


def main():
    clients, contacts, deals, touches, invoices = [], [], [], [], []
    start = dt.date(2024, 12, 1)
    birthdays_this_week = 0
    for index, (name, tier, industry, region, tags, lang) in enumerate(CLIENTS):
        status = "prospect" if name in PROSPECTS else "customer"
        terms = {"A": 60, "B": 30, "C": 15}[tier]
        limit = {"A": 50000, "B": 20000, "C": 5000}[tier]
        cadence = "10" if index % 11 == 5 else ""
        notes = "prefers calls after 10:00" if index % 7 == 2 else ""
        clients.append([name, tier, status, industry, region, tags, cadence, money(limit), terms, notes])

        people = rng.sample(PEOPLE[lang], 2 if tier == "C" else 3)
        names = []
        for k, (first, last) in enumerate(people):
            full = f"{first} {last}"
            names.append(full)
            if birthdays_this_week < 3 and k == 0 and index % 5 == 0:
                bday = TODAY + dt.timedelta(days=birthdays_this_week + 1)  # this week
                birthday = f"{rng.randrange(1965, 1995)}-{bday.month:02}-{bday.day:02}"
                birthdays_this_week += 1
            elif k == 0 or rng.random() < 0.4:
                birthday = f"{rng.randrange(1, 13):02}-{rng.randrange(1, 29):02}"
            else:
                birthday = ""
            contacts.append([name, full, ROLES[(index + k) % len(ROLES)], ascii_mail(first, last, name),
                             phone(lang), birthday, "yes" if k == 0 else "no", ""])

        if name in PROSPECTS:
            deals.append([name, money(rng.randrange(20, 80) * 100), "first order", "qualified", "",
                          day(TODAY + dt.timedelta(days=rng.randrange(10, 40))), "", rng.choice(PRODUCTS),
                          "new", ""])
            touches.append([name, "call", day(TODAY - dt.timedelta(days=rng.randrange(5, 20))),
                            "introduced the range", names[0], "send catalogue",
                            day(TODAY + dt.timedelta(days=7 + index % 5))])
            continue

        # Two years of won deals up to November 2026.
        last_order = dt.date(2026, 4, 30) if name in DORMANT else TODAY - dt.timedelta(days=1)
        d = start + dt.timedelta(days=rng.randrange(0, 20))
        first = True
        while d <= last_order:
            amount = TIER_BASE[tier] * rng.uniform(0.4, 1.8)
            product = rng.choice(PRODUCTS)
            kind = "new" if first else rng.choice(["renewal", "renewal", "upsell", "cross-sell"])
            deals.append([name, money(round(amount, -1)), f"{product} order", "won", day(workday_before(d)),
                          "", "", product, kind, ""])
            issued = workday_before(d)
            due = issued + dt.timedelta(days=terms)
            total = round(amount, -1)
            if due < TODAY:
                overdue = rng.random() < 0.012  # a few invoices are chased
                paid = total / 2 if overdue else total
                invoices.append([name, money(total), day(due), f"F{issued.year}-{len(invoices) + 1:04}",
                                 day(issued), money(paid), day(due - dt.timedelta(days=rng.randrange(0, 10)))])
            else:
                invoices.append([name, money(total), day(due), f"F{issued.year}-{len(invoices) + 1:04}",
                                 day(issued), "", ""])
            first = False
            d += dt.timedelta(days=max(5, int(rng.expovariate(TIER_ORDERS[tier] / 30))))

        # Open deals in stages, one lost deal now and then.
        stages = ["lead", "qualified", "proposal", "negotiation"]
        for k in range({"A": 2, "B": 1, "C": index % 2}[tier]):
            stage = stages[(index + k) % 4]
            close = TODAY + dt.timedelta(days=rng.randrange(-10, 60))
            deals.append([name, money(TIER_BASE[tier] * rng.randrange(2, 6)), f"{rng.choice(PRODUCTS)} project",
                          stage, "", day(close), "", rng.choice(PRODUCTS), rng.choice(["upsell", "cross-sell"]), ""])
        if index % 4 == 1:
            deals.append([name, money(TIER_BASE[tier] * 2), "annual contract", "lost",
                          day(TODAY - dt.timedelta(days=rng.randrange(20, 200))), "", "", "service", "renewal",
                          "price"])

        # Touches: regular calls, a few visits, some with a follow-up pinned next week.
        t = start + dt.timedelta(days=rng.randrange(0, 10))
        cadence_days = {"A": 9, "B": 18, "C": 40}[tier]
        stop = TODAY - dt.timedelta(days=rng.randrange(1, 3 * cadence_days))
        while t <= stop:
            kind = "visit" if tier == "A" and rng.random() < 0.25 else rng.choice(["call", "call", "email", "meeting"])
            touches.append([name, kind, day(workday_before(t)), rng.choice(
                ["checked stock levels", "new price list", "quarterly review", "delivery issue", "order follow-up"]),
                rng.choice(names), "", ""])
            t += dt.timedelta(days=max(3, int(rng.gauss(cadence_days, cadence_days / 4))))
        if index % 3 == 0:
            touches.append([name, "call", day(TODAY - dt.timedelta(days=3)), "asked for an offer", names[0],
                            "send the offer", day(TODAY + dt.timedelta(days=7 + index % 5))])

    write("clients", ["name", "tier", "status", "industry", "region", "tags", "cadence_days", "credit_limit",
                      "payment_terms_days", "notes"], clients)
    write("contacts", ["client", "name", "role", "email", "phone", "birthday", "decision_maker", "notes"], contacts)
    write("deals", ["client", "amount", "title", "stage", "date", "expected_close", "probability", "product",
                    "kind", "lost_reason"], deals)
    write("touches", ["client", "kind", "date", "summary", "contact", "next_action", "next_date"], touches)
    write("invoices", ["client", "amount", "due", "number", "issued", "paid_amount", "paid_on"], invoices)


if __name__ == "__main__":
    main()
