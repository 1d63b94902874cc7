#!/usr/bin/python3
"""Writes the analysis test fixtures: graphs and the values that networkx
2.8 / python-igraph 0.10 (Debian 12) compute on them.

Run with Debian's interpreter, from anywhere:

    /usr/bin/python3 tests/analysis/make-fixtures.py

Files written to tests/analysis/data/:
  NAME.graph     directed<TAB>0|1, then node<TAB>id<TAB>person|client<TAB>department
                 and tie<TAB>source<TAB>target<TAB>type<TAB>weight lines, as raw as
                 the importers would deliver them (self-loops, parallel ties and
                 weights <= 0 included)
  cases.tsv      case<TAB>graph<TAB>tie types ("-": all)<TAB>removed ids ("-": none)
  CASE.expected  id and one column per measure; empty = undefined
  CASE.groups    group level values, the last row being the organisation
  CASE.similar   id, similar_id, similarity, rank: each person's three most similar
                 colleagues (UCINET's profile similarity, computed with numpy)
  CASE.similar-all   the same with every colleague whose correlation is defined
                 (for a few cases)
  CASE.groupmatrix   group, then one column per group: the ties (pairs of people)
                 between each pair of groups, counted with networkx
  key-players.tsv  the best key-player sets of some cases, by brute force over
                 every set of K <= 3 people (reach and fragmentation)

The C tests build an SpNetwork from the .graph file and compare.
"""

import math
import warnings
import os
import random
import sys
from fractions import Fraction

import igraph as ig
import networkx as nx
import numpy as np
from networkx.algorithms.structuralholes import local_constraint, normalized_mutual_weight

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "data")

COLUMNS = [
    "degree", "in_degree", "out_degree", "weighted_degree", "betweenness",
    "closeness", "eigenvector", "clustering", "constraint", "effective_size",
    "efficiency", "hierarchy", "broker_coordinator", "broker_itinerant",
    "broker_representative", "broker_gatekeeper", "broker_liaison", "ei_index",
    "reciprocity", "reach_2", "core",
]
GROUP_COLUMNS = ["size", "internal_ties", "external_ties", "density", "ei_index",
                 "external_share", "mean_constraint", "reciprocity",
                 "mean_clustering", "modularity", "assortativity"]
NAN = float("nan")


def fmt(x):
    if x is None or (isinstance(x, float) and math.isnan(x)):
        return ""
    if isinstance(x, int):
        return str(x)
    return repr(float(x))


class Data:
    """A raw data set: persons (id, department), clients, typed ties."""

    def __init__(self, directed):
        self.directed = directed
        self.nodes = []          # (id, kind, department or None)
        self.ties = []           # (source, target, type, weight)

    def person(self, pid, dept=None):
        self.nodes.append((str(pid), "person", dept))

    def client(self, cid):
        self.nodes.append((str(cid), "client", None))

    def tie(self, s, t, w=1.0, typ=""):
        self.ties.append((str(s), str(t), typ, float(w)))

    def write(self, name):
        with open(os.path.join(OUT, name + ".graph"), "w") as f:
            f.write("directed\t%d\n" % int(self.directed))
            for pid, kind, dept in self.nodes:
                f.write("node\t%s\t%s\t%s\n" % (pid, kind, dept or ""))
            for s, t, typ, w in self.ties:
                f.write("tie\t%s\t%s\t%s\t%s\n" % (s, t, typ, repr(w)))

    def simple_graph(self, types=None, removed=()):
        """DESIGN.md: persons only, parallel ties merged with weights summed,
        self-loops and weights <= 0 dropped."""
        G = nx.DiGraph() if self.directed else nx.Graph()
        persons = [n for n, kind, _ in self.nodes if kind == "person" and n not in removed]
        G.add_nodes_from(persons)
        dept = {n: d for n, _, d in self.nodes}
        for s, t, typ, w in self.ties:
            if types is not None and typ not in types:
                continue
            if s == t or not (w > 0) or s not in G or t not in G:
                continue
            if G.has_edge(s, t):
                G[s][t]["weight"] += w
            else:
                G.add_edge(s, t, weight=w)
        return G, dept


def contacts(G, v):
    return set(nx.all_neighbors(G, v))


