graph [
  directed 1
  node [
    id 0
    label "anna"
    performance 4.5
    role "lead"
    level "senior"
    department "Sales"
  ]
  node [
    id 1
    label "bram"
    performance 3
    role "analyst"
    level "junior"
    department "Sales"
  ]
  node [
    id 2
    label "chris &#34;CJ&#34; andr&#233;"
    performance 2.25
    role "analyst"
    department "Finance"
    graphics [
      x 10.0
      y 20.0
    ]
  ]
  node [
    id 3
    label "dee"
    role "intern"
    level "junior"
    department "Finance"
    graphics [
      x 110.0
      y 20.0
    ]
  ]
  edge [
    source 0
    target 1
    weight 2.5
  ]
  edge [
    source 0
    target 2
    weight 0.5
  ]
  edge [
    source 1
    target 0
    weight 1
  ]
  edge [
    source 2
    target 3
    weight 4
  ]
]
