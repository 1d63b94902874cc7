Creator "hand"
graph [
  node [ id 1 label "Ann" ]
  edge [ source 1 target 9 ]
]
