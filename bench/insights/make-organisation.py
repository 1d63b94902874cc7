#!/usr/bin/python3
"""Writes a seeded organisation as CSV (people.csv, ties.csv) for the list
checks of issue 18 goal 4: how many names a board reads at 5,000 people.

    /usr/bin/python3 bench/insights/make-organisation.py OUTDIR [N] [--directed]

The shape of bench/analysis/bench-analysis.c's make_organisation(): N / 100
departments, five ties a person (10 % to the department's manager, 65 % to
a colleague, 5 % to another manager, 20 % to anyone), tie types advice,
collaboration and trust; and talent scores on 1-5 (performance, potential,
engagement, one in ten a high scorer). With --directed the ties are
directed, a third of them returned, and one person in five asks a manager
for more access (tie type "access").  Seeded: a size always gives the same
files.
"""

import csv
import os
import random
import sys

args = [a for a in sys.argv[1:] if not a.startswith("--")]
directed = "--directed" in sys.argv
out = args[0]
n = int(args[1]) if len(args) > 1 else 5000
rng = random.Random(20261203 + n + directed)
n_dept = max(n // 100, 2)
size = n // n_dept

os.makedirs(out, exist_ok=True)
with open(os.path.join(out, "people.csv"), "w", newline="") as f:
    w = csv.writer(f)
    w.writerow(["id", "name", "department", "performance", "potential", "engagement"])
    for i in range(n):
        high = rng.random() < 0.1
        w.writerow(["p%d" % i, "Person %d" % i, "D%03d" % min(i // size, n_dept - 1),
                    4.6 if high else rng.randint(10, 44) / 10,
                    4.8 if high else rng.randint(10, 44) / 10,
                    2.0 if rng.random() < 0.25 else rng.randint(30, 50) / 10])
with open(os.path.join(out, "ties.csv"), "w", newline="") as f:
    w = csv.writer(f)
    w.writerow(["source", "target", "type", "weight"] + (["directed"] if directed else []))
    for _ in range(5 * n):
        u = rng.randrange(n)
        d = min(u // size, n_dept - 1)
        r = rng.random()
        if r < 0.10:
            v = d * size
        elif r < 0.75:
            v = d * size + rng.randrange(size)
        elif r < 0.80:
            v = rng.randrange(n_dept) * size
        else:
            v = rng.randrange(n)
        v = min(v, n - 1)
        t = rng.choice(["advice", "collaboration", "trust"])
        row = ["p%d" % u, "p%d" % v, t, rng.randint(1, 3)]
        w.writerow(row + (["true"] if directed else []))
        if directed and rng.random() < 1 / 3:
            w.writerow(["p%d" % v, "p%d" % u, t, 1, "true"])
    if directed:
        for u in range(n):
            if rng.random() < 0.2:
                w.writerow(["p%d" % u, "p%d" % (rng.randrange(n_dept) * size), "access", 1, "true"])
