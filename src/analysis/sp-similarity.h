/* sp-similarity.h — who could replace whom: structural equivalence.
 *
 * UCINET's profile similarity: the Pearson correlation of two people's
 * tie profiles, on the binary adjacency of the person–person graph
 * (sp-graph.h: the selected tie types, without the removed people; a tie
 * is there or not, its weight does not count).  A profile is the
 * person's row of the adjacency matrix; on directed data the row (ties
 * sent) followed by the column (ties received), as UCINET's "both".  For
 * the pair i, j the entries of i and of j themselves are left out (x_ii,
 * x_ij, x_jj, x_ji and, directed, their transposes), so that the tie
 * between the two, or its absence, does not count for or against them:
 * each profile has n - 2 entries (2 (n - 2) directed), compared entry by
 * entry (Wasserman & Faust 1994, eq. 9.4).
 *
 * The correlation is undefined when one of the two profiles is constant
 * over those entries (no ties outside the pair, or ties to everyone):
 * such pairs are never listed, so an isolate has no similar colleagues.
 * The most similar colleagues come first; equal correlations (compared
 * exactly, not to rounding) in the order of the network's nodes.
 *
 * Cost for one person: O(n + the degrees of their contacts), from the
 * sparse rows; no n × n matrix is ever made.
 *
 * No GTK here.
 */
#pragma once

#include <gio/gio.h>

#include "sp-network.h"
#include "sp-graph.h"

G_BEGIN_DECLS

/* The colleagues listed per person by default (the CSV's ranks 1 … 3). */
#define SP_SIMILAR_DEFAULT_K 3

typedef struct {
  guint  node;        /* the colleague's network node */
  double similarity;  /* the profile correlation, −1 … 1 */
} SpSimilar;

/* The up to @k people of @graph most similar to the person at network
 * node @node, best first, into @out (room for @k).  Returns how many
 * were found: fewer than @k when fewer pairs are defined, 0 when @node
 * is not in @graph (a client, a removed person) or has no ties. */
guint           sp_similarity_top_k      (const SpGraph  *graph,
                                          guint           node,
                                          guint           k,
                                          SpSimilar      *out);

typedef struct _SpSimilarities SpSimilarities;

/* The @k most similar colleagues of every person of @net, for the ties
 * of the types in @tie_type_mask (NULL: all) among the people not in
 * @removed (NULL: none).  @progress (may be NULL) is called from the
 * calling thread.  NULL with SP_ERROR_CANCELLED when @cancellable fires. */
SpSimilarities *sp_similarity_compute    (SpNetwork      *net,
                                          const gboolean *tie_type_mask,
                                          const gboolean *removed,
                                          guint           k,
                                          SpProgressFunc  progress,
                                          gpointer        user_data,
                                          GCancellable   *cancellable,
                                          GError        **error);
void            sp_similarities_free     (SpSimilarities *s);

/* The colleagues of network node @node, best first (*@n_similar of them;
 * none for clients, removed people and people without ties). */
const SpSimilar *sp_similarities_get     (SpSimilarities *s,
                                          guint           node,
                                          guint          *n_similar);

/* Writes id,similar_id,similarity,rank: per person (in the order of the
 * nodes) a row for each colleague, rank 1 the most similar; atomically
 * (@path "-" is stdout). */
gboolean        sp_similarities_write_csv (SpNetwork      *net,
                                           SpSimilarities *s,
                                           const char     *path,
                                           GError        **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (SpSimilarities, sp_similarities_free)

G_END_DECLS
