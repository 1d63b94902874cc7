# a comment
Creator "hand &amp; eye"
graph [
  label "Team &lt;A&gt;"
  directed 0
  edge [ source "a" target "b" value 3 label "x" ]
  node [ id "a" label "Ann &quot;the boss&quot; &apos;A&apos; &#8364; &#x41;"
         score 1 team "x" group "Sales" kind "person" ]
  node [ id "b" name "Bob
Smit" score NAN team 7
         graphics [ x 1 y 2 Line [ point [ x 1 y 1 ] ] ] ]
  node [ id "c" label "c" score 2.5e1 extra [ a [ b [ c 1 ] ] ] graphics [ x -INF y 0 ] ]
  edge [ source "c" target "a" weight -0.5 value 9 ]
]
