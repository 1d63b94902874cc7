#!/usr/bin/python3
# Writes the GML test files with Debian 12's python3-networkx and
# python3-igraph (run from this folder): what these libraries write is what
# Samenspel must read.
import networkx as nx
import igraph

g = nx.DiGraph()
# networkx writes a node's key as its label, escaping " & and non-ASCII
g.add_node("Ann de Vries", department="Sales", score=4.5, office="Zwolle")
g.add_node('Bob "Bobby" Jansen', department="Finance", score=3, office="Delft & Co")
g.add_node("Cem Yılmaz", department="Sales", score=2.25, office="Zwolle")
g.add_edge("Ann de Vries", 'Bob "Bobby" Jansen', weight=2.5)
g.add_edge('Bob "Bobby" Jansen', "Cem Yılmaz", weight=1)
g.add_edge("Cem Yılmaz", "Ann de Vries", weight=4)
nx.write_gml(g, "networkx-directed.gml")

h = igraph.Graph([(0, 1), (1, 2), (2, 0), (2, 3)])
h.vs["name"] = ["Dirk", "Eva", "Fatima", "Gert"]
h.vs["level"] = [1, 2, 2, 3]
h.write_gml("igraph.gml")
