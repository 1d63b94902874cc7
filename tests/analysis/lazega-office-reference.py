#!/usr/bin/python3
# The reference values of /metrics/group-by-office (test-metrics.c): Lazega's law
# firm grouped by office, with networkx on the union of the three relations
# (advice, friendship, co-work), directed, without self-loops.
# Run from the top of the source tree: /usr/bin/python3 tests/analysis/lazega-office-reference.py
import networkx as nx, warnings
L=open('tests/io/data/pajek/Lazega-Law-Firm.paj').read().split('\n')
G=nx.DiGraph(); G.add_nodes_from(range(1,72))
i=L.index('*arcs')+1
while i<len(L) and not L[i].startswith('*'):
    t=L[i].split()
    if len(t)>=3:
        u,v=int(t[1]),int(t[2])
        if u!=v: G.add_edge(u,v)
    i+=1
j=[k for k,l in enumerate(L) if l.startswith('*Partition office')][0]
j=[k for k in range(j,len(L)) if L[k].startswith('*Vertices')][0]+1
off={}
for v in range(1,72):
    off[v]=L[j].strip(); j+=1
print("arcs",G.number_of_edges())
I=sum(1 for u,v in G.edges if off[u]==off[v]); E=G.number_of_edges()-I
print("org I E ei", I, E, (E-I)/(E+I))
for g in sorted(set(off.values())):
    Ig=sum(1 for u,v in G.edges if off[u]==g and off[v]==g)
    Eg=sum(1 for u,v in G.edges if (off[u]==g)!=(off[v]==g))
    print(g, sum(1 for v in off if off[v]==g), Ig, Eg, repr((Eg-Ig)/(Eg+Ig)))
nx.set_node_attributes(G, off, "group")
print("assort", repr(nx.attribute_assortativity_coefficient(G,"group")))
