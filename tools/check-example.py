#!/usr/bin/python3
"""Check that the bundled example shows its stories (networkx reference).

    /usr/bin/python3 tools/check-example.py [data/examples/noordhaven]

Builds the person-person network as DESIGN.md "Metrics" does (clients left
out, undirected, parallel ties of all types merged with weights summed) and
verifies every story listed in the example's README.md.  Prints the figures;
exits 1 when a story is not visible, 2 on a usage/input error.
"""
import csv
import os
import sys

import networkx as nx

# The story ids, as README.md lists them.
SILO = "Finance"
BROKERS = {"E070": "Yusuf Demir", "E127": "Lotte Brouwer", "E047": "Jeroen Bakker"}
AT_RISK = "E047"
HIDDEN = {"E063": "Priya Raghunathan", "E144": "Mei-Ling Tan",
          "E087": "Daan Verhoeven", "E024": "Noor El Amrani"}
SPOC_CLIENT, SPOC_PERSON = "C001", "E009"
SHARED = ["C002", "C003", "C004", "C005", "C006", "C007"]
CEO = "E001"

failures = []


def check(ok, what):
    print(("  ok    " if ok else "  FAIL  ") + what)
    if not ok:
        failures.append(what)


def read(path):
    with open(path, encoding="utf-8-sig", newline="") as f:
        return list(csv.DictReader(f))


