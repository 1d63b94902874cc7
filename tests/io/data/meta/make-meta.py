#!/usr/bin/python3
"""Writes the networkx and igraph files of this folder (see README.md).

Run with Debian's python3 (python3-networkx 2.8.8, python3-igraph 0.10.2):
    /usr/bin/python3 tests/io/data/meta/make-meta.py
The outputs are committed, so the tests do not need Python.
"""
import math
import os

import igraph as ig
import networkx as nx

HERE = os.path.dirname(os.path.abspath(__file__))
CLUB_COLOUR = {"Mr. Hi": (230, 159, 0), "Officer": (0, 114, 178)}


def main():
    # networkx writes a node's 'viz' dict as <viz:color>, <viz:size> and
    # <viz:position>, and G.graph['name'] as <graph name="...">
    g = nx.karate_club_graph()
    n = g.number_of_nodes()
    pos = {v: (100 * math.cos(2 * math.pi * v / n), 100 * math.sin(2 * math.pi * v / n)) for v in g}
    for v in g:
        r, gr, b = CLUB_COLOUR[g.nodes[v]["club"]]
        g.nodes[v]["viz"] = {
            "color": {"r": r, "g": gr, "b": b, "a": 1.0},
            "size": float(g.degree(v)),
            "position": {"x": float(pos[v][0]), "y": float(pos[v][1]), "z": 0.0},
        }
    nx.write_gexf(g, os.path.join(HERE, "karate-viz-nx.gexf"))

    # networkx writes G.graph['name'] as a <data> of a key for="graph" named "name"
    nx.write_graphml(nx.karate_club_graph(), os.path.join(HERE, "karate-nx.graphml"))

    # igraph writes graph attributes as keys for="graph", and <graph id="G">
    h = ig.Graph.Famous("Krackhardt_Kite")
    h["name"] = "Krackhardt's kite"
    h["label"] = "kite"
    h.vs["name"] = ["Andre", "Beverly", "Carol", "Diane", "Ed", "Fernando", "Garth",
                    "Heather", "Ike", "Jane"]
    h.write_graphml(os.path.join(HERE, "kite-igraph.graphml"))


if __name__ == "__main__":
    main()
