#!/usr/bin/python3
# make-gml.py — writes networkx.gml and igraph.gml, the GML files of
# test-gml.c, with the library versions named in README.md:
#
#     cd tests/io/data/gml && /usr/bin/python3 make-gml.py
#
# networkx.gml: a small directed graph with string labels (one with a
# quote and an accent, which networkx writes as &quot; and &#233;), a
# numeric (performance) and a text (level) node attribute, one node
# without either, a department and a role, edge weights and
# graphics positions on some nodes.
# igraph.gml: an undirected graph with a "name" attribute (igraph writes
# `id 0`, `name "…"` and a Creator line) and a weight.
import igraph
import networkx as nx

g = nx.DiGraph()
g.add_node("anna", performance=4.5, role="lead", level="senior", department="Sales")
g.add_node("bram", performance=3, role="analyst", level="junior", department="Sales")
g.add_node('chris "CJ" andré', performance=2.25, role="analyst", department="Finance",
           graphics={"x": 10.0, "y": 20.0})
g.add_node("dee", role="intern", level="junior", department="Finance", graphics={"x": 110.0, "y": 20.0})
g.add_edge("anna", "bram", weight=2.5)
g.add_edge("bram", "anna", weight=1)
g.add_edge("anna", 'chris "CJ" andré', weight=0.5)
g.add_edge('chris "CJ" andré', "dee", weight=4)
nx.write_gml(g, "networkx.gml")

h = igraph.Graph(edges=[(0, 1), (1, 2), (2, 0), (2, 3)], directed=False)
h.vs["name"] = ["Ann", "Bob", "Cor de Wit", "Dirk"]
h.vs["age"] = [34, 41, 29, 50]
h.es["weight"] = [1.0, 2.0, 3.0, 0.5]
h.write_gml("igraph.gml", creator="igraph (make-gml.py)")
