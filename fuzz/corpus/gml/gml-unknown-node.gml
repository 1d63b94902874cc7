Creator "igraph"
graph [
  directed 0
  node [ id 0 ]
  edge [ source 0 target 3 ]
]
