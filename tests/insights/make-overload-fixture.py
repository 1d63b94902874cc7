#!/usr/bin/python3
"""Writes the overload fixture: a seeded directed organisation and, per
person, what networkx (Debian 12) and numpy say the overload rule reads.

Run with Debian's interpreter, from anywhere:

    /usr/bin/python3 tests/insights/make-overload-fixture.py

Files written to tests/insights/data/:
  overload.graph     directed<TAB>1, then node<TAB>id<TAB>person<TAB>department
                     and tie<TAB>source<TAB>target<TAB>type<TAB>weight lines
                     (parallel ties, self-loops and weights <= 0 included)
  overload.expected  id, in_degree, not_returned, access, group_median, cut,
                     overloaded (0/1)

The rule (src/insights/sp-insights.h): on the simple graph of every tie
(self-loops and ties of weight <= 0 dropped, parallel ties merged), in_degree is networkx's; a tie u -> v is returned
when v -> u is a tie of the graph without the "access" ties; an incoming
tie is not returned when it is not returned or u -> v is an access tie.
Cut: max(5, 2 * median, median + 3 * MAD) of the in-degrees of the
person's department (of everyone for a department under 5 people or
none); overloaded when in_degree >= cut and not_returned >= in_degree / 2.
"""

import os
import random

import networkx as nx
import numpy as np

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "data")


def simple(ties, types):
    g = nx.DiGraph()
    g.add_nodes_from(people)
    w = {}
    for s, t, ty, wt in ties:
        # as tests/analysis/make-fixtures.py: each tie of weight <= 0
        # dropped, then parallel ties merged
        if ty in types and s != t and wt > 0:
            w[(s, t)] = w.get((s, t), 0) + wt
    g.add_edges_from(w)
    return g


rng = random.Random(17)
departments = {"Sales": 30, "Service": 24, "IT": 12, "Legal": 3}
people, dept = [], {}
for d, size in departments.items():
    for k in range(size):
        pid = "%s%02d" % (d[:2].upper(), k)
        people.append(pid)
        dept[pid] = d
for k in range(4):  # no department
    pid = "X%02d" % k
    people.append(pid)
    dept[pid] = None

ties = []
hubs = rng.sample(people, 6)
for p in people:
    for _ in range(rng.randint(1, 4)):
        q = rng.choice(hubs) if rng.random() < 0.35 else rng.choice(people)
        ties.append((p, q, "advice", rng.choice([1, 1, 2])))
        if rng.random() < 0.3:  # some returned
            ties.append((q, p, "advice", 1))
    if rng.random() < 0.25:
        ties.append((p, rng.choice(hubs), "access", 1))
# the raw things the graph drops or merges
ties.append((people[0], people[0], "advice", 1))
ties.append((people[1], people[2], "advice", 0))
ties.append((people[3], people[4], "advice", -1))
ties.append((people[3], people[4], "advice", 0.5))   # the one left
ties.append((people[5], people[6], "advice", 1))
ties.append((people[5], people[6], "advice", 1))      # merged: 2

every = simple(ties, {"advice", "access"})
regular = simple(ties, {"advice"})
access = simple(ties, {"access"})

indeg = dict(every.in_degree())
unret = {v: sum(1 for u in every.predecessors(v)
                if not regular.has_edge(v, u) or access.has_edge(u, v)) for v in people}
asks = {v: sum(1 for u in every.predecessors(v) if access.has_edge(u, v)) for v in people}


def stats(members):
    x = np.array([indeg[p] for p in members], dtype=float)
    med = float(np.median(x))
    return med, float(np.median(np.abs(x - med)))


org = stats(people)
group = {}
for d in departments:
    members = [p for p in people if dept[p] == d]
    group[d] = stats(members) if len(members) >= 5 else org

os.makedirs(OUT, exist_ok=True)
with open(os.path.join(OUT, "overload.graph"), "w") as f:
    f.write("directed\t1\n")
    for p in people:
        f.write("node\t%s\tperson\t%s\n" % (p, dept[p] or ""))
    for s, t, ty, wt in ties:
        f.write("tie\t%s\t%s\t%s\t%r\n" % (s, t, ty, wt))
n_over = 0
with open(os.path.join(OUT, "overload.expected"), "w") as f:
    f.write("id\tin_degree\tnot_returned\taccess\tgroup_median\tcut\toverloaded\n")
    for p in people:
        med, mad = group[dept[p]] if dept[p] else org
        cut = max(5.0, 2 * med, med + 3 * mad)
        over = indeg[p] >= cut and unret[p] >= 0.5 * indeg[p] and indeg[p] > 0
        n_over += over
        f.write("%s\t%d\t%d\t%d\t%r\t%r\t%d\n" % (p, indeg[p], unret[p], asks[p], med, cut, over))
print("overloaded:", n_over)
