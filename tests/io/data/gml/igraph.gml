Creator "igraph (make-gml.py)"
Version 1
graph
[
  directed 0
  node
  [
    id 0
    name "Ann"
    age 34
  ]
  node
  [
    id 1
    name "Bob"
    age 41
  ]
  node
  [
    id 2
    name "Cor de Wit"
    age 29
  ]
  node
  [
    id 3
    name "Dirk"
    age 50
  ]
  edge
  [
    source 1
    target 0
    weight 1
  ]
  edge
  [
    source 2
    target 1
    weight 2
  ]
  edge
  [
    source 2
    target 0
    weight 3
  ]
  edge
  [
    source 3
    target 2
    weight 0.5
  ]
]
