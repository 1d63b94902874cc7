/* sp-analysis-private.h — the measures as functions over an SpGraph.
 *
 * Every array here is indexed by graph vertex, not by network node.
 * Shared by the metrics, group and benchmark code; not for the UI.
 */
#pragma once

#include <gio/gio.h>

#include "sp-graph.h"

G_BEGIN_DECLS

/* Brandes betweenness (unnormalised, pairs counted once when undirected)
 * and closeness (networkx: incoming distances, Wasserman–Faust scaling),
 * one BFS per source, sources shared by @n_threads threads (0: one per
 * processor).  Progress goes from @p0 to @p1.  FALSE when cancelled. */
gboolean _sp_betweenness_closeness (const SpGraph  *g,
                                    guint           n_threads,
                                    double         *betweenness,
                                    double         *closeness,
                                    SpProgressFunc  progress,
                                    gpointer        user_data,
                                    double          p0,
                                    double          p1,
                                    GCancellable   *cancellable);

/* The same from a sample of @n_sources sources (graph vertices, distinct;
 * NULL: every vertex, exact).  Betweenness is the Brandes–Pich estimate
 * (n / k times the dependencies on the sampled sources), closeness the
 * reachable share and mean distance from the sampled sources (Eppstein–
 * Wang); @betweenness_margin and @closeness_margin (may be NULL) receive
 * the half-width of a 95% confidence interval of each estimate, from the
 * sample variance (0 when exact). */
gboolean _sp_betweenness_closeness_sampled (const SpGraph  *g,
                                            guint           n_threads,
                                            const guint    *sources,
                                            guint           n_sources,
                                            double         *betweenness,
                                            double         *closeness,
                                            double         *betweenness_margin,
                                            double         *closeness_margin,
                                            SpProgressFunc  progress,
                                            gpointer        user_data,
                                            double          p0,
                                            double          p1,
                                            GCancellable   *cancellable);

/* z of a two-sided 95% interval */
#define SP_MARGIN_Z 1.959963984540054
/* never estimate from fewer sources */
#define SP_SAMPLE_MIN 1000

/* How many sources to sample on a graph of @n vertices and @n_arcs
 * stored arcs (both directions of an undirected tie): 0 when exact
 * betweenness is cheap enough (a few seconds). */
guint    _sp_sample_size           (guint n,
                                    guint n_arcs);

/* The seed of the sampled sources: a file always gives the same numbers. */
#define SP_SAMPLE_SEED 1977u

/* @k distinct vertices of 0 .. @n-1 (1 <= k <= n), each with the chance
 * k / n: systematic sampling from a random start (@seed) along the
 * vertices ordered by @strata (per vertex, e.g. communities; NULL: in
 * order), so that each stratum gets its share. */
void     _sp_sample_sources        (guint        n,
                                    guint        k,
                                    const gint  *strata,
                                    guint32      seed,
                                    guint       *sources);

/* networkx eigenvector_centrality (max_iter 1000, tol 1e-10, unweighted).
 * FALSE (and NAN everywhere) when the power iteration does not converge. */
gboolean _sp_eigenvector           (const SpGraph *g,
                                    double        *x);

/* networkx clustering (unweighted; the directed variant on directed data). */
void     _sp_clustering            (const SpGraph *g,
                                    double        *c);

/* Burt's constraint, effective size, efficiency and hierarchy; NAN for
 * isolates (hierarchy: below two contacts). */
void     _sp_structural_holes      (const SpGraph *g,
                                    double        *constraint,
                                    double        *effective_size,
                                    double        *efficiency,
                                    double        *hierarchy);

/* Gould–Fernandez brokerage counts; @group per vertex, -1 when unknown.
 * @out holds five arrays: coordinator, itinerant, representative,
 * gatekeeper, liaison. */
void     _sp_brokerage             (const SpGraph *g,
                                    const gint    *group,
                                    double *const *out);

/* The person's own E-I index over its contacts. */
void     _sp_ei_index              (const SpGraph *g,
                                    const gint    *group,
                                    double        *ei);

/* networkx reciprocity (G, v); NAN on undirected graphs and isolates. */
void     _sp_reciprocity           (const SpGraph *g,
                                    double        *r);

/* networkx single_source_shortest_path_length (G, v, cutoff=2) minus v:
 * the people within two steps along the ties' direction. */
void     _sp_reach_2               (const SpGraph *g,
                                    double        *reach);

/* networkx core_number on the undirected simple graph (the contacts). */
void     _sp_core_number           (const SpGraph *g,
                                    double        *core);

/* Louvain communities of the symmetrised weighted graph, numbered from 0
 * in order of first vertex.  Returns the modularity (NAN without ties). */
double   _sp_louvain               (const SpGraph *g,
                                    guint32        seed,
                                    gint          *community);

/* Modularity (resolution 1) of a partition of the symmetrised weighted
 * graph; vertices with @community < 0 are each a group of their own. */
double   _sp_modularity            (const SpGraph *g,
                                    const gint    *community);

/* Group index per vertex for a categorical attribute (NULL or
 * "department": the department); -1 when missing.  @names receives the
 * group names (interned, sorted), index = group id.  NULL with @error
 * set when @attribute is not a categorical attribute. */
gint    *_sp_graph_groups          (SpNetwork     *net,
                                    const SpGraph *g,
                                    const char    *attribute,
                                    GPtrArray    **names,
                                    GError       **error);

G_END_DECLS
