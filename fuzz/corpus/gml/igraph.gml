Creator "igraph version 0.10.2 Thu Dec  3 11:43:44 2026"
Version 1
graph
[
  directed 0
  node
  [
    id 0
    name "Dirk"
    level 1
  ]
  node
  [
    id 1
    name "Eva"
    level 2
  ]
  node
  [
    id 2
    name "Fatima"
    level 2
  ]
  node
  [
    id 3
    name "Gert"
    level 3
  ]
  edge
  [
    source 1
    target 0
  ]
  edge
  [
    source 2
    target 1
  ]
  edge
  [
    source 2
    target 0
  ]
  edge
  [
    source 3
    target 2
  ]
]
