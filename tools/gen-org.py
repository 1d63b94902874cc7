#!/usr/bin/env python3
"""Generate organisation data sets for Samenspel (Python 3 standard library only).

Two modes, both deterministic for a given --seed:

  gen-org.py --example --out data/examples/noordhaven
      The bundled example: Noordhaven Engineering B.V., 150 people in 7
      departments, 25 clients, with the stories the product is for built in
      (a silo, brokers, hidden talent, a single point of contact, shared
      clients, an at-risk connector).  Writes people.csv, ties.csv,
      clients.csv and README.md.

  gen-org.py --people N --out DIR [--ties-per-person 5] [--departments K]
             [--clients M] [--dot FILE] [--graphml FILE]
      A synthetic organisation of N people clustered by department and team,
      with about N * ties-per-person ties (N = 100,000 takes a few seconds).

Output follows DESIGN.md "Input formats": UTF-8, comma-delimited, a header
row, RFC 4180 quoting.  people.csv: id,name,department,role,manager,
performance,potential,engagement (scores on a 1-5 scale with one decimal,
empty when missing).  ties.csv: source,target,type,weight (undirected;
person-person types advice/collaboration/trust, weight 1-5; type `client`
for employee-client ties, weight = strength 1-5).  clients.csv: id,name,
sector,region.
"""
import argparse
import csv
import os
import random
import sys
import time
from xml.sax.saxutils import escape, quoteattr

FIRST_NAMES = [
    # Dutch
    "Jan", "Pieter", "Sander", "Bas", "Thijs", "Ruben", "Joost", "Maarten",
    "Wouter", "Koen", "Niels", "Bram", "Lars", "Sem", "Jesse", "Tim",
    "Martijn", "Rik", "Stefan", "Erik", "Hans", "Gerrit", "Kees", "Willem",
    "Floris", "Jasper", "Mark", "Roel", "Anne", "Sanne", "Lisa", "Eva",
    "Iris", "Femke", "Marloes", "Esther", "Ingrid", "Marieke", "Linda",
    "Anouk", "Saskia", "Karin", "Joyce", "Nienke", "Roos", "Fleur", "Maaike",
    "Ellen", "Janneke", "Wendy", "Hanneke", "Lieke", "Merel", "Joris",
    # international
    "Mohamed", "Ahmed", "Fatima", "Yasmina", "Samira", "Omar", "Mehmet",
    "Ayşe", "Elif", "Emre", "Zeynep", "Rajesh", "Anjali", "Wei", "Li",
    "Hiroshi", "Ana", "Carlos", "Lucía", "Marco", "Giulia", "Luca", "Pierre",
    "Camille", "Sophie", "Thomas", "Julia", "Jonas", "Katarzyna", "Piotr",
    "Agnieszka", "Tomasz", "Olga", "Dmitri", "Ioana", "Andrei", "Kwame",
    "Amara", "Chidi", "Seán", "Siobhan", "Emma", "Oliver", "James", "Hannah",
    "Lukas", "Mila", "Björn", "Ingeborg", "Nadia", "Rafael",
]
LAST_NAMES = [
    # Dutch
    "de Jong", "Jansen", "de Vries", "van den Berg", "van Dijk", "Janssen",
    "Visser", "Smit", "Meijer", "de Boer", "Mulder", "de Groot", "Bos", "Vos",
    "Peters", "Hendriks", "van Leeuwen", "Dekker", "de Wit", "Dijkstra",
    "Smits", "de Graaf", "van der Meer", "van der Linden", "Kok", "Jacobs",
    "de Haan", "Vermeulen", "van den Heuvel", "van der Veen", "van den Broek",
    "de Bruijn", "van der Heijden", "Schouten", "van Beek", "Willems",
    "van Vliet", "van de Ven", "Maas", "Koster", "van Dam", "van der Wal",
    "Prins", "Blom", "Huisman", "Peeters", "Kuipers", "Veenstra", "Postma",
    "Zijlstra", "Timmermans", "Bosman", "Groen", "Hofman", "Kramer",
    # international
    "Yılmaz", "Kaya", "Öztürk", "El Idrissi", "Benali", "Bouzid", "Haddou",
    "Chen", "Wang", "Nguyen", "Kumar", "Sharma", "Patel", "Singh", "Rossi",
    "García", "Fernández", "Silva", "Kowalski", "Nowak", "Müller", "Schmidt",
    "Becker", "Dubois", "Martin", "O'Brien", "Murphy", "Mensah", "Okafor",
    "Popescu", "Andersen", "Nielsen", "Larsen", "Takahashi", "Haddad",
]


def score(rng, mean, sd, lo=1.0, hi=5.0):
    """A 1-5 score with one decimal, drawn from a clipped normal."""
    return round(min(hi, max(lo, rng.gauss(mean, sd))), 1)


def fmt(x):
    return "" if x is None else "%.1f" % x


