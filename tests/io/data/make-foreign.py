#!/usr/bin/python3
"""Writes the files of other tools that the importer tests read.

Run with Debian's python3 (python3-networkx, python3-igraph):
    /usr/bin/python3 tests/io/data/make-foreign.py
from anywhere; the files land next to this script.  The outputs are
committed, so the tests do not need Python.
"""
import os

import igraph as ig
import networkx as nx

HERE = os.path.dirname(os.path.abspath(__file__))

PEOPLE = [
    # id, name, department, performance, potential, level
    ("p1", "Anna de Vries", "Sales", 4.5, 3, "senior"),
    ("p2", "Bram Jansen", "Sales", 3.0, 2, "junior"),
    ("p3", "Chloé Bakker", "R&D", 4.0, 3, "senior"),
    ("p4", "Daan Visser", "R&D", 2.5, 1, "junior"),
    ("p5", "Eva Smit", "Finance", 3.5, 2, "medior"),
]
TIES = [
    ("p1", "p2", "advice", 2.0),
    ("p1", "p3", "collaboration", 1.0),
    ("p2", "p3", "advice", 1.5),
    ("p3", "p4", "trust", 3.0),
    ("p4", "p5", "advice", 1.0),
]


def networkx_graph(directed):
    g = nx.DiGraph() if directed else nx.Graph()
    for pid, name, dept, perf, pot, level in PEOPLE:
        g.add_node(pid, name=name, department=dept, performance=perf,
                   potential=pot, level=level, kind="person")
    g.add_node("c1", name="Acme", sector="retail", kind="client")
    for s, t, typ, w in TIES:
        g.add_edge(s, t, type=typ, weight=w)
    g.add_edge("p1", "c1", type="client", weight=1.0)
    return g


def main():
    nx.write_graphml(networkx_graph(False), os.path.join(HERE, "networkx.graphml"))
    nx.write_graphml(networkx_graph(True), os.path.join(HERE, "networkx-directed.graphml"))
    nx.write_gexf(networkx_graph(False), os.path.join(HERE, "networkx.gexf"))

    g = ig.Graph(directed=False)
    g.add_vertices(len(PEOPLE))
    g.vs["name"] = [p[1] for p in PEOPLE]
    g.vs["department"] = [p[2] for p in PEOPLE]
    g.vs["performance"] = [p[3] for p in PEOPLE]
    g.vs["level"] = [p[5] for p in PEOPLE]
    index = {p[0]: i for i, p in enumerate(PEOPLE)}
    g.add_edges([(index[s], index[t]) for s, t, _, _ in TIES])
    g.es["type"] = [t[2] for t in TIES]
    g.es["weight"] = [t[3] for t in TIES]
    # a missing numeric value: igraph writes NaN
    g.vs[4]["performance"] = float("nan")
    g.write_graphml(os.path.join(HERE, "igraph.graphml"))
    g.write_dot(os.path.join(HERE, "igraph.dot"))


if __name__ == "__main__":
    main()