def main():
    folder = sys.argv[1] if len(sys.argv) > 1 else os.path.join(
        os.path.dirname(os.path.abspath(__file__)), "..", "data", "examples", "noordhaven")
    try:
        people = read(os.path.join(folder, "people.csv"))
        ties = read(os.path.join(folder, "ties.csv"))
        clients = read(os.path.join(folder, "clients.csv"))
        readme = open(os.path.join(folder, "README.md"), encoding="utf-8").read()
    except OSError as e:
        print("check-example: %s" % e, file=sys.stderr)
        return 2
    person = {p["id"]: p for p in people}
    client = {c["id"]: c for c in clients}
    dept = {p["id"]: p["department"] for p in people}
    depts = sorted(set(dept.values()))

    G = nx.Graph()
    G.add_nodes_from(person)
    contacts = {c: set() for c in client}
    for t in ties:
        s, d, w = t["source"], t["target"], float(t.get("weight") or 1)
        if s in client or d in client:
            contacts[d if d in client else s].add(s if d in client else d)
            continue
        if s == d or w <= 0:
            continue
        if G.has_edge(s, d):
            G[s][d]["weight"] += w
        else:
            G.add_edge(s, d, weight=w)

    print("Organisation: %d people, %d departments, %d clients, %d distinct ties, "
          "average degree %.2f" % (len(people), len(depts), len(clients),
                                   G.number_of_edges(), 2 * G.number_of_edges() / len(people)))
    print("\nData set")
    check(140 <= len(people) <= 160, "about 150 people (%d)" % len(people))
    check(6 <= len(depts) <= 8, "6-8 departments (%d)" % len(depts))
    check(20 <= len(clients) <= 30, "about 25 clients (%d)" % len(clients))
    avg = 2 * G.number_of_edges() / len(people)
    check(4 <= avg <= 8, "average degree between 4 and 8 (%.2f)" % avg)
    check(nx.is_connected(G), "the person network is connected")
    roots = [p["id"] for p in people if not p["manager"]]
    check(roots == [CEO], "one root of the hierarchy, the CEO %s (%s)" % (CEO, roots))
    ok = all(p["manager"] in person for p in people if p["manager"])
    for p in people:                      # no cycles: every chain reaches the CEO
        seen, cur = set(), p["id"]
        while person[cur]["manager"] and cur not in seen:
            seen.add(cur)
            cur = person[cur]["manager"]
        ok = ok and cur == CEO
    check(ok, "every manager id exists and every chain of managers ends at the CEO")
    for key, name in list(BROKERS.items()) + list(HIDDEN.items()):
        check(person.get(key, {}).get("name") == name and key in readme and name in readme,
              "%s is %s and README.md names both" % (key, name))
    for col in ("performance", "potential", "engagement"):
        vals = [p[col] for p in people]
        nums = [float(v) for v in vals if v != ""]
        check(all(1 <= v <= 5 for v in nums) and 0 < vals.count("") <= 10,
              "%s on 1-5, a few missing (%d empty)" % (col, vals.count("")))

    # --- (i) silo -----------------------------------------------------------
    print("\n(i) Silo: department E-I index (E - I) / (E + I), each tie once")
    ei = {}
    for d in depts:
        E = I = 0
        for a, b in G.edges():
            if dept[a] == d and dept[b] == d:
                I += 1
            elif dept[a] == d or dept[b] == d:
                E += 1
        ei[d] = (E - I) / (E + I)
        size = sum(1 for v in dept.values() if v == d)
        dens = nx.density(G.subgraph([v for v in dept if dept[v] == d]))
        print("    %-12s size %3d  E %3d  I %3d  E-I %+.3f  density %.2f" % (d, size, E, I, ei[d], dens))
    lowest = min(ei, key=ei.get)
    check(lowest == SILO, "%s has the lowest E-I (lowest: %s)" % (SILO, lowest))
    check(ei[SILO] < -0.8, "%s E-I < -0.8 (%.3f)" % (SILO, ei[SILO]))
    others = sorted(v for d, v in ei.items() if d != SILO)
    check(others[0] > ei[SILO] + 0.15, "clear gap to the next department (%.3f)" % others[0])

    # --- (ii) brokers ----------------------------------------------------------
    bc = nx.betweenness_centrality(G, normalized=False)
    con = nx.constraint(G, weight="weight")
    deg = dict(G.degree())
    cross = {v: sum(1 for u in G[v] if dept[u] != dept[v]) for v in G}
    top = sorted(bc, key=bc.get, reverse=True)
    print("\n(ii) Brokers: top betweenness (networkx, unnormalised)")
    for v in top[:8]:
        print("    %s %-22s %-12s betweenness %7.1f  constraint %.3f  degree %2d  cross %2d" % (
            v, person[v]["name"], dept[v], bc[v], con[v], deg[v], cross[v]))
    check(set(top[:len(BROKERS)]) == set(BROKERS),
          "the brokers are the top %d by betweenness" % len(BROKERS))
    cons = sorted(con[v] for v in G if deg[v] > 0)
    q10 = cons[len(cons) // 10]
    for b in BROKERS:
        check(con[b] <= q10, "%s constraint %.3f in the lowest 10%% (<= %.3f)" % (b, con[b], q10))
        depts_reached = set(dept[u] for u in G[b]) - {dept[b]}
        check(cross[b] >= 8 and len(depts_reached) >= 3,
              "%s has %d cross-department ties into %d departments" % (b, cross[b], len(depts_reached)))
    topcross = sorted(cross, key=cross.get, reverse=True)[:len(BROKERS)]
    check(set(topcross) == set(BROKERS), "the brokers have the most cross-department ties")

    # --- (iii) hidden talent -----------------------------------------------------
    print("\n(iii) Hidden talent: performance and potential >= 4.5, degree <= 2")

    def num(p, col):
        return float(p[col]) if p[col] != "" else None

    found = sorted(v for v, p in person.items()
                   if (num(p, "performance") or 0) >= 4.5 and (num(p, "potential") or 0) >= 4.5
                   and deg[v] <= 2)
    for v in sorted(HIDDEN):
        p = person[v]
        print("    %s %-20s %-12s performance %s potential %s degree %d" % (
            v, p["name"], dept[v], p["performance"], p["potential"], deg[v]))
    check(found == sorted(HIDDEN), "exactly the listed people (found %s)" % found)
    check(all(1 <= deg[v] <= 2 for v in HIDDEN), "each has one or two ties")
    low = [v for v in G if v not in HIDDEN and deg[v] < 3]
    check(not low, "everybody else has at least 3 ties (%s)" % low)

    # --- (iv) single point of contact / (v) shared clients -------------------------
    print("\n(iv)/(v) Clients: contacts and departments")
    cdepts = {c: sorted(set(dept[p] for p in contacts[c])) for c in client}
    for c in sorted(client):
        print("    %s %-32s contacts %d  departments %d  %s" % (
            c, client[c]["name"], len(contacts[c]), len(cdepts[c]), ", ".join(cdepts[c])))
    single = sorted(c for c in client if len(contacts[c]) == 1)
    check(single == [SPOC_CLIENT], "only %s has exactly one contact (%s)" % (SPOC_CLIENT, single))
    check(contacts[SPOC_CLIENT] == {SPOC_PERSON}, "%s's only contact is %s %s" % (
        SPOC_CLIENT, SPOC_PERSON, person[SPOC_PERSON]["name"]))
    check(all(contacts[c] for c in client), "every client has a contact")
    shared = sorted(c for c in client if len(cdepts[c]) >= 3)
    check(shared == SHARED, "the shared clients (3+ departments) are %s (%s)" % (SHARED, shared))
    check(all(2 <= len(cdepts[c]) <= 4 for c in SHARED), "shared clients span 2-4 departments")

    # --- (vi) at-risk connector -------------------------------------------------
    print("\n(vi) At-risk connector")
    eng = {v: float(p["engagement"]) for v, p in person.items() if p["engagement"] != ""}
    print("    %s %s degree %d (max %d), betweenness rank %d, engagement %.1f" % (
        AT_RISK, person[AT_RISK]["name"], deg[AT_RISK], max(deg.values()),
        top.index(AT_RISK) + 1, eng[AT_RISK]))
    check(deg[AT_RISK] == max(deg.values()), "%s has the most ties" % AT_RISK)
    check(top[0] == AT_RISK, "%s has the highest betweenness" % AT_RISK)
    check(eng[AT_RISK] <= 2.0, "%s engagement <= 2.0" % AT_RISK)
    check(all(eng[b] >= 4.0 for b in BROKERS if b != AT_RISK),
          "the other brokers are engaged (>= 4.0)")
    lowest_eng = sorted(eng.values())[max(0, len(eng) // 20 - 1)]
    check(eng[AT_RISK] <= lowest_eng, "%s in the least engaged 5%%" % AT_RISK)

    if failures:
        print("\n%d check(s) failed" % len(failures))
        return 1
    print("\nall stories visible")
    return 0


if __name__ == "__main__":
    sys.exit(main())
