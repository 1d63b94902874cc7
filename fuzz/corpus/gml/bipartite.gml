graph [ directed 1 node [ id +1 bipartite 0 ] node [ id 02 bipartite 1 ]
edge [ source 1 target 2 ] edge [ source 2 target 2 ] ]