Creator "igraph"
graph [
  directed 0
  node [ id 0 ]
]
