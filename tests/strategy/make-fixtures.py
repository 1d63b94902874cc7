#!/usr/bin/python3
"""Expected what-if values for test-strategy.c, computed with networkx on the
reduced graph (Debian's python3-networkx; run with /usr/bin/python3).

The organisation: department L is a K5 (l1..l5), department S a K3 (s1..s3),
joined only through the broker x (department X): l1-x, x-s1.  Client c1 is
tied to x alone, client c2 to l2 and s2.  What if x leaves?"""
import networkx as nx

L = ["l1", "l2", "l3", "l4", "l5"]
S = ["s1", "s2", "s3"]
dept = {**{v: "L" for v in L}, **{v: "S" for v in S}, "x": "X"}
G = nx.Graph()
G.add_nodes_from(dept)
G.add_edges_from((a, b) for i, a in enumerate(L) for b in L[i + 1:])
G.add_edges_from((a, b) for i, a in enumerate(S) for b in S[i + 1:])
G.add_edges_from([("l1", "x"), ("x", "s1")])


def ei(g, d):
    e = i = 0
    for a, b in g.edges():
        if dept[a] == d and dept[b] == d:
            i += 1
        elif dept[a] == d or dept[b] == d:
            e += 1
    return (e - i) / (e + i) if e + i else float("nan")


def mean_constraint(g, d):
    c = nx.constraint(g)
    vals = [c[v] for v in g if dept[v] == d and g.degree(v) > 0]
    return sum(vals) / len(vals)


H = G.copy()
H.remove_node("x")
print("components_before", nx.number_connected_components(G))
print("components_after", nx.number_connected_components(H))
print("largest_after", max(len(c) for c in nx.connected_components(H)))
for d in ("L", "S"):
    print(f"ei_before_{d}", repr(ei(G, d)), f"ei_after_{d}", repr(ei(H, d)))
    print(f"constraint_before_{d}", repr(mean_constraint(G, d)),
          f"constraint_after_{d}", repr(mean_constraint(H, d)))
print("betweenness_x", nx.betweenness_centrality(G, normalized=False)["x"])

# What if x moves into department L instead (nobody leaves)?
moved = {**dept, "x": "L"}
dept_before = dict(dept)
dept.clear()
dept.update(moved)
print("moved_x_to_L")
for d in ("L", "S", "X"):
    size = sum(1 for v in G if dept[v] == d)
    if size == 0:
        print(f"size_after_{d} 0")
        continue
    print(f"size_after_{d}", size, f"ei_after_{d}", repr(ei(G, d)),
          f"constraint_after_{d}", repr(mean_constraint(G, d)))
dept.clear()
dept.update(dept_before)
