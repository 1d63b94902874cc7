#!/usr/bin/env python3
"""Writes seeds of a few MB into DIR/FORMAT/ (default _build-fuzz/large):
the shapes that once made the importers super-linear (issue 12) — one
element with 200,000 attributes, thousands of keys, 20,000 people without
ties, a dense block of ties, deep nesting, long lines.  run.sh adds them
to each target's corpus, and -max_len lets the fuzzer grow inputs that
large; -timeout catches any input that takes longer than a few seconds."""
import os
import sys

out = sys.argv[1] if len(sys.argv) > 1 else "_build-fuzz/large"


def write(fmt, name, text):
    os.makedirs(os.path.join(out, fmt), exist_ok=True)
    with open(os.path.join(out, fmt, name), "w", encoding="utf-8") as f:
        f.write(text)


attrs = " ".join(f'a{i}="1"' for i in range(200000))
write("graphml", "many-attributes.graphml",
      '<?xml version="1.0"?>\n<graphml xmlns="http://graphml.graphdrawing.org/xmlns">\n'
      f'<graph edgedefault="undirected">\n<node id="n0" {attrs}/>\n</graph></graphml>\n')
write("gexf", "many-attributes.gexf",
      '<?xml version="1.0"?>\n<gexf xmlns="http://gexf.net/1.3" version="1.3">\n'
      f'<graph defaultedgetype="undirected">\n<nodes><node id="n0" {attrs}/></nodes>\n'
      '</graph></gexf>\n')
keys = "".join(f'<key id="k{i}" for="node" attr.name="k{i}" attr.type="double">'
               '<default>1</default></key>\n' for i in range(999))
nodes = "".join(f'<node id="n{i}"/>\n' for i in range(5000))
write("graphml", "many-keys.graphml",
      '<?xml version="1.0"?>\n<graphml xmlns="http://graphml.graphdrawing.org/xmlns">\n'
      f'{keys}<graph edgedefault="undirected">\n{nodes}</graph></graphml>\n')
nest = "".join(f'<node id="g{i}"><graph id="g{i}:" edgedefault="undirected">\n' for i in range(2000))
unnest = "</graph></node>\n" * 2000
write("graphml", "deep-nesting.graphml",
      '<?xml version="1.0"?>\n<graphml xmlns="http://graphml.graphdrawing.org/xmlns">\n'
      f'<graph edgedefault="undirected">\n{nest}<node id="leaf"/>\n{unnest}</graph></graphml>\n')
write("csv", "isolates.csv",
      "id,name,department\n" + "".join(f"p{i},Person {i},D{i % 9}\n" for i in range(20000)))
write("csv", "dense.csv",
      "source,target,weight\n" +
      "".join(f"p{i},p{j},1\n" for i in range(300) for j in range(i + 1, 300)))
write("csv", "long-line.csv", "source,target,note\np1,p2," + "x" * 900000 + "\n")
write("dot", "dense.dot",
      "graph g {\n" + "".join(f"p{i} -- p{j};\n" for i in range(250) for j in range(i + 1, 250)) + "}\n")
write("dot", "many-attributes.dot",
      "graph g {\nn0 [" + ",".join(f"a{i}=1" for i in range(100000)) + "];\n}\n")
write("gml", "many-attributes.gml",
      "graph [\n" + "".join(f" node [ id {n} " + " ".join(f"k{i} {i}" for i in range(999)) + " ]\n"
                            for n in range(20)) + "]\n")
write("gml", "dense.gml",
      "graph [\n" + "".join(f" node [ id {i} ]\n" for i in range(300)) +
      "".join(f" edge [ source {i} target {j} weight 1 ]\n"
              for i in range(300) for j in range(i + 1, 300)) + "]\n")
write("gml", "deep-nesting.gml",
      "graph [ node [ id 1 ]\n" + "a [ " * 60 + "b 1 " + "] " * 60 + "\n]\n")
write("gml", "isolates.gml",
      "graph [\n" + "".join(f' node [ id "p{i}" label "Person {i}" group "D{i % 9}" ]\n'
                            for i in range(20000)) + "]\n")