def igraph_constraint(G):
    nodes = list(G.nodes())
    idx = {v: i for i, v in enumerate(nodes)}
    edges = [(idx[u], idx[v]) for u, v in G.edges()]
    h = ig.Graph(n=len(nodes), edges=edges, directed=G.is_directed())
    h.es["weight"] = [G[u][v]["weight"] for u, v in G.edges()]
    c = h.constraint(weights="weight")
    return {v: (NAN if len(contacts(G, v)) == 0 else c[idx[v]]) for v in nodes}


def effective_size(G):
    """networkx effective_size(G, weight="weight"); networkx skips nodes
    without successors (len(G[v]) == 0), the same bug as issue 2661 for
    constraint, so for those the same redundancy sum is done here."""
    es = nx.effective_size(G, weight="weight")
    for v in G:
        cs = contacts(G, v)
        if not cs:
            es[v] = NAN
        elif G.is_directed() and len(G[v]) == 0:
            es[v] = sum(1 - sum(normalized_mutual_weight(G, v, w, weight="weight") *
                                normalized_mutual_weight(G, u, w, norm=max, weight="weight")
                                for w in cs)
                        for u in cs)
    return es


def hierarchy(G, v):
    cs = contacts(G, v)
    N = len(cs)
    if N < 2:
        return NAN
    lc = [local_constraint(G, v, u, weight="weight") for u in cs]
    C = sum(lc)
    return sum((c / (C / N)) * math.log(c / (C / N)) for c in lc) / (N * math.log(N))


def brokerage(G, dept):
    """Gould and Fernandez, as R's sna::brokerage: every a -> v -> c, a != c,
    no a -> c; undirected ties count both ways.  Brute force."""
    D = G if G.is_directed() else G.to_directed()
    roles = {}
    for v in D:
        r = [0, 0, 0, 0, 0]
        if dept.get(v) is None:
            roles[v] = [NAN] * 5
            continue
        for a in D.predecessors(v):
            for c in D.successors(v):
                if a == c or D.has_edge(a, c):
                    continue
                ga, gv, gc = dept.get(a), dept[v], dept.get(c)
                if ga is None or gc is None:
                    continue
                if ga == gv == gc:
                    r[0] += 1
                elif ga == gc:
                    r[1] += 1
                elif ga == gv:
                    r[2] += 1
                elif gc == gv:
                    r[3] += 1
                else:
                    r[4] += 1
        roles[v] = r
    return roles


def ei_index(G, dept, v):
    if dept.get(v) is None:
        return NAN
    e = i = 0
    for u in contacts(G, v):
        if dept.get(u) is None:
            continue
        if dept[u] == dept[v]:
            i += 1
        else:
            e += 1
    return NAN if e + i == 0 else (e - i) / (e + i)


def symmetrised(G):
    U = nx.Graph()
    U.add_nodes_from(G)
    for u, v, w in G.edges(data="weight"):
        if U.has_edge(u, v):
            U[u][v]["weight"] += w
        else:
            U.add_edge(u, v, weight=w)
    return U


def node_values(G, dept):
    n = G.number_of_nodes()
    directed = G.is_directed()
    deg = dict(G.degree())
    wdeg = dict(G.degree(weight="weight"))
    indeg = dict(G.in_degree()) if directed else deg
    outdeg = dict(G.out_degree()) if directed else deg
    btw = nx.betweenness_centrality(G, normalized=False)
    clo = nx.closeness_centrality(G)
    try:
        eig = nx.eigenvector_centrality(G, max_iter=1000, tol=1e-10) if n > 0 else {}
    except nx.PowerIterationFailedConvergence:
        eig = {v: NAN for v in G}
    clu = nx.clustering(G)
    con = igraph_constraint(G)
    # cross-check igraph against networkx where networkx is right
    ncon = nx.constraint(G, weight="weight")
    for v in G:
        if not math.isnan(ncon[v]) and not math.isnan(con[v]):
            assert abs(ncon[v] - con[v]) < 1e-9, (v, ncon[v], con[v])
    es = effective_size(G)
    bro = brokerage(G, dept)
    rec = nx.reciprocity(G, list(G.nodes())) if directed and n > 0 else {}
    # along the ties' direction; the person themself left out
    reach = {v: len(nx.single_source_shortest_path_length(G, v, cutoff=2)) - 1 for v in G}
    # the undirected simple graph: a returned tie is one contact
    core = nx.core_number(nx.Graph(G.to_undirected()))
    rows = {}
    for v in G:
        cs = contacts(G, v)
        rows[v] = {
            "degree": deg[v], "in_degree": indeg[v], "out_degree": outdeg[v],
            "weighted_degree": float(wdeg[v]), "betweenness": btw[v],
            "closeness": clo[v], "eigenvector": eig.get(v, NAN),
            "clustering": float(clu[v]), "constraint": con[v],
            "effective_size": es[v],
            "efficiency": es[v] / len(cs) if cs else NAN,
            "hierarchy": hierarchy(G, v),
            "broker_coordinator": bro[v][0], "broker_itinerant": bro[v][1],
            "broker_representative": bro[v][2], "broker_gatekeeper": bro[v][3],
            "broker_liaison": bro[v][4], "ei_index": ei_index(G, dept, v),
            "reciprocity": (NAN if rec.get(v) is None else rec[v]) if directed else NAN,
            "reach_2": reach[v], "core": core[v],
        }
    return rows, con, clu


