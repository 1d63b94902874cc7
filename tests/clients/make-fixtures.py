#!/usr/bin/python3
"""Reference values for tests/clients, computed with networkx (Debian's
python3-networkx), independently of Samenspel's C code.

Run from the top of the source tree with /usr/bin/python3:

    /usr/bin/python3 tests/clients/make-fixtures.py

Writes
  tests/clients/data/southern-women.graphml      Davis's Southern Women (18 women x 14 events),
  data/examples/southern-women/southern-women.graphml   the same file, as an example,
  tests/clients/data/southern-women-csv/         the same as people.csv, clients.csv, ties.csv,
  tests/clients/data/southern-women-projection.csv      weighted_projected_graph onto the women,
  tests/clients/data/southern-women-jaccard.csv         Jaccard of the women's event sets,
  tests/clients/data/noordhaven-clients.csv      per client: contacts, departments, internal paths,
  tests/clients/data/noordhaven-overlap.csv      department x department Jaccard of client sets,
  tests/clients/data/noordhaven-matrix.csv       departments x clients, numbers of contacts.
"""
import csv
import itertools
import os
import statistics

import networkx as nx
from networkx.algorithms import bipartite

HERE = os.path.dirname(os.path.abspath(__file__))
TOP = os.path.dirname(os.path.dirname(HERE))
DATA = os.path.join(HERE, "data")


def write_rows(name, header, rows):
    with open(os.path.join(DATA, name), "w", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(header)
        w.writerows(rows)


def fmt(x):
    return repr(float(x))


def southern_women():
    g = nx.davis_southern_women_graph()
    g.graph.clear()  # "top" and "bottom" are lists, which GraphML cannot hold
    for path in (os.path.join(DATA, "southern-women.graphml"),
                 os.path.join(TOP, "data", "examples", "southern-women", "southern-women.graphml")):
        nx.write_graphml(g, path)

    women = [n for n, d in g.nodes(data=True) if d["bipartite"] == 0]
    events = [n for n, d in g.nodes(data=True) if d["bipartite"] == 1]

    # the same data as the CSV files HR data arrives in: people, clients
    # (here events) and the ties between them
    folder = os.path.join(DATA, "southern-women-csv")
    os.makedirs(folder, exist_ok=True)
    with open(os.path.join(folder, "people.csv"), "w", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["id", "name"])
        w.writerows((i, i) for i in women)
    with open(os.path.join(folder, "clients.csv"), "w", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["id", "name"])
        w.writerows((e, "Event " + e[1:]) for e in events)
    with open(os.path.join(folder, "ties.csv"), "w", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["source", "target", "type"])
        w.writerows((a, b, "attended") if a in women else (b, a, "attended") for a, b in g.edges())
    proj = bipartite.weighted_projected_graph(g, women)
    write_rows("southern-women-projection.csv", ["source", "target", "weight"],
               sorted((min(a, b), max(a, b), d["weight"]) for a, b, d in proj.edges(data=True)))

    pairs = list(itertools.combinations(sorted(women), 2))
    write_rows("southern-women-jaccard.csv", ["a", "b", "jaccard"],
               [(a, b, fmt(j)) for a, b, j in nx.jaccard_coefficient(g, pairs)])


def noordhaven():
    folder = os.path.join(TOP, "data", "examples", "noordhaven")
    with open(os.path.join(folder, "people.csv"), newline="") as f:
        people = {r["id"]: r for r in csv.DictReader(f)}
    with open(os.path.join(folder, "clients.csv"), newline="") as f:
        client_rows = list(csv.DictReader(f))
    clients = [r["id"] for r in client_rows]
    # the matrix's columns by name, the id added where two clients share one
    names = [r["name"] or r["id"] for r in client_rows]
    client_columns = [n if names.count(n) == 1 else "%s (%s)" % (n, r["id"])
                      for n, r in zip(names, client_rows)]
    persons = nx.Graph()
    persons.add_nodes_from(people)
    contacts = {c: set() for c in clients}
    with open(os.path.join(folder, "ties.csv"), newline="") as f:
        for r in csv.DictReader(f):
            s, t, w = r["source"], r["target"], float(r["weight"] or 1)
            if w <= 0 or s == t:
                continue
            if s in contacts and t in people:
                contacts[s].add(t)
            elif t in contacts and s in people:
                contacts[t].add(s)
            elif s in people and t in people:
                persons.add_edge(s, t)

    rows = []
    for c in clients:
        cs = sorted(contacts[c])
        depts = sorted({people[p]["department"] for p in cs if people[p]["department"]})
        dists, unreachable = [], 0
        for a, b in itertools.combinations(cs, 2):
            try:
                dists.append(nx.shortest_path_length(persons, a, b))
            except nx.NetworkXNoPath:
                unreachable += 1
        n_pairs = len(cs) * (len(cs) - 1) // 2
        rows.append((c, len(cs), len(depts), "true" if len(cs) == 1 else "false",
                     fmt(statistics.mean(dists)) if dists else "",
                     max(dists) if dists else "",
                     unreachable,
                     "" if len(cs) < 2 else ("true" if unreachable == 0 and all(d == 1 for d in dists) else "false"),
                     "" if len(cs) < 2 else ("true" if unreachable == 0 and all(d <= 2 for d in dists) else "false"),
                     n_pairs))
    write_rows("noordhaven-clients.csv",
               ["id", "contacts", "departments", "single_point_of_contact", "mean_internal_path",
                "max_internal_path", "unreachable_pairs", "contacts_all_tied", "contacts_within_two",
                "pairs"], rows)

    departments = sorted({p["department"] for p in people.values() if p["department"]})
    dept_clients = {d: {c for c in clients if any(people[p]["department"] == d for p in contacts[c])}
                    for d in departments}

    def jaccard(a, b):
        u = a | b
        return len(a & b) / len(u) if u else 0.0

    write_rows("noordhaven-overlap.csv", ["department"] + departments,
               [[d] + [fmt(jaccard(dept_clients[d], dept_clients[e])) for e in departments]
                for d in departments])
    write_rows("noordhaven-matrix.csv", ["department"] + client_columns,
               [[d] + [sum(1 for p in contacts[c] if people[p]["department"] == d) for c in clients]
                for d in departments])


if __name__ == "__main__":
    southern_women()
    noordhaven()