def write_csv(path, header, rows):
    with open(path, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(header)
        w.writerows(rows)


# ---------------------------------------------------------------------------
# The bundled example: Noordhaven Engineering B.V.
# ---------------------------------------------------------------------------

COMPANY = "Noordhaven Engineering B.V."

# department -> (head role, [(team name, lead role or None (= head leads),
#                              [(member role, count, junior?)])])
ORG = [
    ("Board", "Chief Executive Officer", [
        ("Board", None, [("Commercial Director", 1, False),
                         ("Technical Director", 1, False),
                         ("Strategy & Legal Counsel", 1, False),
                         ("Management Assistant", 1, False)]),
    ]),
    ("Sales", "Head of Sales", [
        ("Account Management", "Team Lead Account Management",
         [("Senior Account Manager", 3, False), ("Account Manager", 4, False),
          ("Junior Account Manager", 1, True), ("Sales Support Officer", 1, False)]),
        ("Bids & Proposals", "Team Lead Bids & Proposals",
         [("Bid Manager", 3, False), ("Sales Engineer", 3, False),
          ("Proposal Writer", 1, False), ("Junior Sales Engineer", 1, True)]),
    ]),
    ("Engineering", "Head of Engineering", [
        ("Civil & Structural", "Team Lead Civil & Structural",
         [("Senior Structural Engineer", 2, False), ("Structural Engineer", 5, False),
          ("Junior Structural Engineer", 2, True)]),
        ("Mechanical", "Team Lead Mechanical",
         [("Senior Mechanical Engineer", 2, False), ("Mechanical Engineer", 5, False),
          ("Junior Mechanical Engineer", 2, True)]),
        ("Electrical & Automation", "Team Lead Electrical & Automation",
         [("Senior Electrical Engineer", 2, False), ("Automation Engineer", 5, False),
          ("Junior Electrical Engineer", 2, True)]),
        ("Maritime & Hydraulic", "Team Lead Maritime & Hydraulic",
         [("Senior Hydraulic Engineer", 2, False), ("Hydraulic Engineer", 5, False),
          ("Graduate Engineer", 2, True)]),
        ("Engineering office", None, [("Engineering Coordinator", 1, False)]),
    ]),
    ("Delivery", "Head of Delivery", [
        ("Port Projects", "Team Lead Port Projects",
         [("Senior Project Manager", 3, False), ("Project Manager", 3, False),
          ("Project Planner", 2, False), ("Project Controller", 2, False)]),
        ("Energy Projects", "Team Lead Energy Projects",
         [("Senior Project Manager", 2, False), ("Project Manager", 3, False),
          ("Project Planner", 2, False), ("Site Engineer", 2, False),
          ("Junior Project Manager", 1, True)]),
        ("Site Operations", "Site Operations Manager",
         [("Site Supervisor", 4, False), ("Site Engineer", 3, False),
          ("HSE Officer", 2, False)]),
    ]),
    ("Finance", "Head of Finance", [
        ("Controlling", "Team Lead Controlling",
         [("Business Controller", 3, False), ("Financial Analyst", 2, False),
          ("Junior Controller", 1, True)]),
        ("Financial Administration", "Team Lead Financial Administration",
         [("Accountant", 3, False), ("Accounts Payable Officer", 2, False),
          ("Payroll Administrator", 1, False)]),
    ]),
    ("HR", "Head of HR", [
        ("HR", None, [("HR Business Partner", 3, False), ("Recruiter", 2, False),
                      ("Learning & Development Specialist", 1, False),
                      ("HR Advisor", 1, False), ("HR Administrator", 1, False),
                      ("HR Data Analyst", 1, False)]),
    ]),
    ("R&D", "Head of R&D & Innovation", [
        ("Digital Twin & Data", "Innovation Lead Digital Twin & Data",
         [("Senior Data Scientist", 2, False), ("Data Scientist", 3, False),
          ("Software Engineer", 3, False), ("Research Engineer", 2, False),
          ("PhD Trainee", 1, True)]),
        ("Sustainable Materials & Energy", "Team Lead Sustainable Materials & Energy",
         [("Senior Researcher", 2, False), ("Researcher", 4, False),
          ("Research Engineer", 2, False), ("Lab Technician", 2, False),
          ("PhD Trainee", 1, True)]),
    ]),
]

# Story people: (department, role, occurrence of that role) -> fixed name + scores
# scores: (performance, potential, engagement)
STORY_PEOPLE = {
    ("Board", "Chief Executive Officer", 0): ("Marieke van Houten", (4.2, 3.6, 4.1)),
    ("Finance", "Head of Finance", 0): ("Gerard Lindeboom", (3.8, 2.9, 3.9)),
    # brokers
    ("Delivery", "Senior Project Manager", 0): ("Yusuf Demir", (4.3, 4.2, 4.2)),
    ("R&D", "Innovation Lead Digital Twin & Data", 0): ("Lotte Brouwer", (4.4, 4.6, 4.4)),
    ("Engineering", "Team Lead Electrical & Automation", 0): ("Jeroen Bakker", (4.4, 3.7, 1.9)),
    # hidden talent
    ("Engineering", "Hydraulic Engineer", 3): ("Priya Raghunathan", (4.7, 4.8, 3.6)),
    ("R&D", "Researcher", 2): ("Mei-Ling Tan", (4.8, 4.6, 3.4)),
    ("Delivery", "Project Planner", 3): ("Daan Verhoeven", (4.6, 4.7, 3.8)),
    ("Sales", "Proposal Writer", 0): ("Noor El Amrani", (4.5, 4.9, 3.5)),
    # single point of contact
    ("Sales", "Senior Account Manager", 1): ("Fenna Hoekstra", (4.0, 3.4, 3.3)),
}
BROKERS = ["Yusuf Demir", "Lotte Brouwer", "Jeroen Bakker"]
AT_RISK = "Jeroen Bakker"
HIDDEN = ["Priya Raghunathan", "Mei-Ling Tan", "Daan Verhoeven", "Noor El Amrani"]
SILO = "Finance"
SPOC_CONTACT = "Fenna Hoekstra"

# Clients: (name, sector, region, kind) -- kind "single", "shared" or "regular"
CLIENTS = [
    ("Waddenwind Offshore", "Energy", "Noord-Nederland", "single"),
    ("Polderhaven Container Terminal", "Ports & Maritime", "Randstad", "shared"),
    ("Port of Westerschelde Authority", "Ports & Maritime", "Zuid-Nederland", "shared"),
    ("NordSea Cable Systems", "Energy", "Germany", "shared"),
    ("Aurora Hydrogen", "Energy", "Noord-Nederland", "shared"),
    ("Gemeente Maasdal", "Public sector", "Randstad", "shared"),
    ("IJssel Bridges Consortium", "Infrastructure", "Oost-Nederland", "shared"),
    ("Rijnmond Tankstorage", "Chemicals", "Randstad", "regular"),
    ("Hanze Ferries, Harlingen", "Ports & Maritime", "Noord-Nederland", "regular"),
    ("Brabant Agri Logistics", "Logistics", "Zuid-Nederland", "regular"),
    ("Van der Meulen Dredging", "Ports & Maritime", "Randstad", "regular"),
    ("Eemsdelta Chemie", "Chemicals", "Noord-Nederland", "regular"),
    ("Kustlijn Bouw", "Construction", "Randstad", "regular"),
    ("Deltagas Netbeheer", "Utilities", "Zuid-Nederland", "regular"),
    ("Scheldt Shipyards", "Ports & Maritime", "Belgium", "regular"),
    ("Provincie Zuidkust", "Public sector", "Zuid-Nederland", "regular"),
    ("Nedertrans Rail Freight", "Logistics", "Oost-Nederland", "regular"),
    ("Helios Solar Parks", "Energy", "Oost-Nederland", "regular"),
    ("Baltic Bulk Carriers", "Ports & Maritime", "Poland", "regular"),
    ("Flanders Lock Operators", "Infrastructure", "Belgium", "regular"),
    ("Fjordlaks Aquaculture", "Food & Agri", "Norway", "regular"),
    ("National Waterways Agency", "Public sector", "Randstad", "regular"),
    ("Veluwe Data Centres", "Data & Telecom", "Oost-Nederland", "regular"),
    ("Noorderkwartier Visafslag", "Food & Agri", "Noord-Nederland", "regular"),
    ("Oostpoort Recycling", "Utilities", "Randstad", "regular"),
]


def build_example(seed):
    rng = random.Random(seed)
    people = []          # dicts
    by_name = {}

    used_names = set(name for name, _ in STORY_PEOPLE.values())
    story_last = set(n.split(" ", 1)[1] for n in used_names)
    story_first = set(n.split(" ", 1)[0] for n in used_names)

    def new_name():
        while True:
            n = "%s %s" % (rng.choice(FIRST_NAMES), rng.choice(LAST_NAMES))
            first, last = n.split(" ", 1)
            if n not in used_names and last not in story_last and first not in story_first:
                used_names.add(n)
                return n

    role_seen = {}

    def add_person(dept, team, role, manager, level, junior=False):
        key = (dept, role, role_seen.get((dept, role), 0))
        role_seen[(dept, role)] = key[2] + 1
        p = {"idx": len(people), "id": "E%03d" % (len(people) + 1), "dept": dept,
             "team": team, "role": role, "manager": manager, "level": level,
             "junior": junior, "story": key in STORY_PEOPLE}
        if p["story"]:
            name, (perf, pot, eng) = STORY_PEOPLE[key]
        else:
            name = new_name()
            if junior:
                perf, pot = score(rng, 3.1, 0.5, 1.8, 4.3), score(rng, 3.7, 0.5, 2.0, 4.6)
            elif level <= 2:      # heads and team leads
                perf, pot = score(rng, 3.8, 0.4, 2.5, 4.6), score(rng, 3.5, 0.5, 2.0, 4.6)
            else:
                perf, pot = score(rng, 3.4, 0.55, 1.6, 4.6), score(rng, 3.3, 0.6, 1.5, 4.6)
            eng = score(rng, 3.9 if dept == SILO else 3.6, 0.55, 1.8, 5.0)
        p.update(name=name, perf=perf, pot=pot, eng=eng)
        people.append(p)
        by_name[name] = p
        return p

    ceo = None
    heads = {}
    for dept, head_role, teams in ORG:
        head = add_person(dept, teams[0][0] if dept == "Board" else dept + "/head",
                          head_role, ceo["id"] if ceo else "", 0 if dept == "Board" else 1)
        if ceo is None:
            ceo = head
        heads[dept] = head
        for team, lead_role, members in teams:
            if lead_role:
                lead = add_person(dept, team, lead_role, head["id"], 2)
            else:
                lead = head
                if dept != "Board":
                    head["team"] = team
            for role, count, junior in members:
                for _ in range(count):
                    add_person(dept, team, role, lead["id"], 3, junior)

    n = len(people)
    idx = {p["id"]: p["idx"] for p in people}
    hidden = set(by_name[x]["idx"] for x in HIDDEN)
    brokers = [by_name[x]["idx"] for x in BROKERS]

    ties = {}            # (a, b) a < b -> context

    def tie(a, b, ctx):
        if a == b:
            return
        key = (a, b) if a < b else (b, a)
        if key not in ties:
            ties[key] = ctx

    def mgr_idx(p):
        return idx[p["manager"]] if p["manager"] else None

    # --- inside departments ---------------------------------------------
    teams = {}
    for p in people:
        teams.setdefault((p["dept"], p["team"]), []).append(p["idx"])
    for (dept, team), members in teams.items():
        silo = dept == SILO
        p_team = 0.75 if silo else (0.6 if dept == "Board" else 0.42)
        for i, a in enumerate(members):
            for b in members[i + 1:]:
                if a in hidden or b in hidden:
                    continue
                pa, pb = people[a], people[b]
                boss = mgr_idx(pa) == b or mgr_idx(pb) == a
                if boss and rng.random() < 0.85 or rng.random() < p_team:
                    tie(a, b, "silo" if silo else "team")
    for dept, _, _ in ORG:
        silo = dept == SILO
        members = [p["idx"] for p in people if p["dept"] == dept and p["idx"] not in hidden]
        head = heads[dept]["idx"]
        for i, a in enumerate(members):
            for b in members[i + 1:]:
                pa, pb = people[a], people[b]
                if pa["team"] == pb["team"]:
                    continue
                if head in (a, b) and (pa["level"] == 2 or pb["level"] == 2):
                    tie(a, b, "silo" if silo else "dept")      # head - team lead
                elif rng.random() < (0.33 if silo else 0.035):
                    tie(a, b, "silo" if silo else "dept")
    # --- the board -----------------------------------------------------
    for dept, h in heads.items():
        if dept not in ("Board",):
            tie(ceo["idx"], h["idx"], "board")
    board = {p["role"]: p["idx"] for p in people if p["dept"] == "Board"}
    tie(board["Commercial Director"], heads["Sales"]["idx"], "board")
    tie(board["Commercial Director"], heads["Delivery"]["idx"], "board")
    tie(board["Technical Director"], heads["Engineering"]["idx"], "board")
    tie(board["Technical Director"], heads["R&D"]["idx"], "board")
    tie(board["Technical Director"], heads["Delivery"]["idx"], "board")
    tie(board["Strategy & Legal Counsel"], heads["HR"]["idx"], "board")
    # Finance's only doors to the rest: its head (CEO, HR for payroll) and payroll
    tie(heads["Finance"]["idx"], heads["HR"]["idx"], "cross")
    payroll = next(p["idx"] for p in people if p["role"] == "Payroll Administrator")
    hradmin = next(p["idx"] for p in people if p["role"] == "HR Administrator")
    tie(payroll, hradmin, "cross")

    # --- ordinary cross-department ties -----------------------------------
    def pool(dept, exclude=()):
        return [p["idx"] for p in people if p["dept"] == dept and p["idx"] not in hidden
                and p["idx"] not in brokers and p["idx"] not in exclude and p["level"] >= 2]

    pairs = [(("Sales", "Delivery"), 4), (("Engineering", "Delivery"), 5),
             (("Engineering", "R&D"), 2), (("Sales", "Engineering"), 2),
             (("HR", "Sales"), 1), (("HR", "Engineering"), 1), (("HR", "Delivery"), 1),
             (("R&D", "Delivery"), 1), (("Sales", "R&D"), 1)]
    pair_list = [pr for pr, w in pairs for _ in range(w)]
    for _ in range(34):
        d1, d2 = rng.choice(pair_list)
        tie(rng.choice(pool(d1)), rng.choice(pool(d2)), "cross")

    # --- brokers ----------------------------------------------------------
    plan = {
        "Yusuf Demir": [("Sales", 4), ("Engineering", 4), ("R&D", 2), ("HR", 1)],
        "Lotte Brouwer": [("Engineering", 4), ("Sales", 3), ("Delivery", 3), ("Board", 1)],
        "Jeroen Bakker": [("Delivery", 5), ("Sales", 4), ("R&D", 4), ("HR", 1), ("Board", 1)],
    }
    for bname, targets in plan.items():
        b = by_name[bname]["idx"]
        for dept, k in targets:
            cand = [c for c in pool(dept) + [p["idx"] for p in people if p["dept"] == dept
                                             and p["level"] == 3 and p["idx"] not in hidden]
                    if c != ceo["idx"]]
            cand = sorted(set(cand))
            # spread over teams: prefer people from teams not yet reached
            rng.shuffle(cand)
            reached = set()
            chosen = []
            for c in cand:
                if people[c]["team"] not in reached:
                    chosen.append(c)
                    reached.add(people[c]["team"])
                if len(chosen) == k:
                    break
            for c in cand:
                if len(chosen) == k:
                    break
                if c not in chosen:
                    chosen.append(c)
            for c in chosen:
                tie(b, c, "broker")
    tie(by_name["Yusuf Demir"]["idx"], by_name["Jeroen Bakker"]["idx"], "broker")
    tie(by_name["Lotte Brouwer"]["idx"], by_name["Jeroen Bakker"]["idx"], "broker")

    # --- everybody but the hidden talents has at least 3 contacts ----------
    deg = [0] * n
    for a, b in ties:
        deg[a] += 1
        deg[b] += 1
    for p in people:
        a = p["idx"]
        if a in hidden:
            continue
        mates = [m for m in teams[(p["dept"], p["team"])] if m != a and m not in hidden]
        if len(mates) < 3:
            mates += [m for m in pool(p["dept"]) if m != a and m not in mates]
        rng.shuffle(mates)
        for m in mates:
            if deg[a] >= 3:
                break
            key = (min(a, m), max(a, m))
            if key not in ties:
                tie(a, m, "silo" if p["dept"] == SILO else "team")
                deg[a] += 1
                deg[m] += 1

    # --- hidden talents: one or two ties, to their lead (and one peer) ------
    for k, hname in enumerate(HIDDEN):
        h = by_name[hname]
        a = h["idx"]
        tie(a, idx[h["manager"]], "hidden")
        if k % 2 == 0:
            peers = [m for m in teams[(h["dept"], h["team"])]
                     if m != a and m not in hidden and people[m]["level"] == 3]
            tie(a, rng.choice(peers), "hidden")

    # --- tie types and weights --------------------------------------------
    rows = []
    for (a, b), ctx in ties.items():
        pa, pb = people[a], people[b]
        boss = mgr_idx(pa) == b or mgr_idx(pb) == a
        if ctx == "silo":
            probs = {"collaboration": (0.95, 3, 5), "advice": (0.45, 2, 4), "trust": (0.65, 3, 5)}
        elif ctx in ("team", "board"):
            probs = {"collaboration": (0.9, 2, 5), "advice": (0.4, 1, 4), "trust": (0.35, 2, 5)}
        elif ctx == "dept":
            probs = {"collaboration": (0.7, 1, 4), "advice": (0.4, 1, 4), "trust": (0.15, 1, 3)}
        elif ctx == "broker":
            probs = {"collaboration": (0.75, 2, 5), "advice": (0.6, 2, 5), "trust": (0.3, 2, 4)}
        elif ctx == "hidden":
            probs = {"collaboration": (0.6, 1, 2), "advice": (0.6, 1, 2), "trust": (0.0, 1, 1)}
        else:   # cross
            probs = {"collaboration": (0.6, 1, 3), "advice": (0.5, 1, 3), "trust": (0.1, 1, 2)}
        if boss:
            probs["advice"] = (0.8, 2, 5)
        got = []
        for t in ("advice", "collaboration", "trust"):
            pr, lo, hi = probs[t]
            if rng.random() < pr:
                got.append((t, rng.randint(lo, hi)))
        if not got:
            _, lo, hi = probs["collaboration"]
            got.append(("collaboration", rng.randint(lo, hi)))
        if rng.random() < 0.5:
            a, b = b, a
        for t, w in got:
            rows.append([people[a]["id"], people[b]["id"], t, w])

    # --- clients ------------------------------------------------------------
    clients = []
    client_rows = []
    acct = [p["idx"] for p in people if p["dept"] == "Sales" and "Account Manager" in p["role"]
            and p["name"] != SPOC_CONTACT]
    sales_other = [p["idx"] for p in people if p["dept"] == "Sales" and p["idx"] not in hidden
                   and p["level"] >= 2 and "Account Manager" not in p["role"]]
    spoc = by_name[SPOC_CONTACT]["idx"]

    def dpool(dept, roles=None):
        return [p["idx"] for p in people if p["dept"] == dept and p["idx"] not in hidden
                and p["level"] >= 2 and (roles is None or any(r in p["role"] for r in roles))]

    delivery_pm = dpool("Delivery", ["Project Manager", "Team Lead"])
    engineers = dpool("Engineering")
    rnd = dpool("R&D")
    fenna_regular = 0
    for k, (cname, sector, region, kind) in enumerate(CLIENTS):
        cid = "C%03d" % (k + 1)
        clients.append([cid, cname, sector, region])
        contacts = []          # (idx, weight)
        if kind == "single":
            contacts.append((spoc, 5))
        elif kind == "shared":
            contacts.append((rng.choice(acct), rng.randint(3, 5)))
            contacts.append((rng.choice(delivery_pm), rng.randint(3, 5)))
            contacts.append((rng.choice(engineers), rng.randint(2, 4)))
            if k in (4, 6):
                contacts.append((rng.choice(rnd), rng.randint(1, 3)))
            if k in (1, 2):
                contacts.append((ceo["idx"], rng.randint(2, 4)))
            if k == 3:
                contacts.append((by_name["Jeroen Bakker"]["idx"], 4))
            if k == 4:
                contacts.append((by_name["Lotte Brouwer"]["idx"], 3))
            if k == 2:
                contacts.append((by_name["Yusuf Demir"]["idx"], 5))
        else:
            if fenna_regular < 3 and k % 3 == 0:
                owner = spoc
                fenna_regular += 1
            else:
                owner = rng.choice(acct)
            contacts.append((owner, rng.randint(3, 5)))
            second = rng.random()
            if second < 0.6:
                contacts.append((rng.choice(delivery_pm), rng.randint(1, 4)))
            elif second < 0.8:
                contacts.append((rng.choice(sales_other), rng.randint(1, 3)))
            else:
                contacts.append((rng.choice(engineers), rng.randint(1, 3)))
            if rng.random() < 0.3:
                same = [c for c in (acct + sales_other) if c != owner]
                contacts.append((rng.choice(same), rng.randint(1, 2)))
        seen = set()
        for c, w in contacts:
            if c in seen:
                continue
            seen.add(c)
            client_rows.append([people[c]["id"], cid, "client", w])

    # --- missing values (realistic): new hires not yet rated, survey no-shows
    plain = [p for p in people if not p["story"]]
    juniors = [p for p in plain if p["junior"]]
    for p in rng.sample(juniors, 3):
        p["perf"] = None
        p["pot"] = None
    for p in rng.sample([p for p in plain if p["perf"] is not None], 2):
        p["pot"] = None
    for p in rng.sample(plain, 6):
        p["eng"] = None

    people_rows = [[p["id"], p["name"], p["dept"], p["role"], p["manager"],
                    fmt(p["perf"]), fmt(p["pot"]), fmt(p["eng"])] for p in people]
    return people, people_rows, rows + client_rows, clients


def example_readme(people, tie_rows, clients, seed):
    by_name = {p["name"]: p for p in people}
    depts = []
    for p in people:
        if p["dept"] not in depts:
            depts.append(p["dept"])
    pairs = set()
    client_contacts = {}
    cids = {c[0]: c for c in clients}
    pid = {p["id"]: p for p in people}
    for s, t, ty, w in tie_rows:
        if ty == "client":
            client_contacts.setdefault(t, []).append(pid[s])
        else:
            pairs.add((min(s, t), max(s, t)))
    avg = 2 * len(pairs) / len(people)

    def who(name):
        p = by_name[name]
        return "`%s` %s (%s, %s)" % (p["id"], name, p["role"], p["dept"])

    spoc_client = next(c for c in clients if c[1] == CLIENTS[0][0])
    shared = [c for c in clients
              if len(set(p["dept"] for p in client_contacts[c[0]])) >= 3]
    L = []
    L.append("# Noordhaven Engineering B.V. — the bundled example")
    L.append("")
    L.append("A fictional engineering and consulting firm in Rotterdam (port, maritime and")
    L.append("energy-transition infrastructure): %d people in %d departments, %d clients." %
             (len(people), len(depts), len(clients)))
    L.append("Generated by `tools/gen-org.py --example --seed %d --out data/examples/noordhaven`;" % seed)
    L.append("checked by `tools/check-example.py` (networkx). Every name is invented.")
    L.append("")
    L.append("## Files")
    L.append("")
    L.append("- `people.csv` — `id,name,department,role,manager,performance,potential,engagement`.")
    L.append("  `manager` is the id of the line manager (one hierarchy, the CEO `%s` at the top)." %
             by_name["Marieke van Houten"]["id"])
    L.append("  `performance` and `potential` are the last review's ratings, `engagement` the")
    L.append("  engagement-survey score; all three on a 1–5 scale with one decimal (5 = best).")
    L.append("  Missing values are empty cells: new hires not yet rated (no performance or")
    L.append("  potential), a few potentials not yet assessed, and survey non-respondents.")
    L.append("- `ties.csv` — `source,target,type,weight`, undirected (read it as directed = false).")
    L.append("  Person–person types `advice`, `collaboration` and `trust`, weight 1–5; a pair")
    L.append("  may have several rows, one per type. Type `client` ties an employee (source)")
    L.append("  to a client (target), weight = strength of the relationship 1–5.")
    L.append("- `clients.csv` — `id,name,sector,region`.")
    L.append("")
    L.append("%d person–person rows over %d distinct pairs (average degree %.1f), %d client ties." %
             (sum(1 for r in tie_rows if r[2] != "client"), len(pairs), avg,
              sum(1 for r in tie_rows if r[2] == "client")))
    L.append("")
    L.append("## Departments")
    L.append("")
    L.append("| department | people | head |")
    L.append("| --- | --- | --- |")
    for d in depts:
        members = [p for p in people if p["dept"] == d]
        head = members[0]
        L.append("| %s | %d | `%s` %s (%s) |" % (d, len(members), head["id"], head["name"], head["role"]))
    L.append("")
    L.append("## The stories in the data")
    L.append("")
    L.append("1. **Silo: %s.** Dense ties inside, almost none out: only its head (to the CEO" % SILO)
    L.append("   and the Head of HR) and the payroll administrator (to HR) reach outside. It has")
    L.append("   the lowest department E-I index, close to −1.")
    L.append("2. **Brokers between departments** (many cross-department ties, the top")
    L.append("   betweenness, low constraint):")
    for b in BROKERS:
        L.append("   - " + who(b))
    L.append("3. **Hidden talent** — performance and potential ≥ 4.5 but only one or two ties,")
    L.append("   at the edge of the network:")
    for h in HIDDEN:
        p = by_name[h]
        L.append("   - %s — performance %.1f, potential %.1f" % (who(h), p["perf"], p["pot"]))
    L.append("4. **Single point of contact:** client `%s` %s (%s) is held by one person only," %
             (spoc_client[0], spoc_client[1], spoc_client[2]))
    L.append("   " + who(SPOC_CONTACT) + ".")
    L.append("5. **Clients shared across departments** (contacts in three or more departments):")
    for c in shared:
        ds = sorted(set(p["dept"] for p in client_contacts[c[0]]))
        L.append("   - `%s` %s — %s" % (c[0], c[1], ", ".join(ds)))
    p = by_name[AT_RISK]
    L.append("6. **At-risk connector:** %s is the most connected broker and the" % who(AT_RISK))
    L.append("   person with the most ties, but has an engagement score of %.1f: if he leaves," % p["eng"])
    L.append("   Engineering loses most of its bridges to Delivery, Sales and R&D.")
    L.append("")
    L.append("Every other client has two or more contacts; every other person has at least")
    L.append("three ties, so the hidden talents are exactly the people with performance and")
    L.append("potential ≥ 4.5 and degree ≤ 2.")
    L.append("")
    return "\n".join(L)


def write_example(out, seed):
    people, people_rows, tie_rows, clients = build_example(seed)
    os.makedirs(out, exist_ok=True)
    write_csv(os.path.join(out, "people.csv"),
              ["id", "name", "department", "role", "manager", "performance", "potential",
               "engagement"], people_rows)
    write_csv(os.path.join(out, "ties.csv"), ["source", "target", "type", "weight"], tie_rows)
    write_csv(os.path.join(out, "clients.csv"), ["id", "name", "sector", "region"], clients)
    with open(os.path.join(out, "README.md"), "w", encoding="utf-8") as f:
        f.write(example_readme(people, tie_rows, clients, seed))


# ---------------------------------------------------------------------------
# Synthetic organisations of any size
# ---------------------------------------------------------------------------

DEPT_NAMES = ["Sales", "Engineering", "Operations", "Finance", "HR", "R&D",
              "Customer Service", "Marketing", "Legal", "IT", "Logistics", "Procurement",
              "Quality", "Communications", "Facilities", "Strategy"]
TIE_TYPES = ["collaboration"] * 6 + ["advice"] * 3 + ["trust"]


def write_synthetic(n, out, tpp, k, n_clients, dot, graphml, seed):
    rng = random.Random(seed)
    rand = rng.random
    if k is None:
        k = 8 if n >= 80 else max(1, n // 10)
    k = max(1, min(k, n - 1)) if n > 1 else 0
    # the CEO alone in "Board", then K departments of uneven size (each >= 1)
    names = ["Board"] + [DEPT_NAMES[i] if i < len(DEPT_NAMES) else "Department %d" % (i + 1)
                         for i in range(k)]
    rest = n - 1
    w = [rng.uniform(0.5, 2.0) for _ in range(k)]
    sizes = [max(1, int(rest * x / sum(w))) for x in w]
    while sum(sizes) > rest:       # small n: take back from the largest
        j = max(range(k), key=lambda i: sizes[i])
        sizes[j] -= 1
    if k:
        sizes[0] += rest - sum(sizes)
    sizes = [1] + sizes
    width = len(str(n))
    ids = ["P%0*d" % (width, i + 1) for i in range(n)]

    dept_of = [0] * n
    dlo = [0] * n
    dhi = [1] * n
    tlo = [0] * n
    thi = [1] * n
    manager = [""] * n
    role = ["Chief Executive Officer"] + [""] * (n - 1)
    heads = []
    start = 1
    for d in range(1, k + 1):
        end = start + sizes[d]
        head = start
        heads.append(head)
        role[head] = "Head of " + names[d]
        manager[head] = ids[0]
        for j in range(start, end):
            dept_of[j] = d
            dlo[j] = start
            dhi[j] = end
        # the head's circle: the first team leads; then teams of 5-12
        tlo[head], thi[head] = start, min(end, start + 1 + 8)
        i = start + 1
        while i < end:
            tsize = rng.randint(5, 12)
            te = min(end, i + tsize)
            role[i] = "Team Lead"
            manager[i] = ids[head]
            for j in range(i, te):
                tlo[j] = i
                thi[j] = te
                if j > i:
                    role[j] = "Junior Specialist" if rand() < 0.15 else "Specialist"
                    manager[j] = ids[i]
            i = te
        start = end

    # ties: within team, within department, across departments
    m = int(round(n * tpp))
    m = min(m, n * (n - 1) // 2)
    seen = set()
    src = []
    dst = []
    for h in heads[:m]:            # the CEO knows the heads of department
        seen.add(h)                # key 0 * n + h
        src.append(0)
        dst.append(h)
    attempts = 0
    limit = 20 * m + 100
    rr = rng.randrange
    while len(src) < m and attempts < limit:
        attempts += 1
        a = int(rand() * n)
        r = rand()
        if r < 0.55 and attempts < limit // 2:
            b = tlo[a] + int(rand() * (thi[a] - tlo[a]))
        elif r < 0.85 and attempts < limit // 2:
            b = dlo[a] + int(rand() * (dhi[a] - dlo[a]))
        else:
            b = rr(n)
        if a == b:
            continue
        key = a * n + b if a < b else b * n + a
        if key in seen:
            continue
        seen.add(key)
        src.append(a)
        dst.append(b)
    del seen

    # people.csv
    fn, ln = FIRST_NAMES, LAST_NAMES
    nf, nl = len(fn), len(ln)
    os.makedirs(out, exist_ok=True)

    def sc(mean):
        if rand() < 0.02:
            return ""
        x = rng.gauss(mean, 0.6)
        return "%.1f" % (1.0 if x < 1 else 5.0 if x > 5 else x)

    with open(os.path.join(out, "people.csv"), "w", encoding="utf-8", newline="") as f:
        wr = csv.writer(f, lineterminator="\n")
        wr.writerow(["id", "name", "department", "role", "manager", "performance",
                     "potential", "engagement"])
        wr.writerows([ids[i], fn[int(rand() * nf)] + " " + ln[int(rand() * nl)],
                      names[dept_of[i]], role[i], manager[i], sc(3.4), sc(3.3), sc(3.6)]
                     for i in range(n))

    ntypes = len(TIE_TYPES)
    types = [TIE_TYPES[int(rand() * ntypes)] for _ in range(len(src))]
    weights = [1 + int(rand() * 5) for _ in range(len(src))]

    # clients
    client_ids = ["C%0*d" % (len(str(max(n_clients, 1))), i + 1) for i in range(n_clients)]
    client_ties = []
    for c in client_ids:
        d = 1 + int(rand() * k) if k else 0
        lo = heads[d - 1] if d else 0
        for _ in range(1 + int(rand() * 5)):
            if rand() < 0.7:         # mostly one department, some from anywhere
                p = lo + int(rand() * sizes[d])
            else:
                p = int(rand() * n)
            client_ties.append((p, c, 1 + int(rand() * 5)))
    client_ties = list(dict(((p, c), (p, c, w)) for p, c, w in client_ties).values())

    with open(os.path.join(out, "ties.csv"), "w", encoding="utf-8", newline="") as f:
        wr = csv.writer(f, lineterminator="\n")
        wr.writerow(["source", "target", "type", "weight"])
        wr.writerows(zip([ids[a] for a in src], [ids[b] for b in dst], types, weights))
        wr.writerows([ids[p], c, "client", w] for p, c, w in client_ties)
    if n_clients:
        sectors = ["Energy", "Public sector", "Logistics", "Finance", "Retail", "Health",
                   "Manufacturing", "Telecom"]
        write_csv(os.path.join(out, "clients.csv"), ["id", "name", "sector"],
                  [[c, "Client %s" % c[1:].lstrip("0"), sectors[int(rand() * len(sectors))]]
                   for c in client_ids])

    if dot:
        with open(dot, "w", encoding="utf-8") as f:
            f.write("graph G {\n")
            f.write("".join("%s;\n" % x for x in ids))
            f.write("".join("%s;\n" % c for c in client_ids))
            f.write("".join("%s -- %s;\n" % (ids[a], ids[b]) for a, b in zip(src, dst)))
            f.write("".join("%s -- %s;\n" % (ids[p], c) for p, c, _ in client_ties))
            f.write("}\n")
    if graphml:
        write_graphml(graphml, out, ids, client_ids, src, dst, types, weights, client_ties)
    return len(src) + len(client_ties)


def write_graphml(path, out, ids, client_ids, src, dst, types, weights, client_ties):
    with open(os.path.join(out, "people.csv"), encoding="utf-8", newline="") as f:
        rows = list(csv.reader(f))[1:]
    keys = [("kind", "string"), ("name", "string"), ("department", "string"),
            ("role", "string"), ("manager", "string"), ("performance", "double"),
            ("potential", "double"), ("engagement", "double")]
    with open(path, "w", encoding="utf-8") as f:
        f.write('<?xml version="1.0" encoding="UTF-8"?>\n'
                '<graphml xmlns="http://graphml.graphdrawing.org/xmlns">\n')
        for name, ty in keys:
            f.write('  <key id="%s" for="node" attr.name="%s" attr.type="%s"/>\n' % (name, name, ty))
        f.write('  <key id="type" for="edge" attr.name="type" attr.type="string"/>\n'
                '  <key id="weight" for="edge" attr.name="weight" attr.type="double">'
                '<default>1</default></key>\n'
                '  <graph id="G" edgedefault="undirected">\n')
        parts = []
        for r in rows:
            parts.append('    <node id=%s><data key="kind">person</data>' % quoteattr(r[0]))
            for (name, _), v in zip(keys[1:], r[1:]):
                if v != "":
                    parts.append('<data key="%s">%s</data>' % (name, escape(v)))
            parts.append("</node>\n")
        f.write("".join(parts))
        f.write("".join('    <node id="%s"><data key="kind">client</data></node>\n' % c
                        for c in client_ids))
        f.write("".join('    <edge source="%s" target="%s"><data key="type">%s</data>'
                        '<data key="weight">%d</data></edge>\n' % (ids[a], ids[b], t, w)
                        for a, b, t, w in zip(src, dst, types, weights)))
        f.write("".join('    <edge source="%s" target="%s"><data key="type">client</data>'
                        '<data key="weight">%d</data></edge>\n' % (ids[p], c, w)
                        for p, c, w in client_ties))
        f.write("  </graph>\n</graphml>\n")


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--example", action="store_true",
                    help="write the bundled example organisation (Noordhaven Engineering)")
    ap.add_argument("--people", type=int, metavar="N", help="synthetic organisation of N people")
    ap.add_argument("--out", required=True, metavar="DIR", help="output folder")
    ap.add_argument("--ties-per-person", type=float, default=5.0, metavar="T",
                    help="synthetic: about N*T ties (default 5)")
    ap.add_argument("--departments", type=int, metavar="K", help="synthetic: K departments (default 8)")
    ap.add_argument("--clients", type=int, default=0, metavar="M",
                    help="synthetic: also M clients with employee-client ties (default 0)")
    ap.add_argument("--dot", metavar="FILE", help="synthetic: also write the graph as Graphviz DOT")
    ap.add_argument("--graphml", metavar="FILE", help="synthetic: also write the graph as GraphML")
    ap.add_argument("--seed", type=int, default=None,
                    help="random seed (default 2024 for --example, 1 otherwise)")
    ap.add_argument("--quiet", action="store_true")
    args = ap.parse_args(argv)
    if args.example == (args.people is not None):
        ap.error("give exactly one of --example and --people N")
    t0 = time.perf_counter()
    if args.example:
        if args.dot or args.graphml or args.clients or args.departments:
            ap.error("--dot, --graphml, --clients and --departments go with --people")
        seed = 2024 if args.seed is None else args.seed
        write_example(args.out, seed)
        what = "example organisation"
    else:
        if args.people < 1:
            ap.error("--people must be at least 1")
        if args.ties_per_person < 0 or args.clients < 0 or (args.departments is not None
                                                            and args.departments < 1):
            ap.error("--ties-per-person, --clients and --departments must be positive")
        seed = 1 if args.seed is None else args.seed
        m = write_synthetic(args.people, args.out, args.ties_per_person, args.departments,
                            args.clients, args.dot, args.graphml, seed)
        what = "%d people, %d ties" % (args.people, m)
    if not args.quiet:
        print("%s: %s written in %.2f s" % (args.out, what, time.perf_counter() - t0),
              file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
