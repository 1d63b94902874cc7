#!/usr/bin/python3
"""Exact betweenness with python-igraph, the reference of bench-scale:
times it and writes one value per vertex.

    igraph-exact.py EDGES_FILE N_VERTICES DIRECTED(0|1) OUT_FILE

EDGES_FILE: one "u v weight" line per merged tie, vertices 0..N-1.
Prints "betweenness WALL_SECONDS CPU_SECONDS".
"""

import sys
import time

import igraph as ig


def main():
    path, n, directed, out = sys.argv[1], int(sys.argv[2]), sys.argv[3] == "1", sys.argv[4]
    edges = []
    with open(path) as f:
        for line in f:
            u, v, _w = line.split()
            edges.append((int(u), int(v)))
    g = ig.Graph(n=n, edges=edges, directed=directed)
    t, c = time.perf_counter(), time.process_time()
    b = g.betweenness(directed=directed)
    print("betweenness %.6f %.6f" % (time.perf_counter() - t, time.process_time() - c), flush=True)
    with open(out, "w") as f:
        f.write("\n".join(repr(x) for x in b))
        f.write("\n")


if __name__ == "__main__":
    main()