def group_values(G, dept, con, clu):
    directed = G.is_directed()
    groups = sorted({dept[v] for v in G if dept.get(v) is not None})
    rows = []

    def ratio(a, b):
        return NAN if b == 0 else a / b

    for grp in groups:
        members = [v for v in G if dept.get(v) == grp]
        ms = set(members)
        internal = sum(1 for u, v in G.edges() if u in ms and v in ms)
        external = sum(1 for u, v in G.edges() if (u in ms) != (v in ms))
        cons = [con[v] for v in members if not math.isnan(con[v])]
        sub = G.subgraph(members)
        rows.append((grp, {
            "size": len(members), "internal_ties": internal, "external_ties": external,
            "density": nx.density(sub) if len(members) > 1 else NAN,
            "ei_index": ratio(external - internal, external + internal),
            "external_share": ratio(external, external + internal),
            "mean_constraint": sum(cons) / len(cons) if cons else NAN,
            "reciprocity": (nx.overall_reciprocity(sub) if sub.number_of_edges() else NAN)
            if directed else NAN,
            "mean_clustering": sum(clu[v] for v in members) / len(members),
            "modularity": NAN,
            "assortativity": NAN,
        }))
    known = [(u, v) for u, v in G.edges() if dept.get(u) is not None and dept.get(v) is not None]
    cross = sum(1 for u, v in known if dept[u] != dept[v])
    within = len(known) - cross
    cons = [con[v] for v in G if not math.isnan(con[v])]
    partition = [{v for v in G if dept.get(v) == grp} for grp in groups]
    partition += [{v} for v in G if dept.get(v) is None]
    U = symmetrised(G)
    n = G.number_of_nodes()
    rows.append(("", {
        "size": n, "internal_ties": within, "external_ties": cross,
        "density": nx.density(G) if n > 1 else NAN,
        "ei_index": ratio(cross - within, len(known)),
        "external_share": ratio(cross, len(known)),
        "mean_constraint": sum(cons) / len(cons) if cons else NAN,
        "reciprocity": (nx.overall_reciprocity(G) if G.number_of_edges() else NAN)
        if directed else NAN,
        "mean_clustering": nx.average_clustering(G) if n else NAN,
        "modularity": nx.community.modularity(U, partition, weight="weight")
        if U.number_of_edges() else NAN,
        "assortativity": assortativity(G, dept),
    }))
    return rows


def assortativity(G, dept):
    """networkx's attribute assortativity of the groups, on the ties between
    people who have one (unweighted); NAN where it is undefined"""
    H = G.subgraph([v for v in G if dept.get(v) is not None]).copy()
    if H.number_of_edges() == 0:
        return NAN
    nx.set_node_attributes(H, {v: dept[v] for v in H}, "group")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            r = nx.attribute_assortativity_coefficient(H, "group")
        except (ZeroDivisionError, ValueError):
            return NAN
    return NAN if r is None or math.isnan(r) or math.isinf(r) else r


