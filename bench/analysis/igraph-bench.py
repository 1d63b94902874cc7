#!/usr/bin/python3
"""Times python-igraph on the graph that bench-analysis wrote, one line per
measure: NAME WALL_SECONDS CPU_SECONDS.  Run by bench-analysis with Debian's /usr/bin/python3.

    igraph-bench.py EDGES_FILE N_VERTICES DIRECTED(0|1)

EDGES_FILE: one "u v weight" line per merged tie, vertices 0..N-1.
"""

import sys
import time

import igraph as ig


def main():
    path, n, directed = sys.argv[1], int(sys.argv[2]), sys.argv[3] == "1"
    edges, weights = [], []
    with open(path) as f:
        for line in f:
            u, v, w = line.split()
            edges.append((int(u), int(v)))
            weights.append(float(w))
    g = ig.Graph(n=n, edges=edges, directed=directed)
    g.es["weight"] = weights

    def timed(name, fn):
        t, c = time.perf_counter(), time.process_time()
        fn()
        print("%s %.6f %.6f" % (name, time.perf_counter() - t, time.process_time() - c),
              flush=True)

    timed("degree", lambda: (g.degree(), g.strength(weights="weight")))
    timed("betweenness", lambda: g.betweenness(directed=directed))
    timed("closeness", lambda: g.closeness(mode="in"))
    timed("eigenvector", lambda: g.eigenvector_centrality(directed=directed))
    timed("clustering", lambda: g.transitivity_local_undirected(mode="zero"))
    timed("constraint", lambda: g.constraint(weights="weight"))
    if not directed:
        timed("louvain", lambda: g.community_multilevel(weights="weight"))
    # reach_2 and core; igraph has no key players: its two-step
    # neighbourhoods of everyone, as lists, are the peer for --key-players
    timed("reach2", lambda: g.neighborhood_size(order=2, mode="out"))
    timed("coreness", lambda: g.coreness(mode="all"))
    timed("neighborhood2", lambda: g.neighborhood(order=2, mode="out"))


if __name__ == "__main__":
    main()
