/* sp-graph.h — the person–person graph that every measure runs on.
 *
 * Built from a network for one selection of tie types (and, for what-if
 * questions, without some people): clients are left out, parallel ties
 * are merged with their weights summed, self-loops and ties of weight
 * <= 0 are dropped.  Directed iff the network is.  Adjacency is stored
 * in compressed sparse rows (CSR) with each row sorted by vertex.
 *
 * No GTK here.
 */
#pragma once

#include "sp-network.h"

G_BEGIN_DECLS

typedef struct _SpGraph SpGraph;

struct _SpGraph {
  /*< public, read-only >*/
  guint     n;            /* vertices (persons in the graph) */
  guint     m;            /* edges: undirected edges counted once, or arcs */
  gboolean  directed;

  /* successors: row v is out_adj[out_off[v] .. out_off[v + 1]) */
  guint    *out_off;
  guint    *out_adj;
  double   *out_w;
  /* predecessors (the same arrays as out_* when undirected) */
  guint    *in_off;
  guint    *in_adj;
  double   *in_w;
  /* contacts: distinct in- or out-neighbours, weighted by the mutual
   * weight a_ij + a_ji (undirected: the edge weight) */
  guint    *nb_off;
  guint    *nb_adj;
  double   *nb_w;

  guint     n_nodes;      /* nodes of the network */
  guint    *vertex_node;  /* vertex -> network node index */
  gint     *node_vertex;  /* network node index -> vertex, or -1 */
};

/* Builds the graph of @net.  @tie_type_mask has one entry per tie type of
 * the network (NULL: every type); @removed one entry per network node
 * (NULL: nobody removed). */
SpGraph  *sp_graph_new             (SpNetwork      *net,
                                    const gboolean *tie_type_mask,
                                    const gboolean *removed);
void      sp_graph_free            (SpGraph        *graph);

/* Number of distinct contacts (in- or out-neighbours) of @v. */
static inline guint
sp_graph_n_contacts (const SpGraph *graph,
                     guint          v)
{
  return graph->nb_off[v + 1] - graph->nb_off[v];
}

/* Parses a comma-separated list of tie type names ("advice,trust") into
 * a newly allocated mask with one entry per tie type of @net.  NULL or an
 * empty @spec selects every type.  Unknown names fail with
 * SP_ERROR_UNSUPPORTED.  Free with g_free(). */
gboolean *sp_network_parse_tie_types (SpNetwork  *net,
                                      const char *spec,
                                      GError    **error);

/* Canonical text of a mask ("advice,trust", or "" when every type that
 * some tie has is selected), usable as a cache key.  Free with g_free(). */
char     *sp_tie_mask_to_string     (SpNetwork      *net,
                                     const gboolean *tie_type_mask);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (SpGraph, sp_graph_free)

G_END_DECLS