def profile_similarity(G):
    """UCINET's profile similarity on the binary adjacency matrix: for each
    pair i != j the Pearson correlation (numpy corrcoef) of i's and j's
    profiles over the entries k != i, j -- the rows, and on directed data
    the rows followed by the columns (Wasserman & Faust 1994, eq. 9.4).
    Undefined, and left out, where either profile is constant.  Returns
    {i: [(j, r)]} with each list in rank order: the higher correlation
    first, equal ones in node order; "equal" exactly, from the counts."""
    nodes = list(G)
    n = len(nodes)
    A = nx.to_numpy_array(G, nodelist=nodes, weight=None, dtype=int) if n else np.zeros((0, 0), int)
    ranked = {v: [] for v in nodes}
    for i in range(n):
        for j in range(i + 1, n):
            keep = [k for k in range(n) if k != i and k != j]
            x, y = A[i, keep], A[j, keep]
            if G.is_directed():
                x = np.concatenate([x, A[keep, i]])
                y = np.concatenate([y, A[keep, j]])
            if len(x) == 0 or x.min() == x.max() or y.min() == y.max():
                continue
            r = float(np.corrcoef(x.astype(float), y.astype(float))[0, 1])
            # the exact order: r = N / sqrt(P), compared as sign(N) N^2 / P
            L, a, b, c = len(x), int(x.sum()), int(y.sum()), int((x * y).sum())
            N, P = L * c - a * b, (L * a - a * a) * (L * b - b * b)
            assert abs(r - N / math.sqrt(P)) < 1e-12, (nodes[i], nodes[j], r)
            key = Fraction(N * abs(N), P)
            ranked[nodes[i]].append((key, j, nodes[j], r))
            ranked[nodes[j]].append((key, i, nodes[i], r))
    return {v: [(u, r) for key, _, u, r in sorted(lst, key=lambda t: (-t[0], t[1]))]
            for v, lst in ranked.items()}


def group_matrix(G, dept):
    """The ties between groups: networkx's undirected view of the simple
    graph (a pair tied both ways is one edge), both ends in a group."""
    groups = sorted({dept[v] for v in G if dept.get(v) is not None})
    index = {g: k for k, g in enumerate(groups)}
    M = [[0] * len(groups) for _ in groups]
    for u, v in G.to_undirected().edges():
        if dept.get(u) is None or dept.get(v) is None:
            continue
        a, b = index[dept[u]], index[dept[v]]
        M[a][b] += 1
        if a != b:
            M[b][a] += 1
    return groups, M


def write_similar(path, ranked, limit=None):
    with open(path, "w") as f:
        f.write("id\tsimilar_id\tsimilarity\trank\n")
        for v, lst in ranked.items():
            for rank, (u, r) in enumerate(lst[:limit], 1):
                f.write("%s\t%s\t%s\t%d\n" % (v, u, repr(r), rank))


CASES = []
# the cases whose every ranked colleague is written, not only the top three
SIMILAR_ALL = {"karate", "random-directed", "random-undirected-trust-what-if",
               "disconnected-directed", "multigraph", "directed-d", "star5", "incoming"}
KEY_PLAYER_CASES = []


def reach_of_set(balls, S):
    """KPP-Pos: the people outside S within two steps of a member"""
    covered = set()
    for v in S:
        covered |= balls[v]
    return len(covered - set(S))


def fragmentation_of_set(U, S):
    """KPP-Neg: 1 - sum s(s-1) / (n(n-1)) over the components of the n
    people left, on the undirected graph; 1 when fewer than two are left"""
    left = U.subgraph([v for v in U if v not in S])
    n = left.number_of_nodes()
    if n < 2:
        return 1.0
    pairs = sum(len(c) * (len(c) - 1) for c in nx.connected_components(left))
    return 1 - pairs / (n * (n - 1))


def key_player_optima(name, G, kmax=3):
    """Every K-subset for K <= kmax: the best value for both goals and the
    sets that reach it"""
    import itertools
    balls = {v: set(nx.single_source_shortest_path_length(G, v, cutoff=2)) for v in G}
    U = nx.Graph(G.to_undirected())
    nodes = list(G)
    for k in range(1, kmax + 1):
        if k >= len(nodes):
            break
        for goal, value in (("reach", lambda S: reach_of_set(balls, S)),
                            ("fragment", lambda S: fragmentation_of_set(U, S))):
            best, sets = None, []
            for S in itertools.combinations(nodes, k):
                x = value(S)
                if best is None or x > best + 1e-12:
                    best, sets = x, [S]
                elif abs(x - best) <= 1e-12:
                    sets.append(S)
            KEY_PLAYER_CASES.append((name, goal, str(k), fmt(best), str(len(sets)),
                                     ";".join(",".join(S) for S in sets[:20])))


