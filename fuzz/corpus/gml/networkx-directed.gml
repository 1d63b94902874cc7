graph [
  directed 1
  node [
    id 0
    label "Ann de Vries"
    department "Sales"
    score 4.5
    office "Zwolle"
  ]
  node [
    id 1
    label "Bob &#34;Bobby&#34; Jansen"
    department "Finance"
    score 3
    office "Delft &#38; Co"
  ]
  node [
    id 2
    label "Cem Y&#305;lmaz"
    department "Sales"
    score 2.25
    office "Zwolle"
  ]
  edge [
    source 0
    target 1
    weight 2.5
  ]
  edge [
    source 1
    target 2
    weight 1
  ]
  edge [
    source 2
    target 0
    weight 4
  ]
]