def case(name, data, graph, types=None, removed=(), key_players=False):
    G, dept = data.simple_graph(types, set(removed))
    ranked = profile_similarity(G)
    write_similar(os.path.join(OUT, name + ".similar"), ranked, 3)
    if name in SIMILAR_ALL:
        write_similar(os.path.join(OUT, name + ".similar-all"), ranked)
    groups, M = group_matrix(G, dept)
    with open(os.path.join(OUT, name + ".groupmatrix"), "w") as f:
        f.write("\t".join(["group"] + groups) + "\n")
        for grp, row in zip(groups, M):
            f.write("\t".join([grp] + [str(x) for x in row]) + "\n")
    rows, con, clu = node_values(G, dept)
    if key_players:
        key_player_optima(name, G)
    with open(os.path.join(OUT, name + ".expected"), "w") as f:
        f.write("id\t" + "\t".join(COLUMNS) + "\n")
        for v in G:
            f.write(v + "\t" + "\t".join(fmt(rows[v][c]) for c in COLUMNS) + "\n")
    with open(os.path.join(OUT, name + ".groups"), "w") as f:
        f.write("group\t" + "\t".join(GROUP_COLUMNS) + "\n")
        for grp, vals in group_values(G, dept, con, clu):
            f.write(grp + "\t" + "\t".join(fmt(vals[c]) for c in GROUP_COLUMNS) + "\n")
    CASES.append((name, graph, ",".join(sorted(types)) if types else "-",
                  ",".join(removed) if removed else "-"))


def from_nx(G, directed=None, dept=None, weight=None):
    d = Data(G.is_directed() if directed is None else directed)
    for v in G:
        d.person(v, dept(v) if dept else None)
    for u, v, data in G.edges(data=True):
        d.tie(u, v, data.get(weight, 1.0) if weight else 1.0)
    return d


def graph(name, data, **kw):
    data.write(name)
    case(name, data, name, **kw)
    return data


def main():
    os.makedirs(OUT, exist_ok=True)
    for f in os.listdir(OUT):
        os.unlink(os.path.join(OUT, f))

    # Borgatti's structural holes example (networkx test_structuralholes.py)
    edges = [("A", "B", 2), ("A", "F", 3), ("A", "G", 5), ("A", "E", 2), ("E", "G", 8),
             ("F", "G", 3), ("B", "G", 4), ("B", "D", 1), ("D", "G", 3), ("G", "C", 10)]
    for weighted in (True, False):
        d = Data(False)
        for v in "ABCDEFG":
            d.person(v, "left" if v in "ABD" else "right")
        for u, v, w in edges:
            d.tie(u, v, w if weighted else 1)
        graph("borgatti" + ("" if weighted else "-unweighted"), d)

    # the directed D example, with an isolate
    d = Data(True)
    for v in "0123":
        d.person(v)
    for u, v, w in [(0, 1, 2), (0, 2, 2), (1, 0, 1), (2, 1, 1)]:
        d.tie(u, v, w)
    graph("directed-d", d)

    # igraph constraint cases
    def simple(name, pairs, directed=False, n=None, extra=()):
        d = Data(directed)
        n = n or 1 + max(max(p[:2]) for p in pairs)
        for v in range(n):
            d.person(v, "g%d" % (v % 2))
        for p in list(pairs) + list(extra):
            d.tie(*p)
        graph(name, d)

    simple("path4", [(0, 1), (1, 2), (2, 3)])
    k4 = [(i, j) for i in range(4) for j in range(i + 1, 4)]
    simple("k4", k4)
    simple("k4-loop", k4, extra=[(0, 0, 1.0)])
    simple("k4-multi", [(i, j, 0.25) for i, j in k4], extra=[(j, i, 0.75) for i, j in k4])
    simple("k3", [(0, 1), (1, 2), (0, 2)])
    simple("star5", [(0, i) for i in range(1, 6)])
    simple("hole", [(0, 1), (0, 2), (0, 3), (1, 2), (1, 3), (2, 3), (3, 4), (4, 5),
                    (5, 6), (5, 7), (5, 8), (6, 7), (6, 8), (7, 8)])
    simple("incoming", [(1, 2), (2, 1), (1, 3), (2, 3)], directed=True, n=4)

    # Zachary's karate club, departments = the two clubs
    K = nx.karate_club_graph()
    club = nx.get_node_attributes(K, "club")
    karate = from_nx(K, dept=lambda v: club[v])
    graph("karate", karate, key_players=True)
    case("karate-without-0", karate, "karate", removed=("0",), key_players=True)

    # Padgett's Florentine families (no departments), Krackhardt's kite
    graph("florentine", from_nx(nx.florentine_families_graph()), key_players=True)
    graph("kite", from_nx(nx.krackhardt_kite_graph(), dept=lambda v: "ab"[v % 2]),
          key_players=True)

    # Les Misérables, weighted
    L = nx.les_miserables_graph()
    names = sorted(L)
    graph("lesmis", from_nx(L, dept=lambda v: "d%d" % (names.index(v) % 4), weight="weight"),
          key_players=True)

    # Gould-Fernandez example (REFERENCE-VALUES.md)
    d = Data(True)
    for v, g in [("b", "X"), ("x1", "X"), ("x2", "X"), ("y1", "Y"), ("y2", "Y"), ("z1", "Z")]:
        d.person(v, g)
    for u, v in [("x1", "b"), ("b", "x2"), ("b", "y1"), ("y2", "b"), ("b", "z1"), ("x1", "y1")]:
        d.tie(u, v)
    graph("brokerage", d)

    # disconnected graphs with isolates, both kinds
    for directed in (False, True):
        d = Data(directed)
        for v in range(12):
            d.person(v, "abc"[v % 3])
        for u, v in [(0, 1), (1, 2), (2, 0), (2, 3), (4, 5), (5, 6), (6, 4), (6, 7),
                     (7, 4), (9, 10)]:
            d.tie(u, v)
        graph("disconnected-" + ("directed" if directed else "undirected"), d)

    # self-loops, parallel ties, zero and negative weights, clients
    d = Data(False)
    for v in range(6):
        d.person(v, "xy"[v % 2])
    d.client("c1")
    for t in [(0, 1, 1), (1, 0, 2), (0, 1, 0.5), (1, 1, 3), (1, 2, 0), (2, 3, -1),
              (2, 3, 1), (3, 4, 1), (3, 4, 1), (4, 0, 2), (4, 4, 1), (2, 5, 1),
              (5, 3, 4), (0, "c1", 1), ("c1", 3, 2), (5, 5, 0)]:
        d.tie(*t)
    graph("multigraph", d)

    # random organisations, directed and undirected, weighted, typed
    for directed in (True, False):
        rnd = random.Random(20261128 + directed)
        d = Data(directed)
        n = 70
        for v in range(n):
            d.person("p%d" % v, None if v % 11 == 5 else "dept%d" % (v % 4))
        for c in range(3):
            d.client("c%d" % c)
        for u in range(n):
            for v in range(n):
                if (u < v or directed) and u != v and rnd.random() < 0.05:
                    d.tie("p%d" % u, "p%d" % v, rnd.choice([0.5, 1, 1.5, 2, 3, 0.25]),
                          rnd.choice(["advice", "trust", "collaboration"]))
        for k in range(15):       # noise that must be dropped or merged
            u, v = rnd.randrange(n), rnd.randrange(n)
            d.tie("p%d" % u, "p%d" % (u if k % 3 == 0 else v),
                  rnd.choice([-1, 0, 2]), rnd.choice(["advice", "trust"]))
        for k in range(10):
            d.tie("c%d" % (k % 3), "p%d" % rnd.randrange(n), 1, "advice")
        name = "random-" + ("directed" if directed else "undirected")
        graph(name, d, key_players=True)
        case(name + "-advice", d, name, types={"advice"})
        case(name + "-trust-what-if", d, name, types={"trust", "collaboration"},
             removed=("p3", "p17", "p40"), key_players=True)

    with open(os.path.join(OUT, "cases.tsv"), "w") as f:
        for c in CASES:
            f.write("\t".join(c) + "\n")
    # case, goal (reach | fragment), K, the best value of any K people, how
    # many sets reach it, and the first 20 of them (ids by commas, sets by ;)
    with open(os.path.join(OUT, "key-players.tsv"), "w") as f:
        f.write("case\tgoal\tk\toptimum\tn_optimal\toptimal_sets\n")
        for c in KEY_PLAYER_CASES:
            f.write("\t".join(c) + "\n")
    print("wrote %d cases to %s" % (len(CASES), OUT), file=sys.stderr)


if __name__ == "__main__":
    # sums over sets of ids (contacts, groups) follow the string hashes:
    # one fixed seed makes every run write the same last digits
    if os.environ.get("PYTHONHASHSEED") != "0":
        os.environ["PYTHONHASHSEED"] = "0"
        os.execv(sys.executable, [sys.executable] + sys.argv)
    main()
